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

from newskit import grammar
from newskit.actors import calendar_words, is_demonym
from newskit.datafiles import package_json
from newskit.model import Analysis, Claim
from newskit.story._common import name_key
from newskit.story.acronyms import initials_of, without_initials

__all__ = ["body_of", "name_party_sources", "party_words"]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "parties.json")
    return data


@cache
def _determiners() -> frozenset[str]:
    """Words before a body that are no part of its name: the core's determiners and the
    verbs of saying of the data."""
    return grammar.DETERMINERS | frozenset(_data()["determiners"])


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


#: a person's name: two to four capitalised words (not ``foreign affairs spokesperson``)
_NAME_WORD = r"\p{Lu}(?:\.|(?:[\p{L}'’-]|\.(?=\p{L}))*)"  # an initial, U.S., not a sentence's stop
_NAME = _NAME_WORD + r"(?:\s+(?:(?:al|bin|van|von|de|da|di|le|la)[\s-])?" + _NAME_WORD + r"){1,3}"
_NAMED = regex.compile(_NAME)
_BARE = regex.compile(r"\p{Lu}{2,8}")
#: words that end the phrase a body's name can be in before a role: prepositions and
#: conjunctions, less those inside bodies' names (``Ministry of Justice and Security``,
#: ``Department for Education``, ``Committee on Human Rights``, ``University at Albany``)
_LINKS = (grammar.PREPOSITIONS | grammar.SUBORDINATORS | grammar.COORDINATORS | grammar.MODALS
          | {"is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "did"}) \
    - {"of", "for", "and", "on", "at", "de"}
#: up to four words (no punctuation between, so no sentence's end) right before a role
_BODY_BEFORE = regex.compile(r"(?<![\p{L}\p{N}&'’-])(?P<body>(?:[\p{L}\p{N}&'’-]+\s+){0,3}[\p{L}\p{N}&'’-]+)\s+$")
#: a body's name after ``of``/``for``/``at``: capitalised words (``of``, ``and``, ``for``
#: between them), or those and up to two lower-case words ending the phrase (``Kozanów
#: residents' committee,``)
_BODY_AFTER = (r"(?P<body>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|and|for|de)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}"
               r"(?:(?:\s+\p{Ll}[\p{Ll}'’-]*){1,2}(?=\s*[,.;:)\"”])|(?![\p{L}\p{N}])))")


@cache
def _role() -> str:
    """A role, maybe after modifiers (``union general secretary``), as a pattern."""
    return (r"(?:(?i:" + _alternation(_data()["role_modifiers"]) + r")\s+){0,2}(?i:"
            + _alternation(_data()["roles"]) + r")(?![\p{L}\p{N}-])")


@cache
def _role_before_name() -> regex.Pattern[str]:
    """A role right before a name (``chairman Nurzhan Shailiev``, ``chairman, Erlend
    Haugen``); the body is in the words before the role."""
    return regex.compile(r"(?<![\p{L}\p{N}&'’-])" + _role() + r",?\s+(?P<name>" + _NAME + ")")


@cache
def _role_after_name() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A role and a body right after a name: (``, leader of the United Opposition Front``,
    ``, a spokeswoman for Eirwave``; ``, the association's chairman``, ``, a union
    spokesman``)."""
    return (regex.compile(r"(?P<name>" + _NAME + r"),\s+(?:(?:the|a|an)\s+)?" + _role()
                          + r"\s+(?:of|for|at)\s+(?:the\s+)?" + _BODY_AFTER),
            regex.compile(r"(?P<name>" + _NAME + r"),\s+(?:the|a|an)\s+(?P<body>(?:[\p{L}\p{N}&'’-]+\s+){0,2}?"
                          r"[\p{L}\p{N}&'’-]+?)(?:['’]s)?\s+" + _role() + r"(?!\s+(?:of|for|at)\s)"))


_BRACKET = regex.compile(r"[()]")


#: a body's name: capitalised words, ``of``/``and``/``for``/``de`` between (``Tarrow Water
#: Board``, ``Bank of Ghana``), at most six
_CAPITALISED_NAME = r"\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|and|for|de)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}"

#: a body after a role's ``of``/``for``/``at`` named by its head noun alone, closing the phrase
#: (``a spokeswoman for the board,``): the one body of the story whose name holds it
_HEAD_AFTER = r"(?:the\s+)(?P<noun>\p{Ll}[\p{Ll}'’-]{3,})(?=\s*[,.;:)\"”])"


@cache
def _role_head_after_name() -> regex.Pattern[str]:
    """A role and a body named by its head noun right after a name (``Ana Ruiz, a
    spokeswoman for the board,``)."""
    return regex.compile(r"(?P<name>" + _NAME + r"),\s+(?:(?:the|a|an)\s+)?" + _role()
                         + r"\s+(?:of|for|at)\s+" + _HEAD_AFTER)


@cache
def _role_body_before_name() -> regex.Pattern[str]:
    """A role and its body set before a name between commas (``A spokeswoman for the
    board, Ana Ruiz, said``, ``the head of Tarrow Water Board, Ana Ruiz,``): the body is
    a name, or a head noun the story's bodies resolve."""
    body = r"(?:(?:the\s+)?(?P<body>" + _CAPITALISED_NAME + r")|the\s+(?P<noun>\p{Ll}[\p{Ll}'’-]{3,}))"
    return regex.compile(r"(?<![\p{L}\p{N}&'’-])" + _role() + r"\s+(?:of|for|at)\s+" + body
                         + r",\s+(?P<name>" + _NAME + r")(?=\s*,)")


#: ``Its`` (``Their``) and a role opening a sentence, then a name (``Its spokeswoman, Ana
#: Ruiz, said``): the body is the one the sentence before opens with
_ITS_ROLE = r"(?:^|(?<=[.!?][\"”]?\s)|(?<=\n))(?:Its|Their)\s+"
#: what a sentence opens with: a name (``The Tarrow Water Board``, ``COE``) or ``the`` and a
#: common noun (``The company``)
_OPENING = regex.compile(r"(?:(?:The|the)\s+)?(?:(?P<body>" + _CAPITALISED_NAME + r")|(?P<noun>\p{Ll}[\p{Ll}'’-]{3,}))"
                         r"(?![\p{L}\p{N}&'’-])")
#: the end of the sentence before (its full stop and what may close a quote) or a line's
_SENTENCE_END = regex.compile(r"[.!?][\"”]?\s+|\n")


@cache
def _its_role_before_name() -> regex.Pattern[str]:
    return regex.compile(_ITS_ROLE + _role() + r",?\s+(?P<name>" + _NAME + ")")


def _previous_opening(text: str, at: int) -> str | None:
    """What the sentence before ``at`` opens with (:data:`_OPENING`), the one ``its``
    at the start of the next points back at (``Tui Shipping rejected the accusation. Its
    general manager, X``)."""
    lo = max(0, at - 400)
    ends = list(_SENTENCE_END.finditer(text, lo, max(lo, at - 2)))
    start = ends[-1].end() if ends else (0 if lo == 0 else -1)
    if start < 0 or start >= at:
        return None
    m = _OPENING.match(text, start, at)
    opening: str | None = (m.group("body") or m.group("noun")) if m is not None else None
    return opening


def _words(name: str) -> list[str]:
    """A name's words without brackets and possessive endings (``Pilots'`` is ``Pilots``)."""
    out = []
    for w in _BRACKET.sub(" ", name).split():
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
    # one body given with and without its initials is one body, named with them
    bare = {without_initials(b)[0] for b in out if without_initials(b)[1]}
    return [b for b in out if b not in bare]


def _initials(name: str) -> frozenset[str]:
    """The initials a body is known by: those the story gave it in brackets, and those of
    its capitalised words."""
    return frozenset({initials_of(name), without_initials(name)[1]} - {""})


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
        if name_key(b) == key or (len(words) == 1 and _BARE.fullmatch(words[0]) and words[0] in _initials(b)):
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
    cut = next((k for k in range(len(words) - 1, -1, -1) if _links_clauses(words[k])), None)
    if cut is not None:
        words = words[cut + 1:]  # "ousted on Tuesday by President X": "by" names an agent, no body
    modifiers = frozenset(_data()["role_modifiers"])
    while words and words[-1].lower() in modifiers:
        words = words[:-1]  # "Iskar executive director": the body is Iskar
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if owner is not None:
        if _calendar_word(words[owner]):
            return None  # "Tuesday's ruling, chairman X": a day's, no body's
        words = words[:owner + 1]  # "Corvane's former finance director": the body is Corvane
    if _people_adjective(words):
        return None
    tails = [" ".join(words[k:]) for k in range(len(words)) if words[k].lower() not in _determiners()]
    for tail in tails:
        found = body_of(tail, bodies)
        if found is not None:
            return found, True
    named = [t for t in tails if t[:1].isupper() and (len(t.split()) >= 2 or owner is not None)
             and not _calendar_word(t.split()[0])]
    return (" ".join(_words(named[0])), False) if named else None


def _links_clauses(word: str) -> bool:
    """A preposition, conjunction or subordinator (``by``, ``and``, ``after``), an auxiliary
    or a verb's past form in lower case (``has accused``): the words before it belong to
    another phrase than the body that owns the role after it."""
    w = word.strip(",;:")
    return word.endswith((",", ";", ":")) or w.lower() in _LINKS or (w.islower() and w.endswith("ed"))


def _people_adjective(words: Sequence[str]) -> bool:
    """``Croatian`` alone before a role (``Croatian director Maja Radić``): the person's
    nation, no body's name, whatever body of the story holds the word."""
    return len(words) == 1 and is_demonym(words[0])


def _calendar_word(word: str) -> bool:
    """A month's or weekday's name, its possessive too (``Tuesday's``): a time, never a body."""
    return _POSSESSIVE_END.sub("", word) in calendar_words()


#: a possessive ending (``Tuesday's``, ``the Joneses'``)
_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _person_in(name: str, persons: frozenset[str], tail: bool) -> str | None:
    """The longest run of a matched name's words that is a person of the story: its end
    (``Monday Nurzhan Shailiev``) or, after a role, its start."""
    words = name.rstrip(".").split()  # a sentence's full stop after the name
    runs = [" ".join(words[k:]) for k in range(len(words))] if tail else \
        [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    return next((r for r in runs if r in persons), None)


def _named_bodies(text: str, persons: frozenset[str], bodies: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
    """(person, body, sure) for each role the text puts between a person of the story and
    a body; a role and a body after the name are sure, a body before it as
    :func:`_phrase_body` says. One pass over the text for each form."""
    strict, loose = _role_after_name()
    for m in strict.finditer(text):
        if (person := _person_in(m.group("name"), persons, tail=True)) is not None:
            yield person, body_of(m.group("body"), bodies) or m.group("body"), True
    for m in loose.finditer(text):
        person = _person_in(m.group("name"), persons, tail=True)
        found = _phrase_body(m.group("body"), bodies) if person is not None else None
        if person is not None and found is not None:
            yield person, *found
    yield from _roles_with_bodies(text, persons, bodies)
    for m in _role_before_name().finditer(text):
        person = _person_in(m.group("name"), persons, tail=False)
        before = _BODY_BEFORE.search(text, max(0, m.start() - 60), m.start()) if person is not None else None
        found = _phrase_body(before.group("body"), bodies) if before is not None else None
        if person is not None and found is not None:
            yield person, *found


def _its_body(opening: str, persons: frozenset[str], bodies: Sequence[str]) -> str | None:
    """The body ``its`` points back at, from what the sentence before opens with: a body of
    the story or one its head noun resolves (``The company``), else a name of two words or
    more, or initials, that is no person of the story."""
    found = body_of(opening, bodies)
    if found is not None:
        return found
    words = opening.split()
    if opening in persons or not words[0][:1].isupper() or words[0].lower() in _determiners():
        return None
    return opening if len(words) >= 2 or _BARE.fullmatch(opening) else None


def _roles_with_bodies(text: str, persons: frozenset[str], bodies: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
    """(person, body, sure) for the shapes that give a body by its head noun, before the
    name, or by ``its`` (:func:`_role_head_after_name`, :func:`_role_body_before_name`,
    :func:`_its_role_before_name`): the first two are sure, ``its`` is a guess."""
    for m in _role_head_after_name().finditer(text):
        person, body = _person_in(m.group("name"), persons, tail=True), body_of(m.group("noun"), bodies)
        if person is not None and body is not None:
            yield person, body, True
    for m in _role_body_before_name().finditer(text):
        person = _person_in(m.group("name"), persons, tail=False)
        noun: str | None = m.group("noun")
        named: str = m.group("body") or ""
        body = body_of(noun, bodies) if noun else body_of(named, bodies) or named
        if person is not None and body:
            yield person, body, True
    for m in _its_role_before_name().finditer(text):
        person = _person_in(m.group("name"), persons, tail=False)
        opening = _previous_opening(text, m.start()) if person is not None else None
        its = _its_body(opening, persons, bodies) if opening is not None else None
        if person is not None and its is not None:
            yield person, its, False


def _person_bodies(claims: Sequence[Claim], analyses: Sequence[Analysis], bodies: Sequence[str]) -> dict[str, str]:
    """Each person of the story's claims -> the one body the story puts next to their name
    for sure (``X of Y`` as a source is), else the one body guessed."""
    sure: dict[str, set[str]] = {}
    guessed: dict[str, set[str]] = {}
    for c in claims:
        if c.source and c.source_type == "person" and " of " in c.source:
            person, body = c.source.split(" of ", 1)
            sure.setdefault(person, set()).add(body_of(body, bodies) or body)  # "of NUS": of the union
    persons = frozenset(c.source for c in claims if c.source and c.source_type == "person" and _NAMED.fullmatch(c.source))
    for a in analyses if persons else ():
        for person, body, certain in _named_bodies(a.article.text, persons, bodies):
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

