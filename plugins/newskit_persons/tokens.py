"""Word tokens with offsets, and what the detector needs to know about each."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter
from typing import overload

from newskit import layer
from newskit.textlayer import POSSESSIVE
from newskit_persons.lexicon import fold

__all__ = ["Tok", "Toks", "folds", "tokenize"]

#: above this many words an article's tokens are made lazily (see :class:`Toks`)
EAGER_MAX = 50_000


class Tok:
    """One word token: ``text`` is ``article[start:end]`` (a possessive ``’s`` is cut off),
    ``folded`` its :func:`~newskit_persons.lexicon.fold`."""

    __slots__ = ("end", "folded", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int, possessive: bool, folded: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.possessive = possessive
        self.folded = folded

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start})"


class Toks(Sequence[Tok]):
    """The shared layer's words as :class:`Tok` objects, each made on first access.

    The detector looks closely only at capitalised runs and the words around them (about
    a third of the words), so a long article's words need not all be objects at once:
    they were most of its peak memory. Equal words share their ``text`` and ``folded``
    strings (words repeat: Zipf), two of the four objects a word held (about 250 bytes a
    word, now 150), and a word's fold is computed once. Indexing is slower than a list's,
    so articles of up to :data:`EAGER_MAX` words get a plain list (same objects, same
    results)."""

    __slots__ = ("_ends", "_made", "_seen", "_shapes", "_starts", "_text")

    def __init__(self, text: str) -> None:
        words = layer(text).words
        self._text = text
        self._starts: array[int] = words.starts
        self._ends: array[int] = words.ends
        self._shapes: array[int] = words.shapes
        self._made: list[Tok | None] = [None] * len(words)
        # a word -> the strings its tokens share: (the word, its fold)
        self._seen: dict[str, tuple[str, str]] = {}

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, i: int) -> Tok: ...

    @overload
    def __getitem__(self, i: slice) -> list[Tok]: ...

    def __getitem__(self, i: int | slice) -> Tok | list[Tok]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._made)))]
        t = self._made[i]
        if t is None:
            s, e = self._starts[i], self._ends[i]
            w = self._text[s:e]
            got = self._seen.get(w)
            if got is None:
                got = self._seen[w] = (w, fold(w))
            t = self._made[i] = Tok(got[0], s, e, bool(self._shapes[i] & POSSESSIVE), got[1])
        return t

    def folds(self) -> Iterator[str]:
        """Each word's ``folded``, in order, without making its ``Tok``: a pass over every
        word's fold need not make every word an object (see :func:`folds`)."""
        text, seen = self._text, self._seen
        for s, e in zip(self._starts, self._ends, strict=True):
            w = text[s:e]
            got = seen.get(w)
            if got is None:
                got = seen[w] = (w, fold(w))
            yield got[1]


_FOLDED = attrgetter("folded")


def folds(toks: Sequence[Tok]) -> Iterable[str]:
    """``t.folded`` of every token, in order. Of lazy :class:`Toks` the folds are read
    without making the tokens: a pass over all of a long article's words would otherwise
    make all of them objects (about 140 bytes a word) where the detector reads a third."""
    return toks.folds() if isinstance(toks, Toks) else map(_FOLDED, toks)


def tokenize(text: str) -> Sequence[Tok]:
    """The word tokens of the shared text layer (``layer(text).words``) as ``Tok`` objects:
    a list, or for an article of more than :data:`EAGER_MAX` words a :class:`Toks` that makes
    them on first access.

    Not kept on the layer: a long article's ``Tok`` objects would otherwise stay alive
    while the other plugins run."""
    words = layer(text).words
    if len(words) > EAGER_MAX:
        return Toks(text)
    if text.isascii():
        # fold() of an ASCII word is its lower case: one lower() of the text serves them all
        low = text.lower()
        return [
            Tok(text[s:e], s, e, bool(sh & POSSESSIVE), low[s:e])
            for s, e, sh in zip(words.starts, words.ends, words.shapes, strict=True)
        ]
    out = []
    for s, e, sh in zip(words.starts, words.ends, words.shapes, strict=True):
        w = text[s:e]
        out.append(Tok(w, s, e, bool(sh & POSSESSIVE), fold(w)))
    return out
