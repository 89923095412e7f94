"""A body the story's outlets name by what it does: ``the operator, Alpenstraßen
Tunnelbetrieb (ATB), said`` in one article, ``The operator has rejected the reports`` in
another. An article that only describes the body leaves its claims to a description, or
to whatever name came last before it (``the A10 Tauern motorway``); the story knows better.

Every article is read for a description in apposition with a name, ``the NOUN, NAME`` and
``NAME, the NOUN``, or right before it, ``La Liga club Atlético Castellar`` (a closed class
of nouns for bodies by their trade or role, ``story.json`` ``described_bodies``). A noun
the story links to exactly one name stands for that name wherever a claim's source is that
noun alone (``the operator``, ``The operator``); a noun two names share tells nothing. A
noun out of that class stands for the one name of the story it ends (``the airport``:
``Baghdad International Airport``). A source that is a body's noun alone and no name ends
stands for the one source of the story that is that noun after words of its own (``the
ministry``: ``labour ministry``; not a plural, a group of people: ``economists``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit import grammar
from newskit.model import Analysis, Claim
from newskit.story._common import name_key, story_data

__all__ = ["described_names", "head_noun", "name_described_sources"]

_NAME = r"(?P<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|for\s+|de\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})"


_PRONOUNS = grammar.SUBJECT_PRONOUNS | {"one", "who", "which"}
#: capitalised words that open a sentence or a phrase, no name
_NOT_NAMES = grammar.DETERMINERS | grammar.SUBJECT_PRONOUNS


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    nouns = sorted(story_data()["described_bodies"], key=len, reverse=True)
    alt = "|".join(regex.escape(n) for n in nouns)
    # only the determiner and the noun ignore case: a name is capitalised
    noun_name = regex.compile(r"(?<![\p{L}])(?i:the|its|their)\s+(?P<noun>(?i:" + alt + r")),\s+" + _NAME
                              + r"(?=\s*(?:\([\p{Lu}\p{N}&.-]{2,8}\))?\s*[,.;)])")
    name_noun = regex.compile(_NAME + r",\s+(?i:the|its)\s+(?P<noun>(?i:" + alt + r"))\s*[,.;]")
    # "first-division club Atlético Castellar", "the public service union Unison": the noun in
    # lower case right before the name it describes (a name goes on in capitals: not
    # "Rotary Club Berlin")
    noun_before = regex.compile(r"(?<![\p{L}'’-])(?P<noun>" + alt + r")\s+" + _NAME + r"(?![\p{L}\p{N}&'’-])(?!\s+\p{Lu})")
    return noun_name, name_noun, noun_before


def described_names(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Each noun of a body (lower case) the story's articles put in apposition with exactly
    one name -> that name."""
    seen: dict[str, set[str]] = {}
    for a in analyses:
        text = a.article.text
        for rx in _patterns():
            for m in rx.finditer(text):
                name = m.group("name")
                if name.split()[0].lower() not in _NOT_NAMES:
                    seen.setdefault(m.group("noun").lower(), set()).add(name)
    return {noun: next(iter(names)) for noun, names in seen.items() if len(names) == 1}


#: a capitalised word of a name, or its initials (``U.S.``; any other stop ends a name)
_WORD = r"(?:\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}(?:[\p{L}&'’-]|\.(?=\p{L}))*)"
#: a whole name of two to five such words on one line (a number after the first, ``Sector
#: 12 Residents' Association``), no capitalised word before it; its last word is its head
#: (a name that goes on after ``of``, ``California Department of Financial Protection``,
#: has another head)
_HEADED = regex.compile(r"(?<![\p{L}\p{N}&.'’-]|(?:of|for|and|de)\s|\p{Lu}[\p{L}\p{N}&.'’-]*[^\S\n]+)"
                        + _WORD + r"(?:[^\S\n]+(?:" + _WORD + r"|\p{N}+)){1,4}"
                        r"(?![\p{L}\p{N}&'’-])(?!\s+(?:of|for|and|de)\s+\p{Lu})")


