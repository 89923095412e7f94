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
  2,400``) is background and compared only with the same background; an undated one told
  of an earlier or like instance (``a similar disaster killed more than 80``, ``the
  previous record of 190 kilograms``: ``figure_instance``) is left out;
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
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

import attrs
import regex

from newskit.actors import Actor, find_actors
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
from newskit.story.figure_answer import answered
from newskit.story.figure_change import split_changes
from newskit.story.figure_clock import clock_times, joined_spans, timex_seconds
from newskit.story.figure_data import (
    MOD_APPROX,
    REACH,
    alternation,
    base_measure,
    figure_rules,
    gap_words,
    is_person_noun,
    measure_phrases,
    measure_table,
    unit_dimensions,
)
from newskit.story.figure_direction import split_by_direction, split_from_holdings
from newskit.story.figure_elapsed import elapsed_times
from newskit.story.figure_forecast import FORECAST, is_forecast
from newskit.story.figure_fronted import fronted_part
from newskit.story.figure_instance import of_earlier_instance
from newskit.story.figure_kindred import join_kindred, join_lone_subgroups
from newskit.story.figure_label import (
    _day,
    _over_time,
    _who_says,
    figure_range,
    group_label,
    told_apart,
)
from newskit.story.figure_lesser import of_lesser_event
from newskit.story.figure_marks import (
    counted_from,
    counted_from_at,
    marks_change,
    rejected,
    rejected_at,
    revises,
)
from newskit.story.figure_measure import (
    _ONE_OF_MOST,
    _PARTITIVE,
    _anaphor,
    _classify,
    _is_age,
    _place_count,
    _plural_noun,
    _qualified,
    compared_from,
    describes_whole,
    in_proportion,
    is_multiple,
    is_rank,
    name_held,
    rate_of,
)
from newskit.story.figure_model import join_by_model
from newskit.story.figure_needed import NEEDED, is_needed
from newskit.story.figure_party import PartyReader, split_by_holder, split_by_party
from newskit.story.figure_place import by_place
from newskit.story.figure_rates import restated_sums, story_currencies
from newskit.story.figure_rival import possessed_teller, rival_teller
from newskit.story.figure_sought import SOUGHT, is_sought
from newskit.story.figure_span import shown
from newskit.story.figure_story import (
    APART,
    LOOSE,
    is_measured,
    split_by_dimension,
    split_by_magnitude,
)
from newskit.story.figure_sums import summed_by_story
from newskit.story.figure_syntax import (
    is_criterion,
    is_family_size,
    is_label_number,
    is_name_number,
    verb_lemma,
)
from newskit.story.figure_tally import TALLY, read_tallies
from newskit.story.figure_units import as_share
from newskit.story.figure_whole import (
    Position,
    fronted_parts,
    split_by_whole,
    split_from_fronted,
    wholes_by_position,
)
from newskit.text import match_ahead, sentences
from newskit.timex import interval, readable

__all__ = ["amount_text", "article_figures", "compare_figures", "figure_range"]


_AS_OF = regex.compile(r"(?:\bas\s+(?:of|at)|\bby|\buntil|\bthrough)\s+(?:the\s+)?$", regex.I)

_SINCE = regex.compile(r"\b(?:since|than\s+in|from|between|and|to)\s+(?:the\s+)?$", regex.I)

_RANGE_AFTER = regex.compile(r"^\s*(?:and|to|-|–)\s", regex.I)

#: "number of bags (frozen vegetables)": a count of things and what qualifies them
#: "Police put the crowd at about 8,000": another estimate of a count, never a part of it
_RESTATED = regex.compile(r"\b(?:put|puts|putting|estimated|estimates|estimating|pegged|pegs|gave|gives|set|sets|placed|places)\s+"
                          r"(?:the|that|this|its|their)\s+(?:[\p{Ll}'’-]+\s+){1,3}at\s+(?:\p{Ll}+\s+){0,2}$", regex.I)
#: "number of ships [waiting]": a count and the verb said of the things
_VERBED = regex.compile(r"(.+) \[([^\]]+)\]")
_QUALIFIED = regex.compile(r"(number of [^()]+?)(?: \(([^()]+)\))?")

#: a word that opens another clause, with its own time, between a date and an amount: a
#: bound (``since``, ``than``), a relative clause (``which``, ``who``), a reason (``because``)
#: or a clause of a gerund (``fined 85 million euros for failing to protect data exposed in a
#: breach last year``: last year dates the breach, not the fine; closed classes)
_ERA_BREAK = regex.compile(r"\b(?:since|than|after|before|until|which|who|whose|whom|because|whereas)\b|"
                           r"\b(?:for|by|over|without|despite|from|on)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\b", regex.I)

#: what ends an amount's own noun phrase before ``that``: a comma, or a preposition opening
#: a phrase of another noun (``Rp 1.3 trillion in damages for fires that``)
_CLAUSE_BEFORE_THAT = regex.compile(r"[,;:]|\b(?:in|on|of|for|from|by|with|to|into|over|under|during|at|after|"
                                    r"before|against|about|than|and|or)\b", regex.I)
#: ``that`` opening a clause of its own (``for fires that ravaged peatland in 2023``, ``warned
#: that ... in 2024``), not a demonstrative after a preposition (``at that plant in 2019``)
_THAT_CLAUSE = regex.compile(r"(?<!\b(?:at|in|on|of|for|from|by|with|to|into|over|under|during|about|like|after|before)"
                             r"\s+)\bthat\b", regex.I)

#: "since the 2019 collapse", "since 1999, when ...": the date names an earlier event, no bound
_DATED_EVENT = regex.compile(r",?\s+when\b")

_POSSESSIVE = regex.compile(r"['’]s\b")

@cache
def _reported_by_rx() -> Any:
    """``the 38 reported by the penitentiary system``, ``the more than 7,000 claimed by the
    union``, ``the Rp 12.5 billion alleged by prosecutors``: a participle of reporting
    (``reported_by_participles``) and ``by`` after the amount name its source."""
    verbs = alternation(figure_rules()["reported_by_participles"]).replace("\\ ", r"\s+")
    return regex.compile(
        r"(?:\s+[\p{Ll}-]+)?\s+(?:" + verbs + r")\s+by\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|on|in|at|last|this|when|while|as|for|to|after|before|during|with|since)\b)")


#: the measures of a property (figure_measure._attribute)
_PROPERTY = (", held", ", capacity")

#: a TIMEX3 value of a day or finer: 2026-01-15, 2026-01-15T16:00
_A_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")

_THE_BEFORE = regex.compile(r"\bthe\s+$", regex.I)

_NOUN_AFTER = regex.compile(r"\s+\p{L}{3,}\b(?<!\band)")


#: ", one with serious injuries", ", two in critical condition": an amount opening a phrase
#: appended after a comma, told by a state it is in, is a part of the amount before it
_ABSOLUTE_OPEN = regex.compile(r",\s+$")
_ABSOLUTE_REST = regex.compile(r"\s+(?:with|in)\s+(?:\p{Ll}+[\s-]+){0,2}(?:injuries|injury|wounds|burns|condition)\b", regex.I)


