"""The weighted lemmas of an amount's sentence, read once per sentence (issue #11).

An amount's context (``figure_story._lemmas`` of ``figure_story._context_words``) is every
word of its sentence but the amount's own, each content word's lemma weighted by its
nearness to the amount. Read word by word for every amount, a sentence of k amounts and
n words cost k x n: on one endless sentence of amounts (``"1-2 to 3 " * k``, the linear-time
check of the story) the story's work grew with the square of the text.

:class:`SentenceWords` reads a sentence's words once (where each lies, whether it is a
content word, its lemma, where each lemma occurs) and gives an amount's weighted lemmas
from the lemmas alone: per amount, the work is the number of distinct lemmas of the
sentence (a bisection each), not the number of its words. The answer is the same dict,
in the same order (each lemma where it first occurs in the context, the words before the
amount first), with the same values; where an amount's edges or the context's cut a word
(a sub-scan would read part of it), it gives None and the caller reads the words as before.
The same index gives the words themselves (:meth:`SentenceWords.forms`) to the names a
story's groups are shown with, once per sentence for all its amounts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from newskit.story._common import WORD
from newskit.story.features import _stop, lemma
from newskit.story.figure_data import figure_rules

__all__ = ["SentenceWords"]


class SentenceWords:
    """The words of one sentence's text, indexed for :meth:`lemmas`."""

    __slots__ = ("_ends", "_far", "_near", "_occurs", "_starts", "_text", "_text_len")

    def __init__(self, text: str) -> None:
        stop, rules = _stop(), figure_rules()
        skip = rules["story_skip_words"]
        self._near = int(rules["near_words"])
        self._far = float(rules["far_weight"])
        self._text = text
        self._text_len = len(text)
        self._starts: list[int] = []
        self._ends: list[int] = []
        #: lemma -> the indices of the content words it is the lemma of, the lemmas in the
        #: order of their first word
        self._occurs: dict[str, list[int]] = {}
        for i, m in enumerate(WORD.finditer(text)):
            self._starts.append(m.start())
            self._ends.append(m.end())
            w = m.group()
            low = w.lower()
            if len(w) > 2 and low not in stop and low not in skip:
                self._occurs.setdefault(lemma(w), []).append(i)

    def _cuts(self, at: int) -> bool:
        """Does a word of the sentence hold ``at`` inside it (a scan from or to there
        would read part of it)?"""
        i = bisect_right(self._starts, at) - 1
        return i >= 0 and self._starts[i] < at < self._ends[i]

    def _from(self, at: int) -> int:
        """The index of the first word starting at or after ``at``."""
        return bisect_left(self._starts, at)

    def context(self, lo: int, start: int, end: int, hi: int) -> tuple[int, int, int, int] | None:
        """The words of ``figure_story._context_words``: those in ``[lo, start)`` (before the
        amount) and ``[end, hi)`` (after it), offsets in the sentence's text, as two ranges of
        word indices ``(i0, i1, j0, j1)``; None where an offset lies outside the text or cuts
        a word."""
        if not 0 <= lo <= self._text_len or not 0 <= start <= end <= hi <= self._text_len:
            return None
        if any(self._cuts(at) for at in (lo, start, end, hi)):
            return None
        i0 = self._from(lo)
        i1 = max(i0, self._from(start))
        j0 = self._from(end)
        j1 = max(j0, self._from(hi))
        return i0, i1, j0, j1

    def forms(self, ranges: Iterable[tuple[int, int]]) -> list[str]:
        """The words (as written) whose index lies in any of ``ranges`` (half-open, from
        :meth:`context`), each once, in text order: the words the contexts of several amounts
        of the sentence read, read once for all of them (the work is the sentence's words
        and the ranges, not their product)."""
        out: list[str] = []
        upto = 0  # the words before this index are taken or lie in no range
        for a, b in sorted(ranges):
            for i in range(max(a, upto), b):
                out.append(self._text[self._starts[i]:self._ends[i]])
            upto = max(upto, b)
        return out

    def lemmas(self, lo: int, start: int, end: int, hi: int) -> dict[str, float] | None:
        """``figure_story._lemmas`` of the words in ``[lo, start)`` (before the amount) and
        ``[end, hi)`` (after it), offsets in the sentence's text; None where an offset lies
        outside the text or cuts a word."""
        got = self.context(lo, start, end, hi)
        if got is None:
            return None
        i0, i1, j0, j1 = got
        near_lo = min(i1, max(i0, i1 - self._near))  # the words at most near_words before the amount
        near_hi = max(j0, min(j1, j0 + self._near))  # and after it
        found: list[tuple[int, str, float]] = []
        for key, occurs in self._occurs.items():
            if len(occurs) == 1:  # most lemmas of a sentence: one word, no search
                at = occurs[0]
                if not (i0 <= at < i1 or j0 <= at < j1):
                    continue
                near = near_lo <= at < i1 or j0 <= at < near_hi
                found.append((at, key, self._weight(near, not near)))
                continue
            first = _first_in(occurs, i0, i1)
            if first is None:
                first = _first_in(occurs, j0, j1)
                if first is None:
                    continue
            near = _first_in(occurs, near_lo, i1) is not None or _first_in(occurs, j0, near_hi) is not None
            far = _first_in(occurs, i0, near_lo) is not None or _first_in(occurs, near_hi, j1) is not None
            found.append((first, key, self._weight(near, far)))
        found.sort()
        return {key: weight for _, key, weight in found}

    def _weight(self, near: bool, far: bool) -> float:
        """The largest weight of a lemma's words in the context (``0.0`` at least, as
        ``_lemmas`` starts from it): 1.0 for a word near the amount, ``far_weight`` else."""
        return max(1.0 if near else 0.0, self._far if far else 0.0)


def _first_in(occurs: list[int], lo: int, hi: int) -> int | None:
    """The first of the sorted ``occurs`` in ``[lo, hi)``, or None."""
    k = bisect_left(occurs, lo)
    return occurs[k] if k < len(occurs) and occurs[k] < hi else None
