"""The happening as agent: a verb whose subject is a happening's noun tells that happening.

No lexicon lists every verb outlets use for what a storm, a fire or a blast did ("the
cyclone *slammed* into the coast", "a pre-dawn blaze *demolished* the dairy", "the attack
*crippled* the network"), but the clause says it: its subject is the happening, so the verb
is one more mention of it. The subject is read from local syntax only: a noun the lexicon
reads as a happening of a class that acts (``agent_classes``, data/agents.json), standing as its clause's
subject (not the object of a preposition: "in a parliamentary election meant to ..."), and
right before the verb, with only an adverb, a perfect auxiliary ("has slammed") or a
relative pronoun ("the storm, which dumped ...") between. The verb is a past form of no
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
from newskit_events.lexicon import GENERAL
from newskit_events.mention import words_before

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
    raw: dict[str, Any] = json.loads(read_data(__package__, "triggers.json"))
    left_out = {w.lower() for k, ws in raw.get("not_general", {}).items() if not k.startswith("_") for w in ws}
    left_out |= {w.lower() for w in raw.get("reporting_cues", [])}
    left_out |= {w.lower() for k, ws in raw.get("modality", {}).items() if not k.startswith("_") for w in ws}
    out = {k: frozenset(v) for k, v in spec.items() if not k.startswith("_")}
    out["not_acts"] = out["not_acts"] | frozenset(left_out)
    return out


def _subject(text: str, start: int) -> bool:
    """The noun at ``start`` heads its clause's subject: the words before its noun phrase
    end in no preposition ("in a parliamentary election", "of the fire")."""
    d = _data()
    for w in reversed(words_before(text, start, 4)):
        if w in d["prepositions"]:
            return False
        if w in d["determiners"] or not w.isalpha():
            return True
    return True


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


def _acts(text: str, s: int, e: int) -> str | None:
    """The lemma of the past form at ``text[s:e]`` when it may tell what its subject did."""
    w = text[s:e]
    low = w.lower()
    d = _data()
    if not w.islower() or low in d["not_acts"] or not is_past(low):
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
    for s, e, _form, cls, _lemma, _by_prev, verbal in found:
        if verbal or cls not in d["agent_classes"] or not _subject(text, s):
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
        elif out[i][3] == GENERAL:
            vs, ve, vform, _c, vlemma, _b, _v = out[i]
            out[i] = (vs, ve, vform, cls, vlemma, True, True)
    return sorted(out)
