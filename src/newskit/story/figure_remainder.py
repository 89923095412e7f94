"""An amount told as the rest of a count: ``Divers recovered the last five bodies on
Tuesday``, ``the remaining 11 turbines were inspected``, ``the final 23 minutes will be
replayed``.

Why: ``the last``, ``the final`` or ``the remaining`` right before an amount name the part of
a count still to come or still left, never the count itself; read as a reading of the
story's measure, ``the last five bodies`` stood against the toll of ``at least 9`` the day
before as a toll that fell (conflicting), where the outlets told one toll rising. The label
reads a measure's amounts without such a remainder (``figure_label._wholes``), as it reads
them without a fronted part (``figure_fronted``). The words are data (``figures.json``
``remainder_words``)."""

from __future__ import annotations

from functools import cache

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["remainder"]

#: how far before an amount its remainder words may start (``the remaining `` and a currency sign)
_BEFORE = 24


@cache
def _remainder_rx() -> regex.Pattern[str]:
    """``the last `` (``remainder_words``) ending right where an amount starts."""
    words = alternation(figure_rules()["remainder_words"])
    return regex.compile(r"(?<![\p{L}\p{N}])the\s+(?:" + words + r")\s+\p{Sc}?$", regex.I)


def remainder(f: Figure) -> bool:
    """Whether an amount is told as the rest of a count (``the last five bodies``, ``the
    remaining 11 units``): the part still left or still to come, no reading of the count."""
    if f.evidence is None or f.ref is None:
        return False
    a = f.ref.start - f.evidence.start
    return _remainder_rx().search(f.evidence.text, max(0, a - _BEFORE), a) is not None
