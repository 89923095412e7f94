"""What a source's name may be: someone, never a verb, a place adjective or a time.

The readings of a subject sometimes stop on a word that names no one: the verb of a
progressive (``The Football Association is investigating alleged abuse``: ``investigating``),
a past form (``the heat wave had exposed years of neglect``: ``exposed``), a place adjective
that only qualified the head (``The Vienna-based group said``: ``Vienna-based``) or a time
that follows a name (``figures released by Avonmere District Council on Tuesday``). A
source's name is cleaned of a trailing time and of a place adjective opening it
(``Greece-based Meridian Tankers``), and a name that is only such a word is no
source: a claim without a source is better than one by ``investigating``, which an
allegation/denial pair would name as a party.
"""

from __future__ import annotations

import regex

__all__ = ["source_form"]

_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: a time after a name (``... Council on Tuesday``, ``... Commission last week``)
_TRAILING_TIME = regex.compile(rf"\s+(?:on\s+(?:{_WEEKDAYS})|(?:last|this)\s+(?:week|month|year|{_WEEKDAYS}))$")
#: a lone lower-case verb form (``investigating``, ``exposed``) or place adjective
#: (``Vienna-based``, ``London-based``)
_NO_NAME = regex.compile(r"\p{Ll}+(?:ing|ed)|[\p{L}.-]+-based")
#: a place adjective opening a name (``Greece-based Meridian Tankers``): where it is based,
#: no part of who it is
_BASED_OPENING = regex.compile(r"^\p{Lu}[\p{L}.-]*-based\s+(?=\p{Lu})")


def source_form(source: str | None) -> str | None:
    """``source`` without a trailing time; None when what is left names no one."""
    if not source:
        return source
    name = _BASED_OPENING.sub("", _TRAILING_TIME.sub("", source))
    return None if _NO_NAME.fullmatch(name) else name
