"""How two amounts of one measure relate: the values each allows (approximation,
rounding, the precision of a measurement; in the base unit of their dimension, so another
unit or number form compares: ``figure_units``), whether two outlets' amounts are one
reading told twice, when each was stated, and the label of their difference (consistent,
updated, conflicting)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from typing import Any

import attrs
import regex

from newskit.model import Figure
from newskit.story.features import lemma
from newskit.story.figure_data import alternation, figure_rules, kind_of_unit, measure_table
from newskit.story.figure_dollars import one_sum_two_signs
from newskit.story.figure_earlier import against_earlier, against_first
from newskit.story.figure_fronted import fronted_figure
from newskit.story.figure_marks import (
    changed_from,
    changed_to,
    counted_from,
    first_report,
    given_then,
    later_in_sentence,
    marks_change,
    rejected,
    rejected_earlier,
    rejected_own,
    revised_apart,
    revises,
    snapshot,
)
from newskit.story.figure_moment import one_moment
from newskit.story.figure_remainder import remainder
from newskit.story.figure_session import session_reading
from newskit.story.figure_told import given_on, held_on
from newskit.story.figure_units import (
    base_range,
    base_value,
    dimension,
    is_fraction_word,
    measurement_step,
    to_base,
)
from newskit.text import match_ahead
from newskit.timex import interval

_ERA_SUFFIX = regex.compile(r" in \d{4}$")
_FORM_NOISE = regex.compile(r"[\s\-‐–]+")
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")
#: the approximations of a point value (``about 80 metres``); a bound (``less than 10 km``,
#: ``as much as 14 metres``) agrees with too many readings to tell which one it restates
_POINT = (None, "about", "approx")
#: the approximations of an estimate (a round figure or a bound), not a count
_ESTIMATES = ("about", "approx", "over", "under")
#: how long (seconds) after a count another source's estimate is a rival reading of it
_NEWS_CYCLE = 24 * 3600
_TRAILING_ZEROS = regex.compile(r"\.0+$|(?<=\.\d*[1-9])0+$")
#: how a sum is written: the sign before its digits, the digits, letters glued to them and the
#: word after them (``€420 million`` / ``420m euros``; ``$1,140`` / ``$1,140.00``); a word of
#: two letters (``or more``, ``a share``) is no part of the sum's form
_SUM_FORM = regex.compile(r"([^\w\s]*)(\d[\d,]*(?:\.\d+)?)(\p{L}*)(?:\s+(\p{L}{3,}))?")

#: "number of inmates [escaped]", "number of people (recaptur)": a count of what happened
_HAPPENED = regex.compile(r"^number of (?:.*\[[^\]]+\]|people \((?!in )[^()]+\))")
#: "number of people (in intensive care)": a state, it moves either way
_STATE = regex.compile(r"^number of people \(in ")

#: how far after an amount a contrast with another's count may stand ("More than 80 people are
#: still missing, according to a list drawn up by the village council, a higher figure than
#: ..."; a sentence's sayer and its time may stand between: "About 62,000 salmon escaped after a
#: storm ripped through the nets, the directorate said on Monday, a higher figure than ..."); no
#: other number may stand between, so the contrast is this amount's
_CONTRAST_AFTER = 240


def _day(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The interval of a TIMEX3 value; a part of a day (``2025-10-02TNI``) its hours of that
    day (``part_of_day_hours``: a night is after a noon report, not at the day's start);
    else its date part."""
    if not value:
        return None
    iv = interval(value)
    if iv is None and len(value) >= 10:
        iv = interval(value[:10])
        hours = _part_hours().get(value[10:])
        if iv is not None and hours is not None:
            iv = iv[0] + dt.timedelta(hours=hours[0]), iv[0] + dt.timedelta(hours=hours[1])
    return iv


@cache
def _part_hours() -> dict[str, tuple[int, int]]:
    """``part_of_day_hours`` by the TIMEX3 time of a value (``TNI``)."""
    return {"T" + k: (int(v[0]), int(v[1])) for k, v in figure_rules()["part_of_day_hours"].items()}


def figure_range(f: Figure, widths: str = "approx_width") -> tuple[float, float]:
    """The values an amount allows, in the base unit of its dimension (``figure_units``:
    ``14-mile`` and ``about 22km`` are compared in metres): its approximation's width,
    rounding of a round number (``1,100`` may stand for 1,050-1,150, never more than 5%
    either side) and the precision of a measurement (``82`` metres: 81.5-82.5)."""
    lo, hi = _written_range(f, widths)
    return base_range(lo, hi, f.unit)


#: a count told in dozens (``two dozen``, ``a dozen``) is round to the quarter dozen either
#: side, as ``1,100`` is to its hundreds: ``two dozen`` passengers and ``25`` agree
_IN_DOZENS = regex.compile(r"(?<!\p{L})dozen(?!\p{L})", regex.I)
_DOZEN_STEP = 3.0


def _written_range(f: Figure, widths: str = "approx_width") -> tuple[float, float]:
    """The values an amount allows in the unit it is written in; labelled, a hedge of
    closeness its rounding (:func:`_rounding_share`), an estimate at least
    ``label_about_floor`` of itself either side."""
    v = float(f.value or 0)
    h = float(f.high) if f.high is not None else v
    if (f.unit or "").lower() == "percent":
        return _percent_range(f, v, h)
    w = float(figure_rules()[widths].get(f.approx or "", 0.0))
    if widths == "label_width" and f.approx in _ROUNDED:
        w = _rounding_share(f)
        if f.approx in _POINT[1:]:
            w = max(w, float(figure_rules()["label_about_floor"]))  # "about 340,000" / 350,000
    tol = measurement_step(f)
    if f.ref is not None and _IN_DOZENS.search(f.ref.text):
        tol = max(tol, _DOZEN_STEP)  # "two dozen passengers" / "25 people": one round count
    if isinstance(f.value, int) and f.value >= 100:
        step = min(_zeros_step(f.value), _written_step(f))
        if step >= 100:  # a half step rounds up: 125 is no "120"
            tol = max(tol, min(step / 2 * 0.999, 0.05 * v))
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


#: the hedges of closeness, which a label reads as rounding (``about``, ``nearly``)
_ROUNDED = ("about", "approx", "under")


def _rounding_share(f: Figure) -> float:
    """The share of itself a hedged amount allows when labelled: the values that round to it
    at its last written digit (``about 2km``: 1.5-2.5 km; ``about 410 billion``: 405-415
    billion), or for a hedge below it the step of that digit under it (``nearly $2.9
    billion``: 2.8-2.9 billion), at most ``label_rounding`` of it."""
    v = abs(float(f.value or 0))
    if v == 0:
        return 0.0
    step = _digit_step(f) * 0.999  # a half step rounds up: 4.5 is no "about four"
    cap = float(figure_rules()["bound_rounding" if _bound_below(f) else "label_rounding"])
    return min(cap, (step if f.approx == "under" else step / 2) / v)


def _bound_below(f: Figure) -> bool:
    """Whether an amount is a strict bound below a round figure (``under 10 minutes``, ``fewer
    than 40``; ``bound_below_hedges``), not a hedge of closeness (``nearly``, ``just under``)."""
    if f.approx != "under" or f.ref is None or _close_below_rx().match(f.ref.text):
        return False
    return _bound_below_rx().match(f.ref.text) is not None


@cache
def _bound_below_rx() -> Any:
    return regex.compile(r"(?:" + alternation(figure_rules()["bound_below_hedges"]) + r")\b", regex.I)


def _digit_step(f: Figure) -> float:
    """The step of an amount's last written digit: ``40``: 10, ``1.8``: 0.1, ``2.3
    million``: 100,000, ``two``: 1; an amount told in words with a fraction (``nearly
    three-quarters of an hour``, ``two and a half days``: ``fraction_words``) is rounded to
    that fraction, as coarse as the amount itself (the label's cap then bounds it)."""
    if f.ref is not None and not _DIGITS.search(f.ref.text) and _fraction_rx().search(f.ref.text):
        return abs(float(f.value or 0))  # "three-quarters of an hour": a quarter-hour's rounding, not 45's last digit
    if isinstance(f.value, int):
        return float(_zeros_step(f.value))
    exp = Decimal(str(f.value)).normalize().as_tuple().exponent
    return 10.0 ** int(exp) if isinstance(exp, int) else 1.0


@cache
def _fraction_rx() -> Any:
    return regex.compile(r"\b(?:" + alternation(figure_rules()["fraction_words"]) + r")\b", regex.I)


