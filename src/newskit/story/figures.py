"""Figures across sources: every amount an outlet states, grouped by what it measures.

An outlet's own narration ("Ten people were killed") is its claim as much as a quote is.
Each amount is read with:

* **what it measures** - the nearest cue word in its clause (``killed`` -> deaths,
  ``injured`` -> injured, ``magnitude``, ``including debt`` -> deal value including
  debt, ``of the vote`` -> vote share), constrained by the kind of amount (people, money,
  percent, speed...); a counted noun other than people (``3 children``) makes a subgroup
  of its own; with no cue, a counted thing (``11,000 containers of munitions``) is its
  own measure, refined by what the things hold (military, aid);
* **its role** - a total, a ``part`` (``including 3 children``, ``two of the dead``) or
  an ``increment`` (``10 more deaths``, ``rose by 3``); only totals are compared;
* **its era** - a sentence dated months before the article (``In 1999, a quake killed
  2,400``) is background and compared only with the same background;
* **its source** - the claim it lies in (``according to the U.N.``), or the outlet itself;
  an amount inside a denial is credited to what the denial answers, never to the denier;
* **when it was stated** - ``as of 12:00 p.m.`` in its sentence, else the claim's date,
  else the article's publication date.

Groups with different amounts in at least two articles become ``figures`` findings,
labelled ``conflicting`` (different sources at the same time), ``updated`` (a later
count; a cumulative count that falls later is conflicting) or ``consistent``
(approximations and rounding agree: ``nearly 1,100`` and ``1,067``). The words are data:
``newskit/data/figures.json``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

import regex
from attrs import frozen

from newskit.actors import Actor, find_actors
from newskit.datafiles import package_json
from newskit.model import (
    Analysis,
    Claim,
    DateMention,
    Figure,
    Finding,
    PersonMention,
    QuantityMention,
    SpanRef,
)
from newskit.text import sentences
from newskit.timex import interval

__all__ = ["amount_text", "article_figures", "compare_figures", "figure_range"]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.,/-][\p{L}\p{N}]+)*")
_ISO = regex.compile(r"[A-Z]{3}")
_AS_OF = regex.compile(r"(?:\bas\s+(?:of|at)|\bby|\buntil|\bthrough)\s+(?:the\s+)?$", regex.I)
_CONJ = regex.compile(r"\b(?:and|but|while|whereas|or)\b", regex.I)
_SINCE = regex.compile(r"\b(?:since|than\s+in|from|between|and|to)\s+(?:the\s+)?$", regex.I)
#: "a ransom of $4 million", "bail of $1 million": a noun names what a sum is
_NOUN_OF = regex.compile(r"(?:\b(?i:a|an|the|its|their|his|her|whose)\s+)(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)\s+of\s+(?:about\s+|some\s+|nearly\s+|"
                         r"more\s+than\s+|over\s+|up\s+to\s+|roughly\s+|around\s+)?$")
#: "The ransom demanded by the hackers was $10 million": the subject of a copula
_COPULA_SUBJ = (r"\b(?:the|its|their|whose)\s+(?:[\p{{L}}-]+['’]s\s+)?(?:(?:{adj})\s+)?(\p{{Ll}}[\p{{Ll}}-]+)\b"
                r"(?:\s+[\p{{Ll}}]+){{0,5}}?\s+"
                r"(?:was|is|were|are|stood\s+at|totaled|totalled|came\s+to|amounted\s+to)\s+"
                r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?$")
#: "the number of patients affected ... had risen to 1.9 million"
_NUMBER_OF = regex.compile(r"\bnumber\s+of\s+(\p{Ll}+)\b")
#: "killed five children and 12 women": the second amount is the verb's object too
_COORDINATED = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s*(?:,\s*|,?\s+(?:and|or)\s+)")
_RANGE_AFTER = regex.compile(r"^\s*(?:and|to|-|–)\s", regex.I)
_ERA_SUFFIX = regex.compile(r" in \d{4}$")
#: how far (characters) around an amount its cues, sayers and neighbouring amounts are looked for
_REACH = 400
#: "number of bags (frozen vegetables)": a count of things and what qualifies them
_QUALIFIED = regex.compile(r"(number of [^()]+?)(?: \(([^()]+)\))?")
#: "a speed limit of 75 km/h": a cue this close before an amount introduces it
_INTRODUCES = regex.compile(r"\s*(?:(?:of|at|to|was|is|were|are|stood\s+at)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?)?")
#: "Eleven of the train's 22 coaches": the second amount is the whole the first is part of
_PARTITIVE = regex.compile(r"\s+of\s+(?:the|its|their|his|her|these|those)(?:\s+[\p{L}-]+['’]s)?\s+")
#: "the toll ... rose to 24": the subject names what the amount measures, however far
_ROSE_TO = regex.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|reached|stood|stands|"
                         r"went\s+up|gone\s+up)(?:\s+\p{Ll}+){0,2}?\s+(?:to|at)\s+(?:\p{Ll}+\s+){0,2}$")
#: "district officials put the number at nine": the number an earlier amount gives
_NUMBER_AT = regex.compile(r"\b(?:put|puts|putting|gave|gives|estimated|estimates|set|sets|placed|places)\s+"
                           r"(?:the|that|this|its|their)\s+(?:number|figure|count|total|tally)\s+at\s+"
                           r"(?:\p{Ll}+\s+){0,2}$", regex.I)
#: "in nine states", "across 31 states": places counted where something is counted
_IN_PLACES = regex.compile(r"(?:^|\s)(\p{Ll}+)\s+(?:in|across|from)\s+(?:\p{Ll}+\s+){0,2}$")
#: "one of the deadliest shipwrecks": a rank, no count
_ONE_OF_MOST = regex.compile(r"\s+of\s+(?:the|its|their)\s+(?:\p{Ll}+est|most|worst|best|least)\b", regex.I)
#: "Whitlock, 23, failed a test": an age after a name
_AGE_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]+,\s*$")
_AGE_AFTER = regex.compile(r"\s*,")
#: "riders and staff": the counted noun coordinated with another
_AND_NOUN = regex.compile(r"\s+([\p{Ll}-]+)\s+and\s+(\p{Ll}[\p{Ll}-]+)\b")
#: a word that opens another clause, with its own time, between a date and an amount
_ERA_BREAK = regex.compile(r"\b(?:since|than|after|before|until)\b", regex.I)
#: "since the 2019 collapse", "since 1999, when ...": the date names an earlier event, no bound
_DATED_EVENT = regex.compile(r",?\s+when\b")
_THE_BEFORE = regex.compile(r"\bthe\s+$", regex.I)
_NOUN_AFTER = regex.compile(r"\s+\p{Ll}{3,}\b(?<!\band)")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "figures.json")
    return data


def _alt(words: Sequence[str]) -> str:
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


@cache
def _measures() -> tuple[_Measure, ...]:
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    return tuple(
        _Measure(name=m["name"], kinds=frozenset(m["kinds"]), over_time=str(m["over_time"]),
                 cues=regex.compile(b + "(?:" + _alt(m["cues"]) + ")" + e, regex.I),
                 max_value=m.get("max_value"), max_distance=m.get("max_distance"),
                 bonus=int(m.get("bonus", 0)), per_holder=bool(m.get("per_holder", False)))
        for m in _data()["measures"])


@cache
def _phrases() -> dict[str, Any]:
    d = _data()
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    return {
        "inc_before": regex.compile(b + "(?:" + _alt(d["increment_before"]) + r")\s*$", regex.I),
        "inc_after": regex.compile(r"^\s*(?:" + _alt(d["increment_after"]) + ")" + e + r"(?!\s+than)",
                                   regex.I),
        "earlier": regex.compile(b + "(?:" + _alt(d["earlier_before"]) + r")(?:\s+[\p{L}'’]+){0,4}\s+$", regex.I),
        "part_before": regex.compile(b + "(?:" + _alt(d["part_before"]) + r")\s*$", regex.I),
        "part_after": regex.compile(r"^\s*(?:\p{L}+\s+)?(?:" + _alt(d["part_after"]) + ")" + e, regex.I),
        "breaks": regex.compile("|".join(regex.escape(x) for x in d["clause_breaks"]) +
                                "|" + b + "(?:" + _alt(d["clause_words"]) + ")" + e, regex.I),
        "whole": regex.compile(b + "(?:" + _alt(d["whole_before"]) + r")\s*$", regex.I),
        "source_cue": regex.compile(b + "(?:" + _alt(d["source_cues"]) + ")" + e, regex.I),
        "speech_cue": regex.compile(b + "(?:" + _alt(d["speech_cues"]) + ")" + e, regex.I),
        "copula_subj": regex.compile(_COPULA_SUBJ.format(adj=_alt(d["sum_adjectives"])), regex.I),
    }


def _kind(q: QuantityMention) -> str:
    """What sort of amount: money, percent, speed, length, area, magnitude, people,
    plain (a bare number) or ``thing:<noun>``."""
    d = _data()
    unit = (q.unit or "").strip()
    low = unit.lower()
    if not unit:
        return "plain"
    if _ISO.fullmatch(unit) or low == "cent":
        return "money"
    if low in ("percent", "percentage point"):
        return "percent"
    for k in ("speed", "length", "area"):
        if low in d[f"{k}_units"]:
            return k
    if low == "magnitude":
        return "magnitude"
    if low in d["people_units"]:
        return "people"
    return f"thing:{low}"


def _accepts(m: _Measure, kind: str, q: QuantityMention) -> bool:
    if m.max_value is not None and (q.value is None or q.value >= m.max_value):
        return False
    if kind in m.kinds:
        return True
    if kind.startswith("thing:"):
        return "thing" in m.kinds or kind in m.kinds or ("people" in m.kinds and m.name != "turnout")
    return kind == "plain" and "people" in m.kinds


def _gap_words(text: str, a: int, b: int) -> int | None:
    """Words between two positions of one clause, or None across a clause break; a
    conjunction between counts as three more (``four killed and 57 injured``: ``killed``
    closes the first conjunct)."""
    gap = text[a:b]
    if _phrases()["breaks"].search(gap):
        return None
    return len(_WORD.findall(gap)) + (3 if _CONJ.search(gap) else 0)


def _classify(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention]
              ) -> tuple[str, str | None] | None:
    """(measure, subgroup) of an amount: the nearest acceptable cue in its clause."""
    kind = _kind(q)
    d = _data()
    found = _cues(text, sent, q, others, kind)
    best = min(((c[0], c[1], c[2]) for c in found), default=None)
    subjects = [c for c in found if c[4] <= q.start and "," not in text[c[4]:q.start]]
    if subjects and _ROSE_TO.search(text, max(sent[0], q.start - 40), q.start):
        best = min(subjects, key=lambda c: c[3])[:3]  # "the number of people killed when ... rose to 24"
    if best is not None:
        best = _predicate_over_noun(text, q, best, found)
        sub = kind[6:] if kind.startswith("thing:") and best[2] not in _thing_measures() else None
        if sub and (_names_measure(best[2], sub) or _names_measure(best[2], (q.of or "").lower())
                    or sub not in d["subgroup_units"]):
            sub = None  # "12 survivors": the noun is the measure itself; "two workers": the story's own count
        return best[2], sub
    if kind in d["kind_measures"]:
        return d["kind_measures"][kind], None  # "had slowed to about 70 km/h": a speed all the same
    if kind.startswith("thing:") and q.value is not None and q.value >= 10:
        return _counted_measure(text, q, kind[6:]), None
    return _named_by_noun(text, sent, q, kind, others)


def _cues(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention], kind: str
          ) -> list[tuple[int, int, str, int, int]]:
    """Every acceptable cue of an amount in its clause: (distance, rank, measure, cue start,
    cue end). A cue across another amount is that amount's (``killed 7 and forced 12,000
    ...``), and so is a cue right before another amount (``96 km/h on a curve with a speed
    limit of 75 km/h``), except the whole of a partitive (``Eleven of the train's 22 coaches
    came off the rails``: Eleven came off)."""
    d = _data()
    rose = _ROSE_TO.search(text, max(sent[0], q.start - 40), q.start) is not None
    found: list[tuple[int, int, str, int, int]] = []
    for rank, m in enumerate(_measures()):
        if not _accepts(m, kind, q):
            continue
        limit = m.max_distance if m.max_distance is not None else max(d["window_before"], d["window_after"])
        for cm in m.cues.finditer(text, max(sent[0], q.start - _REACH), min(sent[1], q.end + _REACH)):
            if cm.end() <= q.start:
                dist = _gap_words(text, cm.end(), q.start)
                between = [o for o in others if cm.end() <= o.start and o.end <= q.start
                           and not _COORDINATED.fullmatch(text, o.end, q.start)]
                far = max(limit, d["subject_distance"]) if rose and "," not in text[cm.end():q.start] else limit
            elif cm.start() >= q.end:
                dist = _gap_words(text, q.end, cm.start())
                between = [o for o in others if q.end <= o.start and o.end <= cm.start()
                           and not _PARTITIVE.fullmatch(text, q.end, o.start)]
                between += [o for o in others if o.start >= cm.end() and _INTRODUCES.fullmatch(text, cm.end(), o.start)]
                far = limit
            else:
                continue
            if dist is None or dist > far or between:
                continue
            found.append((dist - m.bonus, rank, m.name, cm.start(), cm.end()))
    return found


def _named_by_noun(text: str, sent: tuple[int, int], q: QuantityMention, kind: str,
                   others: Sequence[QuantityMention]) -> tuple[str, str | None] | None:
    """An amount no cue explains, named by a noun of its own clause: a sum by the noun it is
    ``of`` or the subject it is equal to (``a ransom of $4 million``, ``the ransom demanded
    by the hackers was $10 million``: ``ransom``); a bare count by ``the number of X``
    before it (``the number of patients affected had risen to 1.9 million``)."""
    lo = max([sent[0], *(o.end for o in others if o.end <= q.start)])
    if kind == "money":
        m = _NOUN_OF.search(text, max(lo, q.start - 60), q.start) or \
            _phrases()["copula_subj"].search(text, max(lo, q.start - 90), q.start)
        if m is not None and _gap_words(text, m.end(1), q.start) is not None:
            return m.group(1).lower(), None
        return None
    if kind in ("plain", "people"):
        found = list(_NUMBER_OF.finditer(text, max(lo, q.start - 120), q.start))
        if found and _gap_words(text, found[-1].end(), q.start) is not None:
            noun = found[-1].group(1).lower()
            return f"number of {noun}", None
    return None


def _predicate_over_noun(text: str, q: QuantityMention, best: tuple[int, int, str],
                         found: Sequence[tuple[int, int, str, int, int]]) -> tuple[int, int, str]:
    """When the nearest cue is the amount's own noun (``dozens of passengers``), a cue of
    another measure right after that noun is what is said of them: ``At least 19 passengers
    remain missing`` counts the missing, not the people on board."""
    own = [c for c in found if c[2] == best[2] and c[3] >= q.end
           and (_within(text, q.end, c[3], 1) or _PARTITIVE.fullmatch(text, q.end, c[3]))]  # "Fourteen of the sick"
    if not own:
        return best
    noun_end = max(c[4] for c in own)
    after = [c for c in found if c[2] != best[2] and c[3] >= noun_end and _within(text, noun_end, c[3], 3)]
    if not after:
        return best
    c = min(after, key=lambda c: (c[3], c[1]))
    return c[0], c[1], c[2]


def _within(text: str, a: int, b: int, words: int) -> bool:
    gap = _gap_words(text, a, b)
    return gap is not None and gap <= words


def _names_measure(measure: str, noun: str) -> bool:
    for m in _measures():
        if m.name == measure and (m.cues.fullmatch(noun) or m.cues.fullmatch(noun + "s")):
            return True
    return False


@cache
def _thing_measures() -> frozenset[str]:
    return frozenset(m.name for m in _measures() if any(k.startswith("thing") for k in m.kinds))


def _counted_measure(text: str, q: QuantityMention, unit: str) -> str:
    """``number of containers (military)``: a counted thing with what it holds; ``number of
    riders and staff`` when the noun is coordinated with another (``employs about 70 riders
    and staff`` counts more than ``27 riders``)."""
    of = (q.of or "").lower()
    qual = of.split(" of ", 1)[1].strip() if " of " in of else ""
    groups: Mapping[str, str] = _data()["counted_groups"]
    group = groups.get(qual) or (groups.get(qual.split()[-1]) if qual else None) or qual or None
    plural = _plural_noun(q, unit)
    both = _AND_NOUN.match(text, q.end)
    if both is not None and both.group(1).lower() == plural and not qual and \
            both.group(2).lower() not in _data()["not_nouns"]:
        plural = f"{plural} and {both.group(2).lower()}"
    return f"number of {plural}" + (f" ({group})" if group else "")


def _plural_noun(q: QuantityMention, unit: str) -> str:
    """The counted noun in the plural as the article writes it (``children``, ``women``),
    else the unit with an ``s`` (a singular ``1 child`` has no plural written)."""
    written = (q.of or "").lower().split(" of ", 1)[0].strip()
    if written and written != unit and written[:2] == unit[:2]:
        return written
    return unit if unit.endswith("s") else unit + "s"


def _role(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention]) -> str:
    p = _phrases()
    before = text[max(sent[0], q.start - 30):q.start]
    after = text[q.end:min(sent[1], q.end + 40)]
    if p["inc_before"].search(before) or p["inc_after"].match(after):
        return "increment"
    if p["earlier"].search(before):
        return "earlier"  # "had initially reported 12 deaths": a count the article says was superseded
    if (p["whole"].search(before) and any(o.end <= q.start for o in others)) or \
            any(_PARTITIVE.fullmatch(text, o.end, q.start) for o in others if o.end <= q.start):
        return "whole"  # "30 were trapped, out of 230 workers", "Eleven of the train's 22 coaches": everyone
    if p["part_before"].search(before) or p["part_after"].match(after):
        return "part"
    return "total"


def _day(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The interval of a TIMEX3 value, falling back to its date part (``...TMO``)."""
    if not value:
        return None
    iv = interval(value)
    if iv is None and len(value) >= 10:
        iv = interval(value[:10])
    return iv


