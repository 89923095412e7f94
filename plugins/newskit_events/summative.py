"""A summative appositive names the event of the clause before it: "The court ruled on
Tuesday that the town kept its water right, *a decision that* could force the ranch to
close"; "the bank cut its rate by half a point, *a move which* surprised investors"; "the
board approved the sale, *in a decision* welcomed by staff". The event noun after the comma
and an indefinite article (before ``that`` / ``which``, or after ``in``) is that clause's
event, not a new one: read as its own, it became a second happening (a second ruling) that
the story then dated or placed apart from the first.

The clause's event is its main verb: the first verbal trigger of the sentence before the
comma, past an opening subordinate clause ("After the talks failed, the union called the
strike, a decision that ...": the call, not the failure). Read from the words only, with no
parser: a main verb that is no trigger leaves the noun unread (its own event, as before)
unless another verbal trigger stands in the main clause."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit import Span
from newskit.text import match_ahead
from newskit_events.mention import Trigger

__all__ = ["summed_up"]

#: before the noun: a comma, ``in`` (an adjunct) or nothing, an indefinite article and at
#: most two modifiers ("a 4-1 decision", "an unusual step")
_BEFORE = regex.compile(
    r",\s+(?P<adjunct>in\s+)?(?:a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$", regex.IGNORECASE)
#: after the noun of an appositive (not an adjunct): its relative clause
_RELATIVE = regex.compile(r"\s+(?:that|which)\b")
#: a sentence opening with a subordinate clause: its verb is not the main one
_SUBORDINATE_OPENING = regex.compile(
    r"\s*(?:after|when|as|while|because|although|though|if|before|since|once|until|"
    r"despite|following)\b", regex.IGNORECASE)
_REACH = 60


def summed_up(text: str, trigs: Sequence[Trigger], sents: Sequence[Span]) -> None:
    """Tie each event noun of a summative appositive to the main verb of its clause
    (``Trigger.sums_up``); ``sents``: the article's sentences (``Trigger.sent`` indexes them)."""
    verbs: list[Trigger] = []  # the verbal triggers of the current sentence so far
    for m in trigs:
        if verbs and verbs[-1].sent != m.sent:
            verbs = []
        if m.verb:
            verbs.append(m)
            continue
        before = _BEFORE.search(text, max(0, m.start - _REACH), m.start)
        if before is None or not verbs:
            continue
        if before.group("adjunct") is None and match_ahead(_RELATIVE, text, m.end) is None:
            continue
        m.sums_up = _main_verb(text, verbs, sents[m.sent].start, before.start())


def _main_verb(text: str, verbs: Sequence[Trigger], sent_start: int, comma: int) -> Trigger | None:
    """The first of a sentence's verbal triggers ``verbs`` before ``comma``, past a
    subordinate clause the sentence opens with (up to its first comma); None when none."""
    floor = sent_start
    if _SUBORDINATE_OPENING.match(text, sent_start, comma) is not None:
        first_comma = text.find(",", sent_start, comma)
        if first_comma < 0:
            return None
        floor = first_comma
    return next((t for t in verbs if floor <= t.start and t.end <= comma), None)
