"""Word tokens with offsets, and what the detector needs to know about each."""

from __future__ import annotations

from newskit import layer
from newskit.textlayer import POSSESSIVE, TextLayer
from newskit_persons.lexicon import fold

__all__ = ["Tok", "tokenize"]


class Tok:
    """One word token: ``text`` is ``article[start:end]`` (a possessive ``’s`` is cut off)."""

    __slots__ = ("end", "folded", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int, possessive: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.possessive = possessive
        self.folded = fold(text)

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start})"


def tokenize(text: str) -> list[Tok]:
    """The word tokens of the shared text layer (``layer(text).words``) as ``Tok`` objects.

    Not kept on the layer: the detector reads them once, and a long article's ``Tok``
    objects would otherwise stay alive while the other plugins run."""
    return _build(layer(text))


def _build(lay: TextLayer) -> list[Tok]:
    toks = lay.words
    text = lay.text
    return [
        Tok(text[s:e], s, e, bool(sh & POSSESSIVE))
        for s, e, sh in zip(toks.starts, toks.ends, toks.shapes, strict=True)
    ]
