"""The cue vocabulary: ``data/cues.json`` with the stance of every speech cue the current
vocabulary holds, whichever plugin registered it, and the word lists read from it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from newskit import patterns
from newskit.body_names import body_heads
from newskit.kinds import names_no_company
from newskit.patterns import read_data
from newskit.vocabulary import SpeechCue, current, per_vocabulary


@cache
def raw_cues() -> dict[str, Any]:
    """``data/cues.json`` as written (loaded once)."""
    raw = read_data(__package__, "cues.json")
    data: dict[str, Any] = json.loads(raw)
    return data


def bundled_stance_cues() -> list[SpeechCue]:
    """The cue forms of ``data/cues.json`` with their stance."""
    return [SpeechCue(word=w, stance=stance, forms=(w,))
            for stance, words in raw_cues()["stances"].items() for w in words]


@per_vocabulary
def cue_data() -> dict[str, Any]:
    """The cue lists, their stances from the current vocabulary (every speech cue that
    declares a stance, whichever plugin gave it); the subject nouns with the generic heads
    of bodies' names (``newskit.body_names.body_heads``)."""
    raw = raw_cues()
    stances: dict[str, list[str]] = {k: [] for k in raw["stances"]}
    for c in current()(SpeechCue):
        if c.stance is not None:
            stances.setdefault(c.stance, []).extend(c.word_forms())
    heads = body_heads() - frozenset(raw["subject_nouns_not_heads"])
    return {**raw, "stances": stances, "subject_nouns": sorted(set(raw["subject_nouns"]) | heads)}


def alternation(words: Sequence[str]) -> str:
    """The words as one regex alternation, longest first so a longer cue wins (a space
    matches itself: the callers widen it where they need to)."""
    return patterns.alternation(set(words), space=r"\ ")


@per_vocabulary
def cue_stances() -> dict[str, str]:
    """Each cue word, lower case -> its stance (the first stance that lists it)."""
    out: dict[str, str] = {}
    for stance, words in cue_data()["stances"].items():
        for w in words:
            out.setdefault(w.lower(), stance)
    return out


@per_vocabulary
def anaphors() -> dict[str, str]:
    """Definite common nouns that stand for an organisation named before -> how to find it."""
    return {w: how for how, words in cue_data()["definite_anaphors"].items() for w in words}


@per_vocabulary
def _civic_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_data()["civic_bodies"])


def not_antecedent(word: str) -> bool:
    """Whether ``word`` of a name says ``the company`` never stands for it: a word of a body
    that is never a company (``newskit.kinds.names_no_company``: public bodies, parties,
    unions, vessels) or the head of a civic body (``Wild Salmon Alliance``, ``Ashby
    Residents' Association``)."""
    return names_no_company(word) or word.casefold() in _civic_words()
