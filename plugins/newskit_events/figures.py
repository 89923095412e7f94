"""Money and percent figures of a text, as amounts.py reads them: where they stand, and the
nouns the text gives one as a verb's subject ("the cedi lost 11.4 percent").

A figure is a number with a currency sign or code before it ("$6.2 billion", "USD 40") or a
currency or percentage word after it ("36 zlotys", "11.4 percent", "25 basis points"); the
signs and words are the units vocabulary's (registered by the quantities plugin, or by any
plugin), so a new currency needs no rule here. The scan starts from the digits, so a text
without figures costs one pass of a one-character pattern.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from functools import cache
from typing import Any

import attrs
import regex

from newskit.patterns import alternation, read_data
from newskit.text import match_ahead
from newskit.vocabulary import Unit, current, per_vocabulary
from newskit_events.grammar import CLAUSE_OPENERS, PREPOSITIONS
from newskit_events.lemma import BASE, ED, S, candidates

__all__ = ["Figures", "currency_words", "figure_after", "figures", "measured_subjects"]

_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m)(?![\p{L}]))?")
_SPACE = regex.compile(r"\s+")
#: what may stand between a figure and the change noun after it: at most one word ("a 12%
#: annual increase", "a 50-cent rise")
_GAP_BEFORE = regex.compile(r"(?:\s+|-)(?:\p{Ll}[\p{L}-]*\s+)?")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_data(__package__, "amounts.json"))
    return data


@per_vocabulary
def _units() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    """(a sign or code ending a text, a currency or percent word opening one, the
    one-word currency names) from the units vocabulary in force."""
    units = current()(Unit)
    signs = [u.surface for u in units if u.form in ("symbol", "code")]
    after = [u.surface for u in units if u.form in ("currency", "percent")] + list(_data()["extra_units"])
    names = frozenset(u.surface.lower() for u in units if u.form == "currency" and " " not in u.surface)
    return (regex.compile(rf"(?:{_sign_alternation(signs)})\s?$"),
            regex.compile(rf"(?:\s?|-)(?:{alternation(after)})(?![\p{{L}}\p{{N}}])", regex.I),
            names - frozenset(_data()["ambiguous_currencies"]))


def _sign_alternation(signs: list[str]) -> str:
    """The signs as one alternation; a sign that opens with a letter must start a word, so the
    last letter of a word before a number is no sign (``E`` for the lilangeni is none in ``ROSE
    5%``, ``R`` for the rand none in ``OVER 5%``)."""
    lettered = [s for s in signs if s[0].isalpha()]
    other = [s for s in signs if not s[0].isalpha()]
    parts = ([rf"(?<!\p{{L}})(?:{alternation(lettered)})"] if lettered else []) + \
        ([f"(?:{alternation(other)})"] if other else [])
    return "|".join(parts) or "(?!)"


def currency_words() -> frozenset[str]:
    """The one-word currency names of the units vocabulary ("peso", "lira"), less those that
    are mostly other words ("won", "real")."""
    return _units()[2]


@attrs.frozen
class Figures:
    """The money and percent figures of one text, as (start, end) spans in text order."""

    spans: tuple[tuple[int, int], ...]
    starts: frozenset[int] = attrs.field(init=False)
    ends: tuple[int, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "starts", frozenset(s for s, _e in self.spans))
        object.__setattr__(self, "ends", tuple(sorted(e for _s, e in self.spans)))

    def ends_before(self, text: str, start: int) -> bool:
        """A figure ends right before ``start``, at most one word between ("a 12% increase")."""
        i = bisect_left(self.ends, max(0, start - 40))
        return any(_GAP_BEFORE.fullmatch(text, e, start) is not None
                   for e in self.ends[i:] if e < start)


def figures(text: str) -> Figures:
    """The money and percent figures of ``text``."""
    sign, unit, _names = _units()
    out: list[tuple[int, int]] = []
    for n in _NUMBER.finditer(text):
        before = sign.search(text, max(0, n.start() - 6), n.start())
        after = match_ahead(unit, text, n.end())
        if before is not None or after is not None:
            out.append((before.start() if before is not None else n.start(),
                        after.end() if after is not None else n.end()))
    return Figures(tuple(out))


@cache
def _subject_verb() -> regex.Pattern[str]:
    """A lower-case noun and the verb after it (an auxiliary, an adverb between), then a few
    linking words, at the end of a text: what stands before a figure in "the cedi lost 11.4
    percent", "the currency has weakened more than 11%"."""
    links = alternation(_data()["links"])
    aux = alternation(_data()["auxiliaries"])
    return regex.compile(rf"(?<![\p{{L}}])(\p{{Ll}}[\p{{L}}-]*)(?:['’]s)?\s+(?:(?:{aux})\s+)?(?:\p{{Ll}}+ly\s+)?"
                         rf"(\p{{Ll}}[\p{{L}}-]*)(?:\s+(?:{links})){{0,3}}\s+$")


@cache
def _verbs() -> frozenset[str]:
    return frozenset(_data()["verbs"])


def _past_or_change(word: str) -> bool:
    """A past form ("lost", "weakened") or a form of a change verb ("rise", "falls")."""
    return any(tag == ED or (tag in (BASE, S) and lemma in _verbs()) for lemma, tag in candidates(word))


def measured_subjects(text: str, figs: Figures | None = None) -> frozenset[str]:
    """The nouns ``text`` gives a money or percent figure as the subject of a verb (the
    amount the article itself measures, whatever it is: a currency no list names)."""
    closed = frozenset(_data()["not_subjects"]) | PREPOSITIONS | CLAUSE_OPENERS | frozenset(_data()["auxiliaries"])
    out: set[str] = set()
    for start, _end in (figs if figs is not None else figures(text)).spans:
        m = _subject_verb().search(text, max(0, start - 100), start)
        if m is None:
            continue
        w = m.group(1).lower()
        if w not in closed and not w.endswith(("ed", "ing")) and _past_or_change(m.group(2)):
            out.add(w)
    return frozenset(out)


def figure_after(text: str, end: int, figs: Figures, extreme: regex.Pattern[str]) -> bool:
    """A figure (or an extreme, ``extreme``: "a record low") right after ``end``, past at
    most three linking words ("rose by nearly 3%", "cut to $5", "plunged to a record low")."""
    link = _link()
    pos = end
    for _ in range(4):
        ws = match_ahead(_SPACE, text, pos)
        if ws is None:
            return False
        p = ws.end()
        if p in figs.starts or match_ahead(extreme, text, p) is not None:
            return True
        got = match_ahead(link, text, p)
        if got is None:
            return False
        pos = got.end()
    return False


@cache
def _link() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(_data()['links'])})(?![\p{{L}}\p{{N}}])", regex.I)
