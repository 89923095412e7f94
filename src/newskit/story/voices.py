"""An accuser a lead describes and the voice the article names next are one party, and
so are a body's allegation or denial and the claims its own people make right after it.

News opens on who a group is and names one of it after: ``Opposition lawmakers on Friday
accused the agency of failing to detect the meteor. Deputy Lucía Ferreyra ... said``,
``... furious depositors claimed yesterday. A group calling itself Sierra Pacific
Depositors United says ...``. A denial that answers either answers both, so the pair is
the named accuser's too.

The described claim is an allegation in the article's lead (its first ``voice_lead``
characters): further on, the next name is a new voice, not the group's. A *description*
is a claim's source with no name in it: lower-case words after its first
(``rival producer``, ``Families of patients``, ``main construction union``), no person, no
official left unnamed, no government or country. Its *voice* lies in the same article,
starting within ``voice_window`` characters after the described claim ends
(``contested.json``), by another source, neither a denial nor by one who denied since
(the denier goes on to say more):

* the first claim with a source after it, when that source is a person (one of a group of
  people, or the one a role describes), or
* the first claim whose source is a name holding the description's head noun (``the main
  construction union`` / ``Construction and Building Workers' Union``; ``depositors`` /
  ``Sierra Pacific Depositors United``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import attrs
import regex

from newskit.datafiles import package_json
from newskit.model import Claim
from newskit.story._common import name_key, slug

__all__ = ["denial_voices", "described_voices", "name_denial_speakers", "party_voices", "spoken_for_bodies"]

#: source kinds that are no description of a group: a named person, an official left
#: unnamed on purpose, a state
_NOT_DESCRIBED = frozenset({"person", "unnamed", "government", "country", "outlet"})


def _description(c: Claim) -> str | None:
    """The words that describe a claim's speakers without naming them (:func:`_describes`:
    ``rival producer``, ``Farmers``), less where they are from (``growers in the Dalen
    valley``): its source, or the words its article names
    them by when the story gave the group the body it stands for (``Farmers in the district
    accused ...`` named ``Polish Farmers' Union`` by :mod:`newskit.story.parties`, a name
    holding the group's head noun): the article still describes them, and the voice it
    names next is still theirs."""
    if c.source_type in _NOT_DESCRIBED:
        return None
    own = _without_place(c.source or "")
    if _describes(own):
        return own
    surface = _without_place(" ".join((c.source_ref.text if c.source_ref is not None else "").split()))
    if surface and name_key(surface) != name_key(c.source) and _describes(surface) and \
            _holds_head(c.source or "", _head(surface)):
        return surface
    return None


def _without_place(words: str) -> str:
    """A description less where its people are from (:data:`_WHERE`)."""
    m = _WHERE.search(words)
    return words[:m.start()] if m is not None else words


#: where a described group is from, after its head (``Farmers in the Biała Podlaska
#: district``, ``Residents near the plant``): no part of the words that describe them
_WHERE = regex.compile(r"\s+(?:in|from|at|near|around|across|on)\s")


def _describes(source: str) -> bool:
    """Whether words describe speakers without naming them: lower-case words after the
    first, two words at least or a plural (``rival producer``, ``Farmers``; not
    ``police``, ``British``, ``complaint``), not the state's agents (``Federal
    prosecutors``: the next name after their charge is as likely the defence's)."""
    words = source.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    head = _head(source)
    plural = len(words) == 1 and words[0].lower().endswith("s") and len(words[0]) > 4
    return (len(words) >= 2 or plural) and words[-1].isalpha() and head not in _official_heads()


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "contested.json")
    return data


@cache
def _official_heads() -> frozenset[str]:
    return frozenset(_data()["official_heads"])


def _head(source: str) -> str:
    """The head noun of a description, singular and lower case: the word before its
    ``of`` phrase (``Families of patients``), else its last word."""
    words = source.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head.removesuffix("s") if len(head) > 4 else head


