"""Which rules of a cascade can fire for a name, read once from the words around it.

Most rules of :mod:`.named_things` fire only when a word of a few kinds stands right by the
name: a craft's noun before it (``the tanker Ocean Princess``), a built place's noun after
it (``the Simon Bolivar courthouse``), ``of`` before it, a bracket after it. Calling every
rule for every name (about twenty calls a name, each re-reading the same neighbours) was
most of the cascade's time, while one name in seven is a thing.

So each such rule declares what *opens* it (:class:`Opens`): a predicate on the word before
the name, the word after it, the word after that, the punctuation at either edge, a
possessive closing it, or its standing first on its line. A name's context is read once
into a bit mask (one bit a rule), each word's and gap's bits kept per lexicon (words
repeat); only the rules the mask opens are called, with the rules that read the name's own
words (declared with no :class:`Opens`), in their order. An opening is a necessary
condition of its rule, never a sufficient one: the rule still decides. A name with no word
before it or none after it is handed every rule."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["Opens", "RuleGates"]

R = TypeVar("R", bound=Hashable)

#: a test of a neighbouring word's text (given the lexicon) or of a gap's characters
WordGate = Callable[[Lexicon, str], bool]

#: Above this many remembered words or gaps a table starts afresh (a long-running process
#: reads an open vocabulary; an article set's fits many times over).
_MEMO_MAX = 100_000


@dataclass(frozen=True)
class Opens:
    """What may open a rule: any one of these true for a name, and the rule is called."""

    #: the word right before the name (``toks[k - 1].text``)
    before: WordGate | None = None
    #: the word right after the name (``toks[e].text``)
    after: WordGate | None = None
    #: the word after that one (``toks[e + 1].text``)
    after2: WordGate | None = None
    #: the characters between the word before and the name
    gap_before: WordGate | None = None
    #: the characters between the name and the word after it
    gap_after: WordGate | None = None
    #: the name's last word is a possessive
    possessive: bool = False
    #: the name is the first word of its line
    line_first: bool = False


_BEFORE, _AFTER, _AFTER2, _GAP_BEFORE, _GAP_AFTER = range(5)


class RuleGates(Generic[R]):
    """The rules of ``rules`` each name can fire, by the :class:`Opens` of each (a rule
    absent from ``opens`` is always called)."""

    def __init__(self, rules: Sequence[R], opens: Mapping[R, Opens]) -> None:
        unknown = set(opens) - set(rules)
        if unknown:
            raise ValueError(f"gates for rules outside the cascade: {unknown}")
        self._bit = {r: 1 << i for i, r in enumerate(rules)}
        self._always = 0
        for r in rules:
            if r not in opens:
                self._always |= self._bit[r]
        gates: list[list[tuple[WordGate, int]]] = [[], [], [], [], []]
        self._possessive = self._line_first = 0
        for r, o in opens.items():
            bit = self._bit[r]
            for slot, gate in enumerate((o.before, o.after, o.after2, o.gap_before, o.gap_after)):
                if gate is not None:
                    gates[slot].append((gate, bit))
            if o.possessive:
                self._possessive |= bit
            if o.line_first:
                self._line_first |= bit
        self._gates = gates
        #: per lexicon (by identity, the lexicon kept alive with it): per slot, text -> bits
        self._memo: dict[int, tuple[Lexicon, list[dict[str, int]]]] = {}
        #: (the tuple handed in, by identity, mask) -> that tuple and its rules the mask opens
        self._chosen: dict[tuple[int, int], tuple[tuple[R, ...], tuple[R, ...]]] = {}

    def opened(self, doc: Doc, lex: Lexicon, k: int, e: int, rules: tuple[R, ...]) -> tuple[R, ...]:
        """The rules of ``rules`` the name ``toks[k:e]`` can fire, in their order."""
        toks = doc.toks
        if k == 0 or e >= len(toks):
            return rules  # no word on one side: every rule asks for itself
        got = self._memo.get(id(lex))
        if got is None or got[0] is not lex:
            got = self._memo[id(lex)] = (lex, [{}, {}, {}, {}, {}])
        before, after, after2, gap_before, gap_after = got[1]
        text = doc.text
        prev, first, last, nxt = toks[k - 1], toks[k], toks[e - 1], toks[e]
        # one look-up a slot (the slot's bits worked out on a text's first sight)
        s = prev.text
        b = before.get(s)
        mask = self._always | (self._fill(lex, before, _BEFORE, s) if b is None else b)
        s = nxt.text
        b = after.get(s)
        mask |= self._fill(lex, after, _AFTER, s) if b is None else b
        s = text[prev.end : first.start]
        b = gap_before.get(s)
        mask |= self._fill(lex, gap_before, _GAP_BEFORE, s) if b is None else b
        s = text[last.end : nxt.start]
        b = gap_after.get(s)
        mask |= self._fill(lex, gap_after, _GAP_AFTER, s) if b is None else b
        if e + 1 < len(toks):
            s = toks[e + 1].text
            b = after2.get(s)
            mask |= self._fill(lex, after2, _AFTER2, s) if b is None else b
        if last.possessive:
            mask |= self._possessive
        if doc.tok_line[k - 1] != doc.tok_line[k]:
            mask |= self._line_first
        key = (id(rules), mask)
        chosen = self._chosen.get(key)
        if chosen is None or chosen[0] is not rules:
            chosen = self._chosen[key] = (rules, tuple(r for r in rules if self._bit[r] & mask))
        return chosen[1]

    def _fill(self, lex: Lexicon, table: dict[str, int], slot: int, s: str) -> int:
        """The bits of the rules ``s`` opens in ``slot``, worked out and kept in ``table``."""
        got = 0
        for gate, bit in self._gates[slot]:
            if gate(lex, s):
                got |= bit
        if len(table) >= _MEMO_MAX:
            table.clear()
        table[s] = got
        return got
