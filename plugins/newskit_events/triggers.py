"""Trigger words: every word of the text the lexicon knows as an event (with its class,
lemma and whether it stands as a verb), minus words inside names and support verbs that
only carry an event noun ("caused damage")."""

from __future__ import annotations

import regex

from newskit.actors import ActorIndex
from newskit_events.lexicon import GENERAL, lexicon
from newskit_events.mention import CAUSES, Trigger, words_after, words_before

__all__ = ["drop_support", "find_triggers", "inside_name", "is_verb"]

_TOKEN = regex.compile(r"(?<![\p{L}\p{N}-])\p{L}[\p{L}\p{N}-]*(?<!-)")
_VERB_PREV = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must",
                        "did", "does", "didn't", "not", "also", "had", "has", "have"})
_NOUN_PREV = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
                        "those", "our", "my", "your", "first", "last", "second", "previous"})

_KNOWN: dict[str, bool] = {}
_KNOWN_OF: list[object] = [None]
_KNOWN_MAX = 200_000


def _known_forms(lex: object) -> dict[str, bool]:
    """Word form -> could it be a trigger, for ``lex``: words repeat, and the lemma
    candidates behind the answer were most of the trigger scan's time."""
    if _KNOWN_OF[0] is not lex or len(_KNOWN) > _KNOWN_MAX:
        _KNOWN.clear()
        _KNOWN_OF[0] = lex
    return _KNOWN


def find_triggers(text: str) -> list[tuple[int, int, str, str, str, bool, bool]]:
    """(start, end, form, class, lemma, licensed by the word before, an inflected verb) of
    every trigger."""
    lex = lexicon()
    known = _known_forms(lex)
    out = []
    for m in _TOKEN.finditer(text):
        form = m.group().lower()
        ok = known.get(form)
        if ok is None:
            ok = known[form] = lex.candidates_known(form)
        if not ok and "-" in form:
            form = form.replace("-", "")  # "stand-off", "shoot-out": the compound written closed
            ok = known.get(form)
            if ok is None:
                ok = known[form] = lex.candidates_known(form)
        if not ok:
            continue
        before = words_before(text, m.start(), 4)
        after = words_after(text, m.end(), 6)
        trig = lex.lookup(form, before, after, _JOINED.match(text, m.end()) is not None)
        if trig is None or any(w in _NEGATION or w.endswith(("n't", "n’t")) for w in before[-2:]):
            continue
        if trig.verbal and after[:1] and after[0] in _NO_OBJECT:
            continue  # "provided no details", "found nothing": nothing was done
        end = m.end()
        if trig.phrase_words:
            took = _PHRASE_AFTER[min(trig.phrase_words, len(_PHRASE_AFTER) - 1)].match(text, end)
            end = took.end() if took is not None else end
        out.append((m.start(), end, form, trig.cls, trig.lemma, trig.by_prev, trig.verbal))
    return out


#: the n words right after a trigger that its sense's phrase took ("ran aground", "left the
#: tracks"), by n: part of its mention
_PHRASE_AFTER = tuple(regex.compile(rf"(?:[ \t]+\p{{L}}+){{{n}}}") for n in range(5))


#: the next word follows with only spaces between (a noun premodifying it: "disaster office")
_JOINED = regex.compile(r"[ \t]+\p{L}")
#: an event said not to happen is not reported ("hasn't hosted", "no injuries")
_NEGATION = frozenset({"not", "never", "no", "without"})
#: a verb whose object says nothing was acted on ("provided no specifics")
_NO_OBJECT = frozenset({"no", "nothing", "none"})
#: irregular past forms that are verbs even with no auxiliary before them
_PAST = frozenset({"met", "flew", "beat", "won", "lost", "bought", "sold", "struck", "hit", "shot", "laid",
                   "fled", "fought", "left", "sank", "stole", "slew", "born"})


def is_verb(text: str, start: int, form: str, lemma: str) -> bool:
    prev = words_before(text, start, 1)
    if prev and prev[0] in ("that", "which", "who") and form.endswith("ed"):
        return True  # "the quake that rocked Napa"
    if prev and prev[0] in _NOUN_PREV:
        return False
    if prev and prev[0] in _VERB_PREV:
        return True
    return form.endswith(("ed", "ing")) or form in _PAST or lemma in lexicon().verb_only


def inside_name(index: ActorIndex, s: int, e: int, verbal: bool) -> bool:
    """A word inside a person's name, a place or a known institution is no trigger ("Federal
    Bureau of Investigation", "Promises Treatment Center"). A capitalised run guessed as a
    name may be a headline ("Technicolor Star Dies At 91"): an inflected verb in it is still
    a trigger, and so is a name that is the trigger alone ("the 81st Oscars")."""
    for a in (index.actors[i] for i in index.index_range(s - 200, e)):
        if a.start <= s and e <= a.end and not (a.kind == "name" and (verbal or (a.start, a.end) == (s, e))):
            return True
    return False


#: "caused damage", "staged a protest": a general verb and the event noun it governs
_SUPPORT_AFTER = regex.compile(r"(?:\s+(?:[\p{L}'’-]+|\d[\d,.]*)){0,3}\s+")
#: "an invitation extended by": a participle right after the event noun it modifies
_SUPPORT_BEFORE = regex.compile(r"\s+")
#: a preposition of path after a verb: "a blast *ripped through* the block", "fire *tore across*
#: the hills" - the happening before it moved, the verb is its own act, no participle of it
_PATH_AFTER = regex.compile(r"\s+(?:through|across|along|into|over|past)\b")


def drop_support(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """Without the general actions that only carry an event noun of a named class - its
    object within three words ("caused heavy damage", "led the attack") or the noun it
    follows as a participle ("the invitation extended by Kim"): the noun is the event,
    the verb a support verb, and a clause naming one event twice names it once."""
    out = []
    for i, m in enumerate(trigs):
        if m.cls == GENERAL:
            nxt = trigs[i + 1] if i + 1 < len(trigs) else None
            prev = trigs[i - 1] if i else None
            if nxt is not None and not nxt.verb and nxt.cls != GENERAL and \
                    _SUPPORT_AFTER.fullmatch(text, m.end, nxt.start):
                continue
            if prev is not None and not prev.verb and prev.cls != GENERAL and \
                    _SUPPORT_BEFORE.fullmatch(text, prev.end, m.start) and not (
                    prev.cls in CAUSES and _PATH_AFTER.match(text, m.end)):
                continue
        out.append(m)
    return out
