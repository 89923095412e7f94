"""Stances and demands attributed like reported speech (issue #14): ``Graham criticized
the party's silence``, ``Obama called for lower tax rates``, ``Trump refused to release his
returns``. The content is the verb's complement, up to the end of its clause.

Three frames, by the verb's entry in ``data/stance.json``:

* ``object``: the object noun phrase and what follows (``urged Congress to act``);
* ``prepositional``: the phrase after one of the verb's prepositions (``warned of delays``);
* ``intention``: the infinitive (``vowed to resign``), ``to`` included.

A frame counts only when its subject can speak (a person, organisation, role, pronoun or
written source; never a time, place or abstract noun), in the active voice (``was
criticized by`` is not the subject's stance), as a verb: a participle only opening a
clause after a comma (``…, calling for calm``; ``welcoming remarks`` is a modifier), and
an ``-s`` form only where a plural noun cannot stand (``Trump questions``, not ``direct
questions or comments``). Verbs of saying with a noun-phrase object (``denied these
allegations``) are left out: their object names content said elsewhere, not content.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from newskit import grammar

from .actors import DETS, tables
from .attribution import (
    NP,
    Cue,
    _verb_context,
    a_document_head,
    can_speak,
    cue_at,
    np_after,
    subject_before,
    words,
)
from .content_end import cut, trim
from .cues import _inflect, load_json
from .direct import Item, subject_of
from .doc import Doc
from .passive import passive_item
from .plausible import implausible, speaker_words
from .relative import relative_close
from .reported import _plausible

__all__ = ["stance_items"]


@dataclass(frozen=True)
class Frame:
    kind: str  # object | named (object naming someone) | prepositional | intention
    preps: tuple[tuple[str, ...], ...]  # for prepositional: the word sequences after the verb


@dataclass(frozen=True)
class StanceLexicon:
    forms: dict[str, Frame]
    passive: frozenset[str]
    appeal: frozenset[str]
    predicative: dict[str, frozenset[str]]  # form -> words that open its predicate
    speech_nouns: frozenset[str] = frozenset()  # objects that name words said elsewhere
    anaphoric: frozenset[str] = frozenset()  # openers of an object that points back
    bases: frozenset[str] = frozenset()  # base forms that are no past form too ("champion", not "forecast")


#: cues.json's lists whose verbs have readings of their own (a clause, a quotation)
_CUE_CLASSES = ("speech", "belief", "label", "attitude", "npcomp")
#: stance.json's lists of verbs with frames of their own
_STANCE_CLASSES = ("object", "object_named", "speech_object", "intention", "prepositional", "appeal",
                   "predicative", "gerund_heads")


def _attitude_verbs(d: dict[str, Any]) -> list[str]:
    """The verbs of judging, feeling or talking about something (``attitude_verbs.json``,
    derived from WordNet by ``bench/build_attitude_verbs.py``) read as stance verbs with a
    noun-phrase object (``despised the plan``, ``discussed the fees``), less those the cue
    and stance lists already frame and stance.json's ``attitude_not`` (verbs whose object
    is no content said or felt: ``signed the bill``, ``named a director``). They come last:
    every hand-listed frame wins."""
    cues = load_json("cues.json")
    listed = {w for k in _CUE_CLASSES for w in cues.get(k, ())}
    listed |= {w for k in _STANCE_CLASSES for w in d.get(k, ())}  # "advise" needs its infinitive
    listed |= set(d.get("attitude_not", ()))
    return [w for w in load_json("attitude_verbs.json").get("verbs", ()) if w not in listed]


@cache
def stance_lexicon() -> StanceLexicon:
    d = load_json("stance.json")
    irregular: dict[str, list[str]] = d.get("irregular", {})
    double = frozenset(load_json("cues.json").get("double_final", ()))
    forms: dict[str, Frame] = {}

    def add(lemma: str, frame: Frame) -> None:
        for f in set(irregular.get(lemma, ())) or _inflect(lemma, double):
            forms.setdefault(f, frame)

    lemmas = [*d["object"], *d["object_named"], *d.get("speech_object", ()), *d["intention"], *d["prepositional"]]
    bases = frozenset(lm for lm in lemmas if lm not in irregular and lm not in words().irregular_past)
    for lemma in d["object"]:
        add(lemma, Frame("object", ()))
    for lemma in d["object_named"]:
        add(lemma, Frame("named", ()))
    for lemma in d.get("speech_object", ()):
        add(lemma, Frame("said", ()))
    for lemma in d["intention"]:
        add(lemma, Frame("intention", (("to",),)))
    for lemma, preps in d["prepositional"].items():
        add(lemma, Frame("prepositional", tuple(tuple(p.split()) for p in preps)))
    irregular_all = {**load_json("cues.json").get("irregular", {}), **irregular}  # "told"
    for lemma in _attitude_verbs(d):
        for f in set(irregular_all.get(lemma, ())) or _inflect(lemma, double):
            forms.setdefault(f, Frame("object", ()))
    appeal = frozenset(
        f for lemma in d.get("appeal", ()) for f in set(irregular_all.get(lemma, ())) or _inflect(lemma, double)
    )
    predicative = {
        f: frozenset(openers)
        for lemma, openers in d.get("predicative", {}).items()
        for f in set(irregular_all.get(lemma, ())) or _inflect(lemma, double)
    }
    return StanceLexicon(forms, frozenset(d.get("passive", ())), appeal, predicative,
                         frozenset(d.get("speech_nouns", ())), frozenset(d.get("anaphoric_openers", ())), bases)


@cache
def _stance_words() -> frozenset[str]:
    """Every word a stance item may stand on (its verb forms, appeals, predicatives): made
    once, not per article."""
    lex = stance_lexicon()
    return frozenset(lex.forms.keys() | lex.appeal | lex.predicative.keys())


@cache
def _between() -> frozenset[str]:
    """Words that may stand between a prepositional verb and its preposition (a named day,
    an adverb of frequency or openness): ``spoke out Tuesday about``."""
    return frozenset(load_json("stance.json").get("between", ()))


def _after(doc: Doc, i: int, frame: Frame) -> int | None:
    """Index of the word after the verb's particle or preposition (None when the frame
    does not follow word ``i``)."""
    if frame.kind in ("object", "named", "said"):
        return i + 1
    between = _between()
    for seq in frame.preps:
        k = i + 1
        first = None
        skipped = False
        ok = True
        adverb_ok = frame.kind == "prepositional"  # an infinitive's "to" follows its verb
        for w in seq:
            t = None if skipped else _time_end(doc, k)
            if t is not None and t < len(doc.low) and doc.low[t] == w:
                k, skipped = t, True  # "spoke out Tuesday about", "called on Monday for"
            elif (adverb_ok and not skipped and k < len(doc.low) and doc.low[k] in between
                  and doc.joined(k - 1)):
                k += 1  # "called Monday for talks", "warned repeatedly of delays"
                skipped = True
            if k >= len(doc.low) or doc.low[k] != w or not doc.joined(k - 1):
                ok = False
                break
            first = k if first is None else first
            k += 1
        if ok:
            return (first if first is not None else i + 1) if frame.kind == "intention" else k
    return None


#: Words before a time noun that make a time adverbial (``last week``, ``earlier this
#: month``).
_TIME_LEADS = frozenset({"last", "this", "next", "earlier", "later"})


def _time_end(doc: Doc, k: int) -> int | None:
    """The word after a short time adverbial opening at word ``k`` between a verb and its
    preposition or infinitive (``on Monday``, ``Tuesday``, ``last week``, ``earlier this
    month``, ``yesterday``), or None: the stance reads past it to its frame (``called on
    Monday for talks`` calls for talks; ``on`` opens no ``call on`` there). A weekday must
    be capitalised (a name of a day), and every word joined to the next."""
    sw = speaker_words()
    n = len(doc.low)
    j = k
    if j < n and doc.low[j] in ("on", "in") and j + 1 < n and doc.joined(j):
        j += 1
        if doc.low[j] not in sw.named_times or not doc.text[doc.starts[j]].isupper():
            return None
        return j + 1 if j + 1 < n and doc.joined(j) else None
    if j < n and doc.low[j] in sw.named_times and doc.low[j].endswith("day") and doc.text[doc.starts[j]].isupper():
        return j + 1 if j + 1 < n and doc.joined(j) else None
    if j < n and doc.low[j] in ("yesterday", "today"):
        return j + 1 if j + 1 < n and doc.joined(j) else None
    m = j
    while m < n and m - j < 2 and doc.low[m] in _TIME_LEADS and doc.joined(m):
        m += 1
    if m > j and m < n and doc.low[m] in sw.times and m + 1 < n and doc.joined(m):
        return m + 1
    return None


_NUMBER = regex.compile(r"\d[\d.,]*")


def _counted(doc: Doc, i: int) -> bool:
    """Word ``i`` is what a number counts (``rose 8.8 points to 60.0``: ``points`` is no
    stance verb): an ``-s`` form right after digits is a plural noun. A year counts
    nothing (``the 2016 claims``), nor a date or a name written with digits (``9/11``)."""
    if i < 1 or not doc.joined(i - 1) or not doc.low[i].endswith("s"):
        return False
    n = doc.low[i - 1]
    return _NUMBER.fullmatch(n) is not None and not (len(n) == 4 and n.isdigit() and n[:2] in ("19", "20"))


def _verb_use(doc: Doc, i: int, sa: int) -> bool:
    """Word ``i`` is a finite verb or a clause-opening participle, not a noun or passive."""
    w = doc.low[i]
    if doc.text[doc.starts[i]].isupper() and doc.starts[i] != sa:
        return False  # a name ("Hope", "Back Bay") or a Title Case headline
    if _counted(doc, i):
        return False  # "fell 31.44 points to 5,616.21"
    if _after_past_verb(doc, i):
        return False  # "Spain sent back a former mayor": a particle, not a second verb
    if w.endswith("ing") and _progressive(doc, i, sa):
        return True  # "is calling for", "were refusing to"
    j = i - 1
    while j >= 0 and doc.starts[j] >= sa and doc.joined(j) and (
        doc.low[j] in words().skip or (doc.low[j].endswith("ly") and doc.low[j] not in words().not_adverbs)
    ):
        if doc.low[j] in stance_lexicon().passive:
            return False  # "was widely criticized"
        j -= 1
    if j >= 0 and doc.joined(j) and doc.low[j] in stance_lexicon().passive:
        return False
    if w.endswith("ing"):
        # a clause-opening participle, or one right after a document it describes (``issued
        # a statement calling for``, ``sent a letter demanding``): its issuer's stance
        return i > 0 and (doc.gap(i - 1).strip() == "," or (doc.joined(i - 1) and a_document_head(doc, i - 1))
                          or _gerund_head(doc, i, sa) is not None)
    return True


@cache
def _gerund_heads() -> frozenset[tuple[str, ...]]:
    """Every form of the ``gerund_heads`` of ``data/stance.json`` as a word sequence."""
    d = load_json("stance.json")
    irregular: dict[str, list[str]] = d.get("irregular", {})
    double = frozenset(load_json("cues.json").get("double_final", ()))
    return frozenset(tuple(f.split()) for lemma in d.get("gerund_heads", ())
                     for f in set(irregular.get(lemma, ())) or _inflect(lemma, double))


def _gerund_head(doc: Doc, i: int, sa: int) -> int | None:
    """The first word of a verb of aspect or avoidance right before the ``-ing`` form at
    word ``i`` (``avoids condemning``, ``began calling for``, ``stopped short of
    endorsing``), whose gerund is the subject's stance as the finite verb would be; None
    when none stands there."""
    for n in (1, 3):
        a = i - n
        if a < 0 or doc.starts[a] < sa or not all(doc.joined(k) for k in range(a, i)):
            continue
        if tuple(doc.low[a:i]) in _gerund_heads() and doc.text[doc.starts[a]].islower():
            return a
    return None


def _after_past_verb(doc: Doc, i: int) -> bool:
    """Word ``i``, a bare form, comes right after a lower-case past tense (``sent back``,
    ``brought back``, ``fought back``): no verb in its bare form follows a past tense with
    nothing between them, so it is a particle or a noun here (an ``-s`` form may be a verb
    after a relative clause: ``the order we reviewed proposes``)."""
    if i < 1 or not doc.joined(i - 1) or doc.low[i].endswith(("s", "ed", "ing")) or doc.low[i - 1] == "helped":
        return False
    w = doc.low[i - 1]
    return doc.text[doc.starts[i - 1]].islower() and w not in words().skip and _past(w) and len(w) > 3


#: Forms of *be* before an ``-ing`` form that make it a progressive verb, not a passive.
_BE = frozenset({"is", "are", "was", "were", "am", "be", "been", "'s", "'re"})


def _progressive(doc: Doc, i: int, sa: int) -> bool:
    """``The union is calling for …``, ``they were refusing to …``: a form of *be*, maybe
    with adverbs, right before the ``-ing`` form."""
    j = i - 1
    while j >= 0 and doc.starts[j] >= sa and doc.joined(j) and (
        doc.low[j] in ("still", "now", "also", "not", "already", "again", "increasingly")
        or (doc.low[j].endswith("ly") and doc.low[j] not in words().not_adverbs)
    ):
        j -= 1
    return j >= 0 and doc.starts[j] >= sa and doc.joined(j) and doc.low[j] in _BE


def _plural_noun(doc: Doc, i: int, np: NP) -> bool:
    """An ``-s`` form that may be a plural noun (``direct questions or comments``) unless
    a person, a pronoun or a name is its subject (``Trump questions``, ``she demands``)."""
    w = doc.low[i]
    if not w.endswith("s") or w.endswith("ss"):
        return False
    if doc.persons_in(np.start, np.end) or doc.low[np.last] in tables().pronouns:
        return False
    if _singular_then_infinitive(doc, i, np) or _singular_then_object(doc, i, np):
        return False
    return not _verb_context(doc, i, i)


#: The most words between a stance verb and a second verb joined to it (``demands
#: answers from the utility, yet refuses to …``).
_JOINED_SPAN = 30
#: Words that open a clause with a subject of its own between the two verbs.
_CLAUSE_OPENERS = grammar.SUBORDINATORS | grammar.RELATIVES | grammar.SUBJECT_PRONOUNS


def _joined_subject(doc: Doc, i: int, sa: int) -> NP | None:
    """The subject of the stance or speech verb that the verb at word ``i`` is joined to by
    ``and``, ``but`` or ``yet`` (``the mayor demands answers, yet refuses to …``, ``welcomes
    the plan but questions its cost``): the second verb the first one's content ends before
    (:func:`_before_coordinated_verb`), so it shares its subject, and an ``-s`` form there is
    no plural noun. The earlier verb must have a plain subject of its own right before it,
    and no clause with its own subject may open between the two verbs."""
    v = i - 1
    if v <= sa or doc.low[v] not in _VERB_JOINS or not doc.joined(v) or doc.starts[v] < sa:
        return None
    lex = stance_lexicon().forms
    for j in range(v - 1, -1, -1):
        if doc.starts[j] < sa or v - j > _JOINED_SPAN or doc.low[j] in _CLAUSE_OPENERS:
            break  # "praised her after she scored and blamed …": the nearer clause's verb
        if doc.in_quote(doc.starts[j]) or not (doc.low[j] in lex or cue_at(doc, j) is not None) \
                or not _second_verb(doc, j, i) or not _verb_use(doc, j, sa):
            continue
        cue = Cue(doc.starts[j], doc.ends[j], j, j, doc.low[j], frozenset({"stance"}))
        np, why = subject_before(doc, cue, sa)
        if np is not None and why == "":
            return np
    return None


def _compound_noun(doc: Doc, i: int, np: NP) -> bool:
    """``club champion Derek Olawale``, ``Labour advocate Jo Reid``: a base form right
    after a bare singular noun or name (no determiner, no ``and``) and before a name does
    not agree with it as a present verb would; it is a title before the name (the head of
    a compound noun), not a stance."""
    if doc.low[i] not in stance_lexicon().bases or np.last != i - 1 or not doc.joined(np.last) \
            or not (i + 1 < len(doc.starts) and doc.joined(i)
                    and (doc.text[doc.starts[i + 1]].isupper() or doc.low[i + 1] == "and")):
        return False  # only a title before a name: "[modifiers] champion (and …) NAME"
    head = doc.low[np.last].replace("\u2019", "'")
    if head in tables().pronouns or (head.endswith("s") and not head.endswith("ss")) or head in _BASE_VERB_BEFORE \
            or head.endswith("n't"):
        return False  # "they champion", "did champion", "didn't apologize": a verb
    return not any(doc.low[k] in DETS or doc.low[k] == "and" for k in range(np.first, np.last + 1))


#: Words that cannot open the object of a verb: after ``the voter demands`` they make
#: ``demands`` the head of a compound noun (``the voter demands were ignored``).
_NOT_OBJECT = frozenset({"is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can",
                         "could", "may", "might", "must", "should", "and", "or", "that", "which", "who"})


def _singular_then_object(doc: Doc, i: int, np: NP) -> bool:
    """``The lawmaker urges retaliation``, ``Lawmaker urges retaliation on Russia``, ``the
    council opposes the plan``: an ``-s`` form right after a singular subject head (no
    possessive) and before an object is a verb, not a plural noun (``the voter demands
    were ignored`` stays a noun: a verb follows it)."""
    head = doc.low[np.last]
    if np.last != i - 1 or not doc.joined(np.last) or "'" in head or "\u2019" in head:
        return False
    if head.endswith("s") and not head.endswith("ss"):
        return False
    if doc.text[doc.ends[np.last] : doc.ends[np.last] + 2] in ("'s", "\u2019s"):
        return False
    k = i + 1
    return k < len(doc.low) and doc.joined(i) and doc.low[k] not in _NOT_OBJECT


def _singular_then_infinitive(doc: Doc, i: int, np: NP) -> bool:
    """``The club refuses to release …``, ``the council plans to close …``: an ``-s``
    form right after a singular subject (not a possessive: ``the council's plans to``)
    and before ``to`` and a word is a verb of intention."""
    head = doc.low[np.last]
    if head.endswith("s") or np.last != i - 1 or not doc.joined(np.last) or "'" in head or "\u2019" in head:
        return False
    if doc.text[doc.ends[np.last] : doc.ends[np.last] + 2] in ("'s", "\u2019s"):
        return False
    frame = stance_lexicon().forms.get(doc.low[i])
    return frame is not None and frame.kind == "intention" and i + 2 < len(doc.low) and doc.low[i + 1] == "to"


_OBJECT_PRONOUNS = (grammar.OBJECT_PRONOUNS | grammar.REFLEXIVE_PRONOUNS) - {"it", "itself"}  # people only


def _names_someone(doc: Doc, k: int, sb: int) -> bool:
    """The object at word ``k`` names a person or body: a pronoun, a capitalised name,
    a determiner before a capitalised name (``the Trump campaign``), or a noun phrase that
    could speak (``backed the government``, ``support some opposition groups``: an
    organisation, a role or a group of people; not ``the roof``)."""
    w = doc.low[k]
    if w in _OBJECT_PRONOUNS or doc.text[doc.starts[k]].isupper():
        return True
    if w == "the" and k + 1 < len(doc.starts) and doc.joined(k) and doc.text[doc.starts[k + 1]].isupper():
        return True
    np = np_after(doc, k, sb)
    # people named by a relation or a circumstance are greeted, hosted or defended as often
    # as they are backed (``welcomed several hundred guests``, ``defend its citizens``)
    return np is not None and np.first == k and can_speak(doc, np) and not tables().by_relation(doc.low[np.last])


#: Words before a verb's base form that make it a verb (``did not mention``, ``to confirm``).
_BASE_VERB_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
                               "did", "does", "do", "not", "never", "also", "i", "we", "you", "they"})
#: The most words of an object read for its head (``the new rules``, ``any involvement in``).
_OBJECT_HEAD = 4


def _said_object(doc: Doc, i: int, k: int, sb: int) -> bool:
    """The verb of saying at word ``i`` is a finite verb and its object at word ``k`` is
    what was said: ``noted the rule``, ``stressed her support``, ``denied any involvement``.
    Not a modifier (``the announced cuts``, ``a noted author``: a determiner before it), not
    a participle (``…, highlighting the ties``: its subject is often a thing), not a base
    form that is a noun (``the report``, ``a pledge``: only after ``to``, a modal, a
    negation or a pronoun), and not an object that names words said elsewhere (``denied
    the claims``) or points back at something already named (``denied such transfers``,
    ``emphasised its implications``): the content is elsewhere."""
    w = doc.low[i]
    if i > 0 and doc.joined(i - 1) and (doc.low[i - 1] in DETS or doc.low[i - 1].endswith(("'s", "\u2019s"))):
        return False
    if w.endswith("ing") or (
        not w.endswith(("ed", "s")) and not (i > 0 and doc.joined(i - 1) and doc.low[i - 1] in _BASE_VERB_BEFORE)
    ):
        return False
    if doc.low[k] in stance_lexicon().anaphoric:
        return False
    nouns = stance_lexicon().speech_nouns
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k < _OBJECT_HEAD:
        if doc.low[j] in nouns:
            return False
        if doc.low[j] in words().prepositions or not doc.joined(j):
            break
        j += 1
    return True


def _passive_infinitive(doc: Doc, k: int) -> bool:
    """``declining to be identified``, ``asked not to be named``: an infinitive in the
    passive says how the speaker is named, not what they intend."""
    w = doc.low[k + 2] if k + 2 < len(doc.low) else ""
    return doc.low[k + 1 : k + 2] == ["be"] and (w.endswith("ed") or w.endswith("en"))


def _one(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    frame = stance_lexicon().forms.get(doc.low[i])
    if frame is None or doc.in_quote(doc.starts[i]) or not _verb_use(doc, i, sa):
        return None
    k = _after(doc, i, frame)
    if k is None or k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(k - 1):
        return None
    if doc.low[k] in ("that", "by") or (frame.kind in ("object", "named", "said") and doc.low[k] in words().prepositions):
        return None  # a that-clause is reported speech's; "by" is a passive agent
    if frame.kind == "named" and not _names_someone(doc, k, sb):
        return None
    if frame.kind in ("object", "prepositional"):
        after = _length_of_time(doc, k, sb)
        if after is not None:  # "campaigned for years": how long, not what for
            k2 = _after(doc, after - 1, frame) if frame.kind == "prepositional" else None
            if k2 is None or k2 >= len(doc.starts) or doc.starts[k2] >= sb:
                return None
            k = k2  # "campaigned for years for a new crossing"
    if frame.kind == "said":
        if not _said_object(doc, i, k, sb):
            return None
        if doc.low[k] in speaker_words().named_times and k + 1 < len(doc.starts) and doc.starts[k + 1] < sb:
            k += 1  # "revealed Tuesday the drug was found": the day is no part of what was said
    if frame.kind == "intention" and _passive_infinitive(doc, k):
        return None
    return _attributed(doc, i, k - 1 if frame.kind != "intention" else i, k, sa, sb)


@cache
def _durations() -> tuple[frozenset[str], frozenset[str]]:
    d = load_json("stance.json")
    return frozenset(d["durations"]), frozenset(d["duration_counts"])


#: The most counting words before a length of time (``more than two``, ``the past few``).
_MAX_COUNT = 4


def _length_of_time(doc: Doc, k: int, sb: int) -> int | None:
    """The index after the words from ``k`` when they are only a length of time (``years``,
    ``two hours``, ``the past few weeks``): an adverbial of the verb, no complement (``two
    days of mourning`` has a complement of its own, and is one); None otherwise."""
    nouns, counts = _durations()
    n = len(doc.starts)
    j = k
    while j < n and doc.starts[j] < sb and j - k < _MAX_COUNT and (doc.low[j] in counts or _NUMBER.fullmatch(doc.low[j])):
        j += 1
    if j >= n or doc.starts[j] >= sb or doc.low[j] not in nouns:
        return None
    nxt = j + 1
    if nxt < n and doc.starts[nxt] < sb and doc.joined(j) and doc.low[nxt] in ("of", "'s", "\u2019s"):
        return None
    return nxt


def _attributed(doc: Doc, i: int, last: int, k: int, sa: int, sb: int) -> Item | None:
    """The item of a stance verb at words ``i..last`` whose content starts at word ``k``,
    when its subject can speak."""
    cue = Cue(doc.starts[i], doc.ends[last], i, last, " ".join(doc.low[i : last + 1]), frozenset({"stance"}))
    joined = _joined_subject(doc, i, sa)
    head = _gerund_head(doc, i, sa) if doc.low[i].endswith("ing") else None
    if doc.low[i].endswith("ing") and joined is None:
        joined = _postposed_speaker(doc, i, sa)
    if head is not None and joined is None:  # "The mayor avoids condemning": the head's subject
        joined, why = subject_before(doc, Cue(doc.starts[head], doc.ends[i - 1], head, i - 1,
                                              " ".join(doc.low[head:i]), frozenset({"stance"})), sa)
        if why != "":
            return None
    np = joined if joined is not None else subject_of(doc, cue, sa)
    whole = np if joined is None else None
    if np is not None:
        np = _before_verb_of_noun(doc, i, np)
    if np is None or not can_speak(doc, np) or implausible(doc, np.start, np.end) or not _plausible(doc, np):
        return None
    if np == whole and (_plural_noun(doc, i, np) or _compound_noun(doc, i, np)):
        return None  # a verb's object noun (``renewed calls``) is the subject's stance
    end = _before_coordinated_verb(doc, i, k, relative_close(doc, cue, doc.starts[k], cut(doc, doc.starts[k], sb)))
    span = trim(doc, doc.starts[k], end)
    if span is None:
        return None
    return Item(span[0], span[1], False, cue, np, "np", 0.6)


@cache
def _own_object_verbs() -> frozenset[str]:
    return frozenset(load_json("stance.json").get("own_object_verbs", ()))


def _before_verb_of_noun(doc: Doc, i: int, np: NP) -> NP:
    """``Environmental groups renewed calls for a ban``: a past tense that makes its
    object the subject's own (``renewed``, ``repeated``, ``voiced``; not ``ignored
    calls``) right before an ``-s`` form is the verb and the form its object noun, so the
    subject ends before it (a pronoun before it makes a contact relative: ``the order we
    reviewed proposes``, whose phrase stays whole)."""
    v = i - 1
    if np.last != v or v - 1 < np.first or not doc.low[i].endswith("s") or not doc.joined(v) \
            or not doc.joined(v - 1) or not doc.text[doc.starts[v]].islower():
        return np
    w = doc.low[v]
    if w not in _own_object_verbs() or doc.low[v - 1] in tables().pronouns:
        return np
    return NP(np.start, doc.ends[v - 1], np.first, v - 1)


#: Conjunctions that join a second verb phrase to a stance (``…, yet refuses to``).
_VERB_JOINS = frozenset({"and", "but", "yet"})
#: Words after a stance's conjunction that make an ``-ed`` word its verb (``and attempted to``).
_AFTER_VERB = DETS | grammar.OBJECT_PRONOUNS | {"to"}


def _before_coordinated_verb(doc: Doc, i: int, k: int, end: int) -> int:
    """Where the content from word ``k`` of the stance verb at word ``i`` ends before a
    second verb phrase sharing its subject: ``demands accountability, yet refuses to …``,
    ``has promised a veto and attempted to …``. The second verb is a verb of stance or
    saying in the first one's inflection, or an ``-ed`` form before ``to`` or a determiner
    after an ``-ed`` stance; ``called for talks and a ceasefire`` reads on."""
    j = k + 1
    while j + 1 < len(doc.starts) and doc.starts[j + 1] < end:
        if doc.low[j] in _VERB_JOINS and doc.joined(j) and not doc.in_quote(doc.starts[j]) \
                and _second_verb(doc, i, j + 1):
            comma = doc.text.rfind(",", doc.ends[j - 1], doc.starts[j])
            return comma if comma >= 0 else doc.starts[j]
        j += 1
    return end


def _second_verb(doc: Doc, i: int, v: int) -> bool:
    """Word ``v`` is a verb coordinated with the stance verb at word ``i``."""
    first, second = doc.low[i], doc.low[v]
    if not doc.text[doc.starts[v]].islower() or v + 1 >= len(doc.starts):
        return False
    if second in stance_lexicon().forms or cue_at(doc, v) is not None:
        return (_past(first) and _past(second)) or (
            first.endswith("s") and second.endswith("s") and not second.endswith("ss"))
    return _past(first) and second.endswith("ed") and doc.joined(v) and doc.low[v + 1] in _AFTER_VERB


def _past(w: str) -> bool:
    """``w`` has the form of a past tense (``criticized``, ``said``)."""
    return w.endswith("ed") or w in words().irregular_past


#: The most words of an addressee before its infinitive (``warned the North Korean
#: government to stop``).
_ADDRESSEE = 5


def _appeal(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    """``warned North Korea to refrain from …``, ``told aides to wait``, ``asked voters to
    …``: a verb of telling or asking, an addressee (a name, a pronoun or a noun phrase)
    and an infinitive. The content is what the speaker asks of the addressee, addressee
    included; ``asked to leave`` (no addressee) and ``told him to be named`` (a passive
    infinitive) are not appeals."""
    if doc.low[i] not in stance_lexicon().appeal or doc.in_quote(doc.starts[i]) or not _verb_use(doc, i, sa):
        return None
    k = i + 1
    if k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(i):
        return None
    if doc.low[k] in words().prepositions or doc.low[k] in words().clause_bad_starts or doc.low[k] == "not":
        return None  # "asked about", "told to", "asked not to": no addressee
    j = k + 1
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _ADDRESSEE and doc.joined(j - 1):
        if doc.low[j] == "to":
            if j + 1 >= len(doc.starts) or doc.starts[j + 1] >= sb or _passive_infinitive(doc, j):
                return None
            return _attributed(doc, i, i, k, sa, sb)
        if doc.low[j] in ("that", "and", "or") or doc.low[j] in words().gap_stop:
            return None
        j += 1
    return None


#: The most words of the object before its predicate noun (``called the contempt
#: citation and the demand for a hearing a ploy``).
_OBJECT_WORDS = 12
#: Words after which an article cannot open a predicate: the object would be a
#: prepositional phrase (``called reporters to a briefing``) or a clause.
_NOT_IN_OBJECT = frozenset({"to", "for", "on", "at", "into", "from", "with", "by", "about", "after",
                            "before", "during", "that", "who", "which", "when", "while", "off", "up", "back"})


def _predicative(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    """``Trump has called climate change a hoax``, ``she labelled the ruling a disgrace``:
    a verb of labelling with an object and a predicate (opened by ``a``, ``an`` or, for
    ``describe``, ``as``; ``data/stance.json`` ``predicative``) says what the speaker holds of the object, quotation marks or not. The content
    is the object and its predicate. ``called a meeting`` (no object before the article)
    and ``called reporters to a briefing`` (a preposition) are no labels."""
    openers = stance_lexicon().predicative.get(doc.low[i])
    if openers is None or doc.in_quote(doc.starts[i]) or not _verb_use(doc, i, sa):
        return None
    k = i + 1
    if k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(i) or doc.low[k] in openers:
        return None
    if doc.low[k] == "that" and k + 1 < len(doc.starts) and doc.joined(k) and doc.low[k + 1] in openers \
            and doc.low[k + 1] != "as":
        return _attributed(doc, i, i, k, sa, sb)  # "call that an excuse": the pronoun is the object
    if doc.low[k] in _NOT_IN_OBJECT or doc.low[k] in ("in", "off", "out"):
        return None  # "called in experts", "called for talks": a particle or preposition
    # a label's object may hold a modifier or a second phrase; a view's (``saw X as Y``)
    # stops at its first preposition, as "as" is one too
    joiners = frozenset() if "as" in openers else _IN_OBJECT_JOINERS
    j = k + 1
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _OBJECT_WORDS and doc.joined(j - 1):
        w = doc.low[j]
        if w in openers and doc.low[j - 1] not in joiners and not _time_after(doc, j):
            if doc.has_quote_char(doc.starts[k], doc.ends[j]):
                return None  # a quoted label is the direct grammar's
            if w == "as" and (j + 1 >= len(doc.starts) or doc.low[j + 1] not in _NOUN_OPENERS):
                return None  # "described the report as inaccurate": an evaluation (the claims' denials)
            return _attributed(doc, i, i, k, sa, sb)
        if w == "to" and j + 1 < len(doc.starts) and doc.low[j + 1] not in _DETERMINERS_AFTER_TO:
            j += 1  # "her decision to leave the club": an infinitive inside the object
            continue
        if _second_predicate(doc, j):
            return None  # "called 911 and reported a fire": a telephone call, then another act
        if w not in joiners and (w in _NOT_IN_OBJECT or w in words().gap_stop):
            return None
        j += 1
    return None


def _second_predicate(doc: Doc, j: int) -> bool:
    """Word ``j`` is ``and`` before a past form and that verb's object (``called 911 and
    reported a fire``, ``called him again yesterday and offered a contract``): the verb of
    labelling had no predicate, its object ended, and a second act of its subject begins;
    an adjective coordinated inside the object is followed by its noun (``called the rushed
    and flawed process a disgrace``)."""
    n = len(doc.starts)
    return (doc.low[j] == "and" and j + 2 < n and _past(doc.low[j + 1])
            and doc.low[j + 2] in _NOUN_OPENERS | grammar.OBJECT_PRONOUNS)


#: Words that open the noun phrase of an ``as`` predicate (``described the offer as an
#: insult``, ``saw the vote as the end of …``).
_NOUN_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "one", "another",
                           "some"})
#: Words that make ``a day``, ``a week`` a time adverbial (``called the vet a day later``).
_RELATIVE_TIME = frozenset({"later", "earlier", "ago", "after", "before", "afterwards", "beforehand"})


def _time_after(doc: Doc, j: int) -> bool:
    """Word ``j`` (an article) opens a time adverbial, not a predicate: ``a day later``,
    ``a week after the storm``."""
    n = len(doc.starts)
    return j + 2 < n and doc.low[j + 1] in speaker_words().times and doc.low[j + 2] in _RELATIVE_TIME


#: Words that may join a modifier or a second noun phrase to a label's object (``called
#: the citation and the demand for a hearing a ploy``): not the object's first word, and
#: an article right after one opens that phrase, not the predicate.
_IN_OBJECT_JOINERS = frozenset({"for", "on", "at", "into", "from", "with", "by", "about", "of", "and"})
#: Words after ``to`` that make it a preposition (``called reporters to a briefing``).
_DETERMINERS_AFTER_TO = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this"})


def _framed(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    """The first frame of the verb at word ``i`` that holds: its own stance frame, an
    appeal, a label, a passive with its agent (``was rejected by the council``)."""
    return _one(doc, i, sa, sb) or _appeal(doc, i, sa, sb) or _predicative(doc, i, sa, sb) \
        or passive_item(doc, i, sa, sb)


#: How close (characters) an attribution's cue may end before a participle that is its tail.
_TAIL_REACH = 40


def _tail_participle(doc: Doc, i: int, cue_ends: list[int]) -> bool:
    """``…, the Times reported, citing unnamed sources``: a participle right after another
    attribution's cue (or its speaker after the cue: ``said Ann Roe, citing …``), its object
    a source, belongs to that attribution (where it got the news), no stance. Right after
    the cue (:func:`_right_after_cue`) with any other object it is the speaker's stance
    (``…, the authority said, blaming higher fuel costs``)."""
    if not doc.low[i].endswith("ing"):
        return False
    k = bisect_right(cue_ends, doc.starts[i]) - 1
    if k < 0 or doc.starts[i] - cue_ends[k] > _TAIL_REACH:
        return False
    return not _right_after_cue(doc, cue_ends[k], i) or _names_a_source(doc, i)


def _postposed_speaker(doc: Doc, i: int, sa: int) -> NP | None:
    """The person named after a cue right before the comma that precedes the participle at
    word ``i`` (``"…," said Ann Roe, speaking of …``): the participle is her stance, not
    that of the clause inside the quotation."""
    if i < 2 or doc.gap(i - 1).strip() != ",":
        return None
    p = next((p for p in doc.persons_in(max(sa, doc.starts[i - 1] - 60), doc.ends[i - 1])
              if p.end == doc.ends[i - 1] and p.start >= sa), None)
    if p is None:
        return None
    k = doc.word_at(p.start)
    if k < 1 or not doc.joined(k - 1) or doc.in_quote(doc.starts[k - 1]) \
            or not doc.text[doc.starts[k - 1]].islower() or cue_at(doc, k - 1) is None:
        return None
    return NP(p.start, p.end, k, i - 1)


def _right_after_cue(doc: Doc, cue_end: int, i: int) -> bool:
    """Only a comma, or a short adjunct of time or place and a comma, stand between a cue
    and the participle at word ``i`` (``…, the board said on Monday, blaming …``); after
    content (``said it would strike, rejecting …``) the participle stays the cue's tail."""
    first = doc.word_at(cue_end)
    if first >= i:
        return True
    w = doc.low[first]
    return w in words().prepositions or w in speaker_words().named_times


