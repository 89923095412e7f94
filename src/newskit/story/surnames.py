"""A person one outlet names by surname alone is the one person of the story with that
surname: ``Nandakumar rejected the claim`` in one article, ``Transport minister Priya
Nandakumar`` in another. News gives a person's whole name once per article, but an outlet
that reports only the reply may name the speaker by surname alone, and its claims then
have a source no other outlet's claims share; a pair or a corroboration counted by name
must see one person there.

The persons reader links a surname to the whole name within one article (the entity of
its mention); across articles the evidence is the story's whole names: a source that is one
capitalised word is the whole name of the story's persons (their
mentions' entities, two words or more) that ends in that word, when exactly one does. Two
persons of the story with one surname (``Melissa Kowalchuk`` and ``Dana Kowalchuk``, a
family) leave it as it is: the text does not say which one speaks. The source may have
been read as a person or as a body (a denial's subject the claims reader knows no person
by: ``Nandakumar denied the accusation``); either way the word is the person's only when the
story never writes it before another capitalised word (``Harwell Engineering`` is a firm,
whoever ``Tom Harwell`` is).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit.model import Analysis, Claim, PersonMention

__all__ = ["full_person_sources"]

#: a lone surname: one capitalised word (hyphens and apostrophes inside it)
_SURNAME = regex.compile(r"\p{Lu}[\p{L}'’-]+")
#: the kinds of source a lone surname may be read as: a person, or a body the claims
#: reader names any subject it knows no person by
_READ = frozenset({"person", "organisation"})


def _whole_names(analyses: Sequence[Analysis]) -> dict[str, set[str]]:
    """Surname -> the whole names of the story's persons that end in it."""
    out: dict[str, set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            words = m.entity.split() if isinstance(m, PersonMention) and not m.author else []
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                out.setdefault(words[-1], set()).add(" ".join(words))
    return out


@cache
def _before_capital(word: str) -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}\p{N}'’-])" + regex.escape(word) + r" \p{Lu}")


def _opens_a_name(word: str, analyses: Sequence[Analysis]) -> bool:
    """Whether an article writes ``word`` right before another capitalised word."""
    return any(_before_capital(word).search(a.article.text) for a in analyses)


def full_person_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with each person named by a lone surname named by the one whole name of
    the story's persons that ends in it (module docstring)."""
    lone = {c.source for c in claims if c.source and c.source_type in _READ and _SURNAME.fullmatch(c.source)}
    if not lone:
        return list(claims)
    names = _whole_names(analyses)
    full = {s: next(iter(names[s])) for s in lone if len(names.get(s, ())) == 1 and not _opens_a_name(s, analyses)}
    return [attrs.evolve(c, source=full[c.source], source_type="person") if c.source in full and
            c.source_type in _READ else c for c in claims]
