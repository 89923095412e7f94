"""A concessive conjunction opens a rival's clause as ``while`` and ``but`` do (``Police evacuated
about 1,500 residents, though the mayor has put the number at nearly 3,000``, ``although
independent analysts put the number closer to 25,000``: ``figures.json`` ``contrast_while``):
the amount before it is held against another teller's count (``figure_label.contrasted``), so
two outlets' readings a rounding lets agree still conflict (session 60, issue #10). Invented
sentences of news other than the stories where the kind was seen: bears in a valley, a march,
a recall."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import contrasted, group_label
from tests.story.helpers import sentence_figure

_THOUGH = "Park officials estimate more than 40 bears live in the valley, though rangers put the number at about 50."
_PLAIN = "Park officials estimate more than 40 bears live in the valley."
_RANGERS = "Rangers said about 50 bears now live in the valley."


def _bears(first: str) -> list[Figure]:
    return [sentence_figure(first, "more than 40", 40, approx="over", measure="number of bears", article="wire",
                            source="park officials", stated="2026-04-02T10:00"),
            sentence_figure(_RANGERS, "about 50", 50, approx="about", measure="number of bears", article="daily",
                            source="rangers", stated="2026-04-03T09:00")]


def test_an_amount_before_a_concessive_rival_clause_is_contrasted() -> None:
    assert contrasted(sentence_figure(_THOUGH, "more than 40", 40, approx="over"))
    text = "Organisers said 6,000 people joined the march, although police put the figure at 2,500."
    assert contrasted(sentence_figure(text, "6,000", 6000))
    text = "The carmaker said 212 cars were affected, though the regulator maintained that 340 had the fault."
    assert contrasted(sentence_figure(text, "212", 212))


def test_a_concessive_clause_with_no_rival_count_is_not_a_contrast() -> None:
    text = "About 300 people attended the vigil, though the rain kept many away."
    assert not contrasted(sentence_figure(text, "About 300", 300, approx="about"))


def test_held_against_a_rival_the_agreeing_readings_of_two_outlets_conflict() -> None:
    assert group_label(_bears(_THOUGH), "fixed", "number of bears") == "conflicting"
    assert group_label(_bears(_PLAIN), "fixed", "number of bears") == "consistent"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["though", "although", "while", "whereas", "but"]),
       st.sampled_from(["put the number at", "put the figure at", "gave the number as", "estimated the number at"]),
       st.integers(min_value=2, max_value=90000))
def test_every_conjunction_of_a_rival_clause_contrasts_the_amount_before_it(conj: str, put: str, value: int) -> None:
    amount = f"{value:,}"
    text = f"Officials said {amount} homes were flooded, {conj} the charity {put} far more."
    assert contrasted(sentence_figure(text, amount, value))