def _names_a_source(doc: Doc, i: int) -> bool:
    """The object of the participle at word ``i`` (past its prepositions) is headed by a
    speaker or a document (``citing unnamed sources``, ``citing two people close to the
    family``, ``quoting a police report``), not by a thing (``blaming higher fuel costs``,
    ``citing Clinton's health``); an object that cannot be read counts as a source (the
    participle stays the tail it was)."""
    j = i + 1
    while j < len(doc.starts) and doc.low[j] in words().prepositions and doc.joined(j - 1):
        j += 1
    np = np_after(doc, j, doc.sentence(doc.starts[i])[1]) if doc.joined(i) else None
    if np is None:
        return True
    head = _head_of(doc, np)
    return a_document_head(doc, head) or can_speak(doc, NP(doc.starts[head], doc.ends[head], head, head))


def _head_of(doc: Doc, np: NP) -> int:
    """The head word of a phrase read by ``np_after``: its last word before a post-modifier
    (``close to``, ``familiar with``, ``of``), or past a possessive ending it."""
    k = np.first
    while k < np.last and doc.low[k + 1] not in words().prepositions and doc.low[k + 1] not in tables().post_modifiers:
        k += 1
    if doc.low[k].endswith(_POSSESSIVE) and k + 1 < len(doc.starts):
        return k + 1  # "Clinton's health": the owned thing heads the phrase
    return k


