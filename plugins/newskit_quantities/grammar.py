"""Finding quantities: number atoms, then scale, unit, range, approximator and counted noun
around each, and the filters that keep dates, years, times, identifiers and scores out.

One compiled pattern finds every number atom (digits or a run of number words) in one
linear pass; each atom is then grown with small anchored patterns that look at a bounded
window around it, so the whole is linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, localcontext
from typing import Any, NamedTuple

import regex

from newskit import Number
from newskit.text import compile_pattern
from newskit.vocabulary import per_vocabulary

from .numbers import (
    Segment,
    alternation,
    data,
    digits_value,
    exact,
    parse_words,
    to_decimal,
    trie_pattern,
    words,
)
from .units import lex as unit_lex
from .units import match_currency_prefix, match_prefix_unit, match_unit, singular, unit_of_word

__all__ = ["Found", "find_quantities"]

_SP = r"[ \t\u00a0\u202f\u2009]"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASHC = r"\-\u2010\u2011\u2012"
_DASHC_ALL = r"\-\u2010\u2011\u2012\u2013\u2014\u2212"
_OPENERS = ".!?:;\"“”‘’'()[]\n•*|–—"

#: Digit fractions we read as fractions ("3/4"); "9/11" and "24/7" are names.
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 1000})


class Found(NamedTuple):
    """One quantity, before it becomes a ``QuantityMention``."""

    start: int
    end: int
    value: Number
    high: Number | None
    approx: str | None
    unit: str | None
    of: str | None
    ordinal: bool


class _Base(NamedTuple):
    start: int
    end: int
    value: Number
    kind: str  # card, frac, afrac, vague, mult, ord, couple
    digits: bool
    lead: str  # first word of a word number ("" for digits)
    ntok: int  # number of words


class _Lex(NamedTuple):
    atom: Any
    wordrun: Any
    a_unit: Any
    scale_abbr: Any
    scale_word: Any
    approx_before: Any
    approx_map: dict[str, str | None]
    suffix: Any
    suffix_map: dict[str, str]
    opener: Any
    negative: Any
    prev_word: Any
    last_word: Any
    words_after: Any
    range_conn: Any
    stop: frozenset[str]
    ident: frozenset[str]
    score: frozenset[str]
    one_before: frozenset[str]
    one_after: frozenset[str]
    year_before: frozenset[str]
    amount_before: frozenset[str]
    change: frozenset[str]
    vulgar: dict[str, Decimal]


@per_vocabulary
def _lex() -> _Lex:
    nd = data("numbers.json")
    gd = data("grammar.json")
    words()
    vocab: set[str] = set()
    for table in ("units", "teens", "tens", "hundred", "scales", "ordinals", "denominators",
                  "dozen", "vague", "multiplicatives"):
        vocab.update(nd[table])
    vocab.update(w + "s" for w in nd["scales"])
    vocab.update(("dozens", "point"))
    word = "(?:" + trie_pattern(sorted(vocab)) + r")(?![\p{L}\p{N}])"
    sep = (
        "(?:-and-(?:an?-)?|" + _SP + "*+[" + _DASHC + "]" + _SP + "*+"
        "|" + _SP + "++(?:and" + _SP + "++)?(?:an?" + _SP + "++)?"
        "|" + _SP + "++(?:of|over)" + _SP + "++"
        "|," + _SP + "++(?:and" + _SP + "++)?|" + _SP + "*+&" + _SP + "*+)"
    )
    vulgar = "".join(nd["vulgar_fractions"])
    atom = (
        r"(?P<phone>(?<![\w+])\+\d{1,3}(?:[ .\-]\(?\d{1,5}\)?){2,}+"
        r"|\(\d{2,4}\)[ .\-]?\d{3,4}[ .\-]\d{3,4}(?!\d)"
        r"|(?<![\d\-])\d{3}-0\d{3}(?![\d\-]))"
        r"|(?<!\d)(?<!\d[.,])(?:"
        r"(?P<soup>(?:[-+$€£]{0,3}\d{1,12}(?:[.,/:\-]\d{1,12}){0,3}(?![\d.,/:\-]\d|\d)"
        r"[ \t\u00a0]*+){9,}+)"
        r"|(?P<chain>\d++(?::\d++)++|\d++(?P<sep>[-./])\d++(?:(?P=sep)\d++)++)"
        r"|(?P<frac>\d++/\d++)(?![\d/])"
        r"|(?P<num>(?:\d{1,3}(?:,\d{3})++(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})++(?![\d,])"
        r"|\d++)(?:\.\d++)?(?:[eE][-+]?\d++(?![\p{L}\d]))?|\.\d++)"
        r"(?:\^(?P<pow>[-+]?\d{1,3})(?!\d)"
        r"|[ \t]*+[×x*][ \t]*+10(?:\^(?P<exp>[-+\u2212]?\d{1,3})(?!\d)"
        r"|(?P<exp>[\u207b\u207a]?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3})"
        r"|(?<=[×x]10)(?P<exp>[-\u2212]\d{1,3})(?![\d.,]\d|\d)))?"
        r"(?P<vf>[" + vulgar + r"])?"
        r")"
        r"|(?<![\p{L}\p{N}'’" + _DASHC + r"])(?P<vf2>[" + vulgar + r"])"
    )
    # a separate pass: one alternation with the digits is several times slower
    wordrun = r"\b(?P<words>(?i:(?:an?" + _SP + r"++)?" + word + "(?:" + sep + word + ")*+))"
    approx_map: dict[str, str | None] = {k.lower(): v for k, v in gd["approximators"].items()}
    alpha = [k for k in approx_map if k[0].isalpha()]
    sym = [k for k in approx_map if not k[0].isalpha()]
    # reverse searches (?r): they start at the number and fail at once when nothing fits
    approx_before = (
        r"(?r)(?:(?<![\p{L}\p{N}])(?i:(?P<a>" + alternation(alpha, _SP + "+") + "))" + _SP + "+"
        r"|(?P<s>" + alternation(sym) + ")" + _SP + r"*)\Z"
    )
    suffix_map: dict[str, str] = {k.lower(): v for k, v in gd["suffix_approximators"].items()}
    spaced = [k for k in suffix_map if k[0].isalpha()]
    attached = [k for k in suffix_map if not k[0].isalpha()]
    suffix = (
        "(?:" + _SP + "++(?i:(?P<w>" + trie_pattern(spaced, _SP + "++") + "))"
        "|(?P<s>" + trie_pattern(attached) + r"))(?![\p{L}\p{N}])"
    )
    return _Lex(
        atom=compile_pattern(atom),
        wordrun=compile_pattern(wordrun),
        a_unit=compile_pattern(
            r"(?<![\p{L}\p{N}'’\-])(?i:an?)(?=" + _SP + "++(?i:"
            + trie_pattern(gd["a_units"]) + r")(?![\p{L}\p{N}\-]))"
        ),
        scale_abbr=compile_pattern(
            r"(?:(?P<att>bn|mn|mln|bln|tn|trn|tln|k|K|m|M|B|b|T)|" + _SP
            + r"(?P<sp>bn|mn|mln|bln|tn|trn|k|M|B|b))(?![\p{L}\p{N}])"
        ),
        scale_word=compile_pattern(
            r"(?:" + _SP + r"++|-)(?i:(?P<s1>" + alternation(["hundred", *nd["scales"], "dozen"]) + ")s?"
            r"(?:" + _SP + r"++(?P<s2>thousand|million|billion))?)(?![\p{L}])"
        ),
        approx_before=compile_pattern(approx_before),
        approx_map=approx_map,
        suffix=compile_pattern(suffix),
        suffix_map=suffix_map,
        opener=compile_pattern(r"(?r)(?<![\p{L}])(?i:(?P<o>between|from))" + _SP + r"+\Z"),
        negative=compile_pattern(r"(?r)(?<![\p{L}])(?i:minus|negative)" + _SP + r"+\Z"),
        prev_word=compile_pattern(
            r"(?r)(?<![\p{L}\p{N}.'’&#])(?P<w>[\p{L}#][\p{L}\p{N}.'’&]*)" + _SP + r"+\Z"
        ),
        last_word=compile_pattern(r"(?r)[\p{L}]++\Z"),
        words_after=compile_pattern(r"(?:" + _SP + r"++(?P<w>[\p{L}][\p{L}'’-]*+)){1,6}"),
        range_conn=compile_pattern(
            "[" + _DASHC + "]" + _SP + "++(?i:(?P<w>to|through|thru|and|or))" + _SP + "++"
            "|[" + _DASHC + "](?i:(?P<w>to))[" + _DASHC + r"](?=\d)"
            "|" + _SP + "*+(?P<c>[" + _DASHC_ALL + "])" + _SP + "*+"
            "|" + _SP + "++(?i:(?P<w>to|through|thru|and|or))" + _SP + "++"
        ),
        stop=frozenset(gd["stopwords"]),
        ident=frozenset(gd["identifier_words"]),
        score=frozenset(gd["score_words"]),
        one_before=frozenset(gd["one_blockers_before"]),
        one_after=frozenset(gd["one_blockers_after"]),
        year_before=frozenset(gd["determiners_before_year"]),
        amount_before=frozenset(gd["amount_words_before_long_digits"]),
        change=frozenset(gd["change_verbs"]),
        vulgar={k: to_decimal(digits_value(v) or Decimal(0))
                for k, v in nd["vulgar_fractions"].items()},
    )


# ------------------------------------------------------------------------ atoms


def _bases(text: str, lx: _Lex) -> list[_Base]:
    out = list(_digit_bases(text, lx))
    wl = words()
    n = len(out)
    for m in lx.a_unit.finditer(text):  # "a gallon": one gallon
        out.append(_Base(m.start(), m.end(), 1, "card", False, "a", 1))
    for m in lx.wordrun.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] in _GLUED:
            continue
        out.extend(_word_bases(text, s, m.group("words"), wl))
    if (len(out) > n and n) or len(out) > n + 1:
        out.sort(key=lambda b: b.start)
    return out


_GLUED = frozenset("'’-\u2010\u2011\u2012_")


def _digit_bases(text: str, lx: _Lex) -> Iterator[_Base]:
    for m in lx.atom.finditer(text):
        if m.group("chain") or m.group("soup") or m.group("phone"):
            yield _Base(m.start(), m.end(), 0, "junk", True, "", 0)
            continue
        if m.group("vf2"):
            yield _Base(m.start(), m.end(), exact(lx.vulgar[m.group("vf2")]), "frac", True, "", 0)
            continue
        raw = m.group("frac") or m.group("num") or ""
        if m.group("pow") or m.group("exp"):
            base = digits_value(raw)
            if base is None:
                continue
            with localcontext() as ctx:
                ctx.prec = 28
                try:
                    if m.group("pow"):
                        p = base ** int(m.group("pow"))  # "2.5^-1", "10^-3"
                    else:
                        p = base.scaleb(int(m.group("exp").translate(_SUPERSCRIPT)))  # "3 × 10^5"
                except ArithmeticError:
                    continue
            yield _Base(m.start(), m.end(), exact(p), "card", True, "", 0)
            continue
        if raw.isdigit() and len(raw) < 19 and not m.group("vf"):
            yield _Base(m.start(), m.end(), int(raw), "card", True, "", 0)
            continue
        d = digits_value(raw)
        if d is None:
            yield _Base(m.start(), m.end(), 0, "junk", True, "", 0)
            continue
        kind = "card"
        if m.group("frac"):
            num, _, den = raw.partition("/")
            if (int(den) not in _FRACTION_DENOMINATORS and not (
                    0 < int(num) < int(den) and _OF.match(text, m.end(), m.end() + 40))) \
                    or int(num) >= int(den) * 10:
                yield _Base(m.start(), m.end(), 0, "junk", True, "", 0)
                continue
            kind = "frac"
        if m.group("vf"):
            d += lx.vulgar[m.group("vf")]
        yield _Base(m.start(), m.end(), exact(d), kind, True, "", 0)


_OF = compile_pattern(_SP + r"++of(?![\p{L}])")  # "1/40 of the budget": a fraction

_SUPERSCRIPT = str.maketrans("\u207b\u207a\u2212\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                             "-+-0123456789")

_TOKEN = compile_pattern(r"\p{L}+|[,&]")


def _word_bases(text: str, offset: int, run: str, wl: Any) -> Iterator[_Base]:
    toks = [(t.group().lower().replace("&", "and"), offset + t.start(), offset + t.end())
            for t in _TOKEN.finditer(run)]
    words_ = [t[0] for t in toks]
    segs = parse_words(words_)
    if len(segs) == 1 and _BETWEEN.search(text, max(0, offset - 12), offset):
        segs = _between_ends(words_, segs)
    for seg in segs:
        yield _seg_base(seg, toks)


_BETWEEN = compile_pattern(r"(?i)(?<![\p{L}])between" + _SP + r"++\Z")


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


def _seg_base(seg: Segment, toks: list[tuple[str, int, int]]) -> _Base:
    first = toks[seg.first]
    lead = first[0]
    ntok = seg.last - seg.first + 1
    if lead in ("a", "an") and seg.first + 1 <= seg.last:
        lead = toks[seg.first + 1][0]
    return _Base(first[1], toks[seg.last][2], seg.value, seg.kind, False, lead, ntok)


# ------------------------------------------------------------------------ helpers


_ENUMERATOR = compile_pattern(r"[.)]" + _SP + r"++[\p{Lu}\p{N}\"“(]")


def _line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only openers/whitespace separate ``pos`` from a sentence start."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0:
        return True
    return text[i] in _OPENERS


def _prev_word(text: str, pos: int, lx: _Lex) -> tuple[str, int] | None:
    m = lx.prev_word.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    return m.group("w"), m.start("w")


def _next_words(text: str, pos: int, lx: _Lex) -> list[tuple[str, int, int]]:
    m = lx.words_after.match(text, pos, min(len(text), pos + 120))
    if m is None:
        return []
    return list(zip(m.captures("w"), m.starts("w"), m.ends("w"), strict=False))


def _is_time_word(w: str) -> bool:
    return w.lower().rstrip(".,") in unit_lex().time_units or w.lower() in unit_lex().time_units


def _mul(v: Number, k: Number) -> Number:
    return exact(to_decimal(v) * to_decimal(k))


class _Grown(NamedTuple):
    end: int
    value: Number
    scaled: bool
    scale: Number
    unit: str | None
    currency: bool
    age: bool


def _grow_right(
    text: str, b: _Base, lx: _Lex, by_start: dict[int, _Base], cur: bool = False
) -> _Grown | None:
    """Scale and unit after a base. None when the base is not a quantity (a duration)."""
    e = b.end
    value = b.value
    scale: Number = 1
    kelvin = False
    if b.digits and b.kind == "card":
        m = lx.scale_abbr.match(text, e)
        if m is not None:
            key = m.group("att") or m.group("sp")
            scale = data("numbers.json")["scale_abbreviations"][key]
            e = m.end()
            decimal_b = key in ("b", "B") and "." in text[b.start:b.end]  # "2.7b"
            if (key in ("b", "B", "T") or (key == "K" and "." in text[b.start:b.end])) and \
                    not cur and not decimal_b and not _counted_plural(text, e, lx):
                scale, e = 1, b.end  # "573.15K", "1500b": a unit letter, not a scale
                kelvin = key == "K" and m.group("att") is not None
            if key == "m" and not cur:
                nw = _next_words(text, e, lx)
                if nw and nw[0][1] == e + 1 and nw[0][0].islower() and \
                        nw[0][0] not in lx.stop and not _counted_plural(text, e, lx):
                    scale, e = 1, b.end  # "the 100m sprint": metres
        else:
            m2 = lx.scale_word.match(text, e)
            if m2 is not None:
                sc = words().scales
                scale = 12 if m2.group("s1").lower() == "dozen" else sc[m2.group("s1").lower()]
                if m2.group("s2"):
                    scale = scale * sc[m2.group("s2").lower()]
                e = m2.end()
            elif (af := _AND_FRACTION.match(text, e, e + 60)) is not None:
                frac = digits_value(af.group("d")) if af.group("d") else Decimal(1) / Decimal(
                    {"half": 2, "quarter": 4, "third": 3}[af.group("w").lower()])
                if frac is not None and frac < 1:
                    value = exact(to_decimal(value) + frac)
                    e = af.end()
            elif isinstance(value, int) and e + 1 < len(text) and text[e] == " ":
                fb = by_start.get(e + 1)  # "4 5/8"
                if fb is not None and fb.kind == "frac" and fb.digits and to_decimal(fb.value) < 1:
                    value = exact(to_decimal(value) + to_decimal(fb.value))
                    e = fb.end
    if scale != 1:
        value = _mul(value, scale)
    unit: str | None = None
    currency = False
    age = False
    if kelvin:
        unit, e = "K", e + 1
    elif b.kind not in ("mult", "ord"):
        um = match_unit(text, e)
        if um is not None:
            unit, currency, e = um.unit, um.currency, um.end
            if currency and unit not in ("cent", "penny"):
                cm = _AND_CENTS.match(text, e)  # "3 dollars and 5 cents"
                cb = by_start.get(cm.end()) if cm is not None else None
                if cb is not None and cb.kind == "card" and isinstance(cb.value, int) and \
                        0 < cb.value < 100:
                    cu = match_unit(text, cb.end)
                    if cu is not None and cu.unit in ("cent", "penny"):
                        value = exact(to_decimal(value) + Decimal(cb.value) / 100)
                        e = cu.end
            if unit == "times":
                nxt = _next_words(text, e, lx)
                if len(nxt) >= 2 and nxt[0][0].lower() in ("a", "an", "per", "each", "every") \
                        and _is_time_word(nxt[1][0]):
                    return None
    if unit is None and b.kind not in ("mult", "ord") and e + 1 < len(text) and text[e] == "-":
        hm = match_unit(text, e + 1)  # "a 10-km race", "a 2.3-billion-dollar deal"
        if hm is not None and hm.unit not in ("times",) and text[e + 1].isalpha():
            unit, currency, e = hm.unit, hm.currency, hm.end
    if unit is None and (_CLOCK.match(text, e) or _ERA.match(text, e)):
        return None
    if unit is None:
        # durations and times belong to dates; ages ("5 years old", "71-year-old") stay
        j = e
        if j < len(text) and text[j] in _DASH[:3]:
            j += 1
        nxt = _next_words(text, j, lx) if j == e else _hyphen_words(text, j)
        if nxt and (nxt[0][1] - e) <= 2 and (_is_time_word(nxt[0][0]) or _AGED.fullmatch(nxt[0][0])):
            aged = _age_end(nxt)
            if aged is not None:
                return _Grown(aged[1], value, scale != 1, scale, aged[0], False, True)
            return None
        if nxt and nxt[0][1] - e <= 2:
            w0 = nxt[0][0]
            if w0 in unit_lex().months or (w0.lower().rstrip(".") in ("of",) and len(nxt) > 1 \
                    and nxt[1][0] in _cap_months()):
                return None
            if w0.rstrip(".") in _cap_months():
                return None
    return _Grown(e, value, scale != 1, scale, unit, currency, age)


#: "year-old" read as one word after a space ("a 3 year-old boy")
_AGED = compile_pattern(r"(?i)(?P<t>\p{L}+)[" + _DASHC + r"]old")


def _age_end(nxt: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """An age after a number and a time word: "5 years old", "10 months of age", or
    "3 year-old" (the hyphen after a space) - its unit and end; None for a duration."""
    w0 = nxt[0][0]
    am = _AGED.fullmatch(w0)
    if am is not None:
        return (singular(am.group("t")), nxt[0][2]) if _is_time_word(am.group("t")) else None
    rest = [w.lower() for w, _, _ in nxt[1:3]]
    if rest[:1] == ["old"] and nxt[1][1] - nxt[0][2] <= 1:
        return singular(w0.lower()), nxt[1][2]
    if rest == ["of", "age"] and nxt[2][1] - nxt[0][2] <= 4:
        return singular(w0.lower()), nxt[2][2]
    return None


@per_vocabulary
def _cap_months() -> frozenset[str]:
    return frozenset(m.capitalize() for m in unit_lex().months) | frozenset(
        m.upper() for m in unit_lex().months if len(m) > 3
    )


def _hyphen_words(text: str, pos: int) -> list[tuple[str, int, int]]:
    m = _HYPH.match(text, pos, min(len(text), pos + 60))
    if m is None:
        return []
    return list(zip(m.captures("w"), m.starts("w"), m.ends("w"), strict=False))


_HYPH = compile_pattern(r"(?P<w>\p{L}++)(?:[ " + _DASHC + r"](?P<w>\p{L}++)){0,2}")


# ------------------------------------------------------------------------ main


def find_quantities(text: str, *, ordinals: bool = False) -> list[Found]:
    """Every quantity in ``text``, in text order."""
    lx = _lex()
    bases = _bases(text, lx)
    by_start = {b.start: b for b in bases}
    out: list[Found] = []
    done = 0
    prev_end = -10
    run = 0
    for b in bases:
        if b.start < done:
            continue
        # number soup (tables, noise): past a dozen numbers in a row at most five
        # characters apart, skip on (keeps adversarial input cheap)
        if 0 <= b.start - prev_end <= 5 and "\n" not in text[prev_end:b.start]:
            run += 1
        else:
            run = 0
        prev_end = b.end
        if run >= 12:
            done = b.end
            continue
        if b.kind == "junk":
            done = b.end
            continue
        try:
            f = _quantity(text, b, lx, by_start, ordinals)
        except (ArithmeticError, ValueError, IndexError):  # defensive: never raise on text
            f = None
        if f is None:
            continue
        if isinstance(f, int):
            done = max(done, f)
            continue
        out.append(f)
        done = f.end
    return out


def _quantity(
    text: str, b: _Base, lx: _Lex, by_start: dict[int, _Base], ordinals: bool
) -> Found | int | None:
    """The quantity grown from base ``b``; an int (an end offset to skip to) when the
    base and what it joins are rejected; None when only the base is rejected."""
    s = b.start
    if b.kind == "ord":
        return _ordinal(text, b, lx) if ordinals else None
    # digit ordinals "21st": never a cardinal
    if b.digits and b.end < len(text) and text[b.end].isalpha():
        if text[b.end:b.end + 2].lower() in ("st", "nd", "rd", "th") and not (
            b.end + 2 < len(text) and text[b.end + 2].isalpha()
        ):
            if ordinals and isinstance(b.value, int):
                ob = b._replace(end=b.end + 2)
                return _ordinal(text, ob, lx)
            return None
    # --- a unit written before the number: "magnitude 7.4", "magnitude-7.4"
    pre = match_prefix_unit(text, s) if b.digits else None  # the span keeps the number
    # --- identifiers glued to letters: G7, Su-57, F-16, COVID-19, A320
    cur = None
    cur_neg = False
    if b.digits and s > 0 and pre is None:
        c = text[s - 1]
        if not (c.isspace() or c in "(["):
            cur = match_currency_prefix(text, s)
            if cur is None and c in "-\u2212" and s > 1:
                cur = match_currency_prefix(text, s - 1)  # "$-99.99": a signed amount
                cur_neg = cur is not None
            if cur is None:
                if c.isalpha() or c in "_@#/\\'’\"":
                    return None
                if c in _DASH[:4] and s > 1 and (text[s - 2].isalnum()):
                    return None
        elif s > 1 and not text[s - 2].isspace():
            cur = match_currency_prefix(text, s)  # "USD 5", "Rs 500", "€ 10"
    if not b.digits and text[s].isupper() and not _sentence_initial(text, s):
        return None  # "Group of Seven", "Big Three"; but "Two people..." starts a sentence
    prev = _prev_word(text, s, lx)
    prev_lower = prev[0].lower().rstrip(".") if prev else ""
    if b.digits and cur is None and _ENUMERATOR.match(text, b.end) and _line_start(text, s):
        return None  # "3. Isel Lopez": a list number
    g = _grow_right(text, b, lx, by_start, cur is not None)
    if g is None:
        return None
    if b.digits and cur is None and g.end == b.end and g.end < len(text) and (
        text[g.end].isalpha() or text[g.end] in "_@"
    ):
        return None  # "5G", "3D", "1990s", "737MAX"
    value, unit, end = g.value, g.unit, g.end
    currency = g.currency
    if pre is not None and unit is None:
        unit = pre[1]
    if not b.digits and b.lead == "a" and (unit is None or unit == "times" or _rate_a(text, s, lx)):
        return None
    if cur is not None and (unit is None or currency):
        unit, currency = cur[1], True
    code_like = False
    if b.digits and cur is None and unit is None and not g.scaled:
        raw = text[b.start:b.end]
        code_like = (raw[0] == "0" and len(raw) > 1 and raw[1].isdigit()) or (
            len(raw) >= 5 and raw.isdigit() and not _amount_place(text, b, prev_lower, lx)
        )
    kind = b.kind
    approx: str | None = None
    if kind in ("vague", "couple"):
        approx = "vague"
    # --- contextual word-number checks
    nxt = _next_words(text, b.end, lx) if not b.digits else []
    weak_one = False
    if not b.digits:
        rejected = _word_number_rejected(text, b, lx, prev, prev_lower, nxt)
        if rejected is not False:
            return rejected
        weak_one = b.lead == "one" and b.ntok == 1 and prev_lower in lx.one_before
        if kind in ("frac", "afrac") and b.lead in ("half", "halves", "quarter", "quarters"):
            hf = _half_unit(text, b, lx, prev_lower, nxt, unit)
            if hf is None:
                return None
            if hf[1] >= 0:
                unit, end = hf[0], hf[1]
            if hf[2] is not None:
                currency = hf[2]
            nxt = hf[3]
    # --- ranges
    high: Number | None = None
    s_signed = False  # the range's low end already carries the sign
    signed = _minus_before(text, s) if b.digits and cur is None else False
    rm = lx.range_conn.match(text, end)
    if rm is not None and kind in ("card", "frac") and not g.age:
        rg = _range(text, rm, b, g, lx, by_start, _Span(s, end, value, unit, currency),
                    pre, cur, signed, prev_lower)
        if isinstance(rg, int):
            return rg
        if rg is not None:
            s, end, value, unit, currency, high = rg
            s_signed = signed
    if high is not None and prev_lower in lx.score and b.digits and unit is None:
        return end
    if weak_one and high is None and not g.age:
        return None
    if code_like and unit is None and not _counted_plural(text, end, lx):
        return end  # "0256", "891031": codes and serial numbers
    # --- tolerance: "10 ± 2 litres" keeps 10
    tm = _TOLERANCE.match(text, end)
    if tm is not None and high is None:
        tb = by_start.get(tm.end())
        if tb is not None and tb.digits and tb.kind == "card":
            gt = _grow_right(text, tb, lx, by_start)
            if gt is not None:
                end = gt.end
                if unit is None:
                    unit, currency = gt.unit, gt.currency
    # --- suffix approximators: "or more", "300-plus"
    sm = lx.suffix.match(text, end)
    if sm is not None and high is None:
        key = (sm.group("w") or sm.group("s") or "").lower()
        key = _squash(key)
        if key in lx.suffix_map:
            approx = lx.suffix_map[key]
            end = sm.end()
    # --- left: currency, sign, approximator
    left = s
    if cur is not None and s == b.start:
        left = cur[0]
        if unit is None or currency:
            unit, currency = cur[1], True
    elif cur is not None:
        if unit is None or currency:
            unit, currency = cur[1], True
    if b.digits and left > 0 and text[left - 1] in "-\u2212+" and s == b.start and (
        left == 1 or text[left - 2] in " \t\n(["
    ) and cur is None:
        if text[left - 1] != "+" and not s_signed:
            value = _neg(value)  # "-5 to 10": only the low end is negative
        left -= 1
    if b.digits and cur is None and s == b.start and left == s and _spaced_minus(text, s):
        value, left = _neg(value), s - 2  # "- 20 k" opening a line or a bracket
    if cur_neg:
        value = _neg(value)
    elif currency and cur is not None and high is None and 0 < left < end < len(text) and \
            text[left - 1] == "(" and text[end] == ")" and approx is None and \
            not _after_amount(text, left - 1, lx):
        value, left, end = _neg(value), left - 1, end + 1  # "($99.99)": accounting negative
    neg = lx.negative.search(text, max(0, left - 12), left)
    if neg is not None:
        value = _neg(value)
        left = neg.start()
    if s == b.start:
        am = lx.approx_before.search(text, max(0, left - 30), left)
        if am is not None:
            key = _squash((am.group("a") or am.group("s") or "").lower())
            if key in lx.approx_map and not (key == "some" and kind != "card"):
                a = lx.approx_map[key]
                if a is not None:
                    approx = a
                if key not in ("only", "just"):
                    # neutral modifiers ("exactly", "a total of") join the span
                    left = am.start()
    # --- "more than 30 and less than 50": one range
    if approx == "over" and high is None:
        bm = _AND_UNDER.match(text, end, end + 80)
        if bm is not None:
            b3 = by_start.get(bm.end())
            if b3 is not None and b3.kind == "card" and b3.digits == b.digits:
                g3 = _grow_right(text, b3, lx, by_start)
                if g3 is not None and (g3.unit is None or g3.unit == unit) and \
                        to_decimal(g3.value) > to_decimal(value):
                    high, end, approx = g3.value, g3.end, None
                    if unit is None:
                        unit = g3.unit
    # --- identifiers and dates from the word before
    pw = _prev_word(text, left, lx)
    pwl = pw[0].lower().rstrip(".,") if pw else ""
    if pw is not None and cur is None and _named_by(text, pw, b, g, end, unit, approx, lx):
        return end
    # --- years
    if high is None and _is_year(text, b, g, cur) and approx is None:
        if not _counted_plural(text, end, lx) or pwl in lx.year_before:
            return None
    # --- telephone-like: "(555) 123", "+44 20"
    if b.digits and left > 0 and text[left - 1] == ")" and unit is None:
        return None
    # --- counted noun
    of: str | None = None
    if kind not in ("mult",):
        cn = _counted(text, end, b, unit, lx)
        if cn is False:
            return None
        if isinstance(cn, tuple):
            noun_unit, of = cn
            if _named_event(b, pwl, unit, high, approx, cn):
                return end
            if unit is None and kind not in ("frac", "afrac"):
                unit = noun_unit
    if kind == "mult":
        unit = None
    return Found(left, end, value, high, approx, unit, of, False)


class _Span(NamedTuple):
    """A quantity being grown: its start, end, value, unit and whether the unit is money."""

    start: int
    end: int
    value: Number
    unit: str | None
    currency: bool


class _Ranged(NamedTuple):
    """A range read after a quantity: the grown span and its high end."""

    start: int
    end: int
    value: Number
    unit: str | None
    currency: bool
    high: Number


def _range(text: str, rm: regex.Match[str], b: _Base, g: _Grown, lx: _Lex, by_start: dict[int, _Base],
           q: _Span, pre: tuple[int, str] | None, cur: tuple[int, str] | None, signed: bool,
           prev_lower: str) -> _Ranged | int | None:
    """ "7,000-9,000", "between 5 and 10", "from $5 to $10", "-18 to -34 degrees": the
    range whose connector ``rm`` follows the quantity ``q``; an end offset to skip to when
    the pair is no amount (a duration, years, a score); None when no range is read."""
    s, end, value, unit, currency = q
    b2_start = rm.end()
    cand = by_start.get(b2_start)
    neg2 = False
    if cand is None and b2_start + 1 < len(text) and text[b2_start] in "-\u2212":
        cand = by_start.get(b2_start + 1)  # "-18 °C to -34 °C"
        neg2 = cand is not None and cand.digits
    cur2: tuple[int, str] | None = None
    if cand is None and b.digits:
        cm = _CUR_SYM.match(text, b2_start)
        if cm is not None:
            cand = by_start.get(cm.end())
            cur2 = match_currency_prefix(text, cm.end())
    conn = (rm.group("c") or rm.group("w") or "").lower()
    if rm.group("c") and rm.start("c") > end and rm.end("c") == rm.end():
        cand = None  # "1.5 -20.0": a second, negative number
    o_end = pre[0] if pre is not None else (s - 1 if signed else s)
    opener = lx.opener.search(text, max(0, o_end - 13), o_end)
    if conn == "and" and (opener is None or opener.group("o").lower() != "between"):
        cand = None
    if cand is not None and cand.kind in ("card", "frac") and cand.digits == b.digits:
        g2 = _grow_right(text, cand, lx, by_start)
        if g2 is None:
            return cand.end  # "two to three years": a duration
        if conn == "or":
            pass  # "two or three ships": two numbers, not a range
        elif g2 is not None:
            if cur2 is not None and (g2.unit is None or g2.currency):
                g2 = g2._replace(unit=cur2[1], currency=True)
            if pre is not None and g2.unit is None:
                g2 = g2._replace(unit=pre[1])  # "between magnitude 6.5 and 7.0"
            low = value
            if not g.scaled and g2.scaled and to_decimal(b.value) < to_decimal(cand.value):
                low = _mul(b.value, g2.scale)
            if signed:
                low = _neg(low)
            if neg2:
                g2 = g2._replace(value=_neg(g2.value))
            same_unit = unit is None or g2.unit is None or unit == g2.unit
            if unit is not None and g2.unit is None and conn not in _DASH:
                same_unit = False  # "fell 148.85 points to 35378.44"
            if conn in ("to", "through", "thru") and prev_lower in lx.change and \
                    to_decimal(g2.value) > 3 * to_decimal(low):
                same_unit = False  # "skidded 1.74 to 123.5": a change and a level
            hi = g2.value
            if neg2 and signed and same_unit and to_decimal(hi) < to_decimal(low):
                low, hi = hi, low  # "-18 to -34 degrees": the colder end is the low one
            if same_unit and to_decimal(hi) > to_decimal(low):
                if _is_year(text, b, g, cur) and _is_year(text, cand, g2, None) and \
                        not _counted_plural(text, g2.end, lx):
                    return g2.end  # "2019-2020", "from 2010 to 2015"
                if unit is None:
                    unit, currency = g2.unit, g2.currency
                if opener is not None and conn in ("and", "to", "through", "thru"):
                    s = opener.start()
                return _Ranged(s, g2.end, low, unit, currency, hi)
            elif conn in _DASH and b.digits and unit is None and g2.unit is None and \
                    isinstance(hi, int) and isinstance(low, int) and hi <= low <= 200:
                return g2.end  # a score: "won 3-1"
    return None


def _named_by(text: str, pw: tuple[str, int], b: _Base, g: _Grown, end: int, unit: str | None,
              approx: str | None, lx: _Lex) -> bool:
    """Whether the word before makes the number a date or a name, not an amount: a month
    ("May 5"), an identifier word ("page 5"), a capitalised name ("Resolution 1718",
    "Boeing 737", "iPhone 15"; not a sentence's "Buy 3 apples"), an acronym ("COVID 19")."""
    pwl = pw[0].lower().rstrip(".,")
    word0 = pw[0].rstrip(".")
    if word0 in _cap_months() or (pwl in unit_lex().months and word0[0].isupper()):
        return True
    if pwl in lx.ident and (b.digits or pw[0][0].isupper()) and approx is None:
        return True
    plain = b.digits and unit is None and approx is None and pwl not in lx.stop
    if plain and not pw[0].endswith(".") and \
            (pw[0][0].isupper() or any(c.isupper() for c in pw[0][1:])) and \
            pwl not in lx.approx_map and not pw[0].isupper() and not (
                _sentence_initial(text, pw[1]) and _counted_plural(text, end, lx)
                and not _is_year(text, b, g, None)
            ):
        return True
    return bool(plain and pw[0].isupper() and len(pw[0]) >= 2 and not _sentence_initial(text, pw[1]))


def _age_after(text: str, pos: int) -> bool:
    """A time word and "old" at ``pos`` ("year-old", "month old"): an age follows."""
    hw = _hyphen_words(text, pos)
    return len(hw) >= 2 and _is_time_word(hw[0][0]) and hw[1][0].lower() == "old"


def _word_number_rejected(
    text: str, b: _Base, lx: _Lex, prev: tuple[str, int] | None, prev_lower: str,
    nxt: list[tuple[str, int, int]],
) -> int | bool | None:
    """False when a number in words may be a quantity here; else what ``_quantity``
    returns for it: None (only the words are rejected) or an end offset to skip to."""
    kind = b.kind
    if b.ntok == 1 and b.end + 1 < len(text) and text[b.end] in _DASH[:4]:
        twin = b.end + 1 + len(b.lead)
        if text[b.end + 1 : twin].lower() == b.lead and not text[twin : twin + 1].isalpha():
            return twin  # "fifty-fifty", "one-one": an idiom, not an amount
    if b.lead == "one" and b.ntok == 1:
        if nxt and nxt[0][1] - b.end <= 1 and nxt[0][0].lower() in lx.one_after:
            return None
        if b.end < len(text) and text[b.end:b.end + 1] in _DASH[:3] and \
                not _age_after(text, b.end + 1):
            return None  # "one-sided", "one-off"; but "a one-year-old" is an age
    if kind == "couple" and not (nxt and nxt[0][0].lower() == "of"):
        return None
    if kind == "afrac" and b.lead not in ("half", "quarter") and not (
        nxt and nxt[0][0].lower() == "of"
    ) and prev_lower not in _HALF_PREV:
        return None  # "a third term" is an ordinal; "a third of", "by a third" are not
    if kind in ("frac", "afrac") and prev is not None and prev_lower == "and":
        pp = _prev_word(text, prev[1], lx)
        if pp is not None and _is_time_word(pp[0]):
            return None  # "a year and a half": the half belongs to the duration
    if kind == "frac" and b.lead in words().denominators and b.ntok == 1:
        if b.lead not in ("half", "halves"):
            return None
    if kind == "vague" and b.lead in ("hundreds", "thousands", "millions", "billions",
                                       "trillions", "dozens", "scores") and b.ntok == 1:
        if not ((nxt and nxt[0][0].lower() in ("of", "more", "upon", "and", "or"))
                or b.end >= len(text) or not text[b.end].isalnum()):
            return None
        if b.lead == "scores" and not (nxt and nxt[0][0].lower() == "of"):
            return None
    return False


_HALF_NOT_AFTER = frozenset({"first", "second", "third", "fourth", "last", "latter", "other",
                             "the", "each", "every", "this", "that", "better", "one", "front",
                             "back", "top", "bottom", "own", "opening", "closing"})


def _half_unit(
    text: str, b: _Base, lx: _Lex, prev_lower: str, nxt: list[tuple[str, int, int]],
    unit: str | None,
) -> tuple[str | None, int, bool | None, list[tuple[str, int, int]]] | None:
    """ "half", "a quarter": its unit ("a quarter-mile", "half a mile": 0.5 mile) as (unit,
    end or -1 if no unit was read here, currency or None if unchanged, the words after), or
    None when the word is no amount here ("half-time", "the second half", "half an hour")."""
    end, currency = -1, None
    if b.end < len(text) and text[b.end] in _DASH[:3]:
        hu = match_unit(text, b.end + 1)
        if hu is None or hu.unit == "times":
            return None  # half-time, quarter-final
        unit, end = hu.unit, hu.end  # "a quarter-mile"
    if b.ntok == 1 and unit is None and b.end + 1 < len(text) and text[b.end] == " ":
        am = lx.a_unit.match(text, b.end + 1)  # "half a mile": 0.5 mile
        hu = match_unit(text, am.end()) if am is not None else None
        if hu is not None and hu.unit != "times":
            unit, end, currency = hu.unit, hu.end, hu.currency
            nxt = []
    if b.ntok == 1 and b.kind == "frac" and unit is None:
        if prev_lower in _HALF_NOT_AFTER:
            return None
        if not (nxt and nxt[0][0].lower() in _HALF_NEXT) and prev_lower not in _HALF_PREV:
            return None
    if (nxt and _is_time_word(nxt[0][0])) or (
        len(nxt) > 1 and nxt[0][0].lower() in ("a", "an") and _is_time_word(nxt[1][0])
    ):
        return None
    return unit, end, currency, nxt


_CLOCK = compile_pattern(
    _SP + r"*+(?i:[ap]\.?m\.?|o['’]clock|hrs|h(?=\d)|in" + _SP + r"++the" + _SP
    + r"++(?:morning|afternoon|evening|night))(?![\p{L}])"
)
_ERA = compile_pattern(_SP + r"*+(?:BC|AD|BCE|CE|B\.C\.|A\.D\.)(?![\p{L}])")
_AND_FRACTION = compile_pattern(
    _SP + r"++and" + _SP + r"++(?:(?P<d>\d++/\d++)|(?i:a|one)" + _SP
    + r"++(?P<w>half|quarter|third))(?![\p{L}\d])"
)
_AND_CENTS = compile_pattern(r",?+" + _SP + r"++(?:and" + _SP + r"++)?")
_AND_UNDER = compile_pattern(
    _SP + r"++(?:and|but)" + _SP + r"++(?i:less|fewer|smaller|lower)" + _SP + r"++than" + _SP
    + r"++(?:or" + _SP + r"++equal" + _SP + r"++to" + _SP + r"++)?"
)
_TOLERANCE = compile_pattern(_SP + r"*+(?:±|\+/-|\+-|plus or minus)" + _SP + r"*+")
_CUR_SYM = compile_pattern(r"(?:US\$|[A-Z]{0,2}\$|[€£¥₩₹₽])")

_HALF_NEXT = frozenset({"of", "the", "a", "an", "his", "her", "their", "its", "our", "my",
                        "your", "that", "those", "these", "all", "what", "as", "percent"})
_HALF_PREV = frozenset({"nearly", "almost", "about", "around", "over", "than", "by", "roughly",
                        "approximately", "just", "only", "some", "under", "cut", "halved",
                        "and", "to", "less", "more", "least"})


def _squash(s: str) -> str:
    return " ".join(s.split()) if " " in s or "\t" in s or "\u00a0" in s else s


def _after_amount(text: str, pos: int, lx: _Lex) -> bool:
    """Whether an amount or unit ends right before ``pos`` ("€5bn ($5.4bn)": a conversion)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or not text[i].isalpha():
        return True
    pw = lx.last_word.search(text, max(0, i - 30), i + 1)
    if pw is None or match_unit(text, pw.start()) is not None:
        return True
    return text[pw.start() - 1 : pw.start()].isdigit()


def _rate_a(text: str, pos: int, lx: _Lex) -> bool:
    """Whether the "a" at ``pos`` means "per" or belongs to an amount before it
    ("$3.45 a gallon", "12 cents a pound", "a quarter of a mile")."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0:
        return False
    if text[i].isdigit() or text[i] in "%$€£¥":
        return True
    if not text[i].isalpha():
        return False
    pw = lx.last_word.search(text, max(0, i - 30), i + 1)
    if pw is None:
        return False
    if pw.group().lower() in ("of", "per", "each", "every") or pw.group().lower() in words().denominators:
        return True  # "a quarter of a mile", "half a mile": the fraction takes the unit
    return match_unit(text, pw.start()) is not None


def _amount_place(text: str, b: _Base, prev_lower: str, lx: _Lex) -> bool:
    """Whether an ungrouped long number ("4098390") stands where an amount does: alone on
    its line, or after a verb or preposition of amount ("was 4098390", "of 123456"). A
    code or serial number follows a noun or a name ("case 891031", "flight 10234")."""
    if prev_lower in lx.amount_before:
        return True
    nl = text.find("\n", b.end)
    rest = text[b.end:nl if nl >= 0 else len(text)]
    return _line_start(text, b.start) and not rest.strip(" \t.!?;,")


def _minus_before(text: str, s: int) -> bool:
    """A minus sign glued to the number at ``s``, itself after a space or bracket."""
    return s > 0 and text[s - 1] in "-\u2212" and (s == 1 or text[s - 2] in " \t\n([")


def _spaced_minus(text: str, s: int) -> bool:
    """A minus and one space before the number at ``s``, the minus opening the text, a line,
    a bracket or an equation ("- 20 k", "(- 4)", "x = - 3"); after a word it is a dash."""
    if s < 2 or text[s - 1] != " " or text[s - 2] not in "-\u2212":
        return False
    i = s - 3
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n([=:"


def _neg(v: Number) -> Number:
    return exact(-to_decimal(v))


def _is_year(text: str, b: _Base, g: _Grown, cur: tuple[int, str] | None) -> bool:
    """Four plain digits from 1000 to 2100 ("13e2" is 1300 but no year)."""
    return (
        b.digits
        and text[b.start:b.end].isdigit()
        and isinstance(b.value, int)
        and 1000 <= b.value <= 2100
        and b.end - b.start == 4
        and not g.scaled
        and g.unit is None
        and cur is None
    )


def _counted_plural(text: str, pos: int, lx: _Lex) -> bool:
    """A plural noun (after at most one modifier) follows: "1000 ballistic missiles"."""
    nxt = _next_words(text, pos, lx)
    if not nxt or nxt[0][1] - pos > 1:
        return False
    for w, _, _ in nxt[:2]:
        if w[0].isupper() or w.lower() in lx.stop:
            return False
        if singular(w) != w.lower():
            return True
    return False


def _counted(
    text: str, pos: int, b: _Base, unit: str | None, lx: _Lex
) -> tuple[str, str] | bool | None:
    """(singular noun, what is counted as written), None, or False for a duration."""
    if pos < len(text) and text[pos] in _DASH[:3] and unit is None:
        hw = _hyphen_words(text, pos + 1)
        if hw:
            w = hw[0][0]
            if _is_time_word(w):
                return False
            if w.lower() in lx.stop or w.lower() in ("odd", "plus", "some", "strong", "fold") or \
                    w.lower().endswith(("ed", "ing")) or w[0].isupper():
                return None
            return singular(w), w
        return None
    nxt = _next_words(text, pos, lx)
    if not nxt or nxt[0][1] - pos > 1:
        return None
    i = 0
    if nxt[0][0].lower() == "of":
        if unit is None and b.kind not in ("vague", "couple", "frac", "afrac"):
            return None
        i = 1
        if len(nxt) > 1 and nxt[1][0].lower() in ("the", "a", "an", "his", "her", "their", "its",
                                                  "our", "all"):
            i = 2
    # the noun phrase: words up to the first plural ("regular common shares"), else one word
    cand_words: list[tuple[str, int, int]] = []
    for w, ws, we in nxt[i:i + 3]:
        wl = w.lower()
        if (wl in lx.stop and not (w.isupper() and len(w) > 1)) or wl.endswith("ly"):
            break
        if cand_words and text[cand_words[-1][2]:ws].strip():
            break
        cand_words.append((w, ws, we))
        if w[-1] in "’'" or wl.endswith(("'s", "’s")) or singular(w) != wl:
            break
    if cand_words and (_is_number_word(cand_words[0][0]) or len(cand_words[0][0]) < 2):
        return None
    np_words = cand_words
    if len(cand_words) > 1 and singular(cand_words[-1][0]) == cand_words[-1][0].lower():
        np_words = cand_words[:1]
    if np_words and np_words[-1][0][0].isupper() and \
            singular(np_words[-1][0]) == np_words[-1][0].lower():
        return None  # "20 Downing Street": a name, not a counted noun
    if not np_words:
        return None
    if unit is None and any(_is_time_word(w) for w, _, _ in np_words):
        return False
    head = np_words[-1][0].rstrip("’'")
    if head.lower().endswith(("'s", "’s")):
        head = head[:-2]
    end = np_words[-1][2]
    # "containers of munitions": carry a short of-phrase
    k = nxt.index(np_words[-1]) + 1
    if k < len(nxt) and nxt[k][0].lower() == "of" and not text[end:nxt[k][1]].strip():
        tail_end = None
        prev_end = nxt[k][2]
        for w, ws, we in nxt[k + 1:k + 4]:
            if w.lower() in lx.stop or w[0].isupper() or text[prev_end:ws].strip():
                break
            tail_end = we
            prev_end = we
        if tail_end is not None:
            end = tail_end
    written = text[np_words[0][1]:end]
    if unit is not None:
        return (unit, written) if i else None
    hl = head.lower()
    if len(np_words) == 1 and hl.endswith(("ed", "ing")) and hl not in ("building", "bed"):
        return None
    named = unit_of_word(hl) if len(np_words) == 1 else None
    return (named or singular(head)), written


def _named_event(b: _Base, before: str, unit: str | None, high: Number | None,
                 approx: str | None, noun: tuple[str, str]) -> bool:
    """ "the 921 earthquake", "the 228 incident": "the", digits, then a singular noun name
    an event or thing by a number; a count would take the plural ("the 921 victims"). A name
    is a whole number, and a scale written after its number is no thing named ("the
    7.4-magnitude quake", "the 6 magnitude quake")."""
    written = noun[1].lower()
    return (
        b.digits and before == "the" and b.kind == "card" and isinstance(b.value, int) and b.value != 1
        and unit is None and noun[0] not in unit_lex().prefix_norm
        and high is None and approx is None and " " not in written and written == noun[0]
        and not written.endswith(("est", "er"))
    )


def _is_number_word(w: str) -> bool:
    wl = w.lower().split("-")[0]
    lx = words()
    return wl in lx.units or wl in lx.teens or wl in lx.tens or wl in lx.scales or \
        wl in lx.ordinals or wl in lx.vague


def _ordinal(text: str, b: _Base, lx: _Lex) -> Found | None:
    nxt = _next_words(text, b.end, lx)
    if nxt and nxt[0][0].rstrip(".") in _cap_months():
        return None
    if len(nxt) > 1 and nxt[0][0] == "of" and nxt[1][0].rstrip(".") in _cap_months():
        return None
    if b.start > 0 and text[b.start - 1].isalnum():
        return None
    prev = _prev_word(text, b.start, lx)
    if prev and prev[0].rstrip(".") in _cap_months():
        return None
    if b.lead == "second" and nxt and nxt[0][0].lower() in ("of", "and", "to"):
        return None
    return Found(b.start, b.end, b.value, None, None, None, None, True)
