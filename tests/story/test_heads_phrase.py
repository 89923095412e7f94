"""A noun that heads its phrase though a word follows it (story/learned.py ``heads_phrase``):
the definite subject of a clause whose verb is in the present ("analysts said the move
*echoes* a 2009 law") names the act, while a noun before a plural noun ("the emergency
services said") only modifies it.

The sentences are invented, of kinds of news the story sets do not hold: a harbour closed to
cruise ships, a levy on plastic crates, a ferry line sold."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.act_nouns import is_act_noun
from newskit.story.event_nouns import told_again
from newskit.story.features import family
from newskit.story.general_anaphors import is_general_anaphor
from newskit.story.learned import heads_phrase, modifies
from tests.story.helpers import event_texts, story_of


def _heads(text: str, word: str) -> bool:
    s = text.index(word)
    return heads_phrase(text, s, s + len(word))


def test_a_subject_before_its_present_verb_heads_its_phrase() -> None:
    assert _heads("Analysts said the move echoes a 2009 law in Bergen.", "move")
    assert _heads("Hauliers are stocking up before the levy takes effect in May.", "levy")
    assert _heads("The sale gives the buyer six ferries on the route.", "sale")
    assert _heads("Fishers say Tuesday's closure hurts small boats most.", "closure")
    assert _heads("Operators complained. The port authority's ban covers all ships over 200 metres.", "ban")


def test_a_noun_before_a_plural_noun_modifies_it() -> None:
    assert not _heads("The harbour asked for its maintenance records.", "maintenance")  # at the end
    assert not _heads("A spokesman for the emergency services said two were hurt.", "emergency")  # a past verb next
    assert not _heads("The ferry's emergency floats appeared to work.", "emergency")
    assert not _heads("The finance ministry said the levy was fair.", "finance")  # no word in -s
    assert not _heads("The levy plans were shelved in March.", "levy")  # an auxiliary next
    assert not _heads("Crews went to open the emergency gates behind the pier.", "emergency")  # an object
    assert not _heads("They put the Harbour Board's new safety rules to a vote.", "safety")  # an object


def test_the_anaphor_layers_read_the_subject_of_a_present_verb() -> None:
    """The general nouns, the eventive nouns told again and the nouns of the central act's
    own words all read the same shape of a head."""
    text = "Dockers said the move hurts jobs, and critics say the closure costs the town dearly."
    s = text.index("move")
    assert is_general_anaphor(text, s, s + 4)
    s = text.index("closure")
    assert told_again(text, s, s + 7)
    hike = "Hauliers are stocking up before the hike takes effect in May."
    s = hike.index("hike")
    assert is_act_noun(hike, s, s + 4, frozenset({family("raised")}))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["the ", "move ", "echoes ", "records", "said ", "were ", ", ", ". ",
                                 "Board's ", "levy ", "takes ", "\n"]), max_size=24).map("".join),
       st.integers(min_value=0, max_value=120), st.integers(min_value=1, max_value=8))
def test_a_noun_that_modifies_nothing_always_heads_its_phrase(text: str, start: int, size: int) -> None:
    """Reading a head never fails on any span, and the present-verb reading only adds heads:
    a noun that modifies no noun after it heads its phrase."""
    start = min(start, len(text))
    end = min(len(text), start + size)
    heads = heads_phrase(text, start, end)
    assert isinstance(heads, bool)
    if not modifies(text, start, end):
        assert heads


def _arts(*rows: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": f"hb{n}", "published": "2026-06-09", "title": t, "text": x} for n, (t, x) in enumerate(rows)]


HARBOUR = _arts(
    ("Valletta bans big cruise ships from Grand Harbour",
     "Malta's port authority banned cruise ships longer than 250 metres from Valletta's Grand Harbour on "
     "Monday, citing air pollution, officials said.\nTour operators said the move hurts small businesses "
     "on the waterfront."),
    ("Malta shuts Grand Harbour to large cruise ships",
     "Large cruise ships were banned from the Grand Harbour in Valletta on Monday, Malta's port authority "
     "said.\nThe authority said the ban would cut emissions in the city."),
    ("Cruise giants barred from Valletta",
     "Malta on Monday banned cruise ships longer than 250 metres from the Grand Harbour, the port authority "
     "said."),
)


def test_a_general_noun_told_as_a_subject_joins_the_news(pipeline: Pipeline) -> None:
    """"the move hurts": the move is the subject of a verb in the present, not a modifier of
    a plural noun, so it refers back to the ban its article led with."""
    held = event_texts(story_of(pipeline, HARBOUR))
    assert ("hb0", "move") in held
