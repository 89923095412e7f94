"""Finding who speaks: cues and subject noun phrases (their resolution is :mod:`.resolution`).

A subject is read leftwards from its cue (``Seoul’s foreign ministry reiterated``),
over adverbs and auxiliaries, across an apposition (``Easley, a professor at Ewha
University, said``) or a relative pronoun (``officials who said``); an inverted subject
rightwards (``said Victor Cha``). The phrase is then resolved (:class:`.resolution.Resolver`): a
person mention gives its entity; a pronoun the most salient preceding person; a
description (``the newspaper``, ``the professor``) the last matching speaker; anything
else goes through :func:`actors.classify` (``Washington`` -> ``United States``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TypeAlias

import regex

from newskit import grammar

from .actors import DETS, _singular_forms, people_adjective, tables
from .apposed import initials_after
from .clause import FINITE, finite_clause
from .cues import lexicon, load_word_sets
from .doc import Doc
from .heads import head_phrase_start
from .participles import blame_preposition, past_participle_opens, sent_to_place
from .plausible import implausible, speaker_words

__all__ = [
    "NP", "Cue", "caused_subject", "first_relative", "cue_at", "in_phrase", "np_after", "pron_stem",
    "joins_role", "past_form", "second_conjunct", "share_start", "subject_before", "words",
]


@dataclass(frozen=True)
class Words:
    stop: frozenset[str]
    skip: frozenset[str]
    not_adverbs: frozenset[str]
    objects: frozenset[str]
    clause_bad_starts: frozenset[str]
    gap_stop: frozenset[str]
    intro: frozenset[str]
    intent_nouns: frozenset[str]
    prepositions: frozenset[str]
    perceive: frozenset[str]
    toll_nouns: frozenset[str]
    owned_claim_nouns: frozenset[str]
    owned_claim_next: frozenset[str]
    irregular_past: frozenset[str]
    quantifier_subjects: frozenset[str]
    causatives: frozenset[str]
    participle_causatives: frozenset[str]
    quoting: frozenset[str]
    counts: frozenset[str]
    ing_nouns: frozenset[str]
    demonstrative_adverbs: frozenset[str] = frozenset()
    past_like_base: frozenset[str] = frozenset()
    wh_clause: frozenset[str] = frozenset()
    irregular_participles: frozenset[str] = frozenset()
    floating_quantifiers: frozenset[str] = frozenset()
    noun_modifiers: frozenset[str] = frozenset()
    present_subjects: frozenset[str] = frozenset()
    not_present_forms: frozenset[str] = frozenset()


@cache
def words() -> Words:
    return Words(**load_word_sets("words.json"))


@cache
def gender_names() -> dict[str, frozenset[str]]:
    return load_word_sets("names.json")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    first: int  # word index of the first word
    last: int  # word index of the last word
    form: str  # lower-cased form
    classes: frozenset[str]


@dataclass(frozen=True)
class NP:
    start: int
    end: int
    first: int
    last: int
    #: the words that speak in the attribution when they are not the phrase resolved: the
    #: relative pronoun of ``Kamin, who said …`` (the phrase is its antecedent)
    shown: tuple[int, int] | None = None


def cue_at(doc: Doc, i: int) -> Cue | None:
    """The cue starting at word ``i`` (longest form), or None."""
    lex = lexicon()
    forms = lex.first.get(doc.low[i])
    if not forms:
        return None
    if doc.text[doc.starts[i]].isupper() and i > 0:
        # a capitalised cue only opens a sentence ("Said Ellis:"), never "United States"
        before = doc.text[doc.ends[i - 1] : doc.starts[i]].strip()
        if not before or before[-1] not in ".!?:\"\u201c\u201d\u2014":
            return None
    for form in forms:
        j = i + form.count(" ")
        if j >= len(doc.low):
            continue
        if j == i or _rest_matches(doc, i, form):  # a one-word form is its first word
            if form in lex.plural_nouns and (_after_past_form(doc, i) or (
                    not _verb_context(doc, i, j)
                    and (not finite_clause(doc, j + 1, len(doc.text)) or _relative_that(doc, j + 1))
                    and not (i > 0 and doc.joined(i - 1) and _document_subject(doc, i - 1)))):
                return None  # "Republican claims", "media reports of", "had received reports that"
            if form.endswith("s") and j + 1 < len(doc.low) and doc.joined(j) and doc.low[j + 1] in _SAY_FORMS:
                return None  # "the two suspects said": a plural noun, the subject of the verb after it
            if form in lex.base_nouns and not (
                i > 0 and doc.joined(i - 1) and (doc.low[i - 1] in _VERB_BEFORE or _group_subject(doc, i - 1)
                                                 or _document_subject(doc, i - 1))
            ):
                return None  # "state media", "the report" (but "to report that", "critics call")
            return Cue(doc.starts[i], doc.ends[j], i, j, form, lex.classes(form))
    return None


def _rest_matches(doc: Doc, i: int, form: str) -> bool:
    """The words from ``i`` on are the several words of ``form``, in one phrase.

    Only a form of several words is split and compared here: nearly every cue form is one
    word, which the lexicon already matched by its first word (26,000 asks over the bench
    corpus, each of which split its form and ran two generators)."""
    parts = form.split(" ")
    return all(doc.low[i + k] == parts[k] for k in range(len(parts))) and all(
        doc.joined(i + k) for k in range(len(parts) - 1)
    )


#: The finite forms of ``say`` and ``tell`` (a closed class): a cue form in ``-s`` right
#: before one of them is a plural noun (``suspects said``, ``claims told``), never a verb.
_SAY_FORMS = frozenset({"said", "says", "say", "told", "tells", "tell"})

_VERB_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should",
                          "shall", "did", "does", "do", "they", "we", "i", "you", "not", "also"})


#: the most modifiers before a plural subject noun (``local rice farmers``)
_GROUP_MODIFIERS = 2


def _group_subject(doc: Doc, k: int) -> bool:
    """Word ``k`` is a plural subject noun (``traders``, ``critics``, ``local farmers``,
    ``Dairy farmers``) that opens its clause: a base form after it is a verb (``critics call
    it``, ``Local farmers fear the dam will …``), not a noun. A relative pronoun opens the
    clause too (``the deal, which residents claim is unlawful``): its subject follows it."""
    t = tables()
    w = doc.low[k]
    if w not in t.groups and not (w.endswith(("s", "men")) and t.names_people(w)):
        return False
    m = k
    for _ in range(_GROUP_MODIFIERS + 1):
        if m == 0 or not doc.joined(m - 1) or doc.low[m - 1] in DETS or doc.text[doc.starts[m]].isupper() \
                or doc.low[m - 1] in grammar.RELATIVES:
            return True
        if doc.low[m - 1] in words().stop or cue_at(doc, m - 1) is not None:
            return False
        m -= 1
    return False


def _document_subject(doc: Doc, k: int) -> bool:
    """Word ``k`` ends the subject of a verb of finding (``data from the survey show
    that``, ``the records suggest``): a written source (``data``, ``figures``, ``survey``) is
    never the modifier of a noun of saying, so a base form after it is a verb."""
    from .plausible import speaker_words

    documents = speaker_words().documents
    if doc.low[k] in documents and doc.text[doc.starts[k]].islower():
        return True
    for m in range(k - 1, max(-1, k - _DOCUMENT_PHRASE), -1):  # "data from the 2014 Community Survey show"
        if not doc.joined(m):
            return False
        if doc.low[m] in _RECORD_OF:
            return m > 0 and doc.joined(m - 1) and doc.low[m - 1] in documents
    return False


#: The most words of a document's subject phrase after its head (``data from the 2014
#: American Community Survey``).
_DOCUMENT_PHRASE = 8


#: Words that open an object right after a verb (``calls its plan``, ``calls it``).
_OBJECT_OPENERS = frozenset({"it", "him", "her", "them", "its", "his", "their", "the", "this", "that"})


def _subject_then_object(doc: Doc, i: int, j: int) -> bool:
    """``the government calls its plan a "…"``: an -s form between a determiner's noun
    and an object opener is a verb (``the calls the minister made`` has no noun before)."""
    if i < 2 or j + 1 >= len(doc.low) or not (doc.joined(i - 1) and doc.joined(i - 2) and doc.joined(j)):
        return False
    return doc.low[i - 2] in ("the", "a", "an", "this", "that") and doc.low[i - 1] not in DETS \
        and doc.text[doc.starts[i - 1]].islower() and doc.low[j + 1] in _OBJECT_OPENERS


def _after_past_form(doc: Doc, i: int) -> bool:
    """Word ``i`` follows a lower-case past form (``had received reports that``,
    ``dismissed claims that``): an -s form there is that verb's object noun."""
    if i == 0 or not doc.joined(i - 1):
        return False
    prev = doc.low[i - 1]
    return len(prev) > 4 and prev.endswith("ed") and doc.text[doc.starts[i - 1]].islower()


def _verb_context(doc: Doc, i: int, j: int) -> bool:
    """An -s form that is also a plural noun is a verb after a pronoun or a name, or before
    "that", a colon or a quotation mark."""
    if i > 0 and doc.joined(i - 1):
        prev = doc.low[i - 1]
        if prev in ("he", "she", "it", "also", "now", "still", "who", "which") or (
            doc.text[doc.starts[i - 1]].isupper() and prev not in DETS and i - 1 > 0
            and not doc.text[doc.starts[i - 2]].isupper()
        ):
            return True
    after = doc.text[doc.ends[j] : doc.ends[j] + 3].lstrip()
    if after[:1] in (":", "\"", "\u201c", ","):
        return True
    if _subject_then_object(doc, i, j):
        return True
    if j + 1 < len(doc.low) and doc.joined(j) and doc.low[j + 1] in _AUXILIARIES and _relative_subject(doc, i):
        return True
    return j + 1 < len(doc.low) and doc.low[j + 1] == "that" and not _relative_that(doc, j + 1)


def _relative_subject(doc: Doc, i: int) -> bool:
    """Word ``i`` follows the subject of a relative clause (``which the union claims is
    unlawful``): a relative pronoun, an optional determiner and one lower-case noun. The
    pronoun is the subject of the clause reported, so an auxiliary follows the -s form at
    once, and the -s form is the relative clause's verb, not a noun."""
    k = i - 1
    if k < 1 or not doc.joined(k) or not doc.text[doc.starts[k]].islower():
        return False
    k -= 1
    if doc.low[k] in DETS and k > 0 and doc.joined(k):
        k -= 1
    return doc.low[k] in grammar.RELATIVES and doc.joined(k)


#: Auxiliaries that, right after ``that``, make it a relative pronoun (the clause's subject).
_AUXILIARIES = grammar.MODALS | frozenset({"is", "are", "was", "were", "has", "have", "had"})


def _relative_that(doc: Doc, k: int) -> bool:
    """The ``that`` at word ``k`` is a relative pronoun: a finite verb follows it at once
    (``loan guarantees that could be announced``, ``claims that were rejected``); a
    complementiser's clause has a subject of its own first."""
    return doc.low[k] in ("that", "which") and k + 1 < len(doc.low) and doc.joined(k) and doc.low[k + 1] in _AUXILIARIES


#: Adverbs that are conjunctions right after a phrase (``praised the school yet said``) and
#: adverbs only after an auxiliary or ``not`` (``has yet to say``, ``not yet said``).
_CONJUNCTION_ADVERBS = frozenset({"yet"})


def _after_auxiliary(doc: Doc, j: int) -> bool:
    """Word ``j`` follows an auxiliary, a modal or ``not`` (a listed skip word) in its phrase."""
    return j > 0 and doc.joined(j - 1) and doc.low[j - 1] in words().skip


