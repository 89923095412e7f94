"""An amount its sentence opens as a part of a whole it names first: ``Of the 40 dead, 31
had been identified by noon``, ``Of those evacuated, 2,300 are staying with relatives``.

Why: such an amount counts a state within the whole (identified, sheltered, discharged),
not another reading of the whole. The join may still put it among the whole's amounts,
where beside a count of the whole (``at least 35`` dead, then ``40``) it reads as a rival
reading or a fall, and the group's label turns to a conflict. The label reads the group
without it (``figure_label.group_label``); among amounts that are all such parts (two
outlets' ``Of the sirens, 17 failed`` and ``12 failed``) they are compared as they are.

The words are data (``figures.json`` ``fronted_partitive_determiners``): ``Of`` and a
determiner open the sentence, a comma closes the whole's phrase, and the amount follows
it, at most two words of hedge between."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["fronted_part"]

#: how long the whole's phrase after ``Of the`` may be
_WHOLE_CHARS = 80


@cache
def _fronted_rx() -> Any:
    """``Of the 40 dead,`` / ``Of those evacuated,`` from the sentence's start to the amount."""
    words = alternation(figure_rules()["fronted_partitive_determiners"])
    return regex.compile(r"\s*Of\s+(?:" + words + r")\s+[^,;:.]{1," + str(_WHOLE_CHARS) + r"},\s+(?:\p{Ll}+\s+){0,2}",
                         regex.I)


def fronted_part(f: Figure) -> bool:
    """Whether an amount follows a fronted partitive that opens its sentence (``Of the 40
    dead, 31 had been identified``): a part of the whole named there."""
    if f.evidence is None or f.ref is None:
        return False
    a = f.ref.start - f.evidence.start
    m = _fronted_rx().match(f.evidence.text, 0, a)
    return m is not None and m.end() == a
