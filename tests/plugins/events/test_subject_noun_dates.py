"""A prepositional date that closes the subject noun phrase of a passive or perfect verb
dates the event noun, never the verb after it (plugins/newskit_events ``dating._in_subject``):
"Its closure of an engine assembly plant near Surabaya in 2024 was announced" tells a closure
of 2024. Sentences written for these tests."""

from __future__ import annotations

from tests.plugins.events.helpers import linked_events


def _whens(text: str, *dates: tuple[str, str]) -> dict[str, str | None]:
    return {e.trigger: e.when for e in linked_events(text, *dates, published="2026-09-10")}


def test_a_date_inside_the_subject_dates_its_noun() -> None:
    got = _whens("Its closure of an engine assembly plant near Surabaya in 2024 was announced six months ahead.",
                 ("2024", "2024"))
    assert got.get("closure") == "2024"
    assert got.get("announced") is None


def test_a_date_after_the_verb_still_dates_the_verb() -> None:
    got = _whens("The closure of the plant was announced in March.", ("March", "2026-03"))
    assert got.get("announced") == "2026-03"
