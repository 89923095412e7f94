"""The news named again by the noun a lead restates it with (story/restated.py).

The stories are invented, of another kind of news than the set the miss was read in: a town
that sells its ferries to a private operator ("in a privatisation that unions called
reckless"), and the shapes of a restating noun on single sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.restated import restating_noun
from tests.story.helpers import central_words


def _noun(text: str) -> str | None:
    span = restating_noun(text, 0, len(text))
    return None if span is None else text[span[0]:span[1]]


def test_a_noun_that_sums_up_the_act() -> None:
    assert _noun("The council will sell both harbour ferries, the mayor said on Monday, in a "
                 "privatisation that unions called reckless.") == "privatisation"
    assert _noun("Surgeons replaced the boy's heart valve, the hospital said, in a rare keyhole "
                 "repair.") == "repair"  # two modifiers, the sentence's end
    assert _noun("Surgeons replaced the boy's heart valve, the hospital said, in a rare keyhole "
                 "operation.") is None  # a general noun: read by its antecedent elsewhere
    assert _noun("The two insurers will combine, the companies said, in what analysts called a "
                 "tie-up.") == "tie-up"


def test_what_is_no_restating_noun() -> None:
    assert _noun("The ferries were sold on Monday, in a blow to the unions.") is None  # a complement
    assert _noun("The ferries were sold on Monday, in a vote of the full council.") is None
    assert _noun("Police arrested nine people, in raids that began at dawn.") is None  # no article: many
    assert _noun("The ferries were sold on Monday, in a move that surprised the unions.") is None  # a general noun
    assert _noun("The ferries were sold on Monday in a harbour office.") is None  # no comma: a place


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["the", "council", "sold", ",", "in", "a", "an", "what", "called",
                                 "privatisation", "blow", "to", "that", "which", "ferries", "move", "."]),
                min_size=1, max_size=14))
def test_a_restating_noun_follows_in_a_after_a_comma(words: list[str]) -> None:
    text = " ".join(words)
    span = restating_noun(text, 0, len(text))
    if span is not None:
        word = text[span[0]:span[1]]
        assert word not in ("move", "ferries", "sold")  # a general noun, a plural, a verb's form
        assert ", in " in text[:span[0]]


FERRIES = (
    ("2026-10-05T09:00", "Lakeport sells its ferries",
     "Lakeport council sold both of its harbour ferries to a private operator on Monday, the mayor "
     "said, in a privatisation that unions called reckless.\nThe ferries carry 3,000 passengers a day."),
    ("2026-10-06T10:00", "Unions plan strike over ferries",
     "Ferry unions in Lakeport said on Tuesday they would strike next week.\n"
     "The privatisation, approved by eleven votes to four, takes effect in January."),
)


def test_the_restating_noun_names_the_news_elsewhere(pipeline: Pipeline) -> None:
    """A lead tells the sale and sums it up as "a privatisation"; a later report's "the
    privatisation" is a mention of the news, in no trigger list (fails without the layer)."""
    words = central_words(pipeline, FERRIES)
    assert ("a0", "sold") in words
    assert ("a0", "privatisation") in words
    assert ("a1", "privatisation") in words


def test_undated_reports_are_not_read(pipeline: Pipeline) -> None:
    assert not any(w == "privatisation" for _, w in central_words(pipeline, FERRIES, dated=False))
