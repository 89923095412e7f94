"""Cheap word gates in front of the construction patterns: a sentence lacking a word every
match of a pattern must hold is never handed to that pattern."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from newskit import Span
from newskit.ascii_patterns import plain_ascii
from newskit.text import casefold_pieces
from newskit.vocabulary import per_vocabulary
from newskit_claims.cues import cue_data
from newskit_claims.grammar import patterns


def _keys(phrases: Sequence[str]) -> tuple[str, ...]:
    """One word of each phrase, case-folded: a match of the phrase contains it."""
    return tuple(sorted({max(w.casefold().split(), key=len) for w in phrases}))


@per_vocabulary
def _gates() -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each construction pattern, groups of words: every match holds one word of each
    group (the pattern's literal cue, noun, ``by``...). A sentence lacking one is never
    handed to the pattern, which is where the time went: eleven patterns tried at every
    position of every sentence."""
    d = cue_data()
    st = d["stances"]
    denies, nouns = _keys(st["denies"]), _keys(d["denial_nouns"])
    false = _keys(d["false_words"] + d["baseless_heads"] + d["call_political"] + d["call_dismissive"])
    return {
        "cue": (_keys(st["alleges"] + st["denies"] + st["confirms"] + ["reported"] + d["assert_that_cues"]),),
        "denied_by": (denies, nouns, ("by",)),
        "noun_deny": (denies + _keys(d["call_cues"]), nouns),
        "which_deny": (denies, ("which",)),
        "denying": (("denying", "rejecting", "dismissing", "refuting"),),
        "trail_denying": (("denying", "rejecting", "dismissing", "refuting", "disputing"),),
        "passive": (("been",), ("by",)),
        "as_by": (("confirmed", "announced", "reported", "stated", "said"), ("by",)),
        "according": (("according",),),
        "reportedly": (("reportedly",),),
        "plea": (("guilty",),),
        "innocence": (("innocence",),),
        "call_false": (_keys(d["call_cues"]), nouns + _keys(d["judgement_nouns"]), false),
        "finding": (_keys(d["finding_cues"]), _keys(d["finding_bodies"])),
        "rebut": (nouns,),
        "call_said": (_keys(d["call_cues"]), false),
    }


def _open(text: str, sent: Span) -> frozenset[str]:
    """The names of the construction patterns worth running on ``sent``: those whose every
    group has a word in it. The test is on the case-folded sentence (``casefold`` maps
    every character that ``regex.I`` equates with an ASCII letter onto that letter), so it
    never rejects a sentence a pattern matches."""
    seg = text[sent.start:sent.end].casefold()
    return frozenset(name for name, groups in _gates().items()
                     if all(any(k in seg for k in g) for g in groups))


def openings(text: str, sents: Sequence[Span]) -> list[frozenset[str]]:
    """``_open`` of every sentence, with one search of the article per gate word instead of
    one per sentence and word (the gates' few hundred substring tests per sentence were
    a twentieth of the pipeline). Exactly ``_open``'s answer: a word lies in a sentence's
    case-folded text when an occurrence in the article's lies inside the sentence, since
    folding that keeps the length maps each character to one (else ``_open`` itself).
    The article is folded a piece at a time, twice (its distinct runs, then where the
    gates' words are), never whole: no gate word holds a space, so each occurrence lies in
    one piece, and the folded copy was the top of the linker's memory on a long article."""
    # the article's distinct runs of non-space characters (about two thirds of its
    # length): a word without a space lies in the article exactly when it lies in them
    runs: set[str] = set()
    for a, b, folded in casefold_pieces(text):
        if len(folded) != b - a:
            return [_open(text, sent) for sent in sents]
        runs.update(folded.split())
    joined = " ".join(runs)
    del runs
    absent = {k for k in _gate_words() if k not in joined}
    gates = _present_gates(absent)
    at = _occurrences(text, {k for _, groups in gates for g in groups for k in g})
    starts, ends = [s.start for s in sents], [s.end for s in sents]
    shared = _SharedSets()
    if not _disjoint(starts, ends):
        return [shared.of([name for name, groups in gates
                           if all(any(_inside(at[k], a, b - len(k)) for k in g) for g in groups)])
                for a, b in zip(starts, ends, strict=True)]
    names: dict[int, list[str]] = {}  # only the sentences a gate opens: most are opened by none
    holding: dict[str, set[int]] = {}
    for name, groups in gates:
        opened = set.intersection(*(_holding_any(g, at, starts, ends, holding) for g in groups))
        for j in opened:
            names.setdefault(j, []).append(name)  # gates in order: each set built as _open builds it
    out = [shared.none] * len(sents)
    for j, got in names.items():
        out[j] = shared.of(got)
    return out


class _SharedSets:
    """One ``frozenset`` per distinct list of open gates, shared by every sentence it opens.

    A long article has tens of thousands of sentences and a few dozen distinct sets of open
    gates, most sentences none: a set of each sentence's own (216 bytes even when empty,
    CPython keeps no empty one) was about 10 MB of a 5 MB article's claims. Sets of the same
    list of names are equal and iterate alike, so sharing one changes no answer."""

    __slots__ = ("_sets", "none")

    def __init__(self) -> None:
        self.none: frozenset[str] = frozenset()
        self._sets: dict[tuple[str, ...], frozenset[str]] = {(): self.none}

    def of(self, names: list[str]) -> frozenset[str]:
        """The shared set of ``names`` (the gates opened, in the gates' order)."""
        key = tuple(names)
        got = self._sets.get(key)
        if got is None:
            got = self._sets[key] = frozenset(key)
        return got


