"""Units, currencies and counted nouns: recognising them next to a number and normalising.

Currencies become ISO 4217 codes (``USD``, ``EUR``, ``KRW``), percentages ``percent``,
physical units a short symbol (``km``, ``kg``, ``tonne``, ``MW``, ``°C``); counted nouns
their singular. Vocabulary: ``data/units.json`` and ``data/grammar.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from newskit.text import compile_pattern, match_ahead
from newskit.vocabulary import per_vocabulary

from .numbers import alternation, data, trie_pattern

__all__ = ["UnitMatch", "lex", "match_currency_prefix", "match_prefix_unit", "match_unit", "singular",
           "unit_of_word"]

_SP = r"[ \t\u00a0\u202f\u2009]"
_SPACES = frozenset(" \t\u00a0\u202f\u2009")  # the characters of ``_SP``


class UnitMatch(NamedTuple):
    end: int
    unit: str
    currency: bool


class _UnitLex(NamedTuple):
    prefix: Any  # compiled pattern, searched in a window ending at the number
    after: Any  # compiled pattern, matched where the number ends
    norm: dict[str, str]  # surface (lower-cased for words) -> normalised unit
    currencies: frozenset[str]
    time_units: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    prefix_units: Any  # "magnitude 7.4", "magnitude-7.4": a unit written before the number
    prefix_norm: dict[str, str]
    prefix_last: frozenset[str]  # last letters of the prefix units
    currency_last: frozenset[str]  # last characters of the currencies written before a number


@per_vocabulary
def lex() -> _UnitLex:
    d = data("units.json")
    sym: dict[str, str] = d["currency_symbols"]
    codes: list[str] = d["currency_codes"]
    norm: dict[str, str] = {}
    currencies: set[str] = set(codes) | set(sym.values())
    # currency before the number: "$", "US$", "€", "USD ", "Rs."
    alpha_sym = [s for s in sym if s[0].isalpha()]
    other_sym = [s for s in sym if not s[0].isalpha()]
    prefix = (
        "(?r)(?:(?<![\\p{L}\\d])(?P<code>" + alternation(codes + alpha_sym) + ")" + _SP + "?"
        "|(?:(?<![\\p{L}])(?P<sym>" + alternation(other_sym + [s for s in sym if "$" in s]) + "))"
        + _SP + "?)\\Z"
    )
    words: dict[str, str] = {}
    for table in ("currency_words", "percent_words", "unit_words"):
        for k, v in d[table].items():
            words[k.lower()] = v
            if table == "currency_words":
                currencies.add(v)
    cs: dict[str, str] = dict(d["units_case_sensitive"])
    # units that need to touch the digits ("5g", "40C"): too ambiguous after a space
    attached_only = {"g", "t", "l", "L", "C", "F", "p", "in", "W", "V", "A", "N", "J", "pc"}
    word_alts = [k for k in words if k[0].isalpha()]
    sym_alts = [k for k in words if not k[0].isalpha()]
    spaced_cs = [k for k in cs if k not in attached_only]
    attached_cs = [k for k in cs if k in attached_only]
    after = (
        "(?P<sp>" + _SP + "*+)(?:"
        "(?P<sym>" + trie_pattern(sym_alts) + ")"
        "|(?i:(?P<word>" + trie_pattern(word_alts, _SP + "++") + "))(?![\\p{L}\\d])"
        "|(?P<cs>" + trie_pattern(spaced_cs, _SP + "?+") + ")(?![\\p{L}\\d])"
        "|(?<=\\d)(?P<att>" + trie_pattern(attached_cs) + ")(?![\\p{L}\\d])"
        "|(?P<cf>[CF])(?=[ \\t.,;:)!?]|\\Z)"
        ")"
    )
    for k, v in words.items():
        norm[k] = v
    for k, v in cs.items():
        norm[k] = v
    for k, v in sym.items():
        norm[k] = v
    for c in codes:
        norm[c] = c
    return _UnitLex(
        prefix=compile_pattern(prefix),
        after=compile_pattern(after),
        norm=norm,
        currencies=frozenset(currencies),
        time_units=frozenset(d["time_units"]),
        months=frozenset(d["months"]),
        weekdays=frozenset(d["weekdays"]),
        prefix_units=compile_pattern(
            r"(?r)(?<![\p{L}])(?i:(?P<u>" + alternation(list(d["prefix_units"])) + "))"
            r"(?:" + _SP + r"++|[\-\u2010\u2011])\Z"
        ),
        prefix_norm={k.lower(): v for k, v in d["prefix_units"].items()},
        prefix_last=frozenset(k[-1].lower() for k in d["prefix_units"]),
        currency_last=frozenset(c[-1] for c in [*codes, *sym]),
    )


def unit_of_word(word: str) -> str | None:
    """The normalised unit a counted noun names ("dollars" -> USD), or None."""
    return lex().norm.get(word.lower())


def match_currency_prefix(text: str, start: int) -> tuple[int, str] | None:
    """A currency sign or code right before ``start``: (its start, ISO code)."""
    lx = lex()
    c = text[start - 1] if start > 0 else ""
    if c not in lx.currency_last and not (c in _SPACES and start > 1 and text[start - 2] in lx.currency_last):
        return None  # cheap test first: no currency ends here (this runs for most numbers)
    m = lx.prefix.search(text, max(0, start - 6), start)
    if m is None:
        return None
    key = m.group("code") or m.group("sym")
    code = lx.norm.get(key)
    if code is None:
        return None
    return m.start(), code


def match_prefix_unit(text: str, start: int) -> tuple[int, str] | None:
    """A unit word written before the number at ``start`` ("magnitude 7.4",
    "magnitude-7.4"): (its start, normalised unit)."""
    lx = lex()
    if start < 2 or text[start - 2].lower() not in lx.prefix_last:
        return None  # cheap test first: this runs for every number
    m = lx.prefix_units.search(text, max(0, start - 14), start)
    if m is None:
        return None
    return m.start(), lx.prefix_norm[m.group("u").lower()]


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """A unit, currency word or percent sign starting at ``pos`` (spaces allowed before)."""
    lx = lex()
    m = match_ahead(lx.after, text, pos)
    if m is None:
        return None
    if m.group("sp") and "\n" in m.group("sp"):
        return None
    if m.group("sym"):
        key = m.group("sym")
    elif m.group("word"):
        key = " ".join(m.group("word").lower().split())
    elif m.group("cs"):
        key = " ".join(m.group("cs").split())
    elif m.group("cf"):
        key = "°" + m.group("cf")
    else:
        key = m.group("att")
        if m.group("sp"):
            return None
    unit = lx.norm.get(key)
    if unit is None:
        return None
    end = m.end()
    if unit not in lx.currencies and unit not in ("percent", "times", "fold"):
        per = match_ahead(_PER, text, end)
        if per is not None:
            unit, end = unit + "/" + per.group("d"), per.end()
    return UnitMatch(end, unit, unit in lx.currencies)


_PER = compile_pattern(r"/(?P<d>s|h|hr|min|d|yr|km|m|l|kg|g|m2|m3|m²|m³|ha)(?![\p{L}\d])")


class _Plurals(NamedTuple):
    irregular: dict[str, str]
    invariant: frozenset[str]
    ie: frozenset[str]
    us: frozenset[str]
    is_: frozenset[str]
    s: frozenset[str]
    oe: frozenset[str]
    f: frozenset[str]
    che: frozenset[str]


@cache
def _plurals() -> _Plurals:
    d = data("plurals.json")
    return _Plurals(d["irregular"], frozenset(d["invariant"]), frozenset(d["ie_nouns"]),
                    frozenset(d["us_nouns"]), frozenset(d["is_nouns"]), frozenset(d["s_nouns"]),
                    frozenset(d["oe_nouns"]), frozenset(d["f_nouns"]), frozenset(d["che_nouns"]))


def singular(word: str) -> str:
    """The singular of an English plural noun (lower-cased; a singular comes back as is).

    Suffix rules with their exceptions as word lists (``data/plurals.json``): "sorties" ->
    "sortie" but "casualties" -> "casualty"; "buses" -> "bus" but "houses" -> "house";
    "analyses" -> "analysis"; "heroes" -> "hero" but "shoes" -> "shoe"; "wolves" -> "wolf"
    but "drives" -> "drive"; "benches" -> "bench" but "headaches" -> "headache"."""
    w = word.lower()
    pl = _plurals()
    if w in pl.irregular:
        return pl.irregular[w]
    if w in pl.invariant or len(w) <= 3 or w.endswith(("ss", "us", "is", "ous")):
        return w
    if w.endswith("s"):
        for rule in _SUFFIX_RULES:
            got = rule(w, pl)
            if got is not None:
                return got
        return w[:-1]
    return w


def _ies(w: str, pl: _Plurals) -> str | None:
    if not w.endswith("ies") or len(w) <= 4:
        return None
    return w[:-1] if w[:-1] in pl.ie else w[:-3] + "y"


def _ves(w: str, pl: _Plurals) -> str | None:
    if not w.endswith("ves"):
        return None
    for cand in (w[:-3] + "f", w[:-3] + "fe"):
        if cand in pl.f:
            return cand
    return w[:-1]


def _oes(w: str, pl: _Plurals) -> str | None:
    if not w.endswith("oes"):
        return None
    return w[:-1] if w[:-1] in pl.oe else w[:-2]


def _ses(w: str, pl: _Plurals) -> str | None:
    if not w.endswith("ses"):
        return None
    if w[:-2] + "is" in pl.is_:
        return w[:-2] + "is"
    if w[:-2] in pl.us or w[:-2] in pl.s or w.endswith("sses"):
        return w[:-2]
    return w[:-1]


def _sibilant_es(w: str, pl: _Plurals) -> str | None:
    if w.endswith("ches"):
        return w[:-1] if w[:-1] in pl.che else w[:-2]
    if w.endswith(("xes", "shes", "zzes")):
        return w[:-2]
    return None


_SUFFIX_RULES = (_ies, _ves, _oes, _ses, _sibilant_es)