def _role(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention]) -> str:
    p = measure_phrases()
    before = text[max(sent[0], q.start - 30):q.start]
    after = text[q.end:min(sent[1], q.end + 40)]
    if p["inc_before"].search(before) or p["inc_after"].match(after):
        return "increment"
    if p["earlier"].search(before):
        return "earlier"  # "had initially reported 12 deaths": a count the article says was superseded
    if (p["whole"].search(before) and any(o.end <= q.start for o in others)) or \
            any(_PARTITIVE.fullmatch(text, o.end, q.start) for o in others if o.end <= q.start):
        return "whole"  # "30 were trapped, out of 230 workers", "Eleven of the train's 22 coaches": everyone
    if p["part_before"].search(before) or p["part_after"].match(after) or fronted_part(text, sent, q, others) or \
            (_ABSOLUTE_OPEN.search(before) and _ABSOLUTE_REST.match(after) and any(o.end <= q.start for o in others)):
        return "part"  # "six of whom ...", "one with life-threatening injuries", "Of the 40 dead, 26 ...": a part
    return "total"


def _era(text: str, sent: tuple[int, int], q: QuantityMention, dates: Sequence[DateMention],
         published: dt.date | None, stated: str | None) -> str:
    """``now``, or the year of a date in the amount's clause months before publication (not
    the date a claim was made: ``claimed in March that ...`` is a time, not an era, unless it
    is a whole earlier year: ``In 2024, the government agreed to an increase of 15%`` is told of
    2024, however its claim is dated). A date
    across ``since``/``than``/``after`` from the amount dates another clause (``has killed
    26, the deadliest since a collision in 2023 killed 290``: 26 is now, 290 in 2023) or
    ``that`` (``_that_clause``), and so does a date after a comma that closes the amount's clause (``Vandermeer, which has 13,800
    employees, rejected an approach in 2021``)."""
    if published is None:
        return "now"
    limit = dt.datetime.combine(published, dt.time()) - dt.timedelta(days=60)
    for dm in dates:
        if not (sent[0] <= dm.start and dm.end <= sent[1]) or dm.type != "DATE" or \
                (dm.value == stated and not _earlier_year(dm.value, published)) or (dm.start <= q.start and q.end <= dm.end):
            continue  # "took office 14 months ago": the date the amount itself points to is no era
        if dm.start >= q.end and (_ERA_BREAK.search(text, q.end, dm.start) or _that_clause(text, q, dm) or
                                  ("," in text[q.end:dm.start] and not _apposed(text, sent, q, dm))):
            continue  # "which has 13,800 employees, rejected an approach in 2021": the date is the main clause's
        if dm.end <= q.start and _closed_relative(text, sent, dm, q):
            continue  # "The plant, which opened in 1968, built 142,000 cars": the date is the plant's
        if (_SINCE.search(text, max(sent[0], dm.start - 12), dm.start) or
                _RANGE_AFTER.match(text, dm.end, min(sent[1], dm.end + 5))) and \
                not _dated_event(text, sent, dm):
            continue  # a bound or a period ("since 1999", "between 2019 and 2022")
        iv = interval(dm.value)
        if iv is not None and iv[1] < limit:
            return dm.value[:4]
    return "now"


#: a TIMEX3 value of a whole year: 2024
_A_YEAR = regex.compile(r"\d{4}")


def _earlier_year(value: str, published: dt.date) -> bool:
    """Whether a date is a whole year before the year of publication (``In 2024, ...`` in a
    2026 article): a claim dated so is told of that year, not of the story's time."""
    return _A_YEAR.fullmatch(value) is not None and int(value) < published.year


def _that_clause(text: str, q: QuantityMention, dm: DateMention) -> bool:
    """Whether a clause opened by ``that`` stands between an amount and a later date: the
    date is that clause's (``ordered to pay Rp 1.3 trillion in damages for fires that ravaged
    peatland in 2023``: the fires' year, not the order's), unless ``that`` follows the amount's
    own noun phrase, whose relative clause it opens (``the 40 million roubles that it owed the
    company in 2025``: the debt's year; ``the magnitude 7.4 quake that struck on April 3, 2024``:
    that quake's), with no comma or preposition between."""
    m = _THAT_CLAUSE.search(text, q.end, dm.start)
    return m is not None and _CLAUSE_BEFORE_THAT.search(text, q.end, m.start()) is not None


#: ", which opened in": a relative clause set off by commas, up to the date it holds
_RELATIVE_OPEN = regex.compile(r",\s+(?:which|who|whose|whom)\b[^,;:()]*$", regex.I)


def _closed_relative(text: str, sent: tuple[int, int], dm: DateMention, q: QuantityMention) -> bool:
    """Whether a date before an amount lies in a relative clause set off by commas and
    closed before the amount (``The Gosselies factory, which opened in 1968, built 142,000
    cars``): the clause dates what it describes, not the main clause's amount."""
    comma = text.rfind(",", sent[0], dm.start)
    return comma >= 0 and bool(_RELATIVE_OPEN.fullmatch(text, comma, dm.start)) and \
        "," in text[dm.end:q.start]


#: ", a record 1.2 billion euro": an amount in a noun phrase set beside the sentence's subject
_APPOSITION = regex.compile(r",\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}$", regex.I)


def _apposed(text: str, sent: tuple[int, int], q: QuantityMention, dm: DateMention) -> bool:
    """Whether an amount lies in a noun phrase in apposition (``The regulator's biggest, a
    record 1.2 billion euro fine on Meta, came in May 2023``): the phrase names what the
    main clause is about, so the main clause's date is the amount's. A relative clause
    (``, which has 13,800 employees,``) is not one: it has a verb of its own."""
    comma = text.rfind(",", sent[0], q.start)
    return comma >= 0 and bool(_APPOSITION.fullmatch(text, comma, q.start)) and \
        text.count(",", q.end, dm.start) == 1


def _dated_event(text: str, sent: tuple[int, int], dm: DateMention) -> bool:
    """Whether a date after ``since`` names an earlier event rather than a bound: ``since
    the 2019 collapse``, ``since the 2015 Valley Fire`` (a name), ``since 1999, when a quake
    killed 2,400``."""
    end = min(sent[1], dm.end + 12)
    return bool(_DATED_EVENT.match(text, dm.end, end) or
                (_THE_BEFORE.search(text, max(sent[0], dm.start - 5), dm.start) and _NOUN_AFTER.match(text, dm.end, end)))


def _as_of(text: str, sent: tuple[int, int], dates: Sequence[DateMention], pub: str | None) -> str | None:
    """The time a sentence says its amounts hold at (``34 by Monday``, ``as of 12:00``):
    never a date the article has not reached (``will add 1,100 posts by 2028`` is a
    deadline) nor an event named by a possessive (``affected by last week's attack``)."""
    published = _day(pub)
    for dm in dates:
        if sent[0] <= dm.start and dm.end <= sent[1] and dm.type in ("DATE", "TIME") and \
                _AS_OF.search(text, max(sent[0], dm.start - 12), dm.start) and \
                not match_ahead(_POSSESSIVE, text, dm.end) and not dm.text.lower().endswith(("'s", "’s")):
            iv = _day(dm.value)
            if iv is None or (published is not None and iv[0] > published[1]):
                continue  # "would continue through the weekend": a time to come (or none read) is no time stated
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
            for m in measure_phrases()[name].finditer(text, max(sent[0], q.start - REACH), q.start):
                gap = gap_words(text, m.end(), q.start)
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
        gap = gap_words(text, before[-1].end, cue.start()) if before else None
        if gap is None or gap > 3:
            return _noun_sayer(text, sent, cue.start())
        return before[-1].name, before[-1].kind


