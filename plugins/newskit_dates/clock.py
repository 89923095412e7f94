"""Clock times: ``3 p.m. EDT``, ``noon``, ``16:51``, on the day a weekday, a date or the
sentence gives, or the day before publication for a past time later than it."""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from newskit.text import compile_pattern
from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import prev_word
from newskit_dates.resolve import fmt_date, monthday_by_tense, safe_date, weekday_by_tense
from newskit_dates.tense import tense_at
from newskit_dates.vocabulary import day_number, month_of

__all__ = ["clock_before", "h_time"]


@cache
def _day_at() -> regex.Pattern[str]:
    """A weekday just before a clock time ("Sunday at 1 p.m."): the time is on that day."""
    wds = "|".join(sorted(lexicon()["weekdays"], key=len, reverse=True))
    return compile_pattern(r"(?i)(?<![\p{L}])(?P<wd>" + wds + r")(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:at|from|by|until)\s+$")


@cache
def _on_day() -> regex.Pattern[str]:
    """The day a clock time is on, written after it with ``on`` (``7 p.m. EST on Nov. 6``,
    ``noon on Friday``): a date of its own in TimeML, which keeps prepositions out of a
    TIMEX3, and the day of the clock time."""
    lx = lexicon()
    wds = "|".join(sorted(lx["weekdays"], key=len, reverse=True))
    mons = "|".join(sorted(lx["months"], key=len, reverse=True))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    return compile_pattern(
        r"(?i),?\s+on\s+(?:(?:(?P<wd>" + wds + r")(?![\p{L}]),?\s*)?(?P<mon>(?:" + mons + r")\.?)\s*(?P<md>" + day + r")"
        r"|(?P<wd>" + wds + r")(?![\p{L}])"
        r"|(?:the\s+)?(?P<md2>" + day + r")\s+(?:of\s+)?(?P<mon2>" + mons + r")(?![\p{L}]))"
    )


@cache
def _clock_then_on() -> regex.Pattern[str]:
    """A clock time (with its zone) and ``on`` just before a day: ``at 10 a.m. on``."""
    lx = lexicon()
    zones = "|".join(regex.escape(z).replace("\\ ", r"\s+") for z in sorted([*lx["zones"], *lx["prose_zones"]], key=len, reverse=True))
    return compile_pattern(
        r"(?:\d\s*(?:[ap]\.?\s?m\.?|[AP]M)|(?<![\p{L}])(?:(?i:noon|midnight)|" + zones + r"))\s*,?\s+(?i:on)\s+$"
    )


@cache
def _paren_day() -> regex.Pattern[str]:
    """A weekday after a clock time's aside in another zone (``10:35 a.m. (0735 GMT)
    Friday``) or inside it (``4 in the morning (4 a.m. EDT Thursday)``): the wire's way
    of giving both zones; the day is the clock time's."""
    wds = "|".join(sorted(lexicon()["weekdays"], key=len, reverse=True))
    return compile_pattern(
        r"(?i)\s*\((?:[^()\n]{0,30}?\s)?(?P<wd>" + wds + r")\)"
        r"|\s*\([^()\n]{1,30}\)\s*,?\s+(?:on\s+)?(?P<wd>" + wds + r")(?![\p{L}])"
    )


def clock_before(text: str, start: int) -> bool:
    """Is a clock time and ``on`` just before ``start`` (``at 10 a.m. on Friday``)? The
    day is then read as a day with a time of it, as the clock time reads it."""
    return _clock_then_on().search(text, max(0, start - 40), start) is not None


def _day_words(m: regex.Match[str], ctx: Context) -> regex.Match[str]:
    """The match that names the clock time's day: its own (``1 p.m. Sunday``), else the day
    after ``on`` that follows it, else a weekday after or in an aside in another zone, else
    its own (no day)."""
    if m["wd"] or m["word"] or m["mon"] or m["mon2"]:
        return m
    return ctx.ahead(_on_day(), m.end()) or ctx.ahead(_paren_day(), m.end()) or m


def h_time(m: regex.Match[str], ctx: Context) -> Result | None:
    """``3 p.m. EDT``, ``noon``, ``16:51``, ``1 p.m. Sunday``, ``10 a.m. March 3``, ``noon on
    Friday``: the clock time on the day the text gives with it, else the day the sentence
    or the publication gives."""
    hm = _hour_minute(m, ctx)
    if hm is None:
        return None
    # TimeBank writes a clock time in prose without its zone ("4 a.m. EDT" -> T04:00);
    # only ISO-style header stamps keep the offset (see h_iso)
    clock = f"T{hm[0]:02d}:{hm[1]:02d}"
    day = _day_words(m, ctx)
    if day.groupdict().get("mon") or day.groupdict().get("mon2"):
        return _on_a_date(m, day, ctx, clock)
    if ctx.dct is None:
        if day.groupdict().get("wd"):
            wd = int(lexicon()["weekdays"][day["wd"].lower()])
            return timex(m, "TIME", f"XXXX-WXX-{wd}{clock}")
        return timex(m, "TIME", f"XXXX-XX-XX{clock}")
    return timex(m, "TIME", fmt_date(_day_of(m, day, ctx, ctx.dct, hm)) + clock, anchor=ctx.anchor)


