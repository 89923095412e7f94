"""A change of an amount as an event (class ``change``): "the operator will raise tolls",
"a hike in fares", "the peso plunged 8%", "a 12% increase".

News of a price, a rate, a tax or a currency tells its act as a verb or noun of change
(rise, raise, hike, cut, plunge, slump...) that no class of the trigger lexicon reads: on its
own such a word is a state or a measure ("the water rose", "a cut on his hand"). What makes
it the news is local structure, not the word: its subject, object or modifier is a thing
that is priced or measured ("tolls will rise", "raised fares", "a fare hike", "a rise in
tolls"), or a figure of money or of a proportion stands right after it or before its noun
("rose 3%", "cut to $5", "a 12 percent increase", "a 50-cent rise"). The figure's units are
the units vocabulary's currencies and percentages (registered by the quantities plugin, or
any plugin), so a new currency needs no rule here. Once an article tells such a change,
its definite change nouns name it ("the increase", "this hike").

The words are a closed class of change and the measured nouns a closed class of priced
things (``data/amounts.json``); a reading here replaces the word's other readings (a change
of an amount is not a movement: "prices jumped").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from newskit.patterns import read_data
from newskit.vocabulary import Unit, current, per_vocabulary
from newskit_events.grammar import CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS
from newskit_events.lemma import BASE, ED, ING, S, candidates
from newskit_events.mention import words_after, words_before

__all__ = ["CHANGE", "amount_changes", "measured_subjects"]

#: the class of a change of an amount
CHANGE = "change"

Found = tuple[int, int, str, str, str, bool, bool]

_WORD = regex.compile(r"(?<![\p{L}\p{N}-])\p{L}[\p{L}-]*(?<!-)")
#: the end of a clause: a subject or object is read on this side of one
_CLAUSE_END = regex.compile(r"[.,;:!?()\"“”—–]")
_POSSESSIVE = regex.compile(r"['’]s$")
_VERBAL = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does",
                     "do", "not", "also"})
_NUMBER = r"\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m)\b)?"


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_data(__package__, "amounts.json"))
    return data


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@per_vocabulary
def _units() -> tuple[frozenset[str], str]:
    """(currency words, the pattern of a money or percent figure) from the units vocabulary
    in force."""
    units = current()(Unit)
    signs = [u.surface for u in units if u.form in ("symbol", "code")]
    after = [u.surface for u in units if u.form in ("currency", "percent")] + list(_data()["extra_units"])
    currencies = frozenset(u.surface.lower() for u in units if u.form == "currency" and " " not in u.surface)
    figure = (rf"(?:(?:{_alternation(signs)})\s?{_NUMBER}|{_NUMBER}(?:\s?|-)(?:{_alternation(after)})"
              r"(?![\p{L}\p{N}]))")
    return currencies - _words("ambiguous_currencies"), figure


@cache
def _extreme() -> str:
    """The pattern of an amount's extreme, which stands where a figure does ("to a record
    low", "to its lowest level", "a five-year high")."""
    ext = _data()["extremes"]
    return (rf"(?:(?:its|their|the|a|an)\s+)?(?:[\p{{L}}\d]+-)?(?:{_alternation(ext['before'])})"
            rf"\s+(?:{_alternation(ext['last'])})(?![\p{{L}}])")


@per_vocabulary
def _figure_after() -> regex.Pattern[str]:
    """A figure or an extreme right after a change word, past a few linking words ("rose by
    nearly 3%", "plunged to a record low")."""
    links = _alternation(_data()["links"])
    return regex.compile(rf"(?:\s+(?:{links})){{0,3}}\s+(?:{_units()[1]}|{_extreme()})", regex.I)


@per_vocabulary
def _subject_figure() -> regex.Pattern[str]:
    """A lower-case noun, the verb after it (an auxiliary before) and a figure after the verb
    ("the cedi lost 11.4 percent", "the currency has weakened more than 11%"): the noun is a
    thing the article measures."""
    links = _alternation(_data()["links"])
    aux = _alternation(_data()["auxiliaries"])
    return regex.compile(rf"(?<![\p{{L}}])(\p{{Ll}}[\p{{L}}-]*)(?:['’]s)?\s+(?:(?:{aux})\s+)?(?:\p{{Ll}}+ly\s+)?"
                         rf"(\p{{Ll}}[\p{{L}}-]*)(?:\s+(?:{links})){{0,3}}\s+{_units()[1]}")


def measured_subjects(text: str) -> frozenset[str]:
    """The nouns ``text`` gives a money or percent figure as the subject of a verb (the
    amount the article itself measures, whatever it is: a currency no list names)."""
    closed = _words("not_subjects") | PREPOSITIONS | CLAUSE_OPENERS | _words("auxiliaries")
    return frozenset(w for m in _subject_figure().finditer(text)
                     if (w := m.group(1).lower()) not in closed and not w.endswith(("ed", "ing"))
                     and _past_or_change(m.group(2)))


