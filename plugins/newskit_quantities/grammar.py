"""Finding quantities: number atoms (``atoms``), then scale, unit, range, approximator and
counted noun around each, and the filters that keep dates, years, times, identifiers and
scores out.

Each atom is grown with small anchored patterns (``lexicon``) that look at a bounded window
around it, so the whole is linear in the length of the text.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import NamedTuple

import regex

from newskit import Number, grammar, layer
from newskit.text import compile_pattern, lower, match_ahead

from .ages import article_ages
from .atoms import Base, read_bases
from .lexicon import DASHC as _DASHC
from .lexicon import OUTSIDE_SPAN, Lexicon, approximator_before, lexicon, may_scale_letter
from .lexicon import SP as _SP
from .numbers import data, digits_value, exact, to_decimal, words
from .units import lex as unit_lex
from .units import match_currency_prefix, match_prefix_unit, match_unit, singular, unit_of_word

__all__ = ["Found", "find_quantities"]

_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_OPENERS = ".!?:;\"“”‘’'()[]\n•*|–—"


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


# ------------------------------------------------------------------------ helpers


#: a scale abbreviation glued to digits ("R1.2bn", "R450m"): a sum's shape
_GLUED_SCALE = compile_pattern(r"(?:bn|m|tn)(?![\p{L}\d])")
#: digits with two decimals ("1.58", "78.50"): a price with its cents
_CENTS = compile_pattern(r"\d{1,3}\.\d\d")
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
    # a wire dateline's dash opens the news ("LONDON (Reuters) - Four people were killed")
    return text[i] in _OPENERS or any(f.end == pos for f in layer(text).furniture if f.kind == "dateline")


_LINE_WORD = compile_pattern(r"(?<![\p{L}\p{N}'’])\p{L}[\p{L}'’]*+")
#: A line longer than this is a paragraph, never a headline.
_HEADLINE_CHARS = 200


def _title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a headline written in Title Case ("Police Say Twenty-Five People
    Were Hurt In Crash"): a short line of four or more words, all but one capitalised, one of
    them a preposition, article or conjunction (which only Title Case capitalises). There a
    capital says nothing, so a number word is read as it would be in lower case."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if end - start > _HEADLINE_CHARS:
        return False
    line = [m.group() for m in _LINE_WORD.finditer(text, start, end)]
    lower = [w for w in line if not w[0].isupper()]
    return len(line) >= 4 and len(lower) <= 1 and any(
        w.lower() in _TITLE_FUNCTION_WORDS for w in line[1:] if w[0].isupper())


_TITLE_FUNCTION_WORDS = grammar.PREPOSITIONS | grammar.ARTICLES | grammar.COORDINATORS


def _prev_word(text: str, pos: int, lx: Lexicon) -> tuple[str, int] | None:
    m = lx.prev_word.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    return m.group("w"), m.start("w")


def _next_words(text: str, pos: int, lx: Lexicon) -> list[tuple[str, int, int]]:
    m = lx.words_after.match(text, pos, min(len(text), pos + 120))
    if m is None:
        return []
    return list(zip(m.captures("w"), m.starts("w"), m.ends("w"), strict=False))


def _is_time_word(w: str, lx: Lexicon) -> bool:
    units = lx.time_units
    wl = w.lower()
    return wl.rstrip(".,") in units or wl in units


def _mul(v: Number, k: Number) -> Number:
    return exact(to_decimal(v) * to_decimal(k))


class _Grown(NamedTuple):
    """What grew right of a base: its end, value, scale, unit (money or not), whether it
    is an age, and the words after its end when they were read (``_bare_right``): the
    rules after it read them there again (``_words_after``)."""

    end: int
    value: Number
    scaled: bool
    scale: Number
    unit: str | None
    currency: bool
    age: bool
    words: list[tuple[str, int, int]] | None = None


def _grow_right(
    text: str, b: Base, lx: Lexicon, by_start: dict[int, Base], cur: bool = False
) -> _Grown | None:
    """Scale and unit after a base. None when the base is not a quantity (a duration).

    Composed of four rules read left to right: a scale (``_scale_right``), a unit
    (``_unit_right``), a unit after a hyphen (``_hyphen_unit``), and, when no unit came,
    what a bare number may be instead (``_bare_right``: a time, a duration, an age, a date)."""
    e, value, scale, kelvin = _scale_right(text, b, lx, by_start, cur)
    if scale != 1:
        value = _mul(value, scale)
    unit: str | None = None
    currency = False
    if kelvin:
        unit, e = "K", e + 1
    elif b.kind not in ("mult", "ord"):
        um = _unit_right(text, e, value, lx, by_start)
        if um is None:
            return None
        unit, currency, e, value = um
    if unit is None and b.kind not in ("mult", "ord"):
        unit, currency, e = _hyphen_unit(text, e)
    inches = _inches_after_feet(text, b, e) if unit is None and b.digits else None
    if inches is not None:
        unit, e = "in", inches
    if unit is None:
        return _bare_right(text, e, value, scale, lx)
    return _Grown(e, value, scale != 1, scale, unit, currency, False)


def _scale_right(
    text: str, b: Base, lx: Lexicon, by_start: dict[int, Base], cur: bool
) -> tuple[int, Number, Number, bool]:
    """What completes a number in digits after it, as (end, value, scale, kelvin): a
    scale letter (``_scale_letter``), or an added fraction or a mixed number
    (``_mixed_right``) and then a scale word (``_scale_word_right``). Words are read
    whole by the word grammar, so only digits grow here; a digit fraction takes a scale
    word only ("1/2 million" is half a million, not 0.5 and a stray million)."""
    e = b.end
    value = b.value
    if b.digits and b.kind == "frac":
        word = _scale_word_right(text, e, lx)
        return (e, value, 1, False) if word is None else (word[0], value, word[1], False)
    if not (b.digits and b.kind == "card"):
        return e, value, 1, False
    m = match_ahead(lx.scale_abbr, text, e) if may_scale_letter(text, e) else None
    if m is not None:
        scale, e, kelvin = _scale_letter(text, b, m, lx, cur)
        return e, value, scale, kelvin
    e, value = _mixed_right(text, e, value, by_start)
    word = _scale_word_right(text, e, lx)
    if word is not None:
        return word[0], value, word[1], False
    return e, value, 1, False


def _scale_word_right(text: str, e: int, lx: Lexicon) -> tuple[int, Number] | None:
    """A scale word after a number, as (end, scale): "3 million", "2 dozen", "1 1/2 billion",
    "2 and a half million" (the scale multiplies the whole mixed number)."""
    m = match_ahead(lx.scale_word, text, e)
    if m is None:
        return None
    sc = words().scales
    scale: Number = 12 if m.group("s1").lower() == "dozen" else sc[m.group("s1").lower()]
    if m.group("s2"):
        scale = scale * sc[m.group("s2").lower()]
    return m.end(), scale


def _mixed_right(text: str, e: int, value: Number, by_start: dict[int, Base]) -> tuple[int, Number]:
    """A whole number's fraction after it, as (end, value): an added fraction ("10 and a
    half", "2 and 3/4") or a mixed number ("4 5/8"); else the number as it was."""
    af = _AND_FRACTION.match(text, e, e + 60)
    if af is not None:
        frac = digits_value(af.group("d")) if af.group("d") else Decimal(1) / Decimal(
            {"half": 2, "quarter": 4, "third": 3}[af.group("w").lower()])
        if frac is not None and frac < 1:
            return af.end(), exact(to_decimal(value) + frac)
        return e, value
    if isinstance(value, int) and e + 1 < len(text) and text[e] == " ":
        fb = by_start.get(e + 1)  # "4 5/8"
        if fb is not None and fb.kind == "frac" and fb.digits and to_decimal(fb.value) < 1:
            return fb.end, exact(to_decimal(value) + to_decimal(fb.value))
    return e, value


