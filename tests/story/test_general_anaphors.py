"""The news told again by a definite general noun (story/general_anaphors.py): the nearest
event before it of a kind the noun can name, else the article's news.

The sentences are invented, of other kinds of news than the stories the misses were counted
in: a mine flooding, a tram derailing, a ferry fire."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.general_anaphors import is_general_anaphor, nameable
from tests.story.helpers import event_texts, story_of


def _at(text: str, word: str) -> bool:
    s = text.index(word)
    return is_general_anaphor(text, s, s + len(word))


def test_a_definite_general_noun_is_an_anaphor() -> None:
    assert _at("Miners' families called the tragedy a disgrace.", "tragedy")
    assert _at("Inspectors opened an inquiry into the accident on Friday.", "accident")
    assert _at("The city's decision angered tram drivers.", "decision")
    assert _at("Wednesday night's vote was close.", "vote")


def test_not_an_anaphor() -> None:
    assert not _at("It was a tragedy for the town.", "tragedy")  # indefinite
    assert not _at("The accident rate on the line has doubled.", "accident")  # a modifier
    assert not _at("Gunmen attacked the depot.", "attacked")  # a verb's form
    assert not _at("The elections were postponed.", "elections")  # plural: many happenings
    assert not _at("The derailment blocked the line.", "derailment")  # a specific noun


def test_what_a_general_noun_can_name() -> None:
    """A noun of any happening names a happening, not a rescue or a hearing; one of an act
    names any act; a noun of a class names that class."""
    tragedy = nameable("tragedy")
    assert tragedy is not None and "disaster" in tragedy and "rescue" not in tragedy and "legal" not in tragedy
    assert nameable("decision") is None
    operation = nameable("operation")
    assert operation is not None and "rescue" in operation and "disaster" not in operation


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("The a tragedy accidents vote's ,.\nAB"), max_size=60),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=12))
def test_an_anaphor_is_one_lower_case_word_after_a_determiner(text: str, start: int, size: int) -> None:
    """Whatever the span, an anaphor is a lower-case word no longer than the text allows,
    and reading it never fails."""
    end = min(len(text), start + size)
    start = min(start, end)
    if is_general_anaphor(text, start, end):
        word = text[start:end]
        assert word.isalpha() and word.islower()


def _arts(*rows: tuple[str, str], published: str | None = "2026-04-08") -> list[dict[str, Any]]:
    return [{"id": f"mf{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


MINE = _arts(
    ("Nine miners trapped as water floods coal mine in Silesia",
     "Water flooded a coal mine near Rybnik in southern Poland on Tuesday, trapping nine miners about 800 "
     "metres underground, the operator said.\nRescuers reached five of the men by the evening.\n"
     "The prime minister praised the rescue and called the tragedy a wound for the whole region."),
    ("Flood traps miners at Rybnik pit",
     "Nine miners were trapped after water flooded a coal mine near Rybnik on Tuesday, the mine's "
     "operator said.\nThe company said it had opened an inquiry into the accident."),
    ("Polish mine flooded, nine trapped",
     "A coal mine near Rybnik flooded on Tuesday, trapping nine miners, officials said.\n"
     "More than 90 rescuers took part in the operation overnight."),
)


def test_a_general_noun_after_a_rescue_names_the_news(pipeline: Pipeline) -> None:
    """"The tragedy" right after "the rescue", "the accident" after "an inquiry": a tragedy
    is no rescue and an accident no inquiry, so each names the flood its article led with."""
    held = event_texts(story_of(pipeline, MINE))
    assert {("mf0", "tragedy"), ("mf1", "accident")} <= held


def test_a_general_noun_that_cannot_name_the_news_stays_out(pipeline: Pipeline) -> None:
    """"The operation" is a rescue or an assault, never a flood: with no such event named
    before it, it is not the news."""
    held = event_texts(story_of(pipeline, MINE))
    assert ("mf2", "operation") not in held
