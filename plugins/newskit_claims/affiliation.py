"""The body a person speaks for, read from how the article introduces them.

News names a body's voice with the body's role at hand, and later outlets may name either
(one outlet's ``Ningaloo Tourism Alliance`` is another's ``Craig Dunstan``). The role is
read from the structure around any mention of the person, never from a list of roles:

* a body's name and a role right before the name: ``Ningaloo Tourism Alliance chair
  Craig Dunstan``, ``Velmora's chief executive Ana Ruiz``;
* a role of a body in apposition after it: ``Craig Dunstan, chair of the Ningaloo Tourism
  Alliance,``, ``Ana Ruiz, Velmora's chief executive,``;
* a role after ``its`` in apposition before the person, the body the subject opening the
  sentence before (``The CBWU held a stoppage ... . Its Victorian secretary, Rhys Dalton,``;
  not the last name there: ``... wrote to the landlord, Clydeside Homes. "...," said its
  secretary``);
* a role of a body named by its head noun, in apposition either side (``Tomasz Wrona, the
  committee's spokesman,``, ``the union's secretary, Rhys Dalton``): the latest body named
  before whose name holds that head (``Committee for the Protection of Carriers``);
* a relative clause saying the person leads a body named right after (``Karen Holt, who
  chairs the Ashby Residents' Association``; ``cues.json`` ``leading_verbs``).

The role is one to four lower-case words that are no verb form, no function word and
no body's head (``Velmora hired Ana Ruiz``, ``Velmora and Ana Ruiz`` name no role, and in
``Victorian construction union secretary Rhys Dalton`` the union is the body), the body
a name the actors reader found (no place, no person) that no possessive qualifies (in
``Its Victorian secretary`` the words after ``its`` are the role, the body is what ``its``
stands for).
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import regex

from newskit import PersonMention
from newskit.body_names import is_body_head
from newskit.text import match_ahead
from newskit_claims.cues import raw_cues

__all__ = ["affiliations", "is_role"]

#: lower-case role words between a body's name (a possessive allowed) and the person
_ROLE_BEFORE = regex.compile(r"(?:['’]s?)?\s+(?P<role>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),?\s+")
#: ``, chair of the `` between the person and the body
_ROLE_OF_AFTER = regex.compile(r",\s+(?:(?:the|a|an)\s+)?(?P<role>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+"
                               r"(?:of|at|for)\s+(?:the\s+)?")
#: ``'s chief executive,`` after a body in apposition right after the person (``the NUS
#: president,``: the body before its role)
_ROLE_AFTER_BODY = regex.compile(r"(?:['’]s?)?\s+(?P<role>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*[,.;]")
#: a possessive right before a name: the name only qualifies a role (``Its Victorian secretary``)
_POSSESSED = regex.compile(r"(?:(?<![\p{L}])(?:its|their|his|her|our)|['’]s?)\s+$", regex.I)
#: a place adjective opening a body's name (``Boulder-based Arvena Pro Cycling``): no part of it
_BASED = regex.compile(r"^[\p{L}.-]+-based\s+")
#: words that make a run of lower-case words no role: function words and auxiliaries
_NOT_ROLE = frozenset({"and", "or", "but", "the", "a", "an", "to", "in", "on", "at", "by", "of", "for", "with",
                       "from", "as", "that", "which", "who", "whose", "is", "was", "are", "were", "has", "have",
                       "had", "will", "would", "says", "said", "told", "tells", "asks", "asked", "also", "not",
                       "its", "their", "his", "her", "it", "they", "he", "she", "when", "while", "after",
                       "before", "than", "then", "there", "this", "these", "those", "such", "where", "both"})


@cache
def _deed_nouns() -> frozenset[str]:
    return frozenset(raw_cues()["deed_nouns"])


def is_role(words: str) -> bool:
    """Lower-case words that may be a role (``chair``, ``chief executive``): no verb form
    (``-ed``, ``-ing``, ``-ly``), no function word and no noun naming a person by a deed
    or a fate (``Fulton Courthouse killer``, ``Folsom Prison inmate``: ``deed_nouns``)."""
    deeds = _deed_nouns()
    return all(w not in _NOT_ROLE and w not in deeds and not w.endswith(("ed", "ing", "ly")) and not is_body_head(w)
               for w in words.split())


def affiliations(text: str, persons: Sequence[PersonMention], bodies: Mapping[tuple[int, int], str]) -> dict[str, str]:
    """Each person's entity -> the body they speak for, from the first of their mentions
    that has one (module docstring); ``bodies`` maps the span of each named body to its
    name."""
    starts = sorted(bodies)
    out: dict[str, str] = {}
    for pm in sorted(persons, key=lambda p: p.start):
        if not pm.entity or pm.author or pm.entity in out:
            continue
        body = _before(text, pm, starts, bodies) or _after(text, pm, starts, bodies) or \
            _its_role(text, pm, starts, bodies) or _head_role(text, pm, starts, bodies) or \
            _leads(text, pm, starts, bodies)
        if body is not None:
            out[pm.entity] = _BASED.sub("", body)
    return out


def _first_starting_at(starts: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The first of the sorted body spans that starts at ``at`` (a bisection: the body spans
    of a long article are many, and every person asks)."""
    k = bisect_left(starts, (at, -1))
    return starts[k] if k < len(starts) and starts[k][0] == at else None