def _scale_letter(
    text: str, b: Base, m: regex.Match[str], lx: Lexicon, cur: bool
) -> tuple[Number, int, bool]:
    """A scale letter or abbreviation after digits ("4.5k", "50 M", "2.7b", "3bn") as
    (scale, end, kelvin). A letter that is a unit keeps the scale at 1: "573.15K" is
    kelvin, "1500b" is no billion without money or a counted plural, "the 100m sprint"
    is metres."""
    e = b.end
    key = m.group("att") or m.group("sp")
    scale: Number = data("numbers.json")["scale_abbreviations"][key]
    kelvin = False
    e = m.end()
    decimal_b = key in ("b", "B") and "." in text[b.start:b.end]  # "2.7b"
    if (key in ("b", "B", "T") or (key == "K" and "." in text[b.start:b.end])) and \
            not cur and not decimal_b and not _counted_plural(text, e, lx):
        scale, e = 1, b.end  # "573.15K", "1500b": a unit letter, not a scale
        kelvin = key == "K" and m.group("att") is not None
    if not cur and (match_ahead(lx.rate_of_time, text, e) or (key == "m" and _metres_before(text, e, lx))):
        scale, e = 1, b.end  # "the 100m sprint", "14m/s": metres
    if key == "cr" and not cur:
        scale, e = 1, b.end  # "Rs 18,000cr" is crore; a bare "500 cr" is no sum
    return scale, e, kelvin


def _metres_before(text: str, e: int, lx: Lexicon) -> bool:
    """A glued "m" is metres before a lower-case noun ("the 100m sprint") or a word of
    extent ("1.85m tall", "330m high", "500m away"), millions before a plural ("2m
    copies"), another stop word or a currency noun ("800m yuan", "5m euros")."""
    nw = _next_words(text, e, lx)
    if not nw or nw[0][1] != e + 1 or not nw[0][0].islower():
        return False
    if nw[0][0] in lx.extent:
        return True
    if nw[0][0] in lx.stop:
        return False
    um = match_unit(text, e)
    return not (um is not None and um.currency) and not _counted_plural(text, e, lx)


def _unit_right(
    text: str, e: int, value: Number, lx: Lexicon, by_start: dict[int, Base]
) -> tuple[str | None, bool, int, Number] | None:
    """A unit at ``e`` as (unit, currency, end, value); money takes its cents ("3 dollars
    and 5 cents"). None when "times" is a rate of time ("three times a day": a frequency,
    which dates read)."""
    um = match_unit(text, e)
    if um is None:
        return None, False, e, value
    unit, currency, e = um.unit, um.currency, um.end
    if not currency and unit not in _NO_HALF_UNITS:
        e, value = _unit_and_fraction(text, e, value, lx)
    if currency and unit not in ("cent", "penny"):
        cents = _cents_after(text, e, by_start)  # "3 dollars and 5 cents"
        if cents is not None:
            value, e = exact(to_decimal(value) + cents[0]), cents[1]
    if unit == "times":
        nxt = _next_words(text, e, lx)
        if len(nxt) >= 2 and nxt[0][0].lower() in ("a", "an", "per", "each", "every") \
                and _is_time_word(nxt[1][0], lx):
            return None
    return unit, currency, e, value


#: units a fraction after them never adds to ("40 percent and a half"): rates and shares
_NO_HALF_UNITS = frozenset({"percent", "percentage point", "point", "basis point", "per mille", "times"})
#: "a mile and a half", "two miles and a quarter": a fraction after the unit
_UNIT_AND_FRACTION = compile_pattern(
    _SP + r"++and" + _SP + r"++(?i:a|one)" + _SP + r"++(?P<w>half|quarter)(?![\p{L}\d-])"
)
_NEXT_WORD = compile_pattern(_SP + r"*+(?P<w>\p{L}+)")


def _unit_and_fraction(text: str, e: int, value: Number, lx: Lexicon) -> tuple[int, Number]:
    """A unit's added fraction after it (``a mile and a half``: 1.5 miles, ``two miles and a
    quarter``: 2.25), as (end, value); else (``e``, ``value``). Only when no noun follows
    the fraction: the next word is none, or a function word or a word of extent (``a
    mile and a half long``), never a noun the fraction measures (``10 km and a half
    marathon``)."""
    m = match_ahead(_UNIT_AND_FRACTION, text, e)
    if m is None:
        return e, value
    nw = match_ahead(_NEXT_WORD, text, m.end())
    if nw is not None and nw.group("w").lower() not in lx.stop and nw.group("w").lower() not in lx.extent:
        return e, value
    frac = Decimal(1) / Decimal({"half": 2, "quarter": 4}[m.group("w").lower()])
    return m.end(), exact(to_decimal(value) + frac)


def _cents_after(text: str, e: int, by_start: dict[int, Base]) -> tuple[Decimal, int] | None:
    """Cents or pence after an amount of money ("and 5 cents"): (the fraction of the unit,
    end), or None. Pounds of sterling take no pence here: "2 pounds 50 pence" stays two
    sums (Recognizers-Text reads two; ``pound`` alone is also a weight, which the text's
    other sums settle in ``_pounds_in_sterling``)."""
    cm = match_ahead(_AND_CENTS, text, e)
    cb = by_start.get(cm.end()) if cm is not None else None
    if cb is None or cb.kind != "card" or not isinstance(cb.value, int) or not 0 < cb.value < 100:
        return None
    cu = match_unit(text, cb.end)
    if cu is None or cu.unit not in ("cent", "penny"):
        return None
    return Decimal(cb.value) / 100, cu.end


def _hyphen_unit(text: str, e: int) -> tuple[str | None, bool, int]:
    """A unit after a hyphen ("a 10-km race", "a 2.3-billion-dollar deal") as (unit,
    currency, end); (None, False, e) when none ("times" is never one here). A unit of
    several words is hyphenated there too ("a 500-square-metre site", "a 30-miles-per-hour
    zone"): it is read with its hyphens as spaces, which keeps every offset."""
    if e + 1 < len(text) and text[e] == "-" and text[e + 1].isalpha():
        window = text[e + 1:e + 1 + _UNIT_WINDOW].replace("-", " ")
        hm = match_unit(window, 0)
        if hm is not None and hm.unit not in ("times",):
            return hm.unit, hm.currency, e + 1 + hm.end
    return None, False, e


#: the longest unit written after a number's hyphen, with room to spare
_UNIT_WINDOW = 40


def _inches_after_feet(text: str, b: Base, e: int) -> int | None:
    """The end of "in" when it is inches after a measure in feet ("6 ft 2 in", "5 feet 11
    in tall"): the number is below twelve and no noun phrase follows "in" (then it is a
    preposition: "grew 5 feet 2 in the first year"); else None."""
    m = match_ahead(_INCHES, text, e)
    if m is None or not isinstance(b.value, int) or b.value >= 12 or not _FEET_BEFORE.search(text, max(0, b.start - 60), b.start):
        return None
    nxt = match_ahead(_WORD_AFTER, text, m.end())
    w: str = nxt.group("w") if nxt is not None else ""
    if w and (w[0].isupper() or w[0].isdigit() or w.lower() in _NOUN_PHRASE_OPENERS):
        return None
    end: int = m.end()
    return end