#: "while organisers put the crowd at", "local residents estimated": persons named by a common
#: noun in the plural right before the verb that gives the amount
_NOUN_SUBJECT = regex.compile(r"(?<![\p{L}'’-])(?:(?:the|its|their|some|many|local)\s+)?(\p{Ll}[\p{Ll}-]+s)\s+$")


def _noun_sayer(text: str, sent: tuple[int, int], cue: int) -> tuple[str, str] | None:
    """Who gives an amount when no name does: the persons a plural common noun right before
    the verb names (``organisers put the crowd at more than 35,000``, ``dealers estimated``):
    the amount is theirs, not the sentence's other speaker's (``Police estimated that about
    9,000 people gathered, while organisers put the crowd at more than 35,000``)."""
    m = _NOUN_SUBJECT.search(text, max(sent[0], cue - 40), cue)
    if m is None or not is_person_noun(m.group(1).lower()):
        return None
    return m.group(1), "unnamed"


def _claim_of(q: QuantityMention, claims: Sequence[Claim]) -> Claim | None:
    inside = [c for c in claims if c.start <= q.start and q.end <= c.end]
    return min(inside, key=lambda c: (c.end - c.start, c.start)) if inside else None


def _stated(claim: Claim | None, day: str | None) -> str | None:
    """The claim's date, unless it is only the publication day (then the publication
    time, more precise, is used) or no day at all: a statement is made on a day, and a
    week or a month in its clause is the time of what it tells."""
    if claim is None or not claim.stated or claim.stated == day or not _A_DAY.match(claim.stated):
        return None  # "last week's attack" (2026-W02) dates what is told, not the telling
    return claim.stated


def _published(a: Analysis) -> str | None:
    p = a.article.published
    if isinstance(p, dt.datetime):
        return p.replace(tzinfo=None).isoformat(timespec="minutes")
    return p.isoformat() if p is not None else None


def article_figures(analysis: Analysis, outlet: str | None = None, loose: bool = False) -> list[Figure]:
    """Every amount of one article that measures something, with source and time. With
    ``loose``, also the amounts no rule names a measure for, and the durations (``for 72
    seconds``), as measure ``?``: ``compare_figures`` joins them to what other outlets
    restate (``figure_story``) and drops the rest."""
    text = analysis.article.text
    durations = [*joined_spans(text, _durations(analysis)), *_ages(analysis), *elapsed_times(analysis),
                 *clock_times(text)] if loose else []
    aged = {d.start for d in durations}
    adverbs = figure_rules()["time_adverbs"]
    qs = sorted([*(attrs.evolve(m, unit=None) if (m.unit or "").lower() in adverbs else m
                   for m in analysis.mentions if isinstance(m, QuantityMention) and not m.ordinal and m.value is not None
                   and m.start not in aged),
                 *durations], key=lambda m: m.start)  # "rose to 61 overnight": no count of overnights
    qs, change_roles = split_changes(text, qs)  # "gained $1.85 to $70.60": a change and a level, no range
    qs, tallies = read_tallies(text, qs)  # "voted 17-8", "passed the measure 18 to 7": one amount
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
        sent = _sentence_around(sents, starts, q)
        lo_i = bisect.bisect_left(q_starts, max(sent[0], q.start - REACH))
        hi_i = bisect.bisect_left(q_starts, min(sent[1], q.end + REACH))
        others = [o for o in qs[lo_i:hi_i] if o is not q]  # a window: linear on one endless sentence
        is_tally = id(q) in tallies
        is_duration = any(q is d for d in durations)
        if _no_figure(text, q, others, is_tally, is_duration):
            continue
        told_role = "total" if is_tally else change_roles.get(id(q))
        q = as_share(q)
        measured = (TALLY, None, None, True) if is_tally else \
            _measure_of(text, sent, q, others, out, persons, is_duration, loose)
        if measured is None:
            continue
        measure, sub, acted, named = measured
        if of_lesser_event(text, sent, q, measure):
            continue  # "A magnitude 4.8 aftershock hit the coast": another event than the story's quake
        claim, source, source_type, disputed = _source_of(text, sent, q, others, analysis.claims, by_id, sayers)
        era = _era(text, sent, q, dates, analysis.article.published_date, claim.stated if claim else None)
        if era == "now" and of_earlier_instance(text, sent[0], q.start):
            continue  # "a similar disaster killed more than 80", "the previous record of 190 kilograms": background
        name = measure + (f" ({_plural_noun(q, sub)})" if sub else "")
        name = name if era == "now" else f"{name} in {era}"
        role = told_role or _role(text, sent, q, others)
        if role == "total" and named and describes_whole(text, sent[1], q, measure):
            role = "part"  # "Four of the six people arrested ... were charged": four of the arrested
        if role == "part" and named and _pronoun_part(text, q) and not any(o.end <= q.start for o in others) and \
                not any(base_measure(f.measure) == base_measure(name) and f.role == "total" for f in out):
            role = "total"  # "around fifteen guests were on it. Eleven of them fell": the count of those who fell
        same = _converted(text, q, out)
        if same is not None:  # "85 million euros ($98.6 million)": one amount in two units
            name, role = same.measure, same.role
        elif not named and era != "now":
            continue  # an amount no rule names, of another time: nothing of this story to compare
        if role == "total" and same is None and named and not _RESTATED.search(text, max(sent[0], q.start - 60), q.start) and \
                not counted_from_at(text, sent[0], q.start, q.end) and not rejected_at(text, sent[0], q.start) and \
                _part_of_earlier(out, name, q, source, 1.0 if acted else 2.0):  # "put the number at": a restatement
            role = "part"
        out.append(Figure(
            article=analysis.article.id, measure=name,
            value=q.value, high=q.high, approx=q.approx, unit=q.unit, role=role,
            outlet=outlet, source=source, source_type=source_type if not disputed else None,
            disputed_by=disputed, stated=_as_of(text, sent, dates, pub) or _stated(claim, day) or pub,
            ref=SpanRef(article=analysis.article.id, start=q.start, end=q.end, text=q.text),
            evidence=SpanRef(article=analysis.article.id, start=sent[0], end=sent[1],
                             text=text[sent[0]:sent[1]]),
            claim=claim.id if claim else None))
        name_held(out)  # "Three guards, not two, died": "died" names the three too
    changes = {q.start for q in qs if id(q) in change_roles}
    return _definite_parts(_summed_parts(_named_sums(_lone_increments(out, text, changes))), text)


def _no_figure(text: str, q: QuantityMention, others: Sequence[QuantityMention], is_tally: bool,
               is_duration: bool) -> bool:
    """Whether the amount measures nothing a story compares: a span of time before ``'s
    worth`` (``30 days' worth of treatment``: how much treatment, told by the time it
    takes); else, unless it is a tally or a duration, an age, a family's size, a number in
    a name or a label, a rank, a multiple, a criterion, ``one of the most ...`` or a term of
    a proportion."""
    if is_duration:
        return match_ahead(_WORTH_AFTER, text, q.end) is not None
    return not is_tally and (_is_age(text, q) or is_family_size(text, q) or is_name_number(text, q) or
                             is_label_number(text, q) or is_rank(text, q) or is_multiple(text, q) or
                             is_criterion(text, q) or (q.value == 1 and match_ahead(_ONE_OF_MOST, text, q.end)) or
                             in_proportion(text, q, others))


