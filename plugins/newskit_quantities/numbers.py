"""Number expressions: digit strings, number words, scales, fractions.

Everything here is exact: values are ``int`` or ``Decimal``, never ``float``.
Vocabulary lives in ``data/numbers.json``; patterns are compiled once, lazily.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import regex

from newskit import Number

__all__ = [
    "Segment",
    "alternation",
    "data",
    "digits_value",
    "exact",
    "parse_words",
    "trie_pattern",
    "words",
]

#: Digit strings longer than this are not amounts a news text states (and would be slow).
MAX_DIGITS = 30


@cache
def data(name: str) -> dict[str, Any]:
    """A JSON data file of this package's ``data/`` folder (cached)."""
    raw = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(raw)
    return loaded


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


@cache
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
        denominators=d["denominators"],
        vague=d["vague"],
        mult=d["multiplicatives"],
    )


_CARDINAL_KINDS = ("unit", "teen", "tens")
_PLURAL_SCALES = {"hundreds": 100, "thousands": 1000, "millions": 1000000,
                  "billions": 1000000000, "trillions": 1000000000000}


def parse_words(tokens: list[str]) -> list[Segment]:
    """Read the numbers in a run of lower-cased number-word tokens (which may include the
    glue words ``a``, ``an``, ``and``, ``of``). A run can hold several numbers
    ("five and ten" -> 5, 10); glue that joins nothing is left out of every segment."""
    out: list[Segment] = []
    i = 0
    n = len(tokens)
    while i < n:
        seg = _parse_one(tokens, i)
        if seg is None:
            i += 1
            continue
        out.append(seg)
        i = seg.last + 1
    return out


