"""Rates: "a year" after an amount is a SET ("$2 million a year", "twice a month"), and
what it takes into its extent.

TimeML writes a rate's frequency inside the SET ("twice a month" ``P1M`` freq ``2X``,
"three days every month" ``P1M`` freq ``3D``), so "seven days a week" is one SET, not a
length of seven days and a rate. A unit after a preposition ("its best year in a decade",
"the first rise for a year") is a length of time, not a rate, whatever amount stood before.
"""

from __future__ import annotations

from functools import cache

import regex

from newskit.patterns import alternation
from newskit_dates.context import match_ahead
from newskit_dates.grammar import patterns
from newskit_dates.lexicon import lexicon
from newskit_dates.vocabulary import word_set

__all__ = ["is_rate", "rate_start"]



@cache
def _amount() -> regex.Pattern[str]:
    """An amount within the words before the unit ("$2 million", "3 percent", "twice", "60
    hours"), in digits or in words ("four buses a day", "two million visitors a year",
    "billions of rand a year": data ``rate_amount_words``)."""
    words = alternation(word_set("rate_amount_words"))
    return regex.compile(r"(?:\d|once|twice|thrice|times|percent|%|(?i:(?<![\p{L}'-])(?:" + words
                         + r")(?![\p{L}'-])))[^.;\n]*$")
#: a unit counted back or on from a time ("a decade ago", "a year earlier") or from an
#: event ("on April 3, a day after the vote", "a week before polling") is no rate
_PLACED = regex.compile(r"[\s-]+(?:ago|earlier|later|after|before)\b")
#: a unit before "of" measures the noun after it ("a day of mourning", "a year of work"): a length
_MEASURED = regex.compile(r"\s+of\b")
#: a plural noun right before the unit: the thing a rate counts ("tonnes", "barrels")
_COUNTED_BEFORE = regex.compile(r"\p{L}{2,}s\s+$")
_LAST_WORD = regex.compile(r"([\p{L}]+)\s+$")
#: how far back an amount may stand from the unit it is counted in
_AMOUNT_REACH = 25
#: how far back the frequency of a rate may start ("two hundred times", "twenty-four hours")
_FREQUENCY_REACH = 40


@cache
def _frequency() -> regex.Pattern[str]:
    """A rate's frequency ending right before its unit: "twice", "three times", "seven days",
    "four or five times"."""
    lx = lexicon()
    plurals: dict[str, str] = lx["unit_plurals"]
    units = sorted({plurals.get(u, u + "s") for u in lx["units"] if " " not in u}, key=len, reverse=True)
    words = sorted(lx["rate_frequencies"], key=len, reverse=True)
    return regex.compile(
        r"(?i)(?<![\p{L}\p{N}'\u2019-])(?:" + "|".join(words) + r"|(?:(?:" + patterns().num + r")\s+(?:or|to)\s+)?(?:" + patterns().num + r")[\s-]+(?:times|"
        + "|".join(units) + r"))\s+$"
    )


def is_rate(text: str, start: int, end: int) -> bool:
    """Is the unit starting at ``start`` ("a year") counted per, after a frequency or an
    amount? Not after a preposition that makes it a span ("in a decade", "for a year")."""
    if match_ahead(_PLACED, text, end):
        return False  # "two years a decade ago": the unit is counted back from now
    if match_ahead(_MEASURED, text, end) and not _COUNTED_BEFORE.search(text, max(0, start - 30), start):
        # "never had a day of sick leave", "followed a week of protests": the unit measures
        # the noun after it; right after a counted plural it is still the rate's
        # ("1,800 tonnes a day of phosphoric acid")
        return False
    if rate_start(text, start) < start:
        return True  # "seven days a week", "three times a year"
    before = text[max(0, start - _AMOUNT_REACH) : start]
    if not _amount().search(before):
        return False
    last = _LAST_WORD.search(before)
    return not (last and last.group(1).lower() in lexicon()["rate_not_after"])


def rate_start(text: str, start: int) -> int:
    """Where the SET of a rate starts: before its frequency when one stands right before the
    unit ("twice a month", "seven days a week"), else at the unit."""
    lo = max(0, start - _FREQUENCY_REACH)
    m = _frequency().search(text, lo, start)
    return m.start() if m else start
