"""``the week before last``, ``the month after next``, ``the night before last``: a unit two
steps from the publication's, one past ``last week`` or ``next month``.

``last`` and ``next`` count from the time of telling, so the phrase does too, whatever the
text told before it (as ``last week`` is). When a time word follows (``the day before last
Tuesday``, ``the year before last year's vote``) ``last`` is that word's determiner and the
phrase is another one: the grammar leaves it to the other families.
"""

from __future__ import annotations

import datetime as dt

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.resolve import add_months, fmt_date, fmt_month, fmt_week
from newskit_dates.vocabulary import compiled

__all__ = ["h_twostep", "two_step_value"]


def two_step_value(dct: dt.date, unit: str, step: int) -> tuple[str, str]:
    """The TIMEX3 (type, value) of ``unit`` (``day``, ``night``, ``week``, ``weekend``,
    ``month``, ``year``) ``step`` units from the one holding ``dct``."""
    if unit in ("day", "night"):
        d = dct + dt.timedelta(days=step)
        return ("TIME", fmt_date(d) + "TNI") if unit == "night" else ("DATE", fmt_date(d))
    if unit in ("week", "weekend"):
        return "DATE", fmt_week(dct + dt.timedelta(days=7 * step)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return "DATE", fmt_month(*add_months(dct.year, dct.month, step))
    return "DATE", str(dct.year + step)


def h_twostep(m: regex.Match[str], ctx: Context) -> Result | None:
    """The unit two steps back (``before last``) or ahead (``after next``) of the
    publication's; with no publication date, TimeML's vague past or future."""
    unit = m["unit"].lower()
    step = lexicon()["two_step_directions"][compiled(r"\s+").sub(" ", m["dir"].lower())]
    if ctx.dct is None:
        return timex(m, "DATE", "PAST_REF" if step < 0 else "FUTURE_REF")
    typ, value = two_step_value(ctx.dct, unit, step)
    return timex(m, typ, value, anchor=ctx.anchor)
