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
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

import regex

from newskit.ascii_patterns import compile_lowered, plain_ascii
from newskit.patterns import alternation, read_data
from newskit_events.figures import (
    Figures,
    currency_words,
    figure_after,
    figures,
    measured_subjects,
)
from newskit_events.grammar import DETERMINERS, PREPOSITIONS
from newskit_events.lemma import BASE, ED, ING, S, candidates, irregular_forms, is_past
from newskit_events.mention import words_after, words_before

__all__ = ["CHANGE", "amount_changes"]

#: the class of a change of an amount
CHANGE = "change"

Found = tuple[int, int, str, str, str, bool, bool]

#: the end of a clause: a subject or object is read on this side of one
_CLAUSE_END = regex.compile(r"[.,;:!?()\"“”—–]")
_POSSESSIVE = regex.compile(r"['’]s$")
_SENTENCE_END = regex.compile(r"[.!?;]\s")
#: the events plugin's class of agreements (data/triggers.json)
_AGREEMENT = "agreement"
_VERBAL = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does",
                     "do", "not", "also"})


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_data(__package__, "amounts.json"))
    return data


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


@cache
def _change_heads() -> tuple[str, ...]:
    """The words that may be change words: a lemma's stem (its final "e" or "y" dropped:
    "ris" of "rising", "rall" of "rallied") or an irregular form ("rose", "fell")."""
    lemmas = _words("verbs") | _words("nouns")
    heads = {w[:-1] if w.endswith(("e", "y")) else w for w in lemmas} | {f for w in lemmas for f in irregular_forms(w)}
    return tuple(sorted(heads))


def _may_change_source() -> str:
    """A word opened by a change head (:func:`_change_heads`): all of them found in one scan."""
    return rf"(?<![\p{{L}}\p{{N}}-])(?:{alternation(list(_change_heads()))})[\p{{L}}-]*(?<!-)"


@cache
def _may_change() -> regex.Pattern[str]:
    """:func:`_may_change_source`, case-insensitive."""
    return regex.compile(_may_change_source(), regex.I)


@cache
def _may_change_lowered() -> re.Pattern[str] | None:
    """:func:`_may_change_source` for a plain ASCII text lowered, case by case, by the
    standard library's engine (:func:`~newskit.ascii_patterns.compile_lowered`): a third of
    the case-insensitive scan's time; its heads by their first letter
    (:func:`_by_first_letter`), two thirds of that again."""
    return compile_lowered(_by_first_letter(_change_heads()))


def _by_first_letter(heads: Sequence[str]) -> str:
    r""":func:`_may_change_source` written with the heads grouped by their first letter and
    the look-behind read after that letter (``c(?<![\p{L}\p{N}-]c)(?:ut|ap|limb)``): where
    a match can start and how far it reaches are the same (a head's letters and hyphens are
    all taken by the run after it, which ends alike whichever head opened it), but a pattern
    opening with a letter lets the standard library's engine pass over the positions no head
    starts at, where a leading look-behind is tried at each one."""
    by: dict[str, list[str]] = {}
    for h in heads:
        by.setdefault(h[0], []).append(h[1:])
    groups = (f"{regex.escape(c)}(?<![\\p{{L}}\\p{{N}}-]{regex.escape(c)})(?:{alternation(rest)})"
              for c, rest in sorted(by.items()))
    return rf"(?:{'|'.join(groups)})[\p{{L}}-]*(?<!-)"


def _change_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where :func:`_may_change` matches in ``text``."""
    lowered = _may_change_lowered()
    if lowered is not None and plain_ascii(text):
        return (m.span() for m in lowered.finditer(text.lower()))
    return (m.span() for m in _may_change().finditer(text))


@cache
def _extreme() -> regex.Pattern[str]:
    """An amount's extreme, which stands where a figure does ("to a record low", "to its
    lowest level", "a five-year high")."""
    ext = _data()["extremes"]
    return regex.compile(rf"(?:(?:its|their|the|a|an)\s+)?(?:[\p{{L}}\d]+-)?(?:{alternation(ext['before'])})"
                         rf"\s+(?:{alternation(ext['last'])})(?![\p{{L}}])", regex.I)


def _measured(word: str, own: frozenset[str] = frozenset()) -> bool:
    """A noun of a priced or measured thing, a currency's name among them ("the peso's
    slump"), or one the article measures (``own``: :func:`measured_subjects`)."""
    w = _POSSESSIVE.sub("", word.lower())
    return w in _words("measured") or w in currency_words() or w in own


@lru_cache(maxsize=65536)
def _reading(word: str) -> tuple[str, bool] | None:
    """(lemma, may be a verb form) of a change word (lower case), or None; cached: most
    words of a text are no change word, and are asked about again in every article."""
    for lemma, tag in candidates(word):
        if tag in (ED, ING) and lemma in _words("verbs"):
            return lemma, True
        if tag in (BASE, S) and (lemma in _words("verbs") or lemma in _words("nouns")):
            return lemma, lemma in _words("verbs")
    return None