def _written_step(f: Figure) -> int:
    """The rounding step an amount's own words allow: the last written digit of a mantissa
    before a scale word (``120 million``: a million; ``2.3 million``: 100,000); no limit
    for an amount written in full."""
    m = _scaled().search(f.ref.text) if f.ref is not None else None
    if m is None:
        return 10 ** 15
    scale = int(figure_rules()["scale_words"][m.group(2).lower()])
    digits: int = 10 ** len(m.group(1) or "")
    return max(1, scale // digits)


@cache
def _scaled() -> Any:
    return regex.compile(r"\d(?:\.(\d+))?\s*(" + alternation(list(figure_rules()["scale_words"])) + r")\b", regex.I)


def _percent_range(f: Figure, v: float, h: float) -> tuple[float, float]:
    """Percentages approximate in points, not in per cent of themselves: ``about 64%``
    is 63-65, ``61%`` may be a rounded 60.5-61.5."""
    w = float(figure_rules()["percent_points"].get(f.approx or "", 0.0))
    tol = 0.5 if isinstance(f.value, int) else 0.05
    if is_fraction_word(f):
        tol = float(figure_rules()["fraction_points"])  # "a fifth" is a share rounded to a simple fraction
    lo, hi = v - tol, h + tol
    if f.approx in ("approx", "about"):
        lo, hi = min(lo, v - w), max(hi, h + w)
    elif f.approx in ("over", "vague"):
        hi = max(hi, h + w)
    elif f.approx == "under":
        lo = min(lo, v - w)
    return lo, hi


def _same_amount(a: Figure, b: Figure) -> bool:
    """Whether two amounts say the same thing the same way: one value, bound and unit, and
    one number written (``£48 million`` / ``£48m``, ``3.6%`` / ``3.6 per cent``: a spelling of
    the unit is no other figure). A reading or a sum restated in another unit or number form
    (``14.2GW`` / ``14,200 megawatts``, ``500,000 bpd`` / ``half a million barrels a day``) is
    a consistent pair a reader is shown; a count is the same count however it is spelt
    (``Two`` / ``2``)."""
    if (a.value, a.high, a.approx) != (b.value, b.high, b.approx):
        return False
    if dimension(a)[0].startswith("money") and _sum_form(a) != _sum_form(b):
        return False
    return dimension(a)[0] == "count" or (a.unit == b.unit and _number_form(a) == _number_form(b))


def _sum_form(f: Figure) -> tuple[str, ...]:
    """How a sum is written (``€``, ``420``, ``""``, ``million``): a sum restated with another
    currency sign or word, scale or number of decimals is the same sum told in another form,
    which a reader is shown as a consistent pair (``420m euros`` / ``€420 million``)."""
    m = _SUM_FORM.search(f.ref.text) if f.ref is not None else None
    if m is None:
        return ()
    return (m.group(1)[-1:], m.group(2).replace(",", ""), m.group(3).lower(), (m.group(4) or "").lower())


def _number_form(f: Figure) -> str:
    """The number as written: its digits and decimal point (``14,200`` -> ``14200``, ``2.0`` -> ``2``), or its
    words when it has no digits (``half a million``)."""
    text = f.ref.text.lower() if f.ref is not None else ""
    digits = _DIGITS.findall(text)
    return " ".join(_TRAILING_ZEROS.sub("", d.replace(",", "")) for d in digits) if digits else _FORM_NOISE.sub("", text)


def _overlap(a: Figure, b: Figure, widths: str = "approx_width") -> bool:
    ra, rb = figure_range(a, widths), figure_range(b, widths)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


#: dimensions whose units are no measure of their own (a counted noun, a percent sign)
_FORMLESS = ("count", "percent", "multiple", "magnitude")


def another_form(a: Figure, b: Figure) -> bool:
    """Whether two amounts agree though written in two units of one dimension (``21 days``
    / ``three weeks``, ``120 kilometres`` / ``75 miles``, ``£95 million`` / ``€110 million``
    at the story's rate), or a share in words and in digits (``nearly a tenth`` / ``9.2%``):
    one amount converted or rounded by another outlet; two amounts of different things
    seldom meet across units."""
    if is_fraction_word(a) != is_fraction_word(b) and (a.unit or "").lower() == (b.unit or "").lower() == "percent":
        return _overlap(a, b)  # "nearly a tenth" / "just over 9 per cent": one share in words and digits
    return (a.unit or "").lower() != (b.unit or "").lower() and dimension(a)[0] not in _FORMLESS \
        and dimension(a)[0] == dimension(b)[0] and _overlap(a, b)


#: the scales a temperature in bare ``degrees`` may be told in, each the other's reading
_SCALES = {"°C": "°F", "°F": "°C"}


def _either_scale(a: Figure, b: Figure) -> bool:
    """Whether a temperature in bare degrees (``minus 20 degrees`` in a Minneapolis paper)
    agrees with another outlet's in a named scale once read in the other scale (``about
    minus 29 Celsius``): an outlet writes its own country's scale bare."""
    for bare, named in ((a, b), (b, a)):
        if (bare.unit or "").lower() == "degree" and named.unit in _SCALES:
            return _overlap(attrs.evolve(bare, unit=_SCALES[named.unit]), named, "label_width")
    return False


def _span_rounded(a: Figure, b: Figure) -> bool:
    """Whether two spans of time written in two units agree once the one in the larger unit
    is read as rounded to a whole unit (``two days`` / ``52 hours``, ``two weeks`` / ``16
    days``): an outlet converting hours to days rounds, at most ``span_rounding`` of it."""
    if dimension(a)[0] != "duration" or dimension(b)[0] != "duration" or (a.unit or "").lower() == (b.unit or "").lower():
        return False
    if a.approx is not None or b.approx is not None or a.high is not None or b.high is not None:
        return False
    coarse, fine = (a, b) if to_base(1.0, a.unit) > to_base(1.0, b.unit) else (b, a)
    ra, rb = _whole_unit_range(coarse, float(figure_rules()["span_rounding"])), figure_range(fine)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _whole_unit_range(f: Figure, share: float) -> tuple[float, float]:
    """The values a span allows read as rounded at its last written digit (``two days``:
    1.5-2.5 days), at most ``share`` of it either side, in seconds."""
    v = float(f.value or 0)
    tol = min(_digit_step(f) / 2, share * v)
    return to_base(v - tol, f.unit), to_base(v + tol, f.unit)


def one_reading(story: Sequence[Figure]) -> frozenset[tuple[int, int]]:
    """The pairs (ids) of two outlets' amounts that are one measurement told in two forms:
    amounts of one measured dimension (``reading_dimensions``: a length, a power, a
    temperature, a flow...) whose values agree within what each form allows (``14-mile`` /
    ``about 22km``, ``82-metre`` / ``about 80 metres``, ``500,000 bpd`` / ``half a million
    barrels a day``), each a point value (not a bound or a range) and each the only amount
    of the other's article it agrees with. Two outlets seldom state two different readings
    of one dimension that agree; where an article holds two amounts agreeing with one of
    the other's, which one it restates is left to the words."""
    dims = frozenset(figure_rules()["reading_dimensions"])
    by_article: dict[str, list[Figure]] = {}
    for f in story:
        if f.value is not None and f.high is None and f.approx in _POINT and dimension(f)[0] in dims:
            by_article.setdefault(f.article, []).append(f)
    arts = sorted(by_article)
    out: set[tuple[int, int]] = set()
    for i, x in enumerate(arts):
        for y in arts[i + 1:]:
            meets = [(a, b) for a in by_article[x] for b in by_article[y]
                     if dimension(a)[0] == dimension(b)[0] and _overlap(a, b)]
            left = Counter(id(a) for a, _ in meets)
            right = Counter(id(b) for _, b in meets)
            out |= {p for a, b in meets if left[id(a)] == right[id(b)] == 1 for p in ((id(a), id(b)), (id(b), id(a)))}
    return frozenset(out)

def _order(a: Figure, b: Figure) -> int:
    """-1 when ``a`` was stated before ``b``, 1 after, 0 at the same time (or unknown).

    A figure's time is the time its text gives (``34 by Monday``), else its article's
    publication time; an earlier day its own clause says it was given on (``On Tuesday the
    minister put the bonus at $25 million``: ``figure_told.given_on``), or that a state's count
    held on (``only 112 buses were running on Monday``: ``figure_told.held_on``), comes first. Times
    that do not overlap order two statements; overlapping ones are ordered by where they
    start (``by Monday`` starts before a wire stamped ``Monday 12:00``), and only the same
    start is the same time."""
    ia, ib = _day(_when(a)), _day(_when(b))
    if ia is None or ib is None or ia[0] == ib[0]:
        return 0
    if ia[1] <= ib[0] or ib[1] <= ia[0]:
        return -1 if ia[1] <= ib[0] else 1
    return -1 if ia[0] < ib[0] else 1


def _marked_order(a: Figure, b: Figure) -> int:
    """:func:`_order`, but of two amounts whose times overlap (``on Tuesday`` and a report at
    10:30 that Tuesday), the one told as a change (``has risen to at least 31``:
    ``marks_change``) or as its source's revision (``higher than the figure it had given in
    the morning``: ``revises``) is the later: a change is told after the count it changes; the
    one told in the past perfect of giving at an earlier time (``In the morning, the authorities
    had reported at least 9 dead``: ``given_then``) is the earlier, its article's stamp no time
    of its own."""
    order = _order(a, b)
    if not order:  # "11 on Monday morning; by evening ... 16": the sentence orders them
        if later_in_sentence(a, b):
            return -1
        if later_in_sentence(b, a):
            return 1
    if (not order or _overlapping(a, b)) and given_then(a) != given_then(b):
        return -1 if given_then(a) else 1  # "In the morning, the authorities had reported at least 9 dead"
    moved_a, moved_b = marks_change(a) or revises(a), marks_change(b) or revises(b)
    if order and moved_a != moved_b and _overlapping(a, b):
        return 1 if moved_a else -1
    return order


def _overlapping(a: Figure, b: Figure) -> bool:
    """Whether the times two amounts were stated overlap (one a day, the other an hour of it)."""
    ia, ib = _day(_when(a)), _day(_when(b))
    return ia is not None and ib is not None and ia[0] < ib[1] and ib[0] < ia[1]


def _when(f: Figure) -> str | None:
    """When an amount was told, as :func:`_order` reads it: the earlier day its clause says it
    was given on (``Announced on Tuesday at 250 million CFA francs``) or a state's count held on
    (``early on Monday morning, only 112 buses were running``: ``figure_told.held_on``), else its
    stamp."""
    return given_on(f) or held_on(f) or f.stated


def _pair_label(a: Figure, b: Figure, over_time: str, measure: str = "",
                earliest: frozenset[int] = frozenset()) -> str | None:
    """How two amounts of one measure relate: None (the same), consistent, updated or
    conflicting; amounts of one article are only ever an update, unless two tellers give them
    (:func:`_two_sources`, :func:`named_and_unnamed`). The rules compose:

    * stated at the same time, amounts conflict unless their ranges overlap (consistent), or
      an outlet sets one against the other's teller (``a far higher figure than the more
      than 80 injured given by officials``, ``well above the police's figure``:
      :func:`contrasted`, :func:`set_beyond`), though a bound allows both;
    * a count of what happened, or one that moves either way, told the same day as a
      finished event (``At least six vehicles fell``, ``350 had been forced from their
      homes when the blaze swept through``) counts one past moment: a later one that day
      is no update (``figure_moment``); so do two sources' counts of the people an event
      hurt (``measure``: injured, hospitalised); a day later it may be; a teller's own
      revision that day (``two more than it announced earlier``) is its later reading, and
      so is an exact count above an earlier floor's next round step (``more than 90``
      spoke, then ``112``: :func:`floor_then_count`);
    * an amount told as what the first reports gave (``Initial reports had put the number
      injured at two``: ``figure_marks.first_report``) is the count's earliest reading,
      whenever it is told: another amount that differs from it updates it; so is the
      reading a change is counted from (``nine flights, up from the six announced on
      Tuesday``: ``figure_marks.counted_from``), and so is the same amount told by an
      outlet no later (``earliest``: :func:`first_readings`); a reading its teller
      rejects (``22 horses had run, not 24 as reported``: ``figure_marks.rejected``)
      conflicts with a differing count, unless told as the first reports' or the count's
      earlier reading (``not the 40,000 first reported``, ``not the 48 million first cited by
      the agency``: ``figure_marks.rejected_earlier``);
    * a later amount its source tells as a revision of its own earlier reading (``nearly
      three times its first estimate``: ``figure_marks.revises``) updates; told as differing
      from it (``two more than reported in the morning``: ``figure_marks.revised_apart``), it
      updates whatever the two readings' hedges allow;
    * overlapping ranges (``label_width``: ``nearly five hours`` is close below five) are
      consistent unless two round estimates lie apart (``estimates_apart``: ``an estimated
      40,000`` / ``some 38,000``), a later count rises above the earlier, or both are bounds at
      different edges (``rival_bounds``: ``up to 24 years`` / ``up to 30 years``; of a
      count that rises, only when stated at once: ``at least nine`` dead, then ``at least
      19``, is an update);
    * two amounts of which one is told at the count's peak (``at the height of the storm``:
      ``at_peak``) count one moment, whenever told;
    * a later estimate another source gives within a day (``about 40`` after 31:
      ``rival_estimate``) is a rival reading, not an update;
    * a later amount its sentence names as the level a count changed to (``has grown to 263``,
      ``taking the toll to 19``: ``figure_marks.changed_to``) updates, the same day too and
      even where the two amounts' hedges agree (``about 260``, then ``has grown to 263``), unless
      it allows the earlier's own value (``$1.14 billion``, then ``had risen to just over $1.1
      billion``: the same level told coarser, consistent);
    * a later amount that says it changed (``raised its offer to``, ``rose to``) updates;
      another teller's that lies beyond an earlier bound without saying so (``up to 12``
      stores, then 15; ``more than 60`` missing, then 37: ``beyond_bound``) conflicts;
    * over time a rising count may only rise (those told as still in its state, ``Nine were
      still in hospital``, are another measure: ``still_in_state``), and a fixed property
      (magnitude, deal value, a tunnel's length) is updated only by the source that stated it;
    * amounts that agree once converted to one unit (``another_form``: ``7,000 hectares`` /
      ``17,800 acres``) are one amount restated, consistent whatever their times and
      sources: a conversion is more precise than the round reading it converts, never a
      rise of it; so are one number written with a bare ``$`` and with a country's dollar
      sign (``$150m`` / ``NZ$150 million``: ``figure_dollars.one_sum_two_signs``)."""
    if _same_amount(a, b):
        return None
    told = _told_label(a, b, earliest)
    if told != _UNDECIDED:
        return told
    pair = _Pair.of(a, b, over_time, measure)
    for step in (_revision_label, _one_moment_label, _contrast_label, _agreeing_label, _differing_label):
        label = step(pair)
        if label != _UNDECIDED:
            return label
    return "updated"


#: what a step of :func:`_pair_label` returns when its rule does not decide the pair (None is
#: a label of its own: the pair is no difference)
_UNDECIDED = "undecided"


def _told_label(a: Figure, b: Figure, earliest: frozenset[int]) -> str | None:
    """The label the words or forms of two amounts decide whenever each was told: one amount
    restated in another unit, scale or sign (consistent), a count's earlier reading or a
    session's move beside a differing amount (updated), a reading its teller rejects
    (conflicting); else :data:`_UNDECIDED`."""
    if another_form(a, b) or _span_rounded(a, b) or one_sum_two_signs(a, b) or _either_scale(a, b):
        return "consistent"
    if _earlier_reading(a, b, earliest) != _earlier_reading(b, a, earliest) and not _overlap(a, b, "label_width"):
        return "updated"  # "Initial reports had put the number injured at two", "up from six": an earlier reading
    if _session_pair(a, b) and not _overlap(a, b, "label_width"):
        return "updated"  # "up 7.8% in afternoon trading", then "closed 6.1% higher": the close is the day's last reading
    if rejected(a) != rejected(b) and not _overlap(a, b, "label_width"):
        return "conflicting"  # "22 horses had run, not 24 as reported": a reading its teller rejects
    return _UNDECIDED


@attrs.frozen
class _Pair:
    """Two amounts of one measure as the time-bound rules read them: whether two tellers give
    them (``apart``), which was told first (``order``, ``early``, ``late``), whether one is a
    count at its peak (then they count one moment: ``timed`` is false), whether their values
    agree as labelled (``agree``) and whether one teller gives both."""

    a: Figure
    b: Figure
    over_time: str
    measure: str
    apart: bool
    order: int
    early: Figure
    late: Figure
    agree: bool
    one_teller: bool
    peak: bool

    @classmethod
    def of(cls, a: Figure, b: Figure, over_time: str, measure: str) -> _Pair:
        order = _marked_order(a, b)
        agree = _overlap(a, b, "label_width") and not (rival_bounds(a, b) and (not order or over_time != "rising")) \
            and not estimates_apart(a, b)
        early, late = (a, b) if order < 0 else (b, a)
        return cls(a, b, over_time, measure, a.article != b.article or _two_sources(a, b) or named_and_unnamed(a, b), order, early, late, agree,
                   same_teller(_who_says(a), _who_says(b)), at_peak(early) or at_peak(late))

    @property
    def timed(self) -> bool:
        """Whether the two were told at different times, not of one peak moment."""
        return bool(self.order) and not self.peak


def _revision_label(p: _Pair) -> str | None:
    """Updated where the later amount is told as a revision or the change's outcome: another
    amount than the morning's (``two more than reported``), one set against another teller's
    figure given on an earlier day (``lower than the figure the launch firm gave on Thursday``:
    ``figure_earlier``), the exact count a floor stood for, the level a count changed to."""
    if p.order and revised_apart(p.late):
        return "updated"  # "19 had been treated, two more than reported in the morning"
    if p.order and against_earlier(p.late) and (_another_day(p.early, p.late) or against_first(p.late)):
        return "updated"  # "524 kilometres, lower than the figure the launch firm gave on Thursday": its later reading
    if p.timed and p.agree and p.over_time in ("happened", "any") and floor_then_count(p.early, p.late):
        return "updated"  # "more than 90 people spoke", then "112 speakers": the count the floor stood for
    if p.timed and not p.agree and changed_to(p.late):
        return "updated"  # "the toll rose to 12" after nine, the same day: the count after a change
    return _UNDECIDED


def _another_day(a: Figure, b: Figure) -> bool:
    """Whether two amounts were stated on different days: set against a figure given earlier
    the same day (``fewer than the figure given by firefighters earlier in the day``), a
    count is a rival reading of one moment; a day later, its later reading."""
    return _later_day(a, b) or _later_day(b, a)


def _one_moment_label(p: _Pair) -> str | None:
    """Amounts told at once, or of one past moment (``figure_moment``), are consistent when they
    agree (unless an outlet contrasts two tellers' readings) and conflict (two tellers) when
    they do not; a teller's own revision of one moment's count is left to the later steps."""
    if not p.timed or (one_moment(p.early, p.late, p.over_time, p.measure, p.one_teller)
                       and (p.agree or not (revises(p.late) and p.one_teller))):
        if p.agree and p.apart and any(_set_against(f) and not only_held(f) for f in (p.a, p.b)):
            return "conflicting"  # "112 taken to hospital, a far higher figure than the more than 80 injured"
        return "consistent" if p.agree else ("conflicting" if p.apart else None)
    return _UNDECIDED


def _contrast_label(p: _Pair) -> str | None:
    """A source revising its own count updates it; an amount two tellers set against each other
    conflicts (unless only held to and agreeing); a span told while it lasted has grown."""
    if revises(p.late):
        return "updated"  # "more than three times its first estimate": a source revising its own count
    if p.apart and any(_set_against(f) and not (p.agree and only_held(f)) for f in (p.a, p.b)):
        return "conflicting"  # "a higher figure than the one given by national authorities"
    if _grown_span(p.early, p.late):
        return "updated"  # "had been burning for more than 30 hours", then "after burning for about 40 hours"
    return _UNDECIDED


def _agreeing_label(p: _Pair) -> str | None:
    """Two amounts told at different times that agree: a count that rises above the earlier
    updates it (unless another source's estimate within a day: a rival reading); an exact count
    above an earlier floor only past the floor's round step, of a count that only rises too (``more
    than 2,000`` houses damaged, then ``2,146``: the count the floor stood for); else they are
    consistent, or updated when the later is told as the level a count changed to and does not
    allow the earlier's own value (told coarser, it is that level: :func:`_allows_earlier`)."""
    if not p.agree:
        return _UNDECIDED
    if (p.over_time in ("rising", "any", "happened") or snapshot(p.early)) and \
            _rises(p.early, p.late, p.over_time if p.over_time == "rising" and not _counted_floor(p) else "any"):
        if p.apart and rival_estimate(p.early, p.late):
            return "conflicting"  # 31 in hospital, then "about 40" from another source
        return "updated"  # "at least 14" dead, then 21; "more than 9,000" evacuated, then 12,000
    if p.one_teller and marks_change(p.late) and _rises(p.early, p.late, "any"):
        return "updated"  # auditors' "at least €40 million", then what "auditors now say" is "about €55 million"
    if changed_to(p.late) and not _allows_earlier(p.early, p.late):
        return "updated"  # "about 260", then "has grown to 263"
    return "consistent"  # "$1.14 billion", then "had risen to just over $1.1 billion": the level told coarser


def _allows_earlier(early: Figure, late: Figure) -> bool:
    """Whether a later amount allows the earlier one's own value (``$1.14 billion``, then ``had
    risen to just over $1.1 billion``): the same level told coarser."""
    lo, hi = figure_range(late, "label_width")
    return lo <= base_value(early) <= hi


def _counted_floor(p: _Pair) -> bool:
    """Whether a floor is followed by an exact count (``more than 2,000`` houses damaged, then
    ``2,146``): the count rises from the floor only past its round step, as a count that
    moves either way does; a hedged amount (``nearly 400``) is read against the floor itself,
    and so is a floor told as a count still moving (``has risen to more than 100``, ``more
    than 60 had now been arrested``: ``marks_change``), which a later count updates."""
    return p.early.approx == "over" and p.late.approx is None and not marks_change(p.early)


def _differing_label(p: _Pair) -> str | None:
    """Two amounts told at different times that do not agree: a change told updates; another
    source's estimate within a day or a count beyond another teller's bound conflicts (not a
    state that moves either way told as those still in it: ``at least 30`` missing, then ``nine
    remained missing``, is the count of the missing now, not a rival of the floor); an earlier
    count told as it stood at a moment (``so far``, ``by midday``: ``snapshot``) or as given at
    an earlier time in the past perfect (``At 9 p.m. on Tuesday, the authority had reported 62%
    restored``: ``given_then``) is updated by a later count above all it allows; a count
    that may only rise and falls conflicts (or is those still in a state, no difference), as
    does a fixed property told by another source; else :data:`_UNDECIDED` (an update)."""
    early, late = p.early, p.late
    if marks_change(late):
        return "updated"  # "raised its offer to", "down from six", "have now been infected"
    if p.apart and p.over_time != "fixed" and rival_estimate(early, late):
        return "conflicting"  # 31 in hospital, then "about 40" from another source
    if p.apart and not p.one_teller and beyond_bound(early, late) and not (p.over_time == "any" and still_in_state(late)):
        return "conflicting"  # "up to 12" stores, then 15 from the union; "more than 60" missing, then 37
    if (snapshot(early) or given_then(early)) and _rises(early, late, "any"):
        return "updated"  # "36 hours so far", then "more than 60 hours"; "At 9 p.m. it had reported 62%", then 90%
    falls = figure_range(late)[1] < figure_range(early)[0]
    if falls and p.over_time == "rising" and still_in_state(late):
        return None  # "Nine were still in hospital on Sunday": those left of a count that only rises
    if (p.over_time in ("rising", "happened") and falls) or \
            (p.over_time == "fixed" and not same_teller(p.a.source, p.b.source)):
        return "conflicting" if p.apart else None
    return _UNDECIDED

#: a count told as those still in a state ("were still in hospital", "remain in care")
_STILL = regex.compile(r"\b(?:still|remain|remains|remained|remaining)\b", regex.I)


def still_in_state(f: Figure) -> bool:
    """Whether an amount is told as those still in a state (``Nine were still in hospital``,
    ``12 remain in care``), within a few words after it: what is left of a count that only
    rises (taken to hospital, injured), another measure than that count."""
    if f.evidence is None or f.ref is None:
        return False
    b = f.ref.end - f.evidence.start
    return _STILL.search(f.evidence.text, b, min(len(f.evidence.text), b + 25)) is not None


#: how far after an amount the words of a peak may stand ("63 ambulances were stuck ... at its height")
_PEAK_AFTER = 80


@cache
def _peak_rx() -> Any:
    return regex.compile(r"\b(?:" + alternation(figure_rules()["peak_words"]) + r")\b", regex.I)


def at_peak(f: Figure) -> bool:
    """Whether an amount is told as a count at its peak (``at the height of the storm``, ``at
    the peak of the outage``; ``peak_words``): the count of one moment, whenever told, so two
    tellers' peaks that differ are rival readings of it, not an update."""
    if f.evidence is None or f.ref is None:
        return False
    end = min(len(f.evidence.text), f.ref.end - f.evidence.start + _PEAK_AFTER)
    return _peak_rx().search(f.evidence.text, 0, end) is not None


def _session_pair(a: Figure, b: Figure) -> bool:
    """Whether one amount is a market's move told during its session and the other at its
    close (``figure_session``): two readings of one moving price, the close the later."""
    return {session_reading(a), session_reading(b)} == {"during", "close"}


def group_label(figs: Sequence[Figure], over_time: str, measure: str = "") -> str | None:
    """The label of one measure's amounts in time order: conflicting when any two conflict
    (unless a later count that only rises updates both of every such two: :func:`_settled`),
    else updated when any later one updates an earlier, else consistent; None when no two
    differ. A measure no rule moves over time (``fixed``) whose every amount is told as a
    state still lasting (``three remain missing``: ``still_in_state``) moves either way. An
    amount an outlet told as a change (``the number of closed beaches rose to
    eight``), or as the later reading of another's earlier figure (``more than police first
    said``: ``figure_earlier``), is the count from then on: told again later (``Eight beaches
    remained closed`` the next day, or further on in the same article: :func:`_repeated_after`), it repeats
    that update and is compared as the update, at the time it was first given; told again as the count's earlier reading (``not 4.60 pesos as stated in Monday's
    bulletin``: :func:`_told_earlier`), it is compared as that. A count told again without such a
    mark may be its source standing by it against a rival's, which is compared as it is. An
    amount told as the level a count changed to (``has grown to $38.6 million``: ``changed_to``)
    after an outlet had given it plainly repeats what that outlet told: the count stood there then, so it is compared at that time.
    An amount told as a part of a whole its sentence opens with (``Of the 40 dead, 31 had been
    identified``: ``figure_fronted.fronted_figure``) is no reading of the measure: read without
    it where two amounts are left (:func:`_wholes`)."""
    over_time = label_over_time(measure, over_time)
    figs = _wholes(figs)
    if over_time == "fixed" and all(still_in_state(f) for f in figs):
        over_time = "any"  # "three remain missing", then "two remain missing": a state, it moves either way
    changed = [f for f in figs if marks_change(f) or revises(f) or against_earlier(f)]
    kept = [f for f in figs if _told_earlier(f) or not any(g is not f and _repeats(g, f) and _repeated_after(g, f, changed)
                                                          for g in changed)]
    kept = [f for f in kept if not (changed_to(f) and any(g is not f and _same_amount(g, f) and not marks_change(g)
                                                         and _order(g, f) < 0 for g in kept))]
    labels = _labels(kept, over_time, measure) or _labels(figs, over_time, measure)
    return next((x for x in ("conflicting", "updated", "consistent") if x in labels), None)


def _repeated_after(changed: Figure, f: Figure, moved: Sequence[Figure]) -> bool:
    """Whether ``f`` is told after the amount its article or another told as a change: later,
    or in that article at its one time, itself no change (``the number of wounded workers rose
    to seven``, and further on ``the health directorate said seven workers had been wounded``:
    the article tells the changed count again, not another teller's count of one moment)."""
    order = _order(changed, f)
    return order < 0 or (not order and changed.article == f.article and all(g is not f for g in moved))


def _repeats(changed: Figure, f: Figure) -> bool:
    """Whether ``f`` repeats an amount told as a change: the same amount, or its value with a
    hedge of closeness or a floor (``has risen to 31``, then ``at least 31``)."""
    if _same_amount(changed, f):
        return True
    return changed.approx is None and f.approx in (*_POINT[1:], "over") and _same_amount(changed, attrs.evolve(f, approx=None))


def _wholes(figs: Sequence[Figure]) -> Sequence[Figure]:
    """A measure's amounts less those told as a part of a whole their sentence opens with
    (``Of those evacuated, 2,300 are staying with relatives``) or as the rest of a count
    (``Divers recovered the last five bodies``: ``figure_remainder``), where two or more are
    left; else all of them."""
    wholes = [f for f in figs if not fronted_figure(f) and not remainder(f)]
    return wholes if len(wholes) >= 2 else figs


def label_over_time(measure: str, over_time: str) -> str:
    """How the label reads a measure's change over time, where the measure table says so apart
    from the join (``label_over_time``: a crowd is counted at its gathering, so two tellers'
    figures for it are rival estimates whenever told); else ``over_time``."""
    return next((t for name, t in _label_times() if measure.startswith(name)), over_time)


@cache
def _label_times() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((m["name"], str(m["label_over_time"])) for m in figure_rules()["measures"]
                         if "label_over_time" in m), key=lambda p: -len(p[0])))


