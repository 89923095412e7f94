"""Who tells a count, read when two outlets' amounts are labelled (``figure_label``): one
teller named in a long and a short form (``police`` / ``Dutch police``) is one, whose later
count updates its own; a count set against a rival's named by its teller (``three times
the police estimate``) conflicts with it whenever each was told. Invented sentences of news
other than the stories where the kinds were seen."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label, contrasted, same_teller
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("a", "b", "same"), [
    ("police", "Dutch police", True),
    ("GGD", "regional health service GGD Rotterdam-Rijnmond", True),
    ("Payments firm StraitsPay", "StraitsPay", True),
    ("the ministry", "health ministry", True),
    ("district officials", "hospital officials", False),
    ("police", "fire service", False),
    ("police", None, False),
])
def test_a_teller_named_in_a_long_and_a_short_form_is_one(a: str, b: str | None, same: bool) -> None:
    assert same_teller(a, b) is same


def test_a_later_count_from_the_teller_named_shorter_updates_its_own() -> None:
    """Police's 14 arrests at night, then the Dutch police's ``at least 31`` the next morning:
    one teller's count grown, not a rival estimate."""
    night = sentence_figure("Police said 14 people were arrested during the riot.", "14", 14, unit="person",
                            measure="arrested", article="a1", source="Police", stated="2026-04-12T20:50")
    morning = sentence_figure("Dutch police said they had arrested at least 31 people after the match.",
                              "at least 31", 31, unit="person", approx="over", measure="arrested", article="a2",
                              source="Dutch police", stated="2026-04-13T09:30")
    assert _pair_label(night, morning, "rising", "arrested") == "updated"


def _loss(text: str, amount: str, value: int, approx: str, article: str, stated: str, source: str) -> Figure:
    return sentence_figure(text, amount, value, unit="EUR", approx=approx, measure="loss", article=article,
                           source=source, stated=stated)


def test_a_tellers_later_sum_told_as_moved_on_above_its_floor_updates_it() -> None:
    """Fails on the old rule: a fixed sum's floor (``at least €40 million``) allows any later
    larger sum, so the same teller's ``now say ... about €55 million`` agreed with it and was
    consistent. Told by the same teller as where its reading stands now, above all the floor
    allows at its round step, it is that teller's later reading; from another teller, or
    without the word of change, it stays consistent."""
    floor = _loss("The scheme cost savers at least €40 million, auditors said.", "at least €40 million", 40_000_000,
                 "over", "a1", "2026-04-12T20:50", "auditors")
    now = _loss("The scheme, which auditors now say cost savers about €55 million, was closed.", "about €55 million",
               55_000_000, "about", "a2", "2026-04-14T09:30", "auditors")
    plain = _loss("The scheme, which auditors say cost savers about €55 million, was closed.", "about €55 million",
                 55_000_000, "about", "a2", "2026-04-14T09:30", "auditors")
    other = _loss("The scheme, which regulators now say cost savers about €55 million, was closed.",
                 "about €55 million", 55_000_000, "about", "a2", "2026-04-14T09:30", "regulators")
    assert _pair_label(floor, now, "fixed", "loss") == "updated"
    assert _pair_label(floor, plain, "fixed", "loss") == "consistent"
    assert _pair_label(floor, other, "fixed", "loss") == "consistent"



@pytest.mark.parametrize(("text", "amount"), [
    ("Organisers put the turnout at more than 4,000, nearly three times the police estimate.", "more than 4,000"),
    ("The union said 2,300 members walked out, far more than the company count.", "2,300"),
    ("Residents counted 85 graves, double the government figure.", "85"),
])
def test_a_count_set_against_a_rival_named_by_its_teller_is_contrasted(text: str, amount: str) -> None:
    assert contrasted(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    ("Organisers said more than 4,000 people marched through the city centre.", "more than 4,000"),
    ("The union said 2,300 members walked out, more than the 1,900 who struck in March.", "2,300"),
])
def test_no_contrast_without_a_rival_count(text: str, amount: str) -> None:
    assert not contrasted(sentence_figure(text, amount, 1))


def test_a_crowd_set_against_the_police_estimate_conflicts_with_it_a_day_later() -> None:
    police = sentence_figure("Police said about 1,500 people marched to the parliament building.", "about 1,500",
                             1500, unit="person", approx="about", measure="crowd size", article="a1",
                             source="police", stated="2026-03-07T16:00")
    organisers = sentence_figure(
        "Organisers put the turnout at more than 4,000, nearly three times the police estimate.", "more than 4,000",
        4000, unit="person", approx="over", measure="crowd size", article="a2", source="organisers",
        stated="2026-03-08T09:00")
    assert _pair_label(police, organisers, "any", "crowd size") == "conflicting"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["police", "health ministry", "fire service", "coast guard"]),
       st.sampled_from(["regional", "national", "Dutch", "local"]))
def test_a_teller_and_the_same_teller_with_a_word_more_are_one(teller: str, word: str) -> None:
    assert same_teller(teller, f"{word} {teller}") and same_teller(f"the {word} {teller}", teller)


@pytest.mark.parametrize(("text", "amount"), [
    ("The players' union said the forward needed 11 stitches, contradicting the club's account of a minor knock.",
     "11"),
    ("The health board said 31 patients were waiting for scans, a figure disputed by the cancer charity.", "31"),
    ("Nurses said 40 beds were closed, though the hospital maintained that 25 had been taken out of use.", "25"),
    ("The province insists it took 38 minutes to send the alert.", "38 minutes"),
    # a concessive clause holding a rival's count sets the amount before it against that count (session 60)
    ("Nurses said 40 beds were closed, though the hospital maintained that 25 had been taken out of use.", "40"),
])
def test_a_count_held_against_another_tellers_is_contrasted(text: str, amount: str) -> None:
    assert contrasted(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    ("Nurses said 40 beds were closed, and the hospital maintained that 25 had been taken out of use.", "40"),
    ("The board said 31 patients were waiting, and 12 of them were seen within a week, contradicting the charity's "
     "account.", "31"),
    ("The hospital has maintained 25 beds on the ward since 2019.", "25"),
])
def test_no_dispute_where_it_is_another_amounts_or_no_count_is_held(text: str, amount: str) -> None:
    assert not contrasted(sentence_figure(text, amount, 1))


def test_a_count_held_against_another_conflicts_with_it_a_day_later() -> None:
    club = sentence_figure("The club doctor said the referee received eight stitches.", "eight", 8, unit="stitch",
                           measure="number of stitches", article="a1", source="club doctor",
                           stated="2026-05-02T20:00")
    union = sentence_figure(
        "The referees' union said he needed 11 stitches, contradicting the club's account of a minor injury.", "11",
        11, unit="stitch", measure="number of stitches", article="a2", source="referees' union",
        stated="2026-05-03T10:00")
    assert _pair_label(club, union, "happened", "number of stitches") == "conflicting"
