"""Stances and statements in the passive with their agent (issue #14): ``Calls for an
inquiry were rejected by the council``, ``The death was confirmed by police``, ``Oz has been
called a charlatan by fellow physicians``. The agent after ``by`` holds the stance, as the
subject does in the active voice (``the council rejected calls for an inquiry``); the
content is the passive clause's subject (and, for a label, its predicate).

Read only for verbs of stance and of saying with an object (``object`` and
``speech_object`` in ``data/stance.json``) and verbs of labelling (``predicative``), after
a form of *be* or *get*, when the agent can speak (a person, a body, a role, a pronoun;
never a time, place or abstract noun). Verbs whose object must name someone
(``object_named``: ``was attacked by gunmen``, ``was backed by loans``) are left out: their
passive is as often a deed as a stance. A subject naming words said or held elsewhere
(``The allegations were denied by …``, ``Concerns about … were downplayed by …``) is a
response to them, not content of its own, as in the active voice (``denied the claims``).
"""

from __future__ import annotations

from newskit import grammar

from .actors import DETS
from .attribution import Cue, can_speak, np_after, words
from .clause import FINITE
from .direct import Item
from .doc import Doc
from .nouns import noun_lexicon
from .plausible import implausible

__all__ = ["passive_item"]

#: The most words between a label's participle and its ``by`` (``called a charlatan by``).
_LABEL_WORDS = 8
#: The most words of a passive subject read back from its auxiliary.
_SUBJECT_WORDS = 30
#: Words that open the clause holding a passive subject: what precedes them is another clause.
_CLAUSE_OPENERS = grammar.SUBORDINATORS | grammar.COORDINATORS | grammar.RELATIVES | {
    "that", "why", "how", "what", "when", "where", "whether", "if"}


def passive_item(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    """The attribution of the participle at word ``i`` used in the passive with an agent
    that can speak, or None."""
    from .stance import stance_lexicon

    lex = stance_lexicon()
    w = doc.low[i]
    frame = lex.forms.get(w)
    label = w in lex.predicative
    if not w.endswith("ed") or not (label or (frame is not None and frame.kind in ("object", "said"))):
        return None
    aux = _auxiliary(doc, i, sa, lex.passive)
    if aux is None:
        return None
    by = _agent_marker(doc, i, sb, _LABEL_WORDS if label else 1)
    if by is None:
        return None
    agent = np_after(doc, by + 1, sb)
    if agent is None or not can_speak(doc, agent) or implausible(doc, agent.start, agent.end):
        return None
    aux = _first_auxiliary(doc, aux, sa)
    start = _subject_start(doc, aux, sa)
    if start is None:
        return None
    end = doc.ends[by - 1] if label and by > i + 1 else doc.starts[aux]
    if _names_words_said(doc, doc.word_at(start), aux, lex.speech_nouns) or _pronoun_only(doc, start, aux):
        return None
    content = doc.text[start:end].rstrip(" ,")
    if not content or doc.has_quote_char(start, end):
        return None  # a quotation is the direct grammar's
    cue = Cue(doc.starts[i], doc.ends[by], i, by, " ".join(doc.low[i : by + 1]), frozenset({"stance"}))
    return Item(start, start + len(content), False, cue, agent, "np", 0.6)


def _auxiliary(doc: Doc, i: int, sa: int, passive: frozenset[str]) -> int | None:
    """The form of *be* or *get* before the participle, past adverbs (``was widely``)."""
    j = i - 1
    while j >= 0 and doc.starts[j] >= sa and doc.joined(j) and doc.low[j] not in passive and (
            doc.low[j] in words().skip or (doc.low[j].endswith("ly") and doc.low[j] not in words().not_adverbs)):
        j -= 1
    return j if j >= 0 and doc.starts[j] >= sa and doc.joined(j) and doc.low[j] in passive else None


def _names_words_said(doc: Doc, first: int, aux: int, speech_nouns: frozenset[str]) -> bool:
    """The subject is headed by a noun naming what others said or hold (``Concerns about
    …``, ``The allegations``): a response to words said elsewhere, not content of its own,
    as the object of a verb of saying is (``denied the claims``)."""
    k = first
    while k < aux and doc.low[k] in DETS:
        k += 1
    return k < aux and (doc.low[k] in speech_nouns or doc.low[k] in noun_lexicon().forms)


def _pronoun_only(doc: Doc, start: int, aux: int) -> bool:
    """The subject is a lone pronoun (``it was mentioned by``): it names no content."""
    first = doc.word_at(start)
    return first == aux - 1 and (doc.low[first] in grammar.SUBJECT_PRONOUNS or doc.low[first] in ("this", "that"))


def _first_auxiliary(doc: Doc, aux: int, sa: int) -> int:
    """The first word of the verb group ending in the auxiliary ``aux`` (``has been``,
    ``will also be``): the subject ends before it."""
    j = aux
    while j - 1 >= 0 and doc.starts[j - 1] >= sa and doc.joined(j - 1) and (
            doc.low[j - 1] in FINITE or doc.low[j - 1] in words().skip) and doc.low[j - 1] not in ("all", "both", "each"):
        j -= 1
    return j


def _agent_marker(doc: Doc, i: int, sb: int, reach: int) -> int | None:
    """The ``by`` after the participle, within ``reach`` words and no punctuation."""
    k = i + 1
    while k < len(doc.starts) and doc.starts[k] < sb and k - i <= reach and doc.joined(k - 1):
        if doc.low[k] == "by":
            return k if k + 1 < len(doc.starts) and doc.starts[k + 1] < sb and doc.joined(k) else None
        k += 1
    return None


def _subject_start(doc: Doc, aux: int, sa: int) -> int | None:
    """Where the passive clause's subject starts: after the last word that opens a clause
    before the auxiliary (``Although``, ``and``, ``which``) or an opening adverbial's comma
    (``For instance, calls to … were rejected``), else at the sentence's start."""
    first = doc.word_at(sa)
    k = aux - 1
    if k < first:
        return None  # no subject: "Was it rejected by …"
    aside = False  # inside commas: "calls to …, where a coalition is fighting, were rejected"
    while k >= first and aux - k <= _SUBJECT_WORDS:
        if "," in doc.gap(k):
            aside = not aside
        if doc.low[k] in _CLAUSE_OPENERS and not aside:
            return doc.starts[k + 1] if k + 1 < aux else None
        k -= 1
    if aux - k > _SUBJECT_WORDS:
        return None
    lead = next((j for j in range(first, aux) if doc.gap(j).strip() == ","), None)
    if lead is not None and doc.low[first] in words().intro:
        return doc.starts[lead + 1]
    return doc.starts[first]

