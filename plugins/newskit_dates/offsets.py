"""A unit placed one step from the time the text told last: ``the day before``, ``the week
after``, ``the year before the election``, ``the night before``.

News tells a sequence of events against one day it named ("The bridge closed on March 3.
Engineers had warned of cracks the day before."): the unit is the day, week, month or year
of that told time, one step back (``before``) or on (``after``). TimeML keeps a signal and
its object out of a TIMEX3 (``the day`` before ``the crash``), so ``before`` / ``after`` is in
the extent only when nothing follows it: a stop, the end of a clause, or a word that opens
the next clause. A phrase set right after the day it names (``March 3, the day after the
vote``) is that day itself: an apposition, no step.
"""

from __future__ import annotations

import datetime as dt

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.periods import year_before
from newskit_dates.resolve import add_months, fmt_date, fmt_month, fmt_week
from newskit_dates.vocabulary import word_set

__all__ = ["h_offset"]

#: what may follow ``before`` / ``after`` used as an adverb: a stop, a dash, a bracket or
#: the end of the text (then the word is in the extent: "resigned the day before.")
_ADVERB_END = regex.compile(r"\s*(?:[,.;:!?)\]\u2014\u2013\"\u201d]|$)")
#: the comma of an apposition between the day told and the phrase ("on March 3, the day ...")
_APPOSITION = regex.compile(r"\s*,\s*$")
#: how far back the apposition's comma may be read (the told day ends right before it)
_APPOSITION_CHARS = 4
#: a position inside the unit told ("later in the day before returning home"): the phrase
#: is that unit, and ``before`` opens what follows
_POSITION_IN = regex.compile(r"(?i)\b(?:earlier|later)\s+in\s+$")
#: the word after the phrase
_NEXT_WORD = regex.compile(r"\s+([\p{L}']+)")


def h_offset(m: regex.Match[str], ctx: Context) -> Result | None:
    """The unit of the time the text told last (the publication date when it told none),
    one step before or after; None for ``the year before last``, ``the week after next``
    (two steps from the publication date) and when the article has no date at all."""
    rest = ctx.text[m.end() : m.end() + 40]
    following = _NEXT_WORD.match(rest)
    word = following.group(1).lower() if following else ""
    if word in ("last", "next"):
        return None  # "the week before last", "the day after next": two steps from now
    unit = m["unit"].lower()
    adverb, step = _reading(m, ctx, rest, word)
    end = m.end() if adverb else m.end("unit")
    if unit == "year" and step == -1 and adverb and ctx.quarter and ctx.quarter_end > ctx.month_end:
        # in a quarterly report "the year before" is the year-ago quarter, as "a year earlier" is
        return timex(m, "DATE", year_before(ctx.quarter), anchor=ctx.quarter, end=end)
    value, anchor = _stepped(ctx, unit, step)
    if value is None:
        return None
    return timex(m, "TIME" if unit == "night" else "DATE", value, anchor=anchor, end=end)


def _reading(m: regex.Match[str], ctx: Context, rest: str, word: str) -> tuple[bool, int]:
    """Whether ``before`` / ``after`` is an adverb (in the extent), and the step from the
    time told: 0 inside a position in it (``later in the day before ...``) and for a day set
    beside the day it names (``March 3, the day after the vote``)."""
    if _POSITION_IN.search(ctx.text, max(0, m.start() - 20), m.start()):
        return False, 0
    adverb = bool(_ADVERB_END.match(rest)) or word in word_set("offset_clause_openers")
    if not adverb and m["unit"].lower() in ("day", "night") and _apposition(m, ctx):
        return False, 0
    return adverb, 1 if m["dir"].lower() == "after" else -1


def _apposition(m: regex.Match[str], ctx: Context) -> bool:
    """Does the phrase follow the day told last, a comma between ("Oct. 12, the day
    before the crash")?"""
    if ctx.day is None or ctx.day_end > m.start() or m.start() - ctx.day_end > _APPOSITION_CHARS:
        return False
    return bool(_APPOSITION.search(ctx.text[ctx.day_end : m.start()]))


def _stepped(ctx: Context, unit: str, step: int) -> tuple[str | None, str | None]:
    """The value ``step`` units from the time told last, and the time it counts from."""
    day = ctx.day or ctx.anchor
    if unit in ("day", "night", "week"):
        if day is None:
            return None, None
        try:
            d = dt.date.fromisoformat(day[:10])
        except ValueError:
            return None, None
        if unit == "week":
            return fmt_week(d + dt.timedelta(days=7 * step)), day[:10]
        value = fmt_date(d + dt.timedelta(days=step))
        return (value + "TNI" if unit == "night" else value), day[:10]
    if unit == "month":
        month = ctx.month or (f"{ctx.dct.year:04d}-{ctx.dct.month:02d}" if ctx.dct else None)
        if month is None:
            return None, None
        y, mo = add_months(int(month[:4]), int(month[5:7]), step)
        return fmt_month(y, mo), month
    year = ctx.focus or (ctx.dct.year if ctx.dct else None)
    if year is None:
        return None, None
    return str(year + step), str(year)