def _sentence_around(sents: Sequence[tuple[int, int]], starts: Sequence[int], q: QuantityMention) -> tuple[int, int]:
    """The sentence an amount stands in, run on over every sentence the amount reaches into:
    the splitter may end a sentence at an abbreviation inside an amount (``Rs. 1.8
    trillion``, ``approx. 40``), and an amount's sentence must hold all of it."""
    k = bisect.bisect_right(starts, q.start) - 1
    if k < 0 or q.start >= sents[k][1]:
        return q.start, q.end
    last = max(k, bisect.bisect_left(starts, q.end) - 1)
    return sents[k][0], max(sents[last][1], q.end)


def _pronoun_part(text: str, q: QuantityMention) -> bool:
    """Whether a pronoun right after an amount makes it a part (``Eleven of them fell``):
    a part of a whole the pronoun points back to, whose measure the amount need not share.
    Only an amount that opens its sentence's amounts is read so (``Nineteen officers were
    injured, two of them seriously`` keeps its part)."""
    return match_ahead(measure_phrases()["pronoun_part"], text, q.end) is not None


def _measure_of(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention],
                out: Sequence[Figure], persons: Sequence[PersonMention], is_duration: bool,
                loose: bool) -> tuple[str, str | None, str | None, bool] | None:
    """What amount ``q`` measures: (measure, counted noun, what its counted people were
    doing, whether a rule named the measure), or None when no rule names one and the
    reading is not ``loose``, or when no rule names a penalty the prosecution asks for
    (``figure_sought``) or a forecast gives (``figure_forecast``). A duration is named by the
    story, never by its clause."""
    got = None if is_duration else \
        compared_from(text, sent, q, out) or _place_count(text, sent, q, out) or _classify(text, sent, q, others) or \
        _anaphor(text, sent, q, out)
    if loose and got is not None and got[0].startswith("number of ") and is_measured(q.unit):
        got = None  # "up to 800 kg of debris": a mass is no count of kilograms; the story names its measure
    place = _distance_to(text, q, sent)
    if place is not None:  # "some 40 km north of Huaraz": where it happened, not a depth or a length
        got = (place, None) if place != "distance" else None
    if got is None and not loose:
        return None
    measure, sub = got if got is not None else (LOOSE, None)
    acted = sub[1:] if sub and sub.startswith("~") else None  # "1,200 evacuees were sleeping in tents"
    sub = None if acted else sub
    measure = _qualified(measure, q, text, sent, persons) if got is not None else measure
    rate = rate_of(text, sent, q)
    measure = f"{measure} {rate}" if rate else measure  # "60 million tonnes a year": a rate
    if is_needed(text, sent, q):
        measure += NEEDED  # "two more than the 51 needed": the bar, no count of the ballot
    elif is_sought(text, sent, q):
        if got is None:
            return None  # "Prosecutors had asked for 12 years": a demand no rule names, no reading of the story's
        measure += SOUGHT  # "The prosecution had asked for fines of NOK 250,000": a demand, not the fine imposed
    elif is_forecast(text, sent, q):
        if got is None:
            return None  # "had forecast waves of 3 to 4 metres": a forecast no rule names, no reading of the story's
        measure += FORECAST  # "the warning, which predicted gusts of up to 70 km/h": what was expected, not what came
    return measure, sub, acted, got is not None


def _source_of(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention],
               claims: Sequence[Claim], by_id: dict[str, Claim],
               sayers: _Sayers) -> tuple[Claim | None, str | None, str | None, str | None]:
    """Who gives amount ``q``: (its claim, source, source type, who disputes it). The
    claim's source, unless a sayer of the sentence or "reported by X" names another; a
    denial's amount is the denied claim's, disputed by the denier."""
    claim = _claim_of(q, claims)
    source = claim.source if claim else None
    source_type = claim.source_type if claim else None
    said = sayers.of(sent, q, others, speech=claim is None)
    if said is not None:
        source, source_type = said
    elif claim is not None and (rival := rival_teller(text, sent[0], q.start, claim.start)) is not None:
        source, source_type = rival, "unnamed"  # "..., while the project puts the number at three"
    by = _reported_by_rx().match(text, q.end, sent[1])
    if by is not None:  # "more than the 38 reported by the penitentiary system"
        source, source_type = by.group(1), None
    elif (owner := possessed_teller(text, sent[0], q.start)) is not None:
        source, source_type = owner, None  # "well above the company's figure of roughly 2,300"
    disputed = None
    if claim is not None and claim.stance == "denies":
        disputed = claim.source
        answered = by_id.get(claim.responds_to or "")
        source = answered.source if answered is not None else None
    return claim, source, source_type, disputed


#: a TIMEX3 duration of one unit, or of a unit and its next smaller one: PT72S, P2D, PT14H,
#: PT1H30M ("an hour and a half"), P1Y6M
_DURATION = regex.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])(?:(\d+)([MS]))?")
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute", "TS": "second"}
#: how many of the next smaller unit a unit holds (the second part of PT1H30M, P1Y6M)
_SMALLER = {"TH": ("M", 60), "TM": ("S", 60), "Y": ("M", 12)}
_HEDGES = (r"(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|less\s+than|fewer\s+than|over|"
           r"under|up\s+to|at\s+least|at\s+most|just|only|upwards\s+of|as\s+much\s+as|as\s+many\s+as)\s+")
#: a duration told as an amount: a number (or a hedge and a number) first, no hyphen
#: ("72 seconds", "about 14 hours", "nearly a decade"; not "three-day", "the final two days",
#: "a day"); a unit and a half is one ("a day and a half", "an hour and a half"), and so is a
#: fraction of a unit ("a quarter of an hour", "nearly three-quarters of an hour")
_AMOUNT_SHAPE = regex.compile(
    rf"(?:{_HEDGES})*(?:\d|(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b|last\b|next\b|past\b|"
    rf"final\b|first\b|coming\b|previous\b|recent\b)\p{{L}})[^-]*$|"
    rf"(?:{_HEDGES})*an?\s+\p{{L}}+\s+and\s+a\s+half$|"
    rf"(?:{_HEDGES})*(?:an?\s+quarter|(?:one|three)[-\s]quarters?|a\s+third|two[-\s]thirds)\s+of\s+an?\s+\p{{L}}+$",
    regex.I)


#: a span of time in the genitive before ``worth``: "30 days' worth of treatment", "a
#: month's worth of rain", the measure of something else told by the time it lasts or takes
_WORTH_AFTER = regex.compile(r"['’]s?[ \t\u00a0]+worth\b", regex.I)


