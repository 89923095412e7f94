"""Text utilities shared by extractors: sentence and paragraph spans, quote-mark folding.

See :mod:`newskit.textlayer` for the full shared text layer (tokens, shapes, gazetteer);
:func:`compile_pattern` is ``regex.compile`` with a cross-process cache (start-up).

Everything returns offsets into the original string, never a normalised copy, so
callers keep exact provenance.
"""

from __future__ import annotations

from newskit.model import Span
from newskit.patterns import compile_pattern
from newskit.textlayer import ABBREVIATIONS, layer

__all__ = ["ABBREVIATIONS", "compile_pattern", "fold_quotes", "paragraphs", "sentences"]


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines/paragraphs as spans (news text: one paragraph per line).

    The spans are the shared text layer's (:attr:`newskit.textlayer.TextLayer.paragraphs`).
    """
    return list(layer(text).paragraphs)


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace, in order.

    Rule-based and linear: a boundary is ``.``/``!``/``?`` (plus closing quotes) before
    whitespace, unless the word before is a known abbreviation or a single capital
    initial, or the next word starts in lower case; a newline always ends a sentence.
    The spans are the shared text layer's (:attr:`newskit.textlayer.TextLayer.sentences`).
    """
    return list(layer(text).sentences)


_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                             "\u2018": "'", "\u2019": "'", "\u201a": "'"})


def fold_quotes(text: str) -> str:
    """Curly and angle quotes folded to ASCII, one character for one (offsets unchanged)."""
    return text.translate(_QUOTE_FOLD)
