"""Which mentions name the setting of another happening rather than the news: the head of a
phrase of place or occasion that follows another event's word in its clause.

"A gunman opened fire at a campaign rally", "the seizure of a cocaine shipment", "a crush
at a music festival", "severe turbulence on a transatlantic flight": the phrase's head tells
where, on what occasion or on what the news happened, and the word the phrase follows
tells the news. Both are event words to the events plugin (a rally, a shipment, a festival
and a flight are all things that take place), and an outlet names the setting in its lead
as often as the news, so the central event's chooser (story/central.py) counts a lead
mention of a setting as no sign that its event is the news.

The structure read is local: a preposition of setting (``story.json`` ``settings``), then
only the words of one noun phrase (no time: "on Monday suspended"; no verb's form), then the
mention; before the preposition, in the same clause and a few words back, a mention of
another trigger family. After "of" the other word stands right before it ("the seizure
of"), as "of" completes the noun before it. A toll is no such word ("four people died
during Monday's blackout": the phrase names the cause, the news), and "in" is no
preposition of setting ("killed in the explosion", "arrested in a raid": on ECB+ it
turned the choice to the consequence).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import regex

from newskit.story._common import TOKEN, learned_word_lists, story_data
from newskit.story.central import role
from newskit.story.features import Unit
from newskit.story.learned import past_form

__all__ = ["setting_keys", "setting_preposition"]

_PHRASE_WORD = regex.compile(r"\p{L}[\p{L}'’-]*|\d[\d.,]*|[$€£¥%'’-]")
_CLAUSE_END = regex.compile(r"[,;:()\"“”–—.!?]|\s-\s")
#: how far back the phrase's preposition and the other event's word may stand
_PHRASE_WORDS = 6
_ANCHOR_CHARS = 60


@cache
def _prepositions() -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions of setting after any word of a clause, those only right after a noun)."""
    spec = story_data()["settings"]
    return frozenset(spec["prepositions"]), frozenset(spec["after_noun"])


def setting_preposition(text: str, start: int) -> tuple[int, int, str] | None:
    """The preposition of setting that opens the noun phrase ending at ``start`` (its start,
    end and lowercased word), None when the words before ``start`` are no such phrase: at
    most six words of one noun phrase (no other preposition, conjunction or punctuation
    that ends a phrase) back to the preposition."""
    anywhere, after_noun = _prepositions()
    words = learned_word_lists()
    found = list(TOKEN.finditer(text, max(0, start - 80), start))
    toks = [m.group().lower() for m in found]
    for n in range(len(toks) - 1, -1, -1):
        word = toks[n]
        if word in anywhere or word in after_noun:
            return found[n].start(), found[n].end(), word
        if len(toks) - n > _PHRASE_WORDS or word in words["boundaries"] or word in words["times"] \
                or not _PHRASE_WORD.fullmatch(word) or (past_form(word) and not _opened(toks, n)):
            return None  # "on Monday suspended": a time and a verb, no phrase of setting
    return None


def _opened(toks: Sequence[str], n: int) -> bool:
    """The word ``toks[n]`` follows a determiner: an adjective of a noun phrase ("a crowded
    concert"), not a verb."""
    return n > 0 and toks[n - 1] in learned_word_lists()["determiners"]


def _anchored(text: str, prep: tuple[int, int, str], others: Sequence[Unit]) -> bool:
    """A mention of ``others`` stands before the preposition in its clause: right before it
    after "of", a few words back after a preposition of place or occasion."""
    start, _, word = prep
    tight = word in _prepositions()[1]
    for v in others:
        gap = text[v.ref.end:start] if v.ref.end <= start else None
        if gap is None or len(gap) > _ANCHOR_CHARS or _CLAUSE_END.search(gap):
            continue
        if not tight or not gap.strip():
            return True
    return False


def setting_keys(units: Sequence[Unit], texts: Mapping[str, str]) -> frozenset[tuple[str, int, int]]:
    """Keys of the mentions that head a phrase of setting of a mention of another trigger
    family in their clause ("shot dead at a *rally*", "the seizure of a *shipment*")."""
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.ref.article, []).append(u)
    out: set[tuple[str, int, int]] = set()
    for art, mine in by_article.items():
        text = texts[art]
        anchors = [v for v in mine if role([v]) != "toll"]  # "died during the blackout": the cause
        for u in mine:
            if past_form(u.ref.text.lower()) or role([u]) is not None:
                continue  # a verb ends no phrase of setting; a toll or a report is no setting
            prep = setting_preposition(text, u.ref.start)
            if prep is not None and _anchored(text, prep, [v for v in anchors if v.family != u.family]):
                out.add(u.key)
    return frozenset(out)