def _durations(analysis: Analysis) -> list[QuantityMention]:
    """The article's durations (``about 14 hours``, ``72 seconds``) as amounts of time: a
    duration is a figure like a count, of the dimension ``duration``."""
    out = []
    for m in analysis.mentions:
        if not isinstance(m, DateMention) or m.type != "DURATION":
            continue
        d = _DURATION.fullmatch(m.value or "")
        text = analysis.article.text
        span = (m.start, m.text) if _AMOUNT_SHAPE.match(m.text) or _attributive(text, m) else _lasting(text, m)
        seconds = timex_seconds(m.value)
        if (d is None and seconds is None) or span is None:
            continue  # "the final two days", "a year-long inquiry": a period, not an amount
        unit: str | None = "second"  # "2 hours, 6 minutes and 2 seconds"
        value: int | Decimal | None = seconds
        if seconds is None:
            unit, value = _span_value(d)
        out.append(QuantityMention(start=span[0], end=m.end, text=span[1], value=value, unit=unit,
                                   approx=MOD_APPROX.get(m.mod or "")))
    return out


#: an age told as a length of time and ``old`` ("32 years old", "more than a century old");
#: not the adjective of a noun ("a 71-year-old man")
_AGE_OLD = regex.compile(r"[ \t\u00a0]+old$", regex.I)
#: "an 18-year old man": a number joined to a singular unit by a hyphen is the adjective of a
#: person's age with its last hyphen dropped (as "18-year-old"), not a thing's age in time
_HYPHENED_UNIT = regex.compile(r"[-‐](?:year|month|week|day)[ \t\u00a0]+old$", regex.I)


def _ages(analysis: Analysis) -> list[QuantityMention]:
    """The article's ages in units of time (``32 years old``, ``a century and a half old``)
    as durations without their ``old``: how long a thing has stood is a length of time, one
    scale with ``for 32 years`` and ``more than three decades``."""
    out = []
    for m in analysis.mentions:
        if isinstance(m, QuantityMention) and m.value is not None and \
                unit_dimensions().get((m.unit or "").lower(), ("",))[0] == "duration":
            old = _AGE_OLD.search(m.text)
            if old is not None and _HYPHENED_UNIT.search(m.text) is None:
                out.append(attrs.evolve(m, end=m.start + old.start(), text=m.text[:old.start()]))
    return out


#: "off the streets for the next 28 days", "without power for a week": after ``for``, a span
#: of time led by a determiner is how long a state lasts, an amount like "for 28 days"
_FOR_BEFORE = regex.compile(r"\bfor\s+$", regex.I)
_LASTING = regex.compile(r"(?:the\s+(?:next|coming|following)\s+)?(?P<amount>(?!the\b|this\b|that\b)[^-]+)$", regex.I)


#: "a six-week expedition", "a 90-day ceasefire", "a five-year contract": a number and a unit
#: of time joined by a hyphen before the noun they measure (not "year-long", no number)
_ATTRIBUTIVE = regex.compile(
    r"(?:\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:-and-a-half)?"
    r"[-‐](?:second|minute|hour|day|week|fortnight|month|year|decade)$", regex.I)
#: what may follow such a span for it to measure a noun: a space and a lowercase word that
#: is no ``old`` ("a two-year-old girl" is an age, the figures' ``_ages``)
_NOUN_AFTER_SPAN = regex.compile(r"[ \t]+(?!old\b)(\p{Ll}[\p{Ll}-]*)")


def _attributive(text: str, m: DateMention) -> bool:
    """Whether a duration measures the noun after it (``a six-week expedition``, ``a
    90-day ceasefire``): the length of a happening or a term, which outlets give as they
    give any amount (``six-week`` in one, ``42 days`` in another), and differ on
    (``a five-year contract`` / ``a six-year deal``). Not when the noun is a kind the span
    names (``10-year bonds``, ``the two-year rate``, ``a four-day week``; ``figures.json``
    ``span_named_kinds``): a tenor or a schedule, the same whichever happening the story tells."""
    noun = match_ahead(_NOUN_AFTER_SPAN, text, m.end) if _ATTRIBUTIVE.fullmatch(m.text) else None
    return noun is not None and noun.group(1).lower() not in _span_named_kinds()


@cache
def _span_named_kinds() -> frozenset[str]:
    return frozenset(figure_rules()["span_named_kinds"])


def _lasting(text: str, m: DateMention) -> tuple[int, str] | None:
    """(start, text) of a determiner-led span of time after ``for`` as an amount, from its
    number on (``for the next 28 days``: ``28 days``; ``for a week``: ``a week``); None for
    any other (``the final two days``, ``over the past week``)."""
    if not _FOR_BEFORE.search(text, max(0, m.start - 8), m.start):
        return None
    got = _LASTING.fullmatch(m.text)
    if got is None:
        return None
    return m.start + got.start("amount"), got.group("amount")


def _span_value(d: regex.Match[str]) -> tuple[str | None, int | Decimal]:
    """A duration of one unit, or of a unit and its next smaller one, in its first unit."""
    key = d.group(1) + d.group(3)
    unit = _DURATION_UNITS.get(key) or _DURATION_UNITS.get(d.group(3))
    num = Decimal(d.group(2)) + _smaller_part(key, d.group(4), d.group(5))
    return unit, int(num) if num == num.to_integral_value() else num


def _smaller_part(key: str, count: str | None, smaller: str | None) -> Decimal:
    """The second part of a duration in its first unit: 30 minutes of PT1H30M is 0.5 hour."""
    if count is None or smaller is None:
        return Decimal(0)
    unit, per = _SMALLER.get(key, ("", 0))
    return Decimal(count) / per if unit == smaller else Decimal(0)


#: "40 km north of the city of Huaraz", "12 miles (19 km) off the coast of", "30 km from":
#: a length that places something against a place (compass points, closed class)
_TO_PLACE = regex.compile(r"\s+(?:\([^()]{1,30}\)\s+)?(?:(?:due\s+)?(?:north|south|east|west|north-?east|north-?west|"
                          r"south-?east|south-?west)(?:ern)?\s+of|(?:away\s+)?from|off(?:\s+the\s+coast\s+of)?|"
                          r"outside(?:\s+of)?|inland\s+from|short\s+of)\s+(?:the\s+)?"
                          r"(?:(?:\p{Ll}+\s+){0,3}of\s+)?(?P<place>(?-i:\p{Lu})[\p{L}'’-]*)?", regex.I)


def _distance_to(text: str, q: QuantityMention, sent: tuple[int, int]) -> str | None:
    """``distance from Huaraz`` for a length that places something against a place (``some
    40 km north of the city of Huaraz``): a measure of its own, never the depth or the
    length of what happened; two outlets placing it against one place are compared. With
    no place named (``30 km away from the town``) it is ``distance``, which no rule names."""
    if unit_dimensions().get((q.unit or "").lower(), ("",))[0] != "length":
        return None
    m = _TO_PLACE.match(text, q.end, sent[1])
    if m is None:
        return None
    return f"distance from {m.group('place')}" if m.group("place") else "distance"


#: "85 million euros ($98.6 million)", "£48m (about $60m)": an amount restated in brackets
_IN_BRACKETS = regex.compile(r"\s*[(\[]\s*(?:(?:about|around|roughly|some|nearly|approximately|almost|or|equal\s+to|"
                             r"worth|equivalent\s+to)\s+)*$", regex.I)
_BRACKET_CLOSE = regex.compile(r"\s*[)\]]")


