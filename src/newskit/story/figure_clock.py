"""Amounts of time told on a clock face or unit by unit: a race time (``won in 2:05:41``,
``clocked 28:49.11``) or a span told in several units (``2 hours 5 minutes 41 seconds``,
``28 minutes, 49.11 seconds``) is one amount of time, as a reader compares it with another
outlet's. The dates plugin reads such a span as one duration a unit and a clock face not
at all, so two outlets' race times were never compared. A time of day (``at 10:42:13``,
``7:58 a.m.``) is no amount."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from newskit.model import QuantityMention
from newskit.text import match_ahead

__all__ = ["clock_times", "joined_spans", "timex_seconds"]

#: h:mm:ss with a fraction of a second or not, or m:ss with one (a minute and a second alone,
#: ``4:10``, is as often a time of day as a time taken)
_CLOCK = regex.compile(r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?"
                       r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)\.(?P<f2>\d{1,3}))(?![\d:]|\.\d)")
#: what makes a clock face a time of day: a preposition of time before it, a meridiem or a
#: zone after it
_AT_BEFORE = regex.compile(r"\b(?:at|by|until|till|from|since|before|after|to)\s+$", regex.I)
_ZONE_AFTER = regex.compile(r"\s*(?:[ap]\.?m\b|GMT|UTC|BST|CES?T|[ECMP][SD]T|local|hrs\b|h\b|o['’]clock)", regex.I)
#: seconds in each unit of one family; a span told unit by unit is summed in its smallest
_SECONDS = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
#: a TIMEX3 span in hours, minutes and seconds together (``2 hours, 6 minutes and 2 seconds``)
_TIMEX_HMS = regex.compile(r"PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S")
#: what may stand between the parts of a span told unit by unit
_BETWEEN = regex.compile(r"\s*,?\s*(?:and\s+)?")


def clock_times(text: str) -> list[QuantityMention]:
    """The race times of a text as amounts of time in seconds (``2:05:41`` = 7541)."""
    out = []
    for m in _CLOCK.finditer(text):
        if _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()) or match_ahead(_ZONE_AFTER, text, m.end()):
            continue
        h, mi, s, f = (m.group("h"), m.group("m"), m.group("s"), m.group("f")) if m.group("h") else \
            ("0", m.group("m2"), m.group("s2"), m.group("f2"))
        seconds = Decimal(int(h) * 3600 + int(mi) * 60 + int(s)) + (Decimal("0." + f) if f else Decimal(0))
        out.append(QuantityMention(start=m.start(), end=m.end(), text=m.group(0), value=_number(seconds),
                                   unit="second"))
    return out


def timex_seconds(value: str | None) -> int | Decimal | None:
    """A TIMEX3 span of hours, minutes and seconds in seconds (PT2H6M2S = 7562), else None."""
    m = _TIMEX_HMS.fullmatch(value or "")
    if m is None:
        return None
    return _number(Decimal(int(m.group(1)) * 3600 + int(m.group(2)) * 60) + Decimal(m.group(3)))


def joined_spans(text: str, spans: Sequence[QuantityMention]) -> list[QuantityMention]:
    """Durations with a span told unit by unit made one (``2 hours`` ``5 minutes`` ``41
    seconds`` -> 7541 seconds): each next part of a smaller unit, right after the last
    with at most a comma and ``and`` between. The hedge of the first part is the whole's."""
    out: list[QuantityMention] = []
    for d in sorted(spans, key=lambda x: x.start):
        last = out[-1] if out else None
        if last is not None and _continues(text, last, d):
            total = _in_seconds(last) + _in_seconds(d)
            unit, size = d.unit, _SECONDS[str(d.unit)]
            out[-1] = QuantityMention(start=last.start, end=d.end, text=text[last.start:d.end],
                                      value=_number(total / size), unit=unit, approx=last.approx)
        else:
            out.append(d)
    return out


def _continues(text: str, last: QuantityMention, d: QuantityMention) -> bool:
    """Whether ``d`` is the next part of a span ``last`` starts: a smaller unit of one
    family, only a comma or ``and`` between, no hedge of its own."""
    if last.unit not in _SECONDS or d.unit not in _SECONDS or d.approx is not None:
        return False
    if _SECONDS[str(d.unit)] >= _SECONDS[str(last.unit)]:
        return False
    gap = _BETWEEN.fullmatch(text, last.end, d.start)
    return gap is not None


def _in_seconds(d: QuantityMention) -> Decimal:
    return Decimal(str(d.value)) * _SECONDS[str(d.unit)]


def _number(x: Decimal) -> int | Decimal:
    return int(x) if x == x.to_integral_value() else x.normalize()