def _labels(figs: Sequence[Figure], over_time: str, measure: str) -> set[str]:
    """The labels of a measure's pairs of amounts; a dispute a later count settles is none
    (:func:`_settled`)."""
    pairs = _pair_labels(figs, over_time, measure)
    labels = set(pairs.values())
    if "conflicting" in labels and over_time == "rising" and _settled(figs, pairs):
        labels.discard("conflicting")
    return labels


def _pair_labels(figs: Sequence[Figure], over_time: str, measure: str) -> dict[tuple[int, int], str]:
    """Each pair's label (positions ``i < j`` in ``figs``), pairs that are no difference left out,
    and no conflict between amounts that differ only as one article's two amounts do
    (:func:`echoed_apart`)."""
    earliest = first_readings(figs)
    return {(i, j): x for i, a in enumerate(figs) for j, b in enumerate(figs[i + 1:], i + 1)
            if (x := _pair_label(a, b, over_time, measure, earliest)) and not (x == "conflicting" and echoed_apart(a, b, figs))}


def _settled(figs: Sequence[Figure], pairs: dict[tuple[int, int], str]) -> bool:
    """Whether every conflict of a count that only rises is settled by a later count: two
    tellers' early readings of a toll that differ (``at least 5`` dead from the ministry, ``at
    least 7`` from officials the same morning) are both updated by an amount told after both
    (``11`` the next day), so the story's count has grown past the dispute: its early readings
    were counts still in progress, and the later count updates each."""
    def label(i: int, j: int) -> str | None:
        return pairs.get((min(i, j), max(i, j)))

    return all(any(_order(figs[i], figs[k]) < 0 and _order(figs[j], figs[k]) < 0
                   and label(i, k) == label(j, k) == "updated" for k in range(len(figs)))
               for (i, j), x in pairs.items() if x == "conflicting")