def _is_adverb(doc: Doc, j: int) -> bool:
    """Word ``j`` before a cue is an adverb: a listed one, an ``-ly`` form, or any
    lower-case word between a modal and the cue (``might well conclude``)."""
    w = doc.low[j]
    wl = words()
    if w in _CONJUNCTION_ADVERBS and not _after_auxiliary(doc, j):
        return False  # "praised the school yet said …": a conjunction, not "has yet said"
    if w in wl.skip:
        return True
    if j > 0 and doc.low[j - 1] in grammar.MODALS and doc.joined(j - 1) and doc.text[doc.starts[j]].islower():
        return True
    return w.endswith("ly") and doc.text[doc.starts[j]].islower() and w not in wl.not_adverbs


def _cap(doc: Doc, j: int) -> bool:
    c = doc.text[doc.starts[j]]
    return c.isupper() or c.isdigit()


def subject_before(doc: Doc, cue: Cue, lo: int) -> tuple[NP | None, str]:
    """The subject noun phrase ending just before ``cue`` (not before ``lo``).

    Returns ``(np, why)`` where ``why`` is ``""`` for a plain subject, ``"rel"`` when the
    subject was reached through a relative pronoun, ``"comma"`` when a comma stands
    right before the cue (apposition or coordination), ``"and"`` after a conjunction,
    ``"to"`` for an infinitive, or ``"none"``.

    Kept on the ``doc`` per cue and bound: the readers of an article's cues ask again for
    the subjects they share (a quarter of the calls).
    """
    key = (cue, lo)
    got = doc.subjects.get(key)
    if got is None:
        got = doc.subjects[key] = _subject_before(doc, cue, lo)
    return got


def _subject_before(doc: Doc, cue: Cue, lo: int) -> tuple[NP | None, str]:
    """:func:`subject_before`, unremembered."""
    j, answer = _subject_end(doc, cue, lo)
    if answer is not None:
        return answer
    w = doc.low[j]
    if w not in tables().pronouns and not pron_stem(w):
        np = _before_relative(doc, j, lo) or _opening_relative(doc, j, lo)
        if np is not None:
            return np, ""
    stem = pron_stem(w)
    if stem:
        return NP(doc.starts[j], doc.starts[j] + len(stem), j, j), ""
    if w in ("and", "but", "or") or w in _CONJUNCTION_ADVERBS:
        return None, "and"
    if w == "to":
        return None, "to"
    if w in ("who", "which", "that"):
        return _relative_antecedent(doc, j, lo)
    if share_start(doc, j, lo) is not None:
        return _quantified_relative(doc, j, lo)
    return _subject_ending_at(doc, j, lo)


#: The most words of the share before ``of whom`` (``many``, ``a majority``, ``40 percent``).
_SHARE_WORDS = 2


def share_start(doc: Doc, j: int, lo: int) -> int | None:
    """The first word of a share of a relative clause's antecedent (``many of whom``,
    ``40 percent of which``) whose relative pronoun is word ``j``, set off by a comma after
    the antecedent; None when ``j`` opens no such share."""
    if j < 3 or doc.low[j] not in ("whom", "which") or doc.low[j - 1] != "of" or not doc.joined(j - 1) \
            or not doc.joined(j - 2):
        return None
    q = j - 2
    while q > 0 and j - 1 - q < _SHARE_WORDS and doc.joined(q - 1) and doc.starts[q - 1] >= lo:
        q -= 1
    opens = doc.text[doc.starts[q]].islower() or doc.low[q][:1].isdigit()
    return q if q >= 1 and doc.starts[q - 1] >= lo and doc.gap(q - 1).strip() == "," and opens else None


def _quantified_relative(doc: Doc, j: int, lo: int) -> tuple[NP | None, str]:
    """``residents, many of whom say …``, ``the growers, most of whom oppose …``: a share of
    the antecedent before the comma speaks; the words from the share to the relative
    pronoun at word ``j`` show it (as ``who`` does for ``Kamin, who said``)."""
    q = share_start(doc, j, lo)
    np = _scan_left(doc, q - 1, lo) if q is not None else None
    if q is None or np is None:
        return None, "none"
    return NP(np.start, np.end, np.first, np.last, (doc.starts[q], doc.ends[j])), "rel"


def _subject_end(doc: Doc, cue: Cue, lo: int) -> tuple[int, tuple[NP | None, str] | None]:
    """The word a subject before ``cue`` would end at, past the adverbs, a time and a
    parenthesis between them; with the answer already when there is none (the clause's
    start) or a comma stands there (an aside's subject before it, else ``"comma"``)."""
    j = cue.first - 1
    while j >= 0 and doc.starts[j] >= lo and doc.joined(j) and _is_adverb(doc, j) and not quantifier_subject(doc, j):
        j -= 1  # "they both said" (an adverb), but "Both said" (the subject)
    timed = _skip_time(doc, j, lo)
    if timed != j and timed >= 1 and doc.starts[timed - 1] >= lo and doc.joined(timed - 1) \
            and _participle_form(doc, timed) and _noun_before(doc, timed - 1):
        timed -= 1  # "A report released Tuesday found": the participle and its time modify the report
    j = timed
    if j < 0 or doc.starts[j] < lo:
        return j, (None, "none")
    j2 = _skip_paren(doc, j, lo)
    if j2 != j:
        return j2, None
    if not doc.joined(j):
        if doc.gap(j).strip() == ",":
            np = _before_aside(doc, j, lo)
            return j, ((np, "") if np is not None else (None, "comma"))
        return j, (None, "none")
    return j, None


def caused_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``The drought has led the water board to warn that …``, ``forced the chief executive,
    who had denied it for months, to admit that …``: the object of a causative verb is the
    subject of the infinitive cue after it (past a relative aside set off by commas); None
    when no causative verb and speaking object stand before the cue's ``to``."""
    j = cue.first - 1
    if j < 1 or doc.low[j] != "to" or not doc.joined(j) or doc.starts[j - 1] < lo:
        return None
    end = j - 1 if doc.joined(j - 1) else _before_relative_aside(doc, j - 1, lo)
    np = _scan_left(doc, end, lo) if end is not None else None
    if np is None or np.first == 0 or not doc.joined(np.first - 1) or doc.starts[np.first - 1] < lo:
        return None
    if doc.low[np.first - 1] not in words().causatives or not can_speak(doc, np):
        return None
    return np


def _before_relative_aside(doc: Doc, k: int, lo: int) -> int | None:
    """The last word before a relative aside ending at word ``k`` (``, who had denied it
    for months,``), or None when no aside opened by ``who`` or ``which`` ends there."""
    if doc.gap(k).strip() != ",":
        return None
    m = k
    while m > 0 and k - m < _LONG_RELATIVE and doc.starts[m] >= lo and in_phrase(doc, m - 1):
        m -= 1
    if m < 2 or doc.low[m] not in ("who", "which") or doc.gap(m - 1).strip() != ",":
        return None
    return m - 1


def _relative_antecedent(doc: Doc, j: int, lo: int) -> tuple[NP | None, str]:
    """A relative pronoun at ``j`` before the cue: the antecedent ending before it (maybe
    after a comma) speaks."""
    k = j - 1
    if k < 0 or doc.starts[k] < lo:
        return None, "none"
    if doc.low[k] in _RELATIVE_JOINS and doc.joined(k):
        first = first_relative(doc, k, lo, doc.low[j])
        if first is not None:  # "Berg, who was hired in 2019 and who says …": the first one's antecedent
            np, why = _relative_antecedent(doc, first, lo)
            return (_shown(np, doc, j), why) if np else (None, "none")
    if doc.gap(k).strip() == "),":
        k = _skip_paren(doc, k, lo)  # "the National Union of Students (NUS), which organised"
    elif doc.gap(k).strip() != "," and not doc.joined(k):
        return None, "none"
    np = _past_origin(doc, _past_age(doc, _scan_left(doc, k, lo), lo), lo)
    return (_shown(np, doc, j), "rel") if np else (None, "none")


#: Conjunctions joining a second relative clause to the first (``who … and who says``).
_RELATIVE_JOINS = frozenset({"and", "but", "or"})
#: The most words between two coordinated relative pronouns.
_RELATIVE_SPAN = 30


def first_relative(doc: Doc, k: int, lo: int, rel: str) -> int | None:
    """The relative pronoun ``rel`` that opened the first of two relative clauses joined by
    the conjunction at word ``k`` (``, who was hired in 2019 and who says``), set off by a
    comma after its antecedent; None when there is none within reach."""
    m = k - 1
    while m > 0 and k - m <= _RELATIVE_SPAN and doc.starts[m] >= lo:
        if doc.low[m] == rel:
            return m if doc.gap(m - 1).strip() == "," else None
        m -= 1
    return None


#: Words after which a new clause opens (its subject follows).
_CLAUSE_LINKS = frozenset({"and", "but", "yet", "while", "though", "although", "because", "since", "that", "so",
                           "as", "when", "where", "if"})


def quantifier_subject(doc: Doc, j: int) -> bool:
    """Word ``j`` is a quantifier standing alone as a plural subject (``Many fear``, ``but
    few expect``, ``Both believe``): one of ``quantifier_subjects`` opening its clause (the
    sentence, a dash, a conjunction or an opening adverbial's comma before it). After
    another comma or a parenthesis it floats after the subject (``Merkley and Brown (D-Ohio) all said``, ``X and Y, lawyers, both
    declined``)."""
    if doc.low[j] not in words().quantifier_subjects:
        return False
    if j == 0 or doc.low[j - 1] in _CLAUSE_LINKS:
        return True
    gap = doc.gap(j - 1)
    if gap.strip() == ",":
        return _after_opening(doc, j)
    return "\n" in gap or gap.strip()[-1:] in (".", "!", "?", ";", ":", "\u2014", "\u2013", "-")


#: The most words of an opening adverbial before its comma (``In the mining towns of the
#: north,``).
_OPENING_WORDS = 8


def _after_opening(doc: Doc, j: int) -> bool:
    """Word ``j`` follows the comma of an adverbial opening its sentence (``Furthermore,
    some predict``, ``In the village, many fear``): the sentence's first word opens an
    adverbial (``intro``, or an ``-ly`` adverb), a short way back."""
    first = doc.word_at(doc.sentence(doc.starts[j])[0])
    w = doc.low[first]
    return j - first <= _OPENING_WORDS and (w in words().intro or w.endswith("ly"))


def _subject_ending_at(doc: Doc, j: int, lo: int) -> tuple[NP | None, str]:
    """The subject whose last word is ``j``: a pronoun, else the noun phrase read leftwards
    (or the one before a participle phrase when that cannot speak); never a stop word or
    another cue."""
    wl = words()
    w = doc.low[j]
    if w in tables().pronouns or quantifier_subject(doc, j):
        return NP(doc.starts[j], doc.ends[j], j, j), ""
    if w in wl.stop and w not in DETS:
        return None, "none"
    if not _cap(doc, j) and cue_at(doc, j) is not None and w not in tables().groups:
        return None, "none"
    if w.isdigit() and j >= 2 and doc.low[j - 1] in ("in", "since", "by") and doc.joined(j - 1) \
            and doc.joined(j - 2) and doc.low[j - 2] in ("who", "which"):
        np = _scan_left(doc, j - 3, lo) if j >= 3 and doc.starts[j - 3] >= lo else None
        return (_shown(np, doc, j - 2), "rel") if np else (None, "none")  # "McConnell, who in 2010 said"
    np = _scan_left(doc, j, lo)
    if np is not None and _a_time(doc, np.first, np.last):
        np = _time_of_noun(doc, np, lo) or np
    if np is not None:
        np = _past_time_words(doc, np)
    if np is not None:
        np = _person_of(doc, np, lo) or _person_list(doc, np, lo)
    held = modified_head(doc, np.first if np is not None else j + 1, lo, np)
    if held is not None:
        return held, ""
    if np is not None and not can_speak(doc, np) and (not _cap(doc, j) or _a_time(doc, j, j)):
        np2 = _before_participle(doc, j, lo) or _document_of(doc, np, lo) or _joined_of_object(doc, np, lo)
        if np2 is not None:
            return np2, ""
    return np, "" if np else "none"


