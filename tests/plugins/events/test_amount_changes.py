"""A change of an amount is an event (class ``change``) when local structure says an amount
changes: a priced or measured subject, object or modifier, a money or percent figure, a
record extreme, a thing the article itself measures; the same words elsewhere are no event.
And a disappearance is a happening. Sentences written for these tests, of kinds of news
the story sets do not hold (central banks, pensions, rents, tuition, shares, a currency)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit_events.amounts import amount_changes
from newskit_events.figures import measured_subjects
from newskit_events.triggers import find_triggers


@pytest.mark.parametrize(("text", "word"), [
    ("The Reserve Bank raised interest rates for the third time this year.", "raised"),
    ("Pensions will rise by 4.1 percent from April, the ministry said.", "rise"),
    ("The council voted for a freeze on rents in the old town.", "freeze"),
    ("Students protested against a 9% hike at the state universities.", "hike"),
    ("Shares in the chipmaker plunged 22% in early trading.", "plunged"),
    ("The ringgit slumped to a record low against the US dollar on Monday.", "slumped"),
    ("The utility cut electricity prices for households.", "cut"),
    ("Landlords face a cap on rents of 3 percent a year.", "cap"),
    ("The airline announced a $40 rise in its fuel surcharge.", "rise"),
    ("Wages have climbed 6 per cent since January.", "climbed"),
    ("Prices fell sharply and the cut in rates was welcome.", "cut"),
    ("Analysts said the firm cut its costs too slowly.", "cut"),
])
def test_a_change_of_an_amount_is_an_event(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "change"


def test_the_article_tells_what_it_measures() -> None:
    text = "The tenge lost 9 percent in a week. Exporters fear the tenge will tumble again before March."
    assert measured_subjects(text) == frozenset({"tenge"})
    assert _kinds(text).get("tumble") == "change"


def test_a_past_change_told_by_its_subject_alone_is_background() -> None:
    assert _kinds("Bus fares rose in 2019. The new line opened on Monday.").get("rose") != "change"


def test_the_change_an_agreement_settles_is_the_agreement() -> None:
    kinds = _kinds("Nurses and the health board agreed a 6% pay rise on Thursday.")
    assert kinds.get("rise") != "change" and kinds.get("agreed") == "agreement"


def test_a_definite_change_noun_names_the_change_told() -> None:
    text = "The regulator approved a 12% increase in water bills. The increase takes effect in May."
    found = [(t[0], t[3]) for t in find_triggers(text)]
    assert [cls for s, cls in found if text[s:].startswith("increase")] == ["change", "change"]


@pytest.mark.parametrize(("text", "word"), [
    ("The death toll rose to 27 on Sunday, officials said.", "rose"),
    ("The climber fell 300 metres from the north ridge.", "fell"),
    ("Prosecutors dropped the charges against the coach.", "dropped"),
    ("Flood water rose through the night in the lower town.", "rose"),
    ("He has a deep cut on his left hand.", "cut"),
    ("The rise of the far right worried the commentators.", "rise"),
    ("The choir will raise its voices in the cathedral.", "raise"),
])
def test_the_same_words_elsewhere_are_no_change(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "change"


def test_a_change_said_not_to_happen_is_no_event() -> None:
    assert "raise" not in _kinds("The utility will not raise gas prices this winter.")


@pytest.mark.parametrize(("text", "word"), [
    ("A fishing trawler with nine crew went missing off the Faroes on Friday.", "missing"),
    ("The hiker vanished on the ridge path on Sunday.", "vanished"),
    ("Her disappearance has baffled the police.", "disappearance"),
    ("Controllers lost contact with the cargo plane at 3 a.m.", "lost"),
])
def test_a_disappearance_is_a_happening(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "disaster"


def test_losing_a_match_is_no_disappearance() -> None:
    assert _kinds("The visitors lost the final on penalties.").get("lost") == "contest"


_WORDS = st.sampled_from(["prices", "rose", "the", "fares", "hike", "in", "a", "cut", "12%", "$5", "by",
                          "council", "said", "record", "low", "rents", "fell", "team", "won", "match", "to"])
_OTHER = "The mayor opened a new library on Tuesday."


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_a_change_is_read_in_its_own_sentence(words: list[str]) -> None:
    """A sentence without figures or change words after it changes no reading in it."""
    first = " ".join(words) + "."
    alone = [t for t in amount_changes(first, []) if t[0] < len(first)]
    joined = [t for t in amount_changes(first + " " + _OTHER, []) if t[0] < len(first)]
    assert alone == joined


@pytest.mark.parametrize("text", [
    "The bakery said its recall of frozen pastries would cost up to $2 million.",
    "Shoppers cut back amid rising prices for bread.",
])
def test_a_participle_before_its_noun_tells_no_change(text: str) -> None:
    kinds = _kinds(text)
    assert kinds.get("frozen") != "change" and kinds.get("rising") != "change"


def test_an_irregular_or_y_form_is_read() -> None:
    assert _kinds("The bond market rallied 2% after the vote.").get("rallied") == "change"