def _clause_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` words before ``start`` in its clause."""
    seg = text[max(0, start - 60):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(seg)), default=0)
    out: list[str] = []
    for w in reversed(words_before(seg[cut:], len(seg) - cut, n + 2)):
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


def _of_amount(text: str, start: int, end: int, own: frozenset[str], figs: Figures) -> bool:
    """The change word at ``text[start:end]`` acts on an amount: a money or percent figure
    stands right after it or before it, or a measured noun is its object or modifier in its
    clause, or its subject when it is no past form: "fares rose" alone, with no figure, is
    mostly background ("Fares rose in January"), "fares will rise" the news."""
    if figure_after(text, end, figs, _extreme()) or figs.ends_before(text, start) or \
            any(_measured(w, own) for w in _clause_after(text, end, 5)):
        return True
    before = _clause_before(text, start, 4)
    if before and _measured(before[-1], own) and is_past(text[start:end].lower()):
        return False  # "fares rose": a past change told by its subject alone
    return any(_measured(w, own) for w in before)


def _agreed(text: str, start: int, found: Sequence[Found]) -> bool:
    """The change word is what an agreement before it in its sentence settles ("agreed a 7%
    pay rise", "the agreement gives drivers a 7% rise", "agreed to cut output"): the
    agreement is the event, the change its content, as a support verb's noun is its event."""
    lo = max(0, start - 60)
    i = bisect_left(found, (lo,))
    return any(f[3] == _AGREEMENT and f[0] < start and _SENTENCE_END.search(text, f[1], start) is None
               for f in found[i:] if f[0] < start)


def _is_verb(text: str, start: int, form: str, verb: bool) -> bool:
    """The change word stands as a verb: an -ed or -ing form, or a verb's base after a modal,
    "to" or a measured subject ("fares rise"); after a determiner it is a noun."""
    before = words_before(text, start, 1)
    if not verb or (before and (before[0] in DETERMINERS or _POSSESSIVE.search(before[0]))):
        return False
    return form.endswith("ing") or is_past(form) or bool(before and (before[0] in _VERBAL or _measured(before[0])))


def _definite(text: str, start: int, end: int) -> bool:
    """A change noun right after a definite determiner, not followed by "of" (what changes
    is named there: "the rise of populism")."""
    before = words_before(text, start, 1)
    after = words_after(text, end, 1)
    return bool(before) and before[0] in _words("definite") and not (after and after[0] == "of")


def _modifier(text: str, start: int, end: int, form: str) -> bool:
    """A participle that modifies the noun after it, opening a noun phrase after a
    preposition or a determiner ("its recall *of frozen* vegetables", "amid *rising* prices"):
    an adjective, no change told."""
    if not (form.endswith("ing") or is_past(form)) or _reading(form) == (form, True):
        return False  # "cut" after "to" is an infinitive
    before = words_before(text, start, 1)
    after = words_after(text, end, 1)
    return bool(before) and before[0] != "to" and (before[0] in PREPOSITIONS or before[0] in DETERMINERS) \
        and bool(after) \
        and after[0].isalpha() and text[end:end + 1] == " " and text[end + 1:end + 2].islower() \
        and after[0] not in PREPOSITIONS and after[0] not in DETERMINERS and after[0] not in _words("links")


def _amounts(text: str) -> tuple[frozenset[str], Figures]:
    """(the nouns the article measures, its money and percent figures): read only for an
    article with a change word to weigh (about half of them), as they cost a search before
    every figure."""
    figs = figures(text)
    return measured_subjects(text, figs), figs


def amount_changes(text: str, found: Sequence[Found]) -> list[Found]:
    """``found`` (the article's triggers, sorted) with the change words that act on an
    amount read as events of class :data:`CHANGE`, replacing any other reading of the same
    word; then, in an article that tells one, its definite change nouns."""
    read: dict[int, Found] = {}
    nouns: list[tuple[int, int, str, str]] = []
    amounts: tuple[frozenset[str], Figures] | None = None  # read when a change word first needs them
    for s, e in _change_spans(text):
        form = text[s:e].lower()
        got = _reading(form)
        if got is None:
            continue
        lemma, verb = got
        if _modifier(text, s, e, form) or _agreed(text, s, found):
            continue
        if amounts is None:
            amounts = _amounts(text)
        if _of_amount(text, s, e, *amounts):
            read[s] = (s, e, form, CHANGE, lemma, False, _is_verb(text, s, form, verb))
        elif lemma in _words("nouns") and text[s:s + 1].islower() and _definite(text, s, e):
            nouns.append((s, e, form, lemma))
    if not read:
        return list(found)
    for s, e, form, lemma in nouns:
        read[s] = (s, e, form, CHANGE, lemma, False, False)
    kept = [f for f in found if f[0] not in read]
    return sorted([*kept, *read.values()])
