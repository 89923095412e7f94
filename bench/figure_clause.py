"""The tense and the time of an amount's own clause, read without a parser.

Why: on a long report most amounts two outlets both give are background, and what makes
them background is told by the clause they stand in, not by the sentence: ``The region has
about 1,200 pharmacies`` states what stands, ``the bridge will carry 20,000 vehicles a day``
what is planned, ``the rate was 21.5 percent in December`` what held at another time; the
event's own figures are told as what happened (``at least 16 people were killed``,
``has risen to 28``). One sentence often holds two clauses of two tenses (``Officials said
12 megawatts were flowing, and a second phase would add 25 megawatts``), so each amount is
read in its own clause: from the break before it (punctuation, a word that opens another
clause, a verb of saying) to the break after it. Where that stretch holds no verb
(``Acajutla, about 85 kilometres west of the capital, is ...``), commas are not read as
breaks. The words are data (``bench/figure_clause.json``; the irregular verbs are the
story's own, :func:`newskit.grammar.irregular_act_verbs`).

Session 55 weighed the marks as features of the salience model over findings
(:mod:`newskit.story.figure_salience`; ``bench/salience_fit.py cv 1.0 --clause``): out of
fold they moved nothing, since background and the event's own figures are told in every
tense (``the hike would save the state 120 billion a year`` is what outlets dispute), so the
shipped model does not read them. The reader is kept here, beside the tool that weighs it,
for a later attempt at what needs an amount's own time; the library does not ship it, since
no step of the pipeline calls it (tests: ``tests/story/test_figure_clause.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import regex
from attrs import frozen

from newskit.grammar import irregular_act_verbs
from newskit.model import Figure
from newskit.story.figure_data import alternation

__all__ = ["CLAUSE_FEATURES", "ClauseTime", "clause_shares", "clause_time", "figure_clause_time"]

#: the shares :func:`clause_shares` gives
CLAUSE_FEATURES = ("told_past", "told_present", "told_plan", "told_other_time")

#: a word of the clause, a break character, or a four-digit year
_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*|’ll|'ll|[;:()\"“”—–,]|\b(?:1[89]|20)\d\d\b")
#: a past form by its shape (``killed``, ``rose`` comes from the irregular verbs)
_ED = regex.compile(r"\p{Ll}{2,}ed")
#: a verb of the present with its ``-s`` right before its object amount (``supplies``,
#: ``employs``); not ``-ss``, ``-us``, ``-is`` (``across``, ``bonus``, ``basis``)
_PRESENT_S = regex.compile(r"\p{Ll}{2,}[^su'’]s")


@frozen
class ClauseTime:
    """What an amount's clause tells of it.

    Attributes:
        tense: ``plan`` (a modal or a verb of intent: ``will carry``, ``aims to hire``,
            ``is planned``), ``past`` (``were killed``, ``rose``, ``has risen``), ``present``
            (``there are``, ``is``, ``now costs``) or ``""`` where the clause shows no verb.
        when: ``earlier`` or ``later`` where a year, a month or a relative phrase in the
            clause (``in 2019``, ``last year``, ``in December``, ``by 2030``) places it at
            another time than the one the amount is stated at; else ``""``.
    """

    tense: str
    when: str


@frozen
class _Words:
    breaks: frozenset[str]
    openers: frozenset[str]
    saying: frozenset[str]
    modals: frozenset[str]
    intent: frozenset[str]
    planned: frozenset[str]
    past: frozenset[str]
    perfect: frozenset[str]
    present: frozenset[str]
    irregular: frozenset[str]
    earlier: regex.Pattern[str]
    later: regex.Pattern[str]
    months: dict[str, int]


@cache
def _words() -> _Words:
    data = json.loads((Path(__file__).resolve().parent / "figure_clause.json").read_text("utf-8"))
    irregular = frozenset(irregular_act_verbs())
    return _Words(
        breaks=frozenset(data["breaks"]), openers=frozenset(data["openers"]), saying=frozenset(data["saying"]),
        modals=frozenset(data["modals"]), intent=frozenset(data["intent"]), planned=frozenset(data["planned"]),
        past=frozenset(data["past"]), perfect=frozenset(data["perfect"]), present=frozenset(data["present"]),
        irregular=irregular,
        earlier=regex.compile(r"\b(?:" + alternation(data["earlier"]) + r")\b", regex.I),
        later=regex.compile(r"\b(?:" + alternation(data["later"]) + r")\b", regex.I),
        months={m: k + 1 for k, m in enumerate(data["months"])})


def _is_break(tokens: list[tuple[str, int, int]], k: int, commas: bool) -> bool:
    """Whether token ``k`` ends a clause: a break character, a comma (when ``commas``), a
    word that opens another clause, or a verb of saying (``officials said``)."""
    words = _words()
    w = tokens[k][0]
    low = w.lower()
    if w in words.breaks or (commas and w == ","):
        return True
    return low in words.openers or low in words.saying


def _clause(tokens: list[tuple[str, int, int]], lo: int, hi: int, commas: bool) -> tuple[int, int]:
    """The token indices ``[a, b)`` of the clause around tokens ``[lo, hi)`` (the amount's)."""
    a = lo
    while a > 0 and not _is_break(tokens, a - 1, commas):
        a -= 1
    b = hi
    while b < len(tokens) and not _is_break(tokens, b, commas):
        b += 1
    return a, b


def _tense(tokens: list[tuple[str, int, int]], a: int, b: int, lo: int, hi: int) -> str:
    """The tense (:class:`ClauseTime`) of the clause's words ``[a, b)``: a plan where any
    word says one, else the finite verb nearest the amount (its words ``[lo, hi)``)."""
    words = _words()
    found: list[tuple[int, str]] = []  # (distance from the amount, tense)
    for k in (*range(a, lo), *range(hi, b)):
        w = tokens[k][0]
        low = w.lower()
        nxt = tokens[k + 1][0].lower() if k + 1 < b else ""
        if low in words.modals and (low != "may" or w == "may"):
            return "plan"
        if (low in words.intent and nxt == "to") or low in words.planned:
            return "plan"
        tense = ""
        if low in words.past:
            tense = "past"
        elif low in words.perfect:  # "has risen": what happened; "has 300 staff": what stands
            tense = "past" if any(_participle(tokens[j][0]) for j in range(k + 1, min(b, k + 3))) else "present"
        elif low in words.present or (low == "there" and nxt in ("is", "are")):
            tense = "present"
        elif _participle(w) and (k == a or tokens[k - 1][0].lower() not in words.present):
            tense = "past"
        elif k == lo - 1 and _PRESENT_S.fullmatch(w):  # "supplies up to 5 megawatts", "covers 1,200 km²"
            tense = "present"
        if tense:
            found.append((lo - k if k < lo else k - hi + 1, tense))
    return min(found)[1] if found else ""


def _participle(word: str) -> bool:
    """A past form or participle by its shape (``killed``) or the irregular verbs (``rose``,
    ``been``)."""
    return bool(_ED.fullmatch(word)) or word.lower() in _words().irregular or word.lower() == "been"


def _when(text: str, tokens: list[tuple[str, int, int]], a: int, b: int, stated: str | None) -> str:
    """``earlier``, ``later`` or ``""``: a time the clause's words place the amount at,
    against ``stated`` (a TIMEX3 value: ``2026-05-21T11:30``)."""
    if a >= b:
        return ""
    words = _words()
    span = text[tokens[a][1]:tokens[b - 1][2]]
    if words.earlier.search(span):
        return "earlier"
    if words.later.search(span):
        return "later"
    year = int(stated[:4]) if stated and stated[:4].isdigit() else None
    month = int(stated[5:7]) if stated and len(stated) >= 7 and stated[5:7].isdigit() else None
    for k in range(a, b):
        w = tokens[k][0]
        if w.isdigit() and year is not None and int(w) != year:
            return "earlier" if int(w) < year else "later"
        if w[:1].isupper() and w.lower() in words.months and month is not None and w != "May":
            named = words.months[w.lower()]
            if named != month:
                # a month after the stated one, with no year, lies in the year before
                return "earlier" if named < month or named - month > 6 else "later"
    return ""


def clause_time(text: str, start: int, end: int, stated: str | None = None) -> ClauseTime:
    """The tense and the time of the clause that the amount at ``[start, end)`` of the
    sentence ``text`` stands in; ``stated`` is when the amount is stated (TIMEX3)."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    inside = [k for k, t in enumerate(tokens) if start <= t[1] < end]
    lo = inside[0] if inside else next((k for k, t in enumerate(tokens) if t[1] >= end), len(tokens))
    hi = inside[-1] + 1 if inside else lo
    a, b = _clause(tokens, lo, hi, commas=True)
    tense = _tense(tokens, a, b, lo, hi)
    if not tense:
        a, b = _clause(tokens, lo, hi, commas=False)
        tense = _tense(tokens, a, b, lo, hi)
    return ClauseTime(tense, _when(text, tokens, a, b, stated))


def figure_clause_time(f: Figure) -> ClauseTime:
    """:func:`clause_time` of a figure's amount in its sentence (``Figure.evidence``)."""
    if f.evidence is None or f.ref is None:
        return ClauseTime("", "")
    off = f.evidence.start
    return clause_time(f.evidence.text, f.ref.start - off, f.ref.end - off, f.stated)


def clause_shares(figures: Sequence[Figure]) -> dict[str, float]:
    """The share of ``figures`` whose own clause tells what happened, what stands, what is
    planned, and another time (:data:`CLAUSE_FEATURES`)."""
    times = [figure_clause_time(f) for f in figures]
    n = max(1, len(times))
    return {"told_past": sum(t.tense == "past" for t in times) / n,
            "told_present": sum(t.tense == "present" for t in times) / n,
            "told_plan": sum(t.tense == "plan" for t in times) / n,
            "told_other_time": sum(bool(t.when) for t in times) / n}
