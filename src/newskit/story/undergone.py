"""The thing the news befell, told again as the subject of a verb of its own.

A report leads with what befell a thing, in a verb told without an object: "A ferry
*capsized* on the Meghna river", "More than 200 pilot whales *stranded* on Farewell Spit".
Later it tells the happening again, in other words, with that thing as the subject: "The
ferry, which had left Dhaka late on Thursday, *flipped* shortly after dawn", "hours before
the whales *beached*". The second verb is often one no trigger lexicon lists, so it sits in
no event; what ties it to the news is where it stands, not its class: its subject is the
head of the subject of a central mention in an article's first news sentence, and, as
there, it is told as done without an object.

So the undergoers of the news are read from the leads (the noun right before a central
verb told as done in the active voice, no object after it), and in every dated article a
definite noun phrase headed by one of them ("the ferry", "the whales"; an apposition or a
relative clause between commas may follow), then a verb told as done without an object
(a past form of a verb WordNet lists as an act: story/unknown_acts.py, not after a form of
be, no verb of saying, being, causing or a light verb) is a new mention of the central
event, unless a date of its own clause sets it apart. A verb with an object ("the river
burst its banks", "the blast tore off the front") tells what the thing did to something
else; a passive ("the boat was licensed") what was done to it, and neither is read. It runs
once the central event is chosen, so it never decides which event is central, and reads
dated articles only, as the other layers that read a story's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cache

import regex

from newskit import grammar
from newskit.model import Analysis
from newskit.story._common import word_lists
from newskit.story.act_nouns import clause_dated_mentions
from newskit.story.features import (
    Unit,
    covered_by,
    dominant_class,
    is_verb_form,
    listed_families,
    phrase_lemma,
    stem_family,
)
from newskit.story.learned import is_learned, past_form
from newskit.story.predicate import (
    LeadTok,
    definite_before,
    is_excluded_stem,
    is_light_verb,
    text_tokens,
    verb_stem,
)
from newskit.story.unknown_acts import past_lemma
from newskit.text import match_ahead
from newskit.textlayer import layer

__all__ = ["attach_undergone", "done_act", "retold_verb", "undergoers", "without_object"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "undergone"
_OFFSET = 9000
#: an apposition or a relative clause between commas after the subject ("The ferry, which
#: had left Dhaka late on Thursday, flipped"), at most 90 characters; a number's separators
#: ("2,000 tonnes") do not end it
_ASIDE = regex.compile(r"\s*,(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){1,90},")
#: words before a subject that show it is none ("of the ferry": a noun of another phrase)
_CLOSED = grammar.DETERMINERS | grammar.PREPOSITIONS | grammar.SUBJECT_PRONOUNS | grammar.OBJECT_PRONOUNS \
    | grammar.RELATIVES | grammar.COORDINATORS | grammar.SUBORDINATORS | grammar.MODALS


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The particles, the words between a subject and its verb, the forms of be, the
    auxiliaries, the pluperfect's (``newskit/data/undergone.json``)."""
    return word_lists("undergone.json")


def without_object(toks: Sequence[LeadTok], i: int) -> bool:
    """The verb ``toks[i]`` (with a particle after it, "came down") has no object: what
    follows is a mark, a preposition, an adverb in -ly or the end ("capsized on Thursday",
    "flipped, killing", "beached."), not a noun phrase ("burst its banks")."""
    k = i + 1
    if k < len(toks) and toks[k][0].lower() in _lists()["particles"]:
        k += 1
    if k >= len(toks):
        return True
    nxt = toks[k][0]
    low = nxt.lower()
    return not nxt[:1].isalnum() or low in grammar.PREPOSITIONS or (low.endswith("ly") and len(low) > 4)


def _phrasal(toks: Sequence[LeadTok], i: int) -> bool:
    """``toks[i]`` and the word after it are a phrasal verb the trigger families name ("gave
    way" of a collapse, "went down" of a sinking: ``coref.json``)."""
    if i + 1 >= len(toks):
        return False
    key = phrase_lemma(toks[i][0], toks[i + 1][0])
    return " " in key and stem_family(key) in listed_families()


