"""One word in two spellings: British forms read as their American ones.

Outlets of one story write "cancelled" and "canceled", "organised" and "organized",
"travelling" and "traveling". Wherever newskit compares words (the story's trigger families,
the events plugin's trigger look-up), the two spellings must be one word, or a story told
by a London and a New York outlet splits its one happening in two and a British form is no
trigger at all. :func:`american` maps a British form to the American one by rules of
spelling with their word lists as data (``newskit/data/spelling.json``): the doubled l of a
verb that doubles it only in British spelling, and -ise/-yse for -ize/-yze except in the
words where -ise is the only spelling ("advise", "surprise").

>>> american("cancelled"), american("Organisation"), american("paralysed"), american("advised")
('canceled', 'organization', 'paralyzed', 'advised')
"""

from __future__ import annotations

from functools import cache, lru_cache

from newskit.datafiles import package_json
from newskit.text import lower_word

__all__ = ["WORDS_KEPT", "american"]

#: How many words' answers :func:`american` keeps (the most recently asked): a stream of
#: articles keeps bringing new words (names, misspellings), and an answer kept for every
#: word ever read grew with the stream (about 60 bytes a word here, four times that with
#: the events plugin's lemma candidates), where memory should stay flat.
WORDS_KEPT = 1 << 15


@cache
def _tables() -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(British doubled-l form -> American form, -ise endings, -yse endings, words whose
    -ise is no variant)."""
    data = package_json("newskit", "spelling.json")
    doubled: dict[str, str] = {}
    for verb in data["double_l"]:
        for end in data["double_l_endings"]:
            doubled[verb + end] = verb + end[1:]
    ise = tuple(sorted(data["ise_endings"], key=len, reverse=True))
    yse = tuple(sorted(data["yse_endings"], key=len, reverse=True))
    return doubled, ise, yse, frozenset(data["not_ise"])


@lru_cache(maxsize=WORDS_KEPT)
def american(word: str) -> str:
    """``word`` (lower-cased) in American spelling: itself when it has no British form."""
    w = lower_word(word)
    doubled, ise, yse, not_ise = _tables()
    if w in doubled:
        return doubled[w]
    # one call each rules out most words, which end in none of the endings (the loop
    # tried each ending in turn on every new word: five times the time of a miss)
    if w.endswith(ise):
        for end in ise:
            stem = w[: -len(end)]
            if w.endswith(end) and len(stem) >= 3 and stem + "ise" not in not_ise:
                return stem + "iz" + end[2:]
    if w.endswith(yse):
        for end in yse:
            stem = w[: -len(end)]
            if w.endswith(end) and len(stem) >= 3:
                return stem + "yz" + end[2:]
    return w
