"""Seasons: their TIMEX3 codes (``SU``, ``WI``), the season a day falls in (winter
belongs to its December), and the season a clause means by its tense."""

from __future__ import annotations

import datetime as dt

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import prev_word
from newskit_dates.tense import DEADLINE, NEAREST, tense_at
from newskit_dates.told_years import year_of_rel
from newskit_dates.vocabulary import compiled, pos_mod

__all__ = ["h_season", "season_code", "season_from", "season_index", "season_of_told_time", "season_year"]


def season_code(word: str) -> str:
    return str(lexicon()["seasons"][word.lower()])


def season_index(d: dt.date) -> tuple[int, str]:
    """(season year, code) of the season a date falls in (winter belongs to its December)."""
    mo = d.month
    if mo in (12, 1, 2):
        return (d.year if mo == 12 else d.year - 1), "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(mo, "FA")


def season_year(dct: dt.date, code: str, det: str) -> int:
    """The year of a season a determiner places against the publication date: ``last``
    the latest one before the current season, ``next`` the first after it, ``this`` the one
    of the publication's year (``this spring`` in February is the coming one, though the
    winter under way is the last year's)."""
    cy, cc = season_index(dct)
    order = ["SP", "SU", "FA", "WI"]
    ci, ti = order.index(cc), order.index(code)
    if det in ("last", "past", "previous"):
        return cy if ti < ci else cy - 1
    if det in ("next", "coming", "following"):
        return cy if ti > ci else cy + 1
    if code != "WI" and cc == "WI":
        return dct.year if dct.month != 12 else cy
    return cy


_ORDER = ("SP", "SU", "FA", "WI")
_SEASON_VALUE = regex.compile(r"(\d{4})-(SP|SU|FA|WI)$")


def season_of_told_time(ctx: Context, code: str, step: int) -> tuple[int, str] | None:
    """The year of the season ``code`` that ``that`` (``step`` 0), ``the following`` (1) or
    ``the previous`` (-1) places against the time the text told last (a season, a month,
    a day or a year alone, whichever it told nearest; the finer on a tie, as ``May 2020``
    tells a month and its year at once), and that time as the anchor; None when it told
    none of them.

    ``that summer`` is the summer of the time told (after ``in January 2019``, the summer of
    2019; ``that winter`` after ``in December 2018`` is the winter under way then). A year
    told alone is the whole year, so ``the following spring`` after ``in 2015`` is the one
    after it, 2016's, and ``the previous winter`` the one before it, 2014's."""
    told = _told_times(ctx)
    if not told:
        return None
    _, _, season, year = max(told)
    if season is None:  # a year alone
        if step == 0:
            return year, str(year)
        edge = (year, "FA") if step > 0 else (year, "SP")  # the year's last or first season
        return season_from(edge, code, step), str(year)
    anchor = f"{season[0]}-{season[1]}"
    if step == 0:
        return (season[0] if season[1] == code else year), anchor
    return season_from(season, code, step), anchor


def _told_times(ctx: Context) -> list[tuple[int, int, tuple[int, str] | None, int]]:
    """(end, fineness, season, calendar year) of each time the text told last: the season
    told, the month and the day told (the seasons they fall in), the year told alone."""
    told: list[tuple[int, int, tuple[int, str] | None, int]] = []
    if ctx.season is not None and (sm := _SEASON_VALUE.match(ctx.season)):
        told.append((ctx.season_end, 2, (int(sm[1]), sm[2]), int(sm[1])))
    for value, end in ((ctx.month, ctx.month_end), (ctx.day, ctx.day_end)):
        if value is not None and value[:4].isdigit() and value[5:7].isdigit():
            day = dt.date(int(value[:4]), int(value[5:7]), 1)
            told.append((end, 1, season_index(day), day.year))
    if ctx.focus is not None:
        told.append((ctx.focus_end, 0, None, ctx.focus))
    return told


def season_from(told: tuple[int, str], code: str, step: int) -> int:
    """The year of the first season ``code`` after (``step`` 1) or before (-1) the told season."""
    ty, tc = told
    here = ty * 4 + _ORDER.index(tc)
    k = here + step
    while k % 4 != _ORDER.index(code):
        k += step
    return k // 4


def _nearest_season_year(dct: dt.date, code: str) -> int:
    """The year of the season nearest the publication date, the coming one on a tie: what a
    deadline names (``until the spring`` in February, ``well into the summer`` in October)."""
    cy, cc = season_index(dct)
    order = ["SP", "SU", "FA", "WI"]
    ahead = (order.index(code) - order.index(cc)) % 4
    if ahead == 0:
        return cy
    return season_year(dct, code, "next") if ahead <= 2 else season_year(dct, code, "last")


#: words before a bare season that make it a time ("until the spring", "from the fall"),
#: not a thing ("the fall of the city" is left out by the "of" after it)
_BEFORE_SEASON = frozenset({"in", "during", "by", "until", "till", "since", "through", "throughout", "over", "from",
                            "into", "this", "last", "next", "that", "early", "late", "mid", "for"})


def h_season(m: regex.Match[str], ctx: Context) -> Result | None:
    word = m["season"].lower()
    code = season_code(word)
    mod = pos_mod(m["pos"] or m["pos2"])
    if m["y"]:
        y = int(m["y"])
        return timex(m, "DATE", f"{y}-{code}", mod, year=y)
    told = year_of_rel(m["rel"], ctx) if m["rel"] else None
    if told is not None:
        return timex(m, "DATE", f"{told[0]}-{code}", mod, anchor=told[1])  # "the spring of that year"
    pw = prev_word(ctx.text, m.start()).lower()
    if not (pw in _BEFORE_SEASON or m["pos"] or m["pos2"]):
        return None
    if word == "fall" and not m["the"] and pw != "in":
        return None
    if compiled(r"\s+(?:of|in)\b").match(ctx.text[m.end() : m.end() + 5]):
        return None
    if ctx.dct is None:
        return timex(m, "DATE", f"XXXX-{code}", mod)
    tense = tense_at(ctx.text, m.start(), m.end())
    cy, cc = season_index(ctx.dct)
    if tense in (DEADLINE, NEAREST) or pw == "into":  # "well into the summer": up to it
        y = _nearest_season_year(ctx.dct, code)
    else:
        det = "last" if tense == "PAST" else "next" if tense == "FUTURE" else "this"
        y = cy if cc == code else season_year(ctx.dct, code, det)
    return timex(m, "DATE", f"{y}-{code}", mod, ctx.anchor)
