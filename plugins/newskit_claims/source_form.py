"""What a source's name may be: someone, never a verb, a place adjective or a time.

The readings of a subject sometimes stop on a word that names no one: the verb of a
progressive (``The Football Association is investigating alleged abuse``: ``investigating``),
a past form (``the heat wave had exposed years of neglect``: ``exposed``), a place adjective
that only qualified the head (``The Vienna-based group said``: ``Vienna-based``) or a time
that follows a name (``figures released by Avonmere District Council on Tuesday``). A
reading may also run back over a sentence's end (``... on Tuesday.\nThe Ministry of
Mines``) or take a time opening a sentence for its subject (``By Friday morning the
company had received ...``, ``Until February, none pointed to ...``). A source's name is
cleaned of a trailing time or past form, of what precedes a sentence's end inside it, of a day or
month it is "of" (``Survivors of Wednesday``'s collapse are survivors) and of a place
adjective opening it (``Greece-based Meridian Tankers``), and a name that is only such
a word, or a time, is no source: a claim without a source is better than one by
``investigating`` or ``By Friday``, which an allegation/denial pair would name as a party.
"""

from __future__ import annotations

from functools import cache

import regex

from newskit import grammar
from newskit.actors import calendar_words, weekdays
from newskit.text import ABBREVIATIONS, compile_pattern
from newskit_claims.cues import cue_data

__all__ = ["source_form"]



@cache
def _trailing_time() -> regex.Pattern[str]:
    """A time after a name (``... Council on Tuesday``, ``... Commission last week``), the
    weekdays from the actors' data."""
    days = "|".join(sorted(weekdays()))
    return compile_pattern(rf"\s+(?:on\s+(?:{days})|(?:last|this)\s+(?:week|month|year|{days}))$")


#: a lone lower-case verb form (``investigating``, ``exposed``) or place adjective
#: (``Vienna-based``, ``London-based``)
_NO_NAME = regex.compile(r"\p{Ll}+(?:ing|ed)|[\p{L}.-]+-based")
#: a place adjective opening a name (``Greece-based Meridian Tankers``): where it is based,
#: no part of who it is
_BASED_OPENING = regex.compile(r"^\p{Lu}[\p{L}.-]*-based\s+(?=\p{Lu})")


#: a sentence's end inside a name: a full stop, ! or ? before white space, or a line break;
#: not the full stop of an initial or of an abbreviation (``newskit.text.ABBREVIATIONS``:
#: ``Dr.``, ``Acme Co.``)
_SENTENCE_END = regex.compile(r"(?<!\b\p{Lu}|\b(?:" + "|".join(sorted((w.capitalize() for w in ABBREVIATIONS if w.isalpha()),
                                                                     key=len, reverse=True))
                              + r"))[.!?]\s+|\s*\n\s*")
#: a past form after a name (``the province's Transport Ministry ignored``): the verb of
#: the clause the name is the subject of, no part of the name (``the accused`` keeps its
#: word: no capitalised name before it)
_TRAILING_VERB = regex.compile(r"(?<=\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}+ed$")
#: a day or month a name is "of" at its end (``Survivors of Wednesday``)
_OF_CALENDAR = regex.compile(r"\s+of\s+(?P<word>\p{Lu}\p{Ll}+)$")
#: times of day that may follow a weekday opening a sentence (``By Friday morning``)
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})


def _only_time(name: str) -> bool:
    """Words naming a time and nothing else: a day or a month, a part of the day, the
    preposition before them (``By Friday``, ``Until February``, ``Tuesday.``)."""
    words = [w.strip(".,;:") for w in name.split()]
    opened = bool(words) and words[0].lower() in grammar.PREPOSITIONS | grammar.SUBORDINATORS
    if opened:
        words = words[1:]
    if len(words) == 1 and not opened and words[0] not in weekdays():
        return False  # a lone month's name may be a person's ("May said"; Theresa May)
    return bool(words) and words[0] in calendar_words() and all(
        w in calendar_words() or w.lower() in _DAY_PARTS or w.isdigit() for w in words)


def source_form(source: str | None) -> str | None:
    """``source`` without a trailing time, or a day or month it is "of", or what comes
    before a sentence's end inside it; None when what is left names no one."""
    if not source:
        return source
    name = _SENTENCE_END.split(source.strip())[-1]
    of = _OF_CALENDAR.search(name)
    if of is not None and of.group("word") in calendar_words():
        name = name[:of.start()]
    name = _BASED_OPENING.sub("", _trailing_time().sub("", _TRAILING_VERB.sub("", name)))
    return None if not name or _NO_NAME.fullmatch(name) or _only_time(name) or _a_count(name) else name


_DETERMINER = frozenset({"the", "a", "an", "its", "their"})


def _a_count(name: str) -> bool:
    """A count noun (``cues.json`` ``count_nouns``) after only words that say which count
    (``count_modifiers``: ``the latest official count``, ``a new tally``): a count, no
    teller. ``Police figures`` names its teller and stays."""
    words = [w.lower() for w in name.split()]
    d = cue_data()
    return bool(words) and words[-1] in d["count_nouns"] and all(
        w in _DETERMINER or w in d["count_modifiers"] for w in words[:-1])
