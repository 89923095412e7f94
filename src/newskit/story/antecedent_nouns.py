"""A source that is a noun alone is the phrase its own article named that body by just before.

News names a body once with words that say which it is and by its bare noun after that:
``Campaigners accused the tourism ministry of ... . The ministry called the accusation
baseless``, ``The Swiss canton of Valais has authorised ... . The canton denied the
accusation``, ``accused the Hotel Bellavista of ... . The hotel denied the claim``. The
claims reader keeps the bare noun (``ministry``, ``canton``, ``hotel``), and the story's
other rules qualify it only by a name of the story (:mod:`newskit.story.bare_nouns`) or by
the one capitalised form every text gives it (:mod:`newskit.story.qualified_nouns`);
``tourism ministry`` is written in lower case, and another outlet may write ``the Swiss
canton`` where this one wrote ``the canton of Valais``. A reader, and a pair counted by
name, wants the body the article meant.

The article decides, never a list of bodies: within ``noun_window`` characters before the
bare noun (data ``story.json``), the noun with words of its own (one or two words before it
after a determiner or a possessive, ``the tourism ministry``, ``Lebanon's education
ministry``; ``of`` and a name after it, ``the canton of Valais``; or the noun opening a
name, ``the Hotel Bellavista``), one such phrase only: two (``the health ministry``, ``the
finance ministry``) leave the noun as it is. A person the story names as speaking for the
bare noun (``Ruth Ellis of brigade``) speaks for the body so named.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import attrs
import regex

from newskit import grammar
from newskit.model import Analysis, Claim
from newskit.story._common import name_key, story_data
from newskit.story.described import head_noun

__all__ = ["name_antecedent_sources"]

#: a word that ends the words before a noun that may qualify it: a determiner, a
#: preposition, a conjunction (``accused the ministry``: none qualifies it)
_CLOSED = grammar.DETERMINERS | grammar.PREPOSITIONS | grammar.COORDINATORS | grammar.SUBORDINATORS
#: a possessive word (``Lebanon's``): whose body, ending the words that qualify it
_POSSESSIVE = regex.compile(r"[\p{L}.-]+['’]s?")


@cache
def _not_qualifying() -> frozenset[str]:
    """Words that say how much or which of a body, never which (``story.json``
    ``antecedent_not_qualifying``: ``the whole province``)."""
    return frozenset(story_data()["antecedent_not_qualifying"])


@lru_cache(maxsize=256)  # one per head noun; bounded, so a long stream of stories keeps flat memory
def _pattern(noun: str) -> regex.Pattern[str]:
    """The noun (any case) with up to two words before it and a name after ``of`` or a
    name's capitalised words after it; no possessive of the noun (``the ministry's``)."""
    cap = r"\p{Lu}[\p{L}-]*"
    return regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<before>(?:[\p{L}\p{N}'’.-]+\s+){0,2})(?P<noun>(?i:"
                         + regex.escape(noun) + r"))(?P<after>\s+of\s+(?:the\s+)?" + cap + r"(?:\s+" + cap
                         + r"){0,2}|(?:\s+" + cap + r"){1,3})?(?![\p{L}\p{N}'’-])")


def _qualified(m: regex.Match[str]) -> str | None:
    """The phrase a match names the body by, less the words before the last determiner,
    preposition, conjunction or possessive among the words before the noun; None for the
    noun alone. Capitalised words after the noun qualify it only when it is written
    capitalised (``the Hotel Bellavista``; not ``the hotel Maria said``)."""
    words = m.group("before").split()
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _CLOSED or _POSSESSIVE.fullmatch(w)), default=0)
    kept = words[cut:]
    if any(not w.replace("-", "").isalpha() or w.lower() in _not_qualifying() for w in kept):
        return None
    after = m.group("after") or ""
    if after and not after.split()[0] == "of" and not m.group("noun")[:1].isupper():
        after = ""
    if not kept and not after:
        return None
    return " ".join([*kept, m.group("noun"), *after.split()])


def _antecedent(text: str, noun: str, pos: int, window: int) -> str | None:
    """The one phrase that names ``noun``'s body with words of its own within ``window``
    characters before ``pos``; None when there is none or more than one."""
    found = {name_key(q): q for m in _pattern(noun).finditer(text, max(0, pos - window), pos)
             if (q := _qualified(m)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def name_antecedent_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims whose source is a noun alone (not a person's, not an unnamed source's),
    or a person of a noun alone (``Ruth Ellis of brigade``: the body she speaks for),
    named by the one phrase their article named that body by just before (module
    docstring): the body and its people stay one side."""
    texts = {a.article.id: a.article.text for a in analyses}
    window = int(story_data()["noun_window"])
    out = []
    for c in claims:
        person, of, body = (c.source or "").partition(" of ")
        noun = head_noun(body if of and c.source_type == "person" else c.source or "")
        if not noun or c.source_type == "unnamed" or (c.source_type == "person" and not of) or c.source_ref is None:
            out.append(c)
            continue
        name = _antecedent(texts.get(c.article, ""), noun, c.source_ref.start, window)
        if name is not None:
            c = attrs.evolve(c, source=f"{person} of {name}" if of and c.source_type == "person" else name)
        out.append(c)
    return out
