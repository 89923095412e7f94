"""Recurring times (TIMEX3 SET): ``every year``, ``every other day``, ``every 15
minutes``, ``daily``, ``each Tuesday``."""

from __future__ import annotations

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.lengths import duration_value, number_of, unit_code
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import next_word, prev_word, sentence_start
from newskit_dates.vocabulary import compiled, month_of

__all__ = ["h_set"]


_SET_WHAT = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "week": "P1W", "weekend": "P1W",
             "month": "P1M", "year": "P1Y", "season": "P3M", "quarter": "P1Q", "hour": "PT1H", "minute": "PT1M",
             "decade": "P10Y", "summer": "XXXX-SU", "winter": "XXXX-WI", "spring": "XXXX-SP", "fall": "XXXX-FA",
             "autumn": "XXXX-FA"}


def _every_n(m: regex.Match[str], unit: str) -> Result | None:
    """"every 15 minutes", "every two years": a SET whose value is the period between
    occurrences; "every one of them" is no time."""
    uc = unit_code(unit)
    n = number_of(m["n"])
    if uc is None or n is None or n != int(n) or (not unit.endswith("s") and n != 1):
        return None
    code, mult = uc
    return timex(m, "SET", duration_value(n * mult, code))


def _in_a_name(m: regex.Match[str], text: str) -> bool:
    """``the Daily News``, ``Entertainment Weekly``: a frequency word in Title Case inside a
    sentence, beside another Title Case word, is a word of a name (a paper's, a show's)."""
    if not m["adv"][:1].isupper() or sentence_start(text, m.start()):
        return False
    return next_word(text, m.end())[:1].isupper() or prev_word(text, m.start())[:1].isupper()


#: a percentage right before a frequency adverb: "to rise 8.5% annually" is a rate of growth
_AFTER_PERCENT = regex.compile(r"(?i)(?:%|\bper\s*cent|\bpercent)\s*\Z")


def h_set(m: regex.Match[str], ctx: Context) -> Result | None:
    """``every year``, ``daily``, ``annually``, ``each Tuesday``: a recurring time."""
    if m["adv"]:
        if _in_a_name(m, ctx.text) or _AFTER_PERCENT.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "the Daily News"; "sales to rise 8.5% annually" (a rate of growth, no recurrence)
        return timex(m, "SET", str(lexicon()["sets"][m["adv"].lower()]))
    what = m["what"].lower()
    if m["n"]:
        return _every_n(m, what)
    if m["half"]:
        uc = unit_code(what)  # "every half hour": the period is half the unit
        return timex(m, "SET", duration_value(uc[1] / 2, uc[0])) if uc and not what.endswith("s") else None
    other = bool(m["other"])
    if what in _SET_WHAT:
        v = _SET_WHAT[what]
        if other and v.startswith("P"):
            v = compiled(r"(\d+)").sub(lambda x: str(int(x.group(1)) * 2), v)
        return timex(m, "SET", v)
    if what in lexicon()["weekdays"]:
        return timex(m, "SET", f"XXXX-WXX-{lexicon()['weekdays'][what]}")
    mo = month_of(what)
    if mo and len(what) > 3:
        return timex(m, "SET", f"XXXX-{mo:02d}")
    return None
