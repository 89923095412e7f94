"""A central event told by no word of a class ("scrapped", a learned "incident") says nothing
of which acts it can be, so an act of any class in an opening sentence may name it; only its
day sets another act apart: it must be a day every lead of the central event allows
(story/central.py ``_each_day``). The negative case of a march told on another day is in
test_predicate.py (``test_a_general_noun_after_another_happening_stays_with_it``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from newskit.story.central import _each_day, _told_again
from newskit.story.features import Unit


def _unit(when: str | None) -> Unit:
    return cast(Unit, SimpleNamespace(source=SimpleNamespace(when=when)))


def test_an_undated_opening_act_fits_any_lead_day() -> None:
    assert _each_day(_unit(None), {"2026-09-01", "2026-09-02"})


def test_an_opening_act_must_fit_every_lead_day() -> None:
    assert _each_day(_unit("2026-09-01"), {"2026-09-01"})
    assert not _each_day(_unit("2026-09-02"), {"2026-09-01", "2026-09-02"})
    assert _each_day(_unit("2026-09"), {"2026-09-01", "2026-09-02"})




def _noun(cls: str, *, definite: bool = True, when: str | None = None) -> Unit:
    return cast(Unit, SimpleNamespace(definite=definite, published="2026-03-02",
                                      source=SimpleNamespace(when=when, type=cls)))


def test_a_definite_noun_of_the_central_class_tells_the_news_again() -> None:
    """"The collision" in a story of a car that struck pupils: a noun of the act's own class,
    definite and with no time of its own (story/central.py ``_told_again``)."""
    assert _told_again([_noun("disaster")], "disaster")
    assert not _told_again([_noun("disaster", definite=False)], "disaster")  # "a collision"
    assert not _told_again([_noun("disaster", when="2019")], "disaster")  # its own time
    assert not _told_again([_noun("legal")], "disaster")  # another class
    assert not _told_again([_noun("disaster")], None)