_INCHES = compile_pattern(_SP + r"++in(?![\p{L}\p{N}])")
_FEET_BEFORE = compile_pattern(r"(?r)\d(?i:" + _SP + r"*+(?:ft\.?|feet|foot))" + _SP + r"++\Z")
_WORD_AFTER = compile_pattern(_SP + r"++(?P<w>[\p{L}\p{N}]+)")
_NOUN_PHRASE_OPENERS = grammar.DETERMINERS | grammar.QUANTIFIERS


def _bare_right(text: str, e: int, value: Number, scale: Number, lx: Lexicon) -> _Grown | None:
    """A number without a unit, from the words after it: None when it belongs to dates
    (a clock time "5 p.m.", an era "300 BC", a duration "three days", a day of a month
    "5 May", "5 of May"); an age keeps it ("5 years old", "71-year-old", "10 months of
    age"); else the plain number."""
    if match_ahead(_CLOCK_OR_ERA, text, e):
        return None
    j = e
    if j < len(text) and text[j] in _DASH[:3]:
        j += 1
    nxt = _next_words(text, j, lx) if j == e else _hyphen_words(text, j)
    if nxt and (nxt[0][1] - e) <= 2 and (_is_time_word(nxt[0][0], lx) or _AGED.fullmatch(nxt[0][0])):
        aged = _age_end(nxt, lx)
        if aged is not None:
            return _Grown(aged[1], value, scale != 1, scale, aged[0], False, True)
        return None
    if nxt and nxt[0][1] - e <= 2:
        w0 = nxt[0][0]
        if w0 in lx.months or (w0.lower().rstrip(".") in ("of",) and len(nxt) > 1 \
                and nxt[1][0] in lx.cap_months):
            return None
        if w0.rstrip(".") in lx.cap_months:
            return None
    return _Grown(e, value, scale != 1, scale, None, False, False, nxt if j == e else None)


#: "year-old" read as one word after a space ("a 3 year-old boy", "two 80 year-olds")
_AGED = compile_pattern(r"(?i)(?P<t>\p{L}+)[" + _DASHC + r"]olds?")


def _age_end(nxt: list[tuple[str, int, int]], lx: Lexicon) -> tuple[str, int] | None:
    """An age after a number and a time word: "5 years old", "10 months of age", "3
    year-old" (the hyphen after a space), or people of that age ("18-month-olds") - its
    unit and end; None for a duration."""
    w0 = nxt[0][0]
    am = _AGED.fullmatch(w0)
    if am is not None:
        return (singular(am.group("t")), nxt[0][2]) if _is_time_word(am.group("t"), lx) else None
    rest = [w.lower() for w, _, _ in nxt[1:3]]
    if rest[:1] in (["old"], ["olds"]) and nxt[1][1] - nxt[0][2] <= 1:
        return singular(w0.lower()), nxt[1][2]
    if rest == ["of", "age"] and nxt[2][1] - nxt[0][2] <= 4:
        return singular(w0.lower()), nxt[2][2]
    return None


def _hyphen_words(text: str, pos: int) -> list[tuple[str, int, int]]:
    m = _HYPH.match(text, pos, min(len(text), pos + 60))
    if m is None:
        return []
    return list(zip(m.captures("w"), m.starts("w"), m.ends("w"), strict=False))


_HYPH = compile_pattern(r"(?P<w>\p{L}++)(?:[ " + _DASHC + r"](?P<w>\p{L}++)){0,2}")


# ------------------------------------------------------------------------ main


def find_quantities(text: str, *, ordinals: bool = False) -> list[Found]:
    """Every quantity in ``text``, in text order."""
    lx = lexicon()
    bases = read_bases(text, lx)
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
    return _dollars_named_after(text, _pounds_in_sterling(text, _with_article_ages(text, lx, out)))


def _with_article_ages(text: str, lx: Lexicon, out: list[Found]) -> list[Found]:
    """``out`` and the ages whose number is an article (``more than a century old``), in
    text order; a text with no ``old`` is left as it was."""
    if "old" not in lower(text):
        return out
    ages = [Found(s, e, v, None, a, u, None, False) for s, e, v, a, u in article_ages(text, lx, [(f.start, f.end) for f in out])]
    return sorted([*out, *ages], key=lambda f: f.start) if ages else out


#: "paid 40,000 pounds", "a million pound grant": the word, not the symbol ``lb``
_POUND_WORD = regex.compile(r"(?i:pounds?)$")
#: "40,000 pounds of cannabis", "a 9-pound baby weighed ...": a weight, whatever the text's sums
_MASS_AFTER = regex.compile(r"[ \t\u00a0]+(?i:of|in\s+weight|heavier|lighter)\b")
_WEIGHT_BEFORE = regex.compile(r"(?i:\bweigh\w*|\bheavy|\bweight\s+of|\blost|\bgained)[ \t\u00a0]+(?:\w+[ \t\u00a0]+){0,2}$")


#: "a 3.2 million pound bonus", "a quarter of a million pounds": a scale word before the word
_SCALED_POUND = regex.compile(r"(?i:\b(?:million|billion|trillion|thousand)[ \t\u00a0]+pounds?)$")


@cache
def _sum_before() -> regex.Pattern[str]:
    """A word that makes the amount after it a sum (``paid``, ``cost``, ``bonus``; at most two
    words between: ``earned him``, ``a bonus of``), from ``grammar.json`` ``sum_verbs``."""
    words = "|".join(regex.escape(w) for w in sorted(data("grammar.json")["sum_verbs"], key=len, reverse=True))
    return regex.compile(r"(?i:\b(?:" + words + r"))[ \t\u00a0]+(?:\w+[ \t\u00a0]+){0,2}$")


def _pounds_in_sterling(text: str, out: list[Found]) -> list[Found]:
    """``pound(s)`` is a currency or a weight. It is the currency (``was paid 40,000 pounds``)
    in a text that states its sums in sterling (``£850,000``, ``pence``), and in any text
    where the amount reads as a sum of its own: a scale word before the word (``a 3.2
    million pound bonus``; a weight in millions of pounds is ``of`` something) or a word of
    paying or costing before it (``earned him 40,000 pounds``: ``sum_verbs``), unless a mass
    follows or a verb of weighing precedes it (``40,000 pounds of cannabis``, ``weighed
    nine pounds``). Read once over the text's quantities: linear."""
    sterling = any(f.unit in ("GBP", "penny") for f in out)
    return [f._replace(unit="GBP") if f.unit == "lb" and _POUND_WORD.search(text, f.start, f.end)
            and not match_ahead(_MASS_AFTER, text, f.end) and not _WEIGHT_BEFORE.search(text, max(0, f.start - 40), f.start)
            and (sterling or _reads_as_sum(text, f)) else f for f in out]


#: a dollar sign with a country's letters before it (``US$``, ``C$``): no bare dollar
_LETTERED_DOLLAR = regex.compile(r"\p{L}\$")


@cache
def _country_after() -> tuple[regex.Pattern[str], dict[str, str]]:
    """A country's name in brackets right after a sum (``grammar.json``
    ``dollar_country_after``) and the currency each names."""
    named: dict[str, str] = dict(data("grammar.json")["dollar_country_after"])
    words = "|".join(regex.escape(w) for w in sorted(named, key=len, reverse=True))
    return regex.compile(r"[ \t\u00a0]*\((" + words + r")\)"), named


