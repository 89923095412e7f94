"""A body's short name and its full name are one source: ``Harbor Point Research, a short
seller, said`` in one sentence, ``Harbor Point said it had bet against the stock`` in the
next, ``Pagora has dismissed Harbor Point's claims`` in another outlet. News shortens a name
once it has given it whole; a pair or a corroboration counted by name must not see two
sources there.

A source name is the short form of another when the other starts with it and goes on only
in words of a firm's trade or legal form (``Harbor Point`` / ``Harbor Point Research``,
``Velantis`` / ``Velantis Therapeutics``; ``story.json`` ``name_suffixes``), never in a name
of its own (``Northbridge`` / ``Northbridge Supporters' Trust`` are a club and its fans) or
a coordination (``United States and allies``), and it is the short form of exactly one name
of the story.

A body's name is also short when the article that shortens it gave it whole before
(``Bayhead Terminals locked out ...`` then ``Bayhead said``; ``Danubia Grain Terminals`` then
``Danubia denied``): the capitalised words right after the short name at its first mention
there are the rest of its name, whatever they are (a name particle of another language may
join them: ``Banco Mercantil del Caribe`` then ``Banco Mercantil said``; ``story.json``
``name_particles``, never English ``of``), provided the story never goes on from it
otherwise (a place, a person, an acronym (``ICC``: spelt out elsewhere), a name cut by a
possessive (``Bayhead's terminals``; the last word of the whole name may carry one:
``Northwind Home's thermostats`` names ``Northwind Home`` whole), and one with a capitalised
word before it there (``Aircraft Lessors Forum`` for ``Lessors``) never grow; a lone word
read as a person with no title is a person only for the persons reader: ``accused Harwell
of``).
A body's name is short, last, when an article of the story writes it with words of a
firm's trade after it and nothing else (``the city accused Conlog Metering of ...`` in one
outlet, ``Conlog rejected the claim`` opening another's account): the one such whole name
of the story, where the firm itself need not speak.
Persons are left to the persons plugin's own linking (their entity names).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit import grammar
from newskit.actors import calendar_words, place_country
from newskit.model import Analysis, Claim, PersonMention
from newskit.story._common import story_data
from newskit.text import match_ahead, whole_word_starts

__all__ = ["full_source_names", "introduced_source_names", "trade_named_sources"]

#: the capitalised words (one to three) right after a name, a space apart: the rest of it
#: when the article wrote it whole (a hyphen cuts the name; a possessive ends it, its last
#: word: ``Northwind Home's thermostats``)
_REST = regex.compile(r"(?P<rest>(?: \p{Lu}\p{L}*(?![\p{L}\p{N}'’-])){0,2} \p{Lu}\p{L}*(?:['’]s)?(?![\p{L}\p{N}'’-]))")


@cache
def _rest_joined() -> regex.Pattern[str]:
    """:data:`_REST` where a name particle may stand before a capitalised word (``Banco
    Mercantil del Caribe``, ``Junta de Andalucía``; ``story.json`` ``name_particles``)."""
    part = r"(?:(?:" + "|".join(regex.escape(p) for p in story_data()["name_particles"]) + r") ){0,2}"
    word = r" " + part + r"\p{Lu}\p{L}*"
    return regex.compile(r"(?P<rest>(?:" + word + r"(?![\p{L}\p{N}'’-])){0,2}" + word + r"(?:['’]s)?(?![\p{L}\p{N}'’-]))")


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(w.casefold() for w in story_data()["name_suffixes"])


def _longer(short: str, names: set[str]) -> set[str]:
    return {n for n in names if n != short and n.startswith(short + " ")
            and all(w.casefold() in _suffixes() for w in n[len(short) + 1:].split())}


def full_source_names(claims: Sequence[Claim]) -> list[Claim]:
    """The claims with each short source name replaced by the one full name of the story
    it shortens (a person's name, and a place's, ``Pakistan`` of ``Pakistan Railways``, are
    left as they are)."""
    names = {c.source for c in claims if c.source and c.source_type != "person"}
    full = {n: next(iter(longer)) for n in names
            if len(longer := _longer(n, names)) == 1 and place_country(n) is None}
    if not full:
        return list(claims)
    return [attrs.evolve(c, source=full[c.source]) if c.source in full and c.source_type != "person" else c
            for c in claims]


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(story_data()["legal_forms"])


@cache
def _never_rest() -> frozenset[str]:
    """Capitalised words that go on no name: determiners, pronouns, months and weekdays."""
    return frozenset(grammar.DETERMINERS | grammar.SUBJECT_PRONOUNS | {w.lower() for w in calendar_words()})


#: a capitalised word right before a name, a space apart (``Aircraft <Lessors Forum>``)
_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<w>\p{Lu}[\p{L}-]*) $")


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised word that is no determiner comes right before ``start``: the
    name there goes back further than the short one (``Aircraft Lessors Forum``), so it is
    no whole name that opens with it."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group("w").lower() not in _never_rest()


def _written_whole(short: str, texts: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> set[str]:
    """The whole names the story writes ``short`` as: ``short`` + the rest where an article
    names it with more words after it (less a legal form: ``Selvane Shipping Ltd`` is
    ``Selvane Shipping`` whole), ``""`` where an article names it short at first,
    ``"?"`` where the words after it are a person's (``Kremlin Spokesman Dmitry Peskov``)."""
    out: set[str] = set()
    for text, persons in texts:
        for n, at in enumerate(whole_word_starts(short, text)):
            after = at + len(short)
            rest = match_ahead(_rest_joined(), text, after)
            kept = []
            for w in rest.group("rest").split() if rest else []:
                w = w.removesuffix("'s").removesuffix("’s")
                if w.lower() in _never_rest():
                    break
                kept.append(w)
            end = after + len(" ".join(["", *kept]))
            while kept and kept[-1] in _legal_forms():
                kept.pop()
            whole = " ".join([short, *kept])
            if whole != short and (any(s < end and after < e for s, e in persons) or _named_before(text, at)):
                out.add("?")
            elif whole != short:
                out.add(whole)
            elif n == 0 and not kept:
                out.add("")
    return out


