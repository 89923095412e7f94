"""Reporting periods of company and economic news: quarters and halves (``the third
quarter``, ``Q3 2024``, ``the July-September quarter``), the year-earlier period, and
``for the year``/``the latest period``, which the report is about."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.grammar import LONG_FRACTION
from newskit_dates.neighbours import next_word, nw_of, prev_word
from newskit_dates.resolve import fmt_month, fmt_week, full_year
from newskit_dates.tense import DEADLINE, tense_at
from newskit_dates.told_years import year_of_rel
from newskit_dates.vocabulary import compiled, month_of, pos_mod, word_set

__all__ = ["h_monthspan", "h_quarter", "h_theunit", "h_yearadj", "year_before"]


_LONG_FRACTION = regex.compile("(?i)" + LONG_FRACTION)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def h_quarter(m: regex.Match[str], ctx: Context) -> Result | None:
    """``Q3 2024``, ``the third quarter``, ``the second half of 2023``, ``the latest
    quarter``, ``last year's fourth quarter``: a quarter or half of the year the text
    states, else of the publication's year, stepped back to the latest such period the
    clause can mean."""
    if m["qn"]:
        return _coded_period(m, ctx)
    kind = "Q" if m["qh"].lower() == "quarter" else "H"
    adjs = [a.lower() for a in m.captures("adj")]
    ords = m["ord"]
    yrel = (m["yrel"] or "").lower()
    if _no_period(m, ctx, kind, adjs, ords, yrel):
        return None
    explicit = _told_year(m, ctx)
    if (kind == "Q" and ctx.quarter and not ords and explicit is None and not yrel and not m["rel"]
            and not m["ago"] and m.group().lower().startswith("the") and all(a in ("latest", "same") for a in adjs)):
        return timex(m, "DATE", ctx.quarter, anchor=ctx.anchor)  # "the quarter": the one the report is about
    if ords is None and kind == "Q" and compiled(r"\s*of\s+(?:a|an|the|its|all)\b").match(ctx.text[m.end() : m.end() + 10]):
        return None
    if explicit is not None:
        y, anchor = explicit, None
    elif ctx.dct is None:
        return timex(m, "DATE", f"XXXX-{kind}{_ORD.get((ords or '').lower(), 'X')}")
    else:
        y, anchor = ctx.dct.year, ctx.anchor
        told = year_of_rel(m["rel"], ctx) if m["rel"] else None
        if told is not None:
            anchor = told[1]  # "the first half of that year": the year the text told
    found = _year_and_number(m, ctx, kind, adjs, ords, yrel, y, anchor)
    if found is None:
        return None
    y, n = found
    start = m.start()
    if m.group()[:4].lower() == "the " and compiled(r"[-\u2013](?:quarter|half)$").search(m.group(), regex.I):
        start += 4  # "the third-quarter loss": the article belongs to the noun
    return timex(m, "DATE", f"{y}-{kind}{n}", anchor=anchor, start=start, year=explicit)


def _told_year(m: regex.Match[str], ctx: Context) -> int | None:
    """The year a quarter's words tell (``of 2025``, ``fiscal 2025``, ``2025 first half``, ``of
    FY25``: the fiscal year told by its last two digits, the one nearest the publication)."""
    if m["y"] or m["y0"]:
        return int(m["y"] or m["y0"])
    return full_year(int(m["fy"]), ctx.dct) if m["fy"] else None


def _coded_period(m: regex.Match[str], ctx: Context) -> Result:
    """``Q3``, ``Q3 2024``, ``Q3 FY25``, ``H1``: the code itself, of the year given or the
    publication's."""
    kind, n = m["qn"][0], int(m["qn"][1])
    told = int(m["y2"]) if m["y2"] else full_year(int(m["fy2"]), ctx.dct) if m["fy2"] else None
    if told is None and ctx.dct is None:
        return timex(m, "DATE", f"XXXX-{kind}{n}")
    y = told if told is not None else ctx.dct.year if ctx.dct else 0
    return timex(m, "DATE", f"{y}-{kind}{n}", anchor=None if told is not None else ctx.anchor, year=told)


