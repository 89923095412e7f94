"""The day an amount's own clause says it was given (``On Tuesday the minister put the bonus
at $25 million``, ``Announced on Tuesday at 250 million CFA francs, the fine has been
recalculated``), where that is an earlier day than the one its article or claim is stamped
with.

Why: an amount is stamped with its article's time, or its claim's (``said on Wednesday``),
so an earlier giving an article retells (``On Tuesday ... put ... at``) reads as told with
the article's newer figures, and two readings of a count a day apart as rivals of one
moment. Where a verb of giving that takes the amount as its object (``put``, ``set``,
``announced``: ``figures.json`` ``given_on_verbs``) stands beside a weekday in the amount's
clause, the amount was told that day: the most recent such weekday up to its stamp. Verbs
of saying are not read: a claim carries its own time.

So too the day a state's count held, named in its clause (``At the lowest point, early on
Monday morning, only 112 buses were running``, told on Tuesday): a state in the simple past
holds at the time its adverbial names, so the count is that day's reading. An event verb's
weekday (``12 people died on Monday``) names the event, not the count, and is not read."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["given_on", "held_on"]

#: a break before an amount that opens another clause with its own teller and time
_CLAUSE_START = regex.compile(r";|\b(?:but|while|whereas)\b", regex.I)
#: at most this many words between the weekday and the verb (``On Friday, the National Guard
#: had put``), and between the verb and the amount (``put the number of dead at 29``)
_TO_VERB = 4
_TO_AMOUNT = 6


@cache
def _given_on_rx() -> Any:
    """A weekday and a verb of giving, in either order, right before an amount: ``On Tuesday
    the minister put the bonus at``, ``Organisers put the turnout on Monday at``, ``Announced
    on Tuesday at``; no number, comma, stop or colon between, nor a word of another tense or a
    coordinated verb (``given_on_not_between``: ``ran aground on Sunday is now estimated at``)."""
    d = figure_rules()
    word = r"(?!(?:" + alternation(d["given_on_not_between"]) + r")\s)[^\s\p{N},;:.!?]+\s+"
    day = r"(?:(?:late|early)\s+)?(?:on\s+)?(?P<day>" + alternation(d["weekdays"]) + r")(?![\p{L}'’])" \
        r"(?:\s+(?:morning|afternoon|evening|night))?"
    verb = r"(?:" + alternation(d["given_on_verbs"]) + r")"
    before = day + r",?\s+(?:" + word + r"){0," + str(_TO_VERB) + r"}?" + verb + r"\s+(?:" + word + r"){0," + str(_TO_AMOUNT) + r"}?"
    after = verb + r"\s+(?:" + word + r"){0," + str(_TO_VERB) + r"}?" + day + r"\s+(?:" + word + r"){0," + str(_TO_VERB) + r"}?"
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + before + r"|" + after + r")$", regex.I)


def given_on(f: Figure) -> str | None:
    """The day (``YYYY-MM-DD``) an amount's own clause says it was given (:func:`_given_on_rx`),
    when earlier than the day it is stamped with; else None (no such words, or the stamp's
    own day)."""
    stamp = _stamp(f)
    if stamp is None:
        return None
    assert f.evidence is not None and f.ref is not None
    t, a = f.evidence.text, f.ref.start - f.evidence.start
    lo = max((m.end() for m in _CLAUSE_START.finditer(t, 0, a)), default=0)
    m = _given_on_rx().search(t, lo, a)
    return None if m is None else _before(stamp, m.group("day"))


def _stamp(f: Figure) -> dt.date | None:
    """The day an amount is stamped with, or None."""
    if f.evidence is None or f.ref is None or not f.stated or len(f.stated) < 10:
        return None
    try:
        return dt.date.fromisoformat(f.stated[:10])
    except ValueError:
        return None


def _before(stamp: dt.date, weekday: str) -> str | None:
    """The latest ``weekday`` before ``stamp`` (``YYYY-MM-DD``); None for the stamp's own."""
    back = (stamp.weekday() - list(figure_rules()["weekdays"]).index(weekday.lower())) % 7
    return (stamp - dt.timedelta(days=back)).isoformat() if back else None


#: at most this many words between the amount and its state (``112 buses were running``), and
#: between the state and the weekday after it (``were still sleeping in shelters on Tuesday``)
_TO_STATE = 4
_STATE_TO_DAY = 5
#: at most this many words between a fronted weekday and the amount (``on Monday, only 112``)
_DAY_TO_AMOUNT = 3


@cache
def _held_on_rx() -> tuple[Any, Any, Any]:
    """A state in the simple past after an amount (``were running``, ``were still missing``,
    ``remained``), alone, then a weekday after it; and a weekday fronted before the amount,
    set off at its clause's start (``early on Monday morning, only``)."""
    d = figure_rules()
    skip = r"(?!(?:" + alternation(d["held_on_not_between"]) + r")\s)[^\s\p{N},;:.!?]+"
    day = r"(?:(?:late|early)\s+)?on\s+(?P<day>" + alternation(d["weekdays"]) + r")(?![\p{L}'’])" \
        r"(?:\s+(?:morning|afternoon|evening|night))?"
    state = r"(?:(?:was|were)\s+(?:(?:" + alternation(d["held_on_adverbs"]) + r")\s+)?(?:\p{Ll}+ing|" \
        + alternation(d["held_on_states"]) + r")|(?:" + alternation(d["held_on_verbs"]) + r"))(?![\p{L}])"
    told = r"\S*\s+(?:" + skip + r"\s+){0," + str(_TO_STATE) + r"}?" + state
    after = regex.compile(told + r"(?:\s+" + skip + r"){0," + str(_STATE_TO_DAY) + r"}?\s+" + day, regex.I)
    fronted = regex.compile(r"(?:^|[,;]\s+)" + day + r",?\s+(?:" + skip + r"\s+){0," + str(_DAY_TO_AMOUNT) + r"}$",
                            regex.I)
    return regex.compile(told, regex.I), after, fronted


def held_on(f: Figure) -> str | None:
    """The day (``YYYY-MM-DD``) a state's count held, named in the amount's own clause
    (:func:`_held_on_rx`: ``only 112 buses were running on Monday``, ``early on Monday morning,
    only 112 buses were running``), when earlier than the day it is stamped with; else None (no
    state, no weekday, or the stamp's own day)."""
    stamp = _stamp(f)
    if stamp is None:
        return None
    assert f.evidence is not None and f.ref is not None
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    told, after, fronted = _held_on_rx()
    m = match_ahead(after, t, b)
    if m is not None:
        return _before(stamp, m.group("day"))
    lo = max((x.end() for x in _CLAUSE_START.finditer(t, 0, a)), default=0)
    m = fronted.search(t, lo, a)
    return None if m is None or match_ahead(told, t, b) is None else _before(stamp, m.group("day"))
