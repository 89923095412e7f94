"""A body and its initials are one source: ``the Suez Canal Authority (SCA) said`` in one
article, ``the SCA said`` or ``Hisham Nour of SCA`` in another. News gives the initials once
with the full name and uses them after; a pair or a corroboration counted by name must not
see two parties there, and a reader should see both names.

Every article is read for a name followed by its initials in brackets (``Full Name
(ABC)``, or written as a word, ``Wildlife and Environment Society of South Africa
(Wessa)``, as British and South African papers do): the initials must be capitals of the
name's words in order, from the first
(``Food and Agriculture Organization (FAO)`` of ``UN Food and Agriculture Organization``;
``Korea AeroSpace Administration (KASA)``, inner capitals count). Initials the story gives
exactly one name stand for it, and a source that is the name or the initials (alone, or
after ``of``: ``Hisham Nour of SCA``) is named ``Full Name (ABC)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit.body_names import introduced_initials
from newskit.model import Analysis, Claim

__all__ = ["acronym_names", "name_acronym_sources", "without_initials"]

def acronym_names(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Initials -> the one full name the story's articles introduce them with."""
    seen: dict[str, set[str]] = {}
    for a in analyses:
        for acr, name in introduced_initials(a.article.text):
            seen.setdefault(acr, set()).add(name)
    return {acr: next(iter(names)) for acr, names in seen.items() if len(names) == 1}


#: the initials :func:`name_acronym_sources` adds after a body's name
_ADDED_INITIALS = regex.compile(r"\s+\((?P<acr>\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,7})\)$")


def initials_of(name: str) -> str:
    """The initials of a body's capitalised words, the initials added to its name left out:
    ``Competition and Markets Authority`` -> ``CMA``, ``Office of Rail Regulation`` -> ``ORR``."""
    return "".join(w[0] for w in without_initials(name)[0].split() if w[:1].isupper())


def without_initials(name: str) -> tuple[str, str]:
    """(a source's name without the initials this module added to it, those initials):
    ``Suez Canal Authority (SCA)`` -> (``Suez Canal Authority``, ``SCA``)."""
    m = _ADDED_INITIALS.search(name)
    return (name[:m.start()], m.group("acr")) if m is not None else (name, "")


def _canonical(source: str, names: dict[str, str], full: dict[str, str]) -> str | None:
    """``Full Name (ABC)`` for a source that is the name or its initials, alone or after
    ``of``."""
    if source in full:  # a name with "of" in it (``... Society of South Africa``) is whole
        return f"{source} ({full[source]})"
    head, sep, tail = source.rpartition(" of ")
    body = tail if sep else source
    acr = body if body in names else full.get(body)
    if acr is None:
        return None
    return f"{head} of {names[acr]} ({acr})" if sep else f"{names[acr]} ({acr})"


def name_acronym_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with a body's name or initials as source named by both."""
    names = acronym_names(analyses)
    if not names:
        return list(claims)
    full = {name: acr for acr, name in names.items()}
    out = []
    for c in claims:
        named = _canonical(c.source, names, full) if c.source else None
        out.append(attrs.evolve(c, source=named, source_type=c.source_type or "organisation") if named else c)
    return out