def done_act(toks: Sequence[LeadTok], i: int) -> int | None:
    """The end of the act ``toks[i]`` tells as done without an object, not as a passive (no
    form of be right before it) nor before the news (no "had"): a past form of a verb WordNet lists as an act (not
    saying, being, a light verb), or of a phrasal verb the trigger families name ("gave
    way"), whose particle it ends with; None when it tells none."""
    w = toks[i][0]
    if not (w.isalpha() and w.islower()) or w.endswith(("ing", "s")) or not past_form(w):
        return None
    phrasal = _phrasal(toks, i)
    if not phrasal and (past_lemma(w) is None or is_excluded_stem(verb_stem(w)) or is_light_verb(w)):
        return None
    prev = toks[i - 1][0].lower() if i > 0 else ""
    last = i + 1 if phrasal else i
    if prev in _lists()["be"] or prev in _lists()["earlier"] or not without_object(toks, last):
        return None
    return toks[last][2]


def _subject(toks: Sequence[LeadTok], i: int) -> str | None:
    """The lower-case noun right before the verb ``toks[i]`` (an auxiliary of the perfect
    between), the head of its subject ("a ferry *capsized*"), or None."""
    j = i - 1
    while j >= 0 and toks[j][0].lower() in _lists()["between"]:
        j -= 1
    if j < 0:
        return None
    w = toks[j][0]
    if not (w.isalpha() and w.islower()) or w in _CLOSED or is_verb_form(w):
        return None
    if w in _lists()["be"] or w in _lists()["auxiliaries"]:
        return None
    return w


def undergoers(dated: Sequence[Analysis], host: Sequence[Unit]) -> frozenset[str]:
    """The heads of the subjects of the central event's verbs told as done without an object
    in the articles' first news sentences ("a ferry capsized on the river": ferry)."""
    by_article: dict[str, list[Unit]] = {}
    for u in host:
        if not is_learned(u):
            by_article.setdefault(u.ref.article, []).append(u)
    out: set[str] = set()
    for a in dated:
        mine = by_article.get(a.article.id)
        lead = layer(a.article.text).lead
        if not mine or not lead:
            continue
        toks = [t for t in text_tokens(a.article.text) if lead[0].start <= t[1] < lead[0].end]
        index = {t[1]: n for n, t in enumerate(toks)}
        for u in mine:
            i = index.get(u.ref.start)
            if i is None or not is_verb_form(toks[i][0]) or toks[i][0].endswith("ing"):
                continue
            prev = toks[i - 1][0].lower() if i > 0 else ""
            head = _subject(toks, i) if prev not in _lists()["be"] and without_object(toks, i) else None
            if head is not None:
                out.add(head)
    return frozenset(out)


def retold_verb(text: str, toks: Sequence[LeadTok], n: int) -> int | None:
    """The index of the verb told as done without an object whose subject is headed by the
    noun ``toks[n]`` ("The ferry, which had left Dhaka, *flipped* shortly after dawn"), or
    None."""
    aside = match_ahead(_ASIDE, text, toks[n][2])
    i = n + 1
    if aside is not None:
        while i < len(toks) and toks[i][1] < aside.end():
            i += 1
    while i < len(toks) and toks[i][0].lower() in _lists()["between"]:
        i += 1
    return i if i < len(toks) and done_act(toks, i) is not None else None



def _retold_spans(a: Analysis, heads: Collection[str], covered: Callable[[str, int, int], bool]) -> Iterator[tuple[int, int]]:
    """The spans of the verbs an article tells a befallen thing's act again with (``The
    ferry ... flipped``) that no unit covers."""
    text, art = a.article.text, a.article.id
    toks = text_tokens(text)
    for n, (w, st, _en, _h) in enumerate(toks):
        if w not in heads or not definite_before(text, st):
            continue
        i = retold_verb(text, toks, n)
        if i is not None and not covered(art, toks[i][1], toks[i][2]):
            yield toks[i][1], done_act(toks, i) or toks[i][2]

def attach_undergone(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                     excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with a new mention of the central event (``clusters[0]``) for every verb
    that tells again what befell one of its undergoers (:func:`undergoers`,
    :func:`retold_verb`), where no unit covers it and no date of its clause sets it apart."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    dated = [a for a in analyses if a.article.published_date is not None]
    heads = undergoers(dated, host)
    if not heads:
        return [list(c) for c in clusters]
    covered = covered_by([u for c in clusters for u in c])
    kind = dominant_class(host, lambda u: not is_learned(u))
    added: list[Unit] = []
    for a in dated:
        added += clause_dated_mentions(a, _retold_spans(a, heads, covered), host, excluded, tag=_TAG, kind=kind,
                                       offset=_OFFSET)
    return [[*host, *added], *(list(c) for c in clusters[1:])]