def _past_time_words(doc: Doc, np: NP) -> NP:
    """The phrase without the time adverbial that opens it (``Shortly after 3:30 Tuesday
    morning someone called``: ``30 Tuesday morning someone`` is ``someone``): a clock's
    number, a weekday or month and a part of the day stand before a subject, never in it."""
    sw = speaker_words()
    k = np.first
    while k < np.last and (doc.low[k] in sw.named_times or doc.low[k] in sw.times or
                           (doc.low[k].isdigit() and len(doc.low[k]) <= 2)):
        k += 1
    if k == np.first or not any(doc.low[x] in sw.named_times or doc.low[x] in sw.times for x in range(np.first, k)):
        return np
    return NP(doc.starts[k], np.end, k, np.last)


def _a_time(doc: Doc, first: int, last: int) -> bool:
    """Words ``first`` to ``last`` are a time only: a year, a weekday or month, and a day's
    number beside one of those (``2019``, ``March 2022``, ``April 22``); a number alone is
    a count (``up from 38``)."""
    named = speaker_words().named_times
    span = doc.low[first : last + 1]
    return any(_YEAR.fullmatch(w) or w in named for w in span) and all(
        _YEAR.fullmatch(w) or w in named or (w.isdigit() and len(w) <= 2) for w in span)


#: Prepositions that join a time to the noun before it (``an audit in March 2022``,
#: ``records from 2019``, ``the census of 2010``).
_TIME_OF = frozenset({"in", "from", "of", "since"})


def _time_of_noun(doc: Doc, np: NP, lo: int) -> NP | None:
    """``An audit in March 2022 said``, ``Records from 2019 showed``: a time never speaks
    (``plausible``); read as the subject, it is the object of a preposition after a noun,
    and the noun heads the subject, the time after it saying when. The phrase from the
    noun (or the document it is the object of: ``a review of port spending in 2025``) to
    the time; None when no noun that can speak or report stands before the preposition
    (``In 2019 said``, ``a study carried out in 2024``)."""
    k = np.first - 1
    while k >= 0 and doc.starts[k] >= lo and doc.joined(k) and doc.low[k] in speaker_words().named_times:
        k -= 1  # "in March 2022": the month the scan left out
    if k < 1 or doc.starts[k - 1] < lo or doc.low[k] not in _TIME_OF or not doc.joined(k) \
            or not doc.joined(k - 1):
        return None
    w = doc.low[k - 1]
    if w in words().stop or w in DETS or w in grammar.PREPOSITIONS or cue_at(doc, k - 1) is not None \
            or (w.endswith("ed") and not _cap(doc, k - 1)):
        return None  # "A group formed in 2024 said": the participle's own reader
    head = _scan_left(doc, k - 1, lo)
    if head is None:
        return None
    if not (can_speak(doc, head) or a_document_head(doc, head.last)):
        head = _document_of(doc, head, lo)
    return None if head is None else NP(head.start, np.end, head.first, np.last)


def _person_of(doc: Doc, np: NP, lo: int) -> NP | None:
    """``Ann Roe of the Harbour Workers Union said``, ``economist Tom Hale of Reuters
    said``: a person named right before ``of`` heads the subject, and the phrase after
    ``of`` only says where she works or comes from; the person's phrase (with any title
    before the name), else None."""
    k = next((i for i in range(np.first - 1, np.last) if doc.low[i] == "of"), None)  # before or inside it
    if k is None or k < 1 or not doc.joined(k) or not doc.joined(k - 1) or doc.starts[k - 1] < lo:
        return None
    near = doc.persons_in(max(lo, doc.starts[k - 1] - _NAME_REACH), doc.ends[k - 1])
    if not any(p.end == doc.ends[k - 1] and p.start >= lo for p in near):
        return None
    return _scan_left(doc, k - 1, lo)


#: The most characters of a person's name read back from its last word.
_NAME_REACH = 60


#: The most speakers of a list read before its last two (``A, B, C and D said``).
_LIST_PERSONS = 4


def _person_list(doc: Doc, np: NP, lo: int) -> NP:
    """``Ann Roe, Ben Oti and Tom Kay said``, ``The union, the growers and Ann Roe said``:
    speakers listed with commas before a phrase of two speakers joined by ``and`` are its
    first conjuncts. The list reads back while the words before each comma end a person
    mention or a plain phrase that can speak by itself (no verb, adverb or preposition:
    ``The union``, ``the harbour board``), and the list must open its clause. A common noun
    right before a person (``The mayor, Ann Roe and …``) may be her apposition, and anything
    else before the comma (a role with a preposition, an adverbial: ``After the vote, …``)
    leaves the phrase as it was."""
    if not any(doc.low[k] == "and" for k in range(np.first + 1, np.last)):
        return np
    first = np.first
    for _ in range(_LIST_PERSONS):
        if first < 1 or doc.gap(first - 1).strip() != ",":
            break
        before = [p for p in doc.persons_in(max(lo, doc.starts[first - 1] - 60), doc.ends[first - 1])
                  if p.end == doc.ends[first - 1] and p.start >= lo]
        if before:
            first = doc.word_at(before[0].start)
            continue
        listed = _listed_phrase(doc, first - 1, lo)
        if listed is None or _person_opens(doc, first):
            break
        first = listed.first
    if first == np.first or not (doc.starts[first] == lo or first == 0 or doc.gap(first - 1).strip() == ","):
        return np  # "After meeting Ann Roe, Ben Oti and Tom Kay said": the first name is an object
    return NP(doc.starts[first], np.end, first, np.last)


def _listed_phrase(doc: Doc, k: int, lo: int) -> NP | None:
    """The plain speaking phrase ending at word ``k`` before a list's comma (``The union``,
    ``the harbour board``): no verb, adverb or stop word but determiners, never a time."""
    got = _scan_left(doc, k, lo)
    if got is None or got.last != k:
        return None
    stop = words().stop
    if any(_verb_or_adverb(doc.low[w]) or (doc.low[w] in stop and doc.low[w] not in DETS)
           for w in range(got.first, got.last + 1)):
        return None
    return got if can_speak(doc, got) and not implausible(doc, got.start, got.end) else None


def _person_opens(doc: Doc, k: int) -> bool:
    """A person mention starts at word ``k`` (possibly after a title)."""
    return any(p.start <= doc.starts[k] < p.end or p.start == doc.ends[k] + 1
               for p in doc.persons_in(doc.starts[k], doc.ends[min(k + 1, len(doc.ends) - 1)]))


_TIME_LEAD = frozenset({"last", "this", "next", "on", "early", "late", "earlier", "later", "that", "every"})


def _skip_time(doc: Doc, j: int, lo: int) -> int:
    """``a report released last year found``, ``officials on Monday said``: a time
    adverbial between a subject and its cue is skipped like an adverb (a time is never the
    subject); returns the word before it, or ``j`` when word ``j`` ends no time phrase."""
    from .plausible import speaker_words

    sw = speaker_words()
    if j < 0 or doc.starts[j] < lo or not doc.joined(j):
        return j  # "…next week, said X": punctuation ends the subject's side
    w = doc.low[j]
    named = w in sw.named_times
    if not (named or (w in sw.times and doc.text[doc.starts[j]].islower())):
        return j
    k = j
    if k >= 1 and doc.joined(k - 1) and doc.low[k - 1] in _TIME_LEAD and doc.starts[k - 1] >= lo:
        k -= 1
    elif not named:
        return j  # "the year said" is no adverbial: a bare time noun needs "last", "this" …
    if k >= 1 and doc.joined(k - 1) and doc.starts[k - 1] >= lo:
        return k - 1
    return j


#: The most words between the head of a subject and the phrase before its cue, across the
#: participle phrase or relative clause modifying the head (``Police searching for a walker
#: missing in the hills for three days said``).
_MODIFIER_SPAN = 16


def modified_head(doc: Doc, first: int, lo: int, phrase: NP | None = None) -> NP | None:
    """``Doctors treating the injured miners said``, ``Teachers who taught the boy said``:
    when the phrase before a cue (``phrase``, first word ``first``) stands inside a
    participle phrase or a relative clause that modifies a subject opening its clause, that
    subject speaks, not the participle's object. None when no such modifier opens within
    reach: a clause link or a cue word between them starts another clause (``warnings that
    engineers said``), and punctuation ends the search."""
    k = first - 1
    while k >= 1 and first - k <= _MODIFIER_SPAN and doc.starts[k - 1] >= lo and in_phrase(doc, k):
        if _modifier_opener(doc, k):
            if not _held_by_modifier(doc, k, first, phrase):
                return None
            if doc.low[k + 1] in _REFLEXIVES:
                return None  # "A group calling itself Depositors United": the name is the group's
            head = _scan_left(doc, k - 1, lo) if in_phrase(doc, k - 1) else None
            if head is None:
                return None
            head = _share_of(doc, head, lo)
            if (can_speak(doc, head) or a_document_head(doc, head.last)) and _opens_clause(doc, head.first, lo):
                return head  # "A memo sent to staff on Monday said": the memo, not the staff
            k = head.first  # the head is inside another modifier (``a walker missing in …``)
        elif doc.low[k] in _CLAUSE_LINKS or (not _cap(doc, k) and cue_at(doc, k) is not None):
            return None
        k -= 1
    return None


#: Prepositions that also open a clause (``after Banco Meridiano agreed``).
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "until", "since", "as"})


def _held_by_modifier(doc: Doc, k: int, first: int, phrase: NP | None) -> bool:
    """The phrase at ``first`` lies inside the modifier opening at word ``k``. A past
    participle's phrase reaches it only through a preposition (``injured in the blast``),
    never past a verb of saying or thinking (``Polls published on Thursday show 58% of
    Germans think``), and a preposition that can open a clause reaches no further than a
    phrase right after it that cannot speak (``arrested after the riot``; not ``Union
    leaders celebrated on Tuesday after Banco Meridiano agreed``)."""
    if doc.low[k].endswith("ing") or doc.low[k] in ("who", "that", "which"):
        return True
    before = doc.low[first - 1]
    if before not in words().prepositions and before not in _AFTER_PARTICIPLE:
        return False
    cues = lexicon().cls
    for i in range(k + 1, first):
        w = doc.low[i]
        if w in cues or (w in _CLAUSE_PREPOSITIONS and (i + 1 != first or phrase is None or can_speak(doc, phrase))):
            return False
    return True


#: Reflexive objects: a participle with one names its head (``calling itself``).
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
#: Words for a share of a group before ``of`` (``One of the doctors``, ``two of the miners``).
_SHARES = frozenset({"one", "two", "three", "four", "five", "each", "none", "any"})


def _share_of(doc: Doc, np: NP, lo: int) -> NP:
    """``One of the doctors``, ``some of the miners``: a share before ``of`` heads the phrase."""
    p = np.first - 1
    if p < 1 or doc.low[p] != "of" or not in_phrase(doc, p - 1) or not in_phrase(doc, p) or doc.starts[p - 1] < lo:
        return np
    w = doc.low[p - 1]
    if w in _SHARES or w in words().quantifier_subjects or w.isdigit():
        return NP(doc.starts[p - 1], np.end, p - 1, np.last)
    return np


