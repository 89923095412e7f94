"""A body's bare noun as a source is the body the story names taking the same side: ``She
named the National Teachers' Alliance ... The union rejected the allegation`` in one article,
``The National Teachers' Alliance again denied any involvement`` in another. The claims
reader names ``the union`` by a name with that head (``... Teachers' Union``) and the story
by a description in apposition (:mod:`newskit.story.described`); a body whose name has
another head (``Alliance``) stays ``union``, and a pair counted by name sees two deniers.

The story's own evidence decides: the source is a lower-case noun alone, and exactly one
named body (not a person; a proper name, or a description with the noun's own head: ``the
hospital`` never stands for ``Polish prosecutors``) both makes a claim of the same stance
somewhere in the story and is named in the noun's own article before it (``noun_window`` characters at most, data
``story.json``): the noun points back at it as news does, and the other outlet says it took
that side.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit.body_names import ends_in_public_head
from newskit.kinds import names_side
from newskit.model import Analysis, Claim
from newskit.story._common import story_data
from newskit.story.described import head_noun
from newskit.text import whole_word_starts

__all__ = ["name_bare_noun_sources"]


#: a character that would go on a name's first or last word (a letter or a digit)
_GOES_ON = regex.compile(r"[\p{L}\p{N}]")


def _named_before(name: str, text: str, pos: int, window: int) -> bool:
    """Whether ``text`` names ``name`` (as whole words) within ``window`` characters before
    ``pos`` (found by substring search: a story asks for each source's name before every
    claim, and a pattern compiled per name cost more than the search)."""
    starts = whole_word_starts(name, text, max(0, pos - window), pos, before=_GOES_ON, after=_GOES_ON)
    return next(starts, None) is not None


def _names_a_body(name: str, noun: str) -> bool:
    """Whether a bare noun may stand for ``name``: a body's proper name (its last word
    capitalised: ``National Teachers' Alliance``), or a description with that same head
    (``Polish prosecutors`` is no ``hospital``'s name); a public body's noun (``police``,
    ``the ministry``) only for a name that holds a public body's noun (``Ministry of
    Health``), never for a campaign or a firm (``Save Bismarck Sea Alliance``); a side of
    a contest (``the opposition``: ``side_nouns``) only for a name that holds the noun."""
    last = name.split()[-1]
    if ends_in_public_head(noun) and not any(ends_in_public_head(w) for w in name.split()):
        return False
    if names_side(noun):
        return noun in name.lower().split()
    return last[:1].isupper() or last == noun


def _side_name(c: Claim, named: dict[str, set[str]], texts: dict[str, str], window: int) -> str | None:
    """The one named body of ``c``'s stance that its article names before its bare noun."""
    if c.source is None or c.source_ref is None or head_noun(c.source) != c.source:
        return None
    text = texts.get(c.article, "")
    found = {n for n in named.get(c.stance, set())
             if _names_a_body(n, c.source) and _named_before(n, text, c.source_ref.start, window)}
    return next(iter(found)) if len(found) == 1 else None


def name_bare_noun_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims whose source is a body's bare noun named by the body of the story that
    takes the same side and that their article names before the noun (module docstring)."""
    named: dict[str, set[str]] = {}
    for c in claims:
        if c.source and c.source[:1].isupper() and c.source_type not in ("person", "unnamed"):
            named.setdefault(c.stance, set()).add(c.source)
    texts = {a.article.id: a.article.text for a in analyses}
    window = int(story_data()["noun_window"])
    out = []
    for c in claims:
        name = _side_name(c, named, texts, window)
        out.append(attrs.evolve(c, source=name, source_type="organisation") if name is not None else c)
    return out
