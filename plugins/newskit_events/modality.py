"""Whether a trigger's clause states its event as expected or only possible, and what that
makes of an event with several mentions."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit_events.lexicon import lexicon
from newskit_events.mention import WORD, Trigger

__all__ = ["event_modality", "mention_modality"]

_CLAUSE_MARK = regex.compile(r"[,;:()\"“”—]")
_LEAD_WORDS = 6


def mention_modality(text: str, m: Trigger, sent_start: int) -> str | None:
    """``"future"`` or ``"hypothetical"`` when the trigger's own clause states its event as
    expected or only possible, else None. Read from the words before the trigger in its
    clause (data/triggers.json ``modality``): an auxiliary within three words of a verb
    (``will visit``, ``would not attack``, ``could have struck``), a leading verb before
    ``to`` (``plans to buy``, ``tried to flee``), a premodifier of a noun (``the planned
    merger``, ``a possible strike``), or a condition opening the clause (``if the dam
    fails``; a sentence that opens with one: ``If it fails, the valley will flood``).
    Auxiliaries are matched in lower case only, so the month ``May`` is none."""
    cues = lexicon().modality
    first = WORD.match(text, sent_start, min(m.start, sent_start + 20))
    if first is not None and first.group().lower() in cues.get("condition", ()):
        return "hypothetical"  # "If the dam fails, the valley will flood": the main clause too
    lo = max(sent_start, m.start - 90)
    seg = text[lo:m.start]
    cut = max((x.end() for x in _CLAUSE_MARK.finditer(seg)), default=0)
    words = WORD.findall(seg[cut:])[-_LEAD_WORDS:]
    if not words:
        return None
    low = [w.lower() for w in words]
    if m.verb:
        for w in reversed(words[-3:]):
            if w in cues.get("hypothetical_aux", ()):
                return "hypothetical"
            if w in cues.get("future_aux", ()):
                return "future"
        if low[-1] == "to" and len(low) >= 2:
            if low[-2] in cues.get("hypothetical_lead", ()):
                return "hypothetical"
            if low[-2] in cues.get("future_lead", ()):
                return "future"
    else:
        if any(w in cues.get("hypothetical_premod", ()) for w in low[-2:]):
            return "hypothetical"
        if any(w in cues.get("future_premod", ()) for w in low[-2:]):
            return "future"
    if any(w in cues.get("condition", ()) for w in low):
        return "hypothetical"
    return None


def event_modality(mentions: Sequence[Trigger]) -> str | None:
    """An event is marked only when no mention asserts it: a verb with no cue ("the army
    attacked") asserts, and so does a noun with no cue given a time of its own ("Monday's
    bid", "the attack on Sunday": a dated happening is stated as one); a bare noun ("the
    attack") is neutral; among the cues, expected wins over merely possible."""
    if any(m.modality is None and (m.verb or m.when is not None) for m in mentions):
        return None  # "the army attacked", "Monday's bid": a verb or a dated noun with no cue asserts
    cues = {m.modality for m in mentions if m.modality}
    if "future" in cues:
        return "future"
    return "hypothetical" if cues else None
