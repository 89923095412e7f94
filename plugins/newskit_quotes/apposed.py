"""A body's initials set in apposition to a description of it (issue #14).

News names a body once by a description and its initials side by side, either way round:
``their union, the GWU,`` or ``ANLA, the licensing agency,``. Two rules read that pair:
the speaker of an inverted attribution (``said their union, the GWU.``: the initials are
the speaker, as a person's name in apposition names the holder of a role) and the
resolver, which learns what kind of body the initials stand for (``the GWU`` is a union,
so a later ``the ministry`` is never it). Both read it here, over the article's words, so
they agree on one grammar; the answer is word positions, and each rule takes what it needs
from them.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newskit.kinds import body_kind

from .actors import tables
from .doc import Doc

__all__ = ["Apposed", "apposed_initials", "initials_after"]

#: A body's initials (``GWU``, ``NMDA``).
_INITIALS = regex.compile(r"\p{Lu}{2,6}")
#: The determiners that open a description before initials: ``their union, the GWU``.
_OPENERS = frozenset({"the", "its", "their", "his", "her", "our"})
#: The determiners that open a description after initials: ``ANLA, the licensing agency``.
_AFTER_OPENERS = frozenset({"the", "a", "an"})
#: The most words between a description's determiner and its head.
_MODIFIERS = 3
#: What may stand between two words of a description: a space, or a plural's apostrophe.
_WITHIN = frozenset({"", "'", "\u2019"})
#: Words after initials that join them to more of a list (``the GWU and the TUC``).
_LIST_JOINS = frozenset({"and", "or"})


class Apposed(NamedTuple):
    """One pair: the word index of the initials and of the description's head noun."""

    initials: int
    head: int


def apposed_initials(doc: Doc) -> list[Apposed]:
    """Every pair of initials and a body's description in apposition in ``doc``, in
    order of the initials: ``their union, the SNTP,`` and ``ANLA, the licensing agency,``."""
    out: list[Apposed] = []
    n = len(doc.starts)
    for h in range(n - 1):
        if doc.gap(h).strip() != ",":
            continue
        j = initials_after(doc, h, len(doc.text))
        if j is not None:
            out.append(Apposed(j, h))
        head = _head_after_initials(doc, h)
        if head is not None:
            out.append(Apposed(h, head))
    return sorted(out)


def initials_after(doc: Doc, head: int, hi: int) -> int | None:
    """The word index of the initials set off after the description whose head is word
    ``head`` (``their union, the GWU.``), or None. The head is a lower-case body's head
    opened by a determiner over at most three lower-case words; a comma, an optional
    ``the`` and 2 to 6 capitals follow, which close the phrase (a stop, a colon or
    semicolon, a comma before a lower-case word, a lower-case word that is not ``and`` or
    ``or``, or ``hi``). Not one of a list (``the union, the GWU and the TUC``, ``the state
    government, WHO, UNICEF``)."""
    if doc.gap(head).strip() != "," or not _body_head(doc, head) or not _opened(doc, head):
        return None
    j = head + 1
    if j < len(doc.starts) and doc.text[doc.starts[j] : doc.ends[j]] == "the" and doc.joined(j):
        j += 1
    if j >= len(doc.starts) or doc.starts[j] >= hi or not _initials(doc, j):
        return None
    return j if _closes(doc, j, hi) else None


def _head_after_initials(doc: Doc, i: int) -> int | None:
    """``ANLA, the licensing agency,``: the word index of the head of the description set
    off after initials at word ``i`` (``the``/``a``/``an``, at most three words, a
    lower-case head of a body followed by punctuation), or None. Initials after a
    capitalised word other than a determiner end a name (``Acme SA, the``), not stand
    for one (``The GWU, the dockers' union,`` does)."""
    if not _initials(doc, i) or (i > 0 and doc.joined(i - 1) and doc.text[doc.starts[i - 1]].isupper()
                                 and doc.low[i - 1] not in _OPENERS):
        return None
    k = i + 1
    if k >= len(doc.starts) or doc.low[k] not in _AFTER_OPENERS or doc.text[doc.starts[k]].isupper() \
            or not doc.joined(k):
        return None
    for h in range(k + 1, min(k + 2 + _MODIFIERS, len(doc.starts))):
        if doc.gap(h)[:1] in (",", ".", ";", ":") and doc.text[doc.starts[h]].islower() and _body_head(doc, h):
            return h
        if not _within(doc, h):
            return None
    return None


def _initials(doc: Doc, j: int) -> bool:
    return _INITIALS.fullmatch(doc.text[doc.starts[j] : doc.ends[j]]) is not None


def _body_head(doc: Doc, h: int) -> bool:
    """Word ``h`` is a lower-case noun that heads a body's description (``union``,
    ``agency``, ``movement``)."""
    w = doc.low[h]
    return doc.text[doc.starts[h]].islower() and (w in tables().org_heads or body_kind(w) is not None)


def _opened(doc: Doc, head: int) -> bool:
    """A determiner (of any case: ``Their union, the GWU, said``) opens the description
    ending at word ``head``, over at most three lower-case words joined to it (``their
    union``, ``the dockers' union``)."""
    for k in range(head - 1, max(head - 2 - _MODIFIERS, -1), -1):
        if not _within(doc, k):
            return False
        if doc.low[k] in _OPENERS:
            return True
        if not doc.text[doc.starts[k]].islower():
            return False
    return False


def _within(doc: Doc, k: int) -> bool:
    """Words ``k`` and ``k + 1`` stand in one description: a space between them, or a
    plural possessive's apostrophe (``the dockers' union``)."""
    gap = doc.gap(k)
    return gap.strip() in _WITHIN and "\n" not in gap


def _closes(doc: Doc, j: int, hi: int) -> bool:
    """The initials at word ``j`` close their phrase (:func:`initials_after`)."""
    k = j + 1
    if k >= len(doc.starts) or doc.starts[k] >= hi:
        return True
    mark = doc.gap(j).strip()[:1]
    lower = doc.text[doc.starts[k]].islower()
    if not mark:
        return lower and doc.low[k] not in _LIST_JOINS
    return mark in ".;:" or (mark == "," and lower)