def _dollars_named_after(text: str, out: list[Found]) -> list[Found]:
    """A sum written with a bare ``$`` and a country's name in brackets right after it
    (``$4.6-billion (Canadian)``, ``$150-million (US)``) is in that country's dollars:
    Canadian and Australian papers write their own dollars bare and name the others'. Only
    a text with such a bracket is read again."""
    if "(" not in text:
        return out
    rx, named = _country_after()
    fixed = []
    for f in out:
        m = match_ahead(rx, text, f.end) if f.unit == "USD" and "$" in text[f.start:f.end] else None
        if m is not None and _LETTERED_DOLLAR.search(text, max(0, f.start - 3), f.end) is None:
            f = f._replace(unit=named[m.group(1)])
        fixed.append(f)
    return fixed


def _reads_as_sum(text: str, f: Found) -> bool:
    return bool(_SCALED_POUND.search(text, f.start, f.end) or _sum_before().search(text, max(0, f.start - 40), f.start))


class _At(NamedTuple):
    """What the rules of ``_quantity`` read about the base they grow: the text, the base,
    what grew right of it (``g``), a unit or currency written before it (``pre``, ``cur``,
    ``cur_neg`` for "$-5") and the word before it. It does not change while they run."""

    text: str
    b: Base
    lx: Lexicon
    by_start: dict[int, Base]
    g: _Grown
    pre: tuple[int, str] | None
    cur: tuple[int, str] | None
    cur_neg: bool
    prev: tuple[str, int] | None
    prev_lower: str


class _Q(NamedTuple):
    """A quantity as the rules of ``_quantity`` grow it: its number's start (a range's
    opener moves it), its left edge (sign, currency, approximator), end, value, high end,
    approximator, unit and whether it is money, the counted noun, and three marks the
    later rules read (a code-like number, a weak "one", a range whose low end is signed)
    and the lower-cased word before the left edge (``before``)."""

    start: int
    left: int
    end: int
    value: Number
    high: Number | None
    approx: str | None
    unit: str | None
    currency: bool
    of: str | None = None
    code_like: bool = False
    weak_one: bool = False
    s_signed: bool = False
    before: str = ""

    def said_after(self, before: str) -> _Q:
        """This quantity with the word before it (``before``, its last field): what
        ``_replace`` gives, without its generic work (every quantity takes one)."""
        return _Q._make((*self[:-1], before))


#: What a rule of ``_quantity`` gives: the quantity grown further, or the final answer:
#: None (only the base is rejected) or an end offset to skip to (the base and what it
#: joins are rejected).
_Step = _Q | int | None


def _quantity(
    text: str, b: Base, lx: Lexicon, by_start: dict[int, Base], ordinals: bool
) -> Found | int | None:
    """The quantity grown from base ``b``; an int (an end offset to skip to) when the
    base and what it joins are rejected; None when only the base is rejected.

    The base is first placed (``_placed``: ordinals, identifiers, units and currency
    before it, what grows right of it), then each rule of ``_RULES`` grows or rejects it
    in turn, left to right as a reader meets the words."""
    at = _placed(text, b, lx, by_start, ordinals)
    if not isinstance(at, _At):
        return at
    q: _Step = _q_start(at)
    for rule in _RULES:
        if not isinstance(q, _Q):
            return q
        q = rule(at, q)
    if not isinstance(q, _Q):
        return q
    return Found(q.left, q.end, q.value, q.high, q.approx, q.unit, q.of, False)


def _placed(
    text: str, b: Base, lx: Lexicon, by_start: dict[int, Base], ordinals: bool
) -> _At | Found | None:
    """The facts the rules read about base ``b``, or the answer when they need not run:
    an ordinal (``_ordinal`` when ordinals are asked for, else None), a number glued to
    letters or a list number (None), or nothing grown right of it (a duration, a time)."""
    s = b.start
    if b.kind == "ord":
        return _ordinal(text, b, lx) if ordinals else None
    if b.digits and b.end < len(text) and text[b.end].isalpha():
        if text[b.end:b.end + 2].lower() in ("st", "nd", "rd", "th") and not (
            b.end + 2 < len(text) and text[b.end + 2].isalpha()
        ):  # digit ordinals "21st": never a cardinal
            if ordinals and isinstance(b.value, int):
                return _ordinal(text, b._replace(end=b.end + 2), lx)
            return None
    pre = match_prefix_unit(text, s) if b.digits else None  # "magnitude 7.4": the span keeps the number
    glued = _glued_before(text, b, pre, lx)
    if glued is None:
        return None
    cur, cur_neg = glued
    if not b.digits and text[s].isupper() and not _sentence_initial(text, s) and \
            not _title_case_line(text, s):
        return None  # "Group of Seven", "Big Three"; but "Two people..." starts a sentence
    prev = _prev_word(text, s, lx)
    prev_lower = prev[0].lower().rstrip(".") if prev else ""
    if b.digits and cur is None and match_ahead(_ENUMERATOR, text, b.end) and _line_start(text, s):
        return None  # "3. Isel Lopez": a list number
    g = _grow_right(text, b, lx, by_start, cur is not None)
    if g is None:
        return None
    if b.digits and cur is None and g.end == b.end and g.end < len(text) and (
        text[g.end].isalpha() or text[g.end] in "_@"
    ):
        return None  # "5G", "3D", "1990s", "737MAX"
    return _At(text, b, lx, by_start, g, pre, cur, cur_neg, prev, prev_lower)


def _glued_before(
    text: str, b: Base, pre: tuple[int, str] | None, lx: Lexicon
) -> tuple[tuple[int, str] | None, bool] | None:
    """A currency written before digits ("$5", "USD 5", "Rs 500", "$-99.99") as (currency
    prefix, negative), or None when the digits are glued to a name or code ("G7",
    "Su-57", "F-16", "COVID-19", "A320"): no amount."""
    s = b.start
    cur = None
    cur_neg = False
    if b.digits and s > 0 and pre is None:
        c = text[s - 1]
        if not (c.isspace() or c in "(["):
            cur = match_currency_prefix(text, s)
            if cur is not None and not _sum_after_letter(text, b, cur[0], lx):
                cur = None  # "the R35", "R2-D2": a name, unless written as a sum ("R12 billion")
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
            if cur is not None and not _sum_after_letter(text, b, cur[0], lx):
                cur = None  # "Grade R 5": a name's letter before a number
    return cur, cur_neg


def _sum_after_letter(text: str, b: Base, sign: int, lx: Lexicon) -> bool:
    """Whether digits after a currency sign of one letter (``R`` for the rand) are written
    as a sum: with a scale word (``R12 billion``, ``R1.2bn``), or glued to the sign with a
    thousands separator (``R2,500``) or with cents (``M1.58 per unit``, ``P78.50 a litre``).
    A letter glued to a bare number is mostly a name (a road ``R35``, ``R2``, a car
    ``E16``), and a letter a space before a number mostly a label's (``vitamin D 1,000
    IU``, ``Grade R 5``) unless a scale word follows; longer signs (``KSh``, ``Rs``, ``$``)
    need no such shape."""
    written = text[sign:b.start]
    if len(written.strip()) != 1 or not written.strip().isalpha():
        return True
    if _scale_word_right(text, b.end, lx) is not None or match_ahead(_GLUED_SCALE, text, b.end) is not None:
        return True
    return len(written) == 1 and ("," in text[b.start:b.end] or _CENTS.fullmatch(text, b.start, b.end) is not None)


