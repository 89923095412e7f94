"""Calendar dates the text states: ISO and numeric dates, month-day and day-month
(with ranges), a month, a year, a decade or century, years in words, ``April 24 and
25``, ``the week of March 6``; a year left out is found by the clause's tense."""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.grammar import DAY, RB, REL_YEAR, YEAR
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import next_word, prev_word, sentence_start
from newskit_dates.resolve import (
    fmt_date,
    fmt_month,
    fmt_week,
    full_year,
    month_by_tense,
    monthday_by_tense,
    safe_date,
)
from newskit_dates.seasons import season_code
from newskit_dates.tense import NEAREST, tense_at
from newskit_dates.told_years import year_of_rel, year_of_told_month
from newskit_dates.vocabulary import compiled, day_number, month_of, numbers, pos_mod, word_set

__all__ = [
    "h_dayconj", "h_daylist", "h_decade", "h_dmy", "h_iso", "h_mdy", "h_month", "h_numeric", "h_weekof",
    "h_wordyear", "h_year", "year_of_month",
]


def _zone(m: regex.Match[str]) -> str:
    z = m.groupdict().get("zone")
    if z:
        return str(lexicon()["zones"].get(z, ""))
    off = m.groupdict().get("off")
    if off:
        if off == "Z":
            return "+00:00"
        return str(off) if ":" in off else str(off[:3]) + ":" + str(off[3:])
    return ""


def h_iso(m: regex.Match[str], ctx: Context) -> Result | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["H"] is not None:
        h = int(m["H"])
        if h > 24:
            return None
        return timex(m, "TIME", f"{fmt_date(d)}T{h:02d}:{m['M']}{_zone(m)}", year=d.year)
    return timex(m, "DATE", fmt_date(d), year=d.year)


def h_numeric(m: regex.Match[str], ctx: Context) -> Result | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    y = int(ys)
    if len(ys) == 2:
        y += 1900 if y >= 50 else 2000
    if a <= 12:
        mo, d = a, b
    elif b <= 12:
        mo, d = b, a
    else:
        return None
    day = safe_date(y, mo, d)
    if day is None or not 1800 <= y <= 2100:
        return None
    return timex(m, "DATE", fmt_date(day), year=y)


@cache
def _paired_day_year() -> regex.Pattern[str]:
    """A second day of the month joined to a date (``to 15``, ``and 22``) and the year told
    after it (``, 2025``, ``last year``, ``of that year``): the year of both days."""
    joins = "|".join(sorted(["and", "or", "&", *lexicon()["day_range_joins"]], key=len, reverse=True))
    return compiled(r"\s+(?:" + joins + r")\s+" + DAY + r"(?:,?\s+(?P<y>" + YEAR + r")" + RB + r"|" + REL_YEAR + r")")


def _year_for_monthday(m: regex.Match[str], ctx: Context, mo: int, d: int,
                       end: int | None = None) -> tuple[str, str | None, int | None]:
    """(year text, anchor, explicit year); ``end``: where the phrase whose clause tells the
    tense ends, when the match is a part of it (a day before its month told once). A date
    without a year whose paired day has one (``February 14 to 15, 2025``, ``December 8 and
    10 last year``) is in that year."""
    if m["y"]:
        return m["y"], None, int(m["y"])
    rel = year_of_rel(m.groupdict().get("rel"), ctx)
    if rel is not None:
        return str(rel[0]), rel[1], None
    pair = ctx.ahead(_paired_day_year(), m.end()) if "d1" in m.re.groupindex and m.groupdict().get("d1") else None
    if pair is not None and pair["y"]:
        return pair["y"], None, int(pair["y"])
    rel = year_of_rel(pair["rel"], ctx) if pair is not None else None
    if rel is not None:
        return str(rel[0]), rel[1], None
    if ctx.dct is None:
        return "XXXX", None, None
    tense = tense_at(ctx.text, m.start(), m.end() if end is None else end)
    year = monthday_by_tense(ctx.dct, mo, d, tense)
    told = _year_of_the_telling(m, ctx, mo, d, year)
    if told is not None:
        return told
    return str(year), ctx.anchor, None


