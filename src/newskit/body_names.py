"""The whole name of a body whose name holds lower-case words, commas or a place.

A run of capitalised words misses the two shapes in which news names most bodies:

* a generic head opening the name, its domain after ``of``/``for``/``on``: ``Department for
  Environment, Food and Rural Affairs``, ``Federal Institute for Drugs and Medical
  Devices``, ``Bank of England`` (a place there only says whose body it is: no place);
* a generic head closing the name after a connector: ``Transparency in Medicine
  Network``, ``Food and Drug Administration``.

Read at the head, which says the name is a body's, never by a list of names; the heads and
connectors are data (``data/body_names.json``). A list inside the domain (``Environment,
Food and Rural Affairs``) is read whole only when it ends in ``and`` + a conjunct that is
no body itself (``Ministry of Defence and Foreign Office`` are two).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from newskit.datafiles import package_json
from newskit.patterns import compile_pattern
from newskit.textlayer import TextLayer, layer, opens_sentence

__all__ = ["body_heads", "body_names", "cut_before", "ends_in_public_head", "introduced_initials", "is_body_head"]

#: a capitalised word of a name (no possessive: ``Bank of England's`` ends at England)
_CAP = r"\p{Lu}[\p{L}\p{N}-]*"
_RUN = rf"{_CAP}(?:[ \t]+{_CAP}){{0,4}}"


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "body_names.json")
    return data


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[Any, Any, Any]:
    """(opening-head name, closing-head name, the list that may end an opening name's domain)."""
    d = _data()
    edge = r"(?<![\p{L}\p{N}'’.-])"
    opening = compile_pattern(rf"{edge}(?:{_CAP}[ \t]+){{0,3}}(?:{_alt(d['opening_heads'])})[ \t]+"
                            rf"(?:{_alt(d['opening_connectors'])})[ \t]+(?:the[ \t]+)?{_RUN}(?![\p{{L}}\p{{N}}])")
    name_start = r"(?<!\p{Lu}[\p{L}\p{N}-]*[ \t])"  # a closing name's first part starts where a run does
    closing = compile_pattern(rf"{edge}{name_start}(?P<left>{_RUN})[ \t]+(?P<conn>{_alt(d['closing_connectors'])})[ \t]+"
                            rf"(?:{_CAP}[ \t]+){{0,3}}(?:{_alt(d['closing_heads'])})(?![\p{{L}}\p{{N}}])")
    listed = compile_pattern(rf"(?:,[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}})*,?[ \t]+(?:and|&)[ \t]+"
                           rf"(?P<last>{_CAP}(?:[ \t]+{_CAP}){{0,3}})(?![\p{{L}}\p{{N}}])")
    return opening, closing, listed


@cache
def _heads() -> frozenset[str]:
    d = _data()
    return frozenset(d["opening_heads"]) | frozenset(d["closing_heads"])


def body_heads() -> frozenset[str]:
    """The generic heads of bodies' names, lower case (``union``, ``network``, ``ministry``):
    the nouns by which a common-noun phrase names a body (``the farmers' union said``)."""
    return _lower_heads()


def is_body_head(word: str) -> bool:
    """Whether ``word`` (any case) is a generic head of a body's name (``union``,
    ``Network``): a noun phrase it ends names a body, not a person's role."""
    return word.lower() in _lower_heads()


@cache
def _lower_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in _heads())


def ends_in_public_head(phrase: str) -> bool:
    """Whether lower-case words end in the head of a public body that serves a place
    (``police``, ``provincial police``, ``prosecutor's office``): a name right before them
    (``Chandpur police``) says whose body it is, so it is part of the body's name, never the
    party on its own."""
    low = " ".join(phrase.lower().replace("\u2019", "'").split())
    return any(low == h or low.endswith(" " + h) for h in _public_heads())


@cache
def _public_heads() -> tuple[str, ...]:
    return tuple(_data()["public_heads"])


#: up to seven capitalised words (``of``, ``for``, ``and``, ``the`` between them) right before
#: capitals in brackets
_INTRODUCED = regex.compile(r"(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|de|del|du)\s+)*"
                            r"\p{Lu}[\p{L}'’-]*){1,6})\s+\((?P<acr>\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,7})\)")


