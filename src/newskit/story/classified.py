"""The news classified by the noun of a copular sentence whose subject points back at it.

A source or an outlet sums up the happening just told by saying what it was: "This was a
human *mistake* made in a system that should have caught it", "This is a very serious
*incident* for us", "It is the second major *failure* in Norwich in four years", "This was
not a spontaneous *act*". The subject ("this", "it", "that") names nothing of its own; the
noun after the copula and its article names the same happening, in the speaker's own word
for it. The structure says so, not the word, though the word must be one that can name a
happening (a noun of an act, an event or a process: ``event_nouns.json``, or a general noun
of one): "it is a company that ..." classifies a thing.

The noun is read as the general nouns are (:mod:`newskit.story.general_anaphors`): it names
the nearest happening told before it in its sentence or the one before, or the article's
news when none is told there, and only where no unit covers it.
"""

from __future__ import annotations

from functools import cache

import regex

from newskit.datafiles import package_json
from newskit.story.event_nouns import is_event_noun
from newskit.story.features import general_classes, is_verb_form
from newskit.story.learned import heads_phrase
from newskit.story.predicate import is_general_noun
from newskit.text import match_ahead

__all__ = ["is_classifying_noun", "is_classifying_word"]

#: after the noun, an infinitive ("it" is then a dummy subject: "it was a mistake *to wait*")
#: or a complement opened by "of" (it names something of another thing: "the responsibility
#: *of* the ship")
_NOT_ITS_OWN = regex.compile(r"\s+(?:to\s+\p{Ll}|of\b)")


@cache
def _copular_slot() -> regex.Pattern[str]:
    """A clause opened by a pointing subject and a copula, then an article and at most three
    modifiers, ending right before the noun (``classified.json``)."""
    data: dict[str, list[str]] = package_json("newskit", "classified.json")

    def words(key: str) -> str:
        return "|".join(regex.escape(w) for w in sorted(data[key], key=len, reverse=True))

    return regex.compile(
        r"(?:^|[.;:!?,\"“”‘(—–\n]\s*|\b(?:" + words("openers") + r")\s+)"
        r"(?i:" + words("subjects") + r")\s+(?:" + words("copulas") + r")\s+(?:(?:" + words("adverbs") + r")\s+)?"
        r"(?i:a|an|the)\s+(?:[\p{Ll}\d-]+\s+){0,3}$")


def is_classifying_word(word: str) -> bool:
    """The part of :func:`is_classifying_noun` that reads the word alone: a lower-case
    singular noun, no verb's form, that can name a happening. A story's reading of every word
    asks this once per distinct word before the costlier context."""
    if not (word.isalpha() and word.islower()) or is_verb_form(word):
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return False
    return is_event_noun(word) or is_general_noun(word) or bool(general_classes(word))


def is_classifying_noun(text: str, start: int, end: int) -> bool:
    """The lower-case word at ``text[start:end]`` heads the noun phrase a pointing subject
    and a copula classify ("This was a human *mistake*", "It is the second *setback*") and
    can name a happening (see the module docstring); not a plural, a verb's form or a
    modifier of a noun after it, nor the noun of a dummy "it" ("it was a mistake to wait") or
    one with a complement of its own (:data:`_NOT_ITS_OWN`)."""
    if not is_classifying_word(text[start:end]):
        return False
    if match_ahead(_NOT_ITS_OWN, text, end) is not None:
        return False
    return heads_phrase(text, start, end) and _copular_slot().search(text, max(0, start - 100), start) is not None
