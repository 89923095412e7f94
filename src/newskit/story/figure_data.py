"""The figures' rule data and the geometry of a clause: what kind an amount is (money,
percent, a count of people or of things), which measures may take it, and how many words
lie between two positions of one clause. The words are data: ``newskit/data/figures.json``.

Shared by the figures step's modules (``figures``, ``figure_measure``, ``figure_story``,
``figure_label``, ``figure_units``, ``figure_rates``...), so its names are public to them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import regex
from attrs import frozen

from newskit.datafiles import package_json
from newskit.model import QuantityMention
from newskit.spelling import WORDS_KEPT
from newskit.story.features import lemma

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.,/-][\p{L}\p{N}]+)*")

_ISO = regex.compile(r"[A-Z]{3}")

_CONJ = regex.compile(r"\b(?:and|but|while|whereas|or)\b", regex.I)

#: "The ransom demanded by the hackers was $10 million": the subject of a copula, a noun in
#: lower case whatever the flags (``the Ironshore house ... came to``: a name measures nothing)
_COPULA_SUBJ = (r"\b(?:the|its|their|whose)\s+(?:[\p{{L}}-]+['’]s\s+)?(?:(?:{adj})\s+)?(?-i:(\p{{Ll}}[\p{{Ll}}-]+))\b"
                r"(?:\s+[\p{{Ll}}]+){{0,5}}?\s+"
                r"(?:was|is|were|are|stood\s+at|totaled|totalled|came\s+to|amounted\s+to)\s+"
                r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?$")

#: a TIMEX3 modifier as the hedge of an amount of time (``about two hours``, ``more than two decades ago``)
MOD_APPROX = {"APPROX": "about", "LESS_THAN": "under", "EQUAL_OR_LESS": "under", "MORE_THAN": "over",
              "EQUAL_OR_MORE": "over"}

#: how far (characters) around an amount its cues, sayers and neighbouring amounts are looked for
REACH = 400


@cache
def figure_rules() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "figures.json")
    return data


def alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@frozen
class _Measure:
    name: str
    kinds: frozenset[str]
    over_time: str
    cues: Any  # compiled regex
    max_value: float | None
    max_distance: int | None
    bonus: int
    per_holder: bool


def _with_plurals(cues: Sequence[str], every: frozenset[str]) -> list[str]:
    """A measure's cues and each one's plural (``taken to hospitals`` for ``taken to
    hospital``), unless the plural noun is a cue of its own (``damages`` is compensation's,
    so neither ``damage`` nor ``in damage`` has it)."""
    return [*cues, *(c + "s" for c in cues if c[-1:].isalpha() and (c.split()[-1] + "s").lower() not in every)]


def base_measure(name: str) -> str:
    """A measure without its counted noun or its verb (``injured (officers)`` -> ``injured``,
    ``people on board (crews)`` -> ``people on board``)."""
    return name.split(" (")[0].split(" [")[0]


@cache
def measure_table() -> tuple[_Measure, ...]:
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    every = frozenset(c.lower() for m in figure_rules()["measures"] for c in m["cues"])
    return tuple(
        _Measure(name=m["name"], kinds=frozenset(m["kinds"]), over_time=str(m["over_time"]),
                 cues=regex.compile(b + "(?:" + alternation(_with_plurals(m["cues"], every)).replace("\\ ", r"[\s-]+")
                                    + ")" + e, regex.I),
                 max_value=m.get("max_value"), max_distance=m.get("max_distance"),
                 bonus=int(m.get("bonus", 0)), per_holder=bool(m.get("per_holder", False)))
        for m in figure_rules()["measures"])


@cache
def measure_phrases() -> dict[str, Any]:
    d = figure_rules()
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    return {
        "inc_before": regex.compile(b + "(?:" + alternation(d["increment_before"]) + r")\s*$", regex.I),
        "inc_after": regex.compile(r"^\s*(?:" + alternation(d["increment_after"]) + ")" + e + r"(?!\s+than)",
                                   regex.I),
        "earlier": regex.compile(b + "(?:" + alternation(d["earlier_before"]) + r")(?:\s+[\p{L}'’]+){0,4}\s+$", regex.I),
        "part_before": regex.compile(b + "(?:" + alternation(d["part_before"]) + r")\s*$", regex.I),
        "part_after": regex.compile(r"^\s*(?:\p{L}+\s+)?(?:" + alternation(d["part_after"]) + ")" + e, regex.I),
        "pronoun_part": regex.compile(r"\s*(?:" + alternation(d["pronoun_partitives"]) + ")" + e, regex.I),
        "definite_part": regex.compile(r"\s+(?:" + alternation(d["definite_partitives"]) + r")\s+(?:[\p{Ll}-]+\s+){0,2}?"
                                       r"(?:[\p{Ll}-]+s|people|men|women|children)" + e + r"(?!['’])", regex.I),
        "breaks": regex.compile("|".join(regex.escape(x) for x in d["clause_breaks"]) +
                                "|" + b + "(?:" + alternation(d["clause_words"]) + ")" + e, regex.I),
        "whole": regex.compile(b + "(?:" + alternation(d["whole_before"]) + r")\s*$", regex.I),
        "source_cue": regex.compile(b + "(?:" + alternation(d["source_cues"]) + ")" + e, regex.I),
        "speech_cue": regex.compile(b + "(?:" + alternation(d["speech_cues"]) + ")" + e, regex.I),
        "copula_subj": regex.compile(_COPULA_SUBJ.format(adj=alternation(d["sum_adjectives"])), regex.I),
    }


#: the dimensions of ``unit_dimensions`` that are kinds of amount of their own for the
#: measures (``figures.json`` ``measures`` ``kinds``)
_MEASURED_KINDS = frozenset({"speed", "length", "area", "temperature", "power", "concentration"})


@cache
def unit_dimensions() -> dict[str, tuple[str, float]]:
    """A normalised unit (as the quantities plugin writes it, lower-cased) to its dimension
    and its factor to the dimension's base unit (``figures.json`` ``unit_dimensions``): the
    one unit table, read by the measures (:func:`figure_kind`) and by the comparison of values
    (``figure_units``)."""
    raw = figure_rules()["unit_dimensions"]
    return {u.lower(): (str(dim), float(f)) for dim, units in raw.items() if not dim.startswith("_")
            for u, f in units.items()}


def figure_kind(q: QuantityMention) -> str:
    """What sort of amount: money, percent, speed, length, area, temperature, power, concentration,
    magnitude, people, plain (a bare number) or ``thing:<noun>``."""
    d = figure_rules()
    unit = (q.unit or "").strip()
    low = unit.lower()
    if not unit:
        return "plain"
    if _ISO.fullmatch(unit) or low == "cent":
        return "money"
    if low in ("percent", "percentage point"):
        return "percent"
    dim = unit_dimensions().get(low, ("", 1.0))[0]
    if dim in _MEASURED_KINDS and low not in d["kindless_units"]:
        return dim
    if low == "magnitude":
        return "magnitude"
    if low in d["people_units"]:
        return "people"
    return f"thing:{low}"


def measure_accepts(m: _Measure, kind: str, q: QuantityMention) -> bool:
    """Whether a measure may take an amount of this kind: a count of people only a noun
    naming persons (``2,400 containers`` carried are no people on board, ``300 sheep``
    killed no deaths), or the noun of the measure itself (``four deaths``, ``300 arrests``)."""
    return below_max(m, q) and _takes_kind(m, kind)


def below_max(m: _Measure, q: QuantityMention) -> bool:
    """Whether an amount's value is below the measure's largest (any, when it has none)."""
    return m.max_value is None or not (q.value is None or q.value >= m.max_value)


@lru_cache(maxsize=1024)
def measures_taking(kind: str) -> tuple[tuple[int, _Measure], ...]:
    """(rank, measure) of the measures of :func:`measure_table`, in its order, that may take
    an amount of this kind, its value aside (:func:`measure_accepts` less ``max_value``):
    every amount of a story asked every measure, though the answer is the kind's alone (a
    bounded cache: a kind names the counted noun)."""
    return tuple((rank, m) for rank, m in enumerate(measure_table()) if _takes_kind(m, kind))


def _takes_kind(m: _Measure, kind: str) -> bool:
    if kind in m.kinds:
        return True
    if kind.startswith("thing:") and m.cues.fullmatch(kind[6:] + "s") and "people" in m.kinds and \
            kind[6:] + "s" not in figure_rules()["thing_nouns_of_person_shape"]:
        return True  # "four deaths", "29 cases", "300 arrests": the counted noun names the measure (not "40 shelters")
    if kind.startswith("thing:"):
        return "thing" in m.kinds or kind in m.kinds or \
            ("people" in m.kinds and m.name != "turnout" and is_person_noun(kind[6:]))
    return kind == "plain" and "people" in m.kinds


@cache
def _person_nouns() -> frozenset[str]:
    d = figure_rules()
    return frozenset(w.lower() for key in ("people_units", "subgroup_units", "person_nouns", "voter_nouns") for w in d[key])


@cache
@cache
def _noun_families() -> dict[str, str]:
    """Each listed counted noun (lemma, lower case) to the first noun of its family."""
    return {lemma(w).lower(): lemma(fam[0]).lower() for fam in figure_rules()["counted_noun_families"] for w in fam}


def noun_family(noun: str) -> str:
    """The family of a counted noun (``shops`` -> ``store``'s, ``vessels`` -> ``boat``'s), as
    a lemma: outlets vary the word for the things they count, so counts of one family count
    one kind of thing; a noun no family lists is its own (its lemma)."""
    word = lemma(noun).lower()
    return _noun_families().get(word, word)


def is_person_noun(noun: str) -> bool:
    """Whether a counted noun names persons: a listed one, or one of an agent's shape
    (``-er``, ``-or``, ``-ist``, ``-ian``, ``-ant``, ``-ent``, ``-ee``: miners, survivors,
    tourists, civilians, migrants, residents, detainees) that is no listed thing, nor one
    of an act's or a result's shape (``-ment``: comments, shipments, fragments)."""
    d = figure_rules()
    word = noun.lower()
    if word in _person_nouns() or word.rstrip("s") in _person_nouns():
        return True
    return word.endswith(tuple(d["person_suffixes"])) and not word.endswith(tuple(d["thing_suffixes"])) \
        and word not in d["thing_nouns_of_person_shape"]


def gap_words(text: str, a: int, b: int) -> int | None:
    """Words between two positions of one clause, or None across a clause break; a
    conjunction between counts as three more (``four killed and 57 injured``: ``killed``
    closes the first conjunct)."""
    gap = text[a:b]
    if measure_phrases()["breaks"].search(gap):
        return None
    return len(_WORD.findall(gap)) + (3 if _CONJ.search(gap) else 0)


def within_words(text: str, a: int, b: int, words: int) -> bool:
    gap = gap_words(text, a, b)
    return gap is not None and gap <= words


def names_measure(measure: str, noun: str) -> bool:
    for m in measure_table():
        if m.name == measure and (m.cues.fullmatch(noun) or m.cues.fullmatch(noun + "s")):
            return True
    return False


@cache
def thing_measures() -> frozenset[str]:
    return frozenset(m.name for m in measure_table() if any(k.startswith("thing") for k in m.kinds))


def kind_family(kind: str) -> str:
    """``count`` for people, things and bare numbers; else the kind (percent, money...)."""
    return "count" if kind in ("people", "plain", "thing") or kind.startswith("thing:") else kind


@lru_cache(maxsize=WORDS_KEPT)  # bounded: the words asked about are the stories' own
def cue_word(measure: str, word: str) -> bool:
    """Whether ``word`` is a word of one of the measure's cues (``staff`` in ``of its staff``)."""
    return any(word in c.lower().split() for m in figure_rules()["measures"] if m["name"] == measure for c in m["cues"])


@cache
def data_kinds(measure: str) -> tuple[str, ...]:
    """A measure's kinds as its data lists them, its own kind first."""
    return next((tuple(m["kinds"]) for m in figure_rules()["measures"] if m["name"] == measure), ())


def kind_of_unit(unit: str | None) -> str:
    u = (unit or "").strip()
    return "money" if _ISO.fullmatch(u) or u.lower() == "cent" else "other"
