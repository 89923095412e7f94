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
from itertools import compress, count

from newskit.patterns import read_data
from newskit_persons.lexicon import Lexicon
from newskit_persons.tokens import Tok, folds

__all__ = ["described_as_thing", "thing_keys"]



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
    # the words whose folded form is a key, found at C speed: few of an article's words
    for i in compress(count(), map(score.__contains__, folds(toks))):
        t = toks[i]
        if not t.text[:1].isupper():
            continue
        thing, person = _evidence(text, toks, i, w, lex)
        score[t.folded][0] += thing
        score[t.folded][1] += person
    return {k for k, (thing, person) in score.items() if thing > person + (2 if keys[k] else 0)}


def _evidence(text: str, toks: Sequence[Tok], i: int, w: _Words, lex: Lexicon) -> tuple[int, int]:
    """How many signs of a thing and of a person stand around the capitalised run opening
    at token ``i`` (the key word and the capitalised words after it)."""
    j = _run_end(toks, i, w)
    prev = toks[i - 1] if i > 0 else None
    thing = person = 0
    if prev is not None and prev.text.islower() and prev.folded in w.before and text[prev.end : toks[i].start] == " ":
        thing += 1  # "tyre giant Pirelli", "title contenders Deportivo"
    if prev is not None and (prev.folded.rstrip(".") in lex.honorifics or prev.folded in lex.title_heads):
        person += 1
    if j >= len(toks):
        return thing, person
    after_thing, after_person = _next_word_sign(text, toks, i, j, w)
    pron_thing, pron_person = _pronoun_sign(text, toks, j, w)
    return thing + after_thing + pron_thing, person + after_person + pron_person


def _run_end(toks: Sequence[Tok], i: int, w: _Words) -> int:
    """Where the capitalised run opening at token ``i`` ends (at most four words; before a
    company suffix or a role word after a firm's name: ``Cofinec S.A.``, ``Cofinec CEO``)."""
    j = i + 1
    while j < len(toks) and toks[j].text[:1].isupper() and not toks[j - 1].possessive and j - i < 4:
        if toks[j].folded in w.suffix or toks[j].folded in w.roles_after:
            break
        j += 1
    return j


def _next_word_sign(text: str, toks: Sequence[Tok], i: int, j: int, w: _Words) -> tuple[int, int]:
    """The sign the word right after the run ``toks[i:j]`` gives, as (thing, person): a
    company suffix, a role after a firm, a word of a firm's or club's (``shares``), a
    plural verb after a singular name, a relative ``who``, an age, ``, which``, a
    description of a thing in apposition."""
    last, nxt = toks[j - 1], toks[j]
    prev = toks[i - 1] if i > 0 else None
    nf = nxt.folded.rstrip(".")
    gap = text[last.end : nxt.start]
    if nf in w.suffix and gap in (" ", ", "):
        return 1, 0  # "Cofinec S.A.", "Gold Fields Ltd"
    if nf in w.roles_after and gap == " ":
        return 1, 0  # "Cofinec CEO Stephen Frater"
    if nxt.text.islower() and gap.strip() in ("", "'") and nf in w.after:
        return 1, 0  # "Pirelli shares", "Pirelli 's cables division", "Deportivo ' keeper"
    if nxt.text.islower() and gap == " " and nf in w.plural_verbs and not last.folded.endswith("s") and not (
        prev is not None and prev.folded in ("and", "&", "or")
    ):
        return 1, 0  # "Deportivo were unable": a singular name with a plural verb is a team
    if gap not in _COMMA_GAPS:
        return 0, 0
    if nf in ("who", "whose"):
        return 0, 1
    if nxt.text.isdigit() and 15 <= int(nxt.text) <= 99 and len(nxt.text) == 2:
        return 0, 1  # "Onarheim , 29 ,"
    if nf in ("which", "based"):
        return 1, 0
    if nf in ("a", "an") and _described_as_thing(toks, j + 1, w):
        return 1, 0  # "Frutícola Norte, a mid-sized exporter based in ...", "Verhoek, a family firm"
    return 0, 0


#: A comma between two words, as prose writes it and as CoNLL's tokenised wire copy does
#: (a space before the comma: ``Onarheim , 29 ,``).
_COMMA_GAPS = frozenset((", ", " , "))


def _pronoun_sign(text: str, toks: Sequence[Tok], j: int, w: _Words) -> tuple[int, int]:
    """A verb after the run and the pronoun after it, as (thing, person): ``Comelf said
    it`` (a thing), ``Mitchell said he`` (a person)."""
    nxt = toks[j]
    nf = nxt.folded.rstrip(".")
    gap = text[toks[j - 1].end : nxt.start]
    pron = toks[j + 1] if j + 1 < len(toks) and nf in w.it_verbs and gap == " " else None
    if pron is not None and text[nxt.end : pron.start] == " ":
        if pron.folded in w.thing_pronouns:
            return 1, 0  # "Comelf said it almost doubled"
        if pron.folded in w.person_pronouns:
            return 0, 1  # "Mitchell said he"
    return 0, 0


def described_as_thing(toks: Sequence[Tok], k: int) -> bool:
    """The description in apposition from token ``k`` (after its determiner) names a body:
    ``the investment banking arm of``, ``a family firm based in``."""
    return _described_as_thing(toks, k, _words())


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

