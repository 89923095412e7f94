"""A body the story's outlets name by what it does: ``the operator, Alpenstraßen
Tunnelbetrieb (ATB), said`` in one article, ``The operator has rejected the reports`` in
another. An article that only describes the body leaves its claims to a description, or
to whatever name came last before it (``the A10 Tauern motorway``); the story knows better.

Every article is read for a description in apposition with a name: ``the NOUN, NAME`` and
``NAME, the NOUN`` (a closed class of nouns for bodies by their trade or role,
``story.json`` ``described_bodies``). A noun the story links to exactly one name stands for
that name wherever a claim's source is that noun alone (``the operator``, ``The operator``);
a noun two names share tells nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit.model import Analysis, Claim
from newskit.story._common import story_data

__all__ = ["described_names", "name_described_sources"]

_NAME = r"(?P<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|for\s+|de\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})"


#: capitalised words that open a sentence or a phrase, no name
_NOT_NAMES = frozenset({"the", "a", "an", "it", "this", "that", "its", "their", "he", "she", "they", "we"})


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    nouns = sorted(story_data()["described_bodies"], key=len, reverse=True)
    alt = "|".join(regex.escape(n) for n in nouns)
    # only the determiner and the noun ignore case: a name is capitalised
    noun_name = regex.compile(r"(?<![\p{L}])(?i:the|its|their)\s+(?P<noun>(?i:" + alt + r")),\s+" + _NAME
                              + r"(?=\s*(?:\([\p{Lu}\p{N}&.-]{2,8}\))?\s*[,.;)])")
    name_noun = regex.compile(_NAME + r",\s+(?i:the|its)\s+(?P<noun>(?i:" + alt + r"))\s*[,.;]")
    return noun_name, name_noun


def described_names(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Each noun of a body (lower case) the story's articles put in apposition with exactly
    one name -> that name."""
    noun_name, name_noun = _patterns()
    seen: dict[str, set[str]] = {}
    for a in analyses:
        text = a.article.text
        for rx in (noun_name, name_noun):
            for m in rx.finditer(text):
                name = m.group("name")
                if name.split()[0].lower() not in _NOT_NAMES:
                    seen.setdefault(m.group("noun").lower(), set()).add(name)
    return {noun: next(iter(names)) for noun, names in seen.items() if len(names) == 1}


def name_described_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims whose source the text gives as a body's noun alone (``the operator``, its
    span ``operator``) named by the name the story gives that noun."""
    names = described_names(analyses)
    if not names:
        return list(claims)
    out = []
    for c in claims:
        words = c.source_ref.text.lower().split() if c.source_ref is not None else []
        noun = " ".join(words[1:] if words and words[0] in ("the", "its") else words)
        if noun in names and c.source != names[noun]:
            c = attrs.evolve(c, source=names[noun], source_type="organisation")
        out.append(c)
    return out
