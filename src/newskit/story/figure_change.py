"""A range that is a change: two amounts an outlet gives of one measure, read as one.

The quantities plugin reads ``A to B`` as a range (``5% to 10%``, ``32 kilograms to 35
kilograms depending on the agency``). After a verb of change the same words are a change
and the level it reaches (``WTI gained $1.85 to $70.60``, ``the cap will go up by £159 to
£1,892``), and after ``from`` in a clause that names a change they are the level before
and the level after (``an increase in the rate from 21 percent to 23 percent``). A reader
compares the level reached with other outlets' levels (``to 23%``), never the range; so
the range is split in two amounts: the change (an ``increment``) or the earlier level
(``earlier``), and the level reached, which keeps the role its words give it.

The verbs and nouns of change are closed classes (``figures.json`` ``change_verbs``,
``change_nouns``)."""

from __future__ import annotations

from functools import cache

import attrs
import regex

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["change_parts", "split_changes"]

#: how far before a ``from`` range the clause may name its change (``increase in the
#: standard rate of value-added tax from``)
_CLAUSE_BACK = 80
#: the connector of the range, as the plugin's span holds it
_TO = regex.compile(r"\s+to\s+", regex.I)
_FROM = regex.compile(r"from\s+", regex.I)
#: ``from`` right before a range the plugin read without it (``raised from €1,970 to €2,300``)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])from\s+$", regex.I)
#: what ends a clause before the range: the change named across it is another clause's
_BREAK = regex.compile(r"[.;:!?]|,\s")


@cache
def _verb_before() -> regex.Pattern[str]:
    """A verb of change right before the range, ``by`` after it or not (``gained``, ``up by``)."""
    verbs = alternation(figure_rules()["change_verbs"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + verbs + r")(?:\s+by)?\s+$", regex.I)


@cache
def _change_word() -> regex.Pattern[str]:
    """A verb or noun of change anywhere in the clause (``increase``, ``raised``)."""
    words = alternation([*figure_rules()["change_verbs"], *figure_rules()["change_nouns"]])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + words + r")(?![\p{L}\p{N}])", regex.I)


def change_parts(text: str, q: QuantityMention) -> tuple[QuantityMention, str, QuantityMention] | None:
    """``(first, its role, level reached)`` when the range ``q`` is a change (module
    docstring): the change (``increment``) or the level before it (``earlier``), and the
    level after; None when ``q`` is no range or reads as one."""
    if q.high is None:
        return None
    cuts = list(_TO.finditer(q.text))
    if len(cuts) != 1:
        return None
    cut = cuts[0]
    opened = _FROM.match(q.text)
    if opened is not None or _FROM_BEFORE.search(text, max(0, q.start - 8), q.start) is not None:
        back = text[max(0, q.start - _CLAUSE_BACK):q.start]
        clause = back[m[-1].end():] if (m := list(_BREAK.finditer(back))) else back
        if _change_word().search(clause) is None:
            return None
        role, low_start = "earlier", opened.end() if opened is not None else 0
    elif _verb_before().search(text, max(0, q.start - 40), q.start) is not None:
        role, low_start = "increment", 0
    else:
        return None
    low_text = q.text[low_start:cut.start()]
    high_text = q.text[cut.end():]
    low = attrs.evolve(q, start=q.start + low_start, end=q.start + cut.start(), text=low_text, high=None)
    high = attrs.evolve(q, start=q.start + cut.end(), text=high_text, value=q.high, high=None, approx=None)
    return low, role, high


def split_changes(text: str, qs: list[QuantityMention]) -> tuple[list[QuantityMention], dict[int, str]]:
    """``qs`` with each range that is a change split in two (:func:`change_parts`), and the
    role of each first part by its id."""
    out: list[QuantityMention] = []
    roles: dict[int, str] = {}
    for q in qs:
        parts = change_parts(text, q)
        if parts is None:
            out.append(q)
            continue
        low, role, high = parts
        roles[id(low)] = role
        out += [low, high]
    return out, roles
