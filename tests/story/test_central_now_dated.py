"""A central event told as now is news of the day it was first told (story/events.py
``_by_leads``): a time that names no stretch of the calendar (``PRESENT_REF``: "now",
"from today" in a quote) is no date of its own, so the day of the first lead that tells
the event dates it. Mentions of a clinic's opening and a sea wall's completion, written for
these tests."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.events import _by_leads
from newskit.story.features import Unit, family, lemma


def _unit(article: str, word: str, start: int, published: str, *, lead: bool = True,
          when: str | None = None) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type="business", trigger=word, mentions=(ref,), when=when)
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published=published)


def _event(when: str | None, units: list[Unit]) -> Event:
    return Event(id="event:opened", type="business", trigger="opened", mentions=tuple(u.ref for u in units),
                 when=when)


def test_a_clinic_opened_now_is_dated_to_its_first_report() -> None:
    units = [_unit("herald", "opened", 20, "2026-08-11T09:00"), _unit("wire", "opening", 35, "2026-08-12")]
    assert _by_leads(_event("PRESENT_REF", units), units).when == "2026-08-11T09:00"


def test_a_day_of_its_own_is_kept() -> None:
    units = [_unit("herald", "opened", 20, "2026-08-11T09:00"), _unit("wire", "opening", 35, "2026-08-12")]
    assert _by_leads(_event("2026-08-10", units), units).when == "2026-08-10"


def test_a_past_or_future_reference_is_no_date_either() -> None:
    units = [_unit("gazette", "completed", 12, "2026-03-02")]
    assert _by_leads(_event("PAST_REF", units), units).when == "2026-03-02"


@given(days=st.lists(st.sampled_from(["2026-05-04", "2026-05-05", "2026-05-06"]), min_size=1, max_size=5),
       ref=st.sampled_from(["PRESENT_REF", "PAST_REF", "FUTURE_REF"]))
def test_a_reference_time_gives_way_to_the_earliest_lead_day(days: list[str], ref: str) -> None:
    units = [_unit(f"outlet{k}", "opened", 10, d) for k, d in enumerate(days)]
    assert _by_leads(_event(ref, units), units).when == min(days)
    kept = [attrs.evolve(u, lead=False) for u in units]
    assert _by_leads(_event(ref, kept), kept).when == ref  # no lead tells it: nothing to date it by


def test_a_part_of_a_day_is_a_time_of_its_own() -> None:
    """"On Tuesday morning" (``2026-08-10TMO``) names a stretch of the calendar: kept."""
    units = [_unit("herald", "opened", 20, "2026-08-11T09:00")]
    assert _by_leads(_event("2026-08-10TMO", units), units).when == "2026-08-10TMO"