def _q_start(at: _At) -> _Step:
    """The number as grown right, its unit taken from before it when none came after
    ("magnitude 7.4", "$5"); "a" alone is one only before a unit that is no rate ("a
    gallon", not "$3 a gallon"); digits without a unit or scale are marked code-like
    when they read as a code ("0256", an ungrouped "891031" after a noun)."""
    text, b, lx, g, pre, cur = at.text, at.b, at.lx, at.g, at.pre, at.cur
    unit, currency = g.unit, g.currency
    if pre is not None and unit is None:
        unit = pre[1]
    if not b.digits and b.lead == "a" and (unit is None or unit == "times" or _rate_a(text, b.start, lx)):
        return None
    if cur is not None and (unit is None or currency):
        unit, currency = cur[1], True
    code_like = False
    if b.digits and cur is None and unit is None and not g.scaled:
        raw = text[b.start:b.end]
        code_like = (raw[0] == "0" and len(raw) > 1 and raw[1].isdigit()) or (
            len(raw) >= 5 and raw.isdigit() and not _amount_place(text, b, at.prev_lower, lx)
        )
    approx = "vague" if b.kind in ("vague", "couple") else None
    return _Q(b.start, b.start, g.end, g.value, None, approx, unit, currency, code_like=code_like)


def _words_after(at: _At, pos: int) -> list[tuple[str, int, int]]:
    """The words after ``pos``, as ``_bare_right`` read them at the grown end."""
    if pos == at.g.end and at.g.words is not None:
        return at.g.words
    return _next_words(at.text, pos, at.lx)


def _q_words(at: _At, q: _Q) -> _Step:
    """A number in words is checked against the words around it (``_word_number_rejected``:
    idioms, "one" as a pronoun, "a third term"); a weak "one" ("no one") is marked, and
    "half" or "a quarter" takes its unit ("half a mile", "a quarter-mile")."""
    text, b, lx = at.text, at.b, at.lx
    if b.digits:
        return q
    nxt = _words_after(at, b.end)
    rejected = _word_number_rejected(text, b, lx, at.prev, at.prev_lower, nxt)
    if rejected is not False:
        return rejected
    q = q._replace(weak_one=b.lead == "one" and b.ntok == 1 and at.prev_lower in lx.one_before)
    if b.kind in ("frac", "afrac") and b.lead in ("half", "halves", "quarter", "quarters"):
        hf = _half_unit(text, b, lx, at.prev_lower, nxt, q.unit)
        if hf is None:
            return None
        if hf[1] >= 0:
            q = q._replace(unit=hf[0], end=hf[1])
        if hf[2] is not None:
            q = q._replace(currency=hf[2])
    return q


def _q_range(at: _At, q: _Q) -> _Step:
    """A range after the number (``_range``: "7,000-9,000", "between 5 and 10"): its
    opener moves the start, its high end is set; a pair that is no amount (years, a
    duration, a score) is skipped whole."""
    text, b, cur = at.text, at.b, at.cur
    signed = _minus_before(text, b.start) if b.digits and cur is None else False
    rm = match_ahead(at.lx.range_conn, text, q.end)
    if rm is None or b.kind not in ("card", "frac") or at.g.age:
        return q
    rg = _range(text, rm, b, at.g, at.lx, at.by_start, _Span(q.start, q.end, q.value, q.unit, q.currency),
                at.pre, cur, signed, at.prev_lower)
    if isinstance(rg, int):
        return rg
    if rg is None:
        return q
    s, end, value, unit, currency, high = rg
    return q._replace(start=s, left=s, end=end, value=value, unit=unit, currency=currency,
                      high=high, s_signed=signed)


def _q_not_amount(at: _At, q: _Q) -> _Step:
    """Three readings that are no amount: a score or a record (``_scored``: "won 3-1", "a
    9-14 start", "they are 2-8"), a weak "one" that no range or age holds, and a code-like
    number that counts nothing ("0256", "case 891031"; "0256 missiles" still counts)."""
    b = at.b
    if q.high is not None and b.digits and _scored(at, q):
        return q.end
    if q.weak_one and q.high is None and not at.g.age:
        return None
    if q.code_like and q.unit is None and not _plural_follows(_words_after(at, q.end), q.end, at.lx):
        return q.end  # "0256", "891031": codes and serial numbers
    return q


#: two groups of digits joined by a dash, as a score or a record is written ("9-14", "2 - 8")
_DASHED_PAIR = regex.compile(r"\d{1,3}\s?[" + _DASH + r"]\s?\d{1,3}")


def _scored(at: _At, q: _Q) -> bool:
    """Whether a range of digits is a score or a record: after a score word ("won 3-1"),
    or a pair joined by a dash before a singular noun of a result ("a 9-14 start", "a 1-2
    defeat"; a range of such nouns takes the plural, "2-3 wins") or after a form of "be"
    with no counted noun ("the Hornets are just 9-14")."""
    if at.prev_lower in at.lx.score and q.unit is None:
        return True
    if _DASHED_PAIR.fullmatch(at.text, q.start, q.end) is None:
        return False
    nxt = _words_after(at, q.end)
    if nxt and nxt[0][1] - q.end <= 1 and nxt[0][0].lower() in at.lx.score_nouns:
        return True
    return q.unit is None and at.lx.record_before.search(at.text, max(0, q.left - 30), q.left) is not None


def _q_tolerance(at: _At, q: _Q) -> _Step:
    """A tolerance after the number: "10 ± 2 litres" keeps 10 and takes the unit."""
    tm = match_ahead(_TOLERANCE, at.text, q.end)
    if tm is None or q.high is not None:
        return q
    tb = at.by_start.get(tm.end())
    if tb is not None and tb.digits and tb.kind == "card":
        gt = _grow_right(at.text, tb, at.lx, at.by_start)
        if gt is not None:
            q = q._replace(end=gt.end)
            if q.unit is None:
                q = q._replace(unit=gt.unit, currency=gt.currency)
    return q


def _q_suffix(at: _At, q: _Q) -> _Step:
    """An approximator after the number: "300 or more", "300-plus", "50+"."""
    sm = match_ahead(at.lx.suffix, at.text, q.end)
    if sm is None or q.high is not None:
        return q
    key = _squash((sm.group("w") or sm.group("s") or "").lower())
    if key in at.lx.suffix_map:
        return q._replace(approx=at.lx.suffix_map[key], end=sm.end())
    return q


def _q_currency(at: _At, q: _Q) -> _Step:
    """A currency before the number is its unit ("$5 billion") and, unless a range's
    opener stands before it, its left edge."""
    cur = at.cur
    if cur is None:
        return q
    if q.start == at.b.start:
        q = q._replace(left=cur[0])
    if q.unit is None or q.currency:
        q = q._replace(unit=cur[1], currency=True)
    return q


def _q_sign(at: _At, q: _Q) -> _Step:
    """A sign before digits: glued after a space or bracket ("-5", "+3"; in "-5 to 10"
    only the low end, already signed by the range, is negative), or spaced where a line,
    bracket or equation opens ("- 20 k")."""
    text, b, s, left = at.text, at.b, q.start, q.left
    if at.cur is not None or not b.digits or s != b.start:
        return q
    if left > 0 and text[left - 1] in "-\u2212+" and (left == 1 or text[left - 2] in " \t\n(["):
        if text[left - 1] != "+" and not q.s_signed:
            q = q._replace(value=_neg(q.value))
        return q._replace(left=left - 1)
    if left == s and _spaced_minus(text, s, at.lx):
        return q._replace(value=_neg(q.value), left=s - 2)
    return q


