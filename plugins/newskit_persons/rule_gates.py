"""Which rules of a cascade can fire for a name, read from the classes of the words around it.

Most rules of :mod:`.named_things` fire only when a word of a few kinds stands right by the
name: a craft's noun before it (``the tanker Ocean Princess``), a built place's noun after
it (``the Simon Bolivar courthouse``), ``of`` before it, a bracket after it. Calling every
rule for every name (about twenty calls a name, each re-reading the same neighbours) was
most of the cascade's time, while one name in seven is a thing.

So each such rule declares what *opens* it (:class:`Opens`): the listed words that may
stand before the name or after it, a shape of those words (capitalised, a figure), the
punctuation at either edge, a possessive closing the name, or its standing first on its
line. Each word's class (the bits of the rules it opens, one bit a rule) is one look-up in
a table built once a lexicon from the rules' own lists; a name's context is read into one
bit mask, and only the rules the mask opens are called, with the rules that read the
name's own words (declared with no :class:`Opens`), in their order. An opening is a
necessary condition of its rule, never a sufficient one: the rule still decides. A name
with no word before it or none after it is handed every rule."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["Opens", "RuleGates"]

R = TypeVar("R", bound=Hashable)

#: the folded words of a list of the lexicon (``lambda lex: lex.craft_before``)
Words = Callable[[Lexicon], Iterable[str]]

#: Above this many remembered gaps a table starts afresh (gaps are few: ``" "``, ``", "``).
_MEMO_MAX = 10_000


@dataclass(frozen=True)
class Opens:
    """What may open a rule: any one of these true for a name, and the rule is called.

    The words are folded (the tokens' ``folded``): a rule that reads a word's text opens
    by its folded form, a looser test, never a stricter one."""

    #: the folded words right before the name that open the rule
    before: Words | None = None
    #: the folded words right after the name
    after: Words | None = None
    #: the folded words after that one (past a possessive's ``s``)
    after2: Words | None = None
    #: the word before is capitalised
    before_capitalised: bool = False
    #: endings of the folded word before (``-flagged``)
    before_endings: Callable[[Lexicon], tuple[str, ...]] | None = None
    #: the word after starts with a digit (figures)
    after_digit: bool = False
    #: a test of the characters between the word before and the name
    gap_before: Callable[[Lexicon, str], bool] | None = None
    #: a test of the characters between the name and the word after it
    gap_after: Callable[[Lexicon, str], bool] | None = None
    #: the name's last word is a possessive
    possessive: bool = False
    #: the name is the first word of its line
    line_first: bool = False


class RuleGates(Generic[R]):
    """The rules of ``rules`` each name can fire, by the :class:`Opens` of each (a rule
    absent from ``opens`` is always called).

    A word's class is its bits: the rules it opens before a name, and after one, read from
    one table a side built once a lexicon from the lists the rules read (the table keyed
    on the word's folded form); a gap's bits are worked out on its first sight (gaps are
    few). A folded word before the name that holds a space (a rule may read its last
    part) opens every rule. The tables are kept for the last lexicon handed in: a
    lexicon's lists never change once built."""

    def __init__(self, rules: Sequence[R], opens: Mapping[R, Opens]) -> None:
        unknown = set(opens) - set(rules)
        if unknown:
            raise ValueError(f"gates for rules outside the cascade: {unknown}")
        self._bit = {r: 1 << i for i, r in enumerate(rules)}
        self._opens = {self._bit[r]: o for r, o in opens.items()}
        self._always = 0
        for r in rules:
            if r not in opens:
                self._always |= self._bit[r]
        self._capitalised = self._digit = self._possessive = self._line_first = 0
        for bit, o in self._opens.items():
            self._capitalised |= bit if o.before_capitalised else 0
            self._digit |= bit if o.after_digit else 0
            self._possessive |= bit if o.possessive else 0
            self._line_first |= bit if o.line_first else 0
        self._reads_after2 = any(o.after2 is not None for o in opens.values())
        self._reads_gaps = any(o.gap_before is not None or o.gap_after is not None for o in opens.values())
        #: the lexicon the tables below were built from (a new one builds them afresh)
        self._lex: Lexicon | None = None
        self._before: dict[str, int] = {}
        self._after: dict[str, int] = {}
        self._after2: dict[str, int] = {}
        self._endings: list[tuple[tuple[str, ...], int]] = []
        self._gap_before: dict[str, int] = {}
        self._gap_after: dict[str, int] = {}
        #: (the tuple handed in, by identity, mask) -> that tuple and its rules the mask opens
        self._chosen: dict[tuple[int, int], tuple[tuple[R, ...], tuple[R, ...]]] = {}

    def _build(self, lex: Lexicon) -> None:
        """The word tables of ``lex``: each listed word's bits, a side."""
        self._lex = lex
        self._before, self._after, self._after2 = {}, {}, {}
        self._gap_before, self._gap_after = {}, {}
        self._endings = []
        for bit, o in self._opens.items():
            for table, words in ((self._before, o.before), (self._after, o.after), (self._after2, o.after2)):
                for w in words(lex) if words is not None else ():
                    table[w] = table.get(w, 0) | bit
            if o.before_endings is not None:
                self._endings.append((o.before_endings(lex), bit))

    def opened(self, doc: Doc, lex: Lexicon, k: int, e: int, rules: tuple[R, ...]) -> tuple[R, ...]:
        """The rules of ``rules`` the name ``toks[k:e]`` can fire, in their order."""
        toks = doc.toks
        if k == 0 or e >= len(toks):
            return rules  # no word on one side: every rule asks for itself
        if lex is not self._lex:
            self._build(lex)
        prev, last, nxt = toks[k - 1], toks[e - 1], toks[e]
        pf = prev.folded
        if " " in pf:
            return rules
        mask = self._always | self._before.get(pf, 0) | self._after.get(nxt.folded, 0)
        if self._capitalised and prev.text[:1].isupper():
            mask |= self._capitalised
        for endings, bit in self._endings:
            if pf.endswith(endings):
                mask |= bit
        if self._digit and nxt.text[:1].isdigit():
            mask |= self._digit
        if self._reads_after2 and e + 1 < len(toks):
            mask |= self._after2.get(toks[e + 1].folded, 0)
        if last.possessive:
            mask |= self._possessive
        if doc.tok_line[k - 1] != doc.tok_line[k]:
            mask |= self._line_first
        if self._reads_gaps:
            text = doc.text
            gap = text[prev.end : toks[k].start]
            b = self._gap_before.get(gap)
            mask |= self._gap_bits(lex, self._gap_before, gap, before=True) if b is None else b
            gap = text[last.end : nxt.start]
            b = self._gap_after.get(gap)
            mask |= self._gap_bits(lex, self._gap_after, gap, before=False) if b is None else b
        key = (id(rules), mask)
        chosen = self._chosen.get(key)
        if chosen is None or chosen[0] is not rules:
            chosen = self._chosen[key] = (rules, tuple(r for r in rules if self._bit[r] & mask))
        return chosen[1]

    def _gap_bits(self, lex: Lexicon, table: dict[str, int], gap: str, *, before: bool) -> int:
        """The bits of the rules ``gap`` opens on its side, kept in ``table``."""
        got = 0
        for bit, o in self._opens.items():
            test = o.gap_before if before else o.gap_after
            if test is not None and test(lex, gap):
                got |= bit
        if len(table) >= _MEMO_MAX:
            table.clear()
        table[gap] = got
        return got