#: how many days after a full date told a bare day may fall and still be of its telling
#: (a season's news: ``the strike began on June 2, 2019 ... on Aug. 20 it ended``)
_TELLING_DAYS = 92


def _year_of_the_telling(m: regex.Match[str], ctx: Context, mo: int, d: int,
                         year: int) -> tuple[str, str | None, int | None] | None:
    """A bare day told in the sentence of a full date of another year, or in the next one,
    and falling after that date within a season, is in that date's year (``The strike
    began on June 2, 2019, and on June 9 the union signed``: 2019-06-09, not the June 9
    before publication); a day before the told date, or months after it, is left to the
    tense (``founded on March 2, 2001, it said on Feb. 3``)."""
    told = ctx.told_full_date(m.start())
    if told is None or told.year == year:
        return None
    day = safe_date(told.year, mo, d)
    if day is None or not 0 < (day - told).days <= _TELLING_DAYS:
        return None
    return str(told.year), told.isoformat(), None


def _monthday(m: regex.Match[str], ctx: Context) -> Result | None:
    mo = month_of(m["mon"])
    got = m.groupdict()
    d1 = day_number(got["d1"] or got.get("dt") or got["dw"])
    if not mo:
        return None
    ys, anchor, explicit = _year_for_monthday(m, ctx, mo, d1)
    if m.groupdict().get("wd") and not m["y"] and ys.isdigit():
        want = int(lexicon()["weekdays"][m["wd"].lower()])
        base = int(ys)
        for cand in (base, base - 1, base + 1):
            dd = safe_date(cand, mo, d1)
            if dd is not None and dd.isoweekday() == want:
                ys = str(cand)
                break
    y = int(ys) if ys.isdigit() else 2000
    if safe_date(y, mo, d1) is None:
        return None
    start = f"{ys}-{mo:02d}-{d1:02d}"
    if m["d2"]:
        mo2 = month_of(m["mon2"]) if m.groupdict().get("mon2") else mo
        d2 = day_number(m["d2"])
        y2 = y + 1 if mo2 < mo else y
        if not mo2 or safe_date(y2, mo2, d2) is None or (mo2 == mo and d2 <= d1):
            return None
        ys2 = str(y2) if ys.isdigit() else "XXXX"
        return timex(m, "DATE", f"{start}/{ys2}-{mo2:02d}-{d2:02d}", anchor=anchor, year=explicit)
    return timex(m, "DATE", start, anchor=anchor, year=explicit)


