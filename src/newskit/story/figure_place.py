"""Where a count holds: a story that breaks a count down by place (``about 1.4 million
vehicles in the United States, about 480,000 in Europe and 310,000 in China``) tells one
measure per place, and a total for all places; a place's count is compared with other
outlets' counts of that place (``1,412,000 vehicles in the United States``), never with the
total (``about 2.3 million vehicles worldwide``) nor with another place's.

Why: a count of one measure told by several outlets is often a whole in one and a part in
another, and the words that tell them apart are a place after the counted noun, whatever
the kind of news (cases in a region, customers in a country, homes in a village). Only a
story that itself breaks the measure down is split: an article giving the measure for two
or more places, or a part of its total for one place (``including 412,000 in Ireland``). A
single place after a count (``killed 30 people in Nuhud``) most often names where the event
happened and changes nothing.

A member of such a list told without its noun (``about 480,000 in Europe``) counts what the
member before it counts."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit.actors import calendar_words
from newskit.model import Figure
from newskit.text import match_ahead

__all__ = ["by_place", "place_of"]

#: "1.4 million vehicles in the United States", "31 cases across Kelby": up to two words of
#: the counted noun, then ``in``/``across``/``throughout`` and a capitalised name (no
#: function word in between: closed class)
_PLACE_AFTER = regex.compile(
    r"(?:\s+(?!(?:of|and|or|but|were|was|had|have|has|are|is|be|been|in|at|on|to|from|by|with|for|who|that|"
    r"which|said|says|since|after|before)\b)[\p{Ll}-]+){0,2}?\s+(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?P<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})"
)
#: what joins two members of a list: ", ", ", and ", " and "
_LIST_GAP = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: "number of vehicles [recalled]", "number of heads (cattle)": the noun a count is named by
_NUMBER_OF = regex.compile(r"number of ([^()\[\]]+?)(?:\s[(\[]|$)")


def _match(f: Figure) -> regex.Match[str] | None:
    if f.evidence is None or f.ref is None:
        return None
    m = match_ahead(_PLACE_AFTER, f.evidence.text, f.ref.end - f.evidence.start)
    return None if m is None or m.group("place").split()[0] in calendar_words() else m


def place_of(f: Figure) -> str | None:
    """The place named right after an amount and its counted noun, if any."""
    m = _match(f)
    return m.group("place") if m is not None else None


def _noun(f: Figure) -> str | None:
    """The counted noun of an amount, in the plural (``vehicles``): the measure's own noun
    (``number of vehicles [recalled]``), else the amount's counted noun."""
    m = _NUMBER_OF.match(f.measure)
    if m is not None:
        return str(m.group(1)).lower()
    unit = (f.unit or "").lower()
    return (unit if unit.endswith("s") else unit + "s") if unit.isalpha() else None


def _same_noun(a: str, b: str) -> bool:
    return a.rstrip("s") == b.rstrip("s")


def _elided(figures: Sequence[Figure], loose: str) -> list[Figure]:
    """A list member told without its noun takes the measure, the noun and the role of the
    member before it: ``about 1.4 million vehicles in the United States, about 480,000 in
    Europe``."""
    out = list(figures)
    for k in range(1, len(out)):
        f, prev = out[k], out[k - 1]
        if f.measure != loose or f.unit or prev.measure == loose or prev.article != f.article or \
                f.evidence is None or prev.evidence is None or f.evidence.start != prev.evidence.start or \
                f.ref is None or place_of(f) is None:
            continue
        m = _match(prev)
        if m is not None and _LIST_GAP.fullmatch(f.evidence.text, m.end(), f.ref.start - f.evidence.start):
            out[k] = attrs.evolve(f, measure=prev.measure, unit=prev.unit, role=prev.role)
    return out


def by_place(figures: Sequence[Figure], loose: str) -> list[Figure]:
    """The figures of the nouns a story counts by place told per place (``number of vehicles
    in Europe``), whatever measure their clause named: a part of a total told for one place
    is that place's total."""
    figures = _elided(figures, loose)
    located = [(f, *_located(f, loose)) for f in figures]
    places: dict[tuple[str, str], set[str]] = {}
    broken: set[str] = set()
    for f, p, noun in located:
        if p is None or noun is None:
            continue
        if f.role == "part":
            broken.add(noun)  # "including 412,000 in Ireland": a part told for its place
        places.setdefault((f.article, noun.rstrip("s")), set()).add(p)
    broken |= {noun for (_, noun), ps in places.items() if len(ps) >= 2}
    out = []
    for f, p, noun in located:
        if p is not None and noun is not None and any(_same_noun(noun, b) for b in broken):
            f = attrs.evolve(f, measure=f"number of {noun} in {p}", role="total")
        out.append(f)
    return out


def _located(f: Figure, loose: str) -> tuple[str | None, str | None]:
    """(the place named after a named measure's total or part, its counted noun), read once."""
    p = place_of(f) if f.measure != loose and f.role in ("total", "part") else None
    return p, (_noun(f) if p is not None else None)
