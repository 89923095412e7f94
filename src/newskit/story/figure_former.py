"""A former level an outlet tells beside the level now: ``€1.19, down from €1.35``.

``up from``, ``down from``, ``rose from`` after an amount name the level it changed from: the
article's own earlier value, of another time than the story's (last season's output, April's
inflation, the price until Thursday). It is no rival of the level now, nor of another
outlet's: set beside them, it makes one article's change look like outlets disagreeing.
When another outlet gives that earlier level as its count then (``six arrested`` on
Wednesday, ``nine, up from six`` on Thursday), it is the first of an update the story tells,
and it stays a total; otherwise it is ``earlier``, as a level the article says was superseded
(``had initially reported 12 deaths``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_label import figure_range
from newskit.story.figure_units import dimension

__all__ = ["former_levels"]

#: how far before an amount its ``down from`` may begin
_REACH = 60


@cache
def _from_before() -> regex.Pattern[str]:
    """``up from``, ``down from the``, ``rose from a revised``, ``down from previous guidance
    of``: a word of change, ``from``, and at most a determiner and two words with ``of``."""
    words = alternation(figure_rules()["change_verbs"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + words + r")\s+from\s+(?:(?:the|a|an|its|their)\s+)?"
                         r"(?:[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+)?of\s+|revised\s+|earlier\s+)?$", regex.I)


def _former(f: Figure) -> bool:
    """Whether an amount follows ``down from`` and the like in its sentence."""
    if f.ref is None or f.evidence is None:
        return False
    at = f.ref.start - f.evidence.start
    return _from_before().search(f.evidence.text, max(0, at - _REACH), at) is not None


def _agree(a: Figure, b: Figure) -> bool:
    """Whether two amounts of one dimension allow a common value."""
    if dimension(a)[0] != dimension(b)[0]:
        return False
    ra, rb = figure_range(a), figure_range(b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def former_levels(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with each former level no other article gives (module docstring) an
    ``earlier`` amount."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.role != "total" or not _former(f):
            continue
        if not any(g.article != f.article and g.role == "total" and _agree(f, g) for g in figures):
            out[i] = attrs.evolve(f, role="earlier")
    return out