def _modifier_opener(doc: Doc, k: int) -> bool:
    """Word ``k`` opens a modifier after a noun: a lower-case present participle
    (``searching``, ``treating``; not a noun in ``-ing``, not a gerund after a preposition:
    ``accused of taking``), a past participle before its preposition (``injured in``,
    ``accused of``: :mod:`.participles`) or ``who`` before a lower-case verb (``who
    taught``; ``the man who Kerry said`` has the name as the subject)."""
    w = doc.low[k]
    if not doc.text[doc.starts[k]].islower() or k + 1 >= len(doc.starts):
        return False
    if w == "who":
        after = doc.low[k + 1]
        return doc.text[doc.starts[k + 1]].islower() and after not in DETS and after not in tables().pronouns
    if w in ("that", "which") and k > 0 and doc.joined(k - 1) and doc.joined(k):
        return _relative_that(doc, k) or doc.low[k + 1] in words().irregular_past or (
            doc.low[k + 1].endswith("ed") and doc.text[doc.starts[k + 1]].islower())  # "the ferry that sank"
    if _past_participle_opener(doc, k):
        return True
    before = doc.low[k - 1]
    if not w.endswith("ing") or len(w) <= 5 or w in words().ing_nouns or w in words().stop or before in DETS \
            or before in words().prepositions:
        return False
    return _opens_object(doc, k + 1)


def _past_participle_opener(doc: Doc, k: int) -> bool:
    """``A woman injured in the blast said``: a reduced relative opens at word ``k``; a verb
    of saying there is a finite verb (``Police confirmed on Monday the driver said``) unless
    it is a blame participle before its preposition (``A treasurer accused of …``)."""
    if not past_participle_opens(doc, k, words().prepositions | _AFTER_PARTICIPLE):
        return False
    return cue_at(doc, k) is None or blame_preposition(doc, k) or sent_to_place(doc, k, DETS)


#: Words after which a participle's object or adjunct opens (``searching for``, ``near``,
#: ``sent to``, ``married to``, ``opposed to``).
_AFTER_PARTICIPLE = frozenset({"near", "outside", "inside", "across", "along", "around", "behind", "beside", "to"})


def _opens_object(doc: Doc, j: int) -> bool:
    """Word ``j`` opens a participle's object or adjunct: a determiner, a preposition, an
    object pronoun, a number or a name; a lower-case noun after an ``-ing`` word makes a
    compound instead (``boarding school``, ``fishing town``, ``mining company``)."""
    w = doc.low[j]
    return (w in DETS or w in words().prepositions or w in _AFTER_PARTICIPLE or w in grammar.OBJECT_PRONOUNS
            or w[:1].isdigit() or _cap(doc, j))


def _opens_clause(doc: Doc, first: int, lo: int) -> bool:
    """Word ``first`` opens a clause: the text's or the clause's start, punctuation, a clause
    link or a verb of saying before it (``police said officers searching …``)."""
    p = first - 1
    if p < 0 or doc.starts[p] < lo or not in_phrase(doc, p):
        return True
    return doc.low[p] in _CLAUSE_LINKS or cue_at(doc, p) is not None


def can_speak(doc: Doc, np: NP) -> bool:
    """A phrase that can be a speaker: a person, a pronoun, a name, an organisation, an
    outlet, a role or a group of people (``who`` after it says so: ``the docs who sent the
    letter``); not "protests", "the streets", "2010"."""
    if doc.persons_in(np.start, np.end) or _antecedent_of_who(doc, np.last):
        return True
    t = tables()
    if any(doc.text[doc.starts[k]].isupper() for k in range(np.first, np.last + 1)
           if doc.low[k] not in DETS and not doc.low[k][:1].isdigit()):
        last = doc.low[np.last]
        return not pron_stem(last) and last not in ("all", "this", "that")
    head = doc.low[np.last]
    if head in t.pronouns or pron_stem(head):
        return head not in ("that", "which", "this") and pron_stem(head) not in ("that", "there", "what", "here")
    if np.first == np.last and head in t.roles and head not in t.groups and not head.endswith("s"):
        return False  # "family support services", "patient care": a lone singular noun modifies
    return _speaking_head(head) or _speaking_head(_head_before_of(doc, np))


def _speaking_head(head: str) -> bool:
    """A head noun of people, a role, an organisation or an outlet."""
    t = tables()
    return (t.names_people(head) or head in t.org_heads
            or head in t.outlet_heads or head in t.group_names
            or (head.endswith("s") and head[:-1] in t.org_heads))


def _head_before_of(doc: Doc, np: NP) -> str:
    """The head before the first ``of`` of a phrase (``The owner of the ferry``: the owner
    speaks, not the ferry); empty when there is none."""
    for k in range(np.first + 1, np.last):
        if doc.low[k] == "of":
            return doc.low[k - 1]
    return ""


def _antecedent_of_who(doc: Doc, j: int) -> bool:
    """Word ``j`` is followed by ``who`` in its phrase: a person or a group of people."""
    return j + 1 < len(doc.low) and doc.low[j + 1] == "who" and in_phrase(doc, j)


def _before_participle(doc: Doc, j: int, lo: int) -> NP | None:
    """``Protesters marching through the streets chanted``, ``Shoppers interviewed outside
    the mall said``, ``Economists polled by the agency expect``: the noun before a
    participle phrase that ends at word ``j`` (a present participle, or a past one opening
    its phrase with a preposition)."""
    k = j
    while k > 0 and j - k < _ASIDE and doc.joined(k - 1) and doc.starts[k - 1] >= lo:
        k -= 1
        if _cap(doc, k + 1) or doc.gap(k).strip():
            return None
        if (doc.low[k + 1].endswith("ing") or _past_before_preposition(doc, k + 1)) and k + 1 < j:
            np = _scan_left(doc, k, lo)
            if np is not None and can_speak(doc, np):
                return np
            return None
    return None


#: Prepositions between a document and what it records (``video of the incident``,
#: ``footage from the scene``).
_RECORD_OF = frozenset({"of", "from", "by"})


def _document_of(doc: Doc, np: NP, lo: int) -> NP | None:
    """``Video of the incident shows``, ``Footage from the scene showed``: a phrase that
    cannot speak, after ``of`` or ``from`` and a document head, is what the document
    records; the document heads the subject. None when no document stands there."""
    p = np.first - 1
    if p < 1 or doc.starts[p - 1] < lo or doc.low[p] not in _RECORD_OF or not doc.joined(p) \
            or not doc.joined(p - 1) or not a_document_head(doc, p - 1):
        return None
    written = _scan_left(doc, p - 1, lo)
    return None if written is None else NP(written.start, np.end, written.first, np.last)


#: The most words of the first conjunct between ``of`` and ``and`` (``Importers of rice
#: and cooking oil``).
_FIRST_CONJUNCT = 3


def _joined_of_object(doc: Doc, np: NP, lo: int) -> NP | None:
    """``Importers of rice and cooking oil said``: a phrase that cannot speak, after ``and``
    and a first conjunct after ``of``, is the second object of the ``of``; the noun before
    ``of`` heads the subject when it can speak. None otherwise."""
    k = np.first - 1
    if k < 2 or doc.low[k] != "and" or not doc.joined(k):
        return None
    for p in range(k - 2, max(k - 2 - _FIRST_CONJUNCT, 0), -1):
        if doc.starts[p - 1] < lo or not doc.joined(p) or not doc.joined(p - 1):
            return None
        if doc.low[p] == "of":
            head = _scan_left(doc, p - 1, lo)
            if head is None or not can_speak(doc, head):
                return None
            return NP(head.start, np.end, head.first, np.last)
        if doc.low[p] in words().stop:
            return None
    return None


def _past_before_preposition(doc: Doc, k: int) -> bool:
    """Word ``k`` is a participle of asking whose phrase a preposition opens
    (``interviewed outside``, ``polled by``): a reduced relative after a noun."""
    return doc.low[k] in speaker_words().asked and k + 1 < len(doc.low) and doc.joined(k) \
        and (doc.low[k + 1] == "by" or doc.low[k + 1] in tables().modifier_prepositions)


#: The longest aside or relative clause between a subject and its cue (words).
_ASIDE = 10


def _before_aside(doc: Doc, j: int, lo: int) -> NP | None:
    """``a senior official, speaking on condition of anonymity, said``: the subject before
    a participle aside that ends at word ``j`` (a comma follows ``j``); a relative aside
    may be longer and hold a list of names (``The Families Group, which represents patients
    in Leeds, Manchester and Glasgow, said``: its commas end no aside)."""
    k = _aside_start(doc, j, lo)
    if k == 0 or (j - k >= _ASIDE and doc.low[k] not in ("who", "which")) or doc.starts[k - 1] < lo:
        return None
    if doc.gap(k - 1).strip() == ")," and doc.low[k] in ("who", "which") and doc.text[doc.starts[k]].islower():
        np = _scan_left(doc, _skip_paren(doc, k - 1, lo), lo)  # "the Union of Students (NUS), which …"
        return np if np is not None and can_speak(doc, np) else None
    if doc.gap(k - 1).strip() != ",":
        return None
    w = doc.low[k]
    if k == j and _AGE.fullmatch(w):
        np = _scan_left(doc, k - 1, lo)  # "The fisherman, 47, said": the age is the phrase's
        return np if np is not None and can_speak(doc, np) else None
    if w in ("and", "but") and k < j and doc.low[k + 1] in ("who", "which") and doc.starts[k - 1] >= lo:
        # "an operator who worked there until May, and who asked not to be named, said":
        # the second relative clause is coordinated with a first one, which ends at the comma
        # ("The minister, who visited the site, and who met the families, said": set off too)
        return _before_relative(doc, k - 1, lo) or _before_aside(doc, k - 1, lo)
    if not (doc.text[doc.starts[k]].islower() and (w.endswith("ing") or w in ("who", "which"))):
        named = [p for p in doc.persons_in(doc.starts[k], doc.ends[j]) if p.start == doc.starts[k]]
        if named and named[0].end == doc.ends[j] and doc.joined(k - 1) is False \
                and doc.low[k - 1] in tables().roles:
            # "the company's spokeswoman, Jane Doe, said": role and name together
            role = _scan_left(doc, k - 1, lo)
            if role is not None:
                return NP(role.start, doc.ends[j], role.first, j)
        return _appositive_name(doc, k, j, lo) or _described_name(doc, k, j)
    np = _past_origin(doc, _past_age(doc, _scan_left(doc, k - 1, lo), lo), lo)
    if np is None or (not tables().names_people(doc.low[np.last]) and not _cap(doc, np.last)):
        return None
    return np


#: An age set off by commas after a name (``Schiff, 56,``): one to three digits.
_AGE = regex.compile(r"\d{1,3}")


def _past_age(doc: Doc, np: NP | None, lo: int) -> NP | None:
    """``Maria Lopes, 55, who has worked the pans for years, said``: a bare number set off
    by commas after a name is that person's age, an apposition; the name before it, not the
    number, heads the aside (and speaks). Any other phrase is returned unchanged."""
    if np is None or np.first != np.last or not _AGE.fullmatch(doc.low[np.first]) or np.first == 0:
        return np
    k = np.first - 1
    if doc.starts[k] < lo or doc.gap(k).strip() != "," or not _cap(doc, k):
        return np
    name = _scan_left(doc, k, lo)
    return name if name is not None and doc.persons_in(name.start, name.end) else np


def _past_origin(doc: Doc, np: NP | None, lo: int) -> NP | None:
    """``John Carney, 52, from Bootle, who was at the top, said``: a place of origin set off
    by commas after a name (and its age) is an apposition; the person named before it, not
    the place, heads the aside. Any other phrase is returned unchanged."""
    if np is None or np.first < 2 or doc.low[np.first - 1] != "from":
        return np
    k = np.first - 2
    if doc.starts[k] < lo or doc.gap(k).strip() != ",":
        return np
    name = _past_age(doc, _scan_left(doc, k, lo), lo)
    return name if name is not None and doc.persons_in(name.start, name.end) else np