def _restated(a: Figure, b: Figure) -> bool:
    """Whether ``b`` says the amount ``a`` says: one amount spelt alike or converted to another
    unit (``145 mph`` / ``233 km/h``)."""
    return _same_amount(a, b) or another_form(a, b) or one_sum_two_signs(a, b)


def echoed_apart(a: Figure, b: Figure, figs: Sequence[Figure]) -> bool:
    """Whether two outlets' amounts differ only as one article's two amounts differ: one of
    them restates (:func:`_restated`) another amount of the other's article (that article
    gives winds of ``145 mph`` at landfall and ``160 mph`` the day before; another outlet
    gives ``233 km/h``). The difference is the article's own (a moment before, a part of the
    total), labelled by its own pair; set against the outlet that echoes its other amount it
    is no rival reading, where the article tells the differing amount as its own narration
    (:func:`_untold`: no teller named, no ``according to organisers``, ``the association
    calculated``), does not set the echoed one against another's (:func:`contrasted`), and no
    other outlet repeats the amount that differs (:func:`_own_amount`). Such a pair never
    conflicts; an update across them stands (``at least 9`` dead and then ``17`` in one
    article, ``17`` in another)."""
    if a.article == b.article:
        return False
    return any(g is not x and g.article == x.article and _restated(g, y) and not _restated(x, y)
               and _own_amount(x, figs) and _untold(x) and not contrasted(g)
               for x, y in ((a, b), (b, a)) for g in figs)


