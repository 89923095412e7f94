"""A person one outlet names by surname alone is the one person of the story with that
surname: ``Nandakumar rejected the claim`` in one article, ``Transport minister Priya
Nandakumar`` in another. News gives a person's whole name once per article, but an outlet
that reports only the reply may name the speaker by surname alone, and its claims then
have a source no other outlet's claims share; a pair or a corroboration counted by name
must see one person there.

The persons reader links a surname to the whole name within one article (the entity of
its mention); across articles the evidence is the story's whole names: a source that is one
capitalised word is the whole name of the story's persons (their
mentions' entities, two words or more) that ends in that word, when exactly one does; a
name written family name first (``Wu Chien-fu``, ``Lee Jae-myung``: a hyphenated romanised
given name after it) is named alone by its first word, as is any whole name an article's
persons reader named by one word (``"...," Wu said`` after ``Wu Chien-fu``). Two
persons of the story with one surname (``Melissa Kowalchuk`` and ``Dana Kowalchuk``, a
family) leave it as it is: the text does not say which one speaks. The source may have
been read as a person or as a body (a denial's subject the claims reader knows no person
by: ``Nandakumar denied the accusation``); either way the word is the person's only when the
story never writes it before another capitalised word (``Harwell Engineering`` is a firm,
whoever ``Tom Harwell`` is), except where it opens the person's own whole name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import attrs
import regex

from newskit.model import Analysis, Claim, PersonMention
from newskit.story._common import NAMES_KEPT

__all__ = ["full_person_sources"]

#: a lone surname: one capitalised word (hyphens and apostrophes inside it)
_SURNAME = regex.compile(r"\p{Lu}[\p{L}'’-]+")
#: the kinds of source a lone surname may be read as: a person, or a body the claims
#: reader names any subject it knows no person by
_READ = frozenset({"person", "organisation"})


#: a whole name written family name first: a romanised given name of two syllables joined
#: by a hyphen, the second in lower case (``Wu Chien-fu``, ``Lee Jae-myung``)
_FAMILY_FIRST = regex.compile(r"(?P<family>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+-\p{Ll}+")


def _whole_names(analyses: Sequence[Analysis]) -> dict[str, set[str]]:
    """Surname -> the whole names of the story's persons it names alone: the last word of
    each, the first of a name written family name first (``Wu Chien-fu``), and the word
    any article's persons reader named that person by alone (``Wu`` for ``Wu Chien Fu``)."""
    out: dict[str, set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            words = m.entity.split() if isinstance(m, PersonMention) and not m.author else []
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            whole = " ".join(words)
            if " " not in m.text and m.text in words:
                out.setdefault(m.text, set()).add(whole)
            elif (first := _FAMILY_FIRST.fullmatch(m.text)) is not None:
                out.setdefault(first.group("family"), set()).add(whole)
            else:
                out.setdefault(words[-1], set()).add(whole)
    return out


@lru_cache(maxsize=NAMES_KEPT)  # bounded: a stream keeps naming new people and bodies
def _before_capital(word: str) -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}\p{N}'’-])" + regex.escape(word) + r" \p{Lu}")


def _opens_a_name(word: str, whole: str, analyses: Sequence[Analysis]) -> bool:
    """Whether an article writes ``word`` right before another capitalised word, other than
    where it opens the person's whole name (``Wu Chien-fu``: a family name written first)."""
    for a in analyses:
        own = {m.start for m in a.mentions if isinstance(m, PersonMention) and m.entity == whole}
        if any(m.start() not in own for m in _before_capital(word).finditer(a.article.text)):
            return True
    return False


def full_person_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with each person named by a lone surname named by the one whole name of
    the story's persons that ends in it (module docstring)."""
    lone = {c.source for c in claims if c.source and c.source_type in _READ and _SURNAME.fullmatch(c.source)}
    if not lone:
        return list(claims)
    names = _whole_names(analyses)
    full = {s: next(iter(names[s])) for s in lone
            if len(names.get(s, ())) == 1 and not _opens_a_name(s, next(iter(names[s])), analyses)}
    return [attrs.evolve(c, source=full[c.source], source_type="person") if c.source in full and
            c.source_type in _READ else c for c in claims]
