"""Normalisation: one handler per pattern family turns a match into a TIMEX3
(type, value, mod), anchored on the publication date when the expression is relative."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import regex

from newskit_dates.lexicon import lexicon
from newskit_dates.rates import is_rate, rate_start
from newskit_dates.resolve import (
    add_months,
    fmt_date,
    fmt_month,
    fmt_week,
    month_by_tense,
    monthday_by_tense,
    safe_date,
    weekday_by_tense,
)
from newskit_dates.tense import DEADLINE, NEAREST, tense_at

__all__ = ["Context", "Result", "handle"]

Match = "regex.Match[str]"


#: the end of a sentence between two mentions (not the dots of "a.m.", "p.m.")
_SENTENCE_END = regex.compile(r"(?<![ap]\.m|\b[A-Z])[.!?][\"'\u201d\u2019]?\s+(?=[\p{Lu}\"\u201c])|\n")


@dataclass
class Context:
    """What a handler may look at: the text, the anchor and the narrative focus year."""

    text: str
    dct: dt.date | None = None
    focus: int | None = None  # the last explicitly stated year ("that May")
    quarter: str | None = None  # the last fiscal quarter mentioned (earnings reports)
    month: str | None = None  # the last month stated with its year resolved ("YYYY-MM")
    day: str | None = None  # the last full date stated ("YYYY-MM-DD"): "the same day"
    day_end: int = 0  # where the mention that stated ``day`` ends
    #: the publication's time of day (hour, minute) when the article gives one: a past clock
    #: time later than it was on the day before ("was killed shortly after 11 p.m.", 09:10)
    published_at: tuple[int, int] | None = None
    earlier_day: str | None = None  # the last full date stated before the publication day

    def day_in_sentence(self, start: int) -> dt.date | None:
        """The day stated earlier in the sentence that holds ``start`` (a bare "at 7 p.m."
        after "opened at 7 a.m. Sunday" is on that Sunday), else None."""
        if self.day is None or self.day_end > start or _SENTENCE_END.search(self.text, self.day_end, start):
            return None
        try:
            return dt.date.fromisoformat(self.day)
        except ValueError:
            return None

    @property
    def anchor(self) -> str | None:
        return fmt_date(self.dct) if self.dct else None


@dataclass(frozen=True)
class Result:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    year: int | None = None  # an explicit year this mention states (sets the focus)


@cache
def _rx(pattern: str) -> regex.Pattern[str]:
    """A compiled pattern, compiled once."""
    return regex.compile(pattern)


@cache
def _months() -> dict[str, int]:
    return {k: int(v) for k, v in lexicon()["months"].items()}


@cache
def _numbers() -> dict[str, float]:
    return {k: float(v) for k, v in lexicon()["numbers"].items()}


@cache
def _sets(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()[key])


def month_of(word: str) -> int:
    return _months().get(word.lower().rstrip(".").strip(), 0)


_NUM_SPLIT = regex.compile(r"[\s\-]+")


def number_of(raw: str) -> float | None:
    """The value of a number written in digits or words; None when unknown."""
    s = raw.lower().strip().replace("-and-a-half", " and a half")
    if not s:
        return None
    if s.endswith("\u00bd") and s[:-1].isdigit():
        return int(s[:-1]) + 0.5  # "2\u00bd years"
    if s[0].isdigit():
        parts = s.split()
        try:
            val = float(Decimal(parts[0].replace(",", "")))
        except ArithmeticError:
            return None
        if len(parts) > 1 and "/" in parts[1]:
            a, _, b = parts[1].partition("/")
            if b.isdigit() and a.isdigit() and int(b):
                val += int(a) / int(b)
        return val
    half = 0.0
    if s.endswith("and a half"):
        half = 0.5
        s = s[: -len("and a half")].strip()
    nums = _numbers()
    s = _rx(r"\s+").sub(" ", s)
    if s in nums:
        return nums[s] + half
    total = 0.0
    for w in _NUM_SPLIT.split(s):
        if w not in nums:
            return None
        total += nums[w]
    return total + half


_UNIT_CODE = {"S": "S", "M": "M", "H": "H", "D": "D", "W": "W", "Y": "Y", "E": "E", "C": "C", "Q": "Q"}


def unit_code(raw: str) -> tuple[str, float] | None:
    """(TIMEX unit letter, multiplier) for a unit word: ``minutes`` -> (``TM``, 1)."""
    w = _rx(r"\s+").sub(" ", raw.lower())
    units: dict[str, str] = lexicon()["units"]
    plurals: dict[str, str] = lexicon()["unit_plurals"]
    base = None
    if w in units:
        base = w
    else:
        for k, p in plurals.items():
            if p == w:
                base = k
        if base is None and w.endswith("s") and w[:-1] in units:
            base = w[:-1]
    if base is None:
        return None
    code = units[base]
    if base == "minute":
        return "TM", 1
    if base in ("hour", "second"):
        return "T" + code, 1
    if code == "2W":
        return "W", 2
    if code == "E":
        return "Y", 10
    if code == "C":
        return "Y", 100
    return code, 1


def duration_value(n: float | None, code: str, *, decimal: bool = False) -> str:
    """``P24Y``, ``PT3H``, ``PXY``; fractions go down a unit where exact (``P2Y6M``,
    ``PT30M``, "a quarter of a century" ``P25Y``). With ``decimal`` (a spelled-out "X and a
    half"), calendar units keep the decimal as TimeML writes "a year and a half": ``P1.5Y``."""
    time = code.startswith("T")
    u = code[-1]
    pre = "PT" if time else "P"
    if n is None:
        return f"{pre}X{u}"
    n = round(n, 6)
    if n == int(n):
        return f"{pre}{int(n)}{u}"
    if decimal and not time:
        return f"{pre}{n:g}{u}"
    whole, frac = int(n), n - int(n)
    sub = {"Y": (12, "M", False), "M": (30, "D", False), "D": (24, "H", True), "W": (7, "D", False)}
    if time and u in ("H", "M"):
        low = "M" if u == "H" else "S"
        return f"PT{whole}{u}{round(frac * 60)}{low}" if whole else f"PT{round(frac * 60)}{low}"
    if u in sub and not time:
        k, su, stime = sub[u]
        part = frac * k
        if part == int(part):
            head = f"P{whole}{u}" if whole else "P"
            return head + ("T" if stime else "") + f"{int(part)}{su}"
    return f"{pre}{n:g}{u}"


_MODS: dict[str, str] = {}


def mod_of(raw: str | None) -> str | None:
    if not raw:
        return None
    m: dict[str, str] = lexicon()["mods"]
    return m.get(_rx(r"\s+").sub(" ", raw.lower()))


_POS = {"early": "START", "earlier": None, "mid": "MID", "late": "END", "later": None,
        "the end of": "END", "the beginning of": "START", "the start of": "START",
        "the middle of": "MID", "the rest of": None}


def pos_mod(raw: str | None) -> str | None:
    if not raw:
        return None
    return _POS.get(_rx(r"\s+").sub(" ", raw.lower()))


def _prev_word(text: str, start: int) -> str:
    m = _rx(r"([\p{L}'.]+)[\s,]*$").search(text[max(0, start - 30) : start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = _rx(r"[ \t]+([\p{L}'.]+)").match(text[end : end + 30])
    return m.group(1) if m else ""


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\n"


# ------------------------------------------------------------------ handlers

Handler = Callable[["regex.Match[str]", Context], "Result | None"]


def _res(m: regex.Match[str], typ: str, value: str, mod: str | None = None, anchor: str | None = None,
         year: int | None = None, start: int | None = None, end: int | None = None) -> Result:
    return Result(m.start() if start is None else start, m.end() if end is None else end,
                  typ, value, mod, anchor, year)


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
        return _res(m, "TIME", f"{fmt_date(d)}T{h:02d}:{m['M']}{_zone(m)}", year=d.year)
    return _res(m, "DATE", fmt_date(d), year=d.year)


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
    return _res(m, "DATE", fmt_date(day), year=y)


def _year_for_monthday(m: regex.Match[str], ctx: Context, mo: int, d: int) -> tuple[str, str | None, int | None]:
    """(year text, anchor, explicit year)."""
    if m["y"]:
        return m["y"], None, int(m["y"])
    rel = m.groupdict().get("rel")
    if ctx.dct is None:
        return "XXXX", None, None
    if rel:
        off = {"last": -1, "this": 0, "next": 1}[rel.lower()]
        return str(ctx.dct.year + off), ctx.anchor, None
    tense = tense_at(ctx.text, m.start(), m.end())
    return str(monthday_by_tense(ctx.dct, mo, d, tense)), ctx.anchor, None


def _day(raw: str) -> int:
    return int(_rx(r"\D").sub("", raw))


def _monthday(m: regex.Match[str], ctx: Context) -> Result | None:
    mo = month_of(m["mon"])
    d1 = _day(m["d1"])
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
        d2 = _day(m["d2"])
        y2 = y + 1 if mo2 < mo else y
        if not mo2 or safe_date(y2, mo2, d2) is None or (mo2 == mo and d2 <= d1):
            return None
        ys2 = str(y2) if ys.isdigit() else "XXXX"
        return _res(m, "DATE", f"{start}/{ys2}-{mo2:02d}-{d2:02d}", anchor=anchor, year=explicit)
    return _res(m, "DATE", start, anchor=anchor, year=explicit)


def h_mdy(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["mon"][:3] in ("May", "MAY", "Mar", "MAR") and not m["y"]:
        pw = _prev_word(ctx.text, m.start())
        if (pw[:1].isupper() and not pw.isupper() and pw.lower() not in _sets("month_prev_ok")
                and not _sentence_start(ctx.text, m.start())):
            return None
    return _monthday(m, ctx)


def h_dmy(m: regex.Match[str], ctx: Context) -> Result | None:
    return _monthday(m, ctx)


def h_month(m: regex.Match[str], ctx: Context) -> Result | None:
    mo = month_of(m["mon"])
    if not mo:
        return None
    det = (m["det"] or "").lower()
    det = _rx(r"\s+").sub(" ", det)
    pos = (m["pos"] or "").lower()
    mod = pos_mod(pos) or pos_mod(det)
    bare = not (m["y"] or m["rel"] or det or pos)
    text = ctx.text
    if bare:
        pw = _prev_word(text, m.start())
        nw = _next_word(text, m.end())
        if nw[:1].isupper() and not nw.isupper():
            return None  # a name: "April Ryan", "June Carter"
        if m["mon"].rstrip(".") in ("May", "March", "MAY", "MARCH", "Mar", "MAR") or m["mon"].endswith("."):
            if pw.lower() not in _sets("month_prev_ok") and not _premodifier(text, m):
                return None
        elif pw[:1].isupper() and pw.lower() not in _sets("month_prev_ok") and not _sentence_start(text, m.start()):
            return None
    if m["y"]:
        y = int(m["y"])
        return _res(m, "DATE", fmt_month(y, mo), mod, year=y)
    if not m["rel"] and _rx(r"\s*\d").match(text[m.end() : m.end() + 3]):
        return None  # "last Oct. 23" is left to the month-day family
    if ctx.dct is None:
        if det == "that" and ctx.focus:
            return _res(m, "DATE", fmt_month(ctx.focus, mo), mod, anchor=str(ctx.focus))
        return _res(m, "DATE", f"XXXX-{mo:02d}", mod)
    if m["rel"]:
        off = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return _res(m, "DATE", fmt_month(ctx.dct.year + off, mo), mod, ctx.anchor)
    if det == "that" and ctx.focus:
        return _res(m, "DATE", fmt_month(ctx.focus, mo), mod, anchor=str(ctx.focus))
    if det in ("last", "past", "previous"):
        y = month_by_tense(ctx.dct, mo, "PAST", strict=True)
    elif det in ("next", "coming", "following"):
        y = month_by_tense(ctx.dct, mo, "FUTURE", strict=True)
    elif det == "this":
        y = ctx.dct.year
    elif bare and _premodifier(text, m):
        y = month_by_tense(ctx.dct, mo, NEAREST)
    else:
        y = month_by_tense(ctx.dct, mo, tense_at(text, m.start(), m.end()))
    return _res(m, "DATE", fmt_month(y, mo), mod, ctx.anchor)


_POSSESSIVE = ("'s", "\u2019s")


def _premodifier(text: str, m: regex.Match[str]) -> bool:
    """A month between a determiner or possessive and a noun ("her July tour", "the August
    final", "the firm's June offering"): it names a thing by its month, and the clause's
    verb is about the thing ("cancelled her July tour"), so it gives the month no tense."""
    pw = _prev_word(text, m.start()).lower()
    nw = _next_word(text, m.end()).rstrip(".")
    if not (pw in _sets("premodifier_month_before") or pw.endswith(_POSSESSIVE)):
        return False
    if not _rx(r"\p{Ll}+").fullmatch(nw) or nw in _sets("premodifier_month_not_next"):
        return False
    # after a preposition of time the phrase places the clause's event ("displayed during
    # their September summit"): the verb's tense is the month's
    before = _rx(r"([\p{L}]+)\s+(?:[\p{L}'\u2019]+\s+)?$").search(text, max(0, m.start() - 40), m.start())
    return not (before and before.group(1).lower() in _sets("premodifier_month_time_prepositions"))


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_code(word: str) -> str:
    return str(lexicon()["seasons"][word.lower()])


def _season_index(d: dt.date) -> tuple[int, str]:
    """(season year, code) of the season a date falls in (winter belongs to its December)."""
    mo = d.month
    if mo in (12, 1, 2):
        return (d.year if mo == 12 else d.year - 1), "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(mo, "FA")


def _season_year(dct: dt.date, code: str, det: str) -> int:
    cy, cc = _season_index(dct)
    order = ["SP", "SU", "FA", "WI"]
    ci, ti = order.index(cc), order.index(code)
    if det in ("last", "past", "previous"):
        return cy if ti < ci else cy - 1
    if det in ("next", "coming", "following"):
        return cy if ti > ci else cy + 1
    return cy


def h_relunit(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["unit"][:1].isupper() and m["det"][:1].isupper() and not m.group().isupper():
        before = ctx.text[max(0, m.start() - 2) : m.start()].rstrip()
        if before[-1:] in ("\"", "\u201c", "'", "\u2018") or _next_word(ctx.text, m.end())[:1].isupper():
            return None  # a title: ABC's "This Week", "Next Year in Jerusalem"
    det = m["det"].lower()
    unit = m["unit"].lower()
    pos = _rx(r"\s+").sub(" ", (m["pos"] or "").lower())
    mod = pos_mod(pos)
    if det in ("same", "prior") and unit != "year":
        return None
    if ctx.dct is None:
        vague = {"last": "PAST_REF", "past": "PAST_REF", "previous": "PAST_REF", "next": "FUTURE_REF",
                 "coming": "FUTURE_REF", "following": "FUTURE_REF"}.get(det, "PRESENT_REF")
        return _res(m, "DATE", vague, mod)
    d = ctx.dct
    off = {"last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1, "next": 1, "coming": 1,
           "following": 1}.get(det, 0)
    if det == "that" and ctx.quarter and unit == "quarter":
        return _res(m, "DATE", ctx.quarter, mod, anchor=ctx.anchor)
    if det in ("following", "previous", "prior") and ctx.month and unit == "month" and m.group().lower().startswith("the"):
        # "the following month": relative to the month the text last named
        y, mo = add_months(int(ctx.month[:4]), int(ctx.month[5:7]), 1 if det == "following" else -1)
        return _res(m, "DATE", fmt_month(y, mo), mod, anchor=ctx.month)
    if det in ("following", "previous", "prior") and ctx.focus and unit == "year" and m.group().lower().startswith("the"):
        # "the following year", "the previous year": relative to the year the text is about
        y = ctx.focus + (1 if det == "following" else -1)
        return _res(m, "DATE", str(y), mod, anchor=str(ctx.focus), year=y)
    if det == "that" and ctx.focus and unit == "year":
        return _res(m, "DATE", str(ctx.focus), mod, anchor=str(ctx.focus))
    if unit == "week" and ctx.day and (det == "that" or (det in ("following", "previous", "prior")
                                                           and m.group().lower().startswith("the"))):
        # "later that week", "the following week": the week of the day the text last named
        step = {"following": 1, "previous": -1, "prior": -1}.get(det, 0)
        w = dt.date.fromisoformat(ctx.day) + dt.timedelta(days=7 * step)
        return _res(m, "DATE", fmt_week(w), mod, anchor=ctx.day)
    if det == "that" and ctx.month and unit == "month":
        return _res(m, "DATE", ctx.month, mod, anchor=ctx.month)  # "later that month"
    if det in ("past", "coming") and m.group().lower().startswith("the") and unit in ("decade", "century"):
        return _res(m, "DURATION", "P10Y" if unit == "decade" else "P100Y", mod, None)
    a = ctx.anchor
    if unit == "week":
        return _res(m, "DATE", fmt_week(d + dt.timedelta(days=7 * off)), mod, a)
    if unit == "weekend":
        return _res(m, "DATE", fmt_week(d + dt.timedelta(days=7 * off)) + "-WE", mod, a)
    if unit == "month":
        y, mo = add_months(d.year, d.month, off)
        return _res(m, "DATE", fmt_month(y, mo), mod, a)
    if unit == "year":
        return _res(m, "DATE", str(d.year + off), mod, a)
    if unit == "quarter":
        q = (d.month - 1) // 3 + off
        y = d.year + q // 4
        return _res(m, "DATE", f"{y}-Q{q % 4 + 1}", mod, a)
    if unit == "decade":
        return _res(m, "DATE", f"{(d.year // 10 + off):03d}", mod, a)
    if unit == "century":
        return _res(m, "DATE", f"{(d.year // 100 + off):02d}", mod, a)
    code = _season_code(unit)
    return _res(m, "DATE", f"{_season_year(d, code, det)}-{code}", mod, a)


def h_decade(m: regex.Match[str], ctx: Context) -> Result | None:
    # TimeML writes a decade as its first three digits ("199"), a century as its first two
    if m["cent"]:
        n = int(m["cent"])
        return _res(m, "DATE", f"{n - 1:02d}", pos_mod(m["pos"])) if 1 <= n <= 21 else None
    if m["c"]:
        val = m["c"]
        if val.endswith("0") and int(val[:2]) < 20:
            val = val[:2]  # "the 1800s" is the nineteenth century, not 1800-1809 ("the 2000s" is a decade)
    else:
        s = int(m["s"])
        val = f"{'20' if s <= 2 else '19'}{s}"
    return _res(m, "DATE", val, pos_mod(m["pos"]))


_YEAR_PRE = regex.compile(r"\s+")


def h_year(m: regex.Match[str], ctx: Context) -> Result | None:
    y = int(m["y"])
    pre = _YEAR_PRE.sub(" ", (m["pre"] or "").lower())
    text = ctx.text
    if not pre:
        if not 1600 <= y <= 2100:
            return None
        nw = _next_word(text, m.end())
        if nw.lower() in _sets("quantity_nouns"):
            return None
        pw = _prev_word(text, m.start())
        if (pw[:1].isupper() and pw.lower() not in _sets("model_prev_ok") and not pw.endswith(("'s", "\u2019s"))
                and not _sentence_start(text, m.start())):
            return None  # a model or product name: "Windows 2000"
        if _rx(r"\s*(?:,\d|\d)").match(text[m.end() : m.end() + 3]):
            return None
    if m["y2"]:
        y2s = m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if len(y2s) == 2 and 1 <= int(y2s) <= 12 and y2 != y + 1:
            return None  # "2024-06" is a month, left to the ISO family
        if not y < y2 <= y + 50:
            return None
        return _res(m, "DATE", f"{y}/{y2}", year=y2)
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
        val = f"{y}-{_season_code(pre.removeprefix('the ').split(' ')[0])}"  # "(the) summer of 2017"
    return _res(m, "DATE", val, mod, year=y)


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def h_quarter(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["qn"]:
        kind, n = m["qn"][0], int(m["qn"][1])
        ys = m["y2"]
        if ys is None and ctx.dct is None:
            return _res(m, "DATE", f"XXXX-{kind}{n}")
        y = int(ys) if ys else ctx.dct.year if ctx.dct else 0
        return _res(m, "DATE", f"{y}-{kind}{n}", anchor=None if ys else ctx.anchor, year=int(ys) if ys else None)
    qh = m["qh"].lower()
    kind = "Q" if qh == "quarter" else "H"
    adjs = [a.lower() for a in m.captures("adj")]
    ords = m["ord"]
    txt = m.group()
    if ctx.text[m.end() : m.end() + 4].lower() == "-to-":
        return None  # "quarter-to-quarter comparison"
    yrel = (m["yrel"] or "").lower()
    if not ords and not adjs and not m["y"] and not m["y0"] and not yrel:
        if not txt.lower().startswith("the") or kind == "H":
            return None
        if _rx(r"\s*(?:of|-point|percent|century|mile)\b").match(ctx.text[m.end() : m.end() + 12]):
            return None
    if (kind == "Q" and ctx.quarter and not ords and not m["y"] and not m["y0"] and not yrel and not m["rel"]
            and not m["ago"] and txt.lower().startswith("the") and all(a in ("latest", "same") for a in adjs)):
        return _res(m, "DATE", ctx.quarter, anchor=ctx.anchor)  # "the quarter": the one the report is about
    if ords is None and kind == "Q" and _rx(r"\s*of\s+(?:a|an|the|its|all)\b").match(ctx.text[m.end() : m.end() + 10]):
        return None
    if m["y"] or m["y0"]:
        y = int(m["y"] or m["y0"])
        anchor = None
    elif ctx.dct is None:
        return _res(m, "DATE", f"XXXX-{kind}{_ORD.get((ords or '').lower(), 'X')}")
    else:
        y = ctx.dct.year
        anchor = ctx.anchor
    per = 4 if kind == "Q" else 2
    if ords:
        n = _ORD[ords.lower()]
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
    if m["rel"] or yrel:
        y += {"last": -1, "this": 0, "next": 1}[(m["rel"] or yrel).lower()]
    if m["ago"]:
        y -= 1
    if any(a in ("year-earlier", "year-ago") for a in adjs):
        y -= 1
    start = m.start()
    if txt[:4].lower() == "the " and _rx(r"[-\u2013](?:quarter|half)$").search(txt, regex.I):
        start += 4  # "the third-quarter loss": the article belongs to the noun
    return _res(m, "DATE", f"{y}-{kind}{n}", anchor=anchor, start=start,
                year=int(m["y"] or m["y0"]) if (m["y"] or m["y0"]) else None)


def h_monthspan(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "the July-September quarter" (Q3), "the January-June half" (H1): months that make a
    calendar quarter or half; the year is the text's, else the latest such span by tense."""
    m1, m2 = month_of(m["m1"]), month_of(m["m2"])
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
        return _res(m, "DATE", f"{m['y']}-{code}", year=int(m["y"]))
    if ctx.dct is None:
        return _res(m, "DATE", f"XXXX-{code}")
    tense = tense_at(ctx.text, m.start(), m.end())
    y = ctx.dct.year if tense == "FUTURE" or m2 < ctx.dct.month else ctx.dct.year - 1
    return _res(m, "DATE", f"{y}-{code}", anchor=ctx.anchor)


def h_season(m: regex.Match[str], ctx: Context) -> Result | None:
    word = m["season"].lower()
    code = _season_code(word)
    mod = pos_mod(m["pos"] or m["pos2"])
    if m["y"]:
        y = int(m["y"])
        return _res(m, "DATE", f"{y}-{code}", mod, year=y)
    pw = _prev_word(ctx.text, m.start()).lower()
    if not (pw in ("in", "during", "by", "until", "since", "through", "over", "this", "last", "next", "that", "early",
                   "late", "mid", "for") or m["pos"] or m["pos2"]):
        return None
    if word == "fall" and not m["the"] and pw != "in":
        return None
    if _rx(r"\s+(?:of|in)\b").match(ctx.text[m.end() : m.end() + 5]):
        return None
    if ctx.dct is None:
        return _res(m, "DATE", f"XXXX-{code}", mod)
    tense = tense_at(ctx.text, m.start(), m.end())
    det = "last" if tense == "PAST" else "next" if tense == "FUTURE" else "this"
    cy, cc = _season_index(ctx.dct)
    y = cy if cc == code else _season_year(ctx.dct, code, det)
    return _res(m, "DATE", f"{y}-{code}", mod, ctx.anchor)


def _pod(raw: str | None) -> str:
    if not raw:
        return ""
    return "T" + str(lexicon()["parts_of_day"][raw.lower()])


def h_deictic(m: regex.Match[str], ctx: Context) -> Result | None:
    word = _rx(r"\s+").sub(" ", (m["word"] or m["det"] or m["word3"] or "").lower())
    pod = _pod(m["pod"] or m["pod2"] or m["pod3"])
    off = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
           "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    if word == "tonight":
        pod = "TNI"
    if ctx.dct is None:
        return _res(m, "TIME" if pod else "DATE", "XXXX-XX-XX" + pod)
    if word == "last" and pod != "TNI":
        return None  # "last morning"
    return _res(m, "TIME" if pod else "DATE", fmt_date(ctx.dct + dt.timedelta(days=off)) + pod, anchor=ctx.anchor)


def h_weekday(m: regex.Match[str], ctx: Context) -> Result | None:
    wd = int(lexicon()["weekdays"][m["wd"].lower()])
    det = (m["det"] or "").lower() or None
    pod = _pod(m["pod"])
    if m["pl"] or m["pl2"]:
        before = _rx(r"(?:\d+|[\p{L}-]+)\s+$").search(ctx.text, max(0, m.start() - 24), m.start())
        if before and number_of(before.group().strip()) is not None:
            return None  # "two Sundays ago", "the first three Mondays": counted days, no set
        return _res(m, "SET", f"XXXX-WXX-{wd}{pod}")  # "on Sundays", "Tuesday nights"
    if m["rel"]:
        return _weekday_from_day(m, ctx, wd, pod)
    daytime = bool(pod) or det in ("early", "late")  # "early Wednesday": a time of that day
    if det in ("earlier", "later", "early", "late", "that", "past", "coming"):
        det = None if det in ("earlier", "later", "early", "late", "that") else det
    if ctx.dct is None:
        return _res(m, "TIME" if pod else "DATE", f"XXXX-WXX-{wd}" + pod)
    tense = tense_at(ctx.text, m.start(), m.end())
    d = weekday_by_tense(ctx.dct, wd, tense, det, clock=daytime)
    if m["ba"]:
        # "the day before last Tuesday"
        d += dt.timedelta(days=1 if m["ba"].lower().endswith("after") else -1)
    return _res(m, "TIME" if pod else "DATE", fmt_date(d) + pod, anchor=ctx.anchor)


def _weekday_from_day(m: regex.Match[str], ctx: Context, wd: int, pod: str) -> Result | None:
    """ "the following Tuesday", "the previous Friday": the first such weekday after (or
    before) the day the text last named, as "the next day" is placed; the publication
    date when the text has named none."""
    anchor = ctx.day or ctx.anchor
    if anchor is None:
        return _res(m, "TIME" if pod else "DATE", f"XXXX-WXX-{wd}" + pod)
    try:
        day = dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None
    cur = day.isoweekday()
    ahead = _rx(r"\s+").sub(" ", m["rel"].lower()) in ("the following", "the next")
    step = ((wd - cur) % 7 or 7) if ahead else -((cur - wd) % 7 or 7)
    d = day + dt.timedelta(days=step)
    return _res(m, "TIME" if pod else "DATE", fmt_date(d) + pod, anchor=anchor[:10])


@cache
def _day_at() -> regex.Pattern[str]:
    """A weekday just before a clock time ("Sunday at 1 p.m."): the time is on that day."""
    wds = "|".join(sorted(lexicon()["weekdays"], key=len, reverse=True))
    return regex.compile(r"(?i)(?<![\p{L}])(?P<wd>" + wds + r")(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:at|from|by|until)\s+$")




def h_time(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["noon"]:
        h, mi = (12 if m["noon"].lower() == "noon" else 24), 0
    elif m["h"] is not None:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        if h > 12 or h == 0:
            return None
        ap = m["ampm"].lower()
        if ap.startswith("p") and h != 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
    else:
        h, mi = int(m["h2"]), int(m["mi2"])
        if not m["zone"] and not (m["wd"] or m["word"]):
            pw = _prev_word(ctx.text, m.start()).lower()
            if pw not in ("at", "by", "until", "from", "to", "around", "about", "before", "after", "since"):
                return None
    # TimeBank writes a clock time in prose without its zone ("4 a.m. EDT" -> T04:00);
    # only ISO-style header stamps keep the offset (see h_iso)
    clock = f"T{h:02d}:{mi:02d}"
    if m["mon"] or m["mon2"]:
        mo, md = month_of(m["mon"] or m["mon2"]), _day(m["md"] or m["md2"])
        if not mo or safe_date(2000, mo, md) is None:
            return None
        if ctx.dct is None:
            return _res(m, "TIME", f"XXXX-{mo:02d}-{md:02d}{clock}")
        y = monthday_by_tense(ctx.dct, mo, md, tense_at(ctx.text, m.start(), m.end()))
        day = safe_date(y, mo, md)
        return _res(m, "TIME", fmt_date(day) + clock, anchor=ctx.anchor) if day else None
    if ctx.dct is None:
        if m["wd"]:
            wd = int(lexicon()["weekdays"][m["wd"].lower()])
            return _res(m, "TIME", f"XXXX-WXX-{wd}{clock}")
        return _res(m, "TIME", f"XXXX-XX-XX{clock}")
    d = ctx.dct
    day_before = None if m["wd"] or m["word"] else _day_at().search(ctx.text, max(0, m.start() - 24), m.start())
    wd_word, at = (m["wd"], m.start()) if m["wd"] else (day_before["wd"], day_before.start()) if day_before else (None, 0)
    if wd_word:  # "1 p.m. Sunday", "Sunday at 1 p.m."
        wd = int(lexicon()["weekdays"][wd_word.lower()])
        d = weekday_by_tense(ctx.dct, wd, tense_at(ctx.text, at, m.end()), None, clock=True)
    elif m["word"]:
        d = d + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["word"].lower()])
    else:
        d = ctx.day_in_sentence(m.start()) or _before_publication(ctx, m, (h, mi)) or d
    return _res(m, "TIME", fmt_date(d) + clock, anchor=ctx.anchor)


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
    if m["zone"] or _ZONE_AFTER.match(ctx.text, m.end()):
        return None  # "10:42 a.m. Seoul time": another zone than the publication's, maybe
    if tense_at(ctx.text, m.start(), m.end()) != "PAST":
        return None
    try:
        return dt.date.fromisoformat(ctx.earlier_day) if ctx.earlier_day else ctx.dct - dt.timedelta(days=1)
    except ValueError:
        return ctx.dct - dt.timedelta(days=1)


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


def _year_before(value: str) -> str:
    return f"{int(value[:4]) - 1}{value[4:]}"


def h_ago(m: regex.Match[str], ctx: Context) -> Result | None:
    uc = unit_code(m["unit"])
    if uc is None:
        return None
    code, mult = uc
    n = number_of(m["num"])
    d = m["dir"].lower()
    sign = 1 if d in ("later", "hence") or d.startswith("from") else -1
    mod = mod_of(m["mod"])
    if d == "later" or (d == "earlier" and code != "Y"):
        # "three days later", "a day earlier", "a year later": anchored on a narrated event,
        # not on the publication date; TimeML tags the length ("three days") as a duration
        # ("a year earlier" stays the year before: the year-ago period of a report)
        return _res(m, "DURATION", duration_value(None if n is None else n * mult, code), mod, end=m.end("unit"))
    if n is None or ctx.dct is None:
        return _res(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if code == "Y" and n == 1 and mult == 1 and sign < 0 and ctx.quarter:
        # in a quarterly report "a year ago" is the year-ago quarter
        return _res(m, "DATE", _year_before(ctx.quarter), mod, ctx.anchor)
    val = _shift(ctx.dct, n * mult, code, sign)
    if val is None:
        return None
    return _res(m, "DATE", val, mod, ctx.anchor)


_PREP_MODS = frozenset({"over", "under", "around", "about", "up to"})


def _over_a_span(m: regex.Match[str], ctx: Context) -> bool:
    """Is "over" before a length the preposition of a span ("$184 million over eight years",
    "evolved over several years"), not "more than"? "More than" follows a word that takes an
    amount ("in over 20 years", "for over a week", "just over an hour", "lasted over a week")."""
    if not m["mod"] or m["mod"].lower() != "over" or m["the"]:
        return False
    return _prev_word(ctx.text, m.start()).lower() not in _sets("over_amount_after")


def _fraction_quarter(m: regex.Match[str], ctx: Context, raw: str) -> bool:
    """ "three-quarters" (hyphen, plural) and "ten and a quarter" (after a number and
    "and") are fractions, not spans of quarters."""
    if m["unit"].lower().endswith("s") and "-" in ctx.text[m.end("num") : m.start("unit")]:
        return True
    if _PERCENT_AFTER.match(ctx.text, m.end()):
        return True  # "a quarter point", "a quarter percent": a fraction of a unit of rate
    if raw.lower() not in ("a", "an", "one"):
        return False
    w = _WORD_AND.search(ctx.text, max(0, m.start() - 30), m.start())
    return w is not None and w["w"].lower() not in ("a", "an") and number_of(w["w"]) is not None


_PERCENT_AFTER = regex.compile(r"(?i)[\s-]+(?:percent|per\s+cent|percentage|points?)\b")
_WORD_AND = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?P<w>[\p{L}\p{N}]+)\s+and\s+\Z")


def h_duration(m: regex.Match[str], ctx: Context) -> Result | None:
    uc = unit_code(m["unit"])
    if uc is None:
        return None
    code, mult = uc
    unit = m["unit"].lower()
    if unit.startswith("weekend"):
        return None
    start = m.start()
    mod = mod_of(m["mod"])
    if m["mod"] and m["the"] and m["mod"].lower() in _PREP_MODS:
        start = m.start("the")
        mod = None
    if _verb_last(m, ctx):
        start = m.start("num") if m["num"] else m.start("vag")
    if _over_a_span(m, ctx):
        start = _rx(r"\s*").match(ctx.text, m.end("mod")).end()  # "over" is left out, as a preposition
        mod = None
    if m["vag"]:
        vag = m["vag"].lower()
        if "couple" in vag:
            return _res(m, "DURATION", duration_value(2 * mult, code), mod, start=start)
        return _res(m, "DURATION", duration_value(None, code), mod, start=start)
    raw = m["num"]
    n = number_of(raw)
    if n is None:
        return None
    if m["num2"] or m["few"]:
        return _duration_range(m, ctx, n, code, mult, mod, start)
    mixed = m["half"] is not None or raw.lower().endswith(("and a half", "and-a-half", "\u00bd"))
    if m["half"]:
        if n != int(n):
            return None
        n += 0.5  # "a year and a half", "two hours and a half"
    if code == "Q" and _fraction_quarter(m, ctx, raw):
        return None
    if raw.lower() in ("a", "an") and m["long"]:
        return None  # "a decades-long feud": the article belongs to the noun
    if raw.lower() == "a" and unit == "second" and _ordinal_second(m, ctx):
        return None
    if raw.lower() in ("a", "an") and not m["half"]:
        if (is_rate(ctx.text, start, m.end()) and not m["adj"] and not m["mod"]
                and (m["more"] or "").lower() != "single"):  # "300 mm in a single day" is not a rate
            return _res(m, "SET", duration_value(mult, code), start=rate_start(ctx.text, start))
        if _rx(r"[\s-]+(?:ago|earlier|later)\b").match(ctx.text[m.end() : m.end() + 8]):
            return None  # "a week ago" is the ago family's date ("a week after the vote" is P1W)
    if raw[0].isdigit() and "-" not in m.group() and unit in ("second", "seconds", "minute", "minutes"):
        pass
    if m["the"] and n != 1 and not m["adj"] and not m["unit"].lower().endswith("s"):
        start = m.start("num")  # "the two-week trip": the article belongs to the noun
    if code == "Q" and _rx(r"\s+of\b").match(ctx.text[m.end() : m.end() + 4]):
        return None  # "about three-quarters of its food", "a quarter of the market": fractions
    if code == "Q":
        return _res(m, "DURATION", f"P{int(n)}Q" if n == int(n) else f"P{n * 3:g}M", mod, start=start)
    return _res(m, "DURATION", duration_value(n * mult, code, decimal=mixed), mod, start=start)


def _verb_last(m: regex.Match[str], ctx: Context) -> bool:
    """ "would last three days", "could last several weeks": "last" after a modal or "to"
    is the verb, not "the last three days"; the length starts at its number."""
    if not m["adj"] or m["adj"].lower() != "last" or m["the"] or m["mod"]:
        return False
    before = _rx(r"(?i)(?<![\p{L}'\u2019])(?P<w>[\p{L}'\u2019]+)\s+\Z").search(
        ctx.text, max(0, m.start("adj") - 20), m.start("adj"))
    return before is not None and before["w"].lower().replace("\u2019", "'") in lexicon()["before_verb_last"]


def _ordinal_second(m: regex.Match[str], ctx: Context) -> bool:
    """ "a second" before a word that opens a noun phrase is the ordinal: "a second time",
    "a second straight day", "a second volley", "a second Chinese ship". The unit of time
    is followed by what can follow a length ("for a second before answering", "a second
    later", "a second or two", "in a second, ...") or by nothing (``after_a_second`` in
    ``data/lexicon.json``)."""
    if m["mod"] or m["adj"] or m["half"] or m["few"] or m["more"] or m["long"]:
        return False
    nxt = _rx(r"[ \t]+(?P<w>\p{L}+)").match(ctx.text, m.end())
    return nxt is not None and nxt["w"].lower() not in lexicon()["after_a_second"]


def _duration_range(m: regex.Match[str], ctx: Context, n: float, code: str, mult: float,
                    mod: str | None, start: int) -> Result | None:
    """ "three to four days", "24-48 hours", "between two and three weeks", "two or three
    years", "two-to-three days", "a day or two": one duration, its value the low end;
    ``mod`` EQUAL_OR_MORE (TimeML's reading of "two to three weeks"), APPROX for "or"."""
    n2 = number_of(m["num2"] or m["few"])
    if n2 is None or n2 <= n:
        return None
    if m["btw"]:
        start = m.start("btw") if m["mod"] is None else start
    conn = "or" if m["few"] else _rx(r"[\s\-\u2013]+").sub(" ", m["conn"] or "").strip(" -\u2013").lower()
    if mod is None:
        mod = "APPROX" if conn == "or" else "EQUAL_OR_MORE"
    if code == "Q":
        return None
    return _res(m, "DURATION", duration_value(n * mult, code), mod, start=start)


_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "three quarters": 0.75, "two thirds": 2 / 3}


def h_fracdur(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "half an hour" (PT30M), "a quarter of a century" (P25Y), "a half-hour": the fraction
    times the unit, in a smaller unit where that is whole."""
    uc = unit_code(m["unit"])
    if uc is None:
        return None
    code, mult = uc
    words = _rx(r"[\s-]+").split(m["frac"].lower())
    key = " ".join(w for w in words if w not in ("a", "one"))
    frac = _FRACTIONS.get(key)
    if frac is None:
        return None
    return _res(m, "DURATION", duration_value(frac * mult, code), mod_of(m["mod"]))


_DAY_OFFSET = {"the same": 0, "that same": 0, "that": 0, "the next": 1, "the following": 1,
               "the previous": -1, "the prior": -1}


def h_dayrel(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "the same day", "that day", "the next day", "the previous evening": the last full
    date the text stated (or the publication date), shifted by the offset the words give."""
    anchor = ctx.day or ctx.anchor
    if anchor is None:
        return None
    off = _DAY_OFFSET.get(_rx(r"\s+").sub(" ", m["det"].lower()))
    if off is None:
        return None
    try:
        d = dt.date.fromisoformat(anchor[:10]) + dt.timedelta(days=off)
    except ValueError:
        return None
    pod = "" if m["unit"].lower() == "day" else _pod(m["unit"])  # "the following morning"
    return _res(m, "TIME" if pod else "DATE", fmt_date(d) + pod, anchor=anchor[:10])


def h_vagueunit(m: regex.Match[str], ctx: Context) -> Result | None:
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    if m["unit3"]:
        pw = _prev_word(ctx.text, m.start()).lower()
        if pw in _sets("bare_unit_prev_not") or pw[-1:].isdigit():
            return None  # "the hours after the blast", "few days later": not the bare unit
    adj = _rx(r"\s+").sub(" ", (m["adj"] or "").lower())
    tail = (m["tail"] or "").lower()
    uc = unit_code(unit)
    if uc is None:
        return None
    code, _ = uc
    if adj == "the" and not (tail or m["long"]):
        if unit != "years":
            return None
    if adj == "the early" and unit == "hours":
        return None  # "in the early hours of Sunday": a time of night, not a length
    if tail == "ago":
        return _res(m, "DATE", "PAST_REF")
    if "coming" in adj or tail in ("ahead", "to come"):
        return _res(m, "DATE", "FUTURE_REF")
    if adj == "recent" and unit == "years":
        return _res(m, "DATE", "PAST_REF")
    return _res(m, "DURATION", duration_value(None, code))


_SET_WHAT = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "week": "P1W", "weekend": "P1W",
             "month": "P1M", "year": "P1Y", "season": "P3M", "quarter": "P1Q", "hour": "PT1H", "minute": "PT1M",
             "decade": "P10Y", "summer": "XXXX-SU", "winter": "XXXX-WI", "spring": "XXXX-SP", "fall": "XXXX-FA",
             "autumn": "XXXX-FA"}


def _every_n(m: regex.Match[str], unit: str) -> Result | None:
    """"every 15 minutes", "every two years": a SET whose value is the period between
    occurrences; "every one of them" is no time."""
    uc = unit_code(unit)
    n = number_of(m["n"])
    if uc is None or n is None or n != int(n) or (not unit.endswith("s") and n != 1):
        return None
    code, mult = uc
    return _res(m, "SET", duration_value(n * mult, code))


def h_set(m: regex.Match[str], ctx: Context) -> Result | None:
    if m["adv"]:
        return _res(m, "SET", str(lexicon()["sets"][m["adv"].lower()]))
    what = m["what"].lower()
    if m["n"]:
        return _every_n(m, what)
    if m["half"]:
        uc = unit_code(what)  # "every half hour": the period is half the unit
        return _res(m, "SET", duration_value(uc[1] / 2, uc[0])) if uc and not what.endswith("s") else None
    other = bool(m["other"])
    if what in _SET_WHAT:
        v = _SET_WHAT[what]
        if other and v.startswith("P"):
            v = _rx(r"(\d+)").sub(lambda x: str(int(x.group(1)) * 2), v)
        return _res(m, "SET", v)
    if what in lexicon()["weekdays"]:
        return _res(m, "SET", f"XXXX-WXX-{lexicon()['weekdays'][what]}")
    mo = month_of(what)
    if mo and len(what) > 3:
        return _res(m, "SET", f"XXXX-{mo:02d}")
    return None


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * mm + 114) // 31
    day = (h + l_ - 7 * mm + 114) % 31 + 1
    return dt.date(y, month, day)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return nxt - dt.timedelta(days=(nxt.isoweekday() - wd) % 7)


def _holiday_date(name: str, y: int) -> dt.date | None:
    n = _rx(r"\s+").sub(" ", name.lower()).replace("\u2019", "'")
    fixed: dict[str, str] = lexicon()["holidays"]
    if n in fixed:
        mo, d = fixed[n].split("-")
        return safe_date(y, int(mo), int(d))
    offsets: dict[str, list[Any]] = lexicon()["holiday_offsets"]
    if n in offsets:
        base, days = offsets[n]  # "Black Friday": the day after Thanksgiving
        b = _holiday_date(str(base), y)
        return b + dt.timedelta(days=int(days)) if b else None
    if n.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 4, 4)
    if n.startswith("easter"):
        return _easter(y)
    if n == "memorial day":
        return _nth_weekday(y, 5, 1, -1)
    if n == "labor day":
        return _nth_weekday(y, 9, 1, 1)
    return None


def h_holiday(m: regex.Match[str], ctx: Context) -> Result | None:
    if ctx.dct is None:
        d = _holiday_date(m["hol"], 2001)
        fixed = _rx(r"\s+").sub(" ", m["hol"].lower()).replace("\u2019", "'") in lexicon()["holidays"]
        return _res(m, "DATE", f"XXXX-{d.month:02d}-{d.day:02d}" if d and fixed else "XXXX-XX-XX")
    det = (m["det"] or "").lower()
    y = ctx.dct.year
    d = _holiday_date(m["hol"], y)
    if d is None:
        return None
    tense = "PAST" if det == "last" else "FUTURE" if det == "next" else None if det == "this" else tense_at(ctx.text, m.start(), m.end())
    if (tense == "PAST" and d > ctx.dct) or (det == "last" and d >= ctx.dct):
        d = _holiday_date(m["hol"], y - 1)
    elif tense in ("FUTURE", DEADLINE) and d < ctx.dct:
        d = _holiday_date(m["hol"], y + 1)
    if d is None:
        return None
    return _res(m, "DATE", fmt_date(d), anchor=ctx.anchor)


def h_vague(m: regex.Match[str], ctx: Context) -> Result | None:
    v = _rx(r"\s+").sub(" ", m["v"].lower())
    typ, val = lexicon()["vague"][v]
    if v in ("now", "current") and _rx(r"\s*[-\u2013]").match(ctx.text[m.end() : m.end() + 2]):
        return None
    if v == "recent" and _rx(r"\s+(?:years|weeks|months|days|decades|times)\b").match(ctx.text[m.end() : m.end() + 9]):
        return None
    if v == "soon":
        # "will soon move", "may soon seek": a future reference; not "as soon as",
        # "soon after", nor a past "was soon released"
        pw = _prev_word(ctx.text, m.start()).lower()
        nw = _next_word(ctx.text, m.end()).lower().rstrip(".,")
        if (pw in ("as", "so", "too", "how", "very", "fairly") or nw in ("as", "after", "afterward", "afterwards", "thereafter")
                or tense_at(ctx.text, m.start(), m.end()) == "PAST"):
            return None
    if v == "current" and _prev_word(ctx.text, m.start()).lower() == "then":
        return _res(m, str(typ), "PAST_REF", start=m.start() - 5) if ctx.text[m.start() - 5 : m.start() - 1].lower() == "then" else None
    return _res(m, str(typ), str(val))


def h_yearadj(m: regex.Match[str], ctx: Context) -> Result | None:
    w = _rx(r"[\s-]+").sub("-", m["w"].lower())
    noun = _rx(r"\s+").sub(" ", (m["noun"] or "").lower())
    start = m.start() if (noun or not m["the"]) else m.start("w")
    end = m.end()
    if ctx.dct is None:
        return _res(m, "DATE", "XXXX", start=start)
    y = ctx.dct.year
    if w == "year-end":
        if noun:
            end = m.end("w")
        return _res(m, "DATE", str(y), "END", ctx.anchor, start=start, end=end)
    if ctx.quarter and noun in ("", "quarter", "period"):
        return _res(m, "DATE", _year_before(ctx.quarter), anchor=ctx.anchor, start=start)
    if noun in ("quarter", "period"):
        q = (ctx.dct.month - 1) // 3
        if q == 0:
            return _res(m, "DATE", f"{y - 2}-Q4", anchor=ctx.anchor, start=start)
        return _res(m, "DATE", f"{y - 1}-Q{q}", anchor=ctx.anchor, start=start)
    if noun in ("nine months", "six months"):
        return _res(m, "DURATION", "P9M" if noun.startswith("nine") else "P6M", start=start)
    return _res(m, "DATE", str(y - 1), anchor=ctx.anchor, start=start, end=end)


_THE_YEAR_NEXT = frozenset({"before", "after", "earlier", "later", "ago", "when", "that", "which", "in", "since",
                            "of", "he", "she", "they", "we", "i", "it", "to", "as", "two", "nineteen", "one"})


def nw_of(text: str, end: int) -> str:
    return _next_word(text, end).lower().rstrip(".")


def h_theunit(m: regex.Match[str], ctx: Context) -> Result | None:
    """``for the year`` / ``the full year`` / ``the fiscal year`` (the reporting year, or a
    one-year period when ``ended``/``ending`` follows), ``over the weekend`` (the nearest
    weekend by tense), ``the latest period`` / ``the 1988 period`` (the fiscal quarter the
    text is about)."""
    if m["yend"]:
        return _res(m, "DATE", str(ctx.dct.year) if ctx.dct else "XXXX", "END", ctx.anchor)
    unit = m["unit"].lower()
    adj = (m["adj"] or "").lower()
    pos = _rx(r"\s+").sub(" ", (m["pos"] or "").lower())
    if pos:
        return _the_unit_part(m, ctx, unit, adj, pos)
    if unit == "month":
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


def _the_unit_part(m: regex.Match[str], ctx: Context, unit: str, adj: str, pos: str) -> Result | None:
    """``the end of the year``, ``early in the month``: a part of the reporting year or month."""
    if unit not in ("year", "month") or adj or m["y"] or m["ly"]:
        return None
    if ctx.dct is None:
        return _res(m, "DATE", "XXXX" if unit == "year" else "XXXX-XX", pos_mod(pos.split(" in")[0]))
    mod = pos_mod(pos.split(" in")[0].replace("the close of", "the end of"))
    val = str(ctx.dct.year) if unit == "year" else fmt_month(ctx.dct.year, ctx.dct.month)
    return _res(m, "DATE", val, mod, ctx.anchor)


def _the_week(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """"for the week", "the week's most active session": a week of the reporting year that
    the text does not pin down (TimeBank: YYYY-WXX)."""
    if (adj or m["y"] or m["ly"] or nw_of(ctx.text, m.end()) in _THE_YEAR_NEXT | {"following", "ended", "ending"}
            or _prev_word(ctx.text, m.start()).lower() in ("of", "all", "throughout")):
        return None
    return _res(m, "DATE", f"{ctx.dct.year}-WXX" if ctx.dct else "XXXX-WXX", anchor=ctx.anchor)


def _the_year(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """``for the year``, ``the fiscal year``: the reporting year, or a one-year period when
    ``ended``/``ending`` follows; not ``the year's``, nor ``all the year`` alone."""
    nw = _next_word(ctx.text, m.end()).lower().rstrip(".")
    if m["y"] or adj == "latest" or nw in _THE_YEAR_NEXT:
        return None
    if _rx(r"\s*(?:'s|\u2019s)").match(ctx.text[m.end() : m.end() + 3]):
        return None
    pw = _prev_word(ctx.text, m.start()).lower()
    if pw in ("of", "all", "throughout") and not adj and nw not in ("ended", "ending"):
        if pw != "of" or not _rx(r"(?i)\b(?:months?|half|quarters?|weeks?)\s+of\s*$").search(
                ctx.text[max(0, m.start() - 20) : m.start()]):
            return None
    if nw in ("ended", "ending", "through", "to"):
        return _res(m, "DURATION", "P1Y")
    if ctx.dct is None:
        return _res(m, "DATE", "XXXX")
    return _res(m, "DATE", str(ctx.dct.year), anchor=ctx.anchor)


def _the_weekend(m: regex.Match[str], ctx: Context, adj: str) -> Result | None:
    """``over the weekend``: the weekend of the article's week, the next one in a future
    clause (or after ``until``/``before``), else the last one."""
    if adj or m["y"]:
        return None
    if ctx.dct is None:
        return _res(m, "DATE", "XXXX-WXX-WE")
    cur = ctx.dct.isoweekday()
    tense = tense_at(ctx.text, m.start(), m.end())
    if cur >= 6:
        sat = ctx.dct - dt.timedelta(days=cur - 6)
    elif tense == "FUTURE" or _prev_word(ctx.text, m.start()).lower() in ("until", "before"):
        sat = ctx.dct + dt.timedelta(days=6 - cur)
    else:
        sat = ctx.dct - dt.timedelta(days=cur + 1)
    return _res(m, "DATE", fmt_week(sat) + "-WE", anchor=ctx.anchor)


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
        return _res(m, "DATE", f"{m['y']}-{quarter[5:]}", year=int(m["y"]))
    if m["ly"]:
        return _res(m, "DATE", _year_before(quarter), anchor=ctx.anchor)
    return _res(m, "DATE", quarter, anchor=ctx.anchor)


def h_wordyear(m: regex.Match[str], ctx: Context) -> Result | None:
    """A year or a decade written in words."""
    nums = _numbers()
    if m["dec"]:
        tens = int(nums.get(m["dec"].lower()[:-3] + "y", 0))
        if not 20 <= tens <= 90:
            return None
        return _res(m, "DATE", f"19{tens // 10}", pos_mod(m["pos"]))
    if m["tt"]:
        if not (m["pre"] or m["mon"] or m["season"]):
            return None  # "two thousand troops": a number
        y = 2000 + (int(nums[m["ones2"].lower()]) if m["ones2"] else 0)
    else:
        rest = int(nums[m["teen"].lower()]) if m["teen"] else int(nums[m["tens"].lower()]) + (
            int(nums[m["ones"].lower()]) if m["ones"] else 0)
        y = 1900 + rest
        if not (m["pre"] or m["mon"] or m["season"]):
            pw = _prev_word(ctx.text, m.start()).lower()
            nw = _next_word(ctx.text, m.end()).lower()
            if pw not in ("in", "since", "until", "by", "of", "from", "to", "and", "before", "after", "through",
                          "during", "early", "late", "mid") or (nw[:1].isalpha() and nw not in _sets("year_next_ok")):
                return None
    if m["mon"]:
        mo = month_of(m["mon"])
        return _res(m, "DATE", fmt_month(y, mo), year=y) if mo else None
    if m["season"]:
        return _res(m, "DATE", f"{y}-{_season_code(m['season'])}", year=y)
    return _res(m, "DATE", str(y), year=y)


def h_dayconj(m: regex.Match[str], ctx: Context) -> Result | None:
    """The second day of "April 24 and 25": the month (and year) of the first."""
    mo, d = month_of(m["mon"]), _day(m["d1"])
    if not mo:
        return None
    ys, anchor, explicit = _year_for_monthday(m, ctx, mo, d)
    y = int(ys) if ys.isdigit() else 2000
    if safe_date(y, mo, d) is None:
        return None
    return _res(m, "DATE", f"{ys}-{mo:02d}-{d:02d}", anchor=anchor, year=explicit)


def h_weekof(m: regex.Match[str], ctx: Context) -> Result | None:
    """"the week of March 6": the ISO week holding that day."""
    mo, d = month_of(m["mon"]), _day(m["d1"])
    if not mo:
        return None
    ys, anchor, explicit = _year_for_monthday(m, ctx, mo, d)
    day = safe_date(int(ys), mo, d) if ys.isdigit() else None
    if day is None:
        return _res(m, "DATE", "XXXX-WXX") if not ys.isdigit() else None
    return _res(m, "DATE", fmt_week(day), anchor=anchor, year=explicit)


def h_unitlong(m: regex.Match[str], ctx: Context) -> Result | None:
    """"a day-long strike" (P1D), "a decades-long feud" (PXY: decades of unknown number)."""
    unit = m["unit"].lower()
    if unit == "centurie":
        unit = "century"
    uc = unit_code(unit)
    if uc is None:
        return None
    code, mult = uc
    return _res(m, "DURATION", duration_value(None if m["pl"] else mult, code))


HANDLERS: dict[str, Handler] = {
    "iso": h_iso, "numeric": h_numeric, "mdy": h_mdy, "dmy": h_dmy, "month": h_month,
    "relunit": h_relunit, "decade": h_decade, "year": h_year, "quarter": h_quarter,
    "monthspan": h_monthspan, "season": h_season, "deictic": h_deictic, "weekday": h_weekday, "time": h_time,
    "ago": h_ago, "duration": h_duration, "fracdur": h_fracdur, "dayrel": h_dayrel, "vagueunit": h_vagueunit, "set": h_set,
    "holiday": h_holiday, "vague": h_vague, "yearadj": h_yearadj, "theunit": h_theunit,
    "wordyear": h_wordyear, "dayconj": h_dayconj, "unitlong": h_unitlong, "weekof": h_weekof,
}


def handle(family: str, m: regex.Match[str], ctx: Context) -> Result | None:
    """Normalise one match; None rejects it (not a temporal expression here)."""
    try:
        return HANDLERS[family](m, ctx)
    except (ValueError, KeyError, OverflowError, IndexError, ArithmeticError):
        return None