def _holds_head(name: str, head: str) -> bool:
    """Whether a name holds a head noun as one of its capitalised words (singular or plural)."""
    return any(w[:1].isupper() and w.lower().rstrip("'’").removesuffix("s") == head for w in name.split())


def _voice(c: Claim, described: str, after: Sequence[Claim], window: int) -> Claim | None:
    """The named voice of a described claim (``described``: the words describing its
    speakers) among the claims after it in its article."""
    head = _head(described)
    first = True
    answering: set[str] = set()
    for v in after:
        if v.start - c.end > window:
            return None
        if v.stance == "denies" and v.source:
            answering.add(v.source)  # an answer is no voice, nor does it end the lead
        if not v.source or v.source == c.source or v.source in answering:
            continue
        if (first and v.source_type == "person") or _holds_head(v.source, head):
            return v
        first = False
    return None


def _members(c: Claim, after: Sequence[Claim], window: int) -> list[Claim]:
    """The claims right after a body's allegation by one who speaks for it (``... accused
    the police of using excessive force. "They beat people ...," said Tomasz Wrona, the
    committee's spokesman``: ``Tomasz Wrona of Committee for the Protection of Carriers``),
    up to the first claim by anyone else, within ``window`` characters."""
    body = slug(c.source)
    out = []
    for v in after:
        if v.start - c.end > window or v.stance == "denies":
            break
        if v.source == c.source:
            continue
        of = (v.source or "").split(" of ", 1)
        if len(of) != 2 or not _one_body(slug(of[1]), body):
            break
        out.append(v)
    return out


def _one_body(a: str, b: str) -> bool:
    """Two keys of one body's name: the same, or one the other's opening words (a long
    name is sometimes read cut, ``Committee for the Protection`` of ``... of Carriers``)."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and (short == long_ or (long_.startswith(short + "-") and short.count("-") >= 1))


def _per_article(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of each article, in text order (articles in order of first claim)."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    for cs in by_article.values():
        cs.sort(key=lambda c: (c.start, c.end))
    return list(by_article.values())


def described_voices(claims: Sequence[Claim], answered: frozenset[str] = frozenset()) -> dict[str, list[Claim]]:
    """Claim id -> the claims that are the same party's by description and voice (each
    way: the described claim -> its voice, the voice -> the described claim). A body's
    claim that a denial answers (``answered``, ids) is an allegation as much as one with
    an accusing cue: its people's claims right after it are the same party's."""
    window, lead = int(_data()["voice_window"]), int(_data()["voice_lead"])
    out: dict[str, list[Claim]] = {}
    for cs in _per_article(claims):
        for k, c in enumerate(cs):
            alleges = c.stance == "alleges"
            if not alleges and c.id not in answered:
                continue
            after = [x for x in cs[k + 1:] if x.start >= c.end]
            voices = _members(c, after, window)
            described = _description(c) if alleges and c.start <= lead else None
            voice = _voice(c, described, after, window) if described is not None else None
            for v in [*voices, *([voice] if voice is not None else [])]:
                if c.id and v.id:
                    out.setdefault(c.id, []).append(v)
                    out.setdefault(v.id, []).append(c)
    return out


#: a speaker who says ``we`` or ``our`` speaks for a body (``"We did not go in too early,"
#: commissioner Marc Dumont said``); a capital ``US`` is a country
_FIRST_PLURAL = regex.compile(r"(?<![\p{L}'’])(?:[Ww]e|[Oo]urs?|us)(?![\p{L}'’])")


def _speaks_for(v: Claim, body: str, same_party: Callable[[str | None, str | None], bool]) -> bool:
    """Whether a claim's speaker speaks for ``body``: named ``X of`` it (or of the same
    party in other words: ``Argentine government`` / ``Argentina government``), or a
    person named alone who says ``we``/``our`` (the body they speak for is the one that
    just spoke)."""
    person, of, own = (v.source or "").partition(" of ")
    if of:
        return v.source_type == "person" and (name_key(own) == name_key(body) or _one_body(slug(own), slug(body))
                                              or same_party(own, body))
    return v.source_type == "person" and bool(person) and _FIRST_PLURAL.search(v.text) is not None


def _denial_speakers(d: Claim, after: Sequence[Claim], window: int,
                     same_party: Callable[[str | None, str | None], bool]) -> list[Claim]:
    """The claims right after a body's denial by one who speaks for it, past the body's
    own further claims, up to the first claim by anyone else, within ``window``."""
    out = []
    for v in after:
        if v.start - d.end > window:
            break
        if same_party(v.source, d.source):
            continue
        if not _speaks_for(v, d.source or "", same_party):
            break
        out.append(v)
    return out


def spoken_for_bodies(claims: Sequence[Claim]) -> frozenset[str]:
    """The name keys of the bodies the story names someone ``X of``: a source read as a
    person there (``The company, Spéléo Aventure Ardèche, denied``) is a body all the same."""
    return frozenset(name_key(body) for c in claims if c.source_type == "person"
                     for _, of, body in [(c.source or "").partition(" of ")] if of)


def denial_voices(claims: Sequence[Claim],
                  same_party: Callable[[str | None, str | None], bool]) -> dict[str, list[Claim]]:
    """Denial id -> the claims of the people who speak for the denying body right after
    its denial (``The park rejected the claim. "Every safety check ... was carried out,"
    general manager Craig Donnelly said``): the body denies through them, so what it
    answers they answer, and a reader (or a gold) may name the side by either. A denial
    by a person has no such voice (a source read as a person that the story names someone
    ``X of`` is a body); ``same_party`` says which claims are the body's own."""
    window = int(_data()["voice_window"])
    bodies = spoken_for_bodies(claims)
    out: dict[str, list[Claim]] = {}
    for cs in _per_article(claims):
        for k, d in enumerate(cs):
            if d.stance != "denies" or not d.source or not d.id or d.source_type == "unnamed" or \
                    (d.source_type == "person" and name_key(d.source) not in bodies):
                continue
            speakers = _denial_speakers(d, [x for x in cs[k + 1:] if x.start >= d.end], window, same_party)
            if speakers:
                out[d.id] = speakers
    return out