#: "of" and a determiner after a quarter or half the pattern did not take in: a part of what
#: follows (not an amount: "net income for the quarter of $8.6 million"), unless that is a
#: year the pattern does not spell ("the first half of the fiscal year", "of the
#: current year"): "the first half of the match", "the last half of the '80s", "the second
#: quarter of the century" name no quarter or half of a year
_OF_OTHER = regex.compile(
    r"\s+of\s+(?:the|this|that|a|an|its|their|his|her|our|each|every|next|last)\s+(?![$\u00a3\u20ac]|\p{N}(?!\p{N}*(?:st|nd|rd|th)\s+centur))"
    r"(?!(?:[\p{L}\p{N}'\u2019\-]+\s+){0,3}year\b)", regex.I)
#: "of" and a word after a quarter or half: a month's name there makes it a part of that
#: month ("the first half of January"), no quarter or half of a year
_OF_WORD = regex.compile(r"\s+of\s+(?P<w>\p{L}+\.?)", regex.I)


#: how many distinct words of play (data ``match_report_words``) make an article a match report
_MATCH_REPORT_WORDS = 3


@lru_cache(maxsize=64)
def _match_report(text: str) -> bool:
    """Does the article report a match (``match_report_words``: ``referee``, ``tries``,
    ``half-time`` ..., at least three distinct ones)? There a half named by no year ("in the
    second half", "a first-half opener") is the match's, as the definite article points to
    the event in view; a company's or an economy's report names its half of the year."""
    words = word_set("match_report_words")
    found = {w.lower() for w in _WORDS.findall(text)} & words
    return len(found) >= _MATCH_REPORT_WORDS


_WORDS = regex.compile(r"\p{L}+(?:-\p{L}+)*")


def _no_period(m: regex.Match[str], ctx: Context, kind: str, adjs: list[str], ords: str | None, yrel: str) -> bool:
    """Words of a quarter that name none: ``quarter-to-quarter``, a bare ``quarter`` or
    ``half`` (``a quarter of``, ``the quarter-point``, ``the quarter mile``, ``the quarter of
    the year``), a part of another thing (``the first half of the match``)."""
    if ctx.text[m.end() : m.end() + 4].lower() == "-to-":
        return True  # "quarter-to-quarter comparison"
    if ctx.ahead(_LONG_FRACTION, m.start("qh")):
        return True  # "the last half century", "the past quarter-century": a length of years
    if m["theyear"] and not ords and not adjs:
        return True  # "a quarter of the year": a share of it
    if _OF_OTHER.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 60)):
        return True  # "the first half of the match", "the second half of the 19th century": a part of that
    of_word = _OF_WORD.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 20))
    if of_word and month_of(of_word["w"]) and ctx.text[of_word.start("w")].isupper():
        return True  # "the first half of January": a part of that month
    if kind == "H" and not (m["y"] or m["y0"] or m["fy"] or m["theyear"] or m["rel"] or yrel) and _match_report(ctx.text):
        return True  # "crossed twice in the first half" in a match report: the match's half
    if not ords and not adjs and not m["y"] and not m["y0"] and not m["fy"] and not yrel:
        if not m.group().lower().startswith("the") or kind == "H":
            return True
        if compiled(r"\s*(?:of|-point|percent|century|mile)\b").match(ctx.text[m.end() : m.end() + 12]):
            return True
    return False


