"""A rise and a fall are two moves: ``Its shares rose 4%`` beside ``shares fell 3% on
Thursday``, ``Northgate shares jumped 18%`` beside ``Westmoor's shares fell 2.5%``.

Why: a move's amount is only its size; its direction is in the words right around it (a
verb of rising or falling just before it: ``rose 4%``, ``fell a further 5%``, ``closed down
11%``; or a comparative just after it: ``closed 6.8 percent higher``). Outlets that tell one
move may differ about its size, never about its direction: a rise told beside a fall is two
companies' moves or two days' moves, which no convention compares as one. So a measure's
shares whose words name opposite directions split into the two moves. An amount whose words
name no direction (``rose to 5%`` is a level, ``shares closed 2%`` says neither) joins the
side the same article tells, else the side more outlets tell.

Only shares (percent amounts) are read: a move of a count or a sum is told by its level as
often as by its size. A move is no holding either: ``shares jumped 22%`` beside ``the
founders, who still own about 18%``, ``sending its shares down as much as 7%`` beside ``which
owns about 6% of the bank`` are a price's move and a holder's stake, so a measure's amounts
that name a direction split from those the rules read as held (``stake``). The words are data
(``figures.json`` ``move_directions``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_units import dimension

__all__ = ["split_by_direction", "split_from_holdings"]

#: how far (characters) the words of a move are read before and after its amount
_BEFORE = 40
_AFTER = 20


@cache
def _directions() -> dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]]:
    data = figure_rules()["move_directions"]
    hedges = alternation(data["between"])
    out = {}
    for side in ("up", "down"):
        words = data[side]
        before = regex.compile(r"\b(?:" + alternation(words["before"]) + r")(?:\s+(?:" + hedges + r"))*\s+$", regex.I)
        after = regex.compile(r"\s+(?:" + alternation(words["after"]) + r")\b", regex.I)
        out[side] = (before, after)
    return out


def direction(f: Figure) -> str | None:
    """``up`` or ``down`` when the words right around a share name its move's direction,
    None when they name none or both."""
    if f.ref is None or f.evidence is None or dimension(f)[0] != "percent":
        return None
    text, at, end = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    head = text[max(0, at - _BEFORE):at]
    named = {side for side, (before, after) in _directions().items()
             if before.search(head) or after.match(text, end, end + _AFTER)}
    return named.pop() if len(named) == 1 else None


def split_by_direction(figs: Sequence[Figure]) -> list[list[Figure]]:
    """A measure's amounts as one move, or as two when some name a rise and some a fall
    (module docstring)."""
    sides: dict[str, list[Figure]] = {}
    loose: list[Figure] = []
    for f in figs:
        d = direction(f)
        (sides.setdefault(d, []) if d is not None else loose).append(f)
    if len(sides) < 2:
        return [list(figs)]
    for f in loose:
        own = [d for d, fs in sides.items() if any(g.article == f.article for g in fs)]
        home = own[0] if len(own) == 1 else max(sides, key=lambda d: (len({g.article for g in sides[d]}), d))
        sides[home].append(f)
    return [sides["up"], sides["down"]]


def split_from_holdings(figs: Sequence[Figure]) -> list[list[Figure]]:
    """A measure's amounts as one group, or as the holdings and the rest when some amount
    is a holder's share (``owns 18%``: a ``holdings`` measure) and another names a move's
    direction (``jumped 22%``): a stake is no move (module docstring)."""
    held = tuple(figure_rules()["move_directions"]["holdings"])
    holdings = [f for f in figs if f.measure.split(" (")[0] in held and direction(f) is None]
    if not holdings or not any(direction(f) is not None for f in figs):
        return [list(figs)]
    held_ids = {id(f) for f in holdings}
    rest = [f for f in figs if id(f) not in held_ids]
    return [rest, holdings]