def h_mdy(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["mon"][:3] in ("May", "MAY", "Mar", "MAR") and not m["y"]:
        pw = prev_word(ctx.text, m.start())
        if (pw[:1].isupper() and not pw.isupper() and pw.lower() not in word_set("month_prev_ok")
                and not sentence_start(ctx.text, m.start())):
            return None
    return _monthday(m, ctx)


def h_dmy(m: regex.Match[str], ctx: Context) -> Result | None:
    return _monthday(m, ctx)


def h_month(m: regex.Match[str], ctx: Context) -> Result | None:
    """``July 2000``, ``last September``, ``that May``, ``mid-June``: a month of the year the
    text states, else of the year its determiner or the clause's tense points to; a bare
    month only where it is no name or modal (``April Ryan``, ``may``)."""
    mo = month_of(m["mon"])
    if not mo:
        return None
    det = compiled(r"\s+").sub(" ", (m["det"] or "").lower())
    pos = (m["pos"] or "").lower()
    mod = pos_mod(pos) or pos_mod(det)
    bare = not (m["y"] or m["rel"] or det or pos)
    if bare and _no_bare_month(m, ctx.text):
        return None
    if m["y"]:
        y = int(m["y"])
        return timex(m, "DATE", fmt_month(y, mo), mod, year=y)
    if not m["rel"] and compiled(r"\s*\d").match(ctx.text[m.end() : m.end() + 3]):
        return None  # "last Oct. 23" is left to the month-day family
    rel = year_of_rel(m["rel"], ctx)
    if rel is not None:
        return timex(m, "DATE", fmt_month(rel[0], mo), mod, rel[1])
    told = _month_of_told_time(m, ctx, mo, det)
    if told is not None:
        return timex(m, "DATE", fmt_month(told[0], mo), mod, told[1])
    if ctx.dct is None:
        if det == "that" and ctx.focus:
            return timex(m, "DATE", fmt_month(ctx.focus, mo), mod, anchor=str(ctx.focus))
        return timex(m, "DATE", f"XXXX-{mo:02d}", mod)
    if det == "that" and ctx.focus:
        return timex(m, "DATE", fmt_month(ctx.focus, mo), mod, anchor=str(ctx.focus))
    return timex(m, "DATE", fmt_month(_month_year(m, ctx, ctx.dct, mo, det, bare), mo), mod, ctx.anchor)


_THE_BEFORE = regex.compile(r"(?i)\bthe\s+$")


def _month_of_told_time(m: regex.Match[str], ctx: Context, mo: int, det: str) -> tuple[int, str] | None:
    """(year, anchor) of ``the following February``, ``the previous April`` (``the next
    January`` told in a clause that does not look ahead, as ``the next year`` is): with
    ``the``, the determiner steps from the time the text told last, not from the
    publication's (``next February`` alone); None without ``the`` or a time told."""
    steps = lexicon()["told_unit_steps"]
    if det not in steps and det != "next":
        return None
    if _THE_BEFORE.search(ctx.text, max(0, m.start("det") - 12), m.start("det")) is None:
        return None
    if det == "next" and tense_at(ctx.text, m.start(), m.end()) == "FUTURE":
        return None
    return year_of_told_month(ctx, mo, int(steps.get(det, 1)))


def year_of_month(m: regex.Match[str], ctx: Context, mo: int) -> tuple[int, str | None] | None:
    """(year, anchor) of a month a phrase names with a day in it (``the last day of
    August``): the year told, ``last year`` / ``that year``, else the clause's tense's; None
    without a publication date."""
    if m["y"]:
        return int(m["y"]), None
    rel = year_of_rel(m["rel"], ctx)
    if rel is not None:
        return rel
    if ctx.dct is None:
        return None
    return _month_year(m, ctx, ctx.dct, mo, "", bare=False), ctx.anchor


def _no_bare_month(m: regex.Match[str], text: str) -> bool:
    """A month word alone that names no month: a given name before a surname (``April
    Ryan``), ``May``/``March`` (a modal, a verb) or an abbreviation without a word that
    takes a month before it, a capitalised word before it inside a sentence."""
    pw = prev_word(text, m.start())
    nw = next_word(text, m.end())
    if nw[:1].isupper() and not nw.isupper():
        return True  # a name: "April Ryan", "June Carter"
    if m["mon"].rstrip(".") in ("May", "March", "MAY", "MARCH", "Mar", "MAR") or m["mon"].endswith("."):
        return pw.lower() not in word_set("month_prev_ok") and not _premodifier(text, m)
    return pw[:1].isupper() and pw.lower() not in word_set("month_prev_ok") and not sentence_start(text, m.start())


def _month_year(m: regex.Match[str], ctx: Context, dct: dt.date, mo: int, det: str, bare: bool) -> int:
    """The year of a month without one: the determiner's (``last``, ``next``, ``this``), the
    nearest for a month that names a thing (``her July tour``), else by the clause's tense."""
    if det in ("last", "past", "previous"):
        return month_by_tense(dct, mo, "PAST", strict=True)
    if det in ("next", "coming", "following"):
        return month_by_tense(dct, mo, "FUTURE", strict=True)
    if det == "this":
        return dct.year
    if bare and _premodifier(ctx.text, m):
        return month_by_tense(dct, mo, NEAREST)
    return month_by_tense(dct, mo, tense_at(ctx.text, m.start(), m.end()))


_POSSESSIVE = ("'s", "\u2019s")


def _premodifier(text: str, m: regex.Match[str]) -> bool:
    """A month between a determiner or possessive and a noun ("her July tour", "the August
    final", "the firm's June offering"): it names a thing by its month, and the clause's
    verb is about the thing ("cancelled her July tour"), so it gives the month no tense."""
    pw = prev_word(text, m.start()).lower()
    nw = next_word(text, m.end()).rstrip(".")
    if not (pw in word_set("premodifier_month_before") or pw.endswith(_POSSESSIVE)):
        return False
    if not compiled(r"\p{Ll}+").fullmatch(nw) or nw in word_set("premodifier_month_not_next"):
        return False
    # after a preposition of time the phrase places the clause's event ("displayed during
    # their September summit"): the verb's tense is the month's
    before = compiled(r"([\p{L}]+)\s+(?:[\p{L}'\u2019]+\s+)?$").search(text, max(0, m.start() - 40), m.start())
    return not (before and before.group(1).lower() in word_set("premodifier_month_time_prepositions"))


def h_decade(m: regex.Match[str], ctx: Context) -> Result | None:
    # TimeML writes a decade as its first three digits ("199"), a century as its first two
    if (m["apos"] or m["apos2"]) and not (m["the"] or m["pos"]):
        return None  # "2010's best film": a year's possessive
    if m["cent"]:
        n = int(m["cent"])
        return timex(m, "DATE", f"{n - 1:02d}", pos_mod(m["pos"])) if 1 <= n <= 21 else None
    if m["c"]:
        val = m["c"]
        if val.endswith("0") and int(val[:2]) < 20:
            val = val[:2]  # "the 1800s" is the nineteenth century, not 1800-1809 ("the 2000s" is a decade)
    else:
        s = int(m["s"])
        val = f"{'20' if s <= 2 else '19'}{s}"
    return timex(m, "DATE", val, pos_mod(m["pos"]))


_YEAR_PRE = regex.compile(r"\s+")


def h_year(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["fy"]:
        # "FY26": a fiscal year told by its last two digits, the one nearest the publication
        y = full_year(int(m["fy"]), ctx.dct)
        return timex(m, "DATE", str(y), year=y)
    y = int(m["y"])
    pre = _YEAR_PRE.sub(" ", (m["pre"] or "").lower())
    text = ctx.text
    if not pre:
        if not 1600 <= y <= 2100:
            return None
        nw = next_word(text, m.end())
        if nw.lower() in word_set("quantity_nouns"):
            return None
        pw = prev_word(text, m.start())
        if (pw[:1].isupper() and pw.lower() not in word_set("model_prev_ok") and not pw.endswith(("'s", "\u2019s"))
                and not sentence_start(text, m.start())):
            return None  # a model or product name: "Windows 2000"
        if compiled(r"\s*(?:,\d|\d)").match(text[m.end() : m.end() + 3]):
            return None
    if m["y2"]:
        y2s = m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if len(y2s) == 2 and 1 <= int(y2s) <= 12 and y2 != y + 1:
            return None  # "2024-06" is a month, left to the ISO family
        if not y < y2 <= y + 50:
            return None
        return timex(m, "DATE", f"{y}/{y2}", year=y2)
    mod = None
    val = str(y)
    if pre.startswith("the end") or pre == "late" or pre == "the late":
        mod = "END"
    elif pre.startswith(("the beginning", "the start")) or pre in ("early", "the early"):
        mod = "START"
    elif pre.startswith("the middle") or pre == "mid":
        mod = "MID"
    elif "half" in pre:
        val = f"{y}-H{'1' if 'first' in pre else '2'}"
    elif pre.removeprefix("the ").split(" ")[0] in ("spring", "summer", "fall", "autumn", "winter"):
        val = f"{y}-{season_code(pre.removeprefix('the ').split(' ')[0])}"  # "(the) summer of 2017"
    return timex(m, "DATE", val, mod, year=y)


def h_wordyear(m: regex.Match[str], ctx: Context) -> Result | None:
    """A year or a decade written in words."""
    nums = numbers()
    if m["dec"]:
        tens = int(nums.get(m["dec"].lower()[:-3] + "y", 0))
        if not 20 <= tens <= 90:
            return None
        return timex(m, "DATE", f"19{tens // 10}", pos_mod(m["pos"]))
    if m["tt"]:
        if not (m["pre"] or m["mon"] or m["season"]):
            return None  # "two thousand troops": a number
        y = 2000 + (int(nums[m["ones2"].lower()]) if m["ones2"] else 0)
    else:
        rest = int(nums[m["teen"].lower()]) if m["teen"] else int(nums[m["tens"].lower()]) + (
            int(nums[m["ones"].lower()]) if m["ones"] else 0)
        y = 1900 + rest
        if not (m["pre"] or m["mon"] or m["season"]):
            pw = prev_word(ctx.text, m.start()).lower()
            written = next_word(ctx.text, m.end())
            nw = written.lower()
            if pw not in ("in", "since", "until", "by", "of", "from", "to", "and", "before", "after", "through",
                          "during", "early", "late", "mid") or (
                    nw[:1].isalpha() and nw not in word_set("year_next_ok") and not written[:1].isupper()):
                return None  # "in nineteen ninety-one cases" counts; "In nineteen ninety-one Charles Keating ..."
    if m["mon"]:
        mo = month_of(m["mon"])
        return timex(m, "DATE", fmt_month(y, mo), year=y) if mo else None
    if m["season"]:
        return timex(m, "DATE", f"{y}-{season_code(m['season'])}", year=y)
    return timex(m, "DATE", str(y), year=y)


def h_dayconj(m: regex.Match[str], ctx: Context) -> Result | None:
    """The second day of "April 24 and 25": the month (and year) of the first."""
    mo, d = month_of(m["mon"]), day_number(m["d1"])
    if not mo:
        return None
    ys, anchor, explicit = _year_for_monthday(m, ctx, mo, d)
    y = int(ys) if ys.isdigit() else 2000
    if safe_date(y, mo, d) is None:
        return None
    return timex(m, "DATE", f"{ys}-{mo:02d}-{d:02d}", anchor=anchor, year=explicit)


def h_daylist(m: regex.Match[str], ctx: Context) -> Result | None:
    """A day before its month told once (``from 2 to 9 September``, ``on 6, 7 and 8 May``):
    that month, in the year of the last day, the one the month follows."""
    mo, d, last = month_of(m["mon"]), day_number(m["d1"]), day_number(m["dl"])
    if not mo or last <= d:
        return None  # "from 28 to 3 May" tells no range of one month
    ys, anchor, explicit = _year_for_monthday(m, ctx, mo, last, end=m.end("mon"))
    if safe_date(int(ys) if ys.isdigit() else 2000, mo, d) is None:
        return None
    return timex(m, "DATE", f"{ys}-{mo:02d}-{d:02d}", anchor=anchor, year=explicit)


def h_weekof(m: regex.Match[str], ctx: Context) -> Result | None:
    """"the week of March 6": the ISO week holding that day."""
    mo, d = month_of(m["mon"]), day_number(m["d1"])
    if not mo:
        return None
    ys, anchor, explicit = _year_for_monthday(m, ctx, mo, d)
    day = safe_date(int(ys), mo, d) if ys.isdigit() else None
    if day is None:
        return timex(m, "DATE", "XXXX-WXX") if not ys.isdigit() else None
    return timex(m, "DATE", fmt_week(day), anchor=anchor, year=explicit)
