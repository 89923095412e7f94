"""Which dollar a bare ``$`` is, read from the story's own signs: a Canadian paper's ``$4.5
million`` is the ``C$4.5m`` of a public broadcaster and the ``US$3.3 million`` of a wire.

Why: the local press of a country with a dollar of its own writes its sums with a bare
``$``; the wires and the foreign press mark them (``C$``, ``A$``) and mark the US dollar
(``US$``) beside them. The quantities plugin reads every bare ``$`` as the US dollar, so a
local paper's sum was compared with the wire's ``US$`` as if both were US dollars, and the
one sum told three ways came out as conflicting figures.

A bare ``$`` sum and a marked dollar's sum of the same digits (``$150m`` / ``NZ$150
million``, ``$50,000`` / ``50,000 Canadian dollars``) are one sum written with and without
its country's sign (:func:`one_sum_two_signs`), even where no ``US$`` tells whose the bare
one is: two outlets seldom give one number in two dollars by chance.

The story's signs decide, never a guess from a place: when its sums mark the US dollar and
exactly one dollar of another country (``dollar_sign_currencies`` of
``data/currency_rates.json``), the sums of an article that writes a bare ``$`` and marks no
dollar at all are that country's. An article that marks a dollar anywhere (``US$360
million`` ... ``more than $1 billion``) keeps its bare ``$`` as it reads, and so does one
whose bare sum is a number another article marks ``US$`` (an American paper's ``$1.3
billion`` beside a wire's ``US$1.3 billion``); a story that marks no US dollar gives no
evidence, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit.datafiles import package_json
from newskit.model import Figure

__all__ = ["local_dollars", "one_sum_two_signs"]

#: ``US$``, ``U.S.$``, ``USD``, ``US dollars``, ``U.S. cents``: the US dollar marked as such
_MARKED_US = regex.compile(r"\bU\.?S\.?\s?\$|\bUSD\b|\bU\.?S\.?\s+(?:dollars?|cents?)\b")
#: a dollar sign with no letter (or dot) right before it: ``$4.5 million``, not ``C$4.5m``
_BARE_SIGN = regex.compile(r"(?<![\p{L}.])\$")


@cache
def _sign_currencies() -> frozenset[str]:
    data = package_json("newskit", "currency_rates.json")
    return frozenset(data["dollar_sign_currencies"])


def _text(f: Figure) -> str:
    return f.ref.text if f.ref is not None else ""


def _is_bare(f: Figure) -> bool:
    return f.unit == "USD" and _BARE_SIGN.search(_text(f)) is not None and not _MARKED_US.search(_text(f))


def _marks_a_dollar(f: Figure) -> bool:
    return f.unit in _sign_currencies() or (f.unit == "USD" and _MARKED_US.search(_text(f)) is not None)


def _local_dollar(figures: Sequence[Figure]) -> str | None:
    """The one dollar other than the US one the story marks, when it marks the US dollar too."""
    local = {f.unit for f in figures if f.unit in _sign_currencies()}
    marks_us = any(f.unit == "USD" and _MARKED_US.search(_text(f)) for f in figures)
    return local.pop() if marks_us and len(local) == 1 else None


def local_dollars(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with the bare-``$`` sums of each article that marks no dollar read in the
    story's local dollar (:func:`_local_dollar`); all as they were when there is none. An
    article whose bare sum gives the very number another article marks as US dollars, and
    none another marks as the local dollar (:func:`_tells_us_sums`), keeps its bare ``$``
    as the US dollar."""
    local = _local_dollar(figures)
    if local is None:
        return list(figures)
    marked = {f.article for f in figures if _marks_a_dollar(f)} | _tells_us_sums(figures, local)
    return [attrs.evolve(f, unit=local) if f.article not in marked and _is_bare(f) else f for f in figures]


def _tells_us_sums(figures: Sequence[Figure], local: str) -> set[str]:
    """The articles whose bare-``$`` sums are US dollars by their numbers: one of them is a
    sum another article marks ``US$`` (an American paper's ``$1.3 billion`` beside a wire's
    ``US$1.3 billion`` and a Canadian paper's ``C$1.8 billion``), and none is a sum another
    marks in the local dollar (then the bare sums are the local press's:
    :func:`one_sum_two_signs`). Two outlets seldom give one number in two dollars by chance."""
    us = {(f.value, f.high) for f in figures if f.unit == "USD" and _MARKED_US.search(_text(f)) and f.value is not None}
    here = {(f.value, f.high) for f in figures if f.unit == local and f.value is not None}
    bare: dict[str, set[tuple[object, object]]] = {}
    for f in figures:
        if _is_bare(f) and f.value is not None:
            bare.setdefault(f.article, set()).add((f.value, f.high))
    return {art for art, sums in bare.items() if sums & us and not sums & here}


def one_sum_two_signs(a: Figure, b: Figure) -> bool:
    """Whether two sums are one number, one written with a bare ``$`` (read as the US dollar)
    and the other in a dollar marked as another country's (``C$2.8 million`` / ``$2.8
    million``): the sum a local outlet writes bare, restated with its sign."""
    if (a.value, a.high) != (b.value, b.high) or a.value is None:
        return False
    return (_is_bare(a) and b.unit in _sign_currencies()) or (_is_bare(b) and a.unit in _sign_currencies())
