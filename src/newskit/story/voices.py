"""An accuser a lead describes and the voice the article names next are one party, and
so are a body's allegation and the claims its own people make right after it.

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

from collections.abc import Sequence
from functools import cache
from typing import Any

from newskit.datafiles import package_json
from newskit.model import Claim
from newskit.story._common import slug

__all__ = ["described_voices"]

#: source kinds that are no description of a group: a named person, an official left
#: unnamed on purpose, a state
_NOT_DESCRIBED = frozenset({"person", "unnamed", "government", "country", "outlet"})


def _described(c: Claim) -> bool:
    """Whether a claim's source describes its speakers without naming them: lower-case
    words after the first, two words at least or a plural (``rival producer``,
    ``Farmers``; not ``police``, ``British``, ``complaint``), not the state's agents
    (``Federal prosecutors``: the next name after their charge is as likely the defence's)."""
    words = (c.source or "").split()
    if not words or c.source_type in _NOT_DESCRIBED or any(w[:1].isupper() for w in words[1:]):
        return False
    head = _head(c.source or "")
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


def _voice(c: Claim, after: Sequence[Claim], window: int) -> Claim | None:
    """The named voice of a described claim among the claims after it in its article."""
    head = _head(c.source or "")
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


def described_voices(claims: Sequence[Claim], answered: frozenset[str] = frozenset()) -> dict[str, list[Claim]]:
    """Claim id -> the claims that are the same party's by description and voice (each
    way: the described claim -> its voice, the voice -> the described claim). A body's
    claim that a denial answers (``answered``, ids) is an allegation as much as one with
    an accusing cue: its people's claims right after it are the same party's."""
    window, lead = int(_data()["voice_window"]), int(_data()["voice_lead"])
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    out: dict[str, list[Claim]] = {}
    for cs in by_article.values():
        cs.sort(key=lambda c: (c.start, c.end))
        for k, c in enumerate(cs):
            alleges = c.stance == "alleges"
            if not alleges and c.id not in answered:
                continue
            after = [x for x in cs[k + 1:] if x.start >= c.end]
            voices = _members(c, after, window)
            voice = _voice(c, after, window) if alleges and c.start <= lead and _described(c) else None
            for v in [*voices, *([voice] if voice is not None else [])]:
                if c.id and v.id:
                    out.setdefault(c.id, []).append(v)
                    out.setdefault(v.id, []).append(c)
    return out
