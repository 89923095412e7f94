"""The words right around a match (the word before it, the word after it, whether it opens
a sentence): most rejections of a date-shaped match are read there (``Windows 2000``,
``April Ryan``)."""

from __future__ import annotations

from newskit_dates.vocabulary import compiled

__all__ = ["next_word", "nw_of", "prev_word", "sentence_start"]


def prev_word(text: str, start: int) -> str:
    """The word before ``start``, past spaces and a comma (at most 30 characters back)."""
    m = compiled(r"([\p{L}'.]+)[\s,]*$").search(text[max(0, start - 30) : start])
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    """The word after ``end`` on the same line, as written; empty when none follows."""
    m = compiled(r"[ \t]+([\p{L}'.]+)").match(text[end : end + 30])
    return m.group(1) if m else ""


def sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a line (a capital there says nothing)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\n"


def nw_of(text: str, end: int) -> str:
    """The next word in lower case, without a full stop."""
    return next_word(text, end).lower().rstrip(".")
