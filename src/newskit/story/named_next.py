"""A body a lead describes is the body its next sentence names.

Wire copy opens on what a body is and names it one sentence later: ``The Kenyan company
that owned a fuel tanker which blew up ... denied on Friday that the vehicle had been
overloaded. Rift Freight Logistics said in a statement that ...``. The description has no
name before it to point back at, and another outlet names the side by its name; a pair
counted by name must see the company there.

The article's own structure decides: the claim's source is a description of a body (a
noun of the closed class of bodies by trade, ``story.json`` ``described_bodies``, or a
body's generic head, :func:`newskit.body_names.is_body_head`, ``rights group``, with
lower-case words or a people's adjective before it: ``Kenyan company``, ``tour
operator``) in the article's first sentence, and the next claim of its article is by a
body named at the opening of the very next sentence (``The`` may come before the name),
no person, no state, one the described claim does not name and that does not answer it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit import grammar
from newskit.actors import is_demonym
from newskit.body_names import is_body_head
from newskit.model import Claim
from newskit.story._common import name_key, story_data
from newskit.story.voices import spoken_for_bodies

__all__ = ["name_next_sentence_bodies"]

#: where a sentence ends: a stop, maybe a closing quote, then space (and maybe ``The``)
_STOP = regex.compile(r"[.!?][\"”’]?\s+(?:The\s+)?")
#: the stances that take a side: a claim of one is never by the party of a claim of the other
_SIDES = frozenset({"alleges", "denies"})
#: lower-case words a body's name may hold (``Centre for Energy Accountability``)
_NAME_LINKS = frozenset({"of", "for", "and", "de", "del", "la", "the", "on", "in"})
#: source kinds that are no body
_NOT_BODY = frozenset({"person", "unnamed", "government", "country", "outlet"})


def _describes_body(source: str | None) -> bool:
    """Whether a source is a description of one body: a noun of the bodies' class, after
    lower-case words or a people's adjective only (no name of its own)."""
    words = [w for w in (source or "").split() if w.lower() not in grammar.DETERMINERS]
    if not words or len(words) > 3 or not (words[-1].lower() in frozenset(story_data()["described_bodies"])
                                           or is_body_head(words[-1])):
        return False
    return all(w.islower() or (k == 0 and is_demonym(w)) for k, w in enumerate(words[:-1])) and words[-1].islower()


def _is_name(source: str) -> bool:
    """Whether a source is a name: every word capitalised but the links inside a body's
    name (not ``Local people``, ``The supermarkets``)."""
    words = source.split()
    return bool(words) and all(w[:1].isupper() or w in _NAME_LINKS for w in words[1:]) and words[0][:1].isupper() \
        and words[0] not in ("The", "A", "An")


def _opens_next_sentence(text: str, end: int, start: int) -> bool:
    """Whether ``start`` opens the sentence right after the one ``end`` lies in."""
    stops = list(_STOP.finditer(text, end, start))
    return len(stops) == 1 and stops[0].end() == start


def _in_lead(c: Claim, text: str) -> bool:
    """Whether a claim's source is named in its article's first sentence (no name before
    it to point back at)."""
    return c.source_ref is not None and _STOP.search(text, 0, c.source_ref.start) is None


def _same_side(c: Claim, after: Claim) -> bool:
    """Whether the claim after ``c`` may be the same party's: it does not answer ``c``,
    deny or allege where ``c`` does not (``A drivers' union accused ... . Transandina
    Express denied``), and ``c`` does not name it (whom a claim names it speaks of, not for)."""
    if after.responds_to == c.id or (after.stance in _SIDES and after.stance != c.stance):
        return False
    return regex.search(r"(?<![\p{L}])" + regex.escape(after.source or "") + r"(?![\p{L}])", c.text) is None


def _named_next(c: Claim, after: Claim | None, text: str, bodies: frozenset[str]) -> str | None:
    """The name of the body the sentence after ``c``'s opens with, when it is the source
    of ``after`` (the claim right after ``c`` in its article) and may be ``c``'s party; a
    name read as a person's is a body's when the story names someone ``X of`` it
    (``bodies``, name keys)."""
    if after is None or after.source_ref is None or not after.source or not _in_lead(c, text):
        return None
    if not _is_name(after.source) or (after.source_type in _NOT_BODY and name_key(after.source) not in bodies):
        return None
    if not _same_side(c, after):
        return None
    return after.source if _opens_next_sentence(text, c.end, after.source_ref.start) else None


def name_next_sentence_bodies(claims: Sequence[Claim], texts: dict[str, str]) -> list[Claim]:
    """The claims whose source describes a body named by the body the next sentence of
    their article opens with (module docstring); ``texts``: article id -> text."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    named: dict[int, str] = {}
    bodies = spoken_for_bodies(claims)
    for cs in by_article.values():
        cs.sort(key=lambda c: (c.start, c.end))
        for k, c in enumerate(cs):
            if _describes_body(c.source):
                name = _named_next(c, cs[k + 1] if k + 1 < len(cs) else None, texts.get(c.article, ""), bodies)
                if name is not None:
                    named[id(c)] = name
    if not named:
        return list(claims)
    return [attrs.evolve(c, source=named[id(c)], source_type="organisation") if id(c) in named else c
            for c in claims]