def _converted(text: str, q: QuantityMention, prior: Sequence[Figure]) -> Figure | None:
    """The amount an amount in brackets right after it restates in another unit or form
    (``85 million euros ($98.6 million)``, ``12 miles (19 km)``): it measures what that one
    measures, whatever the words around the brackets."""
    if not prior or prior[-1].ref is None or prior[-1].ref.end > q.start:
        return None
    before = prior[-1]
    assert before.ref is not None
    if _IN_BRACKETS.fullmatch(text, before.ref.end, q.start) and match_ahead(_BRACKET_CLOSE, text, q.end):
        return before
    return None


def _lone_increments(figs: list[Figure], text: str, changes: set[int]) -> list[Figure]:
    """``another`` adds to a count the article gives: with no other amount of its measure
    in the article (a part is none: ``five of them seriously`` is of the 23),
    ``Another 23 people were injured`` (besides the dead) is the count of the injured itself. ``two more bodies`` stays an increment, and so does the change
    before the level it reaches (``rose $2 to $81``: ``changes``, the starts of those)."""
    measures = {f.measure for f in figs if f.role not in ("increment", "part")}
    after = measure_phrases()["inc_after"]
    return [attrs.evolve(f, role="total") if f.role == "increment" and f.measure not in measures
            and f.ref is not None and f.ref.start not in changes
            and not after.match(text[f.ref.end:f.ref.end + 40]) else f
            for f in figs]


#: what joins a first count to the increment that follows it in one sentence: ``and``, with
#: at most a few words of time or place before the increment ("and two more later", "and
#: then five more"); no other amount and no end of clause between
_SUMMED_JOIN = regex.compile(r"^[^\d;:]*?\band\s+(?:[\p{Ll}-]+\s+){0,2}$")


#: "bringing the total to 11", "taking their total so far to": a sum that names no measure
#: of its own, only the word for a sum, before the amount
_SUM_TO = regex.compile(r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised"
                        r"|push|pushes|pushing|pushed|lift|lifts|lifting|lifted)\s+(?:the|its|their)\s+"
                        r"(?:overall\s+)?total(?:\s+(?:so\s+far|now))?\s+to\s+(?:[\p{Ll}-]+\s+){0,2}?$", regex.I)


def _named_sums(figs: list[Figure]) -> list[Figure]:
    """A sum told only as "the total" ("Three more people have been arrested ..., bringing
    the total to 11") measures what the increment before it in the sentence adds to: the
    11 are the arrested. Without it the sum has no measure and is compared with nothing."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.measure != "?" or f.ref is None or f.evidence is None:
            continue
        at = f.ref.start - f.evidence.start
        if not _SUM_TO.search(f.evidence.text, max(0, at - _SUM_REACH), at):
            continue
        added = next((g for g in reversed(out[max(0, i - 4):i]) if _same_sentence(g, f) and g.role == "increment"
                      and g.measure != "?"), None)
        if added is not None:
            out[i] = attrs.evolve(f, measure=added.measure, role="total")
    return out


#: how far before an amount "bringing the total to" may begin
_SUM_REACH = 80


def _same_sentence(a: Figure, b: Figure) -> bool:
    """Whether two figures of one article stand in one sentence (by offsets: comparing the
    sentences' texts would cost a sentence's length each time)."""
    return a.article == b.article and a.evidence is not None and b.evidence is not None and \
        (a.evidence.start, a.evidence.end) == (b.evidence.start, b.evidence.end)


def _definite_parts(figs: list[Figure], text: str) -> list[Figure]:
    """"Five of the suspects were charged" after "11 people were arrested": a definite plural
    noun after an amount, with no number of its own, points back to a group the article
    counted, so the amount is a part of that count, never a second total of it. With no
    total of its measure before it, it stays the count of what it says."""
    after = measure_phrases()["definite_part"]
    out: list[Figure] = []
    counted: set[str] = set()
    for f in figs:
        base = base_measure(f.measure)
        if f.role == "total" and f.measure != "?" and f.ref is not None and base in counted and \
                match_ahead(after, text, f.ref.end):
            f = attrs.evolve(f, role="part")
        elif f.role == "total":
            counted.add(base)
        out.append(f)
    return out


def _summed_parts(figs: list[Figure]) -> list[Figure]:
    """A count followed in its sentence by ``and N more`` of the same measure is a part of a
    sum the sentence does not state: "Three patients died at the scene and two more died
    later" (five died), "Six people were arrested at sea and five more on shore". Compared as
    a total it would rival the sum that other outlets give. Only the same measure counts:
    "Two people died and dozens more were hurt" adds the injured to no one's toll."""
    parts: set[int] = set()
    for i, f in enumerate(figs):
        if f.role != "total" or f.ref is None or f.evidence is None:
            continue
        nxt = figs[i + 1] if i + 1 < len(figs) else None
        if nxt is None or nxt.role != "increment" or nxt.ref is None or not _same_sentence(nxt, f) or \
                base_measure(nxt.measure) != base_measure(f.measure):
            continue
        between = f.evidence.text[f.ref.end - f.evidence.start:nxt.ref.start - f.evidence.start]
        if _SUMMED_JOIN.match(between):
            parts.add(i)
    return [attrs.evolve(f, role="part") if i in parts else f for i, f in enumerate(figs)]


def _part_of_earlier(prior: Sequence[Figure], measure: str, q: QuantityMention, source: str | None,
                     ratio: float) -> bool:
    """Whether an amount is a part of a total of its measure the article gave before, from
    the same source: an amount of which something more is said (``1,200 evacuees were
    sleeping in tents``, ``85 of the students were freed``; ``ratio`` 1) below that total,
    else one at most half of it (an outlet does not give two totals of one count at once:
    ``650 people had fled to the sports hall`` after ``8,000 fled``), unless two named
    sources differ. With no such total it is the measure's own count (``1,087 passengers were booked on the train``).
    A count with no verb is a part of a total of its noun told with one (``has lost about
    3,000 tonnes`` after ``was carrying 138,500 tonnes``)."""
    value = float(q.value or 0) * ratio
    if measure.endswith(_PROPERTY):
        return False  # "a community of 3,000 ... employs 1,200 people": two properties, no part
    return any((f.measure == measure or (f.measure.startswith(measure + " [") and "[" not in measure))
               and f.role == "total" and f.approx != "vague" and float(f.value or 0) > value
               and (f.source == source or None in (f.source, source)) for f in prior)


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
    return f"{src}, {readable(f.stated) if f.stated else 'undated'}{disputed}"


def _summary(measure: str, label: str, figs: Sequence[Figure]) -> str:
    """``Deaths (updated): four (per X, in Focus Taiwan, ...) vs 10 (Reuters, ...; AP, ...)``."""
    by_amount: dict[tuple[Any, ...], list[Figure]] = {}
    for f in figs:
        by_amount.setdefault((f.value, f.high, f.approx), []).append(f)
    parts = [f"{amount_text(fs[0])} ({'; '.join(_who(f) for f in fs)})" for fs in by_amount.values()]
    return f"{measure[:1].upper() + measure[1:]} ({label}): " + " vs ".join(parts)


