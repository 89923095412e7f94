"""Which crime mentions tell a suspicion, not a crime the news reports done.

"Police arrested the permanent secretary on suspicion of taking *bribes*", "an
investigation into alleged *fraud*", "was charged with three counts of official
*corruption*": the crime is what a legal act names as its reason; the arrest, the charge,
the investigation is the news. An outlet leads with both words in one sentence, so without
this reading the crime, told in every lead, could be chosen as the story's central event
over the act that every headline names.

The structure read is local: a word of suspicion (``story.json`` ``central.suspicion``) at
most a few words before the crime's mention in its clause (no punctuation between). The
central event's chooser (story/central.py) lets a crime most of whose lead mentions are so
told yield to a legal act that is the news in the same articles' leads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import regex

from newskit.story._common import TOKEN, story_data
from newskit.story.features import Unit

__all__ = ["suspected_keys"]

_CLAUSE_END = regex.compile(r"[,;:()\"“”–—.!?]")
#: how many words back the word of suspicion may stand ("charged with three counts of official")
_WORDS_BACK = 6


@cache
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    """(words of suspicion, the classes of a crime: ``central.past_reasons``)."""
    spec = story_data()["central"]
    return frozenset(spec["suspicion"]), frozenset(spec["past_reasons"])


def told_suspected(text: str, start: int) -> bool:
    """A word of suspicion stands at most six words before ``start``, in its clause."""
    cues, _ = _cues()
    words = [m.group() for m in TOKEN.finditer(text, max(0, start - 90), start)]
    for word in reversed(words[-_WORDS_BACK:]):
        if _CLAUSE_END.fullmatch(word):
            return False
        if word.lower() in cues:
            return True
    return False


def suspected_keys(units: Sequence[Unit], texts: Mapping[str, str]) -> frozenset[tuple[str, int, int]]:
    """Keys of the crime mentions told as suspected or alleged ("on suspicion of taking
    *bribes*")."""
    _, crimes = _cues()
    return frozenset(u.key for u in units
                     if u.source.type in crimes and told_suspected(texts[u.ref.article], u.ref.start))