def _q_negative(at: _At, q: _Q) -> _Step:
    """A negative amount: "$-99.99", an accounting "($99.99)" (not a conversion after
    another amount, "€5bn ($5.4bn)"), "minus"/"negative" before it, or "below zero" after
    it ("10 degrees below zero" is -10 degrees, not 10 and a stray zero)."""
    text, left, end, value = at.text, q.left, q.end, q.value
    if at.cur_neg:
        value = _neg(value)
    elif q.currency and at.cur is not None and q.high is None and 0 < left < end < len(text) and \
            text[left - 1] == "(" and text[end] == ")" and q.approx is None and \
            not _after_amount(text, left - 1, at.lx):
        value, left, end = _neg(value), left - 1, end + 1  # "($99.99)": accounting negative
    neg = None
    if _may_end_before(at, left, _NEGATIVE_TAILS):
        neg = at.lx.negative.search(text, max(0, left - 12), left)
    if neg is not None:
        value = _neg(value)
        left = neg.start()
    below = match_ahead(at.lx.negative_after, text, end)
    if below is not None and q.high is None and not q.currency and value > 0:
        value, end = _neg(value), below.end()
    if value is q.value and left == q.left and end == q.end:
        return q
    return q._replace(value=value, left=left, end=end)


def _q_approx(at: _At, q: _Q) -> _Step:
    """An approximator before the number ("about", "more than", "~"); neutral modifiers
    ("exactly", "a total of") join the span, "only" and "just" do not; "some" only
    before a whole number ("some 300", not "some half")."""
    if q.start != at.b.start or not _may_end_before(at, q.left, at.lx.approx_tails):
        return q
    found = approximator_before(at.text, q.left, at.lx, whole=at.b.kind == "card")
    if found is None:
        return q
    am, key = found
    a = at.lx.approx_map[key]
    if a is not None:
        q = q._replace(approx=a)
    if key not in OUTSIDE_SPAN:
        q = q._replace(left=am.start())
    return q


def _may_end_before(at: _At, left: int, tails: tuple[str, ...]) -> bool:
    """Whether words whose last ones are ``tails`` may stand before ``left`` (spaces between):
    where the word before the number is known (``_At.prev``), it must end with one of them.
    A cheap test first: the patterns it gates search backwards for long alternations."""
    if left != at.b.start or at.prev is None or not at.prev[0].isascii():
        return True
    return at.prev[0].lower().endswith(tails)


def _q_over_and_under(at: _At, q: _Q) -> _Step:
    """ "more than 30 and less than 50": one range from 30 to 50."""
    if q.approx != "over" or q.high is not None:
        return q
    bm = _AND_UNDER.match(at.text, q.end, q.end + 80)
    b3 = at.by_start.get(bm.end()) if bm is not None else None
    if b3 is None or b3.kind != "card" or b3.digits != at.b.digits:
        return q
    g3 = _grow_right(at.text, b3, at.lx, at.by_start)
    if g3 is not None and (g3.unit is None or g3.unit == q.unit) and \
            to_decimal(g3.value) > to_decimal(q.value):
        q = q._replace(high=g3.value, end=g3.end, approx=None)
        if q.unit is None:
            q = q._replace(unit=g3.unit)
    return q


def _q_named(at: _At, q: _Q) -> _Step:
    """The word before the quantity makes it a name or a date (``_named_by``: "May 5",
    "page 5", "Boeing 737"); four plain digits are a year unless they count a plural
    ("1500 workers"; "the 2000 elections" stays a year); a number after a bracket with no
    unit is part of a telephone number ("(555) 123")."""
    text, b, left = at.text, at.b, q.left
    pw = at.prev if left == b.start else _prev_word(text, left, at.lx)
    pwl = pw[0].lower().rstrip(".,") if pw else ""
    if pw is not None and at.cur is None and _named_by(text, pw, b, at.g, q.end, q.unit, q.approx, at.lx):
        return q.end
    if q.high is None and _is_year(text, b, at.g, at.cur) and q.approx is None:
        if not _plural_follows(_words_after(at, q.end), q.end, at.lx) or pwl in at.lx.year_before:
            return None
    if b.digits and left > 0 and text[left - 1] == ")" and q.unit is None:
        return None
    return q.said_after(pwl)


def _q_counted(at: _At, q: _Q) -> _Step:
    """The counted noun after the quantity (``_counted``): it is the unit of a whole number
    without one ("300 sorties" counts sorties), a time word makes the whole a duration
    (None), and "the 921 earthquake" names an event (skipped). Multiplicatives ("twice")
    have no unit."""
    kind = at.b.kind
    if kind == "mult":
        return q._replace(unit=None)
    cn = _counted(at, q.end, q.unit)
    if cn is False:
        return None
    if not isinstance(cn, tuple):
        return q
    noun_unit, of = cn
    hyphen = at.text[q.end:q.end + 1] in _DASH[:3]  # "the 1,000-member church": a count
    if not hyphen and _named_event(at.b, q.before, q.unit, q.high, q.approx, cn):
        return q.end
    q = q._replace(of=of)
    if q.unit is None and kind not in ("frac", "afrac"):
        q = q._replace(unit=noun_unit)
    return q


#: The rules of ``_quantity``, in the order they apply: each grows the quantity or gives
#: the final answer (see ``_Step``).
_RULES = (_q_words, _q_range, _q_not_amount, _q_tolerance, _q_suffix, _q_currency, _q_sign,
          _q_negative, _q_approx, _q_over_and_under, _q_named, _q_counted)


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


def _range(text: str, rm: regex.Match[str], b: Base, g: _Grown, lx: Lexicon, by_start: dict[int, Base],
           q: _Span, pre: tuple[int, str] | None, cur: tuple[int, str] | None, signed: bool,
           prev_lower: str) -> _Ranged | int | None:
    """ "7,000-9,000", "between 5 and 10", "from $5 to $10", "-18 to -34 degrees": the
    range whose connector ``rm`` follows the quantity ``q``; an end offset to skip to when
    the pair is no amount (a duration, years, a score); None when no range is read."""
    s, end, value, unit, currency = q
    cand, neg2, cur2 = _second_number(text, rm.end(), b, by_start)
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
        else:
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
            same_unit = _one_measure(unit, g2, conn, low, prev_lower, lx)
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


def _second_number(text: str, pos: int, b: Base, by_start: dict[int, Base]
                   ) -> tuple[Base | None, bool, tuple[int, str] | None]:
    """The number after a range's connector at ``pos``: with whether a minus sign negates it
    ("-18 °C to -34 °C") and the currency it is written with when the first is in digits
    ("$5 to $10")."""
    cand = by_start.get(pos)
    neg2 = False
    if cand is None and pos + 1 < len(text) and text[pos] in "-\u2212":
        cand = by_start.get(pos + 1)  # "-18 °C to -34 °C"
        neg2 = cand is not None and cand.digits
    cur2: tuple[int, str] | None = None
    if cand is None and b.digits:
        cm = match_ahead(_CUR_SYM, text, pos)
        if cm is not None:
            cand = by_start.get(cm.end())
            cur2 = match_currency_prefix(text, cm.end())
    return cand, neg2, cur2


