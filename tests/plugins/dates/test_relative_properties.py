"""Relative expressions against random publication dates agree with a reference
computation done here with the standard library alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

EX = DatesExtractor()


def _month(d: dt.date, delta: int) -> str:
    total = d.year * 12 + d.month - 1 + delta
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


# (expression, sentence frame, reference value from the publication date)
CASES: list[tuple[str, str, Callable[[dt.date], str]]] = [
    ("yesterday", "The minister resigned {e}, officials said.", lambda d: (d - dt.timedelta(days=1)).isoformat()),
    ("today", "The talks resume {e} in the capital.", lambda d: d.isoformat()),
    ("tomorrow", "The delegation will arrive {e}, officials said.", lambda d: (d + dt.timedelta(days=1)).isoformat()),
    ("two days ago", "The ship sank {e} off the coast.", lambda d: (d - dt.timedelta(days=2)).isoformat()),
    ("last year", "Exports fell sharply {e}, the ministry said.", lambda d: f"{d.year - 1:04d}"),
    ("next year", "The plant will open {e}, the company said.", lambda d: f"{d.year + 1:04d}"),
    ("this year", "Growth is expected to slow {e}.", lambda d: f"{d.year:04d}"),
    ("last month", "Prices rose {e}, the statistics office said.", lambda d: _month(d, -1)),
    ("next month", "The vote will take place {e}.", lambda d: _month(d, 1)),
    ("this month", "The leaders will meet {e}.", lambda d: _month(d, 0)),
]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 1)),
       st.sampled_from(CASES))
def test_relative_expressions_match_a_reference_computation(
    published: dt.date, case: tuple[str, str, Callable[[dt.date], str]]
) -> None:
    expr, frame, reference = case
    text = frame.format(e=expr)
    found = [m for m in EX.extract(Article(id="x", text=text, published=published), ())
             if isinstance(m, DateMention)]
    start = text.index(expr)
    match = [m for m in found if (m.start, m.end) == (start, start + len(expr))]
    assert match, (text, found)
    assert match[0].value == reference(published), (text, published, match[0])
