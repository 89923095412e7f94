"""The head of a speaker's noun phrase (issue #14): a phrase read leftwards from its cue
stops at the first preposition, so in ``Wildlife officials on the island of Borneo said``,
``Workers at the Volkswagen plant in Zwickau said`` or ``Teachers across the state of
Punjab said`` the grammar proposes the place at the end (``Borneo``, ``Zwickau``) or, when
plausibility rejects it, nothing. A post-modifier attaches to the noun right before its
preposition; the phrase runs back along that chain of modifiers to the leftmost noun that
can speak, which is the head.

The chain is read only where it is plainly one noun phrase: each place between two
prepositions opens with a determiner or is a name (``the Mexican state``, ``Kruger
National Park``; not ``in contrast to``, ``in connection with``), and the head's phrase
opens its clause (``led his team on a tour of …`` is an object). The prepositions that
open a post-modifier are data (``data/actors.json`` ``modifier_prepositions``).
"""

from __future__ import annotations

from .actors import DETS, tables
from .doc import Doc
from .plausible import speaker_words

__all__ = ["head_phrase_start", "place_modifier"]

#: modifiers a phrase may hold before its head is reached (``at the plant in the town of X``)
_MAX_MODIFIERS = 3
#: words of one noun phrase between two prepositions (``the southern Belgian town``)
_MAX_SEGMENT = 4


def _lower(doc: Doc, k: int) -> bool:
    return doc.text[doc.starts[k]].islower()


def _speaking_noun(doc: Doc, h: int) -> bool:
    """Word ``h`` is a common noun for people or a body (``officials``, ``crews``, ``the
    hospital``, ``the union``): a noun a modifier can hang on and that can speak. A
    document is not (``a report in Der Spiegel``: the outlet speaks); a person who speaks
    for a body is, though the possessive reading lists them with its documents
    (``A spokesman for the port authority in Rotterdam``)."""
    w = doc.low[h]
    if not _lower(doc, h) and doc.sentence(doc.starts[h])[0] != doc.starts[h]:
        return False  # a name ("the Red Cross"), unless its capital is the sentence's
    t = tables()
    if w in t.document_heads and not t.names_people(w):
        return False
    return t.names_people(w) or w in t.org_heads or w in t.outlet_heads or w in t.group_names


#: plural endings of nouns made from verbs and adjectives, events and states, never people
#: (``the bombings in Kenya``, ``elections in May``, ``shipments at the port``)
_ABSTRACT_SUFFIXES = ("ings", "tions", "sions", "ments", "ances", "ences", "ities", "isms", "nesses")


def _people_somewhere(doc: Doc, h: int, p: int) -> bool:
    """Word ``h`` is a plural common noun that no list names, before a preposition ``p``
    of place (``Parents at the school``, ``Patients in the ward``): the subject's head
    by its syntax, as the noun a place modifier hangs on, unless the speaker lists say it
    cannot speak (a time, a place, an abstract noun, a document, a quantity: ``Dozens at
    the rally``) or its ending makes it an event or a state (``the bombings in Kenya``)."""
    w = doc.low[h]
    if doc.low[p] not in tables().place_prepositions or not w.isalpha() or len(w) < 4:
        return False
    if not w.endswith("s") or w.endswith(("ss", "us", "is")) or w.endswith(_ABSTRACT_SUFFIXES):
        return False
    if not _lower(doc, h) and doc.sentence(doc.starts[h])[0] != doc.starts[h]:
        return False  # a name, unless its capital is the sentence's
    sw = speaker_words()
    lists = (sw.times, sw.places, sw.abstract, sw.documents, sw.quantities)
    return not any(w in group or w[:-1] in group for group in lists)  # "floods" as "flood"


def _segment_start(doc: Doc, h: int, lo: int, stop: frozenset[str]) -> int | None:
    """The first word of the noun phrase ending at word ``h``: back over modifiers and
    names to its determiner; None when a verb-like word (a past or ``-ing`` form) or a
    stop word other than a determiner stands in it, since then no noun phrase ends at
    ``h``."""
    k = h
    for _ in range(_MAX_SEGMENT):
        w = doc.low[k]
        if w in DETS:
            return k
        if w in stop or (_lower(doc, k) and w.endswith(("ed", "ing")) and k != h):
            return None
        if k == 0 or doc.starts[k - 1] < lo or not doc.joined(k - 1):
            return k
        if doc.low[k - 1] in stop and doc.low[k - 1] not in DETS:
            return k
        k -= 1
    return None


def _a_place(doc: Doc, start: int, h: int) -> bool:
    """Words ``start`` to ``h`` between two prepositions are a place's phrase: opened by a
    determiner (``the town``) or a name throughout (``Kruger National Park``)."""
    return doc.low[start] in DETS or not any(_lower(doc, k) for k in range(start, h + 1))


def _opens_clause(doc: Doc, start: int, lo: int, stop: frozenset[str]) -> bool:
    """The phrase at word ``start`` is where a subject stands: first in its span, after
    punctuation or after a function word (``and``, ``that``), not after a verb."""
    return start == 0 or doc.starts[start - 1] < lo or not doc.joined(start - 1) or doc.low[start - 1] in stop


def head_phrase_start(doc: Doc, first: int, lo: int, stop: frozenset[str]) -> int | None:
    """When the phrase starting at word ``first`` is the object of a post-modifier, the
    first word of the phrase that holds its head (``Workers`` for ``Zwickau`` in ``Workers
    at the Volkswagen plant in Zwickau``); else None. ``stop`` are the function words
    that end a noun phrase."""
    preps = tables().modifier_prepositions
    k, found = first, None
    for _ in range(_MAX_MODIFIERS):
        p = k - 1
        if p < 1 or doc.starts[p - 1] < lo or doc.low[p] not in preps or not _lower(doc, p):
            break
        if not doc.joined(p) or not doc.joined(p - 1):
            break
        if doc.low[p - 1] == "and":  # "observers in Virginia and around the country"
            joined = _place_before_and(doc, p - 1, lo, stop)
            if joined is None:
                break
            k = joined
            continue
        start = _segment_start(doc, p - 1, lo, stop)
        if start is None:
            break
        if _speaking_noun(doc, p - 1):
            if _opens_clause(doc, start, lo, stop):
                found = start
        elif _people_somewhere(doc, p - 1, p):
            if _opens_clause(doc, start, lo, stop):
                found = start
        elif not _a_place(doc, start, p - 1):
            break
        k = start
    return found


def _place_before_and(doc: Doc, a: int, lo: int, stop: frozenset[str]) -> int | None:
    """The first word of the place before ``and`` (word ``a``) when two place modifiers
    are joined (``in Virginia and around the country``, ``in the north and in the east``),
    so the chain reads on to the first modifier's preposition; else None."""
    if a < 2 or doc.starts[a - 1] < lo or not doc.joined(a - 1):
        return None
    start = _segment_start(doc, a - 1, lo, stop)
    if start is None or not _a_place(doc, start, a - 1) or _speaking_noun(doc, a - 1):
        return None
    return start


def place_modifier(doc: Doc, first: int, last: int) -> int | None:
    """The index of the preposition opening a place after the head of words ``first`` to
    ``last`` (``near`` in ``Villagers near the town of Goma``); a name after it says where
    the speaker is, so it is never the speaker."""
    places = tables().place_prepositions
    for k in range(first + 1, last):
        if doc.low[k] in places and _lower(doc, k) and _speaking_noun(doc, k - 1):
            return k
    return None
