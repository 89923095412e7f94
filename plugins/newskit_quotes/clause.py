"""Does a complement read as a finite clause? (issue #14: ``that``-less complements)

``Officials believe the bridge will open by spring`` reports a belief; ``officials believe
the report`` does not, and neither does ``announced the winners``. Without a parser, a
complement is a clause when it opens with a subject (a pronoun, a determiner and its
noun, a name, a bare plural) and a finite verb follows within a few words: an auxiliary
or modal (``will``, ``was``, ``has``), a past form in ``-ed`` after the subject, or a
contracted auxiliary (``it's``, ``they'll``). Verbs of saying that take such clauses
everywhere keep their own rule (``bare`` in ``data/cues.json``); this check is what lets
verbs of thinking and the rest (``announced it would``, ``noted clients are``) take one.
"""

from __future__ import annotations

from functools import cache

from newskit import grammar

from .actors import DETS
from .cues import load_word_sets
from .doc import Doc

__all__ = ["FINITE", "finite_clause", "finite_verb", "negative_subject", "verb_after_subject"]

#: Subject pronouns: the finite verb is the next word (after adverbs).
_PRONOUNS = grammar.SUBJECT_PRONOUNS

#: Auxiliaries and modals: a finite verb whatever the subject.
FINITE = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "may", "might",
                     "must", "should", "shall", "has", "have", "had", "does", "do", "did", "won't",
                     "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
                     "doesn't", "don't", "didn't", "wouldn't", "couldn't", "shouldn't", "needs"})

#: Contracted auxiliaries a subject pronoun carries (``it's``, ``they'll``, ``we've``).
_CONTRACTIONS = ("'s", "'re", "'ll", "'ve", "'d", "\u2019s", "\u2019re", "\u2019ll", "\u2019ve", "\u2019d")

#: The most words of a subject noun phrase before its verb (``the new bridge over the bay``).
MAX_SUBJECT = 6

#: Words that open no subject: wh-words and conjunctions (``know what``, ``think so``).
_NO_SUBJECT = frozenset({"what", "which", "who", "whom", "whose", "why", "where", "when", "how",
                         "whether", "if", "not", "so", "a", "an", "nothing", "everything", "about"})


#: A determiner that negates its noun (``no one``, ``no decision``): a subject when a
#: finite clause follows its noun, an answer otherwise (``said no to the offer``).
_NEGATIVE_DETERMINERS = frozenset({"no"})
#: A pronoun that negates (``nothing had changed``): a subject when a finite verb follows
#: it, an object otherwise (``said nothing about the plan``).
_NEGATIVE_PRONOUNS = frozenset({"nothing"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return load_word_sets("words.json")


def _finite_at(doc: Doc, j: int, after_subject: bool) -> bool:
    w = doc.low[j]
    if w in FINITE:
        return True
    past = (w.endswith("ed") and len(w) > 4 and "-" not in w) or w in _irregular_past()
    return (after_subject and past and doc.text[doc.starts[j]].islower()
            and doc.low[j - 1] not in DETS)  # "the reported attacks": a participle in the subject


def _present_after(doc: Doc, s: int, j: int) -> bool:
    """Word ``j``, after the pronoun at ``s``, is a present-tense verb: ``he``, ``she`` or
    ``it`` followed by a lower-case form in ``-s`` (``believes he deserves a second term``,
    ``explained why she opposes the plan``). No noun can stand there, so the form is the
    clause's verb as an auxiliary would be; a plural pronoun's present form (``they want``)
    looks like its base and is left out."""
    wl = _words()
    w = doc.low[j]
    return (doc.low[s] in wl["present_subjects"] and len(w) > 2 and w.endswith("s")
            and not w.endswith(("ss", "us", "'s", "\u2019s")) and doc.text[doc.starts[j]].islower()
            and w not in wl["not_present_forms"] and w not in wl["skip"])


def verb_after_subject(doc: Doc, j: int) -> bool:
    """Word ``j``, after a subject, is a finite verb: an auxiliary or a lower-case past form
    after no determiner (``… was unsafe | came on Monday``; ``the reported attacks`` is a
    participle in a phrase)."""
    return _finite_at(doc, j, True)


@cache
def _irregular_past() -> frozenset[str]:
    """Irregular past forms that mark a finite clause after a subject (``said profits
    fell``, ``said the team won``): not those written like their base form or a noun
    (``the budget cut``)."""
    wl = _words()
    return wl["irregular_past"] - wl["past_like_base"]


def finite_clause(doc: Doc, s: int, sb: int) -> bool:
    """Words from index ``s`` (before sentence end ``sb``) open a finite clause."""
    return finite_verb(doc, s, sb) is not None


def finite_verb(doc: Doc, s: int, sb: int) -> int | None:
    """The index of the finite verb of the clause the words from ``s`` open (``s`` itself
    for a contracted pronoun, ``it's``), or None when they open no finite clause."""
    n = len(doc.starts)
    if s >= n or doc.starts[s] >= sb:
        return None
    w = doc.low[s]
    wl = _words()
    if w in _NEGATIVE_DETERMINERS or w in _NEGATIVE_PRONOUNS:
        if not negative_subject(doc, s, sb):
            return None
        return finite_verb(doc, s + 1, sb) if w in _NEGATIVE_DETERMINERS else s + 1
    if w in _NO_SUBJECT or w in wl["clause_bad_starts"] or w in wl["prepositions"] or w in FINITE:
        return None
    if w.endswith(_CONTRACTIONS) and w.split("'")[0].split("\u2019")[0] in _PRONOUNS | {"there", "that"}:
        return s  # "it's", "they'll"
    j = s + 1
    if w in _PRONOUNS:
        while j < n and doc.starts[j] < sb and doc.joined(j - 1) and doc.low[j] in wl["skip"] - FINITE:
            j += 1  # "they also were"
        if j < n and doc.starts[j] < sb and doc.joined(j - 1) and (_finite_at(doc, j, True) or _present_after(doc, s, j)):
            return j
        return None
    while j < n and doc.starts[j] < sb and j - s <= MAX_SUBJECT:
        if not doc.joined(j - 1):
            return None  # a comma or dash inside the subject: no plain clause
        if _finite_at(doc, j, True):
            return j
        if doc.low[j] in wl["prepositions"] and doc.low[j] != "of":
            return None  # "ties with the nation": a phrase, no subject of a clause
        j += 1
    return None


def negative_subject(doc: Doc, s: int, sb: int) -> bool:
    """``said no one was hurt``, ``said no decision had been made``, ``said nothing had
    changed``: a negated subject opens the clause when its noun, or the pronoun itself, is
    followed by a finite verb; ``said no to the offer``, ``said nothing about it`` report no
    clause."""
    w = doc.low[s]
    if s + 1 >= len(doc.starts) or doc.starts[s + 1] >= sb or not doc.joined(s):
        return False
    if w in _NEGATIVE_DETERMINERS:
        return finite_clause(doc, s + 1, sb)
    return w in _NEGATIVE_PRONOUNS and _finite_at(doc, s + 1, True)
