"""The ``dates`` extractor: find candidates, keep the best non-overlapping ones, infer
the publication date when the article does not give one, then normalise in text order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import cast

import regex

from newskit import Article, DateMention, Mention
from newskit.ascii_patterns import plain_ascii
from newskit_dates.game_periods import without_game_periods
from newskit_dates.grammar import STARTS_AT_TRIGGERS, patterns
from newskit_dates.hedges import hedged
from newskit_dates.joins import join_durations
from newskit_dates.normalize import Context, Result, handle
from newskit_dates.period_end import numbered_quarter, period_of_end
from newskit_dates.titles import untitled
from newskit_dates.weekday_ranges import ordered_weekdays

__all__ = ["DatesExtractor", "find_dates"]

# families that state a full calendar date (usable as an inferred publication date)
_FULL = frozenset({"iso", "numeric", "mdy", "dmy"})
_HEADER_CUE = regex.compile(r"(?i)\b(?:posted|published|updated|modified|dated?|released|issued)\b[^\n]{0,25}$")
_FULL_VALUE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|T)")
_HEADER_LINES = 12
#: "since" opening the clause that holds a day: the day starts a span up to now ("since
#: Saturday", "since the heatwave began on July 7"), it is no day the story is told on
_SINCE_BEFORE = regex.compile(r"(?i)\bsince\b[^.;:!?\n]*$")
_MONTH_ONLY = regex.compile(r"\d{4}-[01]\d")
_MONTH_VALUE = regex.compile(r"\d{4}-[01]\d(?:$|-)")
_QUARTER = regex.compile(r"\d{4}-Q[1-4]$")
#: the families that name a quarter a report can be about: by its number ("the third
#: quarter") or by its months ("the July-September quarter", "the March quarter")
_QUARTER_FAMILIES = frozenset({"quarter", "monthspan"})
_SEASON = regex.compile(r"\d{4}-(?:SP|SU|FA|WI)$")
_INDEFINITE = regex.compile(r"(?i)\b(?:a|an)\s+(?:[\p{L}-]+\s+)?$")
_WORDISH = regex.compile(r"\p{L}{3,}")
#: a year as written (``2024``, ``1999``): a header date without one ("June 13") would take
#: its year from the placeholder the candidates were read against, not from the article
_YEAR_WRITTEN = regex.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_BACKWARD = regex.compile(r"(?i)year[\s-]+(?:ago|earlier)|last\s+year|previous|prior")


Candidate = tuple[int, int, str, "regex.Match[str]"]


def _candidates(text: str, ctx: Context) -> list[tuple[Result, str, regex.Match[str]]]:
    """The best non-overlapping expressions of the text."""
    return _choose(_found(text, ctx))


def _found(text: str, ctx: Context) -> list[tuple[Result, str, regex.Match[str]]]:
    """Every family's matches in the windows around its triggers (overlapping)."""
    found: list[tuple[Result, str, regex.Match[str]]] = []
    pats = patterns()
    hits: dict[str, list[tuple[int, int]]] = {}
    words = pats.trigger_words
    plain = plain_ascii(text)
    for t in pats.tokens(text, plain):
        tok = t.group()
        c0 = tok[0]
        if c0.isdigit():
            hits.setdefault("digit", []).append(t.span())
            if len(tok) == 4 and (c0 == "1" or tok[:2] == "20"):
                hits.setdefault("year4", []).append(t.span())
            continue
        if c0 in "'\u2019":
            hits.setdefault("decade", []).append(t.span())
            continue
        keys = words.get(tok.lower())
        if keys:
            for key in keys:
                hits.setdefault(key, []).append(t.span())
    n = len(text)
    merged: dict[frozenset[str], list[tuple[int, int]]] = {}
    for family in pats.names:
        keys, left, right = pats.family_triggers[family]
        spans = _merged(hits, keys, merged)
        if not spans:
            continue
        windows = _windows(spans, left, right, n)
        anchor_keys = pats.family_anchors.get(family)
        if anchor_keys is not None:
            windows = _anchored(windows, _merged(hits, anchor_keys, merged))
        pat: regex.Pattern[str] | re.Pattern[str] | None = pats.ascii_family(family) if plain else None
        if pat is None:
            pat = pats.family(family)
        matches = _at_triggers(pat, text, windows, spans) if plain and family in STARTS_AT_TRIGGERS \
            else (m for a, b in windows for m in pat.finditer(text, a, b))
        for found_match in matches:
            # a standard library match gives all the handlers read (group, start, end...)
            m = cast("regex.Match[str]", found_match)
            if m.end() == m.start():
                continue
            r = handle(family, m, ctx)
            if r is not None and r.end > r.start:
                found.append((r, family, m))
    return found


