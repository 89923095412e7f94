"""Words in an amount's sentence that say it moved on from an earlier reading: a change
(``the toll rose to eight``, ``down from six``, ``have now been infected``) or its source's
revision of its own earlier figure (``nearly three times its first estimate``, ``said in
its final count``). Stated later, such an amount updates an earlier amount of its measure,
whoever gave that one. The words are closed classes of English news reporting
(``figures.json`` ``change_markers``, ``revision_*``)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["NUMBER", "marks_change", "revises"]

#: how far after an amount a change marker may stand ("Four are in intensive care, down from six")
_MARK_AFTER = 40
#: a number standing as a word of its own ("87", not the "5" of "M5")
NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{N}")


@cache
def _change_rx() -> Any:
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    return regex.compile(b + "(?:" + alternation(figure_rules()["change_markers"]) + ")" + e, regex.I)


def marks_change(f: Figure) -> bool:
    """Whether an amount's own sentence says it is a count's current state or a changed
    value (``the toll rose to eight``, ``have now been infected``, ``raised its offer to``,
    ``down from six``; ``change_markers``): stated later, it updates an earlier amount of
    its measure whoever gave either. Read from the sentence's start to a few words after
    the amount."""
    if f.evidence is None or f.ref is None:
        return False
    end = min(len(f.evidence.text), f.ref.end - f.evidence.start + _MARK_AFTER)
    return _change_rx().search(f.evidence.text, 0, end) is not None


@cache
def _revision_rx() -> Any:
    """A source revising its own earlier reading (``revision_*``): ``its first estimate``,
    ``than first estimated``, ``in an updated statement``, ``revising up its earlier count``,
    ``the figure it had given``; an earlier reading someone else gave (``the grid operator's
    first estimate``, ``than first given by police``, ``the earlier estimate from
    scientists``) is no revision."""
    d = figure_rules()
    earlier, nouns = alternation(d["revision_earlier"]), alternation(d["revision_nouns"])
    told, newer = alternation(d["revision_participles"]), alternation(d["revision_newer"])
    own = r"(?:its|their)\s+(?:own\s+)?(?:" + earlier + r")\s+(?:" + nouns + r")"
    ownerless = r"(?<!['’]s\s)(?:an?|the)\s+(?:" + earlier + r")\s+(?:" + nouns + r")(?!\s+(?:\p{L}+\s+)?(?:by|from)\b)"
    than = r"than\s+(?:" + earlier + r")\s+(?:" + told + r")(?!\s+by\b)"
    statements = alternation([*d["revision_nouns"], *d["revision_statements"]])
    restated = r"(?:in|with)\s+(?:an?|its|their)\s+(?:" + newer + r")\s+(?:" + statements + r")" \
        r"|(?:" + newer + r")\s+(?:its|their)\s+(?:" + nouns + r")"
    revising = r"revising\s+(?:(?:up|down|upwards|downwards)\s+)?(?:its|their|an?|the)\s+(?:(?:" + earlier + r")\s+)?(?:" \
        + nouns + r")"
    self_given = r"the\s+(?:" + nouns + r")\s+(?:it|they)\s+(?:had\s+)?(?:" + told + r")"
    return regex.compile(r"\b(?:" + "|".join((own, ownerless, than, restated, revising, self_given)) + r")\b", regex.I)


def revises(f: Figure) -> bool:
    """Whether an amount's sentence tells it as its source's revision of its own earlier
    reading (``affected more than 110,000 homes, the manufacturer said, nearly three times
    its first estimate``; ``358 flights were cancelled, the airport said in its final
    count``; ``Police Scotland updated its figures, saying 11 arrests had been made``).
    The words are this amount's when no other number stands between them and it, and,
    before it, when no number comes before them in the sentence (``215 whales came ashore,
    revising its first count after surveying the full 2.8 km stretch``: the count is
    revised, not the stretch)."""
    if f.evidence is None or f.ref is None:
        return False
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    for m in _revision_rx().finditer(t):
        lo, hi = (b, m.start()) if m.start() >= b else (0, a)
        if lo <= hi and NUMBER.search(t, lo, hi) is None:
            return True
    return False
