"""A claim candidate while it is read, and the span arithmetic every reading shares."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import define

from newskit import Mention, Span
from newskit.textlayer import SpanArray
from newskit_claims.grammar import patterns


@define
class Candidate:
    """A claim while it is read: mutable, since merging, splitting and source resolution
    adjust its span, stance and source in place before it becomes a frozen ``Claim``."""

    start: int
    end: int
    source: str | None
    cue: str | None
    stance: str
    origin: str  # quote | construction
    source_ref: tuple[int, int] | None = None
    cue_ref: tuple[int, int] | None = None
    source_type: str | None = None
    responds: int | None = None  # index of the claim it answers
    fixed: bool = False  # stance fixed by the construction


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``s:e`` without the spaces, quotation marks and punctuation at its edges."""
    while s < e and (text[s].isspace() or text[s] in "\"'“”‘’,"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:\"'“”‘’"):
        e -= 1
    return s, e


def clause_end(text: str, pos: int, sent: Span) -> int:
    """Where the clause from ``pos`` ends: before a clause break (``, while``, ``;``, a dash,
    ``, an accusation ...``), at most 600 characters on, at the latest at the sentence's end."""
    end = min(sent.end, pos + 600)
    m = patterns()["clause_end"].search(text, pos, end)
    return m.start() if m else end


def sentence_of(sents: Sequence[Span], pos: int) -> Span:
    """The sentence holding ``pos``, or an empty span at ``pos`` when none does."""
    k = bisect.bisect_right([s.start for s in sents], pos) - 1 if len(sents) < 64 else \
        bisect.bisect_right(_starts(sents), pos) - 1
    if 0 <= k < len(sents) and pos < sents[k].end:
        return sents[k]
    return Span(start=max(0, pos), end=max(0, pos))


_STARTS: dict[int, list[int]] = {}


def _starts(sents: Sequence[Span]) -> Sequence[int]:
    """The sentences' starts, kept for the last list of sentences asked about: a long
    article asks for many positions in the same sentences. The text layer's sentences of
    a long article keep their starts in an array already: that array, not a list of them."""
    if isinstance(sents, SpanArray):
        return sents.starts
    key = id(sents)
    got = _STARTS.get(key)
    if got is None or len(got) != len(sents):
        got = [s.start for s in sents]
        _STARTS.clear()
        _STARTS[key] = got
    return got


def within(ms: Sequence[Mention], starts: Sequence[int], s: int, e: int) -> list[Mention]:
    """The mentions of ``ms`` (sorted, ``starts`` their starts) lying inside ``s:e``."""
    i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
    return [m for m in ms[i:j] if m.end <= e]