def introduced_source_names(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with each body named short by the whole name its articles introduced it
    by (module docstring): one whole name in the whole story, and every article that names
    the body at all names it whole first. A lone word the persons reader took for a person
    with no title anywhere (``accused Harwell of``) is such a body too."""
    texts = [(a.article.text, [(m.start, m.end) for m in a.mentions if isinstance(m, PersonMention)])
             for a in analyses]
    titled = {n for a in analyses for m in a.mentions if isinstance(m, PersonMention) and (m.title or m.affiliation)
              for n in (m.text, m.entity)}
    names = {c.source for c in claims if c.source and c.source[:1].isupper() and not c.source.isupper()
             and place_country(c.source) is None
             and (c.source_type != "person" or (" " not in c.source and c.source not in titled))}
    full: dict[str, str] = {}
    for short in names:
        whole = _written_whole(short, texts)
        if len(whole) == 1 and not whole & {"", "?"}:
            full[short] = next(iter(whole))
    if not full:
        return list(claims)
    return [attrs.evolve(c, source=full[c.source], source_type="organisation") if c.source in full else c
            for c in claims]


def _trade_whole(short: str, texts: Sequence[str]) -> set[str]:
    """The names the articles write as ``short`` and words of a firm's trade only
    (``Conlog Metering``, less a legal form; a possessive ends the last: ``Conlog
    Metering's meters``); a name that goes on in a word of its own (``Split Maritime
    Museum``) is another's."""
    out: set[str] = set()
    for text in texts:
        for at in whole_word_starts(short, text):
            rest = match_ahead(_REST, text, at + len(short))
            words = [w.removesuffix("'s").removesuffix("’s") for w in rest.group("rest").split()] if rest else []
            while words and words[-1] in _legal_forms():
                words.pop()  # "Medivia Pharma Ltd" is "Medivia Pharma" whole
            if words and all(w.casefold() in _suffixes() for w in words):
                out.add(" ".join([short, *words]))
    return out


def trade_named_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with each body quoted short named by the one whole name its articles
    write it by with the words of its trade after it (``The city accused Conlog Metering of
    ...`` / ``Conlog rejected the claim``): news gives a firm's name whole once, often
    where the firm is no speaker, and shortens it after; :func:`full_source_names` sees
    only the names of sources, :func:`introduced_source_names` only articles that give the
    name whole first. Two whole names (``Hyundai Motor``, ``Hyundai Steel``) name none."""
    texts = [a.article.text for a in analyses]
    names = {c.source for c in claims if c.source and c.source_type != "person" and c.source[:1].isupper()
             and place_country(c.source) is None}
    full: dict[str, str] = {}
    for short in names:
        whole = _trade_whole(short, texts)
        if len(whole) == 1:
            full[short] = next(iter(whole))
    if not full:
        return list(claims)
    return [c if (named := _whole_source(c, full)) == c.source else attrs.evolve(c, source=named) for c in claims]


def _whole_source(c: Claim, full: dict[str, str]) -> str | None:
    """The source of ``c`` named whole: the body's, and a person's of the body (``Daniel
    Ocampo of Conlog``: the body's own people stay on its side)."""
    if c.source is None:
        return None
    if c.source in full and c.source_type != "person":
        return full[c.source]
    person, of, body = c.source.rpartition(" of ")
    return f"{person}{of}{full[body]}" if of and body in full else c.source