def _aside_start(doc: Doc, j: int, lo: int) -> int:
    """The first word of an aside ending at word ``j``: back to a comma (at most
    ``_LONG_RELATIVE`` words), past the commas of a list of names (``Leeds, Manchester and
    Glasgow``) when a relative pronoun opens the aside before them."""
    k = j
    while k > 0 and j - k < _LONG_RELATIVE and doc.starts[k - 1] >= lo:
        if in_phrase(doc, k - 1):
            k -= 1
        elif _list_comma(doc, k - 1, j) and _relative_before(doc, k - 1, j, lo):
            k -= 1
        else:
            break
    return k if j - k < _ASIDE or doc.low[k] in ("who", "which") else _short_aside_start(doc, j, lo)


def _short_aside_start(doc: Doc, j: int, lo: int) -> int:
    k = j
    while k > 0 and j - k < _ASIDE and in_phrase(doc, k - 1) and doc.starts[k - 1] >= lo:
        k -= 1
    return k


def _list_comma(doc: Doc, i: int, j: int) -> bool:
    """A comma after word ``i`` that joins names of a list: a capitalised word on each
    side, and ``and``/``or`` + a capitalised word ends the list by word ``j``."""
    if doc.gap(i).strip() != "," or not (_cap(doc, i) and i + 1 <= j and _cap(doc, i + 1)):
        return False
    return any(doc.low[m] in ("and", "or") and m + 1 <= j and _cap(doc, m + 1) for m in range(i + 1, min(j, i + 6)))


def _relative_before(doc: Doc, i: int, j: int, lo: int) -> bool:
    """A relative pronoun opens the aside holding word ``i`` (within ``_LONG_RELATIVE``
    words of ``j``, no other punctuation between)."""
    k = i
    while k > 0 and j - k < _LONG_RELATIVE and doc.starts[k] >= lo:
        if doc.low[k] in ("who", "which"):
            return doc.gap(k - 1).strip() == ","
        if not in_phrase(doc, k - 1) and not _list_comma(doc, k - 1, j):
            return False
        k -= 1
    return False


def _shown(np: NP, doc: Doc, k: int) -> NP:
    """``np`` speaking through the relative pronoun at word ``k`` (the mention the
    attribution is read from, as a personal pronoun is for ``he said``)."""
    return NP(np.start, np.end, np.first, np.last, (doc.starts[k], doc.ends[k]))


def _verb_after_that(doc: Doc, k: int) -> bool:
    """``that`` at word ``k`` is the subject of its clause (``officials that spoke to
    reporters``): a finite verb follows it, where a complementiser or an object relative
    is followed by a subject (``that reporters said``)."""
    if k + 1 >= len(doc.starts) or not doc.joined(k):
        return False
    w = doc.low[k + 1]
    return w in FINITE or past_form(w)


def _before_relative(doc: Doc, j: int, lo: int) -> NP | None:
    """``an official who asked not to be named said``, ``officials that spoke to reporters
    said``: the antecedent of a short relative clause (lower-case words only) ending at
    word ``j``."""
    k = j
    while k > 0 and j - k < _ASIDE and doc.joined(k - 1) and doc.starts[k - 1] >= lo:
        k -= 1
        if doc.low[k] in ("who", "which") or (doc.low[k] == "that" and _verb_after_that(doc, k)):
            if k == 0 or not doc.joined(k - 1) or doc.starts[k - 1] < lo:
                return None
            if _cap(doc, k + 1):
                return None  # "the senator who Kerry said …": Kerry is the subject
            np = _scan_left(doc, k - 1, lo)
            if np is None or not (tables().names_people(doc.low[np.last]) or _cap(doc, np.last)):
                return None
            return np
        if doc.gap(k).strip():
            return None
    return None


#: The longest relative clause after a clause-opening group of people (words).
_LONG_RELATIVE = 20


def _opening_relative(doc: Doc, j: int, lo: int) -> NP | None:
    """``Families of patients who died in the outbreak at St Teilo's Hospital say``: the
    people opening the clause speak, not a name at the end of their relative clause. The
    antecedent (a plural or role noun opening the clause, with its ``of`` phrase) must
    open the clause, so a longer ``who`` clause, names and possessive apostrophes in it,
    is safe to pass."""
    k = j
    while k > 0 and j - k < _LONG_RELATIVE and doc.starts[k - 1] >= lo and \
            (doc.joined(k - 1) or doc.gap(k - 1) in ("' ", "\u2019 ")):
        k -= 1
        if doc.low[k] == "who" and k > 0 and doc.joined(k - 1) and not _cap(doc, k + 1):
            return _clause_opening_people(doc, k - 1, lo)
    return None


def _clause_opening_people(doc: Doc, end: int, lo: int) -> NP | None:
    """Words from the clause's start (``lo``) to ``end``: people (``Families of patients``,
    ``The parents of two pupils``), their head a plural or role noun opening the clause
    and any ``of|for|from`` phrase after it; else None."""
    o = doc.word_before(lo) + 1 if lo > 0 else 0
    while o < end and doc.low[o] in DETS:
        o += 1
    head = doc.low[o]
    if not (_role_or_group(head) or (head.endswith("s") and len(head) > 4 and head not in words().stop)):
        return None
    if o + 1 <= end and doc.low[o + 1] not in ("of", "for", "from"):
        return None
    if any(not doc.joined(i) for i in range(o, end)):
        return None
    return NP(doc.starts[o], doc.ends[end], o, end)


#: function words that open a sentence and never start a subject ("But sources said")
_OPENERS = frozenset({"but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while",
                      "after", "before", "since", "because", "although", "though", "however",
                      "meanwhile", "then", "also", "for", "with", "from", "by", "to", "of"})

_POST_PREPS = frozenset({"in", "at", "from", "for", "with", "of", "to", "near", "against"})  # "advisers to the mayor"
#: Prepositions that place a body (``companies in Phnom Penh``, ``a delegation from Kenya``):
#: the place says where the body is, it does not speak.
_PLACE_OF_BODY = frozenset({"in", "at", "from", "near"})


def _body_noun(doc: Doc, k: int) -> bool:
    """Word ``k`` is a lower-case common noun for a body, singular or plural (``companies``,
    ``associations``, ``the office``): a place after it by :data:`_PLACE_OF_BODY` modifies
    it (``Fishing associations in Puntarenas said``: the associations speak, not the town)."""
    w = doc.low[k]
    return doc.text[doc.starts[k]].islower() and any(f in tables().org_heads for f in _singular_forms(w))


def _name_placed(doc: Doc, j: int, end: int) -> bool:
    """Word ``j`` (``in``, ``at``, ``from``, ``near``) places the capitalised name before it
    (``Brightline Research in Singapore said``, ``Ana Ruiz of Acme in Lima said``): the
    words after it, to the phrase's end, are one place the core gazetteer knows, and the
    word before ends a name (no weekday or month, no number). The place says where the
    body or the person is; it does not speak, as after a body's common noun
    (:func:`_body_noun`)."""
    if doc.low[j] not in _PLACE_OF_BODY or j < 1 or j >= end or not doc.joined(j - 1):
        return False
    before = doc.low[j - 1]
    if not doc.text[doc.starts[j - 1]].isupper() or before in speaker_words().named_times:
        return False
    return doc.gazetteer_over(doc.starts[j + 1], doc.ends[end]) is not None


def _role_or_group(w: str) -> bool:
    return tables().names_people(w)


def _body_or_people(doc: Doc, k: int) -> bool:
    """Word ``k`` is a head that speaks before ``of``/``for`` whatever follows: people or a
    body named by a common noun (``the association of municipalities``, ``the federation
    of small businesses``); a capitalised body is a name, whose own rule reads ``of`` only
    before another capital (``the Transport Ministry of ignoring …`` is no phrase)."""
    w = doc.low[k]
    return _role_or_group(w) or (w in tables().org_heads and not _cap(doc, k))


def _nested_head(doc: Doc, j: int) -> bool:
    """Word ``j`` (a preposition) follows ``<role> of|for <det> <noun>``: ``critics of the
    plan in Seoul``, ``residents of the village near Arusha``."""
    if j < 4 or not all(doc.joined(k) for k in range(j - 4, j)):
        return False
    return doc.low[j - 3] in ("of", "for") and doc.low[j - 2] in DETS and doc.text[doc.starts[j - 1]].islower() \
        and _role_or_group(doc.low[j - 4])


def _post_mod(doc: Doc, j: int) -> int:
    """If word ``j`` is the preposition of a post-modifier after a speaker noun
    (``people familiar with``, ``sources close to``, ``a person with knowledge of``),
    the index of that noun; else -1."""
    if j < 2 or not (doc.joined(j - 1) and doc.joined(j - 2)):
        return -1
    preps = tables().post_modifiers.get(doc.low[j - 1])
    if not preps or doc.low[j] not in preps:
        return -1
    k = j - 2
    if doc.low[k] in ("with", "without") and k >= 1 and doc.joined(k - 1):
        k -= 1  # "with knowledge of"
    return k if _role_or_group(doc.low[k]) else -1


#: Possessive determiners, each with the pronoun it resolves as (the owner of a claim).
_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}

_CONTRACTED = frozenset({"he", "she", "it", "that", "who", "there", "what", "here", "they", "we", "i"})


def pron_stem(w: str) -> str:
    """``he’s`` -> ``he`` (a contracted pronoun, "he is/has"); else ``""``."""
    if "'" not in w and "\u2019" not in w:
        return ""
    for suf in ("\u2019s", "'s", "\u2019d", "'d", "\u2019ll", "'ll", "\u2019ve", "'ve", "\u2019re", "'re"):
        if w.endswith(suf) and w[: -len(suf)] in _CONTRACTED:
            return w[: -len(suf)]
    return ""


def _skip_paren(doc: Doc, j: int, lo: int) -> int:
    """If a parenthesis ends right after word ``j`` ("Moore (D-Wis.) said"), the word
    before the parenthesis; else ``j``."""
    g = doc.gap(j)
    if not g.strip().lstrip(".").startswith(")") or "\n" in g:
        return j
    k = doc.text.rfind("(", max(lo, doc.starts[j] - 60), doc.ends[j])
    if k < 0:
        return j
    w = doc.word_before(k)
    if w < 0 or doc.starts[w] < lo or doc.text[doc.ends[w] : k].strip():
        return j
    return w


def _plural_possessive(doc: Doc, i: int) -> bool:
    """Word ``i`` is a plural possessive modifying the next word: inside a name (``the
    Small-Scale Fishers' Cooperative``, ``Welsh Nurses' Federation``) or before a common
    noun (``a drivers' union``, ``the supporters' trust``, ``the players' coach``): its apostrophe, unlike other
    punctuation, does not end the phrase. Both words are capitalised or both are not, and
    no quotation mark opens before the word (``called them 'liars' and`` is a quotation)."""
    if i + 1 >= len(doc.starts) or doc.gap(i) not in ("' ", "\u2019 ") or not doc.low[i].endswith("s"):
        return False
    if _cap(doc, i) != _cap(doc, i + 1) and not (_cap(doc, i) and doc.sentence(doc.starts[i])[0] == doc.starts[i]):
        return False  # "Residents' groups said": a first word's capital is the sentence's
    before = doc.text[max(0, doc.starts[i] - 1) : doc.starts[i]]
    return before not in ("'", "\u2018", "\u2019")


#: a currency sign opening an amount (``holds about $350 million``): inside a phrase
_CURRENCY_GAP = regex.compile(r"\s+[$€£¥]")
#: an ampersand or a slash between capitalised names (``Vidal & Moura``, ``NBC/MSNBC``): inside a phrase
_AMPERSAND_GAP = regex.compile(r"\s*&\s*|/")


