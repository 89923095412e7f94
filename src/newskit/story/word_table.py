"""The story's word table: each article's tokens, read once and shared by the story layers.

A story build reads every word of every article in some twenty layers (the lead's
predicate, the learned event words, the general nouns, the act nouns...). Each asks its
own test of the word; most words pass none. The tokens of a text are read once
(:func:`text_tokens`), and its distinct words with where each stands once
(:func:`word_indices`), so that a layer whose test reads the word alone asks it once per
distinct word (:func:`words_passing`) and reads the context only where the word passes.
Each table is kept for the texts of about one story (a small bound: a long stream keeps
no old texts alive).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex

__all__ = ["LEAD_TOKEN", "LeadTok", "text_tokens", "tokens_passing", "word_indices", "words_passing"]

#: a lead's token: a word (with inner apostrophes and hyphens), a number or one other character
LEAD_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*|\d[\d.,]*|\S")
#: a lead's token as read: (word, start, end, in the headline)
LeadTok = tuple[str, int, int, bool]


@lru_cache(maxsize=64)
def text_tokens(text: str) -> tuple[LeadTok, ...]:
    """Every token of ``text`` as the lead readers read them (:data:`LEAD_TOKEN`, none in a
    headline): the story's steps each read an article's words, and one tokenisation per
    article text serves them all (a small bound: one story's texts at a time are kept)."""
    return tuple((m.group(), m.start(), m.end(), False) for m in LEAD_TOKEN.finditer(text))


@lru_cache(maxsize=64)
def word_indices(text: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The word table of one text: each distinct token of :func:`text_tokens` (as written)
    with the index of each of its occurrences, in order of first use. A story's layers that
    look for a kind of word in every article ask the word once here, not once per
    occurrence."""
    at: dict[str, list[int]] = {}
    for i, tok in enumerate(text_tokens(text)):
        at.setdefault(tok[0], []).append(i)
    return tuple((w, tuple(indices)) for w, indices in at.items())


def tokens_passing(text: str, test: Callable[[str], bool]) -> list[int]:
    """The indices into :func:`text_tokens` of the tokens whose word passes ``test``, in
    text order, ``test`` asked once per distinct word (:func:`word_indices`): the same
    tokens, in the same order, as asking every token, for a test of the word alone."""
    out = [i for w, indices in word_indices(text) if test(w) for i in indices]
    out.sort()
    return out


def words_passing(text: str, test: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """The tokens (word, start, end) whose word passes ``test``, in text order, as
    :func:`tokens_passing` finds them."""
    toks = text_tokens(text)
    return [toks[i][:3] for i in tokens_passing(text, test)]
