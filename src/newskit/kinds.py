"""What kind of body or of post a noun names (public: read by the quotes and claims plugins).

Two plugins ask the same questions of the same words: the quotes plugin whether ``the
ministry`` may stand for the ``Teachers' League`` (two kinds of body) and whether ``the
mayor`` may be a person titled ``Prosecutor``; the claims plugin whether ``the company`` may
stand for a name holding ``Ministry`` or ``Partido`` (a kind of body that is never a
company). Kept in each plugin, the lists drifted apart; here each kind is written once
(``data/kinds.json``) and each question is a function of it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newskit.datafiles import package_json

__all__ = ["body_kind", "names_no_company", "names_side", "other_language_heads", "other_language_kind", "post"]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "kinds.json")
    return data


@cache
def _body_kinds() -> dict[str, str]:
    """Each English head noun of a kind of body -> its kind's first head."""
    return {w: kind["heads"][0] for kind in _data()["body_kinds"] for w in kind["heads"]}


@cache
def _posts() -> dict[str, str]:
    """Each word of a post -> its post's first word (``spokeswoman`` -> ``spokesman``)."""
    return {w: post[0] for post in _data()["posts"] for w in post}


@cache
def _no_company() -> frozenset[str]:
    """The words of names that are never a company's, folded: the heads of every kind
    ``never_a_company`` (in English and in other languages) and ``no_company_words``."""
    d = _data()
    words = [w for kind in d["body_kinds"] if kind.get("never_a_company")
             for w in (*kind["heads"], *kind.get("other_languages", ()))]
    return frozenset(w.casefold() for w in (*words, *d["no_company_words"]))


def body_kind(head: str) -> str | None:
    """The kind of body lower-case head noun ``head`` names (``department`` ->
    ``ministry``, ``guild`` -> ``league``), or None for a head that names any body
    (``agency``, ``group``) or none."""
    return _body_kinds().get(head)


def other_language_kind(word: str) -> str | None:
    """The kind of body ``word`` (any case), a head noun in another language that news
    quotes untranslated, names (``Associação`` -> ``league``, as ``association``;
    ``Ministerio`` -> ``ministry``), or None."""
    return _other_language_kinds().get(word.casefold())


def other_language_heads() -> tuple[str, ...]:
    """Every head noun in another language of a kind of body, as written (capitalised):
    what a name written head first begins with (``Associação dos Comerciantes``)."""
    return tuple(w for kind in _data()["body_kinds"] for w in kind.get("other_languages", ()))


@cache
def _other_language_kinds() -> dict[str, str]:
    return {w.casefold(): kind["heads"][0] for kind in _data()["body_kinds"] for w in kind.get("other_languages", ())}


def post(word: str) -> str | None:
    """The post lower-case ``word`` names (``attorney`` -> ``lawyer``), or None for a word
    that names any post (``official``, ``chief``) or none."""
    return _posts().get(word)


def names_no_company(word: str) -> bool:
    """Whether ``word`` (any case), a word of a name or the noun before one, says the
    body is never a company: a public body, a court, a party, a union, a university, a
    vessel (``Ministry``, ``Partido``, ``Union``, ``MV``)."""
    return word.casefold() in _no_company()


def names_side(word: str) -> bool:
    """Whether lower-case ``word`` names a side of a contest (``opposition``,
    ``prosecution``, ``defence``): no body, but a party that may hold a claim."""
    return word in _sides()


@cache
def _sides() -> frozenset[str]:
    return frozenset(_data()["side_nouns"])