def _year_and_number(
    m: regex.Match[str], ctx: Context, kind: str, adjs: list[str], ords: str | None, yrel: str, y: int,
    anchor: str | None,
) -> tuple[int, int] | None:
    """The year and number of the period: an ordinal's (a year back when that quarter is
    still ahead of the publication and the clause does not look ahead), else the last
    period completed (``the latest quarter``) or the current one (``this quarter``);
    then stepped by ``last``/``next`` year, ``a year ago``, ``year-earlier``."""
    per = 4 if kind == "Q" else 2
    if ords or _closing_period(m, adjs, yrel):
        # an ordinal's period, or the year's last ("the final quarter of last year", "the
        # last half of 2014")
        n = _ORD[ords.lower()] if ords else per
        if n > per:
            return None
        if ctx.dct is not None and anchor is not None and not m["rel"] and not yrel:
            cur = (ctx.dct.month - 1) // (12 // per) + 1
            if n > cur and tense_at(ctx.text, m.start(), m.end()) not in ("FUTURE", DEADLINE):
                y -= 1
    else:
        cur = ((ctx.dct.month - 1) // (12 // per) + 1) if ctx.dct else 1
        back = 0 if any(a in ("current", "this") for a in adjs) else 1
        n = cur - back
        if n < 1:
            n += per
            y -= 1
    told = year_of_rel(m["rel"], ctx) if m["rel"] else None
    if told is not None:
        y = told[0]  # "the third quarter of last year", "the first half of that year"
    elif yrel:
        y += {"last": -1, "this": 0, "next": 1}[yrel]
    if m["ago"]:
        y -= 1
    if any(a in ("year-earlier", "year-ago") for a in adjs):
        y -= 1
    return y, n


def _closing_period(m: regex.Match[str], adjs: list[str], yrel: str) -> bool:
    """``final`` before the period, or ``last`` with a year named after it or before it
    (``the last quarter of 2014``, ``last year's final quarter``, ``the last half of the
    year``): the year's last period,
    not the latest one before now (``the last quarter`` alone)."""
    year_named = bool(m["y"] or m["y0"] or m["fy"] or m["rel"] or m["theyear"] or yrel)
    return "final" in adjs or ("last" in adjs and year_named)


def h_monthspan(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "the July-September quarter" (Q3), "the January-June half" (H1), "the December
    quarter" (Q4, named by its last month as Australian and New Zealand reports do): months
    that make a calendar quarter or half; the year is the text's, else the latest such span
    by tense."""
    m2 = month_of(m["m2"])
    if m["m1"] is None:
        # "the December quarter", "the June quarter": the calendar quarter that month ends
        if not (m["the"] and m["qh"].lower() == "quarter" and m2 and m2 % 3 == 0):
            return None
        m1: int | None = m2 - 2
    else:
        m1 = month_of(m["m1"])
    if not m1 or not m2:
        return None
    span = m2 - m1 + 1
    if span == 3 and m1 % 3 == 1:
        code = f"Q{(m1 - 1) // 3 + 1}"
    elif span == 6 and m1 in (1, 7):
        code = f"H{1 if m1 == 1 else 2}"
    else:
        return None
    if m["y"]:
        return timex(m, "DATE", f"{m['y']}-{code}", year=int(m["y"]))
    if ctx.dct is None:
        return timex(m, "DATE", f"XXXX-{code}")
    tense = tense_at(ctx.text, m.start(), m.end())
    y = ctx.dct.year if tense == "FUTURE" or m2 < ctx.dct.month else ctx.dct.year - 1
    return timex(m, "DATE", f"{y}-{code}", anchor=ctx.anchor)


def year_before(value: str) -> str:
    return f"{int(value[:4]) - 1}{value[4:]}"


def h_yearadj(m: regex.Match[str], ctx: Context) -> Result | None:
    w = compiled(r"[\s-]+").sub("-", m["w"].lower())
    noun = compiled(r"\s+").sub(" ", (m["noun"] or "").lower())
    start = m.start() if (noun or not m["the"]) else m.start("w")
    end = m.end()
    if ctx.dct is None:
        return timex(m, "DATE", "XXXX", start=start)
    y = ctx.dct.year
    if w == "year-end":
        if noun:
            end = m.end("w")
        return timex(m, "DATE", str(y), "END", ctx.anchor, start=start, end=end)
    if ctx.quarter and noun in ("", "quarter", "period"):
        return timex(m, "DATE", year_before(ctx.quarter), anchor=ctx.anchor, start=start)
    if noun in ("quarter", "period"):
        q = (ctx.dct.month - 1) // 3
        if q == 0:
            return timex(m, "DATE", f"{y - 2}-Q4", anchor=ctx.anchor, start=start)
        return timex(m, "DATE", f"{y - 1}-Q{q}", anchor=ctx.anchor, start=start)
    if noun in ("nine months", "six months"):
        return timex(m, "DURATION", "P9M" if noun.startswith("nine") else "P6M", start=start)
    return timex(m, "DATE", str(y - 1), anchor=ctx.anchor, start=start, end=end)


_THE_YEAR_NEXT = frozenset({"before", "after", "earlier", "later", "ago", "when", "that", "which", "in", "since",
                            "of", "he", "she", "they", "we", "i", "it", "to", "as", "two", "nineteen", "one"})


def h_theunit(m: regex.Match[str], ctx: Context) -> Result | None:
    """``for the year`` / ``the full year`` / ``the fiscal year`` (the reporting year, or a
    one-year period when ``ended``/``ending`` follows), ``over the weekend`` (the nearest
    weekend by tense), ``the latest period`` / ``the 1988 period`` (the fiscal quarter the
    text is about)."""
    if m["yend"]:
        return _unit_end(m, ctx)
    unit = m["unit"].lower()
    adj = (m["adj"] or "").lower()
    pos = compiled(r"\s+").sub(" ", (m["pos"] or "").lower())
    if pos:
        return _the_unit_part(m, ctx, unit, adj, pos)
    if unit in ("month", "decade", "century"):
        return None
    if unit == "week":
        return _the_week(m, ctx, adj)
    if (adj in ("corresponding", "comparable", "same")) != bool(m["ly"]) or (m["ly"] and unit != "period"):
        return None
    if unit == "year":
        return _the_year(m, ctx, adj)
    if unit == "weekend":
        return _the_weekend(m, ctx, adj)
    return _the_period(m, ctx, adj)


def _unit_end(m: regex.Match[str], ctx: Context) -> Result:
    """``by year's end``, ``by the month's end``, ``before week's end``: the end of the
    publication's year, month or week, as ``the end of the year`` is."""
    unit = m["eunit"].lower()
    if ctx.dct is None:
        return timex(m, "DATE", _PART_UNITS[unit], "END")
    y = ctx.dct.year
    val = {"year": str(y), "month": fmt_month(y, ctx.dct.month), "week": fmt_week(ctx.dct)}[unit]
    return timex(m, "DATE", val, "END", ctx.anchor)


def _the_unit_part(m: regex.Match[str], ctx: Context, unit: str, adj: str, pos: str) -> Result | None:
    """``the end of the year``, ``early in the month``, ``by the end of the decade``: a part
    of the reporting year, month, decade or century; ``the end of the week``, ``early in the
    week``: a part of the week of the day the text told last, else of the publication's,
    as ``later in the week`` is that week."""
    if unit not in _PART_UNITS or adj or m["y"] or m["ly"]:
        return None
    if ctx.dct is None:
        return timex(m, "DATE", _PART_UNITS[unit], pos_mod(pos.split(" in")[0]))
    mod = pos_mod(pos.split(" in")[0].replace("the close of", "the end of"))
    if unit == "week":
        told = _told_day(ctx)
        return timex(m, "DATE", fmt_week(told or ctx.dct), mod, ctx.day if told else ctx.anchor)
    y = ctx.dct.year
    val = {"year": str(y), "month": fmt_month(y, ctx.dct.month), "decade": f"{y // 10:03d}", "century": f"{y // 100:02d}"}[unit]
    return timex(m, "DATE", val, mod, ctx.anchor)


#: the units of the reporting time a part of which can be named, and their value with no date
_PART_UNITS = {"year": "XXXX", "month": "XXXX-XX", "decade": "XXX", "century": "XX", "week": "XXXX-WXX"}


def _told_day(ctx: Context) -> dt.date | None:
    """The full date the text told last, or None."""
    try:
        return dt.date.fromisoformat(ctx.day) if ctx.day else None
    except ValueError:
        return None


def _the_week(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """"for the week", "the week's most active session": a week of the reporting year that
    the text does not pin down (TimeBank: YYYY-WXX)."""
    if (adj or m["y"] or m["ly"] or nw_of(ctx.text, m.end()) in _THE_YEAR_NEXT | {"following", "ended", "ending"}
            or prev_word(ctx.text, m.start()).lower() in ("of", "all", "throughout")):
        return None
    return timex(m, "DATE", f"{ctx.dct.year}-WXX" if ctx.dct else "XXXX-WXX", anchor=ctx.anchor)


def _the_year(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """``for the year``, ``the fiscal year``: the reporting year, or a one-year period when
    ``ended``/``ending`` follows; not ``the year's``, nor ``all the year`` alone."""
    nw = next_word(ctx.text, m.end()).lower().rstrip(".")
    if not (m["y"] or adj == "latest") and _ends_at_month(ctx.text, m.end()):
        return timex(m, "DURATION", "P1Y")  # "profits for the year to February", "the year to 31 March"
    if m["y"] or adj == "latest" or nw in _THE_YEAR_NEXT:
        return None
    if compiled(r"\s*(?:'s|\u2019s)").match(ctx.text[m.end() : m.end() + 3]):
        return None
    pw = prev_word(ctx.text, m.start()).lower()
    if pw in ("of", "all", "throughout") and not adj and nw not in ("ended", "ending"):
        if pw != "of" or not compiled(r"(?i)\b(?:months?|half|quarters?|weeks?)\s+of\s*$").search(
                ctx.text[max(0, m.start() - 20) : m.start()]):
            return None
    if nw in ("ended", "ending", "through", "to"):
        return timex(m, "DURATION", "P1Y")
    if ctx.dct is None:
        return timex(m, "DATE", "XXXX")
    return timex(m, "DATE", str(ctx.dct.year), anchor=ctx.anchor)


#: ``to`` and the day or month that ends a reporting period (``the year to March``, ``the
#: year to 31 March``, ``the year to the end of June``), as British reports count it
_TO_MONTH = regex.compile(r"\s+to\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(\p{L}+)")


def _ends_at_month(text: str, end: int) -> bool:
    """Is the period before ``end`` counted back from a month told after ``to``?"""
    m = _TO_MONTH.match(text, end, min(len(text), end + 40))
    return bool(m and month_of(m.group(1)) and (m.group(1)[0].isupper() or m.group(1).lower() != "may"))


def _the_weekend(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """``over the weekend``: the weekend of the article's week, the next one in a future
    clause or after a deadline word not ending a told past (``until``, ``through``), else
    the last one."""
    if adj or m["y"]:
        return None
    if ctx.dct is None:
        return timex(m, "DATE", "XXXX-WXX-WE")
    cur = ctx.dct.isoweekday()
    tense = tense_at(ctx.text, m.start(), m.end())
    if cur >= 6:
        sat = ctx.dct - dt.timedelta(days=cur - 6)
    elif tense in ("FUTURE", DEADLINE) or prev_word(ctx.text, m.start()).lower() in ("until", "before"):
        sat = ctx.dct + dt.timedelta(days=6 - cur)
    else:
        sat = ctx.dct - dt.timedelta(days=cur + 1)
    return timex(m, "DATE", fmt_week(sat) + "-WE", anchor=ctx.anchor)


def _the_period(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """``the latest period``, ``the 1988 period``, ``the year-earlier period``: the fiscal
    quarter the text is about (the one before the article's, unless the text gave one)."""
    if not (adj == "latest" or m["y"] or m["ly"]) or ctx.dct is None:
        return None
    quarter = ctx.quarter
    if quarter is None:
        q = (ctx.dct.month - 1) // 3
        quarter = f"{ctx.dct.year - 1}-Q4" if q == 0 else f"{ctx.dct.year}-Q{q}"
    if m["y"]:
        return timex(m, "DATE", f"{m['y']}-{quarter[5:]}", year=int(m["y"]))
    if m["ly"]:
        return timex(m, "DATE", year_before(quarter), anchor=ctx.anchor)
    return timex(m, "DATE", quarter, anchor=ctx.anchor)