def _untold(f: Figure) -> bool:
    """Whether an amount is the outlet's own narration: no source read for it and no words of
    telling in its sentence (:func:`unnamed_teller`: ``according to organisers``)."""
    return _who_says(f) is None and not unnamed_teller(f)


def _own_amount(f: Figure, figs: Sequence[Figure]) -> bool:
    """Whether no other article gives the amount ``f`` gives: two amounts of one article that
    other outlets repeat side by side (a crowd of ``about 20,000`` by organisers' count and
    ``14,000`` by the police's) are rival readings, whoever is named."""
    return not any(g.article != f.article and _restated(f, g) for g in figs)


def first_readings(figs: Sequence[Figure]) -> frozenset[int]:
    """The ids of the amounts that are a count's earlier reading as some outlet tells it: one
    told as the first reports' (``Six people, not five as first reported``) or as what a
    change is counted from (``up from six``), and the same amount told by any outlet no
    later than that (the ``five`` a wire gave the day before is the first report the
    correction names). Another amount that differs from such a reading updates it."""
    told = [f for f in figs if _told_earlier(f)]
    return frozenset(id(f) for f in figs if any(g is f or (_one_reading(f, g) and _order(f, g) <= 0) for g in told))


def _one_reading(f: Figure, told: Figure) -> bool:
    """Whether ``f`` is the reading an amount told as the count's earlier one names: the same
    amount, or one its hedge allows (``about S$210 million`` the regulator gave, then ``not the
    S$210 million first cited by the regulator``; a floor, ``at least seven`` injured, then ``up
    from the seven reported overnight``): a teller naming an earlier reading drops its hedge,
    not its value."""
    return _same_amount(f, told) or (f.approx in (*_POINT[1:], "over") and told.approx is None and _overlap(f, told, "label_width"))


def _earlier_reading(f: Figure, other: Figure, earliest: frozenset[int]) -> bool:
    """Whether an amount is a count's earlier reading beside ``other``: told so itself, or
    among ``earliest`` (:func:`first_readings` of its group) and told before ``other``. The
    same amount an outlet gave before a later one named it as the count's earlier state is
    earlier than what came after it, not than a rival's count told at its own time (a
    board's ``16 in hospital``, a clinic's ``21`` at the same hour, and the next day ``nine,
    down from 16``: the 21 is no update of the 16)."""
    if _told_earlier(f):
        return True
    return id(f) in earliest and _order(f, other) < 0


def _told_earlier(f: Figure) -> bool:
    """Whether an amount's own sentence tells it as a count's earlier reading: the first
    reports' (``Initial reports had put the number at two``), the one a change is counted
    from (``up from six``) or narrated away from (``put at $2.5 billion on Monday, was later
    raised to``, ``would expand its planned fleet from 40 buses to 60``). A first report its sentence sets against another teller's figure (``said
    in a preliminary report that 9 workers had been hurt, more than the figure given by the
    mayor``: :func:`contrasted`; ``early estimates put losses at about 2 billion, far below the
    traders' figure``: :func:`set_beyond`) is that teller's rival reading, not the count's
    earlier one. So is a reading its teller rejects as what it itself gave before (``not the 1.1
    million it reported on Friday``: ``figure_marks.rejected_own``), or as the count first
    given, or beside a change or correction its sentence tells (``not the S$210 million first
    cited by the regulator``: ``figure_marks.rejected_earlier``)."""
    return (first_report(f) and not _set_against(f)) or counted_from(f) or changed_from(f) or rejected_own(f) \
        or rejected_earlier(f)


def rival_bounds(a: Figure, b: Figure) -> bool:
    """Whether two amounts are both bounds, at edges a rounding apart (``almost seven hours``
    / ``nearly eight hours``, ``up to 24 years`` / ``up to 30 years``, ``at least six
    months`` / ``up to nine months``): each outlet puts the edge somewhere else, a difference
    a reader is shown though the bounds allow a value in common. Bounds one rounding of the
    other (``nearly 480,000`` / ``nearly half a million``) are one edge told at two
    precisions."""
    if a.approx not in ("over", "under") or b.approx not in ("over", "under"):
        return False
    apart = abs(to_base(float(a.value or 0), a.unit) - to_base(float(b.value or 0), b.unit))
    step = max(to_base(float(_round_step(f) if (f.value or 0) >= 100 else 1), f.unit) for f in (a, b))
    if apart <= step and (_brackets(a, b) or _brackets(b, a)):
        return False  # "more than 19 hours" / "nearly 20 hours": one value told from each side
    return apart > step / 2  # a small number is its own step: "ten" weeks is no rounding of six


def estimates_apart(a: Figure, b: Figure) -> bool:
    """Whether two round estimates of one amount, each hedged as close (``about``,
    ``some``, ``an estimated``) in one unit, are written more than ``estimates_apart`` of
    themselves apart (``an estimated 40,000`` / ``some 38,000``, ``around 22 million`` /
    ``about 20 million``): two tellers' estimates, a difference a reader is shown though
    their roundings overlap; nearer (``about 9,000`` / ``some 9,200``) they are one figure
    rounded twice."""
    if a.approx not in _POINT[1:] or b.approx not in _POINT[1:] or (a.unit or "").lower() != (b.unit or "").lower():
        return False
    va, vb = abs(float(a.value or 0)), abs(float(b.value or 0))
    if not va or not vb or va == vb:
        return False
    return max(va, vb) / min(va, vb) > 1 + float(figure_rules()["estimates_apart"])


def floor_then_count(early: Figure, late: Figure) -> bool:
    """Whether an earlier floor (``more than 90``, ``at least 300``) is followed by an exact
    count above its next round step (``112``; ``more than 9,000``, then ``9,400``, may be
    the same count): the floor was a first, partial reading of the count, which the exact
    figure updates, even told of one finished event the same day."""
    return early.approx == "over" and late.approx is None and _rises(early, late, "any")


