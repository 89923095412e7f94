"""The news told again by a definite eventive noun no lexicon names (story/event_nouns.py,
data/event_nouns.json from WordNet): read as a general noun of an act, where no other
layer reads the word.

The sentences are invented, of kinds of news the story sets do not hold: a cattle
stampede at a fair, a pier giving way, a party split."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.event_nouns import is_event_anaphor, is_event_noun
from tests.story.helpers import event_texts, story_of


def _at(text: str, word: str) -> bool:
    s = text.index(word)
    return is_event_anaphor(text, s, s + len(word))


def test_eventive_nouns_by_their_usual_reading() -> None:
    """A noun whose first sense is an act, a happening or a process is eventive; one whose
    first sense is a thing, a group, a time, an ongoing activity or a phenomenon is not."""
    for word in ("stampede", "feat", "subsidence", "breakaway", "scandal", "cessation"):
        assert is_event_noun(word), word
    for word in ("pier", "cattle", "committee", "season", "research", "weather", "market", "result"):
        assert not is_event_noun(word), word


def test_a_definite_eventive_noun_is_an_anaphor() -> None:
    assert _at("Organisers blamed the stampede on a broken gate.", "stampede")
    assert _at("Saturday's breakaway stunned the party.", "breakaway")
    assert _at("Engineers said the sudden subsidence began at dawn.", "subsidence")


def test_not_an_anaphor() -> None:
    assert not _at("Witnesses feared a stampede at the gate.", "stampede")  # indefinite
    assert not _at("The stampede risk was known.", "stampede")  # a modifier
    assert not _at("The cattle stampeded through the gate.", "stampeded")  # a verb's form
    assert not _at("The Stampede opened on Friday.", "Stampede")  # a name's word
    assert not _at("The pier was closed.", "pier")  # no eventive noun


def test_an_eventive_ing_noun_after_its_determiner() -> None:
    """"The outing", "the tampering": an -ing form right after a definite determiner is a
    noun; after another word, or before a noun it modifies, it is a verb's or a modifier."""
    assert _at("The agency said the outing had been planned for weeks.", "outing")
    assert _at("Police said the tampering was found on Monday.", "tampering")
    assert not _at("Police said someone was tampering with jars.", "tampering")  # a verb
    assert not _at("Police said the tampering inquiry was closed.", "tampering")  # a modifier


def test_a_noun_made_from_a_verb_takes_its_object_after_of() -> None:
    """"The cessation of hostilities", "the removal of the winner": the "of" names what the
    act is done to, and the noun still names the act; a noun of no verb keeps out ("the
    stampede of cattle" is a stampede, but "of" after it names another thing's part)."""
    assert _at("The truce began with the cessation of hostilities on Sunday.", "cessation")
    assert _at("Fans protested against the removal of the winner.", "removal")
    assert not _at("Organisers blamed the stampede of cattle on a broken gate.", "stampede")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("The a stampede breakaway's pier ,.\nAB"), max_size=60),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=12))
def test_an_anaphor_is_one_listed_lower_case_word(text: str, start: int, size: int) -> None:
    """Whatever the span, an anaphor is a listed lower-case word, and reading it never fails."""
    end = min(len(text), start + size)
    start = min(start, end)
    if is_event_anaphor(text, start, end):
        word = text[start:end]
        assert word.islower() and is_event_noun(word)


def _arts(*rows: tuple[str, str], published: str | None = "2026-05-17") -> list[dict[str, Any]]:
    return [{"id": f"cs{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


FAIR = _arts(
    ("Cattle stampede injures 14 at county fair",
     "Fourteen people were injured on Saturday when cattle broke through a fence and charged into a "
     "crowd at the Brennock county fair, organisers said.\nParamedics treated the injured at the scene.\n"
     "Organisers blamed the stampede on a gate left open by a contractor."),
    ("Fourteen hurt as cattle charge crowd at Brennock fair",
     "Cattle charged into spectators at the Brennock county fair on Saturday, injuring 14 people, "
     "the fair's organisers said.\nTwo of the injured were taken to hospital."),
)


def test_the_stampede_names_the_news(pipeline: Pipeline) -> None:
    """An outlet that refers back to the fair's injuries by a noun no trigger lexicon holds
    ("the stampede") tells the central event again."""
    assert ("cs0", "stampede") in event_texts(story_of(pipeline, FAIR))


def test_a_noun_after_another_named_event_is_that_event(pipeline: Pipeline) -> None:
    """The noun names what its article told nearest before it: right after "the rescue", "the
    feat" is the rescue, no mention of the news (a general noun's rule, read the same way)."""
    rows = _arts(
        ("Pier gives way at Larnmouth, 30 fall into sea",
         "A section of Larnmouth pier collapsed on Sunday, throwing about 30 people into the sea, the "
         "coastguard said.\nLifeboat crews finished the rescue within an hour, and the mayor called the "
         "feat the swiftest in the town's memory."),
        ("Thirty in sea as Larnmouth pier section collapses",
         "About 30 people fell into the sea when part of Larnmouth pier collapsed on Sunday, the "
         "coastguard said."),
    )
    held = event_texts(story_of(pipeline, rows))
    assert ("cs0", "collapsed") in held and ("cs0", "feat") not in held
