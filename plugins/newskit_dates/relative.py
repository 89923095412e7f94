"""Days and units relative to the publication date or to a day the text named:
``last week``, ``yesterday``, ``Tuesday``, ``the following Tuesday``, ``the next day``,
``three days ago``."""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from newskit_dates.clock import clock_before
from newskit_dates.context import Context, Result, timex
from newskit_dates.grammar import LONG_FRACTION
from newskit_dates.lengths import (
    UNIT_FRACTIONS,
    duration_value,
    fraction_after,
    number_of,
    unit_code,
)
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import next_word, prev_word
from newskit_dates.periods import year_before
from newskit_dates.resolve import add_months, fmt_date, fmt_month, fmt_week, weekday_by_tense
from newskit_dates.seasons import (
    season_code,
    season_index,
    season_of_told_time,
    season_year,
)
from newskit_dates.tense import DEADLINE, tense_at
from newskit_dates.vocabulary import compiled, mod_of, part_of_day, pos_mod, word_set

__all__ = ["h_ago", "h_dayrel", "h_deictic", "h_relunit", "h_weekday"]



def _steps() -> dict[str, int]:
    """A determiner's step from the publication date's unit (``last week``: -1; data
    ``unit_steps``)."""
    steps: dict[str, int] = lexicon()["unit_steps"]
    return steps


def _told_step(det: str) -> int:
    """A determiner's step from the unit the text told last (``the following week``: +1,
    ``that week``: 0; data ``told_unit_steps``)."""
    return int(lexicon()["told_unit_steps"].get(det, 0))


def h_relunit(m: regex.Match[str], ctx: Context) -> Result | None:
    """``last week``, ``the following month``, ``later that year``, ``next spring``: a unit
    relative to a time the text named before, else to the publication date."""
    if _title_of_work(m, ctx):
        return None  # a title: ABC's "This Week", "Next Year in Jerusalem"
    det = _determiner(m["det"])
    unit = m["unit"].lower()
    if unit == "quarter" and ctx.ahead(_LONG_FRACTION, m.start("unit")):
        return None  # "the past quarter-century": a length of years (the fraction family's)
    half = ctx.ahead(_AND_A_HALF, m.end())
    if half is not None and det in _steps() and not m["pos"]:
        return _unit_and_a_half(m, unit, half.end())
    if unit == "hour":
        # "the past hour", "in the next hour": a length, as "the past 24 hours"
        return timex(m, "DURATION", "PT1H") if det in _steps() and not m["pos"] else None
    if unit == "fortnight":
        # "over the past fortnight", "within the next fortnight": no unit of the calendar (no
        # fortnight holds the publication's day as a week does) but the two weeks counted
        # back or on from it, as "the past two weeks"
        return timex(m, "DURATION", "P2W") if det in _steps() and not m["pos"] else None
    pos = compiled(r"\s+").sub(" ", (m["pos"] or "").lower())
    mod = pos_mod(pos)
    if (det == "prior" and unit != "year") or (det == "same" and not _same_told_unit(m, ctx)):
        return None
    if ctx.dct is None:
        return timex(m, "DATE", lexicon()["unit_vague_refs"].get(det, "PRESENT_REF"), mod)
    named = _unit_of_named_time(m, ctx, det, unit, mod)
    if named is not None:
        return named
    if det in ("past", "coming") and m.group().lower().startswith("the") and unit in ("decade", "century"):
        return timex(m, "DURATION", "P10Y" if unit == "decade" else "P100Y", mod, None)
    return _unit_of_publication(m, ctx.dct, det, unit, mod, ctx.anchor)


_LONG_FRACTION = regex.compile("(?i)" + LONG_FRACTION)
#: "and a half" after a unit: "the past decade and a half" is a length of one and a half units
_AND_A_HALF = regex.compile(r"(?i)(?:\s+and\s+a\s+half|-and-a-half)\b")


def _unit_and_a_half(m: regex.Match[str], unit: str, end: int) -> Result | None:
    """``the past decade and a half``, ``over the last year and a half``: no unit of the
    calendar but a length of one and a half units (P15Y, P1.5Y), as ``a year and a half``."""
    uc = unit_code(unit)
    if uc is None:
        return None
    code, mult = uc
    return timex(m, "DURATION", duration_value(1.5 * mult, code, decimal=True), end=end)


