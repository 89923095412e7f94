"""Adjuncts between a verb of saying and its ``that`` (issue #14): wire copy puts where,
when and how something was said between the verb and the clause, often more than a few
words of it: ``said in a statement released on Monday that …``, ``said at a news
conference in Madrid on Sunday that …``, ``says at a council meeting in Toledo, Ohio,
that …``. A count of words cannot tell such a chain from a clause; its shape can: each
part is a phrase a preposition opens (``in a statement``), a past participle modifying
the noun before it (``released``, ``issued by her lawyer``) or a place name set off by a
comma (``Toledo, Ohio,``), and nothing in it can be a clause's subject or verb.

The ``that`` at the chain's end opens the reported clause unless a verb follows it at
once (``said in an interview that aired on Sunday``: a relative clause of the noun).
"""

from __future__ import annotations

from functools import cache

from newskit import grammar

from .attribution import words
from .doc import Doc
from .plausible import speaker_words

__all__ = ["that_after_adjuncts"]

#: The most words of the chain between the cue and its ``that``.
MAX_CHAIN = 14


@cache
def _not_in_chain() -> frozenset[str]:
    """Words that end the chain: pronouns and verbs of a clause, coordinators (the
    chain's ``gap_stop`` words of ``data/words.json``) and relatives other than ``that``."""
    return words().gap_stop | (grammar.RELATIVES - {"that"}) | grammar.SUBJECT_PRONOUNS


def _capitalised(doc: Doc, j: int) -> bool:
    return doc.text[doc.starts[j]].isupper()


@cache
def _auxiliaries() -> frozenset[str]:
    """The verbs among the ``gap_stop`` words (``is``, ``had``, ``would``, ``said``)."""
    others = grammar.SUBJECT_PRONOUNS | grammar.RELATIVES | grammar.COORDINATORS | {"there", "this", "what"}
    return (words().gap_stop - others) | grammar.MODALS


def _verb_after_that(doc: Doc, j: int) -> bool:
    """Word ``j`` (after ``that``) is a verb: the ``that`` is a relative pronoun."""
    w = doc.low[j]
    if _capitalised(doc, j):
        return False
    return w in _auxiliaries() or (w.endswith("ed") and len(w) > 4) or w in words().irregular_past


def _time(doc: Doc, j: int) -> bool:
    """Word ``j`` opens a time (``this month``, ``last week``), an adjunct of its own."""
    sw = speaker_words()
    return doc.low[j + 1] in sw.times or doc.low[j + 1] in sw.named_times


def _place_comma(doc: Doc, j: int) -> bool:
    """A comma after word ``j`` sets off a place name (``in Toledo, Ohio, that``): a name
    on both sides, or a name before ``that``."""
    return _capitalised(doc, j) and (_capitalised(doc, j + 1) or doc.low[j + 1] == "that")


def that_after_adjuncts(doc: Doc, k: int, sb: int) -> int | None:
    """The start of the clause after a chain of adjuncts opening at word ``k`` (right after
    the cue) and ending in ``that``; None when no such chain is there."""
    if doc.low[k] not in grammar.PREPOSITIONS or not doc.joined(k - 1):
        return None  # "said, since …": a comma after the cue ends what it governs
    stop = _not_in_chain()
    after_preposition = False
    for j in range(k, min(len(doc.starts) - 1, k + MAX_CHAIN + 1)):
        if doc.starts[j + 1] >= sb or doc.in_quote(doc.starts[j]):
            return None
        w = doc.low[j]
        if w == "that":
            if j == k or doc.gap(j).strip() or _verb_after_that(doc, j + 1):
                return None
            return doc.starts[j + 1]
        if w in stop:
            return None
        if w in grammar.DETERMINERS - {"that"} and not after_preposition and j > k and not _time(doc, j):
            return None  # a noun phrase no preposition governs: an object, not an adjunct
        if doc.low[j + 1] == "that" and w.endswith("ing") and not _capitalised(doc, j):
            return None  # "… announcing that": the participle's own report
        after_preposition = w in grammar.PREPOSITIONS or (w.endswith("ed") and not _capitalised(doc, j))
        if not doc.joined(j) and not (doc.gap(j).strip() == "," and _place_comma(doc, j)):
            return None
    return None
