"""``will one day lead``, ``hopes to some day return``: a day counted as one, told after a
modal or ``to`` and before the verb, is no length but the indefinite future (TimeML's
``FUTURE_REF``)."""

from __future__ import annotations

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.neighbours import next_word, prev_word
from newskit_dates.vocabulary import compiled, word_set

__all__ = ["indefinite_future"]


def indefinite_future(m: regex.Match[str], ctx: Context) -> Result | None:
    """``one day`` / ``some day`` between a modal or ``to`` (``indefinite_future_before``)
    and a word in lower case that may be a verb (not ``a``, ``of``, ``per``...:
    ``indefinite_future_not_next``): ``FUTURE_REF``; None for any other length (``lasted
    one day``, ``One day last week``, ``cut to one day a week``)."""
    phrase = compiled(r"\s+").sub(" ", m.group().lower())
    if phrase not in word_set("indefinite_future_phrases"):
        return None
    before = prev_word(ctx.text, m.start()).lower().replace("\u2019", "'")
    if before not in word_set("indefinite_future_before") and not before.endswith("'ll"):
        return None
    after = next_word(ctx.text, m.end())
    if not after.isalpha() or not after.islower() or after in word_set("indefinite_future_not_next"):
        return None  # "cut to one day a week", "limited to one day of talks"
    return timex(m, "DATE", "FUTURE_REF")