def _era(text: str, sent: tuple[int, int], q: QuantityMention, dates: Sequence[DateMention],
         published: dt.date | None, stated: str | None) -> str:
    """``now``, or the year of a date in the amount's clause months before publication (not
    the date a claim was made: ``claimed in March that ...`` is a time, not an era). A date
    across ``since``/``than``/``after`` from the amount dates another clause (``has killed
    26, the deadliest since a collision in 2023 killed 290``: 26 is now, 290 in 2023)."""
    if published is None:
        return "now"
    limit = dt.datetime.combine(published, dt.time()) - dt.timedelta(days=60)
    for dm in dates:
        if not (sent[0] <= dm.start and dm.end <= sent[1]) or dm.type != "DATE" or dm.value == stated:
            continue
        if dm.start >= q.end and _ERA_BREAK.search(text, q.end, dm.start):
            continue
        if (_SINCE.search(text, max(sent[0], dm.start - 12), dm.start) or
                _RANGE_AFTER.match(text, dm.end, min(sent[1], dm.end + 5))) and \
                not _dated_event(text, sent, dm):
            continue  # a bound or a period ("since 1999", "between 2019 and 2022")
        iv = interval(dm.value)
        if iv is not None and iv[1] < limit:
            return dm.value[:4]
    return "now"


