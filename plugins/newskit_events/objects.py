"""A verb whose sense acts on things reads another sense when its object is an event.

A firm recalls products, vehicles, batches; a person recalls the bombing, the floods of
1953, the crash - the object is a happening, and the verb tells of remembering it, no
event of the class (triggers.json ``thing_object``). The object is read from local
syntax: the first event noun after the verb, with at most a determiner, a possessive or
modifiers between and no preposition or clause word ("recalled the deadly bombing";
not "recalled the cars after the crash")."""

from __future__ import annotations

from collections.abc import Sequence

from newskit_events.grammar import DETERMINERS
from newskit_events.lexicon import lexicon
from newskit_events.mention import NOT_OBJECT, OBJECT_GAP, WORD, words_before

__all__ = ["event_objects"]

#: a trigger as find_triggers gives it: (start, end, form, class, lemma, by_prev, verbal)
Entry = tuple[int, int, str, str, str, bool, bool]


def event_objects(text: str, found: Sequence[Entry]) -> list[Entry]:
    """``found`` (sorted) without the verbs of a thing-taking sense whose object is an
    event noun of ``found`` (a verb: no determiner before it, "the recall" is a noun)."""
    senses = lexicon().senses
    out: list[Entry] = []
    for i, entry in enumerate(found):
        s, e, _form, cls, lemma, _by_prev, _verbal = entry
        before = words_before(text, s, 1)
        takes_things = any(x.thing_object and x.cls == cls for x in senses.get(lemma, ())) and \
            not (before and before[0] in DETERMINERS)
        if not (takes_things and _object_is_event(text, e, found, i + 1)):
            out.append(entry)  # the entry itself, not a copy: a long article's were 1.5 MB a million characters
    return out


def _object_is_event(text: str, end: int, found: Sequence[Entry], first: int) -> bool:
    """The first noun trigger after ``end`` (of ``found`` from index ``first`` on) is the
    verb's object: only a determiner, a possessive or modifiers between (``OBJECT_GAP``),
    none of them a preposition or a clause word. Read in place: a slice of the rest for
    each verb copied a long article's triggers over and over."""
    for k in range(first, len(found)):
        s, _e, _form, _cls, _lemma, _by_prev, verbal = found[k]
        if verbal:
            continue
        gap = OBJECT_GAP.fullmatch(text, end, s)
        return gap is not None and not any(w.lower() in NOT_OBJECT for w in WORD.findall(text, end, s))
    return False
