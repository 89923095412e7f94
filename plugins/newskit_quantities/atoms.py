"""The numbers of a text before any rule reads them: digits (with what must be kept apart
from them: telephone numbers, tables, dates and codes), runs of number words, and "a"
before a unit, as bases in text order."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, localcontext
from operator import itemgetter
from typing import Any, NamedTuple

import regex

from newskit import Number
from newskit.ascii_patterns import plain_ascii
from newskit.text import compile_pattern, lower

from .lexicon import SP, Lexicon
from .numbers import Segment, digits_value, exact, parse_words, words

__all__ = ["Base", "lowered", "read_bases"]


#: Digit fractions we read as fractions ("3/4"); "9/11" and "24/7" are names.
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 1000})


class Base(NamedTuple):
    """One number as read, before any rule grows it."""

    start: int
    end: int
    value: Number
    kind: str  # card, frac, afrac, vague, mult, ord, couple
    digits: bool
    lead: str  # first word of a word number ("" for digits)
    ntok: int  # number of words


def read_bases(text: str, lx: Lexicon) -> list[Base]:
    out = list(_digit_bases(text, lx))
    wl = words()
    n = len(out)
    for m in lx.a_unit.finditer(text):  # "a gallon": one gallon
        out.append(Base(m.start(), m.end(), 1, "card", False, "a", 1))
    low = lowered(text) if lx.wordrun_lower is not None else None
    runs = lx.wordrun.finditer(text) if low is None else _lowered_runs(lx, low).finditer(low)
    for m in runs:
        s = m.start()
        if s > 0 and text[s - 1] in _GLUED:
            continue
        out.extend(_word_bases(text, s, m.group("words"), wl))
    if (len(out) > n and n) or len(out) > n + 1:
        out.sort(key=_START)
    return out


def _lowered_runs(lx: Lexicon, low: str) -> Any:
    """The pattern of the number-word runs for a lowered text: the standard library's
    translation on plain ASCII (half the time of the scan), else ``regex``'s."""
    return lx.wordrun_ascii if lx.wordrun_ascii is not None and plain_ascii(low) else lx.wordrun_lower


_START = itemgetter(0)  # a base's start
_GLUED = frozenset("'’-\u2010\u2011\u2012_")


def _powered(base: Decimal, m: regex.Match[str]) -> Decimal | None:
    """The number a power ("2.5^-1", "10^-3") or an exponent ("3 × 10^5") writes, to 28
    digits; None when it overflows. (A function of its own: a ``continue`` inside ``try``
    is one of the few statements mypyc cannot compile.)"""
    with localcontext() as ctx:
        ctx.prec = 28
        try:
            if m.group("pow"):
                return base ** int(m.group("pow"))
            return base.scaleb(int(m.group("exp").translate(_SUPERSCRIPT)))
        except ArithmeticError:
            return None


def _digit_bases(text: str, lx: Lexicon) -> Iterator[Base]:
    for m in lx.atom.finditer(text):
        if m.lastgroup == "num":  # the group closed last: no power, exponent or fraction after it
            raw = m.group("num")
            if raw.isdigit() and len(raw) < 19:  # a plain whole number, most atoms: read at once
                yield Base(m.start(), m.end(), int(raw), "card", True, "", 0)
                continue
        if m.group("chain") or m.group("soup") or m.group("phone"):
            yield Base(m.start(), m.end(), 0, "junk", True, "", 0)
            continue
        if m.group("vf2"):
            yield Base(m.start(), m.end(), exact(lx.vulgar[m.group("vf2")]), "frac", True, "", 0)
            continue
        raw = m.group("frac") or m.group("num") or ""
        if m.group("pow") or m.group("exp"):
            base = digits_value(raw)
            if base is None:
                continue
            p = _powered(base, m)
            if p is not None:
                yield Base(m.start(), m.end(), exact(p), "card", True, "", 0)
            continue
        if raw.isdigit() and len(raw) < 19 and not m.group("vf"):
            yield Base(m.start(), m.end(), int(raw), "card", True, "", 0)
            continue
        d = digits_value(raw)
        if d is None:
            yield Base(m.start(), m.end(), 0, "junk", True, "", 0)
            continue
        kind = "card"
        if m.group("frac"):
            num, _, den = raw.partition("/")
            if (int(den) not in _FRACTION_DENOMINATORS and not (
                    0 < int(num) < int(den) and _OF.match(text, m.end(), m.end() + 40))) \
                    or int(num) >= int(den) * 10:
                yield Base(m.start(), m.end(), 0, "junk", True, "", 0)
                continue
            kind = "frac"
        if m.group("vf"):
            d += lx.vulgar[m.group("vf")]
        yield Base(m.start(), m.end(), exact(d), kind, True, "", 0)


_OF = compile_pattern(SP + r"++of(?![\p{L}])")  # "1/40 of the budget": a fraction

_SUPERSCRIPT = str.maketrans("\u207b\u207a\u2212\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                             "-+-0123456789")

_TOKEN = compile_pattern(r"\p{L}+|[,&]")


def _word_bases(text: str, offset: int, run: str, wl: Any) -> Iterator[Base]:
    toks = [(t.group().lower().replace("&", "and"), offset + t.start(), offset + t.end())
            for t in _TOKEN.finditer(run)]
    words_ = [t[0] for t in toks]
    segs = parse_words(words_)
    if len(segs) == 1 and _BETWEEN.search(text, max(0, offset - 12), offset):
        segs = _between_ends(words_, segs)
    for seg in segs:
        yield _seg_base(seg, toks)


_BETWEEN = compile_pattern(r"(?i)(?<![\p{L}])between" + SP + r"++\Z")


def _between_ends(words_: list[str], segs: list[Segment]) -> list[Segment]:
    """After "between", one reading that swallows the range's "and" is two numbers:
    "between three hundred and one thousand" is 300 to 1,000, not 301,000 (the range
    needs its "and"). Split at the last "and" when both sides read as whole numbers and
    the second is the larger."""
    seg = segs[0]
    inside = words_[seg.first:seg.last + 1]
    if "and" not in inside[1:]:
        return segs
    k = seg.first + len(inside) - 1 - inside[::-1].index("and")
    left, right = parse_words(words_[:k]), parse_words(words_[k + 1:seg.last + 1])
    if len(left) != 1 or len(right) != 1 or left[0].kind != "card" or right[0].kind != "card" \
            or left[0].first != seg.first or right[0].value <= left[0].value:
        return segs  # "between five thousand and six hundred": no rising range, one number
    return [left[0], right[0]._replace(first=right[0].first + k + 1, last=right[0].last + k + 1)]


def _seg_base(seg: Segment, toks: list[tuple[str, int, int]]) -> Base:
    first = toks[seg.first]
    lead = first[0]
    ntok = seg.last - seg.first + 1
    if lead in ("a", "an") and seg.first + 1 <= seg.last:
        lead = toks[seg.first + 1][0]
    return Base(first[1], toks[seg.last][2], seg.value, seg.kind, False, lead, ntok)


def lowered(text: str) -> str | None:
    """The text lower-cased, where matching it case by case finds what matching the text
    case-insensitively finds, at the same offsets: no letter lower-cases to two characters
    ("İ"), and no long s ("ſ", which case-insensitive matching takes for "s")."""
    if "\u017f" in text:
        return None
    low = lower(text)  # a piece at a time (newskit.text.lower)
    return low if len(low) == len(text) else None