def in_phrase(doc: Doc, i: int) -> bool:
    """Words ``i`` and ``i + 1`` belong to one phrase: nothing but space between them, the
    apostrophe of a plural possessive inside a name (``Filipino Seafarers' Welfare
    Alliance``), a currency sign before an amount (``about $350 million``), an ampersand or
    a slash between capitalised names (``Vidal & Moura``, ``NBC/MSNBC``) or a percent sign
    after a number (``a 7.25% stake``); a comma, a dash or a quotation mark ends a phrase, but the comma of a thousands separator (``some 90,000 members``) is in a
    number. The text's last word has no word after it to share a phrase with."""
    if i + 1 >= len(doc.starts):
        return False
    return doc.joined(i) or _plural_possessive(doc, i) or _thousands(doc, i) or _percent(doc, i) or (
        _CURRENCY_GAP.fullmatch(doc.gap(i)) is not None and doc.low[i + 1][:1].isdigit()) or (
        _AMPERSAND_GAP.fullmatch(doc.gap(i)) is not None and _cap(doc, i) and _cap(doc, i + 1))


def _percent(doc: Doc, i: int) -> bool:
    """A percent sign after a number, then a space (``a 7.25% stake in Mesa``)."""
    return doc.gap(i) == "% " and doc.low[i][-1:].isdigit()


def _thousands(doc: Doc, i: int) -> bool:
    """A comma with no space between digits and three digits (``90,000``): one number."""
    return doc.gap(i) == "," and doc.low[i][-1:].isdigit() and len(doc.low[i + 1]) >= 3 and \
        doc.low[i + 1][:3].isdigit()


def _described_name(doc: Doc, k: int, j: int) -> NP | None:
    """``His old teammate at Leinster, scrum coach Niall Burke, said``: words ``k`` to ``j``
    between commas are a description leading to a named person (``[role words] NAME``); the
    apposition names the subject, not a name inside the phrase before it."""
    named = [p for p in doc.persons_in(doc.starts[k], doc.ends[j]) if p.end == doc.ends[j]]
    a = k + 1 if doc.low[k] in grammar.ARTICLES else k  # "…, the deputy culture minister Chidi Okonkwo, said"
    if not named or named[0].start <= doc.starts[a] or j - k >= _ASIDE:
        return None
    first_named = doc.word_at(named[0].start)
    if not all(_describes(doc, i) or _capitalised_modifier(doc, i, doc.ends[j]) for i in range(a, first_named)):
        return None
    return NP(doc.starts[k], doc.ends[j], k, j)


def _appositive_name(doc: Doc, k: int, j: int, lo: int) -> NP | None:
    """``The national aviation regulator, the CAA, said``: words ``k`` to ``j`` between
    commas are a name (an optional ``the`` and capitalised words) in apposition to a
    common noun that can speak (an organisation head, a role, a group); the name is the
    subject, as it identifies best."""
    first = k + 1 if doc.low[k] == "the" else k
    if first > j or j - first >= 6 or not all(_cap(doc, i) for i in range(first, j + 1)):
        return None
    before = k - 1
    if before < 0 or doc.starts[before] < lo or not doc.text[doc.starts[before]].islower():
        return None
    head = doc.low[before]
    if not (_role_or_group(head) or head in tables().org_heads):
        return None
    return NP(doc.starts[first], doc.ends[j], first, j)


#: The most words between a determiner and the ``and`` of two modifiers it opens.
_MODIFIERS_BEFORE_AND = 4


def _coordinated_modifiers(doc: Doc, a: int, end: int, lo: int) -> bool:
    """``and`` (word ``a``) joins two modifiers or two roles inside one noun phrase ending
    at word ``end`` (``The Dallas oil and gas concern``, ``the bank's chairman and chief
    executive``): a word of the phrase follows it before the head, and a determiner opens
    the phrase a few plain words before it; not two clauses (``cut costs and union
    leaders said``: a verb stands between)."""
    if a < 1 or a + 1 >= end or not doc.joined(a) or not doc.joined(a - 1) or not doc.text[doc.starts[a - 1]].islower():
        return False
    wl = words()
    for k in range(a - 1, max(-1, a - 1 - _MODIFIERS_BEFORE_AND), -1):
        w = doc.low[k]
        if doc.starts[k] < lo:
            return False
        if w in DETS or (k < a - 1 and w.endswith(("'s", "\u2019s"))):
            return True  # "Maluku's search and rescue office": a possessive opens the phrase as a determiner does
        if w in wl.stop or w in wl.irregular_past or (w.endswith("ed") and "-" not in w) or cue_at(doc, k) is not None:
            return False
        if k == 0 or not doc.joined(k - 1):
            return False
    return False


class _Move(enum.Enum):
    """What a rule of the leftward scan decides for a word when it jumps nowhere."""

    STOP = "stop"  # the phrase ends after this word (the word is not read)
    TAKE = "take"  # the word is part of the phrase; read on to its left


#: A rule's answer: jump to word ``j`` having read ``n`` words (``(j, n)``), a move, or
#: None when the rule does not speak to the word.
_Decision: TypeAlias = tuple[int, int] | _Move | None
#: The most words of a speaker phrase read leftwards.
_PHRASE_WORDS = 9
#: The most words read before a modifier after the head still joins it (``people familiar
#: with the matter``, ``a spokesman for the ministry``).
_MODIFIER_REACH = 4


def _scan_left(doc: Doc, j: int, lo: int) -> NP | None:
    """The noun phrase ending at word ``j`` (not before ``lo``), read leftwards word by word:
    each word is decided by the first rule of :data:`_DETERMINER_RULES` (a determiner) or
    :data:`_WORD_RULES` (any other word) that speaks to it; a word no rule stops is part
    of the phrase."""
    end = start = j
    n = 0
    while j >= 0 and doc.starts[j] >= lo:
        decision = _decide(doc, j, end, n, lo)
        if doc.low[j] in DETS:
            start = j
        if isinstance(decision, tuple):
            j, n = decision
            continue
        if decision is _Move.STOP:
            break
        start = j
        n += 1
        if n >= _PHRASE_WORDS or j == 0 or not (in_phrase(doc, j - 1) or _listed_name_comma(doc, j - 1, end)):
            break
        j -= 1
    return _phrase(doc, start, end, lo)


def _listed_name_comma(doc: Doc, i: int, end: int) -> bool:
    """A comma after word ``i`` inside a body's name whose ``of``-complement is a list of
    capitalised words (``the Ministry of Petroleum, Mines and Energy``, ``the Bureau of
    Alcohol, Tobacco, Firearms and Explosives``): the name reads on across it, as
    ``find_actors`` reads it; a list of names (``Oxfam, Unicef and the Red Cross``) has no
    head and ``of`` before its first item."""
    if not _list_comma(doc, i, end):
        return False
    k = i
    for _ in range(_LISTED_ITEMS):
        if k < 2 or not _cap(doc, k):
            return False
        if doc.joined(k - 1) and doc.low[k - 1] in ("of", "for") and doc.joined(k - 2) and _cap(doc, k - 2):
            return True
        if not (doc.gap(k - 1).strip() == "," and _cap(doc, k - 1)):
            return False
        k -= 1
    return False


#: the most items a listed name's ``of``-complement is read back over before its ``of``
_LISTED_ITEMS = 6


