"""A game's quarter or half is a period of play, not a quarter or half of the year: ``with
5:12 left in the fourth quarter``, ``Luck scored twice in the second half``. A report of a
game tells its periods by their ordinal as an earnings report tells its fiscal quarters, so
the words alone do not say which; the sentence does. A quarter or half told with no year
(``the fourth quarter``, not ``the fourth quarter of 2012`` nor ``of the year``) in a
sentence that holds a word only play has (``game_play_words`` in ``data/lexicon.json``:
``touchdown``, ``halftime``, ``rushing``, ``minutes left``) is left out."""

from __future__ import annotations

from functools import cache

import regex

from newskit import layer
from newskit.text import compile_pattern
from newskit_dates.lexicon import lexicon
from newskit_dates.normalize import Result

__all__ = ["without_game_periods"]

#: a quarter or half of a year, the year told or not (``2012-Q4``, ``XXXX-H2``)
_PERIOD = regex.compile(r"(?:\d{4}|XXXX)-[QH][1-4]")
#: a period's words that name its year (``of 2012``, ``of the year``, ``fiscal``)
_OWN_YEAR = regex.compile(r"(?i)\b(?:\d{4}|year|fiscal)\b")


@cache
def _play() -> regex.Pattern[str]:
    words = sorted(lexicon()["game_play_words"], key=len, reverse=True)
    return compile_pattern(r"(?i)(?<![\p{L}\p{N}_-])(?:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                                                               for w in words) + r")(?![\p{L}\p{N}_])")


def without_game_periods(text: str, results: list[Result]) -> list[Result]:
    """The results but a quarter or half told with no year in a sentence of play."""
    out: list[Result] = []
    for r in results:
        if _PERIOD.fullmatch(r.value) and not _OWN_YEAR.search(text, r.start, r.end):
            sentence = layer(text).sentence_at(r.start)  # the core's sentences, shared by every plugin
            if sentence is not None and _play().search(text, sentence.start, sentence.end) is not None:
                continue
        out.append(r)
    return out
