"""The happening as agent: a verb whose subject is a happening's noun tells that happening.

No lexicon lists every verb outlets use for what a storm, a fire or a blast did ("the
cyclone *slammed* into the coast", "a pre-dawn blaze *demolished* the dairy", "the attack
*crippled* the network"), but the clause says it: its subject is the happening, so the verb
is one more mention of it. The subject is read from local syntax only: a noun the lexicon
reads as a happening of a class that acts (``agent_classes``, data/agents.json), standing as its clause's
subject (its noun phrase opens a clause: not the object of a preposition, "in a
parliamentary election meant to ..."), and right before the verb, with only an adverb, a
perfect auxiliary ("has slammed") or a relative pronoun ("the storm, which swept ...")
between. The verb takes no object: a path ("tore *through*", "slammed *into*"), a particle or
nothing follows; what the happening did to something ("the quake levelled seven villages")
is an effect, another event (as ECB+ annotates it). It is a past form of no
class of its own (a verb of a named class keeps it: "the quake killed 14" is a toll) and no
light, relating, speech or reporting verb ("the fire was", "the blast caused", "the raid
came"); a participle that modifies the noun ("a fire set by teenagers", "an outage
expected to last") is no verb of the clause.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Any

from newskit.patterns import read_data
from newskit.textlayer import CLITIC, PUNCT, Tokens, layer
from newskit_events.grammar import CLAUSE_OPENERS, DETERMINERS, PARTICLES, PREPOSITIONS
from newskit_events.lemma import ED, candidates, is_past
from newskit_events.lexicon import GENERAL, raw_triggers

__all__ = ["agent_verbs"]

#: a trigger as find_triggers gives it: (start, end, form, class, lemma, by_prev, verbal)
Entry = tuple[int, int, str, str, str, bool, bool]

#: a subject's noun phrase holds at most this many words before its noun
_PHRASE = 4
#: a verb stands at most this many tokens (adverbs, auxiliaries, relatives) after its subject
_VERB_REACH = 4
#: an apostrophe on its own: a plural's possessive mark ("the teachers' strike", "Butler ' s"
#: in tokenised text), read as part of the word before it
_APOSTROPHES = frozenset({"'", "’"})


@cache
def _data() -> dict[str, frozenset[str]]:
    """The word lists of ``data/agents.json`` (the grammar's closed classes are
    :mod:`newskit_events.grammar`'s); its ``not_acts`` with triggers.json's
    verbs left out of the general actions (light, relating, speech), reporting and
    modality cues."""
    spec: dict[str, Any] = json.loads(read_data(__package__, "agents.json"))
    raw = raw_triggers()
    left_out = {w.lower() for k, ws in raw.get("not_general", {}).items() if not k.startswith("_") for w in ws}
    left_out |= {w.lower() for w in raw.get("reporting_cues", [])}
    left_out |= {w.lower() for k, ws in raw.get("modality", {}).items() if not k.startswith("_") for w in ws}
    out = {k: frozenset(v) for k, v in spec.items() if not k.startswith("_")}
    out["not_acts"] = out["not_acts"] | frozenset(left_out)
    return out


def _text(toks: Tokens, i: int) -> str:
    return toks.text[toks.starts[i]:toks.ends[i]]


def _next_token(toks: Tokens, pos: int) -> int | None:
    """The index of the first token at or after ``pos`` (``len(toks)`` past the last), None
    when ``pos`` falls inside a token (a word's "'s" or ".": no word follows there)."""
    i = bisect_left(toks.starts, pos)
    return None if i and toks.ends[i - 1] > pos else i


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4


def _subject(text: str, start: int) -> bool:
    """The noun at ``start`` heads its clause's subject: its noun phrase (a determiner or
    a possessive and at most three modifiers before it) opens a sentence or a clause - after
    a conjunction, a relative or punctuation - and no preposition or verb comes before it
    ("in a parliamentary election", "arrested in police operations has hanged himself")."""
    d = _data()
    toks = layer(text).tokens
    i = bisect_left(toks.starts, start)
    words = 0
    while i > 0:
        i -= 1
        w = _text(toks, i)
        if toks.shapes[i] & CLITIC or w in _APOSTROPHES:
            continue  # a possessive's mark: "the city's fire", "the teachers' strike"
        if toks.shapes[i] & PUNCT:
            return w not in d["not_openers"]  # a sentence's or a clause's punctuation
        low = w.lower()
        if low in CLAUSE_OPENERS:
            return True
        if low in DETERMINERS:
            return _opens_phrase(toks, i)
        if low in PREPOSITIONS or words == _PHRASE:
            return False
        words += 1
    return True  # the text's first words


def _opens_phrase(toks: Tokens, i: int) -> bool:
    """The determiner at token ``i`` opens the text, or follows punctuation or a word after
    which a clause begins."""
    return i == 0 or bool(toks.shapes[i - 1] & PUNCT) or _text(toks, i - 1).lower() in CLAUSE_OPENERS


def _verb_after(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the word that may be the verb of a subject ending at ``end``: the
    next word, past adverbs, a perfect auxiliary or a relative pronoun (after a comma)."""
    d = _data()
    toks = layer(text).tokens
    i = _next_token(toks, end)
    if i is None:
        return None
    for k in range(i, min(i + _VERB_REACH, len(toks))):
        w = _text(toks, k).lower()
        if w in d["between"] or _adverb(w) or (w == "," and k == i):
            continue
        return (toks.starts[k], toks.ends[k]) if w.isalpha() else None
    return None


def _following(text: str, end: int, n: int) -> list[str]:
    """The first ``n`` tokens after ``end`` (lower case)."""
    toks = layer(text).tokens
    i = bisect_left(toks.starts, end)
    return [_text(toks, k).lower() for k in range(i, min(i + n, len(toks)))]


def _no_object(text: str, end: int) -> bool:
    """No direct object follows the verb ending at ``end``: a preposition of path or
    place, a particle with none after it, an adverb or the clause's end ("slammed *into*
    the coast", "swept *across*", "came *down*."). A verb with an object tells what the
    happening did to it ("the quake levelled seven villages"), an effect of its own."""
    words = _following(text, end, 2)
    if not words or not words[0][0].isalpha():
        return True
    first = words[0]
    if first in PARTICLES:
        nxt = words[1] if len(words) > 1 else ""
        return not nxt[:1].isalpha() or nxt in PREPOSITIONS or nxt.endswith("ly")
    return first in PREPOSITIONS or _adverb(first)


def _acts(text: str, s: int, e: int) -> str | None:
    """The lemma of the past form at ``text[s:e]`` when it may tell what its subject did:
    an intransitive verb of no act left out (:func:`_no_object`)."""
    w = text[s:e]
    low = w.lower()
    d = _data()
    if not w.islower() or low in d["not_acts"] or not is_past(low) or not _no_object(text, e):
        return None
    after = _following(text, e, 1)
    if after and after[0] in d["participle_next"]:
        return None  # "a fire set by teenagers", "an outage expected to last"
    return next((lem for lem, tag in candidates(low) if tag == ED), low)


def agent_verbs(text: str, found: Sequence[Entry]) -> list[Entry]:
    """``found`` with the verbs whose subject is a happening it reads (the module
    docstring): a word with no reading becomes a mention of its subject's class, a
    general action takes that class."""
    d = _data()
    at = {t[0]: i for i, t in enumerate(found)}
    out = list(found)
    for s, e, form, cls, _lemma, _by_prev, verbal in found:
        if verbal or cls not in d["agent_classes"] or form in d["results"] or not _subject(text, s):
            continue
        span = _verb_after(text, e)
        if span is None:
            continue
        lemma = _acts(text, *span)
        if lemma is None:
            continue
        i = at.get(span[0])
        if i is None:
            out.append((span[0], span[1], text[span[0]:span[1]].lower(), cls, lemma, True, True))
            at[span[0]] = len(out) - 1
        elif out[i][3] == GENERAL:
            vs, ve, vform, _c, vlemma, _b, _v = out[i]
            out[i] = (vs, ve, vform, cls, vlemma, True, True)
    return sorted(out)
