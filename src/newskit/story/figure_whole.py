"""A part and its whole are two counts: ``38 of the 41 children were from the north``
beside another outlet's ``41 children were rescued``, ``479 of the 915 passengers were
lifted off`` beside ``carrying 915 passengers``.

Why: an amount followed by ``of the`` and a second amount (``12 of the 22 sirens``, ``$78
million of the $140 million budget``) states its own whole in its sentence, so it is a part
of that whole by its own words. Where the join put it beside another outlet's amount of the
whole's very value, the two are a part and its total, which no convention compares as two
readings of one amount: the finding held ``38`` against ``41`` as a conflict. So such a
measure's amounts split in two: the amounts of the wholes' values, and the rest (the parts,
and the amounts told like them: ``17 sirens stayed silent`` beside ``17 of the 22 sirens did
not sound``). Each side is compared on its own, as the parts are often the figure the
outlets dispute (``12 of the 22`` against ``17 of the 22``).

The whole is read where the sentence itself names it: the amount right after the
partitive (``figure_measure``'s ``of the/its/their ...``), whose role is ``whole``.

A fronted partitive names its whole the other way round: ``Of the 41 children on the bus,
38 were from the north`` counts the whole inside the phrase (a total, the group's count)
and the part after its comma (``figure_fronted``). Where another outlet's amount of the
group's measure has the part's value (``38 children were from the north``), it tells that
part, not a rival reading of the whole: such amounts split from the rest, and the whole
stays with its rival readings (``Of his 11 goals this season, eight came since March``
beside ``Since March, he has eight goals`` and ``He has 12 goals this season``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newskit.model import Figure
from newskit.story.figure_fronted import fronted_phrase
from newskit.story.figure_measure import _PARTITIVE
from newskit.story.figure_units import base_value, dimension
from newskit.text import match_ahead

__all__ = ["fronted_parts", "split_by_whole", "split_from_fronted", "wholes_by_position"]

Position = tuple[str, int]


def wholes_by_position(figures: Sequence[Figure]) -> dict[Position, Figure]:
    """The story's amounts whose role is ``whole``, by article and start."""
    return {(f.article, f.ref.start): f for f in figures if f.role == "whole" and f.ref is not None}


def fronted_parts(figures: Sequence[Figure]) -> dict[Position, Figure]:
    """The part each fronted partitive tells, by the article and start of the whole its
    phrase counts (``Of the 41 children on the bus, 38 ...``: 41 -> 38); a phrase with no
    one amount of the part's dimension names no whole."""
    out: dict[Position, Figure] = {}
    for p in figures:
        phrase = fronted_phrase(p) if p.role == "part" else None
        if phrase is None:
            continue
        inside = [g for g in figures if g.article == p.article and g.ref is not None and g.role == "total"
                  and phrase[0] <= g.ref.start < phrase[1] and dimension(g)[0] == dimension(p)[0]]
        if len(inside) == 1 and inside[0].ref is not None:
            out[(p.article, inside[0].ref.start)] = p
    return out


def stated_whole(f: Figure, wholes: Mapping[Position, Figure]) -> Figure | None:
    """The whole an amount's own sentence names right after it (``12 of the 22 sirens``:
    22), or None."""
    if f.ref is None or f.evidence is None:
        return None
    m = match_ahead(_PARTITIVE, f.evidence.text, f.ref.end - f.evidence.start)
    if m is None:
        return None
    return wholes.get((f.article, f.evidence.start + m.end()))


def split_by_whole(figs: Sequence[Figure], wholes: Mapping[Position, Figure]) -> list[list[Figure]]:
    """A measure's amounts as one group, or as the amounts of a whole's value and the rest
    when some amount names its whole and another amount has that whole's value (module
    docstring)."""
    named = {(dimension(w)[0], base_value(w)) for f in figs if (w := stated_whole(f, wholes)) is not None}
    if not named:
        return [list(figs)]
    whole_side = [f for f in figs if (dimension(f)[0], base_value(f)) in named and stated_whole(f, wholes) is None]
    taken = {id(f) for f in whole_side}
    rest = [f for f in figs if id(f) not in taken]
    return [rest, whole_side] if whole_side and rest else [list(figs)]


def split_from_fronted(figs: Sequence[Figure], fronted: Mapping[Position, Figure]) -> list[list[Figure]]:
    """A measure's amounts as one group, or as the rest and the amounts that tell again the
    part of a fronted partitive whose whole is among them (``fronted``: :func:`fronted_parts`),
    told in another article (module docstring): the whole and its rival readings stay
    together."""
    told = {(f.article, dimension(p)[0], base_value(p)) for f in figs
            if f.ref is not None and (p := fronted.get((f.article, f.ref.start))) is not None}
    part_side = [g for g in figs if any(a != g.article and (d, v) == (dimension(g)[0], base_value(g))
                                        for a, d, v in told)]
    taken = {id(f) for f in part_side}
    rest = [f for f in figs if id(f) not in taken]
    return [rest, part_side] if part_side and rest else [list(figs)]