def beyond_bound(early: Figure, late: Figure) -> bool:
    """Whether a later amount lies beyond what an earlier bound allows: above a maximum
    (``up to 12``, ``fewer than 40``; not a hedge of closeness, ``nearly 12``) or below a
    floor (``more than 60``, ``at least 20``). Told by another teller with no word of a
    change, it contradicts the bound rather than updating it."""
    lo, hi = figure_range(early, "label_width")
    late_lo, late_hi = figure_range(late, "label_width")
    if early.approx == "under" and early.ref is not None and _close_below_rx().match(early.ref.text) is None:
        return late_lo > hi
    return early.approx == "over" and late_hi < lo


def _brackets(floor: Figure, near: Figure) -> bool:
    """Whether a floor (``more than 19 hours``) lies below an amount hedged just below its
    figure (``nearly 20 hours``; ``close_below_hedges``): one value between them, told from
    each side."""
    if floor.approx != "over" or near.approx != "under" or near.ref is None:
        return False
    if to_base(float(floor.value or 0), floor.unit) >= to_base(float(near.value or 0), near.unit):
        return False
    return _close_below_rx().match(near.ref.text) is not None


@cache
def _close_below_rx() -> Any:
    return regex.compile(r"(?:" + alternation(figure_rules()["close_below_hedges"]) + r")\b", regex.I)


def rival_estimate(early: Figure, late: Figure) -> bool:
    """Whether a later amount another source gives within a news cycle is an estimate of its
    own rather than a new count (``about 40``, ``more than 60`` hours after a count of 31): a
    round or bounded figure from someone else, stated without a change marker and within
    reach of the count (``close_ratio``), is a rival reading of the same thing, which a
    reader is shown as a conflict. A day on, it may be the count grown (``_NEWS_CYCLE``,
    chosen on the committed sets, odd and even apart). An estimate told on a later day as
    the count stood at a moment (``By nightfall nearly 300 homes had been evacuated``:
    ``figure_marks.snapshot``) and above all the earlier allows is the count grown by then,
    whoever tells it; the same day, that moment may be the earlier count's own (``about 200
    by evening`` two hours after a count of 142 is a rival's). But an earlier count told itself
    as it stood at its moment, still in progress (``Bookings had reached 8,000 by this
    morning``, ``the toll was likely to rise``: ``figure_marks.snapshot``), is a count that
    moves on: a later estimate above all it allows is that count grown, the same day too."""
    if late.approx not in _ESTIMATES or _who_says(late) == _who_says(early) or marks_change(late) or \
            same_teller(_who_says(late), _who_says(early)):
        return False
    if snapshot(late) and _later_day(early, late) and _rises(early, late, "any"):
        return False  # "more than 150" evacuated, then "by nightfall nearly 300": the count as it stood later
    if snapshot(early) and _rises(early, late, "any"):
        return False  # "8,000 by this morning", then "more than 11,500 by 9pm": a count in progress grown
    if _who_says(late) is None and _later_day(early, late):
        return False  # the outlet's own "more than 30" the next morning: the count as that day's news tells it
    if base_value(late) > float(figure_rules()["close_ratio"]) * base_value(early):
        return False  # 57 injured at noon, "more than 900" by evening: the toll has grown
    ia, ib = _day(early.stated), _day(late.stated)
    return ia is not None and ib is not None and (ib[0] - ia[0]).total_seconds() < _NEWS_CYCLE


def _later_day(early: Figure, late: Figure) -> bool:
    """Whether ``late`` was stated on a later calendar day than ``early``."""
    return bool(early.stated and late.stated and late.stated[:10] > early.stated[:10])


#: how far before a span of time the words of a state still lasting may stand
_RUNNING_BEFORE = 50


@cache
def _running_rx() -> Any:
    return regex.compile(r"\b(?:" + alternation(figure_rules()["running_span"]) + r")\b", regex.I)


def _grown_span(early: Figure, late: Figure) -> bool:
    """Whether a later, longer span of time is the earlier one grown: the earlier was told
    while the state it measures still lasted (``running_span``: ``had been burning for more
    than 30 hours by Monday evening``, ``will remain closed for at least 48 hours``), and
    the later is longer by no more than the time between the two statements (``about 40
    hours`` the next morning). A span that grew faster than the clock (``had not been
    inspected for four years``, then ``more than five years`` the same evening) is another
    source's reading."""
    if dimension(early)[0] != "duration" or dimension(late)[0] != "duration" or not _rises(early, late):
        return False
    if early.evidence is None or early.ref is None:
        return False
    start = early.ref.start - early.evidence.start
    if _running_rx().search(early.evidence.text, max(0, start - _RUNNING_BEFORE), start) is None:
        return False
    ia, ib = _day(early.stated), _day(late.stated)
    if ia is None or ib is None:
        return False
    return figure_range(late)[0] - figure_range(early)[1] <= (ib[1] - ia[0]).total_seconds()


def _anothers_count() -> str:
    """Another teller's count named after a word of contrast: `` the police's figure``, `` the
    figure given by the ministry``, `` the number officials have acknowledged``, `` the official
    estimate``."""
    d = figure_rules()
    nouns = alternation(d["contrast_nouns"])
    owned = r"(?:[\p{L}\p{M}.\-]+\s+){0,2}[\p{L}\p{M}.\-]+['’]s?\s+(?:[\p{L}\p{M}\-]+\s+)?(?:" + nouns + r")\b"
    given = r"(?:[\p{L}\p{M}\-]+\s+)?(?:" + nouns + r")\s+(?:" + alternation(d["contrast_givers"]) + r")\b"
    said = r"(?:[\p{L}\p{M}.\-]+\s+){1,3}?(?:has|have|had)\s+(?:" + alternation(d["contrast_said"]) + r")\b"
    named = r"[\p{L}\p{M}\-]+\s+(?:" + alternation(d["contrast_named_nouns"]) + r")\b"
    return r"\s+the\s+(?:" + owned + "|" + given + "|" + said + "|" + named + ")"


@cache
def _beyond_rx() -> Any:
    """A preposition of comparison before another teller's count (``well above the central
    bank's own estimate``, ``far below the figure given by the company``; ``contrast_beyond``)."""
    return regex.compile(r"\b(?:" + alternation(figure_rules()["contrast_beyond"]) + r")" + _anothers_count(), regex.I)


def set_beyond(f: Figure) -> bool:
    """Whether an outlet sets an amount beyond another teller's count by a preposition of
    comparison (``more than 1,200 homes were lost, well above the government's figure``): a
    rival reading, as ``a higher figure than`` (:func:`contrasted`) tells it, read after the
    amount as that is. The join reads the side it names (``figure_contrast.contrast_side``)."""
    return beyond_after(f) is not None


def beyond_after(f: Figure) -> regex.Match[str] | None:
    """The words after an amount that set it beyond another teller's count by a preposition
    of comparison (``, well above the government's figure``), when no other count stands
    between, the amount is no change and the count named is no earlier reading (``well
    above the first estimate``) nor one of another time (``than when``); else None: what
    :func:`set_beyond` reads, and what ``figure_contrast`` reads the side of."""
    if f.evidence is None or f.ref is None:
        return None
    t, end = f.evidence.text, f.ref.end - f.evidence.start
    m = _beyond_rx().search(t, end, min(len(t), end + _CONTRAST_AFTER))
    if m is None or _counts_between(t, end, m.start(), f.unit) or changed_to(f):
        return None
    return m if _earlier_count_rx().search(m.group()) is None and match_ahead(_WHEN, t, m.end()) is None else None


@cache
def _earlier_count_rx() -> Any:
    """An adjective of an earlier reading (``first_reading_adjectives``, ``first_report_adjectives``):
    ``well above the first estimate given by police`` names the count's earlier reading, which
    a later amount may update."""
    d = figure_rules()
    return regex.compile(r"\b(?:" + alternation([*d["first_reading_adjectives"], *d["first_report_adjectives"]]) + r")\b",
                         regex.I)


#: a time clause right after another's count (``well above the figure given when the find was
#: announced``): the count as it stood then, an earlier reading
_WHEN = regex.compile(r"\s+when\b", regex.I)


def _set_against(f: Figure) -> bool:
    """Whether an amount is set against another teller's count (:func:`contrasted`,
    :func:`set_beyond`)."""
    return contrasted(f) or set_beyond(f)


@cache
def _contrast_rx() -> Any:
    """Another source's count set against the amount: ``a higher figure than``, ``two more
    than the charity's count``, ``three more than regulators had initially named``, ``double
    the figure given by``, ``three times the police estimate``, ``, not three``."""
    d = figure_rules()
    nouns = alternation(d["contrast_nouns"])
    other = _anothers_count()
    # "two more than Belgian prosecutors had initially named", "more than officials have disclosed": a body
    # named without "the" and a perfect of saying, an adverb between; never "it" or "they" (the source's own)
    bare = r"\s+(?!(?:it|they|we|he|she|its|their|the|any|ever)\b)(?:[\p{L}\p{M}.\-]+\s+){1,3}?(?:has|have|had)\s+" \
        r"(?:\p{Ll}+ly\s+)?(?:" + alternation(d["contrast_said"]) + r")\b"
    return regex.compile(r"\b(?:(?:" + alternation(d["contrast_comparatives"]) + r")\s+(?:" + nouns + r")\s+than\b"
                         r"|(?:" + alternation(d["contrast_than"]) + r")\s+than" + bare +
                         r"|(?:" + alternation(d["contrast_than"]) + r")\s+than" + other +
                         r"|(?:" + alternation(d["contrast_multiples"]) + r")" + other +
                         r")|,\s+not\s+(?:\p{N}|(?:" + alternation(d["contrast_corrections"]) + r")\b)", regex.I)


