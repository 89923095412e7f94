"""Number expressions: digit strings, number words, scales, fractions.

Everything here is exact: values are ``int`` or ``Decimal``, never ``float``.
Vocabulary lives in ``data/numbers.json``; patterns are compiled once, lazily.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from newskit import Number
from newskit.vocabulary import current, per_vocabulary

from .vocab import raw_data, vocabulary_tables

__all__ = [
    "Segment",
    "alternation",
    "data",
    "denominators",
    "digits_value",
    "exact",
    "from_fraction",
    "parse_words",
    "trie_pattern",
    "words",
]

#: Digit strings longer than this are not amounts a news text states (and would be slow).
MAX_DIGITS = 30
#: One run of number words holding more numbers than this is a list or noise, not prose
#: (the grammar skips such runs after a dozen numbers anyway); reading stops there.
MAX_SEGMENTS = 40


@per_vocabulary
def data(name: str) -> dict[str, Any]:
    """A JSON data file of this package's ``data/`` folder, its vocabulary tables (units,
    scale words) taken from the current vocabulary (cached per vocabulary)."""
    return {**raw_data(name), **vocabulary_tables(name)}


def trie_pattern(items: Iterable[str], space: str = " ") -> str:
    """A regex alternation matching any of ``items`` (longest first), factored as a trie
    so the engine never retries a common prefix. A space in an item matches ``space``."""
    trie: dict[str, Any] = {}
    for item in items:
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [(space if ch == " " else regex.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        # longer continuations first, then the option to stop here
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


#: A whole value with more digits than this stays a ``Decimal`` in exponent form
#: ("100000^999" is 1E+4995, not a 4,996-digit ``int`` nobody can print or serialise).
MAX_INT_DIGITS = 100


def exact(d: Decimal) -> Number:
    """An ``int`` when ``d`` is whole and of sane size, else a normalised ``Decimal``."""
    try:
        if d == d.to_integral_value() and d.adjusted() < MAX_INT_DIGITS:
            return int(d)
        return d.normalize()
    except (InvalidOperation, OverflowError, ValueError):
        return d


def to_decimal(v: Number) -> Decimal:
    return v if isinstance(v, Decimal) else Decimal(v)


_SEPARATORS = regex.compile(r"[,\s\u00a0\u202f\u2009]")


def digits_value(s: str) -> Decimal | None:
    """``"11,000"``, ``"7 000"``, ``"1.5"``, ``".25"``, ``"1e6"``, ``"3/4"`` -> Decimal."""
    s = _SEPARATORS.sub("", s)
    if sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        return None
    try:
        if "/" in s:
            num, _, den = s.partition("/")
            d = Decimal(den)
            if d == 0:
                return None
            with localcontext() as ctx:
                ctx.prec = 28
                return Decimal(num) / d
        if "e" in s or "E" in s:
            mant, _, exp = s.replace("E", "e").partition("e")
            if abs(int(exp)) > MAX_DIGITS:
                return None
            return Decimal(mant).scaleb(int(exp))
        return Decimal(s)
    except (InvalidOperation, ValueError):
        return None


def alternation(items: Iterable[str], space: str = " ") -> str:
    """A plain alternation, longest item first (for reverse searches, where a trie's
    branch order would prefer the shorter of "over" and "well over")."""
    out = []
    for item in sorted(set(items), key=lambda x: (-len(x), x)):
        out.append(space.join(regex.escape(part) for part in item.split(" ")))
    return "|".join(out)


class Segment(NamedTuple):
    """One number read from a run of number words: token range, value and kind.

    ``kind``: ``card`` (cardinal), ``ord`` (ordinal), ``frac`` (fraction), ``afrac``
    ("a third": a fraction only in some contexts), ``vague`` (dozens, several),
    ``mult`` (twice), ``couple`` ("a couple").
    """

    first: int
    last: int  # inclusive token index
    value: Number
    kind: str


class _Lex(NamedTuple):
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    ordinals: dict[str, int]
    denominators: dict[str, int]
    vague: dict[str, int]
    mult: dict[str, int]
    group_glue: tuple[str, ...]


@per_vocabulary
def words() -> _Lex:
    d = data("numbers.json")
    scales = dict(d["scales"])
    scales.update(d["hundred"])
    return _Lex(
        units=d["units"],
        teens=d["teens"],
        tens=d["tens"],
        scales=scales,
        ordinals=d["ordinals"],
        denominators=denominators(d),
        vague=d["vague"],
        mult=d["multiplicatives"],
        group_glue=tuple(d["group_glue"]),
    )


def denominators(d: dict[str, Any]) -> dict[str, int]:
    """The denominator words: the listed ones ("half", "quarters", "thirds") and the plural
    of every ordinal from three up ("sixteenths", "thirtieths"), which after a number can
    only be a fraction ("three sixteenths"); singular ordinals stay out ("one seventeenth-
    century church" is no fraction), except those listed ("one fifth")."""
    plural = {w + "s": v for w, v in d["ordinals"].items() if v >= 3}
    return {**plural, **d["denominators"]}


def parse_words(tokens: list[str]) -> list[Segment]:
    """Read the numbers in a run of lower-cased number-word tokens (which may include the
    glue words ``a``, ``an``, ``and``, ``of``, ``over``, ``point`` and commas). A run can
    hold several numbers ("five and ten" -> 5, 10); glue that joins nothing is left out of
    every segment; at most ``MAX_SEGMENTS`` are read. The reading itself is the grammar in
    :mod:`.wordgrammar`."""
    return list(_parsed(current().fingerprint, tuple(tokens)))


@lru_cache(maxsize=4096)
def _parsed(fingerprint: int, tokens: tuple[str, ...]) -> tuple[Segment, ...]:
    """:func:`parse_words`, remembered per vocabulary (``fingerprint``) and run: a text's
    number words are a few runs over and over ("one", "two", "a couple"), and the reading
    depends on the words alone. Bounded, so a long stream keeps its memory flat."""
    from .wordgrammar import Toks, read_number

    toks = Toks(tokens)
    out: list[Segment] = []
    i = 0
    while i < len(tokens) and len(out) < MAX_SEGMENTS:
        r = read_number(toks, i)
        if r is None:
            i += 1
            continue
        out.append(Segment(i, r.end - 1, from_fraction(r.value), r.kind))
        i = r.end
    return tuple(out)


def from_fraction(v: Fraction) -> Number:
    """An exact ``int``, or a ``Decimal`` (28 significant digits for thirds and sevenths)."""
    if v.denominator == 1:
        return v.numerator
    with localcontext() as ctx:
        ctx.prec = 28
        return exact(Decimal(v.numerator) / Decimal(v.denominator))