def _determiner(det: str) -> str:
    """The determiner, with ``in the`` after ``earlier``/``later`` read as ``that``: ``later in
    the week`` is the week of the day the text named, else the publication's."""
    det = det.lower()
    return "that" if det.startswith("in") else det


#: words after ``the same month`` / ``week`` that make it a term of comparison ("the same
#: month last year", "the same week a year earlier", "the same month of 2012"): another unit
_SAME_COMPARED = frozenset({"last", "a", "an", "of", "in", "the", "one", "previous", "prior", "this", "next"})


def _same_told_unit(m: regex.Match[str], ctx: Context) -> bool:
    """``the same year``, ``the same month``, ``that same week``: the unit of the time the text
    told last (``in May 2009 ... the same month``), unless words after it compare it with
    another one; a quarter or a season the same is left to the words around it."""
    unit = m["unit"].lower()
    if unit == "year":
        return True
    return unit in ("month", "week") and next_word(ctx.text, m.end()).lower() not in _SAME_COMPARED


def _title_of_work(m: regex.Match[str], ctx: Context) -> bool:
    """A capitalised unit in quotes or before another capital: a title, not a time."""
    if m["unit"][:1].isupper() and m["det"][:1].isupper() and not m.group().isupper():
        before = ctx.text[max(0, m.start() - 2) : m.start()].rstrip()
        return before[-1:] in ("\"", "\u201c", "'", "\u2018") or next_word(ctx.text, m.end())[:1].isupper()
    return False


_THE_BEFORE = regex.compile(r"(?i)\bthe\s+$")
_QUARTER_VALUE = regex.compile(r"\d{4}-Q[1-4]")


def _unit_of_named_time(m: regex.Match[str], ctx: Context, det: str, unit: str, mod: str | None) -> Result | None:
    """``that quarter``, ``the following month``, ``the previous year``, ``later that week``:
    the unit of the quarter, month, year or day the text named last; None when the
    words refer to none or the text named none."""
    # "the" before the determiner itself ("the next year", "the end of the following
    # year"), not one that opens a position before it ("the middle of next year": next year)
    the = _THE_BEFORE.search(ctx.text, max(m.start(), m.start("det") - 12), m.start("det")) is not None
    if det == "same":
        det = "that"  # "the same year", "that same month": the unit the text told last
    if det == "next" and the and tense_at(ctx.text, m.start(), m.end()) != "FUTURE":
        det = "following"  # "moved to Texas the next year": told as "the following year" is
    told = det in lexicon()["told_unit_steps"] and the  # "the following", "the previous"
    if det == "that" and ctx.quarter and unit == "quarter":
        return timex(m, "DATE", ctx.quarter, mod, anchor=ctx.anchor)
    if told and ctx.quarter and unit == "quarter" and _QUARTER_VALUE.fullmatch(ctx.quarter):
        # "the previous quarter", "the following quarter": a step from the quarter the report told
        q = int(ctx.quarter[:4]) * 4 + int(ctx.quarter[6]) - 1 + _told_step(det)
        return timex(m, "DATE", f"{q // 4}-Q{q % 4 + 1}", mod, anchor=ctx.quarter)
    if told and ctx.month and unit == "month":
        # "the following month": relative to the month the text last named
        y, mo = add_months(int(ctx.month[:4]), int(ctx.month[5:7]), _told_step(det))
        return timex(m, "DATE", fmt_month(y, mo), mod, anchor=ctx.month)
    if told and ctx.focus and unit == "year":
        # "the following year", "the previous year": relative to the year the text is about
        y = ctx.focus + _told_step(det)
        return timex(m, "DATE", str(y), mod, anchor=str(ctx.focus), year=y)
    if det == "that" and ctx.focus and unit == "year":
        return timex(m, "DATE", str(ctx.focus), mod, anchor=str(ctx.focus))
    if unit in ("week", "weekend") and ctx.day and (det == "that" or told):
        # "later that week", "the following week", "the previous weekend": the week (or its
        # weekend) of the day the text last named
        step = _told_step(det)
        w = dt.date.fromisoformat(ctx.day) + dt.timedelta(days=7 * step)
        return timex(m, "DATE", fmt_week(w) + ("-WE" if unit == "weekend" else ""), mod, anchor=ctx.day)
    if det == "that" and ctx.month and unit == "month":
        return timex(m, "DATE", ctx.month, mod, anchor=ctx.month)  # "later that month"
    if unit in lexicon()["seasons"] and (det == "that" or told):
        return _season_of_named_time(m, ctx, det, unit, mod)
    return None


