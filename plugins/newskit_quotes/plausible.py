"""What a speaker can be (issue #14): a person, an organisation, a role, a pronoun or a
description of people; never a time (``Tuesday said``), a place or geographic feature
(``Hualien said``, ``the Philippine Sea Plate said``) or an abstract noun (``said the
past``, ``an ad``).

A phrase is implausible when one of :data:`RULES` objects to it. Each rule is small and
reads one word list of ``data/speakers.json`` (or the core gazetteer, for cities and
regions); a phrase holding a person mention is always plausible (``May said``,
``Tuesday Weld said`` are persons when the persons plugin says so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from .actors import DETS, tables
from .cues import load_word_sets
from .doc import Doc

__all__ = ["RULES", "a_document", "implausible", "speaker_words"]


@dataclass(frozen=True)
class SpeakerWords:
    named_times: frozenset[str]
    times: frozenset[str]
    places: frozenset[str]
    place_kinds: frozenset[str]
    abstract: frozenset[str]
    documents: frozenset[str]
    relay: frozenset[str]
    time_leads: frozenset[str]
    addressed: frozenset[str]
    quantities: frozenset[str]
    asked: frozenset[str]
    adverbial_leads: frozenset[str] = frozenset()
    clock_marks: frozenset[str] = frozenset()


@cache
def speaker_words() -> SpeakerWords:
    return SpeakerWords(**load_word_sets("speakers.json"))


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase seen by the rules: its words (determiners dropped) and offsets."""

    start: int
    end: int
    words: tuple[str, ...]  # as written
    head: str  # last word, lower case
    bare: bool = False  # no determiner or quantity was dropped before the words

    @property
    def capitalised(self) -> bool:
        return any(w[:1].isupper() for w in self.words)


def _time(doc: Doc, p: Phrase) -> bool:
    """``Tuesday said``, ``last week said``, ``2019 showed``: a time never speaks (``The
    Times`` does: a capitalised time noun other than a weekday or month is a name); a year
    alone, or with its month, is a time too."""
    if len(p.words) > 3:
        return False
    sw = speaker_words()
    return p.head in sw.named_times or (p.head in sw.times and not p.capitalised) or (
        _YEAR.fullmatch(p.head) is not None and all(_YEAR.fullmatch(w) or w.lower() in sw.named_times for w in p.words))


#: A year as news writes it (``1998``, ``2024``).
_YEAR = regex.compile(r"1[89]\d\d|2[01]\d\d")


def _feature(doc: Doc, p: Phrase) -> bool:
    """``Heping Township``, ``the Philippine Sea Plate``, ``the island``: a place or a
    geographic feature named by its generic head. A lone capitalised word is left alone
    (``Park said`` is a surname)."""
    if p.capitalised and len(p.words) < 2:
        return False
    return p.head in speaker_words().places and p.head not in tables().org_heads


def _gazetteer_place(doc: Doc, p: Phrase) -> bool:
    """A city or region of the core gazetteer standing alone (``Hualien said``); capitals
    and countries speak by metonymy (``Beijing said``) and are left alone."""
    actor = doc.gazetteer_over(p.start, p.end)
    return actor is not None and actor.kind in speaker_words().place_kinds and p.head not in tables().org_heads


def _abstract(doc: Doc, p: Phrase) -> bool:
    """``said the past``, ``an ad said``: an abstract or event noun with no name in it."""
    return not p.capitalised and p.head in speaker_words().abstract


def _participle(doc: Doc, p: Phrase) -> bool:
    """``…, fueling worries that …``: a lone lower-case ``-ing`` word with no determiner is
    a participle or a gerund, never someone (``the building``, ``a ruling`` keep theirs)."""
    return p.bare and len(p.words) == 1 and p.head.endswith("ing") and p.words[0].islower()


#: The rules, cheapest first; a phrase is implausible when any of them says so.
RULES: tuple[Callable[[Doc, Phrase], bool], ...] = (_time, _abstract, _participle, _feature, _gazetteer_place)


@cache
def _post() -> frozenset[str]:
    """Words after a head that open its post-modifier: prepositions (``residents of``,
    ``fishermen on``), adjectives taking one (``close to``) and relative pronouns."""
    t = tables()
    return t.modifier_prepositions | frozenset(t.post_modifiers) | {"who", "whose"}


def phrase(doc: Doc, start: int, end: int) -> Phrase | None:
    """The words of ``text[start:end]`` without leading determiners or quantities."""
    ws = [w.strip(",.;:") for w in doc.text[start:end].split()]
    ws = [w for w in ws if w]
    k = 0
    while k < len(ws) - 1 and (ws[k].lower() in DETS or ws[k].lower() in ("last", "next", "early", "late")):
        k += 1
    if k >= len(ws):
        return None
    ws = ws[k:]
    # the head comes before a post-modifier: "residents of Heping Township", "officials in Seoul"
    cut = next((i for i, w in enumerate(ws) if i > 0 and (w.lower() in _post() or tables().opens_modifier(w))), len(ws))
    head = ws[cut - 1].lower().rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
    # offsets of the kept words: the phrase as written after the determiners
    first = doc.text.find(ws[0], start, end)
    return Phrase(first if first >= 0 else start, end, tuple(ws[:cut]), head, k == 0)


def a_document(doc: Doc, start: int, end: int) -> bool:
    """``A budget review published last year``, ``emails obtained by the paper``: a written
    or recorded source, which reports as a speaker does (PolNeAR's sources include them)."""
    p = phrase(doc, start, end)
    return p is not None and any(w.lower() in speaker_words().documents for w in p.words)


def implausible(doc: Doc, start: int, end: int) -> bool:
    """True when ``text[start:end]`` cannot be a speaker."""
    if doc.persons_in(start, end):
        return False
    p = phrase(doc, start, end)
    if p is None:
        return False
    return any(rule(doc, p) for rule in RULES)
