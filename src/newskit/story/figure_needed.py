"""A count a ballot or a rule needs, or a plan aims at: ``two more than the 51 needed``,
``He needs at least 249 votes to be elected``, ``that requires 129 votes``, ``the 30 percent
threshold``, ``against a target of 5 percent``, ``the 15,000 it had targeted``.

Why: such a count is the bar the story's count must clear, not a reading of it. Read as
the story's ``number of votes``, ``the 51 needed in the 101-seat chamber`` stood against
another outlet's ``the final tally was 55 votes`` as one tally updated, and ``requires 129
votes`` to overturn a veto against the ``112 votes`` the bill had passed with. A target is
a bar of the same kind: ``had registered 21,500 customers, well above the 15,000 it had
targeted`` is a result and its goal, not two readings of one count, and ``inflation
reached 5.8 percent, against a target of 5 percent`` no rival rate. A bar is its own
measure (``, needed``), compared only with another bar, as a capacity is compared only
with a capacity.

Three shapes, the words data (``figures.json`` ``needed_counts``):

* a count named as needed, required or targeted after a definite article, the word
  closing its phrase (``the 249 needed``, ``the 100,000 signatures required by law``, ``the
  15,000 it had targeted``; at most three words between):
  a function word or a stop follows it, never an object (``31 people needed treatment``
  is what happened to them);
* a count of ballot nouns right after a verb of needing (``needs at least 249 votes``);
* a count or share named a threshold, a quorum or a target (``the 30 percent threshold``,
  ``a quorum of 60``, ``a target of 55,000``).

Money is never a bar here: the sum a plan needs is what it costs (``the $1.2 billion
needed to build the plant``)."""

from __future__ import annotations

from functools import cache

import regex
from attrs import frozen

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_kind, figure_rules

__all__ = ["NEEDED", "is_needed"]

#: the suffix of a bar's measure (``number of votes, needed``)
NEEDED = ", needed"

#: kinds of amount a bar may be: counts and shares, never money or a measured quantity
_KINDS = ("plain", "people", "percent")


@frozen
class _Needed:
    """The three shapes of a bar (module docstring)."""

    definite_before: regex.Pattern[str]
    word_after: regex.Pattern[str]
    verb_before: regex.Pattern[str]
    ballot_noun: regex.Pattern[str]
    bar_after: regex.Pattern[str]
    bar_before: regex.Pattern[str]


@cache
def _needed() -> _Needed:
    data = figure_rules()["needed_counts"]
    words, bars = alternation(data["words"]), alternation(data["bar_nouns"])
    return _Needed(
        definite_before=regex.compile(r"\bthe\s+$", regex.I),
        word_after=regex.compile(r"(?:\s+[\p{L}-]+){0,3}\s+(?:" + words + r")(?:\s*(?:[,.;:)—–]|$)|\s+(?:"
                                 + alternation(data["after_words"]) + r")\b)", regex.I),
        verb_before=regex.compile(r"\b(?:" + alternation(data["verbs"]) + r")\s+$", regex.I),
        ballot_noun=regex.compile(r"\s*(?:" + alternation(data["ballot_nouns"]) + r")\b", regex.I),
        bar_after=regex.compile(r"(?:\s+[\p{L}-]+)?\s+(?:" + bars + r")\b", regex.I),
        bar_before=regex.compile(r"\b(?:" + bars + r")\s+of\s+$", regex.I))


def is_needed(text: str, sent: tuple[int, int], q: QuantityMention) -> bool:
    """Whether amount ``q`` is a count a ballot or a rule needs (module docstring)."""
    kind = figure_kind(q)
    if kind not in _KINDS and not kind.startswith("thing:"):
        return False
    data = _needed()
    lo, hi = max(sent[0], q.start - 40), min(sent[1], q.end + 60)
    head = text[lo:q.start]
    if data.bar_before.search(head) or data.bar_after.match(text, q.end, hi):
        return True
    if data.definite_before.search(head) and data.word_after.match(text, q.end, hi):
        return True
    if data.verb_before.search(head):
        return bool(data.ballot_noun.match(q.unit or "")) or data.ballot_noun.match(text, q.end, hi) is not None
    return False
