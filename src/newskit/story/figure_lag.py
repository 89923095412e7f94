"""Whether a span of time is a lag between two happenings or the length of one.

Why: a story's spans of time are of two kinds that no outlet sets against each other. A
*lag* is the time from one happening to another (``the alerts went out six minutes after the
alarm sounded``, ``the warning was issued eight minutes later``, ``a murder 42 years ago``,
``help arrived more than 12 hours after the disaster``); a *length* is how long one happening
lasted (``the thieves were inside for less than seven minutes``, ``a 20-minute flight``,
``he spent more than three decades behind bars``). The join
weighs a story's durations by their words and values, so a lag and a length of like size
in one story's words (``about 15 minutes after taking off`` / ``a 20-minute hop``; ``less
than a year after a three-week strike`` / ``for eleven months``) stood as one measure told
two ways. The words right around the span say which it is:

* a length: a word of lasting before it (``for``, ``of``, ``lasted``, ``spent``, ``took``),
  with at most a few words that go between them (``for the next 28 days``, ``took us 22
  hours``), or the span written as an adjective of the noun after it (``a 72-hour
  strike``); a word of lasting wins over what follows (``suspended for six hours after the
  collision`` is how long the suspension lasted);
* a lag: a word right after it that counts it from or to another happening (``after``,
  ``before``, ``later``, ``earlier``, ``ago``, ``into``), unless the happening it is counted
  from is told as a state beginning (``14 hours after the violence started``, ``a day and a
  half after withdrawals were frozen``): the time since a state began is its length;
* a length too: ``in`` before it and a negation earlier in its clause (``has not lost in
  more than four years``, ``had not eaten a hot meal in two days``): a negated happening
  over a span tells how long its absence has lasted, no time from one happening to another;
* otherwise the words do not say (``within four minutes``, ``in three weeks``), and the
  span may join either kind.

Read as open, ``has not lost in more than four years`` joined another outlet's ``lost it just
over a year later`` under the cue's measure (``duration (lost)``), two conflicting readings of
one span; placed, the join keeps them apart (:func:`lag_against_length`).

The words are data (``figures.json`` ``span_timing``)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex
from attrs import frozen

from newskit.model import Figure
from newskit.story._common import WORD
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["LAG", "LENGTH", "lag_against_length", "span_timing"]

LAG = "lag"
LENGTH = "length"

#: a span written as an adjective ("20-minute", "72-hour"): its own text, or a hyphen and a
#: word right after it when the span stops at the number
_ATTRIBUTIVE = regex.compile(r"[\p{L}\p{N}][-‐]\p{L}+$")
_HYPHEN_AFTER = regex.compile(r"[-‐]\p{L}")
#: how far back (characters) the words before the span are looked for, and how many
_BACK = 40
_REACH = 3
#: how far (characters, words) after a lag word the happening's verb of onset is looked for
_ONSET_REACH = 60
_ONSET_WORDS = 5
#: a word before the span that leaves it open (``within 10 days``)
OPEN = "open"
#: how many words before an open ``in`` a negation of its clause is looked for (``had not
#: eaten a hot meal in``)
_NEGATION_WORDS = 6


@frozen
class _Timing:
    """The words ``span_timing`` reads (``figures.json`` ``span_timing``)."""

    lasting: frozenset[str]
    between: frozenset[str]
    open: frozenset[str]
    lag_after: regex.Pattern[str]
    onsets: frozenset[str]
    clause_break: regex.Pattern[str]
    negated: regex.Pattern[str]


@cache
def _timing() -> _Timing:
    data = figure_rules()["span_timing"]
    return _Timing(lasting=frozenset(w.lower() for w in data["lasting_before"]),
                   between=frozenset(w.lower() for w in data["lasting_between"]),
                   open=frozenset(w.lower() for w in data["open_before"]),
                   lag_after=regex.compile(r"[ \t\u00a0]+(?:" + alternation(data["lag_after"]) + r")(?![\p{L}\p{N}])",
                                           regex.I),
                   onsets=frozenset(w.lower() for w in data["onsets"]),
                   clause_break=regex.compile(r"[,;:()\"“”—–]"),
                   negated=regex.compile(r"(?:(?<![\p{L}'’])(?:" + alternation(data["negations"]) + r")|(?<=\p{L})(?:"
                                         + alternation(data["negation_endings"]) + r"))(?![\p{L}'’])", regex.I))


def _words_before(text: str, start: int) -> list[str]:
    """The last few words before ``start``, nearest first, with nothing but spaces between
    them and the span (none after a comma, a quotation mark or the sentence's start)."""
    words = list(WORD.finditer(text, max(0, start - _BACK), start))[-_REACH:]
    out: list[str] = []
    end = start
    for w in reversed(words):
        if text[w.end():end].strip():
            break
        out.append(str(w.group()).lower())
        end = w.start()
    return out


def _before_kind(text: str, start: int, timing: _Timing) -> str | None:
    """``LENGTH`` when a word of lasting stands before the span, only words that go between
    them (``for the next 28 days``, ``took us 22 hours``) in between; ``OPEN`` when a word
    that leaves the span a bound either way does (``within 10 days``); else None."""
    for w in _words_before(text, start):
        if w in timing.lasting:
            return LENGTH
        if w in timing.open:
            return OPEN
        if w not in timing.between:
            return None
    return None


def span_timing(f: Figure) -> str | None:
    """``LAG``, ``LENGTH`` or None (the words do not say) for a figure's span of time (module
    docstring); None for a figure without its sentence."""
    if f.ref is None or f.evidence is None:
        return None
    text, off = f.evidence.text, f.evidence.start
    start, end = f.ref.start - off, f.ref.end - off
    if not 0 <= start <= end <= len(text):
        return None
    timing = _timing()
    before = _before_kind(text, start, timing)
    if before == OPEN and _negated_in(text, start, timing):
        return LENGTH  # "has not lost in more than four years": how long the absence has lasted
    if before is not None:
        return None if before == OPEN else LENGTH  # "for six hours after the collision": how long it lasted
    if _ATTRIBUTIVE.search(text, start, end) or match_ahead(_HYPHEN_AFTER, text, end) is not None:
        return LENGTH  # "a 20-minute hop"
    lag = match_ahead(timing.lag_after, text, end)
    if lag is None:
        return None
    if _since_onset(text, lag.end(), timing):
        return None  # "14 hours after the violence started": how long the violence lasted
    return LAG  # "six minutes after the alarm sounded", "42 years ago"


def _negated_in(text: str, start: int, timing: _Timing) -> bool:
    """Whether the span's open word is ``in`` (only words that go between them after it:
    ``in the last two days``) and a negation (``not``, ``never``, ``n't``) stands among the
    few words before it in its clause (``has not lost in``, ``hadn't eaten a meal in``)."""
    words = list(WORD.finditer(text, max(0, start - _BACK * 3), start))
    end = start
    while words and str(words[-1].group()).lower() in timing.between and not text[words[-1].end():end].strip():
        end = words.pop().start()
    if not words or str(words[-1].group()).lower() != "in" or text[words[-1].end():end].strip():
        return False
    opening = words[-1].start()
    lo = words[max(0, len(words) - 1 - _NEGATION_WORDS)].start()
    breaks = list(timing.clause_break.finditer(text, lo, opening))
    return timing.negated.search(text, breaks[-1].end() if breaks else lo, opening) is not None


def _since_onset(text: str, pos: int, timing: _Timing) -> bool:
    """Whether the happening a lag is counted from, in the words from ``pos`` to its
    clause's end, is told as a state beginning (``after the violence started``, ``after
    withdrawals were frozen``): the time since a state began is its length so far."""
    stop = timing.clause_break.search(text, pos, min(len(text), pos + _ONSET_REACH))
    words = [str(w.group()).lower() for w in WORD.finditer(text, pos, stop.start() if stop else pos + _ONSET_REACH)]
    return any(w in timing.onsets for w in words[:_ONSET_WORDS])


def lag_against_length(left: Iterable[Figure], right: Iterable[Figure]) -> bool:
    """Whether two groups of spans of time set lags against lengths: every span the words
    place in one group is of one kind and every one in the other of the other kind. Spans
    the words do not place go with either."""
    kinds = [{k for f in figs if (k := span_timing(f)) is not None} for figs in (left, right)]
    return len(kinds[0]) == 1 and len(kinds[1]) == 1 and kinds[0] != kinds[1]
