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
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from newskit.patterns import read_data
from newskit_events.lemma import ED, candidates, is_past
from newskit_events.lexicon import GENERAL, raw_triggers

__all__ = ["agent_verbs"]

#: a trigger as find_triggers gives it: (start, end, form, class, lemma, by_prev, verbal)
Entry = tuple[int, int, str, str, str, bool, bool]

_WORD = regex.compile(r"\p{L}[\p{L}'’-]*|[^\s\p{L}]")


@cache
def _data() -> dict[str, frozenset[str]]:
    """The closed classes of ``data/agents.json``; its ``not_acts`` with triggers.json's
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


def _subject(text: str, start: int) -> bool:
    """The noun at ``start`` heads its clause's subject: its noun phrase (a determiner or
    a possessive and at most three modifiers before it) opens a sentence or a clause - after
    a conjunction, a relative or punctuation - and no preposition or verb comes before it
    ("in a parliamentary election", "arrested in police operations has hanged himself")."""
    d = _data()
    before = _WORD.findall(text, max(0, start - 80), start)[-5:]
    if not before:
        return True
    for i, w in enumerate(reversed(before)):
        low = w.lower()
        if w in ("'", "’"):
            continue  # a possessive's mark: "the city's fire"
        if not w[0].isalnum():
            return w not in d["not_openers"]  # a sentence's or a clause's punctuation
        if low in d["openers"]:
            return True
        if low in d["determiners"]:
            rest = before[: len(before) - i - 1]
            return not rest or not rest[-1][0].isalnum() or rest[-1].lower() in d["openers"]
        if low in d["prepositions"] or i >= 4:
            return False
    return len(before) < 5


def _verb_after(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the word that may be the verb of a subject ending at ``end``: the
    next word, past adverbs, a perfect auxiliary or a relative pronoun."""
    d = _data()
    pos = end
    for _ in range(4):
        m = _WORD.search(text, pos)
        if m is None or text[pos:m.start()].strip():
            return None
        w = m.group().lower()
        if w in d["between"] or (w.endswith("ly") and len(w) > 4) or (w == "," and pos == end):
            pos = m.end()
            continue
        return (m.start(), m.end()) if m.group().isalpha() else None
    return None


def _no_object(text: str, end: int) -> bool:
    """No direct object follows the verb ending at ``end``: a preposition of path or
    place, a particle with none after it, an adverb or the clause's end ("slammed *into*
    the coast", "swept *across*", "came *down*."). A verb with an object tells what the
    happening did to it ("the quake levelled seven villages"), an effect of its own."""
    d = _data()
    words = _WORD.findall(text, end, end + 60)[:2]
    if not words or not words[0][0].isalpha():
        return True
    first = words[0].lower()
    if first in d["particles"]:
        nxt = words[1].lower() if len(words) > 1 else ""
        return not nxt[:1].isalpha() or nxt in d["prepositions"] or nxt.endswith("ly")
    return first in d["prepositions"] or (first.endswith("ly") and len(first) > 4)


def _acts(text: str, s: int, e: int) -> str | None:
    """The lemma of the past form at ``text[s:e]`` when it may tell what its subject did:
    an intransitive verb of no act left out (:func:`_no_object`)."""
    w = text[s:e]
    low = w.lower()
    d = _data()
    if not w.islower() or low in d["not_acts"] or not is_past(low) or not _no_object(text, e):
        return None
    after = _WORD.search(text, e)
    if after is not None and after.group().lower() in d["participle_next"]:
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
