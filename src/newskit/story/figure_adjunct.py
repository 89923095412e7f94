"""Amounts governed by the verb of an adjunct clause after a cue, not by the cue.

Why: a cue verb followed by a clause telling what its subject was doing there names
another participant than the amount that clause governs (``Horton died trying to shield
several students``, ``The guard was killed shielding two pupils``, ``A man drowned after
rescuing two boys``): the amount is the object of the adjunct's own verb, so it counts whom
that verb acts on, not the dead; read as a count of deaths it stood against other outlets'
tolls. The adjunct opens right after the cue: a participle in ``-ing`` (after a comma or a
subordinator such as ``while`` or ``after``), or a base verb after a participle and ``to``
(``trying to``). A participle that only lists a part (``including``) opens no such clause.
The words are data (``figures.json`` ``adjunct_clause``)."""

from __future__ import annotations

from functools import cache

import regex

from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_syntax import Predicate

__all__ = ["in_adjunct_of"]


@cache
def _gap() -> regex.Pattern[str]:
    """What may stand between a cue and the adjunct's verb: a comma, a subordinator, and a
    participle with ``to`` (``trying to``), each optional."""
    rule = figure_rules()["adjunct_clause"]
    return regex.compile(r"\s*,?\s*(?:(?:" + alternation(rule["subordinators"]) + r")\s+)?"
                         r"(?P<chain>\p{Ll}+ing\s+to\s+)?", regex.I)


@cache
def _not_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in figure_rules()["adjunct_clause"]["not_verbs"])


def in_adjunct_of(text: str, cue_end: int, pred: Predicate | None) -> bool:
    """Whether the amount whose verb is ``pred`` is the object of an adjunct clause opened
    right after a cue ending at ``cue_end`` (module docstring): the cue is then not the
    amount's."""
    if pred is None or pred.role != "object" or cue_end > pred.start:
        return False
    m = _gap().fullmatch(text, cue_end, pred.start)
    if m is None:
        return False
    chain = m.group("chain")
    if chain is not None:
        return chain.split()[0].lower() not in _not_verbs()
    word = pred.word.lower()
    return word.endswith("ing") and word not in _not_verbs()
