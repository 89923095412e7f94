"""Text utilities shared by extractors: sentence and paragraph spans, quote-mark folding.

Everything returns offsets into the original string, never a normalised copy, so
callers keep exact provenance.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from newskit.model import Span

__all__ = ["ABBREVIATIONS", "fold_quotes", "paragraphs", "sentences"]

#: Abbreviations after which a period does not end a sentence (lower-cased, no period).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    vs etc inc corp ltd co no nos fig al jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u a.m p.m d.c n.y l.a dept
    univ assn bros approx est mt ft ave blvd rd""".split()
)

_COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "d.c"})
#: Words that, after "U.S." and the like, show a new sentence has begun.
_SENTENCE_STARTERS = frozenset(
    "The A An It He She They We I This That These Those There But And In On At On For If "
    "When While After Before However Meanwhile Still Yet So Its His Her Their Our".split()
)

_PARA = regex.compile(r"\n[ \t]*\n+|\n(?=[ \t]*\S)")
# a candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace
_BOUNDARY = regex.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)[.!?]*[\"'\u201d\u2019)\]]*$")


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines/paragraphs as spans (news text: one paragraph per line)."""
    spans: list[Span] = []
    pos = 0
    for m in _PARA.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Span(start=a, end=b))


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace, in order.

    Rule-based and linear: a boundary is ``.``/``!``/``?`` (plus closing quotes) before
    whitespace, unless the word before is a known abbreviation or a single capital
    initial, or the next word starts in lower case; a newline always ends a sentence.
    """
    return list(_sentences_cached(text))


@lru_cache(maxsize=64)
def _sentences_cached(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n":
            before = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.end())
            word = before.group(1).lower().rstrip(".") if before else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                nxt = regex.match(r"\s+(\p{L}+)", text[end : end + 16])
                # "U.N. Security Council" keeps going; "in the U.S. The next" still splits
                if not (nxt and word in _COUNTRY_ABBREVIATIONS and nxt.group(1) in _SENTENCE_STARTERS):
                    continue
            nxt = regex.match(r"\s+[\"'\u201c\u2018(]?(\p{L}|\d)", text[end : end + 8])
            if nxt and nxt.group(1).islower():
                continue
        _add_trimmed(text, start, end, out)
        start = end
    _add_trimmed(text, start, len(text), out)
    return tuple(out)


_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                             "\u2018": "'", "\u2019": "'", "\u201a": "'"})


def fold_quotes(text: str) -> str:
    """Curly and angle quotes folded to ASCII, one character for one (offsets unchanged)."""
    return text.translate(_QUOTE_FOLD)
