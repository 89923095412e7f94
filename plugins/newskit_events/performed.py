"""Verbs of carrying out an event: "The vote, which was delayed by a storm, was *held* on
Sunday", "The surgery ... was *carried out* on Wednesday", "The transplant, *performed* on 26
August, used ...". The event noun is the subject of a passive verb of performing (or of a
reduced relative clause after it), and the verb says when that event was done: the date
after the verb is the noun's, and the verb (when it is a trigger) is one event with it.
Without this, the date goes to the verb as an event of its own, or to a word of the
parenthesis between ("delayed by a storm")."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newskit import DateMention
from newskit.timex import attributive_date, interval
from newskit_events.lexicon import lexicon
from newskit_events.mention import TOLL, Trigger

__all__ = ["performed"]

#: the verb of performing right before a date: "held on Sunday", "carried out late on Monday"
_VERB_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<verb>\p{Ll}+)(?:\s+out)?\s+(?:(?:on|in|at|early|late|overnight|shortly)\s+){0,2}$")
#: the auxiliary of the passive before the verb ("was held", "had been quietly carried out")
_AUX_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:was|were|is|are|been)\s+(?:\p{Ll}+ly\s+)?$")
#: between the subject noun and the auxiliary: nothing, or one parenthesis between commas
#: ("The vote, which was delayed by a storm, was held")
_SUBJECT_GAP = regex.compile(r"\s*|\s*,[^,;:.!?\n]{1,90},\s*")
_REACH = 130


def performed(text: str, trigs: Sequence[Trigger], dates: Sequence[DateMention]) -> None:
    """Give each event noun the date its verb of performing tells, and tie a verb of
    performing that is a trigger to the noun it tells of (``Trigger.tells_of``)."""
    verbs = lexicon().performing
    if not verbs:
        return
    starts = [t.start for t in trigs]
    for m in trigs:
        if m.verb and m.form.lower() in verbs:
            m.tells_of = _subject(text, m.start, trigs, starts)
            if m.tells_of is not None and m.tells_of.when is None:
                m.tells_of.when = m.when
    for d in dates:
        if d.type not in ("DATE", "TIME") or interval(d.value) is None or attributive_date(text, d):
            continue
        g = _VERB_BEFORE.search(text, max(0, d.start - 40), d.start)
        if g is None or g.group("verb") not in verbs:
            continue
        noun = _subject(text, g.start("verb"), trigs, starts)
        if noun is None:
            continue
        between = trigs[bisect.bisect_left(starts, noun.end):bisect.bisect_left(starts, g.start("verb"))]
        for t in between:  # a word of the parenthesis between was given the date: it is not its time
            if t.when is d:
                t.when = None
        if noun.when is None or len(d.value) > len(noun.when.value):
            noun.when = d


def _subject(text: str, verb_start: int, trigs: Sequence[Trigger], starts: list[int]) -> Trigger | None:
    """The event noun a verb of performing starting at ``verb_start`` tells of: the subject of
    its passive ("The vote ... was held") or the noun a reduced relative follows ("The
    transplant, performed ..."); None when no event noun stands so."""
    lo = max(0, verb_start - _REACH)
    aux = _AUX_BEFORE.search(text, max(0, verb_start - 30), verb_start)
    if aux is not None:
        head_end, gaps = aux.start(), _SUBJECT_GAP
    elif text[max(0, verb_start - 2):verb_start].rstrip().endswith(","):
        head_end, gaps = text.rindex(",", lo, verb_start), None
    else:
        return None
    k = bisect.bisect_left(starts, head_end)
    sent = trigs[k - 1].sent if k else None
    for t in reversed(trigs[max(0, k - 8):k]):  # the nearest few before: a subject is close
        if t.end > head_end:
            continue
        if t.start < lo or t.sent != sent:
            return None
        if t.verb or t.cls in TOLL:
            continue
        gap = text[t.end:head_end]
        fits = gaps.fullmatch(gap) is not None if gaps is not None else gap == ""
        if fits:
            return t
    return None
