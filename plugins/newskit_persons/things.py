"""A name the article itself treats as a company, a club or another thing: the name's own
evidence weighed against the contexts of organisations, over every place the article
writes it.

A firm or club named like a person (``Pirelli``, ``Comelf``, ``Deportivo``) passes every
test of a single mention: no ordinary English word, a surname's shape, a verb after it.
What gives it away is how the article writes about it elsewhere: ``tyre giant Pirelli``,
``Pirelli shares``, ``Comelf said it``, ``Deportivo were``, ``company Cofinec S.A.``. A
person's name gathers other contexts: a title or honorific, ``said he``, ``, who``, an
age in commas. A name whose first word is no listed given name, read as a thing more
often than as a person over the whole article, is no person anywhere in it
(``Comelf``, ``COMELF`` and ``June Comelf`` alike). Words come from ``data/things.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache

from newskit.patterns import read_data
from newskit_persons.lexicon import Lexicon
from newskit_persons.tokens import Tok

__all__ = ["thing_keys"]


class _Words:
    """The word classes of ``data/things.json``."""

    def __init__(self) -> None:
        raw = json.loads(read_data(__package__, "things.json"))
        self.before = frozenset(raw["thing_before"])
        self.after = frozenset(raw["thing_after"])
        self.suffix = frozenset(raw["company_suffixes"])
        self.roles_after = frozenset(raw["company_roles_after"])
        self.plural_verbs = frozenset(raw["plural_verbs"])
        self.it_verbs = frozenset(raw["it_verbs"])
        self.thing_pronouns = frozenset(raw["thing_pronouns"])
        self.person_pronouns = frozenset(raw["person_pronouns"])
        self.after_head = frozenset(raw["description_head_end"])


@cache
def _words() -> _Words:
    return _Words()


def thing_keys(
    text: str, toks: Sequence[Tok], keys: dict[str, bool], lex: Lexicon
) -> set[str]:
    """Of ``keys`` (folded first words of accepted names -> whether some mention of it
    had a title), those the article writes as a thing more often than as a person."""
    if not keys:
        return set()
    w = _words()
    score: dict[str, list[int]] = {k: [0, 0] for k in keys}  # key -> [thing, person]
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or t.folded not in score:
            continue
        thing, person = _evidence(text, toks, i, w, lex)
        score[t.folded][0] += thing
        score[t.folded][1] += person
    return {k for k, (thing, person) in score.items() if thing > person + (2 if keys[k] else 0)}


def _evidence(text: str, toks: Sequence[Tok], i: int, w: _Words, lex: Lexicon) -> tuple[int, int]:
    """How many signs of a thing and of a person stand around the capitalised run opening
    at token ``i`` (the key word and the capitalised words after it)."""
    j = i + 1
    while j < len(toks) and toks[j].text[:1].isupper() and not toks[j - 1].possessive and j - i < 4:
        if toks[j].folded in w.suffix or toks[j].folded in w.roles_after:
            break
        j += 1
    last = toks[j - 1]
    nxt = toks[j] if j < len(toks) else None
    prev = toks[i - 1] if i > 0 else None
    thing = person = 0
    if prev is not None and prev.text.islower() and prev.folded in w.before and text[prev.end : toks[i].start] == " ":
        thing += 1  # "tyre giant Pirelli", "title contenders Deportivo"
    if prev is not None and (prev.folded.rstrip(".") in lex.honorifics or prev.folded in lex.title_heads):
        person += 1
    if nxt is None:
        return thing, person
    nf = nxt.folded.rstrip(".")
    gap = text[last.end : nxt.start]
    if nf in w.suffix and gap in (" ", ", "):
        thing += 1  # "Cofinec S.A.", "Gold Fields Ltd"
    elif nf in w.roles_after and gap == " ":
        thing += 1  # "Cofinec CEO Stephen Frater"
    elif nxt.text.islower() and gap.strip() in ("", "'") and nf in w.after:
        thing += 1  # "Pirelli shares", "Pirelli 's cables division", "Deportivo ' keeper"
    elif nxt.text.islower() and gap == " " and nf in w.plural_verbs and not last.folded.endswith("s") and not (
        prev is not None and prev.folded in ("and", "&", "or")
    ):
        thing += 1  # "Deportivo were unable": a singular name with a plural verb is a team
    elif gap == ", " and nf in ("who", "whose"):
        person += 1
    elif gap == ", " and nxt.text.isdigit() and 15 <= int(nxt.text) <= 99 and len(nxt.text) == 2:
        person += 1  # "Onarheim , 29 ,"
    elif gap == ", " and nf in ("which", "based"):
        thing += 1
    elif gap == ", " and nf in ("a", "an") and _described_as_thing(toks, j + 1, w):
        thing += 1  # "Frutícola Norte, a mid-sized exporter based in ...", "Verhoek, a family firm"
    pron = toks[j + 1] if j + 1 < len(toks) and nf in w.it_verbs and gap == " " else None
    if pron is not None and text[nxt.end : pron.start] == " ":
        if pron.folded in w.thing_pronouns:
            thing += 1  # "Comelf said it almost doubled"
        elif pron.folded in w.person_pronouns:
            person += 1  # "Mitchell said he"
    return thing, person


def _described_as_thing(toks: Sequence[Tok], k: int, w: _Words) -> bool:
    """The description in apposition from token ``k`` (after ``, a``) names a thing: its
    head, the last of its first lower-case words before a preposition or a participle
    (``a family firm based in``, ``a mid-sized exporter from``), is a word of
    ``thing_before``; ``a company director`` is a person."""
    head = None
    for t in toks[k : k + 5]:
        if not t.text.islower() or t.folded in w.after_head:
            break
        head = t.folded
    return head is not None and head in w.before