def _dated_event(text: str, sent: tuple[int, int], dm: DateMention) -> bool:
    """Whether a date after ``since`` names an earlier event rather than a bound: ``since
    the 2019 collapse``, ``since 1999, when a quake killed 2,400``."""
    end = min(sent[1], dm.end + 12)
    return bool(_DATED_EVENT.match(text, dm.end, end) or
                (_THE_BEFORE.search(text, max(sent[0], dm.start - 5), dm.start) and _NOUN_AFTER.match(text, dm.end, end)))


def _as_of(text: str, sent: tuple[int, int], dates: Sequence[DateMention]) -> str | None:
    for dm in dates:
        if sent[0] <= dm.start and dm.end <= sent[1] and dm.type in ("DATE", "TIME") and \
                _AS_OF.search(text, max(sent[0], dm.start - 12), dm.start):
            return dm.value
    return None


class _Sayers:
    """Who states an amount directly: ``<actor> put/measured/estimated ... <amount>``.
    Actors are looked up once per article, only when such a verb is there."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._actors: list[Actor] | None = None

    def actors(self) -> list[Actor]:
        if self._actors is None:
            persons = [m for m in self.analysis.mentions if isinstance(m, PersonMention)]
            self._actors = find_actors(self.analysis.article.text, persons, names=True)
        return self._actors

    def of(self, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention],
           speech: bool = False) -> tuple[str, str] | None:
        """The sayer of an amount: ``<actor> put/measured ... <amount>`` (up to 12 words
        apart when ``at`` leads to the amount: ``put the cost of pulling the products from
        shelves at $65 million``); with ``speech`` (no claim holds the amount), also ``<actor>
        said ... <amount>`` as far (``Harlow said on Tuesday its recall would cost $40 million``)."""
        text = self.analysis.article.text
        cue = None
        lead = text[max(sent[0], q.start - 4):q.start].lower().strip() == "at"
        for name in ("source_cue", "speech_cue") if speech else ("source_cue",):
            for m in _phrases()[name].finditer(text, max(sent[0], q.start - _REACH), q.start):
                gap = _gap_words(text, m.end(), q.start)
                if gap is not None and gap <= (12 if lead or name == "speech_cue" else 8) and \
                        not any(m.end() <= o.start and o.end <= q.start for o in others):
                    cue = m  # "measured at 7.2, has killed 10": the verb gives 7.2, not 10
            if cue is not None:
                break
        if cue is None:
            return None
        actors = self.actors()
        k = bisect.bisect_left([a.start for a in actors], cue.start()) if actors else 0
        before = [a for a in actors[max(0, k - 3):k] if sent[0] <= a.start and a.end <= cue.start()]
        if not before:
            return None
        a = before[-1]
        gap = _gap_words(text, a.end, cue.start())
        if gap is None or gap > 3:
            return None
        return a.name, a.kind


def _claim_of(q: QuantityMention, claims: Sequence[Claim]) -> Claim | None:
    inside = [c for c in claims if c.start <= q.start and q.end <= c.end]
    return min(inside, key=lambda c: (c.end - c.start, c.start)) if inside else None


def _stated(claim: Claim | None, day: str | None) -> str | None:
    """The claim's date, unless it is only the publication day (then the publication
    time, more precise, is used)."""
    if claim is None or not claim.stated or claim.stated == day:
        return None
    return claim.stated


def _published(a: Analysis) -> str | None:
    p = a.article.published
    if isinstance(p, dt.datetime):
        return p.replace(tzinfo=None).isoformat(timespec="minutes")
    return p.isoformat() if p is not None else None


def article_figures(analysis: Analysis, outlet: str | None = None) -> list[Figure]:
    """Every amount of one article that measures something, with source and time."""
    text = analysis.article.text
    qs = sorted((m for m in analysis.mentions if isinstance(m, QuantityMention)
                 and not m.ordinal and m.value is not None), key=lambda m: m.start)
    if not qs:
        return []
    q_starts = [m.start for m in qs]
    dates = [m for m in analysis.mentions if isinstance(m, DateMention)]
    sents = [(s.start, s.end) for s in sentences(text)]
    starts = [s[0] for s in sents]
    by_id = {c.id: c for c in analysis.claims if c.id}
    pub = _published(analysis)
    day = pub[:10] if pub else None
    sayers = _Sayers(analysis)
    persons = sorted((m for m in analysis.mentions if isinstance(m, PersonMention)), key=lambda m: m.start)
    out: list[Figure] = []
    for q in qs:
        k = bisect.bisect_right(starts, q.start) - 1
        sent = sents[k] if k >= 0 and q.start < sents[k][1] else (q.start, q.end)
        lo_i = bisect.bisect_left(q_starts, max(sent[0], q.start - _REACH))
        hi_i = bisect.bisect_left(q_starts, min(sent[1], q.end + _REACH))
        others = [o for o in qs[lo_i:hi_i] if o is not q]  # a window: linear on one endless sentence
        if _is_age(text, q) or (q.value == 1 and _ONE_OF_MOST.match(text, q.end)):
            continue
        got = _place_count(text, sent, q, out) or _classify(text, sent, q, others) or _anaphor(text, sent, q, out)
        if got is None:
            continue
        measure, sub = got
        measure = _qualified(measure, q, text, sent, persons)
        claim = _claim_of(q, analysis.claims)
        source = claim.source if claim else None
        source_type = claim.source_type if claim else None
        said = sayers.of(sent, q, others, speech=claim is None)
        if said is not None:
            source, source_type = said
        disputed = None
        if claim is not None and claim.stance == "denies":
            disputed = claim.source
            answered = by_id.get(claim.responds_to or "")
            source = answered.source if answered is not None else None
        era = _era(text, sent, q, dates, analysis.article.published_date, claim.stated if claim else None)
        name = measure + (f" ({_plural_noun(q, sub)})" if sub else "")
        out.append(Figure(
            article=analysis.article.id, measure=name if era == "now" else f"{name} in {era}",
            value=q.value, high=q.high, approx=q.approx, unit=q.unit, role=_role(text, sent, q, others),
            outlet=outlet, source=source, source_type=source_type if not disputed else None,
            disputed_by=disputed, stated=_as_of(text, sent, dates) or _stated(claim, day) or pub,
            ref=SpanRef(article=analysis.article.id, start=q.start, end=q.end, text=q.text),
            evidence=SpanRef(article=analysis.article.id, start=sent[0], end=sent[1],
                             text=text[sent[0]:sent[1]]),
            claim=claim.id if claim else None))
    return out


def _is_age(text: str, q: QuantityMention) -> bool:
    """``Sam Whitlock, 23, failed a test``: a bare number between commas after a name."""
    return _kind(q) == "plain" and not q.approx and _AGE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None \
        and _AGE_AFTER.match(text, q.end) is not None


def _place_count(text: str, sent: tuple[int, int], q: QuantityMention, prior: Sequence[Figure]
                 ) -> tuple[str, str | None] | None:
    """Places counted where something happened are counted for that thing: ``24 illnesses
    in 11 states`` (the states with illnesses), ``sold in 31 states`` (the states where it
    was sold) - named by the measure of the amount just before in the clause, else by the
    word before ``in``."""
    kind = _kind(q)
    if not kind.startswith("thing:") or kind[6:] not in _data()["place_units"]:
        return None
    m = _IN_PLACES.search(text, max(sent[0], q.start - 40), q.start)
    if m is None:
        return None
    plural = _plural_noun(q, kind[6:])
    near = [f for f in prior[-3:] if f.ref is not None and sent[0] <= f.ref.start and _within(text, f.ref.end, m.start(1), 2)]
    what = near[-1].measure if near else m.group(1).lower()
    return f"number of {plural} ({what})", None


def _anaphor(text: str, sent: tuple[int, int], q: QuantityMention, prior: Sequence[Figure]
             ) -> tuple[str, str | None] | None:
    """``district officials put the number at nine``: the number is what the amount before
    it (in this sentence or the one before) measures."""
    if _NUMBER_AT.search(text, max(sent[0], q.start - 60), q.start) is None:
        return None
    for f in reversed(prior):
        if f.evidence is None or f.evidence.end < sent[0] - _REACH:
            break
        if f.role == "total":
            return f.measure, None
    return None


def _qualified(measure: str, q: QuantityMention, text: str, sent: tuple[int, int],
               persons: Sequence[PersonMention]) -> str:
    """What an amount measures, told apart from amounts it must not be compared with:

    * a share of something the measure is not about is its own measure (``87% of polling
      stations`` counted is no vote share);
    * an amount of another kind than the measure's own is its own (``6.1 million people``
      voted is no turnout rate);
    * a measure held by someone (``per_holder``: a candidate's vote share) is one per
      holder, the last person named before the amount in its sentence, by surname
      (``Silva won 54%``, ``her rival, Reis, had 44%``)."""
    m = next((x for x in _measures() if x.name == measure), None)
    if m is None:
        return measure
    kind = _kind(q)
    if kind == "percent" and q.of and not _cue_word(measure, q.of.lower().split()[-1]):
        return f"share of {q.of.lower()}"
    main = next((k for k in _data_kinds(measure) if k != "plain"), None)
    fam, main_fam = _family(kind), _family(main or "plain")
    if kind != "plain" and fam != main_fam and {fam, main_fam} & {"percent", "money"}:
        measure = f"{measure} ({fam})"  # a rate or a sum is never compared with a count
    if m.per_holder:
        before = [p for p in persons if sent[0] <= p.start and p.end <= q.start]
        if before:
            holder = (before[-1].entity or before[-1].text).split()[-1]
            measure = f"{measure} of {holder}"
    return measure


def _family(kind: str) -> str:
    """``count`` for people, things and bare numbers; else the kind (percent, money...)."""
    return "count" if kind in ("people", "plain", "thing") or kind.startswith("thing:") else kind


@cache
def _cue_word(measure: str, word: str) -> bool:
    """Whether ``word`` is a word of one of the measure's cues (``staff`` in ``of its staff``)."""
    return any(word in c.lower().split() for m in _data()["measures"] if m["name"] == measure for c in m["cues"])


@cache
def _data_kinds(measure: str) -> tuple[str, ...]:
    """A measure's kinds as its data lists them, its own kind first."""
    return next((tuple(m["kinds"]) for m in _data()["measures"] if m["name"] == measure), ())


def figure_range(f: Figure) -> tuple[float, float]:
    """The values an amount allows: its approximation's width, and rounding of a round
    number (``1,100`` may stand for 1,050-1,150, never more than 5% either side)."""
    v = float(f.value or 0)
    h = float(f.high) if f.high is not None else v
    if (f.unit or "").lower() == "percent":
        return _percent_range(f, v, h)
    w = float(_data()["approx_width"].get(f.approx or "", 0.0))
    tol = 0.0
    if isinstance(f.value, int) and f.value >= 100:
        step = 1
        while f.value % (step * 10) == 0:
            step *= 10
        step = min(step, _written_step(f))
        tol = min(step / 2 * 0.999, 0.05 * v) if step >= 100 else 0.0  # a half step rounds up: 125 is no "120"
    lo, hi = v - tol, h + tol
    if f.approx in ("approx", "about"):
        lo, hi = min(lo, v * (1 - w)), max(hi, h * (1 + w))
    elif f.approx == "over":
        hi = max(hi, h * (1 + w))
    elif f.approx == "under":
        lo = min(lo, v * (1 - w))
    elif f.approx == "vague":
        hi = max(hi, h * (1 + w))
    return lo, hi


def _written_step(f: Figure) -> int:
    """The rounding step an amount's own words allow: the last written digit of a mantissa
    before a scale word (``120 million``: a million; ``2.3 million``: 100,000); no limit
    for an amount written in full."""
    m = _scaled().search(f.ref.text) if f.ref is not None else None
    if m is None:
        return 10 ** 15
    scale = int(_data()["scale_words"][m.group(2).lower()])
    digits: int = 10 ** len(m.group(1) or "")
    return max(1, scale // digits)


@cache
def _scaled() -> Any:
    return regex.compile(r"\d(?:\.(\d+))?\s*(" + _alt(list(_data()["scale_words"])) + r")\b", regex.I)


def _percent_range(f: Figure, v: float, h: float) -> tuple[float, float]:
    """Percentages approximate in points, not in per cent of themselves: ``about 64%``
    is 63-65, ``61%`` may be a rounded 60.5-61.5."""
    w = float(_data()["percent_points"].get(f.approx or "", 0.0))
    tol = 0.5 if isinstance(f.value, int) else 0.05
    lo, hi = v - tol, h + tol
    if f.approx in ("approx", "about"):
        lo, hi = v - w, h + w
    elif f.approx in ("over", "vague"):
        hi = h + w
    elif f.approx == "under":
        lo = v - w
    return lo, hi


def _same_amount(a: Figure, b: Figure) -> bool:
    return (a.value, a.high, a.approx) == (b.value, b.high, b.approx)


def _overlap(a: Figure, b: Figure) -> bool:
    ra, rb = figure_range(a), figure_range(b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _order(a: Figure, b: Figure) -> int:
    """-1 when ``a`` was stated before ``b``, 1 after, 0 at the same time (or unknown).

    A figure's time is the time its text gives (``34 by Monday``), else its article's
    publication time. Times that do not overlap order two statements; overlapping ones
    are ordered by where they start (``by Monday`` starts before a wire stamped
    ``Monday 12:00``), and only the same start is the same time."""
    ia, ib = _day(a.stated), _day(b.stated)
    if ia is None or ib is None or ia[0] == ib[0]:
        return 0
    if ia[1] <= ib[0] or ib[1] <= ia[0]:
        return -1 if ia[1] <= ib[0] else 1
    return -1 if ia[0] < ib[0] else 1


def _pair_label(a: Figure, b: Figure, over_time: str) -> str | None:
    """How two amounts of one measure relate: None (the same), consistent, updated or
    conflicting; amounts of one article are only ever an update. Over time a rising
    count may only rise, a changing one may move either way, and a fixed property
    (magnitude, deal value, a ransom) is updated only by the source that stated it.
    Different amounts stated at the same time are conflicting."""
    if _same_amount(a, b):
        return None
    apart = a.article != b.article or _two_sources(a, b)
    order = _order(a, b)
    if _overlap(a, b):
        if order and over_time == "rising" and _rises(*((a, b) if order < 0 else (b, a))):
            return "updated"  # "at least 14" dead, then 21: a later, higher count
        return "consistent"
    if order:
        early, late = (a, b) if order < 0 else (b, a)
        falls = figure_range(late)[1] < figure_range(early)[0]
        if (over_time == "rising" and falls) or \
                (over_time == "fixed" and (a.source is None or a.source != b.source)):
            return "conflicting" if apart else None
        return "updated"
    return "conflicting" if apart else None


def _rises(early: Figure, late: Figure) -> bool:
    """Whether a later count is above the earlier one, not only within its bounds: every
    value the later amount allows is above the earlier's own (``at least 14`` then ``21``;
    ``more than 900`` then ``nearly 1,100`` may be the same count)."""
    return figure_range(late)[0] > float(early.value or 0)


def _two_sources(a: Figure, b: Figure) -> bool:
    """Two amounts of one article given by different named sources (``Eleven, the railway
    said, while district officials put the number at nine``): a difference the outlet
    reports, compared like amounts of two outlets."""
    sa, sb = _who_says(a), _who_says(b)
    return sa is not None and sb is not None and sa != sb


def _who_says(f: Figure) -> str | None:
    """Who gives an amount: its disputer when it is stated inside a denial (``the union
    called the claim baseless, saying the train had slowed to 70``), else its source."""
    who = f.disputed_by or f.source
    return who.lower() if who else None


def amount_text(f: Figure) -> str:
    """``about 1,100``, ``$5 billion``, ``7.4``: the amount as a reader says it."""
    if f.ref is not None and f.approx == "vague":
        return f.ref.text
    approx = {"approx": "approximately ", "about": "about ", "over": "over ", "under": "up to ",
              "vague": ""}.get(f.approx or "", "")
    if f.ref is not None:
        return f.ref.text if f.ref.text[:1].isdigit() or f.approx else approx + f.ref.text
    return approx + _fmt(f.value) + (f"-{_fmt(f.high)}" if f.high is not None else "")


def _fmt(v: object) -> str:
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, Decimal):
        return f"{int(v):,}" if v == v.to_integral_value() else f"{v:,f}".rstrip("0").rstrip(".")
    return str(v)


def _time_key(f: Figure) -> tuple[str, str, int]:
    iv = _day(f.stated)
    return (iv[0].isoformat() if iv else "9999", f.article, f.ref.start if f.ref else 0)


def _who(f: Figure) -> str:
    outlet = f.outlet or f.article
    src = f"per {f.source}, in {outlet}" if f.source else f"{outlet}"
    disputed = f"; disputed by {f.disputed_by}" if f.disputed_by else ""
    return f"{src}, {f.stated or 'undated'}{disputed}"


def _summary(measure: str, label: str, figs: Sequence[Figure]) -> str:
    """``Deaths (updated): four (per X, in Focus Taiwan, ...) vs 10 (Reuters, ...; AP, ...)``."""
    by_amount: dict[tuple[Any, ...], list[Figure]] = {}
    for f in figs:
        by_amount.setdefault((f.value, f.high, f.approx), []).append(f)
    parts = [f"{amount_text(fs[0])} ({'; '.join(_who(f) for f in fs)})" for fs in by_amount.values()]
    return f"{measure[:1].upper() + measure[1:]} ({label}): " + " vs ".join(parts)


def _over_time(measure: str, figs: Sequence[Figure] = ()) -> str:
    """How a measure may change over time (``figures.json``). An earlier event's count
    (``deaths in 1999``) is final, whenever an outlet states it. A sum no measure knows,
    named by its own noun (``a ransom of $4 million``), is a fixed amount: two outlets
    giving two ransoms disagree, one did not update the other."""
    if _ERA_SUFFIX.search(measure):
        return "fixed"
    for m in sorted(_measures(), key=lambda m: -len(m.name)):
        if measure.startswith(m.name):
            return m.over_time
    if figs and all(_kind_of_unit(f.unit) == "money" for f in figs):
        return "fixed"
    return "any"


def _kind_of_unit(unit: str | None) -> str:
    u = (unit or "").strip()
    return "money" if _ISO.fullmatch(u) or u.lower() == "cent" else "other"


def compare_figures(figures: Sequence[Figure]) -> list[Finding]:
    """``figures`` findings: one per measure whose amounts differ across articles."""
    groups: dict[str, list[Figure]] = {}
    for f in figures:
        if f.role == "total":
            groups.setdefault(f.measure, []).append(f)
    _join_holderless(groups)
    _join_qualified(groups)
    out: list[Finding] = []
    for measure, figs in sorted(groups.items()):
        if len({f.article for f in figs}) < 2 and len({_who_says(f) for f in figs} - {None}) < 2:
            continue
        figs = sorted(figs, key=_time_key)
        cum = _over_time(measure, figs)
        labels = {_pair_label(a, b, cum) for i, a in enumerate(figs) for b in figs[i + 1:]}
        label = next((x for x in ("conflicting", "updated", "consistent") if x in labels), None)
        if label is None:
            continue
        shown = _distinct(figs)
        out.append(Finding(
            type="figures", about=f"figures:{measure}", label=label, measure=measure,
            summary=_summary(measure, label, shown), figures=tuple(figs),
            claims=tuple(sorted({f.claim for f in figs if f.claim})),
            refs=tuple(f.ref for f in figs if f.ref is not None)))
    return out


def _join_holderless(groups: dict[str, list[Figure]]) -> None:
    """A held measure stated without its holder (``Silva secured 52 percent``, the name
    not read as a person) is the holder's the story names most (in most articles)."""
    for m in _measures():
        if not m.per_holder or m.name not in groups:
            continue
        held = [k for k in groups if k.startswith(m.name + " of ")]
        if held:
            top = max(held, key=lambda k: (len({f.article for f in groups[k]}), len(groups[k]), k))
            groups[top].extend(groups.pop(m.name))


def _join_qualified(groups: dict[str, list[Figure]]) -> None:
    """Counts of one thing whose qualifiers say the same (``bags of frozen vegetables sold``,
    ``bags of frozen vegetables``, ``bags``) are one measure; qualifiers that differ
    (munitions vs aid) stay apart, and so does everything when any two differ."""
    bases: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name in groups:
        m = _QUALIFIED.fullmatch(name)
        if m is not None:
            bases.setdefault(m.group(1), []).append((name, frozenset((m.group(2) or "").split())))
    for names in bases.values():
        if len(names) < 2 or not all(a[1] <= b[1] or b[1] <= a[1] for a in names for b in names):
            continue
        keep = min(names, key=lambda n: (len(n[1]), n[0]))[0]
        for name, _ in names:
            if name != keep:
                groups[keep].extend(groups.pop(name))


def _distinct(figs: Sequence[Figure]) -> list[Figure]:
    """One figure per (amount, source, outlet): repeats within an article say nothing new."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for f in figs:
        key = (f.value, f.high, f.approx, f.source, f.article)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
