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

Verbs of saying drop the ``that`` after such a chain as readily as after the verb itself
(``said in a statement it had opened an inquiry``, ``said at a rally the port would
reopen``). Without the ``that``, the clause opens where a new subject does: a determiner,
a subject pronoun or a name right after a word that ends a phrase (no preposition,
determiner or name before it), and a finite verb follows (:func:`clause_after_adjuncts`).
A subject whose verb is a bare past form with nothing it governs after it is the noun's
reduced relative clause, not a report (``said in a statement the group posted on
Monday``, ``in an interview the network aired``).
"""

from __future__ import annotations

from functools import cache

from newskit import grammar

from .actors import DETS
from .attribution import words
from .clause import FINITE, finite_verb
from .doc import Doc
from .plausible import speaker_words

__all__ = ["clause_after_adjuncts", "reduced_relative_verb", "that_after_adjuncts"]

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


def _opens_subject(doc: Doc, j: int) -> bool:
    """Word ``j`` can open the subject of a clause after a phrase of the chain: a subject
    pronoun, a determiner (not of a time: ``this week``) or a name, after a word that ends
    a phrase (``in a statement the``; not ``in the``, ``a Senate``, ``New York``)."""
    w, before = doc.low[j], doc.low[j - 1]
    if before in grammar.PREPOSITIONS or before in DETS or _time(doc, j - 1):
        return False
    if w in grammar.SUBJECT_PRONOUNS:
        return True
    sw = speaker_words()
    if w in sw.named_times or w in sw.times:
        return False
    if w in DETS:
        return not _time(doc, j - 1) and doc.low[j + 1] not in sw.times and doc.low[j + 1] not in sw.named_times
    return _capitalised(doc, j) and not _capitalised(doc, j - 1)


def reduced_relative_verb(doc: Doc, v: int, sb: int) -> bool:
    """The finite verb at word ``v`` is a bare past form followed by a preposition, a time
    or the sentence's end: the verb of a reduced relative clause whose object is the
    chain's noun (``in a statement the group posted on Monday``) or of a verb's object
    (``voiced concerns the crews raised last year``)."""
    if doc.low[v] in FINITE:
        return False
    if v + 1 >= len(doc.starts) or doc.starts[v + 1] >= sb or not doc.joined(v):
        return True
    nxt = doc.low[v + 1]
    sw = speaker_words()
    return nxt in grammar.PREPOSITIONS or nxt in sw.times or nxt in sw.named_times or nxt in ("last", "this", "earlier")


def clause_after_adjuncts(doc: Doc, k: int, sb: int) -> int | None:
    """The start of a ``that``-less clause after a chain of adjuncts opening at word ``k``
    (right after the cue): ``said in a statement it had …``, ``said during a visit to the
    port the line would …``; None when the words from ``k`` are no such chain."""
    if doc.low[k] not in grammar.PREPOSITIONS or not doc.joined(k - 1):
        return None
    stop = _not_in_chain()
    for j in range(k + 2, min(len(doc.starts) - 1, k + MAX_CHAIN + 1)):
        if doc.starts[j] >= sb or doc.in_quote(doc.starts[j]) or not doc.joined(j - 1):
            return None
        if _opens_subject(doc, j):
            v = finite_verb(doc, j, sb)
            if v is not None and not reduced_relative_verb(doc, v, sb):
                return doc.starts[j]
        w = doc.low[j]
        if _time(doc, j) and doc.joined(j):
            continue  # "in a statement this week the …": a time of its own in the chain
        if w in stop or w in FINITE or w == "that" or w in words().irregular_past or _verb_after_name(doc, j):
            return None
    return None


def _verb_after_name(doc: Doc, j: int) -> bool:
    """Word ``j`` is a past form in ``-ed`` after a name: a clause's verb (``after Smith
    failed to …``), where after a common noun it is a participle (``a statement released``)."""
    w = doc.low[j]
    return w.endswith("ed") and len(w) > 4 and not _capitalised(doc, j) and _capitalised(doc, j - 1)
