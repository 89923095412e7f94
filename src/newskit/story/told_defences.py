"""A defence told as a plain statement by the one a charge names, in another article or
further on than the sentences right after it.

News answers a charge as often with a negated statement of the accused as with "denied":
one outlet has the fishermen accuse the port authority "of hiring divers from abroad to
break the strike", another has the authority say "it is not using outside divers". Within
a sentence or two of the charge the claims plugin reads such a statement as a denial
(``newskit_claims.targets.answering_negations``); past that, and across articles, nothing
ties the two. Here they are tied when the charge names the one who speaks (its name, as
``contested._accuses`` reads it) and the statement is negated (``contested.json``
``defence_negations``), speaks of its speaker or opens on a negated subject
(``defence_subjects``: ``it is not``, ``No one from our club``; not ``There is not enough
capacity``) and takes up a content word of the charge: the accused answering what they are
said to have done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newskit.datafiles import package_json
from newskit.model import Claim
from newskit.patterns import alternation

__all__ = ["told_defence_pairs"]


def _listed(key: str) -> str:
    """The words of ``contested.json`` ``key`` as one alternation, longest first."""
    return alternation(package_json("newskit", "contested.json")[key])


@cache
def _negation() -> regex.Pattern[str]:
    """A negating word (``contested.json`` ``defence_negations``; ``n't`` as an ending)."""
    return regex.compile(r"(?:(?<![\p{L}'’-])(?:" + _listed("defence_negations") + r")|n['’]t)(?![\p{L}'’-])", regex.I)


@cache
def _self_subject() -> regex.Pattern[str]:
    """What a defence opens with (``contested.json`` ``defence_subjects``), after a quotation
    mark."""
    return regex.compile(r"[\"“‘']?(?:" + _listed("defence_subjects") + r")(?![\p{L}'’-])", regex.I)


def _after(a: Claim, d: Claim) -> bool:
    """The statement is in another article than the charge, or after it in its own."""
    return a.article != d.article or a.end <= d.start


def told_defence_pairs(claims: Sequence[Claim], charges: Sequence[Claim],
                       one_side: Callable[[str | None, str | None], bool],
                       accuses: Callable[[Claim, str | None], bool],
                       words: Callable[[str], frozenset[str]]) -> list[tuple[Claim, Claim]]:
    """(charge, statement) for each assertion negated by the one an allegation of another
    side names (``accuses``), speaking of itself, that shares a content word with it
    (``words``: the stems of a text's words that are no names)."""
    alleging = [(a, words(a.text)) for a in charges if a.stance == "alleges" and a.source]
    out: list[tuple[Claim, Claim]] = []
    for d in claims:
        if d.stance != "asserts" or not d.source or d.source_type == "unnamed" or _negation().search(d.text) is None \
                or _self_subject().match(d.text) is None:
            continue
        own = words(d.text)
        out += [(a, d) for a, stems in alleging if stems & own and _after(a, d) and not one_side(a.source, d.source)
                and accuses(a, d.source)]
    return out