def _hour_minute(m: regex.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The hour (0-24) and minute: ``noon`` and ``midnight``, a 12-hour time with its
    ``a.m.``/``p.m.``, a 24-hour time only with a zone, a day or a preposition of time
    before it (``at 16:51``, ``between 07:28 and 08:06 UTC``; a bare ``16:51`` is more often
    a score or a ratio), four digits before a zone (``0800 GMT``)."""
    if m["noon"]:
        return (12 if m["noon"].lower() == "noon" else 24), 0
    if m["h"] is not None:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        if h > 12 or h == 0:
            return None
        ap = m["ampm"].lower()
        if ap.startswith("p") and h != 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        return h, mi
    if m["h4"] is not None:  # "4 in the morning", "nine at night"
        return _hour_of_the_day_part(m)
    if m["h3"] is not None:  # "0800 GMT": the grammar takes four digits only before a zone
        return int(m["h3"]), int(m["mi3"])
    h, mi = int(m["h2"]), int(m["mi2"])
    if not m["zone"] and not (m["wd"] or m["word"]):
        pw = prev_word(ctx.text, m.start()).lower()
        if pw not in ("at", "by", "until", "from", "to", "around", "about", "before", "after", "since", "between"):
            return None
    return h, mi


def _hour_of_the_day_part(m: regex.Match[str]) -> tuple[int, int] | None:
    """``at 4 in the morning``, ``at 7.30 in the evening``, ``at 10 at night``: the part of
    the day says a.m. or p.m. (``12 in the morning`` is midnight; ``3 at night`` is a.m.)."""
    h = int(m["h4"])
    mi = int(m["mi4"] or 0)
    part = (m["half"] or m["half2"]).lower()
    if part == "morning":
        return (0 if h == 12 else h), mi
    if part == "night" and (h < 6 or h == 12):
        return (0 if h == 12 else h), mi
    return (h if h == 12 else h + 12), mi


def _on_a_date(m: regex.Match[str], day: regex.Match[str], ctx: Context, clock: str) -> Result | None:
    """A clock time with its month and day (``10 a.m. March 3``, ``noon on March 15``): the
    year by tense."""
    mo, md = month_of(day["mon"] or day["mon2"]), day_number(day["md"] or day["md2"])
    if not mo or safe_date(2000, mo, md) is None:
        return None
    if ctx.dct is None:
        return timex(m, "TIME", f"XXXX-{mo:02d}-{md:02d}{clock}")
    y = monthday_by_tense(ctx.dct, mo, md, tense_at(ctx.text, m.start(), day.end()))
    day = safe_date(y, mo, md)
    return timex(m, "TIME", fmt_date(day) + clock, anchor=ctx.anchor) if day else None


def _day_of(m: regex.Match[str], day: regex.Match[str], ctx: Context, d: dt.date, hm: tuple[int, int]) -> dt.date:
    """The day of a clock time: a weekday after it or just before it (``1 p.m. Sunday``,
    ``noon on Friday``, ``Sunday at 1 p.m.``) by tense, ``today``/``yesterday``, else the
    day the sentence named, else the publication day (the day before for a past time later
    than it)."""
    after = day.groupdict().get("wd")
    day_before = None if after or m["word"] else _day_at().search(ctx.text, max(0, m.start() - 24), m.start())
    wd_word, at = (after, m.start()) if after else (day_before["wd"], day_before.start()) if day_before else (None, 0)
    if wd_word:  # "1 p.m. Sunday", "Sunday at 1 p.m."; "noon on Friday" as that weekday's date reads
        wd = int(lexicon()["weekdays"][wd_word.lower()])
        # a weekday in an aside takes the tense of the clock time's clause
        span = (at, m.end()) if day is m or day.re is _paren_day() else day.span("wd")
        return weekday_by_tense(d, wd, tense_at(ctx.text, *span), None, clock=True)
    if m["word"]:
        return d + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["word"].lower()])
    return ctx.day_in_sentence(m.start()) or _told_day(ctx, m) or _before_publication(ctx, m, hm) or d


def _told_day(ctx: Context, m: regex.Match[str]) -> dt.date | None:
    """The day the text told last when a bare clock time's clause is on its side of the
    publication date: a told past for a day before it (``was shot on Oct. 23 ... He was
    hit at 10 p.m.``), a told future for a day after it (``will strike next Tuesday. The
    walkout will begin at 04:00 GMT``); None otherwise (the clock time is on the
    publication day)."""
    if ctx.told_day is None or ctx.dct is None or ctx.told_day_end > m.start():
        return None
    try:
        day = dt.date.fromisoformat(ctx.told_day)
    except ValueError:
        return None
    if day == ctx.dct:
        return None
    tense = tense_at(ctx.text, m.start(), m.end())
    if (day < ctx.dct and tense == "PAST") or (day > ctx.dct and tense == "FUTURE"):
        return day
    return None


#: a clock time in a named zone: "10:42 a.m. Seoul time", "7 p.m. local time"
_ZONE_AFTER = regex.compile(r"\s+(?:local|\p{Lu}\p{L}+)\s+time\b")


def _before_publication(ctx: Context, m: regex.Match[str], at: tuple[int, int]) -> dt.date | None:
    """An earlier day for a clock time told as past that is later in the day than the
    article was published ("was killed shortly after 11 p.m.", published 09:10): a report
    cannot tell as done what has not happened yet. The last day the text named, when it is
    before publication ("... on Saturday night ... He was killed shortly after 11 p.m."),
    else the day before. None otherwise."""
    if ctx.dct is None or ctx.published_at is None or at <= ctx.published_at:
        return None
    if m["zone"] or ctx.ahead(_ZONE_AFTER, m.end()):
        return None  # "10:42 a.m. Seoul time": another zone than the publication's, maybe
    if tense_at(ctx.text, m.start(), m.end()) != "PAST":
        return None
    try:
        return dt.date.fromisoformat(ctx.earlier_day) if ctx.earlier_day else ctx.dct - dt.timedelta(days=1)
    except ValueError:
        return ctx.dct - dt.timedelta(days=1)
