"""Words that tell which reading of a count came first, read by the label (session 48):
a teller's correction of its own figure (``correcting the figure of ... it gave``), a
multiple or comparison set against the count as told at an earlier time (``nearly three
times the number reported on Sunday night``) and a teller's perfect of giving a count told
as its first (``which had first put the damage at``). Each makes the later count an update
of the earlier one, not a rival reading. Invented news sentences."""

from __future__ import annotations

import pytest

from newskit.story.figure_label import _pair_label, group_label
from newskit.story.figure_marks import first_report, revised_apart, revises
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount", "revision"), [
    ("The port said the quay would take 2.4 million tonnes a year, correcting the figure of 1.9 million it gave on Monday.",
     "2.4 million tonnes", True),
    ("The chain said 88 branches would close, amending the figure it gave at the weekend.", "88", True),
    ("The chain said 88 branches would close, revising the figure of about 70 it gave on Friday.", "88", True),
    ("The chain said 88 branches would close, citing the figure of 70 given by the union.", "88", False),
])
def test_a_gerund_of_correction_tells_the_teller_revising_its_figure(text: str, amount: str, revision: bool) -> None:
    assert revises(sentence_figure(text, amount, 1)) is revision


def test_a_corrected_capacity_updates_the_figure_first_given() -> None:
    """The operator's ``1.9 million tonnes`` on Monday; on Tuesday a partner's ``2.4 million
    tonnes ..., correcting the figure of 1.9 million it gave on Monday``: a property of the
    quay, but one its teller corrected, so the later figure is an update."""
    monday = sentence_figure("The operator said the quay would take 1.9 million tonnes a year.", "1.9 million tonnes",
                             1_900_000, unit="tonne", measure="capacity", article="a1", source="operator",
                             stated="2026-05-04T10:00")
    text = "The quay will take 2.4 million tonnes a year, correcting the figure of 1.9 million it gave on Monday."
    tuesday = sentence_figure(text, "2.4 million tonnes", 2_400_000, unit="tonne", measure="capacity", article="a2",
                              source="port authority", stated="2026-05-05T10:00")
    assert _pair_label(monday, tuesday, "fixed") == "updated"


@pytest.mark.parametrize(("text", "amount", "apart"), [
    ("Officials said more than 5,200 people had left their homes, nearly three times the number reported on Sunday night.",
     "5,200", True),
    ("Officials said 640 flights were cancelled, double the figure given a day earlier.", "640", True),
    ("Officials said 640 flights were cancelled, more than the count announced on Friday.", "640", True),
    ("Officials said 640 flights were cancelled, double the figure given by the airline.", "640", False),
])
def test_a_multiple_of_the_count_as_told_earlier_is_a_revision(text: str, amount: str, apart: bool) -> None:
    assert revised_apart(sentence_figure(text, amount, 1)) is apart


def test_a_count_three_times_the_one_told_the_night_before_updates_it() -> None:
    """A wire's ``about 1,800`` evacuated on Sunday night; on Monday ``more than 5,200 ...,
    nearly three times the number reported on Sunday night``: the count grew, an update, not
    a rival's reading set against another teller's."""
    sunday = sentence_figure("Authorities evacuated about 1,800 people from the slopes.", "about 1,800", 1800,
                             approx="about", unit="person", measure="displaced", article="a1",
                             stated="2026-06-21T22:00")
    text = "Officials said more than 5,200 people had left their homes, nearly three times the number reported on Sunday night."
    monday = sentence_figure(text, "more than 5,200", 5200, approx="over", unit="person", measure="displaced",
                             article="a2", source="officials", stated="2026-06-22T14:00")
    assert _pair_label(sunday, monday, "any") == "updated"


@pytest.mark.parametrize(("text", "amount", "first"), [
    ("The loot was worth $9 million, according to the police, which had first put the haul at about $4 million.",
     "about $4 million", True),
    ("Organisers had originally estimated the crowd at 20,000.", "20,000", True),
    ("The ministry had initially valued the damage at $3 million.", "$3 million", True),
    ("The police had earlier put the number of injured at 14.", "14", False),
    ("The ministry has put the damage at $3 million.", "$3 million", False),
])
def test_a_perfect_of_giving_a_count_first(text: str, amount: str, first: bool) -> None:
    assert first_report(sentence_figure(text, amount, 1)) is first


def test_a_sum_first_put_by_its_teller_is_updated_by_the_later_one() -> None:
    """A wire's ``about $4 million`` on Monday, then ``$9 million`` from another; a third outlet
    tells both, the smaller as the sum the police ``had first put`` the haul at: the first reading,
    updated, not a rival estimate of a fixed sum."""
    text = "The loot was worth $9 million, according to the police, which had first put the haul at about $4 million."
    monday = sentence_figure("Thieves took jewels worth about $4 million, police said.", "about $4 million", 4_000_000,
                             approx="about", unit="USD", measure="money (stolen)", article="a1", source="police",
                             stated="2026-10-12T20:00")
    guard = sentence_figure("Police arrested a guard over the theft of $9 million in jewels.", "$9 million", 9_000_000,
                            unit="USD", measure="money (stolen)", article="a2", source="guard",
                            stated="2026-10-13T12:00")
    told = sentence_figure(text, "$9 million", 9_000_000, unit="USD", measure="money (stolen)", article="a3",
                           source="police", stated="2026-10-14T09:00")
    first = sentence_figure(text, "about $4 million", 4_000_000, approx="about", unit="USD", measure="money (stolen)",
                            article="a3", stated="2026-10-14T09:00")
    assert group_label([monday, guard, told, first], "fixed") == "updated"