def headed_names(analyses: Sequence[Analysis], nouns: frozenset[str]) -> dict[str, str]:
    """Each noun (lower case) that ends exactly one name of two words or more in the
    story's articles -> that name (``airport``: ``Baghdad International Airport``); a
    sentence's opening word is no part of a name."""
    seen: dict[str, set[str]] = {}
    for a in analyses:
        for m in _HEADED.finditer(a.article.text):
            words = m.group().split()
            if words[0].lower() in _NOT_NAMES:
                words = words[1:]
            if len(words) >= 2 and words[-1].lower() in nouns:
                seen.setdefault(words[-1].lower(), set()).add(" ".join(words))
    return {noun: next(iter(names)) for noun, names in seen.items() if len(names) == 1}


def _bare_noun(c: Claim) -> str:
    """The noun a claim's source is given as, without its determiner (``the operator``:
    ``operator``); empty when its span is no lower-case noun alone."""
    words = c.source_ref.text.split() if c.source_ref is not None else []
    words = words[1:] if words and words[0].lower() in ("the", "its") else words
    one = words[0] if len(words) == 1 else ""
    return one if len(one) >= 3 and one.isalpha() and one.islower() and one not in _PRONOUNS else ""


#: words before a head noun that make no body's name: a placeholder (``unnamed trader``)
#: or a coordination (``Uganda and Tanzania``)
_NOT_OWN = grammar.DETERMINERS | {"unnamed", "and", "or"}


def head_noun(source: str) -> str:
    """The one singular common noun a source is, past its determiners (``the ministry``:
    ``ministry``); empty for a name (``Danubia``), a plural (``economists``) or more words."""
    words = [w for w in source.split() if w.lower() not in grammar.DETERMINERS]
    one = words[0] if len(words) == 1 else ""
    plural = one.endswith("s") and not one.endswith("ss") and len(one) > 4
    return one if len(one) >= 4 and one.isalpha() and one.islower() and not plural else ""


def whole_sources(claims: Sequence[Claim]) -> dict[str, str]:
    """Each source that is a body's noun alone -> the one source of the story that is that
    noun after words of its own (``ministry``: ``labour ministry``, ``police``:
    ``Bangladesh police``); a noun two sources end names neither."""
    sources = {c.source for c in claims if c.source and c.source_type not in ("person", "unnamed")}
    ending: dict[str, dict[str, str]] = {}
    for src in sources:
        words = src.split()
        if len(words) >= 2 and words[0][:1].isalpha() and words[-1].isalpha() and \
                not {w.lower() for w in words[:-1]} & _NOT_OWN:
            ending.setdefault(words[-1].lower(), {})[name_key(src)] = src
    out = {}
    for src in sources:
        whole = ending.get(head_noun(src), {})
        if len(whole) == 1:
            out[src] = next(iter(whole.values()))
    return out


def name_described_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims whose source the text gives as a body's noun alone (``the operator``, its
    span ``operator``) named by the name the story gives that noun: in apposition or
    right before it, or, for a noun out of that class, the one name it ends (``the
    airport``), else the one source of the story it ends (``labour ministry``)."""
    names = described_names(analyses)
    # a noun of the closed class names a body only in apposition ("the union" is no
    # "European Union")
    bare = frozenset(_bare_noun(c) for c in claims) - {""} - frozenset(story_data()["described_bodies"])
    names = {**headed_names(analyses, bare), **names}
    whole = whole_sources(claims)
    if not names and not whole:
        return list(claims)
    out = []
    for c in claims:
        words = c.source_ref.text.lower().split() if c.source_ref is not None else []
        noun = " ".join(words[1:] if words and words[0] in ("the", "its") else words)
        if noun in names and c.source != names[noun]:
            c = attrs.evolve(c, source=names[noun], source_type="organisation")
        elif c.source in whole and c.source_type not in ("person", "unnamed"):
            c = attrs.evolve(c, source=whole[c.source])
        out.append(c)
    return out