def _parse_one(tokens: list[str], i: int) -> Segment | None:
    lx = words()
    n = len(tokens)
    w = tokens[i]
    if w in ("and", "of", ","):
        return None
    a_prefix = w in ("a", "an")
    if a_prefix:
        if i + 1 >= n:
            return None
        nxt = tokens[i + 1]
        if nxt in lx.scales or nxt == "dozen":
            pass
        elif nxt in lx.denominators and not nxt.endswith("s"):
            den = Decimal(lx.denominators[nxt])
            if i + 2 < n and tokens[i + 2] in lx.scales and tokens[i + 2] != "hundred":
                # "a half million"
                return Segment(i, i + 2, exact(lx.scales[tokens[i + 2]] / den), "card")
            if i + 2 < n and tokens[i + 2] == "dozen" and nxt == "half":
                return Segment(i, i + 2, 6, "card")  # "a half dozen"
            return Segment(i, i + 1, exact(Decimal(1) / den), "afrac")
        elif nxt == "couple":
            return Segment(i, i + 1, 2, "couple")
        else:
            return None
    # vague words and multiplicatives at the start of a number
    if not a_prefix:
        if w in lx.mult:
            return Segment(i, i, lx.mult[w], "mult")
        if w in lx.vague:
            base = lx.vague[w]
            if w == "several":
                if i + 1 < n and tokens[i + 1] in lx.scales:
                    return Segment(i, i + 1, 3 * lx.scales[tokens[i + 1]], "vague")
                return Segment(i, i, 3, "vague")
            if w == "couple":
                return None
            # "tens/hundreds/dozens of thousands"
            if i + 2 < n and tokens[i + 1] == "of" and tokens[i + 2] in _PLURAL_SCALES:
                scale = _PLURAL_SCALES[tokens[i + 2]]
                if scale > (_PLURAL_SCALES.get(w) or 1):
                    return Segment(i, i + 2, base * scale, "vague")
            if w in ("tens", "scores"):
                return None
            return Segment(i, i, base, "vague")
        if w in lx.ordinals and w not in lx.denominators:
            return Segment(i, i, lx.ordinals[w], "ord")
        if w in lx.denominators:
            if w == "half":
                if i + 2 < n and tokens[i + 1] in ("a", "an") and (
                    tokens[i + 2] in lx.scales or tokens[i + 2] == "dozen"
                ):
                    mul = 12 if tokens[i + 2] == "dozen" else lx.scales[tokens[i + 2]]
                    return Segment(i, i + 2, exact(Decimal(mul) / 2), "card")
                return Segment(i, i, Decimal("0.5"), "frac")
            if w in lx.ordinals:
                return Segment(i, i, lx.ordinals[w], "ord")
            return None

    total = Decimal(0)
    cur = Decimal(1) if a_prefix else Decimal(0)
    last = "a" if a_prefix else ""
    last_scale = 0
    j = i + 1 if a_prefix else i
    end = -1
    kind = "card"
    # state before a joining "and": "two thousand five hundred and two thousand" is two numbers
    saved: tuple[Decimal, Decimal, int] | None = None
    # state before a comma after a scale: "three million, two hundred" goes on with a
    # smaller group only ("five million, two million more" is two numbers)
    comma: tuple[Decimal, Decimal, int] | None = None
    while j < n:
        w = tokens[j]
        if comma is not None and w in lx.scales and lx.scales[w] != 100 and \
                lx.scales[w] >= last_scale:
            total, cur, end = comma
            break
        if saved is not None and (
            (w in lx.scales and lx.scales[w] == 100)
            or (w in lx.scales and last_scale and lx.scales[w] >= last_scale)
        ):
            total, cur, end = saved
            break
        if w in lx.units or w in lx.teens or w in lx.tens:
            t = "unit" if w in lx.units else ("teen" if w in lx.teens else "tens")
            v = lx.units.get(w) or lx.teens.get(w) or lx.tens.get(w) or 0
            if last in ("", "hundred", "scale", "and"):
                cur += v
            elif last == "tens" and t == "unit" and v > 0:
                cur += v
            else:
                break
            last = t
            end = j
        elif w in lx.scales:
            sv = lx.scales[w]
            if last not in ("a", "unit", "teen", "tens", "hundred", "scale", "frac", "dozen"):
                break
            if sv == 100:
                if last in ("hundred", "scale") and cur >= 100:
                    break
                cur = (cur or Decimal(1)) * 100
                last = "hundred"
            else:
                if last_scale and sv >= last_scale:
                    total = (total + cur) * sv
                else:
                    total += (cur or Decimal(1)) * sv
                cur = Decimal(0)
                last_scale = sv
                last = "scale"
                saved = None
            end = j
        elif w in _PLURAL_SCALES and last in _CARDINAL_KINDS:
            # "5 thousands" is rare but read as a scale
            total += cur * _PLURAL_SCALES[w]
            cur = Decimal(0)
            last = "scale"
            end = j
        elif w == "dozen":
            if last not in ("a", "unit", "teen", "tens", ""):
                break
            cur = (cur or Decimal(1)) * 12
            last = "dozen"
            end = j
        elif w == ",":
            if last != "scale" or comma is not None or j + 1 >= n or not (
                tokens[j + 1] in lx.units or tokens[j + 1] in lx.teens or tokens[j + 1] in lx.tens
            ):
                break
            comma = (total, cur, end)
            last = "and"
            j += 1
            continue
        elif w == "and":
            # "one hundred and five", "two and a half"
            if j + 1 >= n:
                break
            nx = tokens[j + 1]
            if last in ("hundred", "scale") and (nx in lx.units or nx in lx.teens or nx in lx.tens):
                saved = (total, cur, end)
                last = "and"
                j += 1
                continue
            if (
                last in (*_CARDINAL_KINDS, "hundred", "scale", "dozen")
                and nx in ("a", "an", "one")
                and j + 2 < n
                and tokens[j + 2] in lx.denominators
                and not tokens[j + 2].endswith("s")
            ):
                frac = Decimal(1) / Decimal(lx.denominators[tokens[j + 2]])
                if last == "scale":
                    total += frac * last_scale
                else:
                    cur += frac
                last = "frac"
                end = j + 2
                j += 3
                continue
            break
        elif w in lx.denominators and last in _CARDINAL_KINDS and total == 0 and end >= 0:
            den = Decimal(lx.denominators[w])
            if w in lx.ordinals and w.endswith(("th", "d")) and last == "tens":
                # "twenty-fifth" is an ordinal, not 20/5
                if lx.ordinals[w] < 10:
                    return Segment(i, j, exact(cur + lx.ordinals[w]), "ord")
                break
            if cur == 1 and w.endswith("s") and w != "halves":
                break
            with localcontext() as ctx:
                ctx.prec = 28
                val = cur / den
            return Segment(i, j, exact(val), "frac")
        elif w in lx.ordinals and last in ("tens", "hundred", "scale", "and"):
            ov = lx.ordinals[w]
            if (last == "tens" and ov >= 10) or ov >= 100:
                break
            return Segment(i, j, exact(total + cur + ov), "ord")
        elif w == "point" and last in (*_CARDINAL_KINDS, "hundred", "scale") and end >= 0:
            k = j + 1
            digs = ""
            while k < n and tokens[k] in lx.units:
                digs += str(lx.units[tokens[k]])
                k += 1
            if not digs:
                break
            cur += Decimal("0." + digs)
            last = "frac"
            end = k - 1
            j = k
            continue
        else:
            break
        j += 1
    if end < 0:
        return None
    return Segment(i, end, exact(total + cur), kind)