def contrasted(f: Figure) -> bool:
    """Whether an outlet sets an amount against another's count (``102 students were
    missing, a higher figure than the 87 given by police``; ``contrast_comparatives``): the
    contrast follows the amount in its sentence, within ``_CONTRAST_AFTER`` characters and
    with no other amount between (a span of time may stand there: :func:`_counts_between`),
    so it is this amount's and not a later one's."""
    if f.evidence is None or f.ref is None:
        return False
    t, start, end = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    if contrast_after(f) is not None:
        return True
    return _held_against(t, start, end, f.unit)


def contrast_after(f: Figure) -> regex.Match[str] | None:
    """The words after an amount that set it against another's count, in its evidence's
    text (``, a higher figure than the 87 given by police``), when no other count stands
    between (:func:`_counts_between`), else None: what :func:`contrasted` reads first, and
    what ``figure_contrast`` reads the side of."""
    if f.evidence is None or f.ref is None:
        return None
    t, end = f.evidence.text, f.ref.end - f.evidence.start
    m = _contrast_rx().search(t, end, min(len(t), end + _CONTRAST_AFTER))
    return m if m is not None and not _counts_between(t, end, m.start(), f.unit) else None


#: a number and the word after it ("14 hours", "12 lowland pastures")
_NUMBER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{N}[\p{N},.]*\s*(\p{L}*)")


def _counts_between(t: str, lo: int, hi: int, unit: str | None) -> bool:
    """Whether a number between ``lo`` and ``hi`` may be the amount a contrast after it is
    about: any number but a span of time when the amount is none (``more than 6 million
    customers without service for up to 14 hours, ..., far more than the carrier has
    acknowledged``: a contrast sets a count against a count), nor one listed with the amount
    in one tally (``seized 412 rifles and 90 pistols ..., a higher tally than the one given
    by the army``: :data:`_LISTED`)."""
    spans = _time_words() if unit is None or lemma(unit) not in _time_words() else frozenset()
    listed = _LISTED.match(t, lo, hi)
    if listed is not None:
        lo = listed.end()  # "412 rifles and 90 pistols, a higher tally than": one tally of both
    return any(lemma(m.group(1)) not in spans for m in _NUMBER_WORD.finditer(t, lo, hi))


#: the amount's noun, ``and`` and another number's noun right after it (``412 hunting rifles
#: and 90 pistols``): things listed in one tally, which a contrast after the list sets against
#: another's as a whole
_LISTED = regex.compile(r"(?:\s+[\p{L}\-]+){0,3}\s+and\s+\p{N}[\p{N},.]*(?:\s+[\p{L}\-]+){1,3}(?=[\s,])")


@cache
def _time_words() -> frozenset[str]:
    """The units of a span of time (``unit_dimensions``' ``duration``), by lemma."""
    return frozenset(lemma(u) for u in figure_rules()["unit_dimensions"]["duration"])


@cache
def _disputing_rx() -> tuple[Any, Any, Any]:
    """A teller's count held against another's (``contrast_disputing``, ``contrast_holding``,
    ``contrast_in_fact``, ``contrast_disputed``, ``contrast_own_*``, ``contrast_while``, ``contrast_stated_verbs``):
    after it, ``contradicting the company's account``, ``a figure disputed by the charity``,
    ``according to its own tally``, ``while police put the figure at``, ``; the police count is
    12``; before it, ``district officials maintained that``, ``says it actually collected``,
    ``disputed the airline's estimate of the number of passengers hit, saying``,
    ``says its own count shows it won by``, ``while the council put the number of missing at``;
    after it too, another's count set beside it by a preposition of comparison and told by its
    teller (``contrast_compared``: ``compared with the 12 tonnes reported by the port
    authority``, ``against the 25,000 tonnes cited by the minister``, ``compared with the 500
    kilometres the company cited``)."""
    d = figure_rules()
    accounts = alternation(d["contrast_accounts"])
    after = regex.compile(r"\b(?:(?:" + alternation(d["contrast_disputing"]) + r")\s+the\s+(?:[\p{L}\p{M}'’\-]+\s+){0,3}?(?:"
                          + accounts + r")|(?:an?|the)\s+(?:" + accounts + r")\s+(?:disputed|contested|rejected)\s+by)\b",
                          regex.I)
    own = r"(?:its|their)\s+own\s+(?:" + alternation(d["contrast_own_nouns"]) + r")"
    rival = r"(?:" + alternation(d["contrast_while"]) + r")\s+(?:[\p{L}\p{M}'’\-]+\s+){1,6}?(?:" \
        + alternation(d["contrast_put_verbs"]) + r")\s+(?:the\s+)?(?:" + alternation(d["contrast_nouns"]) + r")"
    # "..., while the ministry maintained its count of six", "while the insurer insisted that only six"
    rival_held = r"(?:" + alternation(d["contrast_while"]) + r")\s+(?:[\p{L}\p{M}'’\-]+\s+){1,6}?(?:" \
        + alternation(d["contrast_holding"]) + r")\s+(?:that|(?:its|their|the)\s+(?:" + alternation(d["contrast_nouns"]) + r"))"
    # "; the police count is 12", "while the Government's figure is 400,000": another's count stated after it
    history = alternation([*d["revision_newer"], *d["revision_earlier"]])
    stated = r"the\s+(?:(?!(?:" + history + r")\b)[\p{L}\p{M}'’\-]+\s+){1,2}?(?:" + alternation(d["contrast_named_nouns"]) \
        + r")\s+(?:" + alternation(d["contrast_stated_verbs"]) + r")\s+(?=(?:\p{Ll}+\s+){0,3}\p{N})"
    # "at least 40 tonnes leaked, compared with the 12 tonnes reported by the port authority": another's count set beside it
    told = alternation([*d["reported_by_participles"], *d["contrast_said"], *d["contrast_compared_told"]])
    compared = r"(?:" + alternation(d["contrast_compared"]) + r")\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,2}?\p{Sc}?\p{N}[\p{N},.]*" \
        r"(?:\s*[\p{L}%\-]+){0,3}?\s+(?:(?:that|which)\s+)?(?:(?:" + alternation(d["reported_by_participles"]) \
        + r")\s+by|(?:[\p{L}\p{M}'’\-]+\s+){1,4}?(?:(?:had|has|have)\s+)?(?:" + told + r"))\b"
    after = regex.compile(after.pattern + r"|\b(?:according\s+to|by)\s+" + own + r"\b|\b" + rival + r"\b|\b" + rival_held
                          + r"\b|\b" + stated + r"|\b" + compared, regex.I)
    holding = r"(?:" + alternation(d["contrast_holding"]) + r")\s+(?:that\s+(?:[\p{L}\p{M}'’\-]+\s+){0,3}|(?:[\p{L}\p{M}'’\-]+\s+){1,3})"
    held = regex.compile(r"\b" + holding + r"$", regex.I)
    # "the party says it actually collected more than 120,000": a count told as what really was, against another's
    in_fact = r"(?:" + alternation(d["contrast_in_fact"]) + r")\s+(?:[\p{L}\p{M}'’\-]+\s+){0,3}"
    # "It disputed the airline's estimate of the number of passengers hit, saying fewer than 40,000"
    disputed = r"(?:" + alternation(d["contrast_disputed"]) + r")\s+(?:[\p{L}\p{M}'’\-]+\s+){0,3}?(?:" + accounts \
        + r")(?:\s+[\p{L}\p{N}\p{M}'’\-]+){0,6}?,\s+(?:" + alternation(d["contrast_disputed_saying"]) \
        + r")\s+(?:that\s+)?(?:[\p{L}\p{M}'’\-]+\s+){0,6}"
    before = regex.compile(r"\b(?:" + holding + r"|" + in_fact + r"|" + disputed +
                           r"|" + own + r"\s+(?:" + alternation(d["contrast_own_verbs"]) + r")\s+(?:that\s+)?(?:[\p{L}\p{M}'’\-]+\s+){0,6}"
                           r"|" + rival + r"\s+(?:[\p{L}\p{M}'’\-]+\s+){0,3}?(?:at|as)\s+)$",
                           regex.I)
    return after, before, held


def only_held(f: Figure) -> bool:
    """Whether an amount's only mark of contrast is a verb of holding to it just before it
    (``police have maintained that more than 500``; ``contrast_holding``): a teller standing
    by its count, which conflicts with another's only where the two counts disagree. Held
    to beside a count its bound allows (``more than 500`` / ``523``), it says the same.
    A dispute after the amount or a rival's figure set against it still conflicts."""
    if f.evidence is None or f.ref is None:
        return False
    t, start = f.evidence.text, f.ref.start - f.evidence.start
    if _held_against_rest(f):
        return False
    return _disputing_rx()[2].search(t, max(0, start - 100), start) is not None


def _held_against_rest(f: Figure) -> bool:
    """Whether an amount is contrasted by anything but a verb of holding before it."""
    assert f.evidence is not None and f.ref is not None
    t, start, end = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    m = _contrast_rx().search(t, end, min(len(t), end + _CONTRAST_AFTER))
    if m is not None and not _counts_between(t, end, m.start(), f.unit):
        return True
    after, before, held = _disputing_rx()
    m = after.search(t, end, min(len(t), end + _CONTRAST_AFTER))
    if m is not None and not _counts_between(t, end, m.start(), f.unit):
        return True
    b = before.search(t, max(0, start - 100), start)
    return b is not None and held.search(t, b.start(), start) is None