def _present_gates(absent: set[str]) -> list[tuple[str, list[list[str]]]]:
    """The gates with a word of each group in the article, each group cut to those words:
    every gate word not ``absent`` is in it (none holds a space: :func:`_gate_words`)."""
    gates: list[tuple[str, list[list[str]]]] = []
    for name, groups in _gates().items():
        present: list[list[str]] = []
        for g in groups:
            got = [k for k in g if k not in absent]
            if not got:
                break  # a group with no word: the gate stays shut, whatever the others
            present.append(got)
        else:
            gates.append((name, present))
    return gates


def _disjoint(starts: list[int], ends: list[int]) -> bool:
    """Are the spans non-empty, in order and apart (so an offset lies in one at most)?"""
    return all(a < b for a, b in zip(starts, ends, strict=True)) and \
        all(b <= a for b, a in zip(ends, starts[1:], strict=False))


def _holding_any(group: Sequence[str], at: dict[str, list[int]], starts: list[int], ends: list[int],
                 holding: dict[str, set[int]]) -> set[int]:
    """The indices of the sentences (disjoint spans) that hold a whole occurrence of a word
    of ``group``: each occurrence placed by one search of the sentence starts, instead of
    every sentence asking every gate word (``holding`` keeps each word's answer)."""
    out: set[int] = set()
    for k in group:
        got = holding.get(k)
        if got is None:
            got = holding[k] = set()
            n = len(k)
            for i in at[k]:
                j = bisect.bisect_right(starts, i) - 1
                if j >= 0 and i + n <= ends[j]:
                    got.add(j)
        out |= got
    return out


@per_vocabulary
def _gate_words() -> tuple[str, ...]:
    """The gates' words, all without a space in them: each is one word of a phrase split at
    its spaces (:func:`_keys`) or a single word written in the gates."""
    words = {k for groups in _gates().values() for g in groups for k in g}
    if any(not k or any(c.isspace() for c in k) for k in words):
        raise ValueError("a claims gate word is empty or holds a space")
    return tuple(sorted(words))


def _occurrences(text: str, words: set[str]) -> dict[str, list[int]]:
    """Where each of ``words`` starts in the case-folded ``text`` (overlapping occurrences
    too), in order: one pass over the folded pieces, each searched for every word (no word
    holds a space, so none runs over a piece's end). Only called when folding keeps every
    piece's length, so an offset in a piece plus its start is one in the text."""
    at: dict[str, list[int]] = {k: [] for k in words}
    for a, _, folded in casefold_pieces(text):
        for k, starts in at.items():
            i = folded.find(k)
            while i >= 0:
                starts.append(a + i)
                i = folded.find(k, i + 1)
    return at


def _inside(starts: list[int], lo: int, hi: int) -> bool:
    """Does one of the sorted ``starts`` lie in ``[lo, hi]``?"""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] <= hi


def scan(name: str, text: str, sent: Span, live: frozenset[str]) -> Iterator[regex.Match[str]]:
    """``patterns()[name]`` over the sentence, if its gate lets it. The patterns that open
    with a long case-insensitive alternation of words (:data:`LOWERED_SCANS`) find where
    their matches are on the lowered text of a plain ASCII article, case by case, in the
    standard library's engine (:meth:`~newskit_claims.grammar.Compiled.lowered`: the same
    spans), and each match is then read at its start by the pattern itself."""
    if name not in live:
        return
    pats = patterns()
    pattern = pats[name]
    lowered = pats.lowered(name) if name in LOWERED_SCANS else None
    low = _lowered_text(text) if lowered is not None else None
    if lowered is None or low is None:
        yield from pattern.finditer(text, sent.start, sent.end)
        return
    for m in lowered.finditer(low, sent.start, sent.end):
        got = pattern.match(text, m.start(), sent.end)
        if got is not None:  # always: the lowered pattern matches where the pattern does
            yield got


#: the construction patterns scanned on the lowered text (:func:`scan`): the cue verbs
#: (``alleged``, ``denied``, ``reported`` ... a long alternation the engine tries letter by
#: letter, in both cases, at every position: the costliest of the linker's patterns, which
#: the lowered scan finds in a quarter of the time), the findings (``an audit found no
#: evidence``: a few words of any case before the body's noun) and the pleas. A pattern led
#: by one literal word (``according to``, ``reportedly``) is found faster by the engine's
#: own search for that word, which case-insensitive alternations defeat: not listed.
LOWERED_SCANS = frozenset({"cue", "finding", "plea"})

#: the last text scanned and its lowered text (None when it is not plain ASCII), as one
#: tuple (read and replaced whole, so threads never pair one text with another's): an
#: article's sentences are scanned one after another
_LAST_LOWERED: list[tuple[str | None, str | None]] = [(None, None)]


def _lowered_text(text: str) -> str | None:
    """``text.lower()`` when ``text`` is plain ASCII (lowering keeps its offsets), else None;
    remembered for the last text."""
    last = _LAST_LOWERED[0]
    if last[0] is text:
        return last[1]
    low = text.lower() if plain_ascii(text) else None
    _LAST_LOWERED[0] = (text, low)
    return low