def _season_of_named_time(m: regex.Match[str], ctx: Context, det: str, unit: str, mod: str | None) -> Result | None:
    """``the following spring``, ``the previous winter``, ``later that summer``: the first
    such season after (or before) the season, month, day or year the text told last, or
    (``that``) that time's own; None when it told none (``that summer`` is then the
    publication's)."""
    code = season_code(unit)
    found = season_of_told_time(ctx, code, _told_step(det))
    if found is None:
        return None
    y, anchor = found
    return timex(m, "DATE", f"{y}-{code}", mod, anchor=anchor)


#: the determiners of a year counted from the publication's that tell that year
_TOLD_YEAR_DETS = frozenset({"last", "this", "next"})


def _unit_of_publication(
    m: regex.Match[str], d: dt.date, det: str, unit: str, mod: str | None, a: str | None
) -> Result:
    """``last week``, ``next month``, ``this quarter``, ``last spring``: the unit of the
    publication date ``d``, stepped as the determiner says."""
    off = _steps().get(det, 0)
    if unit == "week":
        return timex(m, "DATE", fmt_week(d + dt.timedelta(days=7 * off)), mod, a)
    if unit == "weekend":
        return timex(m, "DATE", fmt_week(d + dt.timedelta(days=7 * off)) + "-WE", mod, a)
    if unit == "month":
        y, mo = add_months(d.year, d.month, off)
        return timex(m, "DATE", fmt_month(y, mo), mod, a)
    if unit == "year":
        # "last year", "this year", "next year": a year the text now tells of, the one "that
        # year" and "the previous year" count from after it, as a year in digits is
        return timex(m, "DATE", str(d.year + off), mod, a, year=d.year + off if det in _TOLD_YEAR_DETS else None)
    if unit == "quarter":
        q = (d.month - 1) // 3 + off
        y = d.year + q // 4
        return timex(m, "DATE", f"{y}-Q{q % 4 + 1}", mod, a)
    if unit == "decade":
        return timex(m, "DATE", f"{(d.year // 10 + off):03d}", mod, a)
    if unit == "century":
        return timex(m, "DATE", f"{(d.year // 100 + off):02d}", mod, a)
    code = season_code(unit)
    if det == "this" and _just_ended(d, code) and tense_at(m.string, m.start(), m.end()) == "PAST":
        det = "last"  # "were admitted with flu this winter" written in April: the one just ended
    return timex(m, "DATE", f"{season_year(d, code, det)}-{code}", mod, a)


def _just_ended(d: dt.date, code: str) -> bool:
    """Is ``code`` the season right before the one ``d`` falls in?"""
    order = ("SP", "SU", "FA", "WI")
    return order[(order.index(season_index(d)[1]) - 1) % 4] == code


def h_deictic(m: regex.Match[str], ctx: Context) -> Result | None:
    word = compiled(r"\s+").sub(" ", (m["word"] or m["det"] or m["word3"] or "").lower())
    pod = part_of_day(m["pod"] or m["pod2"] or m["pod3"])
    off = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
           "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    if word == "tonight":
        pod = "TNI"
    if ctx.dct is None:
        return timex(m, "TIME" if pod else "DATE", "XXXX-XX-XX" + pod)
    if word == "last" and pod != "TNI":
        return None  # "last morning"
    return timex(m, "TIME" if pod else "DATE", fmt_date(ctx.dct + dt.timedelta(days=off)) + pod, anchor=ctx.anchor)


