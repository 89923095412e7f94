"""The dates lexicon's words as the normalisers look them up: months, numbers in words,
modifiers (``about`` -> APPROX), positions (``early`` -> START), parts of day and word
sets of ``data/lexicon.json``; patterns compiled once."""

from __future__ import annotations

from functools import cache

import regex

from newskit_dates.lexicon import lexicon

__all__ = [
    "compiled", "day_number", "mod_of", "month_of", "numbers", "part_of_day", "pos_mod",
    "word_set",
]


@cache
def compiled(pattern: str) -> regex.Pattern[str]:
    """A compiled pattern, compiled once."""
    return regex.compile(pattern)


@cache
def _months() -> dict[str, int]:
    return {k: int(v) for k, v in lexicon()["months"].items()}


@cache
def numbers() -> dict[str, float]:
    """Numbers written in words (``twenty``, ``a dozen``) and their values."""
    return {k: float(v) for k, v in lexicon()["numbers"].items()}


@cache
def word_set(key: str) -> frozenset[str]:
    """One word list of the lexicon (``month_prev_ok``, ``quantity_nouns``...), lower case."""
    return frozenset(w.lower() for w in lexicon()[key])


def month_of(word: str) -> int:
    """The month a word names (``Sept.`` -> 9); 0 for none."""
    return _months().get(word.lower().rstrip(".").strip(), 0)


def mod_of(raw: str | None) -> str | None:
    """The TIMEX3 mod of a modifier before a length (``about`` -> APPROX)."""
    if not raw:
        return None
    m: dict[str, str] = lexicon()["mods"]
    return m.get(compiled(r"\s+").sub(" ", raw.lower()))


_POS = {"early": "START", "earlier": None, "mid": "MID", "late": "END", "later": None,
        "the end of": "END", "the beginning of": "START", "the start of": "START",
        "the middle of": "MID", "the rest of": None}


def pos_mod(raw: str | None) -> str | None:
    """The TIMEX3 mod of a position in a period (``early`` -> START, ``the end of`` -> END)."""
    if not raw:
        return None
    return _POS.get(compiled(r"\s+").sub(" ", raw.lower()))


def day_number(raw: str) -> int:
    """The day of the month written with or without its ordinal ending (``23rd`` -> 23),
    or spelled as an ordinal word (``eighth`` -> 8, ``Twenty-First`` -> 21)."""
    spelled = lexicon()["day_ordinals"].get(raw.lower())
    if spelled is not None:
        return int(spelled)
    return int(compiled(r"\D").sub("", raw))


def part_of_day(raw: str | None) -> str:
    """The TIMEX3 time of a part of day (``morning`` -> ``TMO``); empty for none."""
    if not raw:
        return ""
    return "T" + str(lexicon()["parts_of_day"][raw.lower()])