def _at_triggers(pat: regex.Pattern[str] | re.Pattern[str], text: str, windows: list[tuple[int, int]],
                 spans: list[tuple[int, int]]) -> Iterator[regex.Match[str] | re.Match[str]]:
    """``pat.finditer`` over each window, for a family whose every match starts at one of its
    trigger tokens (``spans``, in text order; :data:`~newskit_dates.grammar.STARTS_AT_TRIGGERS`):
    the pattern tried at those starts alone, each window from where its last match ended."""
    i, k = 0, len(spans)
    for a, b in windows:
        while i < k and spans[i][0] < a:
            i += 1
        pos = a
        while i < k and spans[i][0] < b:
            s = spans[i][0]
            i += 1
            if s >= pos:
                m = pat.match(text, s, b)
                if m is not None:
                    yield m
                    pos = m.end()


def _merged(hits: dict[str, list[tuple[int, int]]], keys: frozenset[str],
            done: dict[frozenset[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of the tokens filed under any of ``keys``, in text order: merged once per
    article for each set of keys (families share them), and one key's list as it is (the
    scan files each key's tokens in text order)."""
    got = done.get(keys)
    if got is None:
        if len(keys) == 1:
            (key,) = keys
            got = hits.get(key, [])
        else:
            got = sorted(sp for k in keys for sp in hits.get(k, ()))
        done[keys] = got
    return got


def _choose(found: list[tuple[Result, str, regex.Match[str]]]) -> list[tuple[Result, str, regex.Match[str]]]:
    """Earliest first, then longest; a longer one starting inside the last kept replaces it."""
    pats = patterns()
    # earliest first, then longest; ties go to the family listed first
    order = pats.order
    found.sort(key=lambda x: (x[0].start, -(x[0].end - x[0].start), order[x[1]]))
    chosen: list[tuple[Result, str, regex.Match[str]]] = []
    last_end = -1
    for item in found:
        r = item[0]
        if r.start >= last_end:
            chosen.append(item)
            last_end = r.end
        elif chosen and (r.end - r.start) > (chosen[-1][0].end - chosen[-1][0].start) and r.start < last_end:
            # a longer expression starting inside the previous one replaces it
            prev = chosen[-1][0]
            if r.end > prev.end and (len(chosen) < 2 or chosen[-2][0].end <= r.start):
                chosen[-1] = item
                last_end = r.end
    return chosen


def _windows(spans: list[tuple[int, int]], left: int, right: int, n: int) -> list[tuple[int, int]]:
    """Merged, disjoint windows of text around the trigger spans."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        a, b = max(0, s - left), min(n, e + right)
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _anchored(windows: list[tuple[int, int]], anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The windows holding a whole anchor token: a family's pattern cannot match in the
    others. Both lists are sorted and the anchors (tokens) do not overlap, so the first
    anchor starting in a window is the one that can end in it."""
    out: list[tuple[int, int]] = []
    i, k = 0, len(anchors)
    for a, b in windows:
        while i < k and anchors[i][0] < a:
            i += 1
        if i < k and anchors[i][1] <= b:
            out.append((a, b))
    return out


#: A header line (a dateline, "Posted on ...") is short; a longer line is body text.
_HEADER_LINE_CHARS = 200


def _header_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the line holding ``text[start:end]``, or None when the line is longer
    than a header line can be. Looking no further than that keeps the header check of
    many dates on one endless line linear (it used to slice the line once per date)."""
    lo = max(0, start - _HEADER_LINE_CHARS)
    a = text.rfind("\n", lo, start) + 1
    if a == 0 and lo > 0:
        return None
    hi = min(len(text), end + _HEADER_LINE_CHARS)
    b = text.find("\n", end, hi)
    if b < 0:
        if hi < len(text):
            return None
        b = len(text)
    return (a, b) if b - a <= _HEADER_LINE_CHARS else None


_NONSPACE = regex.compile(r"\S")


def _header_end(text: str) -> int:
    """Where the article's header ends: the start of its first line after the first
    ``_HEADER_LINES`` non-blank lines (the text's end if it has fewer). Walks the lines
    without splitting the text, so a text of a million short lines costs no list of them."""
    nonblank = 0
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if _NONSPACE.search(text, pos, end):
            nonblank += 1
            if nonblank > _HEADER_LINES:
                return pos
        pos = end + 1
    return n


def _infer_dct(text: str, chosen: list[tuple[Result, str, regex.Match[str]]]) -> dt.datetime | dt.date | None:
    """A publication date the article states in its header: a dated 'Posted on' line, or
    a line of its own holding a full date, among its first lines."""
    if not chosen:
        return None
    limit = _header_end(text)
    fallback = None
    for r, family, _m in chosen:
        if r.start >= limit:
            break
        if family not in _FULL:
            continue
        fm = _FULL_VALUE.match(r.value)
        if not fm or not _YEAR_WRITTEN.search(text, r.start, r.end):
            continue
        bounds = _header_line(text, r.start, r.end)
        if bounds is None:
            continue
        a, b = bounds
        before = text[a : r.start]
        after = text[r.end : b]
        if _HEADER_CUE.search(before):
            return _as_published(r.value)
        if fallback is None and not _WORDISH.search(before + after):
            fallback = _as_published(r.value)
    return fallback


def _as_published(value: str) -> dt.datetime | dt.date | None:
    try:
        if "T" in value:
            return dt.datetime.fromisoformat(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def find_dates(text: str, published: dt.datetime | dt.date | None = None) -> list[Result]:
    """All temporal expressions of ``text`` as normalised results, in text order."""
    if not text:
        return []
    dct: dt.date | None = None
    if isinstance(published, dt.datetime):
        dct = published.date()
    elif isinstance(published, dt.date):
        dct = published
    probe = Context(text=text, dct=dct or dt.date(2000, 6, 15))
    chosen = _candidates(text, probe)
    if dct is None:
        inferred = _infer_dct(text, chosen)
        if isinstance(inferred, dt.datetime):
            dct = inferred.date()
        elif isinstance(inferred, dt.date):
            dct = inferred
    ctx = Context(text=text, dct=dct, published_at=(published.hour, published.minute)
                  if isinstance(published, dt.datetime) and (published.hour, published.minute) != (0, 0) else None)
    out: list[Result] = []
    numbered = False  # a quarter told by its number so far (a fiscal quarter's name)
    for r0, family, m in chosen:
        r = handle(family, m, ctx)
        if r is None:
            r = r0 if dct is not None else None
        if r is None:
            continue
        out.append(r)
        if not numbered:
            _place_period_by_its_end(text, out, ctx)
            numbered = numbered_quarter(text, r)
        if r.year is not None:
            ctx.focus, ctx.focus_end = r.year, r.end
        if (_MONTH_VALUE.match(r.value) if family in ("month", "mdy", "dmy")
                else family == "relunit" and _MONTH_ONLY.fullmatch(r.value)):
            # a month named ("in October") or counted ("last month") is the month in view
            ctx.month = r.value[:7]
            ctx.month_end = r.end
        if _SEASON.match(r.value):
            ctx.season, ctx.season_end = r.value, r.end  # "the following spring" counts from it
        if r.type in ("DATE", "TIME") and _FULL_VALUE.match(r.value):
            ctx.day = r.value[:10]  # the anchor of "the same day", "the next day"
            if dct is not None and ctx.day < dct.isoformat():
                ctx.earlier_day = ctx.day  # the day of a past clock time after publication's
            ctx.day_end = r.end
            if not _SINCE_BEFORE.search(text, max(0, r.start - 50), r.start):
                ctx.told_day, ctx.told_day_end = ctx.day, r.end
        if ((family in _QUARTER_FAMILIES or (family == "theunit" and r.year is None)) and _QUARTER.match(r.value)
                and _report_quarter(text, r, m, dct)):
            ctx.quarter = r.value  # the quarter the report is about (not "the year-ago quarter")
            ctx.quarter_end = r.end
    return without_game_periods(text, untitled(text, hedged(text, join_durations(text, ordered_weekdays(text, out, dct)))))


def _place_period_by_its_end(text: str, out: list[Result], ctx: Context) -> None:
    """``the quarter ended June 30``: the day just read (``out[-1]``) places the bare quarter
    or half before it (:func:`~newskit_dates.period_end.period_of_end`), and the quarter the
    report is about with it. Not called after the text told a quarter by its number (``its
    fiscal first quarter ... the quarter ended Sept. 30``): a firm's fiscal quarter is named
    so."""
    if len(out) < 2:
        return
    placed = period_of_end(text, out[-2], out[-1])
    if placed is None:
        return
    if ctx.quarter == out[-2].value and ctx.quarter_end == out[-2].end:
        ctx.quarter = placed.value
    out[-2] = placed


def _report_quarter(text: str, r: Result, m: regex.Match[str], dct: dt.date | None) -> bool:
    """Can this quarter be the one the report is about (the focus of "a year ago", "the
    quarter")? Not a year-ago quarter, not an indefinite "a flat second quarter", not a
    quarter of a distant year."""
    indefinite = "-" not in m.group() and _INDEFINITE.search(text, max(0, r.start - 30), r.start)
    if _BACKWARD.search(m.group()) or indefinite:
        return False
    return dct is None or int(r.value[:4]) >= dct.year - 1


class DatesExtractor:
    """Temporal expressions as TimeML TIMEX3 ``DateMention``s (kind ``date``)."""

    name = "dates"
    provides = frozenset({"date"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        text = article.text
        out: list[Mention] = []
        for r in find_dates(text, article.published):
            out.append(DateMention(start=r.start, end=r.end, text=text[r.start : r.end], source=self.name,
                                   type=r.type, value=r.value, mod=r.mod, anchor=r.anchor))
        return tuple(out)