def _decide(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """The first decision of a rule for word ``j``; a determiner no rule reads past stops."""
    determiner = doc.low[j] in DETS
    for rule in _DETERMINER_RULES if determiner else _WORD_RULES:
        decision = rule(doc, j, end, n, lo)
        if decision is not None:
            return decision
    return _Move.STOP if determiner else _Move.TAKE


def _possessive_after_name(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``Acme and its chief executive``: a possessive after a name and ``and`` reads on."""
    if doc.low[j] in ("its", "their", "his", "her") and j >= 2 and doc.low[j - 1] == "and" \
            and doc.joined(j - 1) and doc.joined(j - 2) and _cap(doc, j - 2):
        return j - 1, n + 1
    return None


def _determiner_after_modified_head(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``people familiar with the matter``: a determiner inside a modifier after the head."""
    if j >= 1 and doc.joined(j - 1) and n <= _MODIFIER_REACH and _post_mod(doc, j - 1) >= 0:
        return _post_mod(doc, j - 1), n + 1
    return None


def _determiner_after_role(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``a spokesman for the ministry``: a determiner after a role and its preposition."""
    if j >= 2 and doc.low[j - 1] in _POST_PREPS and doc.joined(j - 1) and doc.joined(j - 2) \
            and n <= _MODIFIER_REACH and _role_or_group(doc.low[j - 2]):
        return j - 2, n + 1
    return None


def _coordinated_subject(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``The mayor and her deputy said``, ``The union and the growers said``: a determiner
    after ``and`` opens the second of two speakers when the first opens the clause (at its
    start or after a comma) and can speak by itself, a plain phrase without a preposition;
    ``Prices fell and the union said`` has a verb, no speaker, before ``and``."""
    if j < 2 or doc.low[j - 1] != "and":
        return None
    return _first_conjunct(doc, j - 1, n, lo)


def _bare_conjunct(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``…, police and fire officials said``, ``Residents and aid workers said``: ``and``
    before a second speaker with no determiner (a bare plural or name, ``workers``,
    ``rescue services``) joins two speakers as :func:`_coordinated_subject` does, when that
    second phrase can speak and holds no verb, adverb or stop word; ``Prices fell and
    analysts said`` has a verb before ``and``."""
    if doc.low[j] != "and" or j >= end or doc.low[j + 1] in DETS:
        return None
    stop = words().stop
    if any(_verb_or_adverb(doc.low[k]) or doc.low[k] in stop for k in range(j + 1, end + 1)) \
            or not can_speak(doc, NP(doc.starts[j + 1], doc.ends[end], j + 1, end)) \
            or not (_cap(doc, j - 1) or _speaking_head(doc.low[j - 1])):
        return None  # "Irish mobile and broadband operator Eirwave": "mobile" is a modifier, no speaker
    return _first_conjunct(doc, j, n, lo)


def _first_conjunct(doc: Doc, a: int, n: int, lo: int) -> _Decision:
    """The jump past the first of two speakers joined by the ``and`` at word ``a``: to its
    first word, when it opens the clause and can speak by itself; else None."""
    if a < 1 or not doc.joined(a) or not doc.joined(a - 1) or doc.starts[a - 1] < lo:
        return None
    left = _scan_left(doc, a - 1, lo)
    if left is None or not (doc.starts[left.first] == lo or left.first == 0 or doc.gap(left.first - 1).strip() == ","):
        return None
    stop = words().stop
    if any(_verb_or_adverb(doc.low[k]) or (doc.low[k] in stop and doc.low[k] not in DETS)
           for k in range(left.first, left.last + 1)) or not can_speak(doc, left):
        return None  # "Supporters of the mayor and the council": the council may be the mayor's fellow object
    return left.first, n + 2 + left.last - left.first


def _verb_or_adverb(w: str) -> bool:
    """A word that shows a clause, not a speaker (``fell``, ``cut``, ``sharply``)."""
    return w in FINITE or w in words().irregular_past or (w.endswith(("ed", "ly")) and len(w) > 4)


def second_conjunct(doc: Doc, np: NP) -> NP | None:
    """The second of two speakers in ``np`` (``her deputy`` in ``The mayor and her deputy``):
    the words after an ``and`` that a determiner or a possessive follows; None when ``np``
    joins none so."""
    k = next((k for k in range(np.last - 1, np.first, -1) if doc.low[k] == "and"), None)
    if k is None or doc.low[k + 1] not in DETS:
        return None
    return NP(doc.starts[k + 1], np.end, k + 1, np.last)


def _coordinated_modifier(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``The Dallas oil and gas concern``: ``and`` between two modifiers, one phrase."""
    if doc.low[j] == "and" and _coordinated_modifiers(doc, j, end, lo):
        return j - 1, n + 1
    return None


def _role_serving(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``Lawyers defending Ana Ruiz``: the role and the person it serves, one phrase."""
    if j < end and joins_role(doc, j) and doc.low[j] not in ("of", "for") and j > 0 and doc.joined(j - 1) \
            and n <= _MODIFIER_REACH and _role_or_group(doc.low[j - 1]):
        return j - 1, n + 1
    return None


def _linking_word(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``and``, ``of``, ``for``, ``&`` inside the phrase: after a role (``a spokeswoman for
    Merkel``, ``the chief of staff``), or between names (``Marks & Spencer``, ``Bank of
    England``); anything else ends the phrase."""
    w = doc.low[j]
    if w not in ("and", "of", "for", "&") or j >= end:
        return None
    if w in ("of", "for") and j > 0 and doc.joined(j - 1) and n <= _MODIFIER_REACH and _body_or_people(doc, j - 1):
        return j - 1, n + 1
    if not (j > 0 and doc.joined(j - 1) and _cap(doc, j - 1)):
        return _Move.STOP
    if w != "and" and not _cap(doc, j + 1):
        return _Move.STOP
    return _Move.TAKE


def _stop_word(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """A stop word (not one written in capitals, nor a capitalised word inside a name)
    ends the phrase, unless it opens a modifier after the head: ``officials in Seoul``,
    ``people familiar with Trump's thinking``, ``critics of the plan in Seoul``."""
    w = doc.low[j]
    cap = _cap(doc, j)
    if w not in words().stop or (cap and doc.text[doc.starts[j] : doc.ends[j]].isupper()) \
            or not (not cap or j == 0 or not doc.joined(j - 1) or w in _OPENERS):
        return None
    if j < end and n <= _MODIFIER_REACH and _post_mod(doc, j) >= 0:
        return _post_mod(doc, j), n + 1
    if w in _POST_PREPS and j < end and j > 0 and doc.joined(j - 1) and n <= _MODIFIER_REACH \
            and (_role_or_group(doc.low[j - 1]) or (w in _PLACE_OF_BODY and _body_noun(doc, j - 1))):
        return j - 1, n + 1
    if w in _POST_PREPS and j < end and n <= _MODIFIER_REACH and _nested_head(doc, j):
        return j - 4, n + 4
    if n <= _MODIFIER_REACH and _name_placed(doc, j, end):
        return j - 1, n + 1
    return _Move.STOP


def _cue_word(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """A lower-case cue word that names no group or role ends the phrase (``the firm said``)."""
    w = doc.low[j]
    if not _cap(doc, j) and cue_at(doc, j) is not None and w not in tables().groups and w not in tables().roles:
        return _Move.STOP
    return None


#: Past participles that modify a speaker rather than end its phrase (``retired officers``).
_MODIFYING_PARTICIPLES = frozenset({"unnamed", "retired", "appointed", "elected", "unidentified", "detained"})


def _past_verb(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """A lower-case ``-ed`` word after the head is a verb and ends the phrase; hyphenated
    ones modify (``family-owned``, ``state-run``), as do :data:`_MODIFYING_PARTICIPLES`.
    So does an irregular past form (``The mayor met engineers who warned``: ``met`` is the
    main clause's verb, the antecedent is ``engineers``), but for those written as their
    base form or a noun (``cut``, ``set``: ``past_like_base``)."""
    w = doc.low[j]
    if _cap(doc, j) or n == 0 or "-" in w:
        return None
    wl = words()
    if (w.endswith("ed") and w not in _MODIFYING_PARTICIPLES) or (w in wl.irregular_past and w not in wl.past_like_base):
        return _Move.STOP
    return None


#: A year as written in news (``In 2019 Acme said``).
_YEAR = regex.compile(r"1[89]\d\d|2[01]\d\d")


def _time_adverbial(doc: Doc, j: int, end: int, n: int, lo: int) -> _Decision:
    """``Last week Kenya said``, ``In 2019 Acme Corp said``, ``In March Nigeria said``: a
    time after an adverbial lead (``last``, ``this``, ``in``, ``since`` …) opens the clause
    and is never part of the subject after it; without a lead a weekday or month may be a
    name (``Tuesday Weld said``) and a year a modifier (``2016 nominee``). A time of day
    (``11 p.m.``) ends the phrase too."""
    sw = speaker_words()
    if j < end and doc.low[j] in sw.clock_marks:
        return _Move.STOP  # "before 11 p.m. Emergency services said": a time of day
    if j >= end or j < 1 or not doc.joined(j - 1) or doc.starts[j - 1] < lo:
        return None
    if doc.low[j - 1] not in sw.adverbial_leads:
        return None
    w = doc.low[j]
    lower = doc.text[doc.starts[j]].islower()
    if w in sw.named_times or (lower and w in sw.times) or _YEAR.fullmatch(w):
        return _Move.STOP
    return None


_Rule: TypeAlias = Callable[[Doc, int, int, int, int], _Decision]
#: The rules for a determiner, in order; a determiner none reads past ends the phrase.
_DETERMINER_RULES: tuple[_Rule, ...] = (_possessive_after_name, _determiner_after_modified_head,
                                        _determiner_after_role, _coordinated_subject)
#: The rules for any other word, in order; a word none stops is part of the phrase.
_WORD_RULES: tuple[_Rule, ...] = (_time_adverbial, _coordinated_modifier, _bare_conjunct, _role_serving, _linking_word,
                                  _stop_word, _cue_word, _past_verb)


def _phrase(doc: Doc, start: int, end: int, lo: int) -> NP | None:
    """The phrase of words ``start..end``: without leading linking words, never a lone
    stop word, from the head of a phrase whose modifiers hold a place (``officials on the
    island of Borneo``)."""
    wl = words()
    while start <= end and doc.low[start] in ("and", "of", "for"):
        start += 1
    if start < end and (_complementiser(doc, start, lo) or _AGE_MODIFIER.fullmatch(doc.low[start])):
        start += 1  # "told the court that gardaí would allege", "45-year-old Tendai said"
    if start > end:
        return None
    if doc.low[start] in wl.stop and doc.low[start] not in DETS and start == end:
        return None
    head = head_phrase_start(doc, start, lo, wl.stop)  # "officials on the island of Borneo"
    if head is not None:
        start = head
    return NP(doc.starts[start], doc.ends[end], start, end)


def _complementiser(doc: Doc, k: int, lo: int) -> bool:
    """Word ``k`` is a ``that`` right after a word of its clause (``told the court that
    gardaí would …``, ``…, and that police would …``): a demonstrative opens its phrase
    (``That man said``); after a verb, a noun or a conjunction ``that`` opens a clause."""
    return doc.low[k] == "that" and k > 0 and doc.joined(k - 1) and doc.starts[k - 1] >= lo


def _opening_modifier(doc: Doc, k: int) -> bool:
    """Word ``k`` opens its sentence and modifies a noun for people or a body after it
    (``Local officials went as far as to say``, ``Elected officials``): its capital is the
    sentence's, not a name's."""
    if k + 1 >= len(doc.starts) or doc.sentence(doc.starts[k])[0] != doc.starts[k] or not doc.joined(k):
        return False
    if doc.persons_in(doc.starts[k], doc.ends[k]):
        return False
    nxt = doc.low[k + 1]
    return tables().names_people(nxt) or nxt in tables().org_heads


#: An age before a noun or a name (``45-year-old``): a modifier, no speaker's name.
_AGE_MODIFIER = regex.compile(r"\d+-(?:year|month|week)s?-old")


#: Prepositions of place that end a noun phrase's head as those of the ``stop`` words do
#: (``farmers across the valley``, ``residents along the river``): the general closed class
#: less ``of`` (``the owner of the ferry`` reads on); right after a determiner such a word is
#: a noun (``said the past``).
_PLACE_PREPOSITIONS = grammar.PREPOSITIONS - {"of"}


def np_after(doc: Doc, i: int, hi: int) -> NP | None:
    """A noun phrase starting at word ``i`` (inverted subject, "according to X"); an age
    opening it is left out (``said 45-year-old farmer Tendai``: the farmer speaks)."""
    wl = words()
    if i >= len(doc.starts) or doc.starts[i] >= hi:
        return None
    if _AGE_MODIFIER.fullmatch(doc.low[i]) and i + 1 < len(doc.starts) and doc.joined(i):
        i += 1
    j = i
    start = i
    n = 0
    while j < len(doc.starts) and doc.starts[j] < hi:
        w = doc.low[j]
        cap = _cap(doc, j)
        if n > 0 and ((w in wl.stop and w not in ("of", "and", "&"))
                      or (w in _PLACE_PREPOSITIONS and doc.low[j - 1] not in DETS)) and not cap:
            j -= 1  # "farmers across the valley": a post-modifier, read below
            break
        if n > 0 and w in ("of", "and") and not (j + 1 < len(doc.starts) and _cap(doc, j + 1)):
            j -= 1
            break
        if n > 0 and not cap and cue_at(doc, j) is not None:
            j -= 1
            break
        if n > 0 and _reduced_relative(doc, j, hi):
            j -= 1  # "according to figures published in its board papers": the figures
            break
        if n > 1 and not cap and doc.low[start] in DETS and _cap(doc, j - 1) \
                and w not in ("of", "and", "de", "van", "von", "bin", "al", "del", "da", "la", "le") \
                and not _head_ahead(doc, j, hi):
            j -= 1  # "the Security Council issued": a lower-case word after the name is a verb
            break
        if n > 1 and not cap and doc.low[start] in DETS and not _cap(doc, j - 1) and _a_head(doc.low[j - 1]) \
                and not _a_head(w) and _verb_form(w):
            j -= 1  # "The mayor declined to": a verb after the head ends the phrase ("the police station" reads on)
            break
        if n > 0 and not cap and _cap(doc, start) and doc.low[start] not in DETS \
                and w not in ("of", "and", "de", "van", "von", "bin", "al", "del", "da", "la", "le") \
                and not (n == 1 and _opening_modifier(doc, start)) and not _name_modifies(doc, start, j, hi):
            j -= 1
            break
        n += 1
        if n >= 9 or not in_phrase(doc, j):  # "said the nurses' union": a plural possessive reads on
            break
        if w in tables().pronouns and n == 1:
            break
        j += 1
    else:
        j -= 1  # the words ran up to ``hi``: the phrase ends before it ("shows Podesta asking")
    end = min(j, len(doc.starts) - 1)
    if end < start:
        return None
    while end > start and doc.low[end] in ("of", "and", "the", "a"):
        end -= 1
    if doc.low[start] in wl.stop and doc.low[start] not in DETS and doc.low[start] not in tables().pronouns:
        return None
    if doc.low[start] in ("that", "which", "who", "whom", "what"):
        return None
    k = end if doc.low[end] in tables().post_modifiers else end + 1
    if k + 2 < len(doc.starts) and doc.starts[k + 2] < hi and doc.joined(k) and doc.joined(k + 1) \
            and (k == end or doc.joined(end)) and _post_mod(doc, k + 1) >= 0:
        rest = np_after(doc, k + 2, hi) if doc.low[k + 2] not in tables().post_modifiers else None
        if rest is not None:  # "two people familiar with the matter"
            return NP(doc.starts[start], rest.end, start, rest.last)
    return _through_description(doc, NP(doc.starts[start], doc.ends[end], start, end), hi)


def _name_modifies(doc: Doc, start: int, j: int, hi: int) -> bool:
    """The capitalised words from ``start`` (no person's name), then lower-case ones up to
    word ``j``, modify a lower-case noun at or just after ``j``: ``according to Kenyan
    officials``, ``said Nairobi police``, ``according to Croatian customs data``. A name or
    a people's adjective before a noun of people or a body, or a people's adjective before
    a record, is not the speaker alone (``Kenyan``, ``Nairobi``), as after ``the``
    (:func:`_head_ahead`). A number, a time (``Three days after``), a verb (``Police
    arrested former deputy …``) or a quantifier (``Lesotho generates most of``) between
    them, or no such noun ahead, leaves the name alone (``said Kenya had agreed``)."""
    m = start
    while m < j and _cap(doc, m):
        if not doc.text[doc.starts[m]].isupper() or doc.low[m] in speaker_words().named_times:
            return False  # "said 333 candidates", "said Monday officials had agreed"
        m += 1
    if m == start or doc.persons_in(doc.starts[start], doc.ends[m - 1]) \
            or not all(_modifies(doc, k) for k in range(m, j)):
        return False
    # a record speaks for the body it names (``according to Treasury figures``: the
    # Treasury); after a people's adjective there is no body, so the record is the source
    records = people_adjective(doc.text[doc.starts[start]:doc.ends[m - 1]])
    k = j
    while k < len(doc.starts) and doc.starts[k] < hi and k - j < _HEAD_AHEAD and _modifies(doc, k):
        w = doc.low[k]
        if (_a_head(w) and w not in DETS and w not in speaker_words().quantities) \
                or (records and w in speaker_words().documents):
            return True
        if not doc.joined(k):
            return False
        k += 1
    return False


def _modifies(doc: Doc, k: int) -> bool:
    """Word ``k`` can stand in a noun phrase after a name, before or as its head: lower
    case, and no function word, cue, verb form, quantifier or time."""
    w = doc.low[k]
    return (doc.text[doc.starts[k]].islower() and w not in words().stop and w not in DETS
            and w not in speaker_words().times and not _verb_form(w) and cue_at(doc, k) is None)


def _verb_form(w: str) -> bool:
    """A past form (in ``-ed`` or irregular: ``cut``, ``took``) or a form of a stance verb
    (``refuses``, ``plans``): what follows the head of a subject as its verb."""
    from .stance import stance_lexicon  # stance builds on this module: read its forms late

    return past_form(w) or w in stance_lexicon().forms


def past_form(w: str) -> bool:
    """A past form by its spelling, in ``-ed`` or irregular (``signed``, ``sent``, ``took``):
    a verb, where a noun spelt like a present form (``a report``) is still a noun."""
    return (w.endswith("ed") and len(w) > 4) or w in words().irregular_past


def _participle_form(doc: Doc, j: int) -> bool:
    """Word ``j`` is a lower-case past participle that can follow a noun as a reduced
    relative (``released``, ``given``); hyphenated ones and :data:`_MODIFYING_PARTICIPLES`
    modify the noun before it instead (``state-owned``, ``retired``)."""
    w = doc.low[j]
    if not doc.text[doc.starts[j]].islower() or "-" in w or w in _MODIFYING_PARTICIPLES:
        return False
    return (w.endswith("ed") and len(w) > 4) or w in words().irregular_participles


#: The most words between a participle and the ``by`` of its agent (``published on
#: Thursday by the dairy board``).
_TO_AGENT = 5


def _agent_follows(doc: Doc, j: int, hi: int) -> bool:
    """A ``by`` follows the participle at ``j`` within a few joined words (``figures
    published on Thursday by the dairy board``): the phrase is kept whole for its author
    (:mod:`.resolution`)."""
    k = j + 1
    while k < len(doc.starts) and doc.starts[k] < hi and k - j <= _TO_AGENT:
        if doc.low[k] == "by":
            return True
        if not doc.joined(k):
            return False
        k += 1
    return False


def _noun_before(doc: Doc, k: int) -> bool:
    """Word ``k`` can end a noun phrase a participle modifies: not an auxiliary, a function
    word or a relative pronoun (``the yacht that was dismasted on Friday says``)."""
    w = doc.low[k]
    return w not in _AUXILIARIES and w not in words().stop and w not in ("been", "be", "being", "that", "which", "who")


def _reduced_relative(doc: Doc, j: int, hi: int) -> bool:
    """``figures published in its board papers``, ``witness accounts gathered by rights
    groups``, ``Polling by Abacus Data released Thursday``: word ``j`` is a past participle
    after the phrase's head, opening its own phrase with a preposition or a time; the
    phrase ends before it."""
    if not _participle_form(doc, j) or not doc.joined(j - 1) or not doc.joined(j) or not _noun_before(doc, j - 1):
        return False
    k = j + 1
    if k >= len(doc.starts) or doc.starts[k] >= hi or _agent_follows(doc, j, hi):
        return False
    nxt = doc.low[k]
    lower = doc.text[doc.starts[k]].islower()
    return (lower and (nxt in words().prepositions or nxt == "to")) or nxt in speaker_words().named_times


def _a_head(w: str) -> bool:
    """A role, group, organisation or outlet noun: what a speaker phrase ends on."""
    t = tables()
    return _role_or_group(w) or w in t.org_heads or w in t.outlet_heads


#: The most lower-case words after a capitalised modifier before the head they lead to.
_HEAD_AHEAD = 3


def _head_ahead(doc: Doc, j: int, hi: int) -> bool:
    """Word ``j`` (lower case, after ``the`` and a capitalised word) is part of the noun
    phrase: it or one of the next few unbroken lower-case words is a role, group,
    organisation or outlet head (``the British statistics office``, ``the Kenyan health
    ministry``), none of them a function word or cue before it (``the Security Council
    issued a statement`` stops at ``issued``)."""
    k = j
    while k < len(doc.starts) and doc.starts[k] < hi and k - j < _HEAD_AHEAD:
        w = doc.low[k]
        if not doc.text[doc.starts[k]].islower():
            return False
        if _a_head(w):
            return True
        if w in words().stop or (k > j and cue_at(doc, k) is not None) or not doc.joined(k):
            return False
        k += 1
    return False


#: The most description words between a post-verbal phrase and the name it describes.
_DESCRIPTION = 5


def _describes(doc: Doc, j: int, noun_cues: bool = False) -> bool:
    """Word ``j`` can stand in a description before a name (``hospital worker``,
    ``retired``, ``60-year-old``): lower case, not a function word, cue or pronoun. With
    ``noun_cues`` (inside a description already begun after a verb of saying, where no
    second verb can stand) a cue word in its bare form is a noun (``volunteer
    firefighter``, ``press officer``); its ``-ing`` and ``-ed`` forms still end it."""
    w = doc.low[j]
    wl = words()
    if not doc.text[doc.starts[j]].islower() and not w[:1].isdigit():
        return False
    if w in wl.stop or w in wl.gap_stop or w in wl.skip or w in DETS or w in tables().pronouns:
        return False
    return cue_at(doc, j) is None or (noun_cues and not w.endswith(("ing", "ed")))


def _count_of(doc: Doc, j: int, hi: int) -> bool:
    """Word ``j`` is the ``of`` of a count after a description word (``mother of three``,
    ``father of six``): one description, not the end of the phrase."""
    k = j + 1
    return doc.low[j] == "of" and k < len(doc.starts) and doc.starts[k] < hi and doc.joined(j) \
        and (doc.low[k].isdigit() or doc.low[k] in words().counts) and _describes(doc, j - 1, noun_cues=True)


def _through_description(doc: Doc, np: NP, hi: int) -> NP:
    """``said 60-year-old Taipei hospital worker Chang Yu-lin``: a post-verbal phrase
    read up to the first lower-case word is only the start of a description; when a few
    description words lead, unbroken, to a named person, the phrase runs to the name
    (appositive grammar: [age] [place] [role words] NAME). A name read as a person and
    followed by lower-case role words and another name is a place or body modifying the
    role (``said Mato Grosso soybean farmer Paulo Souza``)."""
    if doc.persons_in(np.start, np.end):
        return _name_before_role(doc, np, hi) or np
    initials = initials_after(doc, np.last, hi)  # "said their union, the GWU."
    if initials is not None:
        return NP(doc.starts[initials], doc.ends[initials], initials, initials)
    j = np.last + 1
    if j < len(doc.starts) and doc.starts[j] < hi and doc.gap(np.last).strip() == "," and \
            doc.text[doc.starts[np.last]].islower() and doc.low[np.last] in tables().roles:
        # "said the captain's lawyer, Pieter Claassen": the role and its name in apposition
        named = [p for p in doc.persons_in(doc.starts[j], hi) if p.start == doc.starts[j]]
        if named:
            return NP(np.start, named[0].end, np.first, doc.word_before(named[0].end))
    run, joins = 0, 0  # words of the description being read; the "and"s joining descriptions
    while j < len(doc.starts) and doc.starts[j] < hi and run < _DESCRIPTION and doc.joined(j - 1):
        named = [p for p in doc.persons_in(doc.starts[j], hi) if p.start == doc.starts[j]]
        if named:
            if j == np.last + 1 or _participle_before(doc, j):
                return np  # "said Senate Majority Leader Mitch McConnell" is read whole already
            last = doc.word_before(named[0].end)
            return NP(np.start, named[0].end, np.first, max(last, j))
        if _joins_descriptions(doc, j, hi) and joins < _JOINED_DESCRIPTIONS:
            run, joins = 0, joins + 1  # "harbour master and former trawler skipper": each its own length
        elif _describes(doc, j, noun_cues=True) or _count_of(doc, j, hi) or _capitalised_modifier(doc, j, hi):
            run += 1
        else:
            return np
        j += 1
    return np


def _name_before_role(doc: Doc, np: NP, hi: int) -> NP | None:
    """``Mato Grosso soybean farmer Paulo Souza``: the phrase ``np`` (a name) is followed,
    unbroken, by lower-case description words with a noun of people among them and then by
    a person's name; the phrase runs to that name. None when it is not."""
    j, run, people = np.last + 1, 0, False
    while j < len(doc.starts) and doc.starts[j] < hi and run < _DESCRIPTION and doc.joined(j - 1):
        named = [p for p in doc.persons_in(doc.starts[j], hi) if p.start == doc.starts[j]]
        if named:
            last = doc.word_before(named[0].end)
            return NP(np.start, named[0].end, np.first, max(last, j)) if run and people else None
        if not doc.text[doc.starts[j]].islower() or not _describes(doc, j, noun_cues=True):
            return None
        people = people or tables().names_people(doc.low[j])
        run += 1
        j += 1
    return None


def joins_role(doc: Doc, k: int) -> bool:
    """Word ``k`` joins a role to the person it serves: ``for``, ``of`` or a lower-case
    ``-ing`` participle (``a lawyer representing``, ``aides advising``, ``lawyers defending``)."""
    w = doc.low[k]
    return w in ("for", "of") or (w.endswith("ing") and doc.text[doc.starts[k]].islower())


def _participle_before(doc: Doc, j: int) -> bool:
    """The word before the name at ``j`` is a lower-case ``-ing`` form (``said the lawyer
    representing Ana Ruiz``, ``said the coach advising Team Sky``): a participle whose
    object is the name, so the named one is not who speaks."""
    k = j - 1
    return doc.low[k].endswith("ing") and doc.text[doc.starts[k]].islower()


#: The most descriptions one person is given before the name (``captain and former coach``).
_JOINED_DESCRIPTIONS = 2


def _capitalised_modifier(doc: Doc, j: int, hi: int) -> bool:
    """A capitalised word inside a description, before a lower-case role word (``Harriers
    captain``, ``Geneva laboratory``): a team, place or body modifying the role."""
    return _cap(doc, j) and j + 1 < len(doc.starts) and doc.starts[j + 1] < hi and doc.joined(j) \
        and _describes(doc, j + 1) and not doc.persons_in(doc.starts[j], doc.ends[j])


def _joins_descriptions(doc: Doc, j: int, hi: int) -> bool:
    """Word ``j`` is an ``and`` between two description words (``said farmer and
    cooperative leader Kwabena Asante``: one person with two roles)."""
    return doc.low[j] == "and" and j + 1 < len(doc.starts) and doc.starts[j + 1] < hi and doc.joined(j) \
        and _describes(doc, j - 1, noun_cues=True) and _describes(doc, j + 1, noun_cues=True)

def a_document_head(doc: Doc, k: int) -> bool:
    """Word ``k`` names a written source (``study``, ``report``), not who speaks for one."""
    w = doc.low[k]
    return w in speaker_words().documents or (w in tables().document_heads and not tables().names_people(w))
