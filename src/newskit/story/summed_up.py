"""The act its sentence just told, summed up by an indefinite summary noun: "the council raised
the tax to 23%, *in a move* retailers said broke a promise", "dismissed the governor *in a
step* that sent the currency lower".

"In a move", "in a rare step", "in a measure that ..." is English's way to sum up the act a
clause has just told and to hang a comment on it: the noun names no happening of its own, and
being indefinite it is read by none of the definite anaphor layers (story/general_anaphors.py
reads "the move" by its antecedent). Its act is the last event its own sentence told before
it, by a verb or a noun; so it is a mention of the central event when that last event is the
central one. A summary noun is one of ``story.json`` ``central.summaries``; as the other
layers that read a story's own words, only dated articles are read, and it runs once the
central event is chosen, so it never decides which event is central.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newskit.model import Analysis
from newskit.story._common import story_data
from newskit.story.act_nouns import clause_dated_mentions
from newskit.story.features import Unit, covered_by, dominant_class, last_before
from newskit.story.learned import is_learned
from newskit.story.predicate import sentence_index
from newskit.story.word_table import words_passing

__all__ = ["attach_summed_up", "is_summary", "sums_up"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "summed"
_OFFSET = 9700

#: "in a", "in an", with up to two lower-case modifiers, right before the noun ("in a rare")
_IN_A = regex.compile(r"(?<!\p{L})[Ii]n\s+an?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$")


@cache
def _summaries() -> frozenset[str]:
    return frozenset(story_data()["central"].get("summaries", ()))


def sums_up(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is a summary noun right after "in a", with up to two
    modifiers between ("in a move", "in a rare step")."""
    return is_summary(text[start:end]) and _IN_A.search(text, max(0, start - 40), start) is not None


def is_summary(word: str) -> bool:
    """The part of :func:`sums_up` that reads the word alone: a summary noun ("move",
    "step"). A story's reading of every word asks it once per distinct word of a text."""
    return word in _summaries()


def attach_summed_up(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                     excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with a new undated mention of the central event (``clusters[0]``) for every
    summary noun after "in a" (:func:`sums_up`) whose sentence told the central event last
    before it, where no unit covers it and no date of its clause sets it apart."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    central = {u.key for u in host}
    every = sorted((u for c in clusters for u in c), key=lambda u: u.key)
    covered = covered_by(every)
    per_article: dict[str, list[Unit]] = {}
    for u in every:
        per_article.setdefault(u.ref.article, []).append(u)
    kind = dominant_class(host, lambda u: not is_learned(u))
    added: list[Unit] = []
    for a in analyses:
        if a.article.published_date is None:
            continue
        text, art = a.article.text, a.article.id
        spans = [(s, e) for _w, s, e in words_passing(text, is_summary)  # the word's test first: it is cheaper
                 if sums_up(text, s, e) and not covered(art, s, e)]
        told = per_article.get(art, [])
        spans = [(s, e) for s, e in spans if _last_is_central(told, text, s, central)]
        added += clause_dated_mentions(a, spans, host, excluded, tag=_TAG, kind=kind, offset=_OFFSET)
    return [[*host, *added], *(list(c) for c in clusters[1:])]


def _last_is_central(told: Sequence[Unit], text: str, start: int, central: set[tuple[str, int, int]]) -> bool:
    """The last event mention before ``start`` is in its sentence and is the central event's."""
    last = last_before(told, start)
    return last is not None and last.key in central and sentence_index(text, last.ref.start) == sentence_index(text, start)