def _last_ending_by(starts: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The last of the sorted body spans that ends by ``at``: only spans starting by ``at``
    can, and of those only the few that run past it are skipped."""
    k = bisect_right(starts, (at, sys.maxsize))
    while k > 0:
        k -= 1
        if starts[k][1] <= at:
            return starts[k]
    return None


def _before(text: str, pm: PersonMention, starts: Sequence[tuple[int, int]],
            bodies: Mapping[tuple[int, int], str]) -> str | None:
    """``Ningaloo Tourism Alliance chair Craig Dunstan``: the last body ending before the
    person, only a role between them."""
    span = _last_ending_by(starts, pm.start)
    if span is None or pm.start - span[1] > 60:
        return None
    m = _ROLE_BEFORE.fullmatch(text, span[1], pm.start)
    if m is None or not is_role(m.group("role")) or _POSSESSED.search(text, max(0, span[0] - 12), span[0]):
        return None
    return bodies[span]


#: ``Its Victorian secretary, `` right before a person: a role of the body ``its`` stands for
_ITS_ROLE = regex.compile(r"(?<![\p{L}])(?:Its|its|Their|their)\s+(?P<role>(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+),\s+$")
#: where a sentence ends (a stop, maybe a closing quote, then a capital or an opening quote)
_SENTENCE_END = regex.compile(r"[.!?][\"”’]?\s+(?=[\p{Lu}\"“‘])")
#: what may open a sentence before the body that is its subject
_SUBJECT_OPENING = regex.compile(r"(?:The\s+)?")


def _its_role(text: str, pm: PersonMention, starts: Sequence[tuple[int, int]],
              bodies: Mapping[tuple[int, int], str]) -> str | None:
    """``The CBWU held a stoppage ... . Its Victorian secretary, Rhys Dalton, said``,
    ``The Tenants' Association said ... . "...," said its chair, Maureen Tully``: a role
    after ``its``/``their`` in apposition to the person; the body is the subject opening
    the sentence before (``The festival denied it. Its director`` names no body there, and
    ``... wrote to the landlord, Clydeside Homes. "...," said its secretary`` is not the
    landlord's)."""
    m = _ITS_ROLE.search(text, max(0, pm.start - 60), pm.start)
    if m is None or not is_role(m.group("role").lower()):
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 600), m.start() + 1)]
    if not ends:
        return None
    lo = ends[-2] if len(ends) >= 2 else max(0, m.start() - 600)
    opening = match_ahead(_SUBJECT_OPENING, text, lo)
    span = None if opening is None else _first_starting_at(starts, min(lo, opening.end())) or \
        _first_starting_at(starts, max(lo, opening.end()))
    return bodies[span] if span is not None and span[1] <= ends[-1] else None


