"""The parties of a story: who speaks for which body, and which body a group stands for.

Outlets name one side of a dispute at different levels: the Norwegian Pilots' Association
in one article, ``Norwegian pilots`` in another and ``the association's chairman, Erlend
Haugen`` in a third; ``Kyrgyzstan's opposition``, ``The opposition`` and ``Temirlan
Sadykov, leader of the United Opposition Front``. A pair or a finding counted by name sees
three parties there; the story's own text says they are one.

Two rules, both learned from the story's articles, never from a list of bodies:

* **a person speaks for a body** the story puts next to their name: ``X of Y`` as another
  claim's source, a body and a role before the name (``CEC chairman X``, ``the
  association's chairman, X``, ``Jakarta police spokesman X``) or a role and a body after it
  (``X, leader of the United Opposition Front``). The role is a closed class (data
  ``parties.json``); a body given by its head noun alone (``the association``, ``union``)
  is the one body of the story whose name holds that noun. Such a person's claims are
  named ``X of Y``, the form the claims plugin gives when one sentence says both;
* **a group of members stands for their body**: a source that is a plural or collective
  common noun, maybe after a qualifier (``Norwegian pilots``, ``The opposition``,
  ``residents``), is the one body of the story whose name holds that noun.

A person or a group the story links to two bodies keeps its name: the text does not say
which side it is on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

import attrs
import regex

from newskit.datafiles import package_json
from newskit.model import Analysis, Claim
from newskit.story._common import name_key

__all__ = ["body_of", "name_party_sources", "party_words"]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "parties.json")
    return data


@cache
def _determiners() -> frozenset[str]:
    return frozenset(_data()["determiners"])


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _before_name() -> regex.Pattern[str]:
    """A body and a role right before a name (``CEC chairman ``, ``the association's
    chairman, ``, ``union general secretary ``): up to four words (no punctuation between,
    so no sentence's end) before the role."""
    role = _alternation(_data()["roles"])
    mod = _alternation(_data()["role_modifiers"])
    return regex.compile(r"(?<![\p{L}\p{N}&'’-])(?P<body>(?:[\p{L}\p{N}&'’-]+\s+){0,3}[\p{L}\p{N}&'’-]+)\s+"
                         r"(?:(?i:" + mod + r")\s+){0,2}(?i:" + role + r"),?\s+$")


#: a body's name after ``of``/``for``/``at``: capitalised words (``of``, ``and``, ``for``
#: between them), or those and up to two lower-case words ending the phrase (``Kozanów
#: residents' committee,``)
_BODY_AFTER = (r"(?P<body>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|and|for|de)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}"
               r"(?:(?:\s+\p{Ll}[\p{Ll}'’-]*){1,2}(?=\s*[,.;:)\"”])|(?![\p{L}\p{N}])))")


@cache
def _after_name() -> regex.Pattern[str]:
    """A role and a body right after a name (``, leader of the United Opposition Front``,
    ``, a spokeswoman for Eirwave``)."""
    role = _alternation(_data()["roles"])
    mod = _alternation(_data()["role_modifiers"])
    return regex.compile(r",\s+(?:(?:the|a|an)\s+)?(?:(?i:" + mod + r")\s+){0,2}(?i:" + role + r")\s+"
                         r"(?:of|for|at)\s+(?:the\s+)?" + _BODY_AFTER)


_BARE = regex.compile(r"\p{Lu}{2,8}")
#: a person's name: two to four capitalised words (not ``foreign affairs spokesperson``)
_NAMED = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|bin|van|von|de|da|di|le|la)[\s-])?\p{Lu}[\p{L}'’.-]*){1,3}")


def _words(name: str) -> list[str]:
    """A name's words without brackets and possessive endings (``Pilots'`` is ``Pilots``)."""
    out = []
    for w in regex.sub(r"[()]", " ", name).split():
        w = w.removesuffix("'s").removesuffix("’s").rstrip("'’")
        if w:
            out.append(w)
    return out


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 4 else low


def story_bodies(claims: Sequence[Claim]) -> list[str]:
    """The names of bodies the story's claims are given by: a name that is no person's, of
    two words or more ending in a capitalised one (not ``Opposition groups``), or
    initials; and the body of each ``X of Y``."""
    out: dict[str, None] = {}
    for c in claims:
        src = c.source or ""
        if " of " in src and c.source_type == "person":
            out[src.split(" of ", 1)[1]] = None
        elif c.source_type not in ("person", "unnamed") and src[:1].isupper() and _words(src)[-1][:1].isupper() and \
                (len(src.split()) >= 2 or _BARE.fullmatch(src)) and src.split()[0].lower() not in _determiners():
            out[src] = None
    return list(out)


def _initials(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w[:1].isupper())


def body_of(phrase: str, bodies: Sequence[str]) -> str | None:
    """The story's body a phrase names: the body itself or its initials (``CEC``), or, for a
    common noun or a lone word, the one body whose name holds its head noun (``the
    association``: ``Norwegian Pilots' Association``; ``pilots``: the same)."""
    words = _words(phrase)
    while words and words[0].lower() in _determiners():
        words = words[1:]
    if not words:
        return None
    key = name_key(" ".join(words))
    for b in bodies:
        if name_key(b) == key or (len(words) == 1 and _BARE.fullmatch(words[0]) and _initials(b) == words[0]):
            return b
    if len(words) > 1 and any(w[:1].isupper() for w in words):
        return None  # a name of its own the story gives no claim ("Rovers Supporters' Trust")
    head = _singular(words[-1])
    holding = {b for b in bodies if any(_singular(w) == head for w in _words(b))}
    return next(iter(holding)) if len(holding) == 1 and len(head) >= 4 else None


def _phrase_body(phrase: str, bodies: Sequence[str]) -> tuple[str, bool] | None:
    """The body the words before a role name, and whether the story names it: the longest
    tail of them that is a story body or holds one's head noun (sure), else the longest
    tail that opens with a capital and goes on (``Jakarta police``: a body the story names
    only there; a guess, as the capital may only open a sentence)."""
    words = phrase.split()
    modifiers = frozenset(_data()["role_modifiers"])
    while words and words[-1].lower() in modifiers:
        words = words[:-1]  # "Iskar executive director": the body is Iskar
    tails = [" ".join(words[k:]) for k in range(len(words)) if words[k].lower() not in _determiners()]
    for tail in tails:
        found = body_of(tail, bodies)
        if found is not None:
            return found, True
    named = [t for t in tails if t[:1].isupper() and len(t.split()) >= 2]
    return (" ".join(_words(named[0])), False) if named else None


def _named_bodies(person: str, texts: Sequence[str], bodies: Sequence[str]) -> Iterator[tuple[str, bool]]:
    """Each body the texts put next to a person's name with a role, and whether it is sure
    (a role and a body after the name, ``X, leader of the Y``, is)."""
    for text in texts:
        for m in regex.finditer(regex.escape(person) + r"(?![\p{L}])", text):
            after = _after_name().match(text, m.end())
            if after is not None:
                yield body_of(after.group("body"), bodies) or after.group("body"), True
                continue
            before = _before_name().search(text, max(0, m.start() - 80), m.start())
            found = _phrase_body(before.group("body"), bodies) if before else None
            if found is not None:
                yield found


def _person_bodies(claims: Sequence[Claim], analyses: Sequence[Analysis], bodies: Sequence[str]) -> dict[str, str]:
    """Each person of the story's claims -> the one body the story puts next to their name
    for sure (``X of Y`` as a source is), else the one body guessed."""
    sure: dict[str, set[str]] = {}
    guessed: dict[str, set[str]] = {}
    for c in claims:
        if c.source and c.source_type == "person" and " of " in c.source:
            person, body = c.source.split(" of ", 1)
            sure.setdefault(person, set()).add(body)
    texts = [a.article.text for a in analyses]
    for person in {c.source for c in claims if c.source and c.source_type == "person" and _NAMED.fullmatch(c.source)}:
        for body, certain in _named_bodies(person, texts, bodies):
            (sure if certain else guessed).setdefault(person, set()).add(body)
    out = {p: next(iter(bs)) for p, bs in guessed.items() if len(bs) == 1 and p not in sure}
    out.update({p: next(iter(bs)) for p, bs in sure.items() if len(bs) == 1})
    return out


_GROUP = regex.compile(r"(?:(?i:the)\s+)?(?:(?P<qual>\p{Lu}[\p{L}'’-]*)\s+)?(?P<noun>\p{Ll}[\p{Ll}-]{3,})")


def _group_body(source: str, bodies: Sequence[str]) -> str | None:
    """The body a group of members stands for (``Norwegian pilots``: ``Norwegian Pilots'
    Association``): the one body holding the noun, and the qualifier unless it is a
    possessive (``Kyrgyzstan's opposition``)."""
    m = _GROUP.fullmatch(source)
    if m is None:
        return None
    body = body_of(m.group("noun"), bodies)
    qual = m.group("qual")
    if body is None or (qual and not qual.endswith(("'s", "’s")) and qual not in _words(body)):
        return None
    return body


def name_party_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with each person named with the body they speak for (``X of Y``) and each
    group of members named as its body (module docstring)."""
    bodies = story_bodies(claims)
    if not bodies:
        return list(claims)
    persons = _person_bodies(claims, analyses, bodies)
    out = []
    for c in claims:
        src = c.source or ""
        if c.source_type == "person" and src in persons and name_key(persons[src]) != name_key(src):
            c = attrs.evolve(c, source=f"{src} of {persons[src]}")
        elif c.source_type not in ("person", "unnamed") and (group := _group_body(src, bodies)) is not None:
            c = attrs.evolve(c, source=group)
        out.append(c)
    return out


def party_words(source: str, person: bool) -> frozenset[str]:
    """The words by which a denial may name a source's party (``claims by the opposition``,
    ``the committee's claims``, ``police allegations``): a person's surname, and each word
    of four letters or more but the first of the body they speak for or that the source
    is (the last word alone names the source in any case)."""
    person_part, _, body = source.partition(" of ") if person else ("", "", source)
    words = _words(body)
    # a body's first word is often a place or a people (``Tajik Defence Ministry``), which
    # names every party of that country
    return frozenset(_words(person_part)[-1:] + [w for w in words[1:] if len(w) >= 4 and w.lower() not in
                                                 ("of", "and", "for", "the")])