def h_weekday(m: regex.Match[str], ctx: Context) -> Result | None:
    wd = int(lexicon()["weekdays"][m["wd"].lower()])
    det = (m["det"] or "").lower() or None
    pod = part_of_day(m["pod"])
    if m["pl"] or m["pl2"]:
        before = compiled(r"(?:\d+|[\p{L}-]+)\s+$").search(ctx.text, max(0, m.start() - 24), m.start())
        if before and number_of(before.group().strip()) is not None:
            return None  # "two Sundays ago", "the first three Mondays": counted days, no set
        return timex(m, "SET", f"XXXX-WXX-{wd}{pod}")  # "on Sundays", "Tuesday nights"
    if m["rel"]:
        return _weekday_from_day(m, ctx, wd, pod)
    # "early Wednesday", "at 10 a.m. on Wednesday": a time of that day
    daytime = bool(pod) or det in ("early", "late") or clock_before(ctx.text, m.start())
    if det in ("earlier", "later", "early", "late", "that", "past", "coming"):
        det = None if det in ("earlier", "later", "early", "late", "that") else det
    start = m.start("wd") if _that_opens_a_clause(m, ctx) else m.start()
    if ctx.dct is None:
        return timex(m, "TIME" if pod else "DATE", f"XXXX-WXX-{wd}" + pod, start=start)
    # a clause that "that" opens has its own tense: "confirmed that Saturday's derby will ..."
    tense = tense_at(ctx.text[start:], 0, m.end() - start) if start > m.start() else tense_at(ctx.text, m.start(), m.end())
    d = weekday_by_tense(ctx.dct, wd, tense, det, clock=daytime)
    ba = m["ba"] or m["ba2"]  # "the day before last Tuesday", "day after Friday"
    if ba:
        d += dt.timedelta(days=1 if ba.lower().endswith("after") else -1)
    return timex(m, "TIME" if pod else "DATE", fmt_date(d) + pod, anchor=ctx.anchor, start=start)


def _that_opens_a_clause(m: regex.Match[str], ctx: Context) -> bool:
    """Is ``that`` before a weekday the word that opens a clause after a verb of saying or
    knowing (``said that Friday's vote``, ``hopes that Monday will``) or a noun of saying
    before the weekday's possessive (``denied claims that Saturday's fire``, ``amid fears
    that Monday's vote``), not "that Friday"?"""
    if (m["det"] or "").lower() != "that":
        return False
    before = ctx.text[max(0, m.start("det") - 40) : m.start("det")]
    told = _TOLD_WHEN.search(before)  # "confirmed on Tuesday that", "said yesterday that"
    word = told["v"] if told else prev_word(ctx.text, m.start("det"))
    if word.lower() in word_set("that_clause_verbs"):
        return True
    # after a noun the clause's subject is the weekday's possessive ("claims that Saturday's
    # fire was arson"); "the news that Tuesday" may be the day the news came
    return word.lower() in word_set("that_clause_nouns") and ctx.text[m.end() : m.end() + 2] in _POSSESSIVE


_POSSESSIVE = ("'s", "\u2019s")

_TOLD_WHEN = compiled(
    r"(?i)(?P<v>\p{L}+)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|on\s+\p{L}+\.?\s+\d{1,2}),?\s+$"
)


def _weekday_from_day(m: regex.Match[str], ctx: Context, wd: int, pod: str) -> Result | None:
    """ "the following Tuesday", "the previous Friday": the first such weekday after (or
    before) the day the text last named, as "the next day" is placed; the publication
    date when the text has named none."""
    anchor = ctx.day or ctx.anchor
    if anchor is None:
        return timex(m, "TIME" if pod else "DATE", f"XXXX-WXX-{wd}" + pod)
    try:
        day = dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None
    cur = day.isoweekday()
    ahead = compiled(r"\s+").sub(" ", m["rel"].lower()) in ("the following", "the next")
    step = ((wd - cur) % 7 or 7) if ahead else -((cur - wd) % 7 or 7)
    d = day + dt.timedelta(days=step)
    return timex(m, "TIME" if pod else "DATE", fmt_date(d) + pod, anchor=anchor[:10])


def _shift(d: dt.date, n: float, code: str, sign: int) -> str | None:
    k = int(n) * sign
    if code == "D":
        return fmt_date(d + dt.timedelta(days=k))
    if code == "W":
        return fmt_date(d + dt.timedelta(days=7 * k))
    if code == "M":
        y, mo = add_months(d.year, d.month, k)
        return fmt_month(y, mo)
    if code == "Q":
        y, mo = add_months(d.year, d.month, 3 * k)
        return f"{y}-Q{(mo - 1) // 3 + 1}"
    if code == "Y":
        return str(d.year + k)
    if code in ("TH", "TM", "TS"):
        return fmt_date(d)
    return None