def _one_measure(unit: str | None, g2: _Grown, conn: str, low: Number, prev_lower: str, lx: Lexicon) -> bool:
    """Whether a range's two ends measure one thing: the same unit or none, not a change
    then a level ("fell 148.85 points to 35378.44", "skidded 1.74 to 123.5")."""
    same_unit = unit is None or g2.unit is None or unit == g2.unit
    if unit is not None and g2.unit is None and conn not in _DASH:
        same_unit = False  # "fell 148.85 points to 35378.44"
    if conn in ("to", "through", "thru") and prev_lower in lx.change and \
            to_decimal(g2.value) > 3 * to_decimal(low):
        same_unit = False  # "skidded 1.74 to 123.5": a change and a level
    return same_unit


def _named_by(text: str, pw: tuple[str, int], b: Base, g: _Grown, end: int, unit: str | None,
              approx: str | None, lx: Lexicon) -> bool:
    """Whether the word before makes the number a date or a name, not an amount: a month
    ("May 5"), an identifier word ("page 5"), a capitalised name ("Resolution 1718",
    "Boeing 737", "iPhone 15"; not a sentence's "Buy 3 apples"), an acronym ("COVID 19")."""
    pwl = pw[0].lower().rstrip(".,")
    word0 = pw[0].rstrip(".")
    if word0 in lx.cap_months or (pwl in lx.months and word0[0].isupper()):
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


def _age_after(text: str, pos: int, lx: Lexicon) -> bool:
    """A time word and "old" at ``pos`` ("year-old", "month old"): an age follows."""
    hw = _hyphen_words(text, pos)
    return len(hw) >= 2 and _is_time_word(hw[0][0], lx) and hw[1][0].lower() == "old"


def _word_number_rejected(
    text: str, b: Base, lx: Lexicon, prev: tuple[str, int] | None, prev_lower: str,
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
                not _age_after(text, b.end + 1, lx):
            return None  # "one-sided", "one-off"; but "a one-year-old" is an age
    if kind == "couple" and not (nxt and nxt[0][0].lower() == "of"):
        return None
    if kind == "afrac" and b.lead not in ("half", "quarter") and not (
        nxt and nxt[0][0].lower() == "of"
    ) and prev_lower not in _HALF_PREV:
        return None  # "a third term" is an ordinal; "a third of", "by a third" are not
    if kind in ("frac", "afrac") and prev is not None and prev_lower == "and":
        pp = _prev_word(text, prev[1], lx)
        if pp is not None and _is_time_word(pp[0], lx):
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
    text: str, b: Base, lx: Lexicon, prev_lower: str, nxt: list[tuple[str, int, int]],
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
        am = match_ahead(lx.a_unit, text, b.end + 1)  # "half a mile": 0.5 mile
        hu = match_unit(text, am.end()) if am is not None else None
        if hu is not None and hu.unit != "times":
            unit, end, currency = hu.unit, hu.end, hu.currency
            nxt = []
    if b.ntok == 1 and b.kind == "frac" and unit is None:
        if prev_lower in _HALF_NOT_AFTER:
            return None
        if not (nxt and nxt[0][0].lower() in _HALF_NEXT) and prev_lower not in _HALF_PREV:
            return None
    if (nxt and _is_time_word(nxt[0][0], lx)) or (
        len(nxt) > 1 and nxt[0][0].lower() in ("a", "an") and _is_time_word(nxt[1][0], lx)
    ):
        return None
    return unit, end, currency, nxt


#: a clock time ("5 p.m.", "9 in the morning") or an era ("300 BC") after a number: one
#: pattern, the spaces read once
_CLOCK_OR_ERA = compile_pattern(
    _SP + r"*+(?:(?i:[ap]\.?m\.?|o['’]clock|hrs|h(?=\d)|in" + _SP + r"++the" + _SP
    + r"++(?:morning|afternoon|evening|night))|(?:BC|AD|BCE|CE|B\.C\.|A\.D\.))(?![\p{L}])"
)
_AND_FRACTION = compile_pattern(
    _SP + r"++and" + _SP + r"++(?:(?P<d>\d++/\d++)|(?i:a|one)" + _SP
    + r"++(?P<w>half|quarter|third))(?![\p{L}\d])"
)
_AND_CENTS = compile_pattern(r",?+" + _SP + r"++(?:and" + _SP + r"++)?")
_AND_UNDER = compile_pattern(
    _SP + r"++(?:and|but)" + _SP + r"++(?i:less|fewer|smaller|lower)" + _SP + r"++than" + _SP
    + r"++(?:or" + _SP + r"++equal" + _SP + r"++to" + _SP + r"++)?"
)
_NEGATIVE_TAILS = ("minus", "negative")
_TOLERANCE = compile_pattern(_SP + r"*+(?:±|\+/-|\+-|plus or minus)" + _SP + r"*+")
_CUR_SYM = compile_pattern(r"(?:US\$|[A-Z]{0,2}\$|[€£¥₩₹₽])")

_HALF_NEXT = frozenset({"of", "the", "a", "an", "his", "her", "their", "its", "our", "my",
                        "your", "that", "those", "these", "all", "what", "as", "percent"})
_HALF_PREV = frozenset({"nearly", "almost", "about", "around", "over", "than", "by", "roughly",
                        "approximately", "just", "only", "some", "under", "cut", "halved",
                        "and", "to", "less", "more", "least"})


def _squash(s: str) -> str:
    return " ".join(s.split()) if " " in s or "\t" in s or "\u00a0" in s else s


def _after_amount(text: str, pos: int, lx: Lexicon) -> bool:
    """Whether an amount or unit ends right before ``pos`` ("€5bn ($5.4bn)", "€110 million
    (£94.6 million)": a conversion): a unit, or a word written right after digits (a scale
    word, "5bn", "110 million")."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or not text[i].isalpha():
        return True
    pw = lx.last_word.search(text, max(0, i - 30), i + 1)
    if pw is None or match_unit(text, pw.start()) is not None:
        return True
    j = pw.start() - 1
    while j >= 0 and j >= pw.start() - 2 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j].isdigit()


def _rate_a(text: str, pos: int, lx: Lexicon) -> bool:
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


def _amount_place(text: str, b: Base, prev_lower: str, lx: Lexicon) -> bool:
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


def _spaced_minus(text: str, s: int, lx: Lexicon) -> bool:
    """A minus and one space before the number at ``s``, the minus opening the text, a line,
    a bracket or an equation ("- 20 k", "(- 4)", "x = - 3"), or after a word that cannot end a
    phrase, so that no dash can follow it ("fell to - 5", "was - 96"); after other words it is
    a dash ("the toll - 96 dead - rose")."""
    if s < 2 or text[s - 1] != " " or text[s - 2] not in "-\u2212":
        return False
    i = s - 3
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\n([=:":
        return True
    word = lx.last_word.search(text, max(0, i - 30), i + 1)
    return word is not None and _free_word(text, word.start()) and word.group().lower() in lx.sign_after


def _free_word(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` stands free on its left: whole, and not the middle of a
    spaced compound ("3 - of - 4", "11 - of - 36": shots made of attempted)."""
    if pos > 0 and text[pos - 1] not in " \t\n(\"'\u201c":
        return False
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] not in "-\u2212\u2013"


def _neg(v: Number) -> Number:
    return exact(-to_decimal(v))


