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

from dataclasses import dataclass
from functools import cache

from .cues import load_json, load_word_sets
from .doc import Doc

__all__ = ["blame_preposition", "past_participle_opens"]

#: The shortest regular participle read (``based``; never ``used`` or ``led`` by ending).
_MIN_REGULAR = 5


@dataclass(frozen=True)
class _Lexicon:
    irregular: frozenset[str]
    naming: frozenset[str]
    not_participles: frozenset[str]
    aux: frozenset[str]
    blame: dict[str, frozenset[str]]


@cache
def _lexicon() -> _Lexicon:
    sets = load_word_sets("participles.json")
    blame = load_json("hedged.json")["blame_participles"]
    return _Lexicon(sets["irregular"], sets["naming"], sets["not_participles"], sets["aux"],
                    {w: frozenset(p) for w, p in blame.items()})


def _past_form(w: str) -> bool:
    """``injured``, ``based``, ``held``: a past participle by its form (not ``speed``)."""
    lex = _lexicon()
    if w in lex.irregular:
        return True
    return len(w) >= _MIN_REGULAR and w.endswith("ed") and not w.endswith("eed") and w not in lex.not_participles


def past_participle_opens(doc: Doc, k: int, prepositions: frozenset[str]) -> bool:
    """Word ``k`` is a lower-case past participle right after a noun (no auxiliary, no
    ``-ly`` adverb before it) with a preposition after it (one of ``prepositions``): a
    reduced relative clause opens there (``evacuated from``, ``held at``)."""
    if k < 1 or k + 1 >= len(doc.low) or not doc.text[doc.starts[k]].islower():
        return False
    w, before, after = doc.low[k], doc.low[k - 1], doc.low[k + 1]
    lex = _lexicon()
    if not _past_form(w) or w in lex.naming or after not in prepositions:
        return False
    return before not in lex.aux and not before.endswith("ly") and before.isalpha()


def blame_preposition(doc: Doc, k: int) -> bool:
    """Word ``k`` is a blame participle before its own preposition (``accused of``,
    ``blamed for``): a passive participle even though the verb can cue a report."""
    return k + 1 < len(doc.low) and doc.low[k + 1] in _lexicon().blame.get(doc.low[k], frozenset())