def _held_against(t: str, start: int, end: int, unit: str | None = None) -> bool:
    """Whether the amount at ``start``-``end`` of sentence ``t`` (of ``unit``) is held against
    another's count: a dispute after it within ``_CONTRAST_AFTER`` with no other amount
    between (:func:`_counts_between`), or a verb of holding to a count just before it."""
    after, before, _ = _disputing_rx()
    m = after.search(t, end, min(len(t), end + _CONTRAST_AFTER))
    if m is not None and not _counts_between(t, end, m.start(), unit):
        return True
    return before.search(t, max(0, start - 100), start) is not None


def _rises(early: Figure, late: Figure, over_time: str = "rising") -> bool:
    """Whether a later count is above the earlier one, not only within its bounds: every
    value the later amount allows is above the earlier's own (``at least 14`` then ``21``;
    ``more than 900`` then ``nearly 1,100`` may be the same count). A count that may move
    either way rises only above all the earlier amount allows when labelled (its rounding:
    ``some 40`` homes, then 43, is one count), or above its lower bound (``more than 9,000``
    evacuated, then about 12,000; ``4.1 million`` then ``4.12 million`` is the same count
    rounded)."""
    floor = float(early.value or 0)
    if over_time != "rising" and early.approx != "over":
        floor = _written_range(early, "label_width")[1]
    elif early.approx == "over" and over_time != "rising":
        floor += _round_step(early) * 0.999  # "more than 9,000" is a count of nine thousand and some
    return figure_range(late)[0] > to_base(floor, early.unit)


def _round_step(f: Figure) -> int:
    """The step a round amount is rounded to, read from its digits (``9,000``: 1,000;
    ``60``: 10; ``14``: 1) and its words (``2.3 million``: 100,000)."""
    if not isinstance(f.value, int) or f.value <= 0:
        return 1
    return min(_zeros_step(f.value), _written_step(f))


def _zeros_step(n: int) -> int:
    """The step of a whole number's last digit that is not a zero (``9,000``: 1,000; ``14``: 1)."""
    step = 1
    while n and n % (step * 10) == 0:
        step *= 10
    return step


def _two_sources(a: Figure, b: Figure) -> bool:
    """Two amounts of one article given by different named sources (``Eleven, the railway
    said, while district officials put the number at nine``): a difference the outlet
    reports, compared like amounts of two outlets."""
    sa, sb = _who_says(a), _who_says(b)
    return sa is not None and sb is not None and sa != sb



@cache
def _unnamed_teller_rx() -> Any:
    return regex.compile(r"\b(?:" + alternation(figure_rules()["unnamed_teller_cues"]) + r")\b", regex.I)


def unnamed_teller(f: Figure) -> bool:
    """Whether an amount no source was read for stands in a sentence that says someone tells
    it (``unnamed_teller_cues``: ``Church leaders who organised the vigil put the crowd at
    more than 5,000``, ``The union, which represents the drivers, said as many as 900 jobs
    could go``): a teller the reading of sources did not resolve, not the outlet's own
    narration (``The two crew members were not hurt``)."""
    if _who_says(f) is not None or f.evidence is None:
        return False
    return _unnamed_teller_rx().search(f.evidence.text) is not None


def named_and_unnamed(a: Figure, b: Figure) -> bool:
    """Whether two amounts of one article are one named source's and one an unresolved teller
    gives: in two sentences (:func:`unnamed_teller`: ``Police said about 3,000 people
    gathered.`` ... ``Church leaders put the crowd at more than 5,000.``) or in two clauses of
    one (:func:`_told_against`). The article reports two tellers' readings, compared like
    amounts of two outlets, not one count told twice; amounts told as the count's history
    are neither's rival reading."""
    if a.article != b.article or a.evidence is None or b.evidence is None or \
            (_who_says(a) is None) == (_who_says(b) is None):
        return False
    named, other = (a, b) if _who_says(a) is not None else (b, a)
    told = _told_against(named, other) if a.evidence.start == b.evidence.start else unnamed_teller(other)
    # "raising the death toll from three", "An earlier statement had put it at 27": the count's history
    return told and not _told_as_history(a) and not _told_as_history(b)


def told_apart(figs: Sequence[Figure]) -> bool:
    """Whether some two of one article's amounts are a named source's and an unresolved
    teller's (:func:`named_and_unnamed`); in time linear in the amounts, pairing only the
    amounts of one sentence: an article that tells one count many times is read once."""
    where: dict[str, set[int]] = {}  # article -> the sentences (starts) of its named amounts
    sentence: dict[tuple[str, int], list[Figure]] = {}  # the named amounts of one sentence
    for f in figs:
        if _who_says(f) is not None and f.evidence is not None and not _told_as_history(f):
            where.setdefault(f.article, set()).add(f.evidence.start)
            sentence.setdefault((f.article, f.evidence.start), []).append(f)
    for f in figs:
        if _who_says(f) is not None or f.evidence is None or f.article not in where:
            continue
        if where[f.article] - {f.evidence.start} and unnamed_teller(f) and not _told_as_history(f):
            return True
        if any(named_and_unnamed(g, f) for g in sentence.get((f.article, f.evidence.start), ())):
            return True
    return False


@cache
def _rival_break_rx() -> Any:
    """A break that opens a rival's clause in one sentence (``, while``, ``, but``, ``;``:
    ``rival_clause_breaks``)."""
    words = alternation(figure_rules()["rival_clause_breaks"])
    return regex.compile(r"(?:,\s*(?:" + words + r")|;)\s", regex.I)


def _told_against(named: Figure, other: Figure) -> bool:
    """Whether, in one sentence, an amount no source was read for is told in a clause of its
    own against a named source's (``Police put the crowd at 4,500, while organisers said
    20,000 took part``): a rival break stands between the two and the unnamed amount's clause,
    up to it, holds words of telling (``unnamed_teller_cues``)."""
    if _who_says(other) is not None or other.evidence is None or other.ref is None or named.ref is None:
        return False
    t, off = other.evidence.text, other.evidence.start
    start, end, at = other.ref.start - off, other.ref.end - off, named.ref.start - off
    lo = max((m.end() for m in _rival_break_rx().finditer(t, 0, start)), default=0)
    if at >= lo and (at < end or _rival_break_rx().search(t, end, at) is None):
        return False  # the named amount stands in the unnamed one's clause, or no break parts them
    return _unnamed_teller_rx().search(t, lo, start) is not None


def _told_as_history(f: Figure) -> bool:
    """Whether an amount is told as a step of its count's history rather than a teller's
    reading: a change (``marks_change``), its own source's revision, the reading a change is
    counted from or the first reports' count."""
    return marks_change(f) or revises(f) or counted_from(f) or first_report(f)

def same_teller(a: str | None, b: str | None) -> bool:
    """Whether two sources' names name one teller, one told shorter (``police`` / ``Dutch
    police``, ``GGD`` / ``the regional health service GGD Rotterdam-Rijnmond``, ``the
    ministry`` / ``the health ministry``): every word of one is the other's. Two bodies
    each with a word of its own (``district officials`` / ``hospital officials``) are two."""
    if a is None or b is None:
        return False
    wa, wb = _teller_words(a), _teller_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _teller_words(name: str) -> frozenset[str]:
    """The words of a source's name that tell it apart, lower case, without articles."""
    return frozenset(w for w in _WORD.findall(name.lower()) if w not in _TELLER_FILLERS)


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-]*")
#: words of a source's name that do not tell one teller from another ("unnamed" marks an
#: anonymous teller the pipeline names by its kind: "unnamed officials")
_TELLER_FILLERS = frozenset({"the", "a", "an", "its", "their", "s", "unnamed"})


def _who_says(f: Figure) -> str | None:
    """Who gives an amount: its disputer when it is stated inside a denial (``the union
    called the claim baseless, saying the train had slowed to 70``), else its source."""
    who = f.disputed_by or f.source
    return who.lower() if who else None


def _over_time(measure: str, figs: Sequence[Figure] = ()) -> str:
    """How a measure may change over time (``figures.json``). An earlier event's count
    (``deaths in 1999``) is final, whenever an outlet states it. A sum no measure knows,
    named by its own noun (``a ransom of $4 million``), is a fixed amount: two outlets
    giving two ransoms disagree, one did not update the other. A count no measure knows
    is named by what happened to the things it counts (``14 recaptured``, ``penguins
    collected``): a count of what happened only grows (``happened``: a later larger count
    is an update, a later smaller one conflicts; two counts within each other's reach are
    one count unless the later is above all the earlier allows, or above its lower
    bound: ``about 1.2 million`` jars then ``1.25 million``). Anything else no
    measure knows is a property (``a tunnel 40 metres long``, ``662 beds``, ``number of
    races``): ``fixed``, so two sources that differ conflict, whenever they spoke."""
    if _ERA_SUFFIX.search(measure):
        return "fixed"
    progress = figure_rules()["count_progress"]
    if measure.startswith(progress["measure"]):
        return str(progress["over_time"])  # "97 percent of ballots counted", later 99: a count goes on
    for m in sorted(measure_table(), key=lambda m: -len(m.name)):
        if measure.startswith(m.name):
            return m.over_time
    if figs and all(kind_of_unit(f.unit) == "money" for f in figs):
        return "fixed"
    if _STATE.match(measure):
        return "any"
    if any(_HAPPENED.search(f.measure) for f in figs):
        return "happened"  # "nine had been recaptured", then 17: a count of what happened only grows
    return "fixed" if figs else "unknown"  # "a tunnel about 40 metres long", "662 beds": a property