def _trimmed(name: str, acr: str) -> str | None:
    """The name from its word whose initial opens the initials, when the initials are
    capitals of its words in order (inner capitals count); else None."""
    words, acr = name.split(), acr.upper()
    for k, w in enumerate(words):
        if w[0] != acr[0] or w == "The":
            continue
        caps = [ch for x in words[k:] for ch in x if ch.isupper()]
        it = iter(caps)
        if all(ch in it for ch in acr) and caps[0] == acr[0]:
            return " ".join(words[k:])
    return None


def introduced_initials(text: str) -> tuple[tuple[str, str], ...]:
    """Each body's initials ``text`` introduces with the name they stand for, in order:
    ``Full Name (ABC)`` or, written as a word, ``Wildlife and Environment Society of South
    Africa (Wessa)``, the initials capitals of the name's words in order from the first
    (``Food and Agriculture Organization (FAO)`` of ``UN Food and Agriculture
    Organization``; inner capitals count). News gives the initials once with the full name
    and uses them after, so what kind of body ``the DBOC`` is, the name tells. Kept on the
    text's shared layer (the story and the quotes plugin both ask)."""
    got: tuple[tuple[str, str], ...] = layer(text).memo("introduced_initials", _read_initials)
    return got


def _read_initials(tl: TextLayer) -> tuple[tuple[str, str], ...]:
    out = []
    for m in _INTRODUCED.finditer(tl.text):
        name = _trimmed(m.group("name"), m.group("acr"))
        if name is not None:
            out.append((m.group("acr"), name))
    return tuple(out)


