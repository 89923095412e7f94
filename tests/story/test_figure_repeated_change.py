"""An article that tells a count as a change (``the number of injured workers rose to eight``) and
further on gives the same count again by its teller (``the regional health office said eight
workers had been injured``) tells the changed count twice: the second is no other teller's count
of one moment, so it does not dispute an earlier outlet's count the change updates
(``figure_label._repeated_after``, session 60, issue #10). Invented sentences of news other than
the stories where the kind was seen: a chemical plant's injured, a ferry's missing."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from tests.story.helpers import sentence_figure

_WIRE = "At least four workers were injured in the blast at the fertiliser plant, officials said."
_ROSE = "The number of injured workers rose to eight on Thursday evening as more came forward."
_OFFICE = "The regional health office said eight workers had been injured, two of them seriously."


def _injured(text: str, amount: str, value: int, article: str, source: str | None, stated: str, at: int = 0,
             approx: str | None = None) -> Figure:
    """One amount of a sentence standing ``at`` characters into its article."""
    f = sentence_figure(text, amount, value, approx=approx, measure="injured", article=article, source=source,
                        stated=stated)
    assert f.ref is not None and f.evidence is not None
    return attrs.evolve(f, ref=attrs.evolve(f.ref, start=f.ref.start + at, end=f.ref.end + at),
                        evidence=attrs.evolve(f.evidence, start=at, end=f.evidence.end + at))


def _story(office: str, office_amount: str, office_value: int) -> list[Figure]:
    return [_injured(_WIRE, "At least four", 4, "wire", "officials", "2026-10-08T09:00", approx="over"),
            _injured(_ROSE, "eight", 8, "evening", None, "2026-10-08T20:00"),
            _injured(office, office_amount, office_value, "evening", "regional health office", "2026-10-08T20:00",
                     at=300)]


def test_the_changed_count_told_again_in_its_article_updates_the_earlier_count() -> None:
    assert group_label(_story(_OFFICE, "eight", 8), "rising", "injured") == "updated"


def test_another_count_in_that_article_still_disputes_it() -> None:
    text = "The regional health office said three workers had been injured, two of them seriously."
    assert group_label(_story(text, "three", 3), "rising", "injured") == "conflicting"


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=5, max_value=9))
def test_a_restated_change_is_never_a_rival_of_the_count_it_updates(value: int) -> None:
    rose = f"The number of injured workers rose to {value} on Thursday evening."
    office = f"The regional health office said {value} workers had been injured."
    figs = [_injured(_WIRE, "At least four", 4, "wire", "officials", "2026-10-08T09:00", approx="over"),
            _injured(rose, str(value), value, "evening", None, "2026-10-08T20:00"),
            _injured(office, str(value), value, "evening", "regional health office", "2026-10-08T20:00", at=300)]
    assert group_label(figs, "rising", "injured") == "updated"