#: ``, the `` between a person and the body after it (``Amara Okafor, the NUS president``)
_COMMA_THE = regex.compile(r",\s+(?:the\s+)?")


def _after(text: str, pm: PersonMention, starts: Sequence[tuple[int, int]],
           bodies: Mapping[tuple[int, int], str]) -> str | None:
    """``Craig Dunstan, chair of the Ningaloo Tourism Alliance,``, ``Ana Ruiz, Velmora's
    chief executive,``, ``Amara Okafor, the NUS president,``: the first body after the
    person, a role of it in apposition."""
    k = bisect_left(starts, (pm.end, -1))
    span = starts[k] if k < len(starts) else None
    if span is None or span[0] - pm.end > 60:
        return None
    m = _ROLE_OF_AFTER.fullmatch(text, pm.end, span[0])
    if m is not None and is_role(m.group("role")) and text[span[1]:span[1] + 1] in (",", ".", ";"):
        return bodies[span]
    if _COMMA_THE.fullmatch(text, pm.end, span[0]) is not None:
        tail = match_ahead(_ROLE_AFTER_BODY, text, span[1])
        if tail is not None and is_role(tail.group("role")):
            return bodies[span]
    return None


#: ``, the committee's spokesman`` right after a person, ``the union's secretary, `` right
#: before: a role of the body the head noun stands for
_HEAD_ROLE_AFTER = regex.compile(r",\s+the\s+(?P<head>\p{Ll}{3,})['’]s\s+(?P<role>(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)"
                                 r"(?=\s*[,.;])")
_HEAD_ROLE_BEFORE = regex.compile(r"(?<![\p{L}])the\s+(?P<head>\p{Ll}{3,})['’]s\s+(?P<role>(?:[\p{Ll}-]+\s+){0,2}"
                                  r"[\p{Ll}-]+),\s+$", regex.I)


def _head_role(text: str, pm: PersonMention, starts: Sequence[tuple[int, int]],
               bodies: Mapping[tuple[int, int], str]) -> str | None:
    """``Tomasz Wrona, the committee's spokesman``, ``said the committee's spokesman,
    Tomasz Wrona``: a role of a body named by its head noun; the body is the latest named
    before the person whose name holds that noun as a word (within 1,500 characters), a
    name of two words at least (a lone ``Alliance`` is a name read cut)."""
    m = match_ahead(_HEAD_ROLE_AFTER, text, pm.end) or _HEAD_ROLE_BEFORE.search(text, max(0, pm.start - 60), pm.start)
    if m is None or not is_body_head(m.group("head")) or not is_role(m.group("role")):
        return None
    head = m.group("head").lower()
    for span in reversed(starts):
        if span[1] <= pm.start and pm.start - span[1] <= 1500 and len(bodies[span].split()) >= 2 and \
                head in (w.lower().rstrip("'’") for w in bodies[span].split()):
            return bodies[span]
    return None


@cache
def _leading() -> Any:
    """``, who chairs the`` (``cues.json`` ``leading_verbs``)."""
    verbs = "|".join(regex.escape(v) for v in sorted(raw_cues()["leading_verbs"], key=len, reverse=True))
    return regex.compile(r",\s+who\s+(?:" + verbs + r")\s+(?:the\s+)?")


def _leads(text: str, pm: PersonMention, starts: Sequence[tuple[int, int]],
           bodies: Mapping[tuple[int, int], str]) -> str | None:
    """``Karen Holt, who chairs the Ashby Residents' Association``: the body named right
    after a relative clause's verb of leading."""
    m = match_ahead(_leading(), text, pm.end)
    if m is None:
        return None
    span = _first_starting_at(starts, m.end())
    return bodies[span] if span is not None else None