_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")


def _running_max(xs: list[int]) -> list[int]:
    out: list[int] = []
    m = -1
    for x in xs:
        m = max(m, x)
        out.append(m)
    return out


def _inside(spans: list[tuple[int, int]], ends: list[int], pos: int) -> bool:
    """``pos`` lies in the content of another item (``Stein said she plans to …``: what
    was said is not attributed again)."""
    k = bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and ends[k] > pos


def _overlaps(spans: list[tuple[int, int]], ends: list[int], item: Item) -> bool:
    """Some other item's content starts inside ``item``'s (``cited a source to report
    that …``: the report is the attribution, the citing only frames it)."""
    k = bisect_right(spans, (item.start, 1 << 62))  # the first span starting after item.start
    return k < len(spans) and spans[k][0] < item.end


#: The fewest characters of a stance content cut before another attribution (a short
#: object is content too: ``attacked Lowe, saying …``).
_MIN_CUT = 2


def _before_other(doc: Doc, item: Item, spans: list[tuple[int, int]], cue_starts: list[int]) -> Item | None:
    """``refused to discuss the names, saying only that …``, ``declined to comment, aside
    from saying …``: another attribution starts inside the stance's content after a
    comma; the stance ends at that comma. Without a comma between them the other one
    frames it (``cited a source to report that …``) and the stance is dropped."""
    k = bisect_right(spans, (item.start, 1 << 62))
    other = spans[k][0]
    c = bisect_right(cue_starts, other) - 1
    if c >= 0 and cue_starts[c] > item.start:
        other = min(other, cue_starts[c])
    comma = doc.text.rfind(",", item.start, other)
    if comma < 0 or comma - item.start < _MIN_CUT:
        return None
    span = trim(doc, item.start, comma)
    if span is None:
        return None
    return Item(span[0], span[1], item.direct, item.cue, item.np, item.how, item.confidence)