def compare_figures(figures: Sequence[Figure], join: Callable[[dict[str, list[Figure]], Sequence[Figure]], None] | None = None
                    ) -> list[Finding]:
    """``figures`` findings: one per measure whose amounts differ across articles. Amounts
    no rule named (measure ``?``) count only when the story's other outlets restate their
    measure (``join``: by default the fitted model, ``figure_model.join_by_model``, with the
    hand rules of ``figure_story.join_by_story`` proposing pairs beside it). Sums in two
    currencies compare at the rates the story's own conversions give (``figure_rates``); a
    count told as a part of a sum another amount gives is a part (``figure_sums``)."""
    with story_currencies(figures):
        groups, loose = named_groups(summed_by_story(figures))
        (join or join_by_model)(groups, loose)
        parties = PartyReader([f for figs in groups.values() for f in figs])
        wholes, fronted = wholes_by_position(figures), fronted_parts(figures)
        out: list[Finding] = []
        for measure, all_figs in sorted(groups.items()):
            if not _background(measure, groups):
                out += _findings_of(measure, all_figs, parties, wholes, fronted)
    return out


_PAST_YEAR = regex.compile(r" in \d{4}$")


def _background(measure: str, groups: dict[str, list[Figure]]) -> bool:
    """Whether a measure is another time's of one the story gives for its own time
    (``deaths in 2022`` beside ``deaths``): the earlier disaster the news sets its own
    beside, background each outlet recalls in passing, never what the story disputes."""
    era = _PAST_YEAR.search(measure)
    if era is None:
        return False
    base = measure[:era.start()]
    return any(k == base or (k.startswith(base + " ") and not _PAST_YEAR.search(k)) for k in groups if k != measure)


def named_groups(figures: Sequence[Figure]) -> tuple[dict[str, list[Figure]], list[Figure]]:
    """The story's totals grouped by the measures the rules name (cues, holders, acts, verbs,
    counted nouns), and the totals no rule named."""
    groups: dict[str, list[Figure]] = {}
    figures = answered(by_place(figures, LOOSE), LOOSE, frozenset(m.name for m in measure_table()))
    loose = [f for f in figures if f.measure == LOOSE and f.role == "total"]
    for f in figures:
        if f.role == "total" and f.measure != LOOSE:
            groups.setdefault(f.measure, []).append(f)
    _join_holderless(groups)
    _join_acts(groups)
    _join_verbs(groups)
    _join_counted_nouns(groups)
    _join_qualified(groups)
    join_kindred(groups)
    join_lone_subgroups(groups)
    return groups, loose


def _told_moved(figs: Sequence[Figure]) -> bool:
    """Whether an amount after the first (in time order) is told as the count moved on from
    an earlier reading (``had now been arrested``, ``investigators now say ..., more than
    initially reported``: ``marks_change``, ``revises``): the count changed since, so two
    sides' sources giving its readings are its update, not two parties' rival claims."""
    return any(marks_change(f) or revises(f) for f in figs[1:])


def _findings_of(measure: str, all_figs: list[Figure], parties: PartyReader,
                 wholes: Mapping[Position, Figure] | None = None,
                 fronted: Mapping[Position, Figure] | None = None) -> list[Finding]:
    """The finding of one measure's amounts, or one per dimension (``85 million euros`` and
    ``$98.6 million`` are no two values of one amount, nor a percent and a count), per band of
    magnitude when they lie orders of magnitude apart (``magnitude_gap``), per side of a
    story with sides (``figure_party``: one army's dead are not the other's) and per named
    holder (one player's games missed are not another's), per direction of a move
    (``figure_direction``: a rise and a fall are two moves, and a move is no holder's stake)
    and apart from the wholes its parts name (``figure_whole``: ``38 of the 41`` and ``Of
    the 41, 38`` are no reading of 41)."""
    out: list[Finding] = []
    parts = (r for d in split_by_dimension(all_figs) for b in split_by_magnitude(d) for s in split_by_party(b, parties)
             for p in split_by_holder(s, parties) for v in split_by_direction(p) for h in split_from_holdings(v)
             for w in split_by_whole(h, wholes or {})
             for r in split_from_fronted(w, fronted or {}))
    key, measure = measure, measure.split(APART)[0]  # "deaths ~2": a second group of deaths the join left apart
    for k, part in enumerate(parts):
        about = f"figures:{key}" + (f" #{k + 1}" if k else "")
        figs = _one_per_sentence(_without_idle_vague(part))
        if len({f.article for f in figs}) < 2 and len({_who_says(f) for f in figs} - {None}) < 2 and \
                not any(counted_from(f) or rejected(f) for f in figs) and \
                not told_apart(figs):
            continue  # one teller's one count, unless it says what the count changed from or another tells it
        figs = sorted(figs, key=_time_key)
        cum = _over_time(measure, figs)
        label = group_label(figs, cum, measure)
        if label is None:
            continue
        if label == "updated" and parties.sides_disagree(figs) and not _told_moved(figs):
            label = "conflicting"  # one side's count of its losses, the other side's count of them
        figs = [shown(f) for f in figs]  # "14 people", "$55,000 a month": the amount as compared
        out.append(Finding(
            type="figures", about=about, label=label, measure=measure,
            summary=_summary(measure, label, _distinct(figs)), figures=tuple(figs),
            claims=tuple(sorted({f.claim for f in figs if f.claim})),
            refs=tuple(f.ref for f in figs if f.ref is not None)))
    return out


def _one_per_sentence(figs: list[Figure]) -> list[Figure]:
    """A measure's amounts less each second amount one sentence gives it from the same
    source: a sentence tells a measure once, so a later amount beside it is a part, an
    alternative or another thing (``a £130 fine, cut to £65 if paid early``, ``222 people on
    board - 214 passengers and eight crew``, ``after two patients died and several others
    fell ill``). A conversion (``412 billion won ($290 million)``) stays only where another
    outlet states the sum in its currency: elsewhere it is the first sum told again."""
    told = restated_sums(figs)
    first: dict[tuple[str, int], Figure] = {}
    kept: set[int] = set()
    for f in sorted(figs, key=lambda g: (g.article, g.ref.start if g.ref else 0)):
        prior = first.setdefault((f.article, f.evidence.start if f.evidence else -1), f)
        if prior is f or f.evidence is None or _who_says(f) != _who_says(prior) or counted_from(f) or rejected(f) or \
                (id(f) in told and any(g.article != f.article and g.unit == f.unit for g in figs)):
            kept.add(id(f))
    return [f for f in figs if id(f) in kept]


def _without_idle_vague(figs: list[Figure]) -> list[Figure]:
    """The amounts of a measure less the vague ones every exact amount agrees with:
    ``hundreds`` beside ``about 300``, ``dozens`` beside 40 say nothing apart (``tens of
    thousands`` beside ``about 8,000`` does); when two exact amounts differ, the vague ones
    say nothing the exact ones do not (``Thousands`` beside ``about 9,000`` and ``more than
    35,000``). A vague plural is a floor, no band: ``hundreds`` of visitors says at least two
    hundred, and an outlet's ``Some 1,700`` agrees with it (as ``thousands`` with ``14,862``,
    ``several`` injured with ``22``); only an exact amount below the floor disagrees
    (``dozens`` of villages beside ``five``)."""
    exact = [f for f in figs if f.approx != "vague"]
    if not exact:
        return figs
    if len({(f.value, f.high) for f in exact}) >= 2:
        return exact  # "about 9,000" vs "more than 35,000": the difference is theirs; "Thousands" adds nothing
    return [f for f in figs if f.approx != "vague" or not all(_at_least(g, f) for g in exact)]