def _counted(m: regex.Match[str]) -> float | None:
    """How many units an offset counts: its number or its fraction of the unit ("a quarter
    of a century": 0.25), with the fraction told after the unit ("a decade and a half": 1.5)."""
    if m["frac"]:
        n: float | None = UNIT_FRACTIONS.get(compiled(r"[\s-]+").split(m["frac"].lower())[-1])
    else:
        n = number_of(m["num"])
    if n is not None and m["half"]:
        n += fraction_after(m["half"])[1]
    return n


def _whole_units(n: float, code: str) -> tuple[float, str]:
    """Years that are not whole counted in months where those are ("a year and a half ago"
    is 18 months back, a month's date, as "18 months ago" is)."""
    if code == "Y" and n != int(n) and n * 12 == int(n * 12):
        return n * 12, "M"
    return n, code


def _ahead_of_weekday(m: regex.Match[str], ctx: Context, n: float | None, mult: float, code: str,
                      mod: str | None) -> Result | None:
    """``a week from Friday``, ``three days from Sunday``, ``a week on Monday`` (British, with
    weeks only): the count on from the coming weekday (after the publication day), a day of
    the calendar, as ``a week from today`` counts on from today. None (the length and the
    weekday are read apart, as before) where the words tell a stretch that starts on the
    weekday: after ``for`` / ``over`` ... (data ``count_from_weekday_not_after``) or in a past
    clause (``the fair ran three days from Sunday``)."""
    join = m["join"].lower()
    if n is None or code not in ("D", "W") or n * mult != int(n * mult) or (join == "on" and code != "W"):
        return None
    if prev_word(ctx.text, m.start()).lower() in word_set("count_from_weekday_not_after"):
        return None
    if tense_at(ctx.text, m.start(), m.end()) == "PAST":
        return None
    if ctx.dct is None:
        return timex(m, "DATE", "FUTURE_REF", mod)
    weekday = weekday_by_tense(ctx.dct, int(lexicon()["weekdays"][m["fromwd"].lower()]), None, "coming")
    days = int(n * mult) * (7 if code == "W" else 1)
    return timex(m, "DATE", fmt_date(weekday + dt.timedelta(days=days)), mod, ctx.anchor)


def _back_from_day(m: regex.Match[str], dct: dt.date, n: float, code: str, mod: str | None,
                   anchor: str | None) -> Result | None:
    """``a week ago today``, ``a year ago yesterday``, ``two months ago tomorrow``: the day the
    count reaches back from the day named (data ``count_ago_days``), a day of the calendar
    whatever the unit (``a year ago today`` is this day a year back, not the year); None for
    a count not of whole days, weeks, months or years."""
    day = dct + dt.timedelta(days=int(lexicon()["count_ago_days"][m["onday"].lower()]))
    if n != int(n):
        return None
    k = int(n)
    if code in ("D", "W"):
        back = day - dt.timedelta(days=k * (7 if code == "W" else 1))
    elif code in ("M", "Y"):
        y, mo = add_months(day.year, day.month, -k * (12 if code == "Y" else 1))
        back = dt.date(y, mo, min(day.day, calendar.monthrange(y, mo)[1]))
    else:
        return None
    return timex(m, "DATE", fmt_date(back), mod, anchor)