def stance_items(doc: Doc, taken: list[Item]) -> list[Item]:
    """Stance items of the article: not inside another item, and holding none but a
    relative clause's report on their object (``how`` ``gap``: ``demanding overtime they say
    is owed``)."""
    taken = [it for it in taken if it.how != "gap"]
    starts = {it.start for it in taken}
    cues = {it.cue.start for it in taken if it.cue is not None}
    # an attribution's end before its tail: its cue's, or its speaker's when the speaker
    # follows the cue ('"…," said Ann Roe, speaking of …')
    cue_ends = sorted(max(it.cue.end, it.np.end) if it.np is not None and it.np.start >= it.cue.end else it.cue.end
                      for it in taken if it.cue is not None)
    cue_starts = sorted(cues)
    spans = sorted((it.start, it.end) for it in taken)
    ends = _running_max([b for _, b in spans])
    forms = stance_lexicon().forms
    appeal = stance_lexicon().appeal
    predicative = stance_lexicon().predicative
    out: list[Item] = []
    hits = doc.words_in(_stance_words())  # the only words the test below lets by
    for sa, sb in doc.sents:
        for i in doc.sentence_hits(hits, sa, sb):
            w = doc.low[i]
            inside_own = bool(out) and out[-1].start <= doc.starts[i] < out[-1].end  # "refused to comment on"
            if (w in forms or w in appeal or w in predicative) and doc.starts[i] not in cues \
                    and not inside_own and not _inside(spans, ends, doc.starts[i]):
                item = None if _tail_participle(doc, i, cue_ends) else _framed(doc, i, sa, sb)
                if item is not None and _overlaps(spans, ends, item):
                    item = _before_other(doc, item, spans, cue_starts)
                if item is not None and item.start not in starts:
                    out.append(item)
    return out
