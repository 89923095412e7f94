"""Quoted words that a relative clause's own subject labels are that subject's (issue #14).

``The union accused the firm of cutting staff, a claim the firm called "false".``, ``The
council cut the budget, which residents described as "a betrayal".``: a clause set off by a
comma that opens with a relative pronoun that is its verb's object (``which``, ``whom``), or
a noun in apposition followed by a contact relative (``a claim the firm called``, ``an
offer that the union described as``), has a subject of its own, and its verb of labelling
names the quotation that follows it. The quoted words are that subject's comment on what
the clause before said, not the words of that clause's speaker, whose report ends at the
comma (:mod:`.content_end`).
"""

from __future__ import annotations

from newskit import grammar
from newskit.text import ends_as_plural

from .actors import DETS
from .attribution import NP, Cue, cue_at, in_phrase, words
from .clause import FINITE
from .doc import Doc
from .marks import QuoteSpan

__all__ = ["opens_subject", "relative_label"]

#: Relative pronouns that may be the object of the clause's verb (``which the union called``).
_OBJECT_RELATIVES = frozenset({"which", "whom"})
#: Articles opening a noun in apposition to the clause before (``a claim``, ``an offer``).
_APPOSED_ARTICLES = frozenset({"a", "an"})
#: The most words of the noun in apposition after its article (``a further concession``).
_NOUN_WORDS = 3
#: The most words of the clause's subject (``Premier Carlyle Dore``, ``the port workers' union``).
_SUBJECT_WORDS = 5
#: Forms of ``be``: after one, the verb of labelling is a passive (``which was called``).
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def opens_subject(doc: Doc, k: int, v: int) -> bool:
    """Word ``k`` opens a subject whose verb is word ``v``: a determiner or possessive, a
    pronoun or a capitalised word (``the station``, ``RT``, ``he``), or a bare plural the
    verb follows at once (``residents opposed``). ``which include a provision that would``
    and ``which first reported`` have the pronoun for subject: a verb or an adverb follows it."""
    w = doc.low[k]
    return (v == k + 1 and ends_as_plural(w)) or w in DETS or w in grammar.SUBJECT_PRONOUNS \
        or doc.text[doc.starts[k]].isupper()


def relative_label(doc: Doc, q: QuoteSpan) -> tuple[Cue, NP, int] | None:
    """The verb of labelling right before quotation ``q`` (``called "…"``, ``described as
    "…"``, ``dismissed as "…"``), its subject and the offset of the comma that opens its clause, when the verb
    stands in a relative clause set off by a comma whose subject is its own; None otherwise."""
    j = doc.word_before(q.open)
    if j < 3 or doc.in_quote(doc.starts[j]) or doc.text[doc.ends[j] : q.open].strip():
        return None
    named_as = doc.low[j] == "as" and doc.joined(j - 1)
    if named_as:
        j -= 1
    cue = _label_ending(doc, j, named_as)
    if cue is None or cue.form.endswith("ing"):
        return None
    v = cue.first
    while v > 0 and doc.joined(v - 1) and doc.low[v - 1] in words().skip:
        if doc.low[v - 1] in _BE:
            return None  # "which was called": a passive, the labelled thing is its subject
        v -= 1
    opened = _subject_start(doc, v)
    if opened is None or not _one_subject(doc, opened[1], v):
        return None
    o, s = opened
    return cue, NP(doc.starts[s], doc.ends[v - 1], s, v - 1), doc.text.rfind(",", doc.ends[o - 1], doc.starts[o])


def _label_ending(doc: Doc, j: int, named_as: bool) -> Cue | None:
    """The verb of labelling whose last word is word ``j`` (``called``, ``termed``), or,
    before ``as``, a verb of stance that labels so (``dismissed as``, ``rejected as``)."""
    for k in (j, j - 1):
        cue = cue_at(doc, k) if k >= 0 else None
        if cue is not None and cue.last == j and ("label" in cue.classes or (named_as and "attitude" in cue.classes)):
            return cue
    return None


#: The most words from the clause's opening word to its verb group.
_REACH = _SUBJECT_WORDS + _NOUN_WORDS + 2


def _subject_start(doc: Doc, v: int) -> tuple[int, int] | None:
    """The clause's first word and its subject's first word, for the verb group opening at
    word ``v``: the subject opens after a comma and ``which``/``whom``, or after a comma,
    ``a``/``an`` and a short noun in apposition; None when the words back to the comma hold
    no such opener."""
    o = v - 1
    while o >= 1 and v - o <= _REACH:
        if doc.gap(o - 1).strip() == ",":  # the clause opens at word o
            s: int | None = None
            if doc.low[o] in _OBJECT_RELATIVES and o + 1 < v and _subject_opener(doc, o + 1, v):
                s = o + 1
            elif doc.low[o] in _APPOSED_ARTICLES:
                s = _after_apposed_noun(doc, o + 1, v)
            return None if s is None else (o, s)
        if not in_phrase(doc, o - 1):
            return None  # other punctuation: no one clause
        o -= 1
    return None


#: Words no noun in apposition is: they open or join clauses and phrases.
_NOT_NOUN = (grammar.DETERMINERS | grammar.SUBJECT_PRONOUNS | grammar.OBJECT_PRONOUNS | grammar.PREPOSITIONS
             | grammar.COORDINATORS | grammar.SUBORDINATORS | grammar.RELATIVES | FINITE)


def _after_apposed_noun(doc: Doc, n: int, v: int) -> int | None:
    """The subject's first word after the noun in apposition opening at word ``n``
    (``claim`` in ``a claim the firm called``, ``new offer`` in ``a new offer that the
    union described as``): up to :data:`_NOUN_WORDS` lower-case words that are no function
    words, an optional ``that``, then a word opening a subject."""
    k = n
    while k < v and k - n < _NOUN_WORDS and doc.text[doc.starts[k]].islower() and doc.low[k] not in _NOT_NOUN:
        k += 1
        if k < v and doc.low[k] == "that":
            return k + 1 if k + 1 < v and _subject_opener(doc, k + 1, v) else None
        if k < v and _subject_opener(doc, k, v):
            return k
    return None


def _one_subject(doc: Doc, s: int, v: int) -> bool:
    """Words ``s`` to ``v - 1`` are one short subject: no finite verb inside; a pronoun
    stands alone; a subject opened by a capital is a name, capitalised throughout
    (``Premier Carlyle Dore``; in ``an Army officer called`` the verb labels the noun)."""
    if not s < v or v - s > _SUBJECT_WORDS or any(doc.low[k] in FINITE for k in range(s, v)):
        return False
    if doc.low[s] in grammar.SUBJECT_PRONOUNS:
        return v == s + 1
    if doc.low[s] not in DETS and doc.text[doc.starts[s]].isupper():
        return all(doc.text[doc.starts[k]].isupper() for k in range(s, v))
    return True


def _subject_opener(doc: Doc, k: int, v: int) -> bool:
    """Word ``k`` opens the subject of the verb group at word ``v`` (:func:`opens_subject`),
    or opens a bare lower-case phrase whose last word, right before the verb, is a plural
    (``board members``, ``port workers``)."""
    if opens_subject(doc, k, v):
        return True
    return v - k <= _NOUN_WORDS and ends_as_plural(doc.low[v - 1]) and all(
        doc.text[doc.starts[m]].islower() and doc.low[m] not in _NOT_NOUN for m in range(k, v))