def body_names(text: str, calendar: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that name a body by one of the two shapes (module docstring),
    without a leading opener (``The``), holding no opener and no name of the ``calendar``,
    none inside another; kept on the text's shared layer."""
    memo: dict[frozenset[str], tuple[tuple[int, int], ...]] = layer(text).memo("body_names", _new_memo)
    got = memo.get(calendar)
    if got is None:
        stop = frozenset(w.lower() for w in (*_data()["openers"], *calendar))
        got = memo[calendar] = _scan(text, stop)
    return got


def _new_memo(_: object) -> dict[frozenset[str], tuple[tuple[int, int], ...]]:
    return {}


def _scan(text: str, stop: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Both shapes' names, each pattern tried only in the stretches that hold its head
    (:func:`_stretches`): the same matches as its scan of the whole text, at a quarter of
    the cost (an overlapped scan tries every position of the text)."""
    opening, closing, _ = _patterns()
    open_joint, close_head = _head_scans()
    spans = [s for a, b in _stretches(text, open_joint)
             for m in opening.finditer(text, a, b, overlapped=True) if (s := _opening_span(text, m, stop))]
    spans += [s for a, b in _stretches(text, close_head)
              for m in closing.finditer(text, a, b, overlapped=True) if (s := _closing_span(text, m, stop))]
    return _outermost(spans)


#: the characters a match of either shape is made of (capitalised words, ``&``, hyphens,
#: spaces and tabs), read backwards and forwards from a head
_STRETCH_BACK = regex.compile(r"[\p{L}\p{N}&\- \t]*", flags=regex.REVERSE)
_STRETCH_ON = regex.compile(r"[\p{L}\p{N}&\- \t]*")


@cache
def _head_scans() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an opening head and its connector, ``Bank of``; a closing head, ``Network``), found
    by the standard library's engine: every match of the opening pattern holds the first,
    every match of the closing pattern the second (both may also match elsewhere)."""
    d = _data()
    std = "|".join(re.escape(w) for w in sorted(d["opening_heads"], key=len, reverse=True))
    conn = "|".join(re.escape(w) for w in sorted(d["opening_connectors"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in sorted(d["closing_heads"], key=len, reverse=True))
    return re.compile(rf"(?:{std})[ \t]+(?:{conn})[ \t]"), re.compile(rf"(?:{heads})")


def _stretches(text: str, head: re.Pattern[str]) -> list[tuple[int, int]]:
    """The maximal stretches of a name's characters that hold a match of ``head``, in order.

    A match of either shape is made only of those characters, so it lies inside one
    stretch, and one that holds its head: scanning those stretches finds what scanning the
    whole text finds (the look-behinds still see the text before a stretch, and what follows
    one is no letter or digit, as the patterns' final look-ahead asks)."""
    out: list[tuple[int, int]] = []
    for m in head.finditer(text):
        at = m.start()
        if out and at < out[-1][1]:
            continue  # inside the stretch already taken
        start = _STRETCH_BACK.match(text, 0, at)
        end = _STRETCH_ON.match(text, at)
        out.append((start.start() if start else at, end.end() if end else at))
    return out


_NONSPACE_RUN = regex.compile(r"\S+")


def _lead_stripped(text: str, s: int, e: int, stop: frozenset[str]) -> int:
    """``s`` past the leading words of ``stop`` (``The Department``: from Department)."""
    while s < e:
        word = _NONSPACE_RUN.match(text, s, e)
        if word is None or word.group().lower() not in stop:
            break
        s = word.end()
        while s < e and text[s] in " \t":
            s += 1
    return s


def _opening_span(text: str, m: regex.Match[str], stop: frozenset[str]) -> tuple[int, int] | None:
    """An opening-head name with the list its domain may end in; none when a stop word
    (a month, ``The`` inside) breaks it."""
    s, e = _lead_stripped(text, m.start(), m.end(), stop), m.end()
    tail = _patterns()[2].match(text, e)
    if tail is not None and tail.group("last").split()[-1] not in _heads() and not _stops(tail.group(), stop):
        e = tail.end()
    if _stops(text[s:e], stop):
        return None
    return s, _place_of(text, e)


#: ``of`` (and ``the``) between a body's name and the place it serves
_OF_PLACE = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _place_of(text: str, e: int) -> int:
    """The end of an opening-head name read on over ``of`` and a place of the gazetteer
    (``Association of Travel Consultants of Nigeria``, ``League of Women Voters of
    Missouri``): the place says whose body it is, and the name goes on to it."""
    m = _OF_PLACE.match(text, e)
    if m is None:
        return e
    hits = layer(text).gazetteer  # in text order: the hits at the place's start by bisection
    k = bisect.bisect_left(hits, m.end(), key=lambda h: h.start)
    while k < len(hits) and hits[k].start == m.end():
        if hits[k].is_place:
            return hits[k].end
        k += 1
    return e


def _closing_span(text: str, m: regex.Match[str], stop: frozenset[str]) -> tuple[int, int] | None:
    """A closing-head name whose first part does not open a sentence (``Rescuers in ...``
    may be anyone) unless a stop word (``The``) opens it."""
    s = _lead_stripped(text, m.start(), m.end(), stop)
    if s == m.start() and opens_sentence(text, s):  # a name opening a sentence may be any word
        return None
    left = text[s:m.end("left")]
    if _stops(text[s:m.end()], stop) or (m.group("conn") in ("and", "&") and len(left.split()) > 1):
        return None  # "Food and Drug Administration"; not "Velantis Therapeutics and Medicine Network"
    return s, m.end()


def _stops(phrase: str, stop: frozenset[str]) -> bool:
    """A capitalised word of ``stop`` inside a name (``Monday``, ``The``): no name."""
    return any(w.lower() in stop for w in phrase.replace(",", " ").split() if w[:1].isupper())


def _outermost(spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans none of the others holds; of two that overlap, the one starting first."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda p: (p[0], -p[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return tuple(out)


def cut_before(text: str, span: tuple[int, int], at: int) -> tuple[int, int] | None:
    """A body's name cut right before ``at`` (a person's name it ran into: ``Bank of
    England Governor Andrew Bailey``), if what is left still names a body by one of the two
    shapes; else None."""
    s, _ = span
    head = text[s:at].rstrip(" \t,")
    opening, closing, listed = _patterns()
    for pat in (opening, closing):
        m = pat.match(head)
        if m is not None:
            tail = listed.match(head, m.end()) if pat is opening else None
            end = tail.end() if tail is not None and tail.end() == len(head) else m.end()
            return s, s + end
    return None