def name_denial_speakers(claims: Sequence[Claim],
                         same_party: Callable[[str | None, str | None], bool]) -> list[Claim]:
    """The claims with each person named alone who speaks for a denying body
    (:func:`denial_voices`) named ``X of`` that body, in every claim of theirs, as the
    claims plugin names one whose body a sentence gives: a reader sees both levels of the
    side, and either names it. A person heard for two bodies keeps their name."""
    by_id = {c.id: c for c in claims if c.id}
    bodies: dict[str, set[str]] = {}
    for d_id, speakers in denial_voices(claims, same_party).items():
        denial = by_id[d_id]
        for v in speakers:
            if " of " not in (v.source or ""):
                bodies.setdefault(v.source or "", set()).add(denial.source or "")
    named = {p: next(iter(bs)) for p, bs in bodies.items() if len(bs) == 1}
    if not named:
        return list(claims)
    return [attrs.evolve(c, source=f"{c.source} of {named[c.source]}")
            if c.source in named and c.source_type == "person" else c for c in claims]


def party_voices(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    """A body's name key -> the first claim of each person the story names ``X of`` it, in
    any article (``Tomasz Wójcik of Polish Road Hauliers' Union``): the body speaks through
    them, so a charge of the body's that a denial answers is theirs too, and a reader (or a
    gold) may name the accuser by either."""
    out: dict[str, list[Claim]] = {}
    seen: set[str] = set()
    for c in sorted(claims, key=lambda c: (c.article, c.start, c.end)):
        _, of, body = (c.source or "").partition(" of ")
        if not of or c.source_type != "person" or c.stance == "denies" or c.source in seen:
            continue
        seen.add(c.source or "")
        out.setdefault(name_key(body), []).append(c)
    return out
