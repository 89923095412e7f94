"""Quotations in single marks, where an article's house style puts them there.

Many outlets (much of the British, Irish, South African and Indian press, and headlines
everywhere) quote in single marks: ``'We will rebuild,' the mayor said`` or ``the mayor
said: ‘We will rebuild the town.’``, with double marks for a quotation inside a quotation
(``'He told me, "Hold on,"' she said``). The grammar reads double marks only
(:mod:`.marks`), because a single mark is also the apostrophe, and in double-mark copy it
opens a quotation nested inside another.

So the house style is read per article: an article quotes in single marks when it has
single marks that pair as quotations and every double mark it has stands inside such a
pair. :func:`single_marks` then swaps the two kinds (each paired single mark written
``"``, each double mark ``'``: one character for one, so every offset holds) and leaves
every apostrophe as it is. A single mark is a quotation mark only in a pair of one
paragraph:

* it opens after the start of a paragraph, a space or an opening bracket or dash, before
  a letter, a digit or a double mark, and not as the elision of a year (``'90s``, ``the
  '96 final``); a later opening mark before any close replaces it (``the 'smart'
  motorway`` opens nothing that stays open);
* it closes after a letter, digit, final punctuation or a closing double mark and before
  a space, punctuation or the paragraph's end; after a letter it must stand before
  punctuation or the paragraph's end, so that a plural possessive (``the players'
  union``) closes nothing;
* a paragraph that is one short Title Case line (a headline or a subhead) is left to
  the headline grammar (:mod:`.headline`): headlines quote in single marks in every
  house style;
* an opening mark that starts a sentence and that its paragraph does not close runs on
  when the next paragraph opens with a mark (the news convention for a quotation over
  several paragraphs), as :func:`.marks.find_quotes` reads double marks.

An article in double marks is returned unchanged (the same object), so its single marks
stay apostrophes and nested quotations.
"""

from __future__ import annotations

import regex

from newskit import layer
from newskit.text import match_ahead

from .headline import MAX_HEADLINE, title_case

__all__ = ["single_marks"]

#: Every double quotation mark :mod:`.marks` reads (its ``_MARK``), straight ones as
#: written by :func:`.marks.typeset_marks` included.
_DOUBLE = regex.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033]")
_SINGLE = regex.compile(r"['\u2018\u2019]")
#: what may stand before an opening mark, and after a closing one
_BEFORE_OPEN = frozenset("([{\u2014\u2013-/:")
_AFTER_CLOSE = frozenset(".,;:!?)]}\u2014\u2013")
_FINAL = frozenset(".,!?")
_DOUBLE_OPENERS = frozenset("\"\u201c\u201e\u00ab")
_DOUBLE_CLOSERS = frozenset("\"\u201d\u00bb")
#: what may stand before a quotation that runs on over paragraphs
_BEFORE_RUNNING = frozenset(".!?:,;\u2014")
#: ``'90s``, ``'96``: a year's elision, no quotation
_YEAR_ELISION = regex.compile(r"['\u2018\u2019]\d\d(?!\d)")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*")


def _headline(text: str, start: int, end: int) -> bool:
    """The paragraph is one short Title Case line."""
    if "\n" in text[start:end].strip():
        return False
    words = _WORD.findall(text, start, end)
    return len(words) <= MAX_HEADLINE and title_case(words)


def _opens(text: str, i: int, start: int) -> bool:
    if text[i] == "\u2019":
        return False
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if not (prev.isspace() or prev in _BEFORE_OPEN) or not (nxt.isalnum() or nxt in _DOUBLE_OPENERS):
        return False
    return match_ahead(_YEAR_ELISION, text, i) is None


def _closes(text: str, i: int, end: int) -> bool:
    if text[i] == "\u2018":
        return False
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < end else " "
    at_end = i + 1 >= end
    if prev.isalnum():
        return at_end or nxt in _AFTER_CLOSE
    return (prev in _FINAL or prev in _DOUBLE_CLOSERS) and (at_end or nxt.isspace() or nxt in _AFTER_CLOSE)


def _starts_sentence(text: str, i: int, start: int) -> bool:
    """The mark at ``i`` opens its paragraph or follows a sentence's end, a colon or a
    comma: where a quotation that runs on may open."""
    j = i - 1
    while j >= start and text[j].isspace():
        j -= 1
    return j < start or (j < i - 1 and text[j] in _BEFORE_RUNNING)


def _pairs(text: str, start: int, end: int) -> tuple[list[int], int]:
    """The quotation marks of one paragraph: each pair's two marks, and an opening mark
    starting a sentence that the paragraph leaves open (-1 when none)."""
    marks: list[int] = []
    open_at = -1
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        if _opens(text, i, start):
            open_at = i
        elif open_at >= 0 and _closes(text, i, end) and i > open_at + 1:
            marks += [open_at, i]
            open_at = -1
    return marks, open_at if open_at >= 0 and _starts_sentence(text, open_at, start) else -1


def _quotation_marks(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Every single mark of ``text`` that is a quotation mark, and the pairs of one
    paragraph among them."""
    found: list[int] = []
    pairs: list[tuple[int, int]] = []
    running: list[int] = []  # opening marks of paragraphs in a row, left open
    for para in layer(text).paragraphs:
        marks, left_open = _pairs(text, para.start, para.end)
        if (marks or left_open >= 0) and _headline(text, para.start, para.end):
            running = []  # words of a headline are read only where it holds a mark
            continue
        if running and marks and marks[0] == para.start:
            found += running  # the quotation ran on into this paragraph and closes here
            running = []
        elif running and left_open == para.start:
            running.append(left_open)
        else:
            running = [left_open] if left_open >= 0 else []
        found += marks
        pairs += zip(marks[::2], marks[1::2], strict=True)
    return found, pairs


def _inside(points: list[int], pairs: list[tuple[int, int]]) -> bool:
    """Every point lies inside one of the (sorted, disjoint) pairs."""
    k = 0
    for p in points:
        while k < len(pairs) and pairs[k][1] < p:
            k += 1
        if k == len(pairs) or not pairs[k][0] < p:
            return False
    return True


def single_marks(text: str) -> str:
    """``text`` with its quotation marks swapped when it quotes in single marks (each
    paired single mark written ``"``, each double mark inside them ``'``); ``text``
    itself otherwise."""
    if _SINGLE.search(text) is None:
        return text
    found, pairs = _quotation_marks(text)
    if not found:
        return text
    doubles = [m.start() for m in _DOUBLE.finditer(text)]
    if doubles and not _inside(doubles, pairs):
        return text
    chars = list(text)
    for i in found:
        chars[i] = '"'
    for i in doubles:
        chars[i] = "'"
    return "".join(chars)
