"""Word tokens with offsets, and what the detector needs to know about each."""

from __future__ import annotations

import regex

from newskit_persons.lexicon import fold

__all__ = ["Tok", "tokenize"]

# a word: letters/digits with internal apostrophes, hyphens or dots ("O'Neill", "Jong-un",
# "U.S"); each repetition needs a separator, so matching is linear
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*")


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
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        w = m.group()
        poss = False
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
            w = w[:-2]
            e -= 2
            poss = True
        elif e < len(text) - 1 and text[e] in "'’" and text[e + 1] in "sS" and (
            e + 2 == len(text) or not text[e + 2].isalnum()
        ):
            poss = True
        elif e + 2 < len(text) and text[e] == " " and text[e + 1] in "'’" and text[e + 2] in "sS" and (
            e + 3 == len(text) or not text[e + 3].isalnum()
        ):
            poss = True  # tokenised text: "Clinton 's"
        out.append(Tok(w, s, e, poss))
    return out