def _is_year(text: str, b: Base, g: _Grown, cur: tuple[int, str] | None) -> bool:
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


def _counted_plural(text: str, pos: int, lx: Lexicon) -> bool:
    """A plural noun (after at most one modifier) follows: "1000 ballistic missiles"."""
    return _plural_follows(_next_words(text, pos, lx), pos, lx)


def _plural_follows(nxt: list[tuple[str, int, int]], pos: int, lx: Lexicon) -> bool:
    """``_counted_plural`` on the words after ``pos`` as read."""
    if not nxt or nxt[0][1] - pos > 1:
        return False
    for w, _, _ in nxt[:2]:
        if w[0].isupper() or w.lower() in lx.stop:
            return False
        if singular(w) != w.lower():
            return True
    return False


def _counted(at: _At, pos: int, unit: str | None) -> tuple[str, str] | bool | None:
    """(singular noun, what is counted as written), None, or False for a duration."""
    text, b, lx = at.text, at.b, at.lx
    if pos < len(text) and text[pos] in _DASH[:3] and unit is None:
        return _hyphen_counted(text, pos, lx)
    nxt = _words_after(at, pos)
    if not nxt or nxt[0][1] - pos > 1:
        return None
    i = _phrase_start(nxt, b, unit)
    if i is None:
        return None
    np_words = _counted_phrase(text, nxt[i:i + 3], lx)
    if not np_words:
        return None
    if unit is None and any(_is_time_word(w, lx) for w, _, _ in np_words):
        return False
    head = np_words[-1][0].rstrip("’'")
    if head.lower().endswith(("'s", "’s")):
        head = head[:-2]
    end = _of_tail_end(text, nxt, np_words, lx)
    written = text[np_words[0][1]:end]
    if unit is not None:
        return (unit, written) if i else None
    hl = head.lower()
    if len(np_words) == 1 and (hl.endswith(("ed", "ing")) or hl in lx.pasts) and hl not in lx.ed_nouns:
        return None  # "300 attended", "20,000 took part": the clause's verb, no counted noun
    named = unit_of_word(hl) if len(np_words) == 1 else None
    return (named or singular(head)), written


def _hyphen_counted(text: str, pos: int, lx: Lexicon) -> tuple[str, str] | bool | None:
    """The noun joined by a hyphen ("a 12-storey block", "a 300-bed hospital"): False for a
    time word (a duration), None for no countable noun (a past form or a participle, "a
    four-sided court", unless a noun is so spelled: ``nouns_like_pasts``)."""
    hw = _hyphen_words(text, pos + 1)
    if hw:
        w = hw[0][0]
        if _is_time_word(w, lx):
            return False
        if w.lower() in lx.stop or w.lower() in ("odd", "plus", "some", "strong", "fold") or \
                (w.lower().endswith(("ed", "ing")) and w.lower() not in lx.ed_nouns) or w[0].isupper():
            return None
        return singular(w), w
    return None


def _phrase_start(nxt: list[tuple[str, int, int]], b: Base, unit: str | None) -> int | None:
    """Where the counted noun phrase starts among the next words: past ``of`` (and a
    determiner after it) when a unit or a vague amount takes it ("dozens of the workers"),
    None when ``of`` follows a plain number."""
    if nxt[0][0].lower() != "of":
        return 0
    if unit is None and b.kind not in ("vague", "couple", "frac", "afrac"):
        return None
    if len(nxt) > 1 and nxt[1][0].lower() in ("the", "a", "an", "his", "her", "their", "its",
                                              "our", "all"):
        return 2
    return 1


def _counted_phrase(text: str, words: list[tuple[str, int, int]], lx: Lexicon) -> list[tuple[str, int, int]]:
    """The counted noun phrase among up to three words: the words up to the first plural
    ("regular common shares"), else one word; none for a number word or a name, nor for a
    modifier whose hyphen waits for a second one ("1,500 coal- and gas-fired plants")."""
    cand_words: list[tuple[str, int, int]] = []
    for w, ws, we in words:
        wl = w.lower()
        if w[-1] in _DASH[:3]:
            return []
        if (wl in lx.stop and not (w.isupper() and len(w) > 1)) or wl.endswith("ly"):
            break
        if cand_words and text[cand_words[-1][2]:ws].strip():
            break
        if len(cand_words) == 2 and w[0].isupper() and not cand_words[-1][0][0].isupper():
            break  # a name after two common words opens a new phrase: "the 311 disaster reshaped Japan's"
        cand_words.append((w, ws, we))
        if w[-1] in "’'" or wl.endswith(("'s", "’s")) or singular(w) != wl:
            break
    if cand_words and (_is_number_word(cand_words[0][0]) or len(cand_words[0][0]) < 2):
        return []
    np_words = cand_words
    if len(cand_words) > 1 and singular(cand_words[-1][0]) == cand_words[-1][0].lower():
        np_words = cand_words[:1]
    if np_words and np_words[-1][0][0].isupper() and \
            singular(np_words[-1][0]) == np_words[-1][0].lower():
        return []  # "20 Downing Street": a name, not a counted noun
    return np_words


def _of_tail_end(text: str, nxt: list[tuple[str, int, int]], np_words: list[tuple[str, int, int]],
                 lx: Lexicon) -> int:
    """Where what is counted ends: after a short of-phrase it carries ("containers of
    munitions"), else after its noun phrase."""
    end = np_words[-1][2]
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
    return end


def _named_event(b: Base, before: str, unit: str | None, high: Number | None,
                 approx: str | None, noun: tuple[str, str]) -> bool:
    """ "the 921 earthquake", "the 228 incident": "the", digits, then a singular noun name
    an event or thing by a number; a count would take the plural ("the 921 victims"). A name
    is a whole number, and a scale written after its number is no thing named ("the
    7.4-magnitude quake", "the 6 magnitude quake"). A superlative is no name ("the 10
    largest"); a noun in -er is ("the 311 disaster", "the 1999 murder"), and comparatives
    of the common adjectives are stopwords ("higher", "lower"). A noun joined by a hyphen
    makes a count an adjective (``_q_counted``: "the 1,000-member church")."""
    written = noun[1].lower()
    return (
        b.digits and before == "the" and b.kind == "card" and isinstance(b.value, int) and b.value != 1
        and unit is None and noun[0] not in unit_lex().prefix_norm
        and high is None and approx is None and " " not in written and written == noun[0]
        and not written.endswith("est")
    )


def _is_number_word(w: str) -> bool:
    wl = w.lower().split("-")[0]
    lx = words()
    return wl in lx.units or wl in lx.teens or wl in lx.tens or wl in lx.scales or \
        wl in lx.ordinals or wl in lx.vague


def _ordinal(text: str, b: Base, lx: Lexicon) -> Found | None:
    nxt = _next_words(text, b.end, lx)
    if nxt and nxt[0][0].rstrip(".") in lx.cap_months:
        return None
    if len(nxt) > 1 and nxt[0][0] == "of" and nxt[1][0].rstrip(".") in lx.cap_months:
        return None
    if b.start > 0 and text[b.start - 1].isalnum():
        return None
    prev = _prev_word(text, b.start, lx)
    if prev and prev[0].rstrip(".") in lx.cap_months:
        return None
    if b.lead == "second" and nxt and nxt[0][0].lower() in ("of", "and", "to"):
        return None
    return Found(b.start, b.end, b.value, None, None, None, None, True)
