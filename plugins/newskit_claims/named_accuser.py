"""Whose claim a denial names: ``dismissed a claim by a self-described pirate``,
``rejected allegations from the opposition that ...``, ``rejected the accusations brought
by prosecutors`` (a participle of making a charge: ``charge_participles``).

A denial that names the one whose claim it answers answers that one's claim only: when the
claim just before it in the article is by someone else (the denier's own words, another
critic), that claim is not its target, and the accuser is looked for across the story.
The charge nouns are ``denial_nouns`` of ``data/cues.json``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import regex

from newskit.patterns import read_data

__all__ = ["named_accuser"]


@cache
def _pattern() -> Any:
    cues = json.loads(read_data(__package__, "cues.json"))
    nouns = cues["denial_nouns"]
    alt = "|".join(regex.escape(n) for n in sorted(nouns, key=len, reverse=True))
    made = "|".join(regex.escape(n) for n in sorted(cues["charge_participles"], key=len, reverse=True))
    # the cue's object: a charge noun (a determiner and two words before it at most), then
    # the accuser up to "that", a comma, a semicolon or the end ("a claim by X, quoted by Y, that ...")
    # or the accuser's possessive before the noun ("rejected the mayor's charge that ...")
    return regex.compile(rf"\s+(?:(?:(?:the|a|an|these|those|such|all)\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?(?:{alt})\s+"
                         rf"(?:(?:{made})\s+(?:against\s+(?:him|her|them|it|the\s+[\p{{L}}-]+|[\p{{Lu}}][\p{{L}}-]+)\s+)?)?(?:by|from)\s+(?P<who>[^,;.\"“”]{{2,60}}?)(?=\s+that\b|\s*[,;.\"“”]|$)"
                         rf"|(?P<who>(?:the\s+)?(?:[\p{{L}}-]+\s+){{0,3}}?[\p{{L}}-]+)['’]s?\s+(?:[\p{{L}}-]+\s+){{0,2}}?"
                         rf"(?:{alt})(?![\p{{L}}]))", regex.I)


def named_accuser(text: str, cue_end: int, end: int) -> tuple[int, int] | None:
    """The span of the one whose claim a denial names as its cue's object (``dismissed a
    claim by a self-described pirate``: ``a self-described pirate``; ``rejected the mayor's
    charge``: ``the mayor``; not ``..., saying it had no complaints from the town``, said
    further on), or None when it names none;
    ``cue_end`` is where the denial's cue ends, ``end`` where the denial does."""
    m = _pattern().match(text, cue_end, min(end, cue_end + 160))
    return m.span("who") if m is not None else None
