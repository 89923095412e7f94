"""Times that are words of a title in quotes: ``CBS's "60 Minutes"``, ``the film "High
Noon"``, ``"12 Years a Slave"``. A common word of time (a unit, ``noon``) written with a
capital inside a quotation whose every word is capitalised (short function words aside),
and not opening it, names a work, not a time. Weekdays, months and holidays are always
capitalised, so they tell nothing and stay (``"Monday," he said``)."""

from __future__ import annotations

from functools import cache

import regex

from newskit_dates.lexicon import lexicon
from newskit_dates.normalize import Result

__all__ = ["untitled"]

#: how far a title's quotation may reach on either side of its time
_REACH = 60
_OPEN = regex.compile(r"(?:``|''|[\"\u201c])(?P<q>[^\"\u201c\u201d`'\n]*)\Z")
_CLOSE = regex.compile(r"(?P<q>[^\"\u201c\u201d`'\n]*?)[.,!?]?(?:''|[\"\u201d])")
_WORD = regex.compile(r"[\p{L}\p{N}'\u2019-]+")


@cache
def _small() -> frozenset[str]:
    return frozenset(lexicon()["title_small_words"])


def _title_case(words: list[str]) -> bool:
    """Every word capitalised or a digit, short function words aside."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _small() for w in words)


def _in_title(text: str, r: Result) -> bool:
    """Is the time a word of a quoted title (see the module's docstring)?"""
    opened = _OPEN.search(text[max(0, r.start - _REACH) : r.start])
    closed = _CLOSE.match(text[r.end : r.end + _REACH]) if opened is not None else None
    if opened is None or closed is None:
        return False
    own = _WORD.findall(text[r.start : r.end])
    before, after = _WORD.findall(opened["q"]), _WORD.findall(closed["q"])
    proper = {*lexicon()["months"], *lexicon()["weekdays"]}
    # the quotation's first word is capitalised anyway ("Yesterday," he said)
    told = own[1:] if not before else own
    if not any(w[:1].isupper() and not w.isupper() and w.lower() not in proper for w in told):
        return False
    return _title_case(before + own + after)


def untitled(text: str, results: list[Result]) -> list[Result]:
    """The results without the times that are words of a quoted title."""
    return [r for r in results if not _in_title(text, r)]
