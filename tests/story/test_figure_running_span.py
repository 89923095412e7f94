"""A span of time told while its state still lasts grows with the clock: a longer span
stated later, by no more than the time between the statements, is its update
(``figure_label._grown_span``). Sentences of kinds of news other than the stories where the
kind was seen (a ship fire, a hijacked plane on a tarmac): a peat fire, a blocked motorway,
a power cut, a lift left uninspected, a rail line shut."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newskit.model import Figure, SpanRef
from newskit.story.figure_label import _grown_span, _pair_label


def _span(text: str, amount: str, hours: float, article: str, stated: str, approx: str | None = None,
          source: str | None = None) -> Figure:
    """One span of time of ``text``, in hours."""
    start = text.index(amount)
    value = int(hours) if hours == int(hours) else hours
    return Figure(article=article, measure="duration (fire)", value=value, approx=approx, unit="hour",
                  source=source, stated=stated,
                  ref=SpanRef(article=article, start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article=article, start=0, end=len(text), text=text))


_BURNING = _span("The peat fire had been burning for more than 20 hours by Tuesday night, the fire service said.",
                 "more than 20 hours", 20, "a1", "2026-04-14T22:00", "over", "fire service")


def test_a_running_span_then_a_longer_one_next_morning_is_an_update() -> None:
    out = _span("Firefighters put out the peat fire on Wednesday morning after about 30 hours.", "about 30 hours",
                30, "a2", "2026-04-15T09:00", "about")
    assert _grown_span(_BURNING, out)
    assert _pair_label(_BURNING, out, "fixed") == "updated"


def test_a_closure_that_will_last_then_its_length_is_an_update() -> None:
    shut = _span("The motorway will remain closed for at least 12 hours while the lorry is recovered.",
                 "at least 12 hours", 12, "a1", "2026-06-02T06:00", "over")
    reopened = _span("The motorway reopened on Tuesday night after 18 hours.", "18 hours", 18, "a2",
                     "2026-06-02T23:30")
    assert _pair_label(shut, reopened, "fixed") == "updated"


def test_a_span_that_grew_faster_than_the_clock_is_no_update() -> None:
    """Four years uninspected, then more than five years the same evening: two readings."""
    council = _span("The lift had not been inspected for four years, the council said.", "four years", 4 * 8766,
                    "a1", "2026-11-03T16:40", source="council")
    tenant = _span("Tenants said the lift had not seen an inspector in more than five years.", "more than five years",
                   5 * 8766, "a2", "2026-11-03T20:10", "over", source="tenants")
    assert not _grown_span(council, tenant)
    assert _pair_label(council, tenant, "fixed") != "updated"


def test_a_finished_span_is_no_running_one() -> None:
    """``was shut for 14 hours`` is over: a longer span from another source the next day
    is no update of it."""
    rail = _span("The line reopened on Wednesday after it was shut for 14 hours, the rail operator said.",
                 "14 hours", 14, "a1", "2026-02-18T07:45", source="rail operator")
    agency = _span("The line was closed for nearly 18 hours, according to the regulator.", "nearly 18 hours", 18,
                   "a2", "2026-02-19T09:00", "under", source="regulator")
    assert not _grown_span(rail, agency)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=48), st.integers(min_value=1, max_value=48))
def test_a_span_grows_at_most_with_the_clock(gap: int, growth: int) -> None:
    """A running span of 11 hours told at midnight, then one ``growth`` hours longer told
    ``gap`` hours later: an update exactly when it did not grow faster than the clock. Both
    amounts are read to the half hour; a round one (``30 hours``) is read more loosely, as
    the next test shows, so the property keeps to amounts that are not round."""
    assume((11 + growth) % 10 != 0)
    early = _span("The power cut had been going on for 11 hours, the utility said.", "11 hours", 11, "a1",
                  "2026-01-10T00:00", source="utility")
    day, hour = divmod(gap, 24)
    late = _span(f"Power returned after {11 + growth} hours.", f"{11 + growth} hours", 11 + growth, "a2",
                 f"2026-01-{10 + day:02d}T{hour:02d}:00")
    assert _grown_span(early, late) == (growth - 1 <= gap)


def test_a_round_span_is_read_within_its_rounding() -> None:
    """``30 hours`` may be a rounded 28.5: told 18 hours after ``11 hours``, it grew no faster
    than the clock within its rounding (an update); ``31 hours`` did."""
    early = _span("The power cut had been going on for 11 hours, the utility said.", "11 hours", 11, "a1",
                  "2026-01-10T00:00", source="utility")
    round_late = _span("Power returned after 30 hours.", "30 hours", 30, "a2", "2026-01-10T18:00")
    exact_late = _span("Power returned after 31 hours.", "31 hours", 31, "a2", "2026-01-10T18:00")
    assert _grown_span(early, round_late)
    assert not _grown_span(early, exact_late)