def h_ago(m: regex.Match[str], ctx: Context) -> Result | None:
    uc = unit_code(m["unit"])
    if uc is None:
        return None
    code, mult = uc
    n = _counted(m)
    d = compiled(r"\s+").sub(" ", m["dir"].lower())
    sign = 1 if d in ("later", "hence") or d.startswith("from") else -1
    mod = mod_of(m["mod"])
    if m["fromwd"]:
        return _ahead_of_weekday(m, ctx, _counted(m), mult, code, mod)
    if d == "later" or (d == "earlier" and code != "Y"):
        # "three days later", "a day earlier", "a year later": anchored on a narrated event,
        # not on the publication date; TimeML tags the length ("three days") as a duration
        # ("a year earlier" stays the year before: the year-ago period of a report)
        end = m.end("half") if m["half"] else m.end("unit")
        return timex(m, "DURATION", duration_value(None if n is None else n * mult, code), mod, end=end)
    if n is None or ctx.dct is None:
        return timex(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if m["onday"]:
        return _back_from_day(m, ctx.dct, n * mult, code, mod, ctx.anchor)
    year_back = code == "Y" and n == 1 and mult == 1 and sign < 0
    month = _compared_month(m, ctx) if year_back else None
    told = _told_year_before(m, ctx, d, code, month)
    if told is not None and float(n * mult).is_integer():
        return timex(m, "DATE", str(told - int(n * mult)), mod, anchor=str(told))
    if year_back and ctx.quarter and (month is None or ctx.quarter_end > ctx.month_end):
        # in a quarterly report "a year ago" is the year-ago quarter, unless the sentence
        # compares a month told after it ("prices rose in November from a year earlier")
        return timex(m, "DATE", year_before(ctx.quarter), mod, ctx.anchor)
    if month is not None:
        return timex(m, "DATE", f"{int(month[:4]) - 1:04d}{month[4:]}", mod, anchor=month)
    # the day a count ahead starts from ("a week from tomorrow": a week after tomorrow)
    start = ctx.dct + dt.timedelta(days=int(lexicon()["count_from_days"].get(d, 0)))
    val = _shift(start, *_whole_units(n * mult, code), sign)
    if val is None:
        return None
    return timex(m, "DATE", val, mod, ctx.anchor)


def _told_year_before(m: regex.Match[str], ctx: Context, d: str, code: str, month: str | None) -> int | None:
    """The year ``N years earlier`` (``a decade earlier``) counts back from: the year stated
    before it in its sentence (``reached 2.1 tonnes in 2025, up from 1.4 tonnes a year
    earlier``: 2024; ``after a boom a decade earlier``), as ``earlier`` counts from a time
    the text told and ``ago`` from now; None without one, or when a month (the compared
    month's family) or a report's quarter was told after that year, or before ``than``."""
    if d != "earlier" or code != "Y" or month is not None or next_word(ctx.text, m.end()).lower() == "than":
        return None  # "finished in 1964, four decades earlier than the canal": a difference
    year = ctx.year_in_sentence(m.start())
    if year is None or (ctx.quarter is not None and ctx.quarter_end >= ctx.focus_end):
        return None
    return year


#: a word that makes "a year earlier" the term of a comparison, with the amount compared
#: between them or not ("rose in October from a year earlier", "up from 150 a year earlier",
#: "higher than a year ago", "up 3% on $4.1 billion a year ago")
_COMPARED = regex.compile(
    r"(?i)\b(?:from|than|over|on|with|versus|vs\.?)\s+"
    r"(?:[$\u20ac\u00a3]?\d[\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|[a-z]+illion|[a-z]+))?\s+)?$"
)


def _compared_month(m: regex.Match[str], ctx: Context) -> str | None:
    """The month stated earlier in the sentence (and no day) when ``a year earlier`` is the
    term it is compared with: monthly figures are set against the same month a year
    before (``prices rose 5% in October from a year earlier``: October of the year before)."""
    if not _COMPARED.search(ctx.text, max(0, m.start() - 50), m.start()) or ctx.day_in_sentence(m.start()):
        return None
    return ctx.month_in_sentence(m.start())


def _part_of_the_day_in_view(m: regex.Match[str], ctx: Context, day: str) -> Result | None:
    """``by the afternoon``, ``through the morning``: a part of the day the text is telling
    (the last day it named); a clause with no past or future cue is a habit (``goes
    running in the morning``), no time."""
    if tense_at(ctx.text, m.start(), m.end()) not in ("PAST", "FUTURE", DEADLINE):
        return None
    return timex(m, "TIME", day + part_of_day(m["pod2"]), anchor=day)


def h_dayrel(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "the same day", "that day", "the next day", "the previous evening": the last full
    date the text stated (or the publication date), shifted by the offset the words give."""
    anchor = ctx.day or ctx.anchor
    if anchor is None:
        return None
    if m["det2"]:
        return _part_of_the_day_in_view(m, ctx, anchor[:10])
    off = lexicon()["told_day_offsets"].get(compiled(r"\s+").sub(" ", m["det"].lower()))
    if off is None:
        return None
    try:
        d = dt.date.fromisoformat(anchor[:10]) + dt.timedelta(days=off)
    except ValueError:
        return None
    pod = "" if m["unit"].lower() == "day" else part_of_day(m["unit"])  # "the following morning"
    return timex(m, "TIME" if pod else "DATE", fmt_date(d) + pod, anchor=anchor[:10])
