"""Helpers shared by the story modules: data, slugs, span references."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit import grammar
from newskit.datafiles import package_json
from newskit.text import fold_letters
from newskit.textlayer import layer
from newskit.timex import interval

_NON_ALNUM = regex.compile(r"[^a-z0-9]+")

#: a word as the story modules read it: letters, with inner apostrophes and hyphens
WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: a word, a number with its separators, or any other single character
TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*|\d[\d.,]*|\S")
#: how many patterns built for one story's names or nouns are kept (the most recently
#: asked): a stream of stories keeps naming new people and bodies, and a compiled pattern
#: kept for every name ever read grew with the stream, where memory should stay flat
NAMES_KEPT = 1 << 10


@cache
def story_data() -> dict[str, Any]:
    """The story's rule data (``newskit/data/story.json``)."""
    data: dict[str, Any] = package_json("newskit", "story.json")
    return data


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """Every word list of one story data file (``newskit/data/<name>``) as a frozenset,
    read once per process."""
    raw: dict[str, Any] = package_json("newskit", name)
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


#: the closed classes every reader of a lead shares with the learned events
#: (``learned_events.json``): determiners, boundaries, particles, times, parts
LEAD_CLASSES = ("determiners", "boundaries", "particles", "times", "parts")


@cache
def learned_word_lists() -> dict[str, frozenset[str]]:
    """The word lists of ``learned_events.json``, its determiners completed with the core's
    closed class (:data:`newskit.grammar.DETERMINERS`): the data keeps only what it adds."""
    learned = dict(word_lists("learned_events.json"))
    learned["determiners"] = grammar.DETERMINERS | learned["determiners"]
    return learned


@cache
def lead_word_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of ``name`` with the lead's closed classes of the learned events,
    so that every reader of a lead stops a phrase at the same words."""
    learned = learned_word_lists()
    return {**word_lists(name), **{k: learned[k] for k in LEAD_CLASSES}}


def slug(s: str | None) -> str:
    """ASCII, lower case, hyphen-separated: ``Kim Jong-un`` -> ``kim-jong-un``."""
    folded = fold_letters(s or "").encode("ascii", "ignore").decode()
    return str(_NON_ALNUM.sub("-", folded)).strip("-")


def name_key(s: str | None) -> str:
    """Key under which spellings of one name agree (``Kim Jong-un`` = ``Kim Jong Un``)."""
    return slug(s).replace("-", "")


def width(value: str | None) -> float:
    """Seconds a TIMEX3 value spans (inf when it has no interval): smaller is more specific."""
    iv = interval(value)
    return (iv[1] - iv[0]).total_seconds() if iv else float("inf")


def start_of(value: str | None) -> str:
    """A sort key: the ISO start of the value's interval, or a high value when none."""
    iv = interval(value)
    return iv[0].isoformat() if iv else "9999"


#: the marks that set a clause apart within its sentence
_CLAUSE_MARKS = ",;:"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the clause holding ``text[start:end]``: between the commas, semicolons
    or colons of its sentence nearest to it (the sentence's bounds when there are none);
    None outside every sentence. A date of another clause ("..., the union said on
    Saturday") tells when something else was said or done."""
    sent = layer(text).sentence_at(start)
    if sent is None:
        return None
    lo = max(max(text.rfind(c, sent.start, start) for c in _CLAUSE_MARKS) + 1, sent.start)
    ends = [x for x in (text.find(c, end, sent.end) for c in _CLAUSE_MARKS) if x >= 0]
    return lo, min(ends) if ends else sent.end
