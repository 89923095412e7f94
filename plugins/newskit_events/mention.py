"""The trigger mention every rule of the events plugin reads and annotates, the draft event
mentions are grouped into, and the word-level patterns several rules share: the words
around a position, what may stand between a verb and its object, clause breaks."""

from __future__ import annotations

import functools

import regex
from attrs import define

from newskit import DateMention
from newskit.actors import Actor
from newskit.ascii_patterns import compile_ascii, plain_ascii
from newskit.timex import compatible as _compatible_values

__all__ = ["CAUSES", "CLAUSE_BREAK", "NOT_OBJECT", "OBJECT_GAP", "TOLL", "WORD", "Draft", "Trigger",
           "compatible", "words_after", "words_before"]

#: a word, with inner apostrophes, dots and hyphens ("U.N.", "stand-off")
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
#: the same words of an ASCII text, by the standard library's engine (about two thirds of
#: the time on the short stretches around a trigger: :mod:`newskit.ascii_patterns`)
_ASCII_WORD = compile_ascii(WORD.pattern)
#: where a clause ends inside a sentence: arguments and dates never reach across it
CLAUSE_BREAK = regex.compile(r"[;:]|,\s+(?:while|but|although|whereas|which|who|with|where)\b")
#: the toll a dated disaster, attack or crime takes shares its date; any other act is its own
TOLL = frozenset({"violence"})
#: happenings whose toll and whose acts ("ripped through") are how they happened
CAUSES = frozenset({"disaster", "conflict", "violence", "crime"})
#: verbs of beginning (general actions, no triggers of their own): with an event noun as
#: subject they tell when it started ("The jailbreak began at 2:30 a.m."), and a date after
#: a verb of ending that follows one is the end's, not the start's
BEGINNING = frozenset({"began", "begun", "begins", "started", "starts", "commenced"})
#: between a verb and the event noun it governs: a determiner, a possessive date, adjectives
OBJECT_GAP = regex.compile(r"(?:\s+[\p{L}\p{N}'’-]+){0,3}\s+")
#: words that open another phrase or clause between a verb and a later noun ("sentenced after a trial")
NOT_OBJECT = frozenset({"after", "before", "following", "since", "during", "amid", "and", "or", "but", "than", "then",
                        "to", "in", "on", "at", "by", "with", "from", "for", "over", "into", "as", "of", "while",
                        "when", "until", "that", "which", "who"})


@functools.lru_cache(maxsize=4096)
def compatible(a: str, b: str) -> bool:
    """newskit.timex.compatible, cached: a long article compares the same few values often."""
    return _compatible_values(a, b)


@define
class Trigger:
    """One trigger word of the article: where it is, its class and lemma, whether it stands
    as a verb, and what the rules read around it (participants, places, time, modality)."""

    start: int
    end: int
    text: str
    cls: str
    form: str
    verb: bool
    sent: int
    lemma: str = ""
    by_prev: bool = False  # licensed by the word before ("the quake hit"): joins that word's event
    #: tuples, most of them the one empty tuple: a long article has tens of thousands of
    #: triggers, and a list each (most empty) was 56 bytes or more apiece
    who: tuple[Actor, ...] = ()
    places: tuple[Actor, ...] = ()
    when: DateMention | None = None
    during: Trigger | None = None
    governor: Trigger | None = None  # "won Sunday's runoff": the verb whose object this noun is
    tells_of: Trigger | None = None  # "the surgery was carried out": the event noun a verb of performing tells of
    sums_up: Trigger | None = None  # "..., a decision that ...": the main verb of the clause this noun names
    modality: str | None = None  # "future" / "hypothetical" when its clause says so (mention_modality)
    stale: bool = False  # dated months before the article: background, never the current news


@define
class Draft:
    """An event being assembled from the article's triggers, before it becomes an ``Event``:
    its slots fill as mentions join (``grouping.group_events``)."""

    cls: str
    who: list[str]
    persons: list[str]
    place: str | None
    country: str | None
    when: str | None
    mentions: list[Trigger]
    evidence: list[tuple[int, int]]
    last_sent: int
    #: the date only its mentions told as expected give ("the deal is expected to close in
    #: 2027"): the event's time when every mention is told so, never that of one told as done
    expected_when: str | None = None


def words_before(text: str, pos: int, n: int) -> list[str]:
    """The last ``n`` words (lower case) within 60 characters before ``pos``."""
    return [w.lower() for w in _words(text[max(0, pos - 60):pos])[-n:]]  # only the words kept are lowered


def words_after(text: str, pos: int, n: int) -> list[str]:
    """The first ``n`` words (lower case, no final dot) within 80 characters after ``pos``."""
    return [w.lower().rstrip(".") for w in _words(text[pos:pos + 80])[:n]]


def _words(seg: str) -> list[str]:
    """``WORD.findall(seg)``: read by the standard library's engine when ``seg`` is plain
    ASCII (the words around a trigger are asked for about a hundred times an article)."""
    return (_ASCII_WORD if _ASCII_WORD is not None and plain_ascii(seg) else WORD).findall(seg)
