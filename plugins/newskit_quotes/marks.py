"""Quotation-mark pairing over paragraphs.

Double quotation marks only: straight ``"``, curly ``“ ”``, low ``„`` and guillemets
``« »``. Single marks (``‘ ’ '``) are never top-level quote marks: ``’`` is also the
apostrophe, and news text uses single marks for quotes nested inside double ones.

Pairing is one left-to-right pass over the marks of each paragraph (linear time):

* a curly/angle mark says which way it faces; a straight mark is read from its
  neighbours (after a space and before a letter it opens, after a letter and before a
  space or punctuation it closes; otherwise it toggles);
* a quote left open at the end of a paragraph continues only when the next paragraph
  starts with an opening mark (the news convention for quotes running over several
  paragraphs), for at most ``MAX_PARAGRAPHS`` paragraphs;
* a quote that is never closed is recovered up to the end of its last paragraph when
  the opening mark was unambiguous, and dropped otherwise: an unbalanced mark never
  swallows text past its paragraphs.

A double mark typeset as two single ones (``''It is,'' he said`` in the New York Times
archive, ````It is,'' he said`` in LaTeX and Penn Treebank text) is a double mark too:
:func:`typeset_marks` writes each such pair as ``"`` and a space, keeping every offset, so
the grammar reads one kind of mark. Two apostrophes in a row are no apostrophe of English.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newskit import layer

__all__ = ["MAX_PARAGRAPHS", "QuoteSpan", "find_quotes", "typeset_marks"]

#: The most paragraphs one quotation may run over.
MAX_PARAGRAPHS = 8

_MARK = regex.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033]")
_OPENERS = frozenset("\u201c\u201e\u00ab\u201f")
_CLOSERS = frozenset("\u201d\u00bb\u2033")
_TRAIL = frozenset(".,")
#: two single marks for one double mark: exactly two apostrophes (of three, the last two
#: when a space follows: ``'no.'''`` closes a nested single quotation), or two backquotes
_TYPESET = regex.compile(r"(?<!['`])(?:''(?!')|'(''(?=\s|[.,;:!?)\]\u2014]|\Z))|``(?!`))")


def typeset_marks(text: str) -> str:
    """``text`` with each double mark typeset as two single marks written ``"`` and a
    space (same length, so offsets hold); ``text`` itself when it has none."""
    if "''" not in text and "``" not in text:
        return text
    parts: list[str] = []
    last = 0
    for m in _TYPESET.finditer(text):
        a = m.start(1) if m.start(1) >= 0 else m.start()
        parts.append(text[last:a])
        parts.append('" ')
        last = a + 2
    parts.append(text[last:])
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: where its marks are and where its content is.

    ``open``/``close`` index the opening and closing marks (``close`` is the end of the
    last paragraph for a recovered quote); ``start``/``end`` delimit the content, trimmed
    of spaces and of a final period or comma; ``recovered`` is True when the closing mark
    was missing.
    """

    open: int
    close: int
    start: int
    end: int
    recovered: bool = False


def _role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the mark at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev_space = prev.isspace() or prev in "([{\u2014\u2013-/\u2018\u201c:"
    next_space = nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013\u2019"
    if ch in _OPENERS:
        # a curly opener in closing position ("word“ ") is a typo: read it either way
        return "either" if next_space and not prev_space else "open"
    if ch in _CLOSERS:
        return "either" if prev_space and not next_space and nxt.isalnum() else "close"
    if prev_space and not next_space:
        return "open"
    if next_space and not prev_space:
        return "close"
    return "either"


def _content(text: str, open_: int, close: int, recovered: bool = False) -> QuoteSpan | None:
    a, b = open_ + 1, close
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a and text[b - 1] in _TRAIL and not (b - a > 1 and text[b - 2] == "."):
        b -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
    if b <= a:
        return None
    return QuoteSpan(open=open_, close=close, start=a, end=b, recovered=recovered)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every double-quoted stretch of ``text``, in order, never overlapping."""
    paras = layer(text).paragraphs  # read in place (a long text: made one at a time)
    out: list[QuoteSpan] = []
    # state carried across paragraphs: the open mark of a running quote
    open_at = -1
    open_clear = False
    n_paras = 0
    last_end = 0
    for para in paras:
        marks = [m.start() for m in _MARK.finditer(text, para.start, para.end)]
        idx = 0
        if open_at >= 0:
            # continuing only if this paragraph opens with a quotation mark
            if marks and marks[0] == para.start and _role(text, marks[0]) != "close" \
                    and n_paras < MAX_PARAGRAPHS:
                n_paras += 1
                idx = 1
            else:
                q = _content(text, open_at, last_end, True) if open_clear else None
                if q is not None:
                    out.append(q)
                open_at = -1
        inner: list[QuoteSpan] = []
        depth = 0
        nested_open = -1
        while idx < len(marks):
            i = marks[idx]
            idx += 1
            role = _role(text, i)
            if open_at < 0:
                if role != "close":
                    open_at, open_clear, n_paras, depth = i, role == "open", 1, 1
                continue
            if role == "open" and text[i] in _OPENERS and depth == 1:
                # an opener inside a quote: nested quotation (or a missing close mark)
                depth, nested_open = 2, i
                continue
            if depth == 2:
                q = _content(text, nested_open, i)
                if q is not None:
                    inner.append(q)
                depth = 1
                continue
            q = _content(text, open_at, i)
            if q is not None:
                out.append(q)
            open_at, depth, inner = -1, 0, []
        if open_at >= 0 and depth == 2:
            # the nested opener was really a new quote after a missing close mark
            out.extend(inner)
            q = _content(text, nested_open, para.end, True)
            if q is not None and _role(text, nested_open) == "open":
                out.append(q)
            open_at, depth = -1, 0
        last_end = para.end
    if open_at >= 0 and open_clear:
        q = _content(text, open_at, last_end, True)
        if q is not None:
            out.append(q)
    out.sort(key=lambda q: q.open)
    return _no_overlap(out)


def _no_overlap(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    kept: list[QuoteSpan] = []
    for q in quotes:
        if kept and q.open <= kept[-1].close:
            continue
        kept.append(q)
    return kept