def _past_or_change(word: str) -> bool:
    """A past form ("lost", "weakened") or a form of a change verb ("rise", "falls")."""
    return any(tag == ED or (tag in (BASE, S) and lemma in _words("verbs")) for lemma, tag in candidates(word))


@per_vocabulary
def _figure_before() -> regex.Pattern[str]:
    """A figure right before a change noun, with at most one word between ("a 12% increase",
    "a $2 annual rise", "a 50-cent hike")."""
    return regex.compile(rf"{_units()[1]}(?:\s+|-)(?:\p{{Ll}}[\p{{L}}-]*\s+)?$", regex.I)


def _measured(word: str, own: frozenset[str] = frozenset()) -> bool:
    """A noun of a priced or measured thing, a currency's name among them ("the peso's
    slump"), or one the article measures (``own``: :func:`measured_subjects`)."""
    w = _POSSESSIVE.sub("", word.lower())
    return w in _words("measured") or w in _units()[0] or w in own


def _reading(word: str) -> tuple[str, bool] | None:
    """(lemma, may be a verb form) of a change word, or None."""
    for lemma, tag in candidates(word.lower()):
        if tag in (ED, ING) and lemma in _words("verbs"):
            return lemma, True
        if tag in (BASE, S) and (lemma in _words("verbs") or lemma in _words("nouns")):
            return lemma, lemma in _words("verbs")
    return None


def _clause_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` words before ``start`` in its clause."""
    seg = text[max(0, start - 60):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(seg)), default=0)
    words = [w for w in words_before(seg[cut:], len(seg) - cut, n + 2)]
    out: list[str] = []
    for w in reversed(words):
        if w in _words("bounds"):
            break
        out.append(w)
    return list(reversed(out))[-n:]


def _clause_after(text: str, end: int, n: int) -> list[str]:
    """The first ``n`` words after ``end`` in its clause."""
    seg = text[end:end + 80]
    m = _CLAUSE_END.search(seg)
    seg = seg[:m.start()] if m else seg
    out: list[str] = []
    for w in words_after(seg, 0, n):
        if w in _words("bounds"):
            break
        out.append(w)
    return out


def _of_amount(text: str, start: int, end: int, own: frozenset[str]) -> bool:
    """The change word at ``text[start:end]`` acts on an amount: a measured noun is its
    subject, object or modifier in its clause, or a money or percent figure stands right
    after it or before it."""
    if any(_measured(w, own) for w in _clause_before(text, start, 4)) or \
            any(_measured(w, own) for w in _clause_after(text, end, 5)):
        return True
    return _figure_after().match(text, end) is not None or \
        _figure_before().search(text, max(0, start - 40), start) is not None


def _is_verb(text: str, start: int, form: str, verb: bool) -> bool:
    """The change word stands as a verb: an -ed or -ing form, or a verb's base after a modal,
    "to" or a measured subject ("fares rise"); after a determiner it is a noun."""
    before = words_before(text, start, 1)
    if not verb or (before and (before[0] in DETERMINERS or _POSSESSIVE.search(before[0]))):
        return False
    return form.endswith(("ed", "ing")) or form in ("rose", "risen", "fell", "fallen", "sank", "sunk", "cut") \
        or bool(before and (before[0] in _VERBAL or _measured(before[0])))


def _definite(text: str, start: int, end: int) -> bool:
    """A change noun right after a definite determiner, not followed by "of" (what changes
    is named there: "the rise of populism")."""
    before = words_before(text, start, 1)
    after = words_after(text, end, 1)
    return bool(before) and before[0] in _words("definite") and not (after and after[0] == "of")


def amount_changes(text: str, found: Sequence[Found]) -> list[Found]:
    """``found`` (the article's triggers, sorted) with the change words that act on an
    amount read as events of class :data:`CHANGE`, replacing any other reading of the same
    word; then, in an article that tells one, its definite change nouns."""
    read: dict[int, Found] = {}
    nouns: list[tuple[int, int, str, str]] = []
    own = measured_subjects(text)
    for m in _WORD.finditer(text):
        got = _reading(m.group())
        if got is None:
            continue
        lemma, verb = got
        form = m.group().lower()
        if _of_amount(text, m.start(), m.end(), own):
            read[m.start()] = (m.start(), m.end(), form, CHANGE, lemma, False, _is_verb(text, m.start(), form, verb))
        elif lemma in _words("nouns") and m.group()[:1].islower() and _definite(text, m.start(), m.end()):
            nouns.append((m.start(), m.end(), form, lemma))
    if not read:
        return list(found)
    for s, e, form, lemma in nouns:
        read[s] = (s, e, form, CHANGE, lemma, False, False)
    kept = [f for f in found if f[0] not in read]
    return sorted([*kept, *read.values()])
