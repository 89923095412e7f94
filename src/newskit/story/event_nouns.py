"""The news told again by a definite noun whose usual reading is a happening or an act,
though no trigger lexicon names it ("the cull", "Saturday's stampede", "the freeze").

An outlet refers back to what it has just told by a definite noun of its own choosing, and
the nouns of acts and happenings are an open class: no hand list holds them all (the events
plugin's triggers, ``coref.json`` ``general``, ``predicate.json`` ``general_nouns``). Which
nouns usually name one is a fact of the language, read from a public lexical resource
(Princeton WordNet 3.0: ``data/event_nouns.json``, built by ``bench/build_event_nouns.py``),
not from the stories read.

Such a noun is read as the general nouns of an act are (:mod:`newskit.story.general_anaphors`):
it names whatever its article told nearest before it, or the article's news when nothing
was told in its sentence or the one before. It is the last layer tried, for spans no
other layer covers, so it adds mentions and never moves or decides anything. Only a noun
told again counts: the head of a definite noun phrase ("the cull", "Sunday's failure", "the
cantonal cull"), with no complement of its own ("the cause *of the fire*", "the start *of*
the week": it names something of another thing), not ranked among others ("the first
time", "the biggest change"), never a modifier ("the cull order"; the subject of a verb in
the present heads its phrase: "analysts said the cull *ignores* research",
:func:`newskit.story.learned.heads_phrase`), a verb's form (but an -ing form right
after its determiner is a noun: "the outing", "the tampering"), a plural
(many happenings) or a capitalised word (a name's); a word used more often as a verb
("haul", "halt") only right after its determiner ("the haul", not "the council put").
"""

from __future__ import annotations

from functools import cache

import regex

from newskit.datafiles import package_json
from newskit.story.features import is_verb_form
from newskit.story.learned import heads_phrase, precedes_noun
from newskit.story.predicate import definite_before
from newskit.text import match_ahead

__all__ = ["follows_determiner", "is_event_anaphor", "is_event_noun", "told_again"]

#: the word right before a span (and whether it follows a determiner at once)
_PREVIOUS = regex.compile(r"(\p{L}[\p{L}'’-]*)\s+$")
#: a complement opened by "of" right after the noun
_OF_AFTER = regex.compile(r"\s+of\b", regex.I)
#: a superlative in -est ("the biggest change")
_SUPERLATIVE = regex.compile(r"\p{L}{2,}est")
#: a definite determiner or a possessive word right before the noun
_DETERMINER = regex.compile(r"(?:the|this|that|its|their|his|her|our|\p{L}+['’]s?)", regex.I)


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns, nouns used more as verbs, ranking words), loaded on first use."""
    data: dict[str, list[str]] = package_json("newskit", "event_nouns.json")
    return frozenset(data["nouns"]), frozenset(data["verbal"]), frozenset(data["ranks"])


def is_event_noun(word: str) -> bool:
    """Whether ``word`` (as written) is a singular noun whose usual reading is an act, a
    happening or a process."""
    nouns, verbal, _ranks = _data()
    return word in nouns or word in verbal


def is_event_anaphor(text: str, start: int, end: int) -> bool:
    """The lower-case word at ``text[start:end]`` is an eventive noun told again: the head
    of a definite noun phrase, with no complement and no rank ("the stampede", "Saturday's
    breakaway"; not "a stampede", "the stampede risk", "the cause of", "the first time"),
    but a noun made from a verb may take its object after "of" ("the removal of the
    winner", "the discovery of PFAS")."""
    word = text[start:end]
    nouns, verbal, _ranks = _data()
    if not (word in nouns or word in verbal):
        return False
    return told_again(text, start, end, after_determiner=word in verbal,
                      of_object=_NOMINALISATION.search(word) is not None)


#: the endings of a noun made from a verb ("removal", "exclusion", "discovery",
#: "impoundment", "passage"): its "of" names what the act is done to, not another thing
_NOMINALISATION = regex.compile(r"(?:tion|sion|ment|al|ery|age|ance|ence|ure)$")


def follows_determiner(text: str, start: int) -> bool:
    """The word at ``start`` comes right after a definite determiner or a possessive ("the
    find", "Tuesday's signing"): a noun's place, never a verb's."""
    prev = _PREVIOUS.search(text, max(0, start - 40), start)
    return prev is not None and _DETERMINER.fullmatch(prev.group(1)) is not None


def _gerund(text: str, start: int, end: int) -> bool:
    """An -ing form right after its determiner, modifying no noun, is a noun ("the outing")."""
    return text[start:end].endswith("ing") and follows_determiner(text, start) and not precedes_noun(text, end)


def told_again(text: str, start: int, end: int, *, after_determiner: bool = False, of_object: bool = False) -> bool:
    """The lower-case word at ``text[start:end]`` heads a definite noun phrase with no
    complement and no rank, heads its phrase (:func:`newskit.story.learned.heads_phrase`)
    and is no verb's form: the shape of a noun that
    refers back to what its article told; with ``after_determiner``, only right after its
    determiner or a possessive ("the find", not "the council put"); with ``of_object``, a
    complement opened by "of" is the act's object ("the removal of the winner") and is
    allowed."""
    word = text[start:end]
    if not word.islower() or (is_verb_form(word) and not _gerund(text, start, end)):
        return False
    prev = _PREVIOUS.search(text, max(0, start - 40), start)
    if prev is None or (not of_object and match_ahead(_OF_AFTER, text, end) is not None):
        return False
    before = prev.group(1).lower()
    if before in _data()[2] or _SUPERLATIVE.fullmatch(before) is not None:
        return False
    if after_determiner and _DETERMINER.fullmatch(prev.group(1)) is None:
        return False
    return definite_before(text, start) and heads_phrase(text, start, end)
