"""One person, one written name across the story; one body, one name.

Outlets spell a romanised name their own way (``Chang Yu-lin``, ``Chang Yulin``, ``Chang
Yu Lin``); the story already treats them as one name (one ``name_key``), but a report that
prints both reads as two people. Each person's claims take the spelling most of them have
(ties: the one the earliest article uses), so the report, the pairs and the figures name
one person once.

A public body is named two ways too: what it is for before its head or after ``of`` (``the
Ecology Ministry``, ``the Ministry of Ecology``). Both forms are one body, so a report that
counted them as two independent sources said two sources agreed where one spoke twice; its
claims take the form most of them have. So too a body one article introduces with a
description before its name (``the country's disaster agency AFAD``, ``Norwegian defence
group Halvorsen ASA``) and the story's claims name by that name alone elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

import attrs
import regex

from newskit.actors import is_demonym
from newskit.grammar import ARTICLES, PREPOSITIONS
from newskit.model import Claim
from newskit.story._common import name_key, story_data

__all__ = ["one_body_name", "one_named_body", "one_spelling"]


def one_spelling(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (in article order) with every person's source spelled one way: one
    ``name_key``, and one name with or without its middle initials (``Karen B. Olson``,
    ``Karen Olson``) unless the story writes it with two different ones (``George W. Bush``,
    ``George H. W. Bush``: two people)."""
    people = {c.source for c in claims if c.source and c.source_type == "person"}
    initials: dict[str, set[str]] = {}
    for name in people:
        bare, letters = _without_initials(name)
        if letters:
            initials.setdefault(bare, set()).add(letters)
    one = {name_key(bare) for bare, ls in initials.items() if len(ls) == 1}

    def key(c: Claim) -> str | None:
        if not c.source or c.source_type != "person":
            return None
        k = name_key(c.source)
        bare = name_key(_without_initials(c.source)[0])
        return bare if bare in one else k

    return _one_form(claims, key)


#: a middle initial: one capital letter, its full stop, between two words of a name
_MIDDLE_INITIAL = regex.compile(r"(?<=\p{L}[\p{L}'’-]+\s|\p{L}[\p{L}'’-]+\s\p{Lu}\.?\s)\p{Lu}\.?\s+(?=\p{Lu})")


def _without_initials(name: str) -> tuple[str, str]:
    """(the name without its middle initials, the initials' letters): ``Karen B. Olson`` ->
    (``Karen Olson``, ``B``); a name of none -> (the name, "")."""
    letters = "".join(m.group().strip(" .") for m in _MIDDLE_INITIAL.finditer(name))
    return (_MIDDLE_INITIAL.sub("", name), letters) if letters else (name, "")


def _one_form(claims: Sequence[Claim], key_of: Callable[[Claim], str | None]) -> list[Claim]:
    """``claims`` with the sources that share a key (``key_of``; None: no key) written the way
    most of them are (ties: the earliest)."""
    keys = [key_of(c) for c in claims]
    counts: dict[str, Counter[str]] = {}
    for c, key in zip(claims, keys, strict=True):
        if key is not None and c.source:
            counts.setdefault(key, Counter())[c.source] += 1
    chosen = {k: v.most_common(1)[0][0] for k, v in counts.items() if len(v) > 1}
    if not chosen:
        return list(claims)
    return [attrs.evolve(c, source=chosen[key]) if key in chosen else c for c, key in zip(claims, keys, strict=True)]


@cache
def _inverted() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """``<Head> of [the] <X>`` and ``<X> <Head>`` for the heads of ``inverted_body_heads``."""
    heads = "|".join(sorted(story_data()["inverted_body_heads"], key=len, reverse=True))
    return (regex.compile(rf"(?i)(?:the\s+)?(?P<head>{heads})\s+of\s+(?:the\s+)?(?P<what>\p{{L}}[\p{{L}}\s'’-]*)"),
            regex.compile(rf"(?i)(?:the\s+)?(?P<what>\p{{L}}[\p{{L}}\s'’-]*?)\s+(?P<head>{heads})"))


def _body_key(name: str) -> str | None:
    """One key for both forms of a body's name (``ecology ministry`` for ``Ministry of
    Ecology`` and ``Ecology Ministry``), None for a name of neither form."""
    of_form, before_form = _inverted()
    m = of_form.fullmatch(name) or before_form.fullmatch(name)
    if m is None:
        return None
    return f"{' '.join(m.group('what').lower().split())} {m.group('head').lower()}"


def one_body_name(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (in article order) with each public body that is named both ways
    (``Ecology Ministry``, ``Ministry of Ecology``) named the way most of its claims name
    it (ties: the earliest)."""
    return _one_form(claims, lambda c: _body_key(c.source) if c.source and c.source_type != "person" else None)


#: a description before a name: words ending in a lower-case one (``disaster agency``,
#: ``country's disaster agency``, ``Norwegian defence group``) and a run of capitalised
#: words last (``AFAD``, ``Halvorsen ASA``)
_DESCRIBED_NAME = regex.compile(
    r"(?P<desc>(?:[^\s]+\s+){0,6}?(?P<last>\p{Ll}[\p{L}'’-]*))\s+"
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'’.\-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.\-]*){0,5})")


def _description(words: list[str]) -> bool:
    """Whether ``words`` describe (``country's disaster agency``, ``Norwegian defence
    group``): lower-case words, the first of which may be a people's adjective or a
    possessive; a capitalised word further in is a name's (``Integrity and``, ``Fire and``,
    ``Federación de Pescadores Artesanales de``: the name runs on past the lower-case word)."""
    first, *rest = words
    opens = not first[:1].isupper() or is_demonym(first) or first.endswith(("'s", "’s"))
    return opens and all(not w[:1].isupper() for w in rest)


def one_named_body(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a body's source written as a description before its name (``the
    country's disaster agency AFAD``) named by the name alone, when the story's claims name
    that body by it elsewhere (``AFAD``): one body, so one source where the story counts
    independent sources. A name after a preposition or an article is no apposition (``chief
    of European Union``: the chief speaks); a person's source is left as it is."""
    bare = {name_key(c.source) for c in claims if c.source and c.source_type != "person"}

    def named(c: Claim) -> Claim:
        if not c.source or c.source_type == "person":
            return c
        m = _DESCRIBED_NAME.fullmatch(c.source)
        if m is None or m.group("last").lower() in PREPOSITIONS | ARTICLES or name_key(m.group("name")) not in bare \
                or not _description(m.group("desc").split()):
            return c
        return attrs.evolve(c, source=m.group("name"))

    return [named(c) for c in claims]
