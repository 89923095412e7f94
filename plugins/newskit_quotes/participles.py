"""A past participle opening a reduced relative clause after a subject's head (issue #14).

``A woman injured in the blast said``, ``Officials based in the capital said``, ``A
former treasurer accused of taking money from a pension fund told the jury``: the words
before the cue end a participle phrase that modifies the subject, so the subject's head
speaks, not the last noun of the phrase (``the blast``, ``the capital``, ``a pension
fund``). Without this reading a place or a time ends the speaker phrase and the
attribution is dropped or credited to it. The participle follows a noun (not a form of
*be* or *have*, which makes it a finite verb) and a preposition opens its phrase; a
participle of naming (``known as``) gives the floor to the name. Words:
``data/participles.json``; the blame participles with their prepositions (``accused of``)
are the agentless-passive ones of ``data/hedged.json``.
"""

from __future__ import annotations

from functools import cache

from .cues import load_json, load_word_sets
from .doc import Doc

__all__ = ["blame_preposition", "names_through", "past_participle_opens", "sent_to_place"]

#: The shortest regular participle read (``based``; never ``used`` or ``led`` by ending).
_MIN_REGULAR = 5


@cache
def _words() -> dict[str, frozenset[str]]:
    """The lists of ``data/participles.json``: irregular, naming, not_participles, aux."""
    return load_word_sets("participles.json")


@cache
def _blame() -> dict[str, frozenset[str]]:
    """Blame participles and their prepositions (``accused`` -> ``of``)."""
    return {w: frozenset(p) for w, p in load_json("hedged.json")["blame_participles"].items()}


def _past_form(w: str) -> bool:
    """``injured``, ``based``, ``held``: a past participle by its form (not ``speed``)."""
    if w in _words()["irregular"]:
        return True
    return len(w) >= _MIN_REGULAR and w.endswith("ed") and not w.endswith("eed") and w not in _words()["not_participles"]


def past_participle_opens(doc: Doc, k: int, prepositions: frozenset[str]) -> bool:
    """Word ``k`` is a lower-case past participle right after a noun (no auxiliary, no
    ``-ly`` adverb before it) with a preposition after it (one of ``prepositions``): a
    reduced relative clause opens there (``evacuated from``, ``held at``)."""
    if k < 1 or k + 1 >= len(doc.low) or not doc.text[doc.starts[k]].islower():
        return False
    w, before, after = doc.low[k], doc.low[k - 1], doc.low[k + 1]
    if not _past_form(w) or after not in prepositions or names_through(w, after):
        return False
    return before not in _words()["aux"] and not before.endswith("ly") and before.isalpha()


def names_through(w: str, after: str) -> bool:
    """A naming participle before a preposition it names through (``known as``, ``named
    after``) hands the floor to the name; before any other (``called to the scene``,
    ``named in the report``) it opens a reduced relative as any participle does."""
    return w in _words()["naming"] and after in _words()["naming_prepositions"]


def sent_to_place(doc: Doc, k: int, dets: frozenset[str]) -> bool:
    """Word ``k`` is a verb of saying used as a participle of sending before ``to`` and a
    determiner (``Police called to the scene``): a reduced relative even though the verb
    can cue a report (an infinitive after ``to`` keeps the finite reading)."""
    return (doc.low[k] in _words()["sent_cues"] and k + 2 < len(doc.low) and doc.low[k + 1] == "to"
            and doc.low[k + 2] in dets)


def blame_preposition(doc: Doc, k: int) -> bool:
    """Word ``k`` is a blame participle before its own preposition (``accused of``,
    ``blamed for``): a passive participle even though the verb can cue a report."""
    return k + 1 < len(doc.low) and doc.low[k + 1] in _blame().get(doc.low[k], frozenset())
