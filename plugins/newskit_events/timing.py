"""The dates an event can take, as the events plugin reads them.

The dates plugin resolves each expression on its own; an event needs the day it happened
on, which a reader takes from the expressions together:

* a part of a day (``Saturday night``, ``TNI``) is that day: the event happened on it;
* a day and a clock time side by side (``Saturday at 11:40 p.m.``) are one time: the clock
  is on that day, not on the publication day the clock alone was resolved against;
* a clock time with no day of its own (``left port at 9:30 p.m.``) is on the day the text
  last named (``late on Saturday``), when it named one in the sentences just before - a
  day its clause names as a bound of another time (``since the heatwave began on July 7``,
  ``until Friday``) is no day the narrative stands on, and a clock after it stays on the
  publication day; a clock in the small hours after a day named late (``late on
  Thursday``, ``Thursday night``, ``at 11 p.m. on Thursday``) is on the next day: the night
  runs on past midnight.

Each of these reads relative expressions (a weekday, "last night", a clock time), so it is
only as good as the day they were resolved against: an article with no publication date
has its weekdays resolved against a guessed day, and its dates are read as they are.
Nothing here changes the article's date mentions; the events plugin reads these values
instead of theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from newskit import DateMention
from newskit.timex import interval
from newskit_events.lexicon import lexicon

__all__ = ["event_dates", "speech_day"]

_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")
_PART_OF_DAY = regex.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|MI)")
_CLOCK = regex.compile(r"(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2}(?::\d{2})?)")
#: what may stand between a day and its clock time: "Saturday at 11:40", "Saturday, around 9"
_DAY_CLOCK_GAP = regex.compile(r"\s*,?\s*(?:(?:at|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))"
                               r"(?:\s+(?:about|around))?\s*)?", regex.I)
#: a clock time that names its own day ("9:30 p.m. on Saturday", "11 a.m. Monday")
_NAMES_DAY = regex.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{4}|\b(?:today|yesterday|tonight|tomorrow)\b", regex.I)
#: how far back (characters) the day a bare clock time is on may be named
_DAY_REACH = 400
#: a word relating the day after it to another time: the day is a bound, not the narrative's
_RELATION = regex.compile(r"\b(?:since|until|till|before|after|following|prior\s+to|ahead\s+of)\b", regex.I)
#: a day named as its late hours: "late on Thursday", "late Thursday"
_LATE_BEFORE = regex.compile(r"\blate\s+(?:on\s+)?$", regex.I)
_LATE_VALUE = regex.compile(r"\d{4}-\d{2}-\d{2}T(?:NI|EV|1[89]|2[0-3])")
#: the small hours: a clock before this hour after a late day is past midnight
_SMALL_HOURS = 6
#: where a clause begins, searched backwards from a date
_CLAUSE_START = regex.compile(r"[,;:.\n]", regex.REVERSE)
#: the verb a date follows as its day ("said on Monday", "told reporters late Tuesday")
_SAID_ON = regex.compile(r"(?<![\p{L}])(?P<verb>\p{Ll}+)\s+(?:(?:reporters|journalists|supporters)\s+)?(?:on\s+|late\s+on\s+|early\s+on\s+|late\s+|early\s+)?$")


def event_dates(text: str, dates: Sequence[DateMention], published: bool = True) -> list[DateMention]:
    """``dates`` (in text order) as events read them (see the module docstring);
    ``published``: the article has a publication date."""
    if not published:
        return sorted(dates, key=lambda x: (x.start, x.end))
    out: list[DateMention] = []
    last_day: DateMention | None = None
    late = False
    for raw in sorted(dates, key=lambda x: (x.start, x.end)):
        d = _whole_day(raw)
        prev = out[-1] if out else None
        if prev is not None and _fusable(text, prev, d):
            out[-1] = _fused(text, prev, d)
            last_day, late = out[-1], _late(text, out[-1])
            continue
        if _bare_clock(d) and last_day is not None and d.start - last_day.end <= _DAY_REACH:
            d = _on_day(d, _day_of_clock(last_day.value[:10], d, late))
        elif _DAY.match(d.value) and _NAMES_DAY.search(d.text) and not _bound(text, d) and not speech_day(text, d):
            last_day, late = d, _late(text, raw)
        out.append(d)
    return out


def speech_day(text: str, d: DateMention) -> bool:
    """The date is the day of a speech act ("..., the council said on Monday"): no event's
    time, and no day the narrative stands on for a clock time after it ("... injuring 14,
    the authority said on Wednesday. The blaze started at around 11 p.m." is Tuesday's
    night when the text named Tuesday before)."""
    said = _SAID_ON.search(text, max(0, d.start - 40), d.start)
    return said is not None and lexicon().reporting.fullmatch(said.group("verb")) is not None


def _late(text: str, d: DateMention) -> bool:
    """The day is named by its late hours ("late on Thursday", "Thursday night", "at 11
    p.m. on Thursday")."""
    return _LATE_VALUE.match(d.value) is not None or \
        _LATE_BEFORE.search(text, max(0, d.start - 12), d.start) is not None


def _day_of_clock(day: str, clock: DateMention, late: bool) -> str:
    """The day a bare clock time is on after ``day``: the next one for the small hours after
    a late day ("late on Thursday ... arrived at 1:15 a.m."), else ``day``."""
    m = _CLOCK.fullmatch(clock.value)
    if not late or m is None or int(m.group(1)[1:3]) >= _SMALL_HOURS:
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _bound(text: str, d: DateMention) -> bool:
    """The date's clause relates it to another time before the date ("since the heatwave
    began on July 7", "until Friday")."""
    lo = max(0, d.start - 120)
    mark = _CLAUSE_START.search(text, lo, d.start)
    return _RELATION.search(text, mark.end() if mark else lo, d.start) is not None


def _whole_day(d: DateMention) -> DateMention:
    """A part of a day as the day itself (a value with no interval becomes one with)."""
    m = _PART_OF_DAY.fullmatch(d.value)
    if m is None or interval(d.value) is not None:
        return d
    return attrs.evolve(d, value=m.group(1))


def _bare_clock(d: DateMention) -> bool:
    """A clock time whose day was not named with it (resolved against the publication day)."""
    return d.type == "TIME" and _CLOCK.fullmatch(d.value) is not None and not _NAMES_DAY.search(d.text)


def _on_day(d: DateMention, day: str) -> DateMention:
    m = _CLOCK.fullmatch(d.value)
    assert m is not None
    return attrs.evolve(d, value=day + m.group(1))


def _fusable(text: str, a: DateMention, b: DateMention) -> bool:
    """A day, then its clock time (or a clock time, then its day) with only "at"/"around"
    between them."""
    if _DAY_CLOCK_GAP.fullmatch(text, a.end, b.start) is None:
        return False
    day, clock = (a, b) if _bare_clock(b) else (b, a)
    return _bare_clock(clock) and _DAY.fullmatch(day.value) is not None and day.type == "DATE"


def _fused(text: str, a: DateMention, b: DateMention) -> DateMention:
    """One mention spanning both, valued as the clock time on the day."""
    day, clock = (a, b) if _bare_clock(b) else (b, a)
    return attrs.evolve(_on_day(clock, day.value), start=a.start, end=b.end, text=text[a.start:b.end])
