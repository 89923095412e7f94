"""``the Christmas parade``, ``a Christmas float``, ``the Easter weekend``: a holiday named
before a noun names a thing by its holiday (the parade held for it), so the verb of the
clause is the thing's, not the holiday's, and gives it no tense; the holiday is then the
one nearest the publication, as a month before a noun is (``cancelled her July tour``).
"""

from __future__ import annotations

import datetime as dt

from newskit_dates.neighbours import next_word, prev_word, sentence_start
from newskit_dates.vocabulary import compiled, word_set

__all__ = ["holiday_names_a_thing", "nearest"]


def holiday_names_a_thing(text: str, start: int, end: int) -> bool:
    """Is the holiday at ``text[start:end]`` a modifier of the noun after it: a word in
    lower case follows (not one that ends or links a phrase: ``premodifier_month_not_next``),
    and a determiner, a possessive or a name (``the Timaru Christmas parade``) stands
    before it?"""
    nw = next_word(text, end).rstrip(".")
    if not compiled(r"\p{Ll}+").fullmatch(nw) or nw in word_set("premodifier_month_not_next"):
        return False
    pw = prev_word(text, start)
    if pw.lower() in word_set("premodifier_month_before") or pw.lower().endswith(("'s", "\u2019s")):
        return True
    return pw[:1].isupper() and not pw.isupper() and not sentence_start(text, start)


def nearest(dates: list[dt.date], dct: dt.date) -> dt.date:
    """The date nearest ``dct`` (the later one on a tie)."""
    return min(dates, key=lambda d: (abs((d - dct).days), -d.toordinal()))