def _at_least(exact: Figure, floor: Figure) -> bool:
    """Whether an amount allows a value at or above a vague amount's floor (its least value)."""
    return figure_range(exact)[1] >= figure_range(floor)[0]


def _join_holderless(groups: dict[str, list[Figure]]) -> None:
    """A held measure stated without its holder (``Silva secured 52 percent``, the name
    not read as a person) is the holder's the story names most (in most articles)."""
    for m in measure_table():
        if not m.per_holder or m.name not in groups:
            continue
        held = [k for k in groups if k.startswith(m.name + " of ")]
        if held:
            top = max(held, key=lambda k: (len({f.article for f in groups[k]}), len(groups[k]), k))
            groups[top].extend(groups.pop(m.name))


def _join_verbs(groups: dict[str, list[Figure]]) -> None:
    """Counts of one noun told with other verbs (``200 troops deployed``, ``some 250 troops
    were helping``; ``six vehicles fell``, ``nine vehicles plunged``) are one measure, unless
    one article tells both verbs of that noun: an outlet that counts ``about 300 students``
    enrolled and ``11 students escaped`` shows they are two counts, and so do amounts far
    apart (``about 300`` students, ``Eleven`` students escaped: more than the ``close_ratio``
    of figures.json). The count with no verb is one more such reading."""
    bases: dict[str, dict[str, list[str]]] = {}
    for name in groups:
        m = _VERBED.fullmatch(name)
        if m is not None:
            bases.setdefault(m.group(1), {}).setdefault(verb_lemma(m.group(2)), []).append(name)
    for base, by_lemma in bases.items():
        if base in groups:
            by_lemma[""] = [base]
        arts = {lem: {f.article for n in names for f in groups[n]} for lem, names in by_lemma.items()}
        values = {lem: [float(f.value or 0) for n in names for f in groups[n]] for lem, names in by_lemma.items()}
        clusters: list[list[str]] = []
        for lem in sorted(by_lemma):
            home = next((c for c in clusters if not any(arts[lem] & arts[o] for o in c)
                         and _close([v for o in [*c, lem] for v in values[o]])), None)
            if home is None:
                clusters.append([lem])
            else:
                home.append(lem)
        for c in clusters:
            names = [n for lem in c for n in by_lemma[lem]]
            merged = [f for n in names for f in groups.pop(n)]
            groups.setdefault(base if len(clusters) == 1 else names[0], []).extend(merged)


#: "number of fragments [recovered]", "number of pieces (debris) [collected]", "number of people
#: (divert)": a count named by its noun and the verb said of the things or people counted
_ACTED = regex.compile(r"number of (?P<noun>[^()\[\]]+?)(?: \((?P<qual>[^()]+)\))?"
                       r"(?: \[(?P<word>[^\]]+)\]| \((?P<stem>[\p{Ll}]+)\))")


def _act_of(name: str, figs: Sequence[Figure]) -> tuple[str, str] | None:
    """(verb lemma, class of what is counted) of a count named by its verb: ``persons`` when
    every counted noun of its amounts names persons, ``things`` when none does, ``any`` when
    no amount names a noun (``12 were diverted``)."""
    m = _ACTED.fullmatch(name)
    if m is None:
        return None
    verb = verb_lemma(m.group("word")) if m.group("word") else verb_lemma(m.group("stem"))
    nouns = {(f.unit or "").lower() for f in figs if f.unit}
    if not nouns:
        return verb, "any"
    persons = {is_person_noun(n) for n in nouns}
    return (verb, "persons" if persons == {True} else "things") if len(persons) == 1 else None


def _join_acts(groups: dict[str, list[Figure]]) -> None:
    """Counts of one act told with other nouns (``214 members who will be released`` / ``release
    about 200 jailed rebels``; ``more than 60 fragments recovered`` / ``More than 140 pieces of
    debris recovered``) are one count: the verb said of what is counted names the measure, and
    outlets name the same things by other nouns. Only counts of one class (persons, or things;
    a count with no noun goes with either), never two from one article (an article that counts
    two nouns with one verb tells two counts: ``evacuated 300 patients and 2,000 residents``),
    and only amounts near each other (``close_ratio``)."""
    by_act: dict[tuple[str, str], list[str]] = {}
    acts = {name: act for name, figs in groups.items() if (act := _act_of(name, figs)) is not None}
    for name, (verb, kind) in acts.items():
        for k in ("persons", "things") if kind == "any" else (kind,):
            by_act.setdefault((verb, k), []).append(name)
    for (_verb, _kind), names in sorted(by_act.items()):
        names = [n for n in names if n in groups]
        if len(names) < 2:
            continue
        clusters: list[list[str]] = []
        for name in sorted(names, key=lambda n: (-len(groups[n]), n)):
            arts = {f.article for f in groups[name]}
            home = next((c for c in clusters if not any(arts & {f.article for o in c for f in groups[o]})
                         and _close([float(f.value or 0) for o in [*c, name] for f in groups[o]
                                     if f.approx != "vague"] or [1.0])), None)
            if home is None:
                clusters.append([name])
            else:
                home.append(name)
        for c in clusters:
            for name in c[1:]:
                groups[c[0]].extend(groups.pop(name))


def _join_counted_nouns(groups: dict[str, list[Figure]]) -> None:
    """A cue's measure read for a count of a noun other outlets count with a verb of their
    own is that count: ``52 inmates had fled`` (``fled``, a cue of displacement) beside
    ``At least 38 inmates escaped`` and ``38 prisoners got away`` is the count of escaped
    inmates, not of people displaced from their homes. Only nouns other than the generic
    people units, only from articles the verb count is not in, and only amounts near it;
    the article's amounts of that measure told with no noun go with it (``more than the 38
    reported by the penitentiary system``)."""
    cue_names = {m.name for m in measure_table()}
    generic = {u.lower() for u in figure_rules()["people_units"]}
    verbed = {name: {f.article for f in figs} for name, figs in groups.items()
              if name.startswith("number of ") and any(_VERBED.fullmatch(f.measure) and f.approx != "vague" for f in figs)}
    for name in [n for n in groups if n in cue_names]:
        for f in list(groups[name]):
            unit = (f.unit or "").lower()
            if not unit or unit in generic or not any(f is g for g in groups[name]):
                continue
            home = next((v for v, arts in verbed.items() if v.startswith(f"number of {unit}") and f.article not in arts
                         and _close([float(f.value or 0), *(float(g.value or 0) for g in groups.get(v, [])
                                                             if g.approx != "vague")])), None)
            if home is not None and home in groups:  # with the article's amounts of it told with no noun ("the 38")
                moved = [f, *(g for g in groups[name] if g.article == f.article and not g.unit and g is not f)]
                groups[name] = [g for g in groups[name] if not any(g is m for m in moved)]
                groups[home].extend(moved)
        if not groups[name]:
            del groups[name]


def _close(values: Sequence[float]) -> bool:
    """Whether amounts are near enough to count one thing (``six``, ``seven``, ``nine``)."""
    lo, hi = min(values), max(values)
    return lo > 0 and hi / lo <= float(figure_rules()["close_ratio"])


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
