"""Detection: the compiled patterns for every family of temporal expression.

Every pattern is built once per vocabulary from the word lists in ``data/lexicon.json``.
The grammar is a list of small rules (:data:`RULES`), one per family, each composing the
shared pieces of :class:`Parts` (a month name, a day number, a year, a number of units...),
so a piece is written once and a family reads as what it matches. Alternations are of
literal words and every repetition is bounded or over disjoint character classes, so
matching stays linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import regex
from attrs import frozen

from newskit.ascii_patterns import compile_ascii
from newskit.text import compile_pattern
from newskit.vocabulary import per_vocabulary
from newskit_dates.lexicon import lexicon

__all__ = ["FAMILY_ANCHORS", "RULES", "STARTS_AT_TRIGGERS", "Parts", "Patterns", "patterns"]


def _alt(words: list[str] | set[str], *, caps: bool = False, lower: bool = False) -> str:
    """A non-capturing alternation of literal words, longest first (``caps``: in Title
    and UPPER case, a name of several words also with each word capitalised: ``Christmas
    Day``, ``New Year's Day``; ``lower`` adds the words as given)."""
    out: set[str] = set()
    for w in words:
        if caps:
            out.add(w[:1].upper() + w[1:])
            out.add(" ".join(p[:1].upper() + p[1:] for p in w.split(" ")))
            out.add(w.upper())
        if lower or not caps:
            out.add(w)
    items = sorted(out, key=lambda s: (-len(s), s))
    alts = (regex.escape(w).replace("\\ ", r"\s+").replace("\\'", "'").replace("'", "['\u2019]") for w in items)
    return "(?:" + "|".join(alts) + ")"  # "New Year's" also with a typographic apostrophe


def _numbers_between(lx: Mapping[str, Any], lo: int, hi: int) -> list[str]:
    """The number words whose value is a whole number in ``lo..hi``."""
    return [w for w, v in lx["numbers"].items() if isinstance(v, int) and lo <= v <= hi]


#: word edges: no letter, digit, underscore (or hyphen, on the left) touches an expression
LB = r"(?<![\p{L}\p{N}_\-])"
RB = r"(?![\p{L}\p{N}_])"
#: a day of the month (not the start of a longer number or of a clock time)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
#: a year of the second millennium's last centuries or of this one
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d)"
DASH = r"\s*[-\u2013\u2014]\s*"
#: a year named after a month or a day: by its step from the publication's (``June last
#: year``) or from the year the text told (``June of that year``, ``4 May the following
#: year``, ``in April of the same year``); not a year's possessive (``the previous year's``)
REL_YEAR = (r"\s+(?:of\s+)?(?P<rel>last|this|next|that|(?:the|that)\s+same|the\s+(?:following|previous|prior|preceding))"
            r"\s+year(?!['\u2019]s" + RB + r")")
#: words that place a period relative to now or to the text (``last``, ``next`` ...)
REL = r"(?:last|this|next|that|past|coming|previous|(?<=\bthe\s+)following)"
#: a fraction of a unit other than the year: "quarter-century", "half a decade", "quarter of
#: a century", "half hour" ("the last half century", "the past half hour" are no half of a year)
LONG_FRACTION_UNIT = r"(?:[\s-]+|\s+of\s+an?\s+|\s+an?\s+)(?:century|decade|month|week|day|hour|minute)\b"
LONG_FRACTION = r"(?:quarter|half)" + LONG_FRACTION_UNIT

#: "this" before "past" or "coming" is the phrase's determiner ("this past spring", "this
#: coming Sunday": the last one, the next one) and in its extent, as TimeBank writes it
THIS_PAST = r"this\s+(?=(?:past|coming)\s)"

#: a position inside a period (``early June``, ``later this year``)
POS = r"(?:early|mid|late|earlier|later)"


@frozen
class Parts:
    """The pieces every rule composes, built from the vocabulary once."""

    lx: Mapping[str, Any]
    full: list[str]  # month names written out
    mon: str  # a month name, or an abbreviation with a period or before a number
    wd: str  # a weekday name
    tens: str  # twenty .. ninety
    ones: str  # one .. nine
    num: str  # a number in digits or words ("24", "2 1/2", "2-1/2", "2\u00bd", "twenty-four", "two and a half", "two-and-a-quarter")
    mixed: str  # the fraction after a whole number or unit: " and a half", "-and-a-quarter", " and three quarters"
    vague: str  # "several", "a few", "a couple of"
    units: Mapping[str, str]
    unit_forms: list[str]  # each unit and its plural
    unit: str
    mods: str  # "about", "more than", "nearly"
    zones: str  # time zones
    seasons: str
    pod: str  # parts of the day
    sday: str  # a day of the month spelled as an ordinal word ("eighth", "twenty-first", "Fourth")

    @classmethod
    def build(cls, lx: Mapping[str, Any]) -> Parts:
        months = lx["months"]
        full = [m for m in months if len(m) > 4 or m in {"may", "june", "july"}]
        abbr = [m for m in months if m not in full]
        # full names, or abbreviations with a period, or abbreviations before a number
        mon = "(?:" + _alt(full, caps=True) + "|" + _alt(abbr, caps=True) + r"(?:\.|(?=\s+\d))" + ")"
        tens = _alt(_numbers_between(lx, 20, 90))
        ones = _alt([w for w in _numbers_between(lx, 1, 9) if w not in {"a", "an"}])
        fractions = [regex.sub(r"\s+", r"[\\s-]+", f) for f in sorted(lx["mixed_fractions"], key=len, reverse=True)]
        mixed = r"(?:\s+and\s+|-and-)(?:" + "|".join(fractions) + ")"
        num = (
            r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:[\s-]\d/\d|\u00bd)?|" + tens + r"[\s-]" + ones + "|" + _alt(list(lx["numbers"]))
            + r"(?:" + mixed + r")?)"
        )
        units = lx["units"]
        plurals = lx["unit_plurals"]
        unit_forms: list[str] = []
        for u in units:
            unit_forms.append(u)
            unit_forms.append(plurals.get(u, u + "s"))
        return cls(
            lx=lx, full=full, mon=mon, wd=_alt(list(lx["weekdays"]), caps=True), tens=tens, ones=ones, num=num, mixed=mixed,
            vague=_alt(lx["vague_numbers"]), units=units, unit_forms=unit_forms, unit=_alt(unit_forms),
            mods=_alt(list(lx["mods"])), zones=_alt(list(lx["zones"])), seasons=_alt(list(lx["seasons"])),
            pod=_alt(list(lx["parts_of_day"])),
            sday=_alt(list(lx["day_ordinals"]), caps=True, lower=True),
        )


# ---------------------------------------------------------------- calendar dates


def iso(p: Parts) -> str:
    """2024-06-11, 2024-06-11 16:51 KST, 2024-06-11T16:51:00+09:00"""
    return (
        r"(?<![\d/.\-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:(?:T|\s+)(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?:\s*(?P<zone>" + p.zones + r")\b|(?P<off>[+-][01]\d:?[0-5]\d|Z))?)?(?![\d\-/])"
    )


def numeric(p: Parts) -> str:
    """6/18/2024, 18/6/24"""
    return r"(?<![\d/.,\-:])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])"


def spelled_day_end(p: Parts) -> str:
    """What may follow a day spelled after its month: a year, a stop, a clause's edge ("on
    March eighth, 1998", "by June second and"); not a noun, which makes the word the
    ordinal of a thing ("the June second round", "in May first-quarter sales")."""
    edge = _alt(p.lx["spelled_day_next"])
    return r"(?=(?:,?\s+" + YEAR + r")?(?:\s*[,.;:!?)\u2014\"'\u2019\u201d]|\s*$|\s+" + edge + r"(?![\p{L}\p{N}_\-])))"


def mdy(p: Parts) -> str:
    """Monday, June 18, 2024 / June 18-19 / Sept. 12-17 of last year / Sept. 24 last year / May 30 to June 2;
    the day spelled as an ordinal, as broadcasts say it (March eighth, March the 14th, May the first);
    a weekday placed by a determiner before the date (this coming Sunday, March 8)"""
    return (
        LB + r"(?:(?:(?i:" + THIS_PAST + r")?(?i:last|next|this|past|coming)\s+)?(?P<wd>" + p.wd + r"),?\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?P<mon>" + p.mon + r")"
        r"(?:\s*(?P<d1>" + DAY + r")|\s+(?:the\s+(?P<dt>[12]?\d|3[01])(?:st|nd|rd|th)(?!\d)|(?:the\s+)?(?P<dw>" + p.sday + r")"
        + spelled_day_end(p) + r"))"
        r"(?:" + DASH + r"(?:(?P<mon2>" + p.mon + r")\s*)?(?P<d2>" + DAY + r"))?"
        r"(?:,?\s+(?P<y>" + YEAR + r"))?(?:" + REL_YEAR + r")?" + RB
    )


def dmy(p: Parts) -> str:
    """18 June 2024, 18-19 June, Monday 18 June, 24 September last year, 3 May that year; the
    day spelled as an ordinal after "the" and before "of" (the eighth of March, the Fourth of July)"""
    return (
        LB + r"(?:(?P<wd>" + p.wd + r"),?\s+)?(?:(?:the\s+)?(?P<d1>" + DAY + r")(?:" + DASH + r"(?P<d2>" + DAY + r"))?\s+(?:of\s+)?"
        r"|(?i:the)\s+(?P<dw>" + p.sday + r")\s+of\s+)(?P<mon>" + p.mon + r")(?:,?\s+(?P<y>" + YEAR + r")|" + REL_YEAR + r")?" + RB
    )


def month(p: Parts) -> str:
    """June 2024, September last year, October that year, last September, early June, that May, June (the words
    before the month in any case: "This March", "Early June" open sentences)"""
    return (
        LB + r"(?:(?P<pos>(?i:" + POS + r"))[\s-]+)?(?:(?P<det>(?i:" + REL + r"|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of))\s+)?"
        r"(?P<mon>" + p.mon + r")(?:,?\s+(?:of\s+)?(?P<y>" + YEAR + r")|" + REL_YEAR + r")?" + RB
    )


def monthday(p: Parts) -> str:
    """a day or a week a month holds by its place in it: the last day of August, the first
    day of March 2024, the second Tuesday of November, the last Friday in June, the first
    week of October (the month's year told, or found as a bare month's is)"""
    return (
        LB + r"(?i:the)\s+(?P<nth>(?i:" + _alt(list(p.lx["place_in_month"])) + r"))\s+(?:(?P<day>(?i:day))|(?P<week>(?i:week))|(?P<wd>" + p.wd
        + r"))\s+(?i:of|in)\s+(?P<mon>" + p.mon + r")(?:,?\s+(?:of\s+)?(?P<y>" + YEAR
        + r")|" + REL_YEAR + r")?" + RB
    )


def relmonthday(p: Parts) -> str:
    """a day or a week of the month named by its step from the publication's: the 30th of
    this month, the 3rd of last month, the last day of next month, the first Monday of next
    month, the second week of this month (the month alone was found before)"""
    return (
        LB + r"(?i:the)\s+(?:(?P<nth>(?i:" + _alt(list(p.lx["place_in_month"])) + r"))\s+(?:(?P<day>(?i:day))|(?P<week>(?i:week))|(?P<wd>"
        + p.wd + r"))|(?P<dt>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\d)|(?P<dw>" + p.sday + r"))\s+(?i:of|in)\s+"
        r"(?:(?i:the)\s+(?=(?i:current|coming)\s))?(?P<step>(?i:" + _alt(list(p.lx["month_steps"])) + r"))\s+(?i:month)" + RB
    )


def bareday(p: Parts) -> str:
    """a day of the month told by its number alone after a preposition: on the 15th, by the
    1st, until the 30th (no noun after it: "the 15th century", "the 3rd Battalion", nor after
    a second ordinal joined to it: "the 15th and 16th floors", "the 2nd, 3rd and 4th of July")"""
    edge = _alt([w for w in p.lx["spelled_day_next"] if w != "of"])
    ordinal = r"\d{1,2}(?:st|nd|rd|th)"
    return (
        LB + r"(?i:" + _alt(p.lx["bare_day_prepositions"]) + r")\s+(?P<the>(?i:the))\s+(?P<dt>(?:[12]\d|3[01]|0?[1-9])"
        r"(?:st|nd|rd|th))(?!\d)"
        r"(?!(?:(?:\s*[-\u2013,]\s*|,?\s+(?i:and|or|to|through)\s+)(?:(?i:the)\s+)?" + ordinal + r"){1,4}\s+(?!(?i:" + edge
        + r")(?![\p{L}\p{N}_\-]))\p{L})"
        r"(?=\s*[,.;:!?)\u2014\"'\u2019\u201d]|\s*$|\s+(?i:" + edge + r")(?![\p{L}\p{N}_\-]))"
    )


def relunit(p: Parts) -> str:
    """(early) this/last/next week|month|year|quarter|decade|century|weekend|season|hour; earlier
    this year, later in the week ("the past hour" and "the past fortnight" are lengths; "the
    last minute" an idiom, left out)"""
    return (
        LB + r"(?i:(?:(?P<pos>" + POS + r"|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?"
        r"(?:the\s+|that\s+(?=same\s)|" + THIS_PAST + r")?(?P<det>last|this|next|past|coming|previous|current|following|same|that|latest|prior"
        r"|(?<=(?:earlier|later)\s+)in\s+the)"
        r"(?:\s+(?P<fiscal>fiscal|calendar))?\s+(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century|hour|"
        + p.seasons + r"))" + RB
    )


def twostep(p: Parts) -> str:
    """the week before last, the month after next, the night before last (not before a time
    word that ``last`` / ``next`` belongs to: "the day before last Tuesday", "the year before
    last year's vote")"""
    words = r"(?:" + p.wd + r"|" + p.mon + r"|(?i:" + p.unit + r"|weekend|weekends|" + p.seasons + r"|"
    words += _alt(list(p.lx["holidays"]), caps=True, lower=True) + r"))"
    return (
        LB + r"(?i:the)\s+(?P<unit>(?i:" + _alt(p.lx["two_step_units"]) + r"))\s+(?P<dir>(?i:"
        + _alt(list(p.lx["two_step_directions"])) + r"))" + RB
        + r"(?!['\u2019]s" + RB + r"|\s+" + words + RB + r")"
    )


def decade(p: Parts) -> str:
    """the 1990s, the mid-1990s, '90s, the 19th century; the web's ``the 1940's``, ``the
    '90's`` (an apostrophe before the ``s``; only after ``the`` or a position: ``2010's
    best film`` is a year's)"""
    return (
        LB + r"(?:(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<c>1[0-9]\d|20\d)0(?P<apos>['\u2019])?s"
        r"|['\u2019](?P<s>\d)0(?P<apos2>['\u2019])?s"
        r"|(?P<cent>\d{1,2})(?:st|nd|rd|th)[\s-]+century)" + RB
    )


#: a fiscal year written with its last two digits after the abbreviation: FY26, FY'26, FY-26
FY_SHORT = r"FY['\u2019\-]?(?P<fy>\d\d)(?![\p{L}\p{N}_%\-]|[.,]\d)"


def year(p: Parts) -> str:
    """2000, fiscal 1998, FY 2026 and FY2026 (the abbreviation written close), FY26 (its last
    two digits), the end of 1990, early 2023, 1994 or later"""
    return (
        r"(?<![\p{L}\p{N}_$\u00a3\u20ac#.,/:\-])" + FY_SHORT + r"|"
        r"(?<![\p{L}\p{N}_$\u00a3\u20ac#.,/:\-])(?:(?P<pre>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|"
        r"(?:the\s+)?(?:end|beginning|start|middle|spring|summer|fall|autumn|winter|first\s+half|second\s+half|"
        r"last\s+half|latter\s+half)\s+of|early|mid|late|the\s+early|the\s+late))(?:[\s-]+|(?<=FY)(?=\d)))?"
        r"(?P<y>" + YEAR + r")(?:[-\u2013/](?P<y2>\d{4}|\d\d)(?!\d))?(?![\p{L}\p{N}_%\-]|[.,]\d|\s*(?:%|percent|per\s+cent))"
    )


def quarter(p: Parts) -> str:
    """the third quarter, third-quarter, fiscal first quarter, Q3 2024, the first half of 2023,
    the first quarter of fiscal 2025, of FY2025, of FY25, of its 2025 fiscal year, Q3 FY2025,
    Q3 FY25 (the year it is counted in),
    the second half of the year (one period: "of the year" names no other year)"""
    return (
        LB + r"(?i:(?:the\s+|(?P<yrel>this|last|next)\s+year['\u2019]s\s+)?(?:(?P<adj>latest|current|previous|last|this|same|comparable|corresponding|recent|"
        r"year-earlier|year-ago|final)[\s-]+){0,2}(?:(?P<fisc>fiscal)[\s-]+)?(?:(?P<y0>" + YEAR + r")\s+)?"
        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?P<qh>quarter|half)"
        r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY[\s-]?)?(?P<y>" + YEAR + r")|(?-i:" + FY_SHORT + r")|(?P<rel>last|this|next|that|(?:the|that)\s+same|the\s+(?:following|previous|prior|preceding))\s+year(?!['\u2019]s\b))"
        r"|\s+of\s+(?:its|their|the)\s+(?P<y>" + YEAR + r")\s+fiscal\s+year|\s+of\s+(?P<theyear>the\s+year)(?!['\u2019]s\b)"
        r"|\s+(?P<ago>a\s+year\s+(?:ago|earlier)))?)" + RB
        + r"|" + LB + r"(?P<qn>Q[1-4]|H[12])(?:\s+(?:FY[\s-]?)?(?P<y2>" + YEAR + r")|\s+" + FY_SHORT.replace("<fy>", "<fy2>") + r")?" + RB
    )


def monthspan(p: Parts) -> str:
    """a quarter or half named by its months: the July-September quarter, the April-to-June
    period, the January-June half of 2024; by its last month: the December quarter"""
    return (
        LB + r"(?P<the>(?i:the)\s+)?(?:(?P<m1>" + p.mon + r")\s*(?:[-\u2013]|\s+to\s+)\s*)?(?P<m2>" + p.mon + r")\s+"
        r"(?P<qh>(?i:quarter|period|half))(?!-)(?:,?\s+(?:of\s+)?(?P<y>" + YEAR + r"))?" + RB
    )


def season(p: Parts) -> str:
    """seasons with a year or a determiner: summer 2023, the summer of 1998, this fall, the end of
    the summer (a position in the season, as "late summer" is), the summer of that year"""
    return (
        LB + r"(?i:(?:(?P<pos>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?(?:(?P<the>the)\s+)?(?:(?P<pos2>early|late)\s+)?(?P<season>" + p.seasons + r"))"
        r"(?:\s+(?:of\s+)?(?P<y>" + YEAR + r")|" + REL_YEAR + r")?" + RB
    )


# ---------------------------------------------------------------- days and times of day


def deictic(p: Parts) -> str:
    """today, yesterday morning, tonight, earlier today, last night, this afternoon"""
    return (
        LB + r"(?i:(?:(?P<pos>earlier|later|early|late)\s+)?(?:(?P<word>today|yesterday|tomorrow|tonight|"
        r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>" + p.pod + r"))?"
        r"|(?P<det>this|last|tomorrow|yesterday)\s+(?P<pod2>" + p.pod + r"))"
        r"|(?:mid-?|early\s+|late\s+)?(?P<pod3>" + p.pod + r")\s+(?P<word3>yesterday|today|tomorrow))" + RB
    )


def weekday(p: Parts) -> str:
    """Monday, last Friday, Wednesday night, early Tuesday, late Thursday afternoon (the
    wires' ``early``/``late`` is in the extent, as ECB+ and the TIMEX3 guidelines write it);
    the following Tuesday, the previous Friday (placed from the day the text last named);
    Tuesday nights, on Sundays (a plural is a weekly set); the day after Monday (one date,
    the day before last Tuesday's hearing included, as TimeML writes it), but no bare
    ``day after`` before a possessive weekday: ``a day after Friday's launch`` is a length
    counted from the launch's own date, as ``two days after Monday's storm`` is read"""
    return (
        LB + r"(?:(?i:the\s+)(?P<ba>(?i:day\s+(?:before|after)))\s+|(?P<ba2>(?i:day\s+(?:before|after)))\s+"
        r"(?!(?:\S+\s+){0,2}?(?:" + p.wd + r")['\u2019]s" + RB + r"))?(?:(?P<rel>(?i:the\s+(?:following|next|previous|preceding|prior)))\s+"
        r"|(?i:" + THIS_PAST + r")?(?P<det>(?i:last|next|this|that|past|coming|early|late))\s+)?(?P<wd>" + p.wd + r")(?P<pl>s)?"
        r"(?:\s+(?P<pod>" + p.pod + r")(?P<pl2>s)?)?" + RB
    )


def time(p: Parts) -> str:
    """clock times: 3 p.m. EDT, 16:51 KST, 7.45pm (British), noon, midnight Friday, 11pm on 31 January,
    0800 GMT and 1336 local time (the wires' four digits, only with a zone), 4 in the morning;
    the zone is in the extent, a generic US zone (``9 p.m. ET``) and ``local time`` too; a
    day after ``on`` is a date of its own (TimeML leaves prepositions out of a TIMEX3)"""
    zones = r"(?:" + p.zones + r"|" + _alt(p.lx["prose_zones"]) + r")"
    return (
        LB + r"(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]\.m(?!\w)|[AP]\.M\.|[ap]m(?!\w)|[AP]M(?!\w))"
        r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:.,/]\d)|(?P<noon>(?i:noon|midnight))"
        r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s+" + zones + r"(?![\p{L}]))"
        r"|(?<=\b(?i:at|around|about|by|until|till|before|after|since|from|to)\s+)(?P<h4>1[0-2]|[1-9])(?:[:.](?P<mi4>[0-5]\d))?"
        r"(?:\s+o'clock)?\s+(?i:in\s+the\s+(?P<half>morning|afternoon|evening)|at\s+(?P<half2>night)))"
        r"(?:\s+(?P<zone>" + zones + r")(?![\p{L}]))?"
        r"(?:,?\s+(?P<wd>" + p.wd + r")|\s+(?P<word>(?i:today|yesterday|tomorrow))"
        r"|,?\s+(?P<mon>" + p.mon + r")\s*(?P<md>" + DAY + r")"
        r"|,?\s+(?:the\s+)?(?P<md2>" + DAY + r")\s+(?:of\s+)?(?P<mon2>" + p.mon + r"))?" + RB
    )


# ---------------------------------------------------------------- durations and offsets


def ago(p: Parts) -> str:
    """N units ago / a year earlier / two weeks from now / a month from today / three days from
    tomorrow / a day or two ago / a week ago today / a year ago yesterday / a week from Friday /
    a week on Monday (not a weekday that opens a range: "three days from Sunday to Tuesday"); a length with a
    fraction, as every length is (a quarter of a century ago, a quarter-century ago, a decade
    and a half ago, a year and a half ago)"""
    return (
        LB + r"(?i:(?:(?P<mod>" + p.mods + r")\s+)?(?:(?P<num>" + p.num + r"|" + p.vague + r")[\s-]+(?:(?P<more>more|additional)\s+)?"
        r"|(?P<frac>(?:a|one)[\s-]+(?:quarter|half|third(?=\s+of\s)))(?:\s+of\s+an?\s+|[\s-]+))"
        r"(?P<unit>" + p.unit + r")(?P<half>" + p.mixed + r")?(?:\s+or\s+(?:so|two|three))?\s+(?P<dir>ago(?:\s+(?P<onday>" + _alt(list(p.lx["count_ago_days"]))
        + r"))?|earlier|later|hence|" + _alt(list(p.lx["count_from_days"]))
        + r"|(?P<join>from|on)\s+(?P<fromwd>" + p.wd + r")(?!['\u2019]s" + RB + r"|\s*[-\u2013]|\s+(?:to|until|till|through|thru|and|or)"
        + RB + r")))" + RB
    )


def duration(p: Parts) -> str:
    """24 years, over 20 years, the past two months, two-day, a decade, several years,
    three to four days, between two and three weeks, two-to-three days, a two- to
    three-week delay (the first number's hyphen suspended), a day or two, two or more years"""
    return (
        LB + r"(?i:(?:(?P<mod>" + p.mods + r")\s+)?(?:(?P<the>the)\s+)?(?:(?P<adj>past|last|next|first|previous|coming|"
        r"following|final|latest|initial|remaining|ensuing|additional|recent)\s+)?"
        r"(?:(?P<btw>between)\s+)?(?:(?P<num>" + p.num + r")(?:(?P<conn>(?(btw)\s+and\s+|(?:\s*[-\u2013]\s*(?:(?:to|or)[\s\-\u2013]+)?|\s+(?:to|or)\s+)))"
        r"(?P<num2>" + p.num + r")|(?P<ormore>\s+or\s+more))?|(?P<vag>" + p.vague + r"))(?:\s+|-)(?:(?P<more>more|additional|full|straight|consecutive|single)\s+)?"
        r"(?P<unit>" + p.unit + r")(?P<long>-long)?(?P<half>" + p.mixed + r")?(?:\s+(?:(?P<orso>or\s+so)|or\s+(?P<few>two|three|2|3)(?![\p{L}\p{N}\-]|\s+(?:" + p.unit + r")\b)))?)"
        + r"(?!-old|\s+old\b)" + RB
    )


def fracdur(p: Parts) -> str:
    """fractions of a unit: half an hour, a quarter of a century, a half-hour, three quarters
    of an hour ("their third day-long" is an ordinal: a bare fraction word is only "half";
    "a third" only before "of": "for a third day" is an ordinal, as "a second day" is);
    a length counted back or ahead, the past quarter-century, the next half century (a bare
    "quarter" only before the long units, which no calendar quarter or half divides)"""
    single_units = _alt([u for u in p.units if " " not in u and u not in ("quarter", "weekend", "night")])
    return (
        LB + r"(?i:(?:(?P<mod>" + p.mods + r")\s+)?(?:(?P<the>the)\s+(?:(?P<adj>past|last|next|coming|previous|following|first|final)\s+)?"
        r"(?=" + LONG_FRACTION + r"))?"
        r"(?P<frac>(?:a|one)[\s-]+(?:half|quarter|third(?=\s+of\s))|half|quarter(?=" + LONG_FRACTION_UNIT + r")|three[\s-]+quarters|two[\s-]+thirds)"
        r"(?:\s+of)?(?:\s+an?\s+|[\s-]+)(?P<unit>" + single_units + r"))" + r"(?!-old|\s+old\b)" + RB
    )


def dayrel(p: Parts) -> str:
    """a day named by its place after a date the text gave: the same day, earlier that day,
    the next day, the following morning, the previous evening, the previous day's; "that"
    with a part of the day after a preposition of time or ending a phrase ("by that
    evening", "That night, ...", "was freed that evening."; a bare "that day" is left out:
    TimeML often leaves it untagged, and "said that morning traffic" is a clause)"""
    return (
        LB + r"(?i:(?:(?P<pos>earlier|later)\s+(?=that\s))?(?P<det>the\s+same|that\s+same|(?<=(?i:earlier|later)\s+)that|the\s+next|the\s+following|"
        r"(?<=\b(?:by|on|until|till|from|since|through|during|into)\s+)that(?=\s+(?:" + p.pod + r")\b)|"
        r"that(?=\s+(?:" + p.pod + r")(?:\s*[,.;:!?)\u2014]|\s+(?:and|but|when|as|after|before|until)\b))|"
        r"the\s+previous|the\s+prior)\s+(?P<unit>day|" + p.pod + r")"
        r"|(?<=\b(?:in|by|during|until|till|through|into)\s+)(?<!(?:\d|o'clock)\s+in\s+)"
        r"(?P<det2>the)\s+(?P<pod2>morning|afternoon|evening))"
        r"(?![\p{L}\p{N}_\-]|['\u2019](?!s\b)|\s+(?:of|before|after|and\s+night)\b)"
    )


def vagueunit(p: Parts) -> str:
    """bare and vague unit plurals: recent years, the coming weeks, for years, within hours,
    decades-long, hours later, a matter of minutes; a range of two (weeks or months, days
    to weeks)"""
    return (
        LB + r"(?i:(?:(?P<low>minutes|hours|days|weeks|months|years|decades)\s+(?P<conn>or|to)\s+"
        r"(?P<high>hours|days|weeks|months|years|decades|centuries)(?!-)|(?P<adj>the\s+coming|coming|recent|the\s+past|past|the\s+next|the\s+last|the\s+early|the)\s+"
        r"(?P<unit>years|months|weeks|days|decades|hours|centuries)|(?<=(?:for|within|over|in|after|from|take|took|takes|last|lasted)\s{1,3})"
        r"(?P<unit2>years|months|weeks|decades|centuries)(?!\s+(?:of|and|or|to|old|ago|later|earlier)\b)"
        r"|(?<=(?:for|within|over|in|take|took|takes|last|lasted|matter\s+of)\s{1,3})(?P<unit4>days|hours|minutes)"
        r"(?!\s+(?:and|or|to|old|ago|later|earlier|after|before)\b)"
        r"|(?P<unit3>minutes|hours|days|weeks|months|years|decades)(?=\s+(?:later|after|before|earlier)\b))"
        r"(?P<long>-long)?(?:\s+(?P<tail>ahead|ago|to\s+come))?)" + RB
    )


# ---------------------------------------------------------------- sets, names, vague references


def set_(p: Parts) -> str:
    """sets: every year, each season, weekly, every other Monday, every 15 minutes, every half hour"""
    return (
        LB + r"(?i:(?:(?P<q>every|each)\s+(?:(?P<other>other)\s+|(?P<n>" + p.num + r")\s+|(?P<half>half)[\s-]+)?(?P<what>\w+)"
        r"|(?P<adv>" + _alt(list(p.lx["sets"])) + r")))" + RB
    )


def holiday(p: Parts) -> str:
    """holidays: Christmas Day, last Thanksgiving, Easter Sunday, Black Friday, Good Friday"""
    return (
        LB + r"(?:(?P<det>(?i:last|next|this))\s+)?(?P<hol>" + _alt([*p.lx["holidays"], *p.lx["holiday_offsets"]], caps=True)
        + r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Memorial\s+Day|Labor\s+Day)" + RB
    )


def vague(p: Parts) -> str:
    """vague references: now, recently, the future"""
    return LB + r"(?P<v>" + _alt(list(p.lx["vague"]), caps=True, lower=True) + r")" + RB


def yearadj(p: Parts) -> str:
    """adjectival year references: year-earlier, year-ago, year-end"""
    return (
        LB + r"(?i:(?:(?P<the>the)\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<w>year-earlier|year-ago|year-end|year\s+end)"
        r"(?:\s+(?P<noun>period|periods|quarter|nine\s+months|six\s+months|half))?)" + RB
    )


def theunit(p: Parts) -> str:
    """bare definite units of the reporting period: for the year, the full year, the fiscal
    year, over the weekend, the latest period, the 1988 period, the end of the decade; by year's
    end, by the month's end"""
    return (
        LB + r"(?i:(?:(?P<pos>the\s+(?:end|beginning|start|middle|close)\s+of|(?:earlier|later|early|late)\s+in)\s+)?"
        r"(?P<the>the)\s+(?:(?P<adj>full|fiscal|latest|corresponding|comparable|same)\s+|(?P<y>" + YEAR
        + r")\s+)?(?P<unit>year|weekend|period|month|week|decade|century)(?:\s+(?P<ly>last\s+year|a\s+year\s+(?:ago|earlier)))?"
        r"(?![\p{L}\p{N}_\-]|['\u2019]s\s+end\b)|(?:the\s+)?(?P<yend>(?P<eunit>year|month|week)['\u2019]s\s+end)" + RB + ")"
    )


def weekof(p: Parts) -> str:
    """the week of March 6"""
    return LB + r"(?i:the\s+week\s+of)\s+(?P<mon>" + p.mon + r")\s*(?P<d1>" + DAY + r")(?:,?\s+(?P<y>" + YEAR + r"))?" + RB


def unitlong(p: Parts) -> str:
    """day-long, decades-long, and the closed forms of wire style (weeklong, yearslong): the
    unit alone as an adjectival duration"""
    return LB + r"(?i:(?P<unit>day|week|month|year|decade|hour|minute|centur(?:y|ie))(?P<pl>s)?-?long)" + RB


def dayconj(p: Parts) -> str:
    """the second day of "April 24 and 25", "December 8 to 10", "Sept. 20 through 28" (TimeML
    tags each date; the month told once): not a number of something after it ("from May 5 to
    7 points", "on March 3 to 10,000 people"), nor a name after a range's "to" ("moved on May
    2 to 10 Downing Street")"""
    return (
        r"(?<=(?P<mon>" + p.mon + r")\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:(?:and|or|&)|(?P<to>" + _alt(p.lx["day_range_joins"])
        + r"))\s+)(?P<d1>" + DAY + r")"
        r"(?:,?\s+(?P<y>" + YEAR + r")|" + REL_YEAR + r")?(?![\p{L}\p{N}_%]|\s*%|,\d|\s+(?!(?:at|in|on|and|or|to|the|of|when|with|for|in)\b)[a-z])"
        r"(?(to)(?!\s+\p{Lu}))"
    )


def daylist(p: Parts) -> str:
    """the days before their month told once, as British and international style writes a
    range or a list: "from 2 to 9 September", "between 5 and 12 October", "on 6, 7 and 8
    May", "from the 1st to the 15th of June" (each day but the last, which the day-month
    family reads)"""
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    joins = r"(?:,?\s+(?:and|or|&|" + _alt(p.lx["day_range_joins"]) + r")\s+|\s*[-\u2013]\s*)"
    return (
        LB + r"(?:(?i:the)\s+)?(?P<d1>" + day + r")(?![\d:.,]\d)(?=(?:\s*,\s*(?:(?i:the)\s+)?" + day + r")*" + joins
        + r"(?:(?i:the)\s+)?(?P<dl>" + day + r")\s+(?:of\s+)?(?P<mon>" + p.mon + r")"
        r"(?:,?\s+(?P<y>" + YEAR + r")|" + REL_YEAR + r")?" + RB + r")"
    )


def wordyear(p: Parts) -> str:
    """years and decades in words (broadcast transcripts): nineteen ninety-six, January
    nineteen ninety-seven, the winter of nineteen ninety-four, the year two thousand, the nineties"""
    teens = _alt(_numbers_between(p.lx, 10, 19))
    decade_words = _alt([w[:-1] + "ies" for w in _numbers_between(p.lx, 20, 90)])
    return (
        LB + r"(?i:(?:(?P<pre>the\s+year|(?:the\s+)?(?P<season>" + p.seasons + r")\s+of)\s+|(?P<mon>" + _alt(p.full, caps=True)
        + r")\s+)?(?:(?P<nt>nineteen)[\s-]+(?:(?P<tens>" + p.tens + r")(?:[\s-]+(?P<ones>" + p.ones + r"))?|(?P<teen>" + teens
        + r"))|(?P<tt>two\s+thousand)(?:(?:\s+and)?[\s-]+(?P<ones2>" + p.ones + r"))?"
        r"|(?P<the>the)\s+(?:(?P<pos>early|mid|late)[\s-]+)?(?P<dec>" + decade_words + r")))" + RB
    )


#: the families in priority order (an overlap of equal length goes to the one listed first)
RULES: tuple[tuple[str, Callable[[Parts], str]], ...] = (
    ("iso", iso), ("numeric", numeric), ("mdy", mdy), ("dmy", dmy), ("month", month), ("monthday", monthday), ("relmonthday", relmonthday), ("relunit", relunit),
    ("twostep", twostep), ("decade", decade), ("year", year), ("quarter", quarter), ("monthspan", monthspan), ("season", season), ("deictic", deictic),
    ("weekday", weekday), ("time", time), ("ago", ago), ("duration", duration), ("fracdur", fracdur),
    ("dayrel", dayrel), ("vagueunit", vagueunit), ("set", set_), ("holiday", holiday), ("vague", vague),
    ("yearadj", yearadj), ("theunit", theunit), ("weekof", weekof), ("unitlong", unitlong),
    ("dayconj", dayconj), ("daylist", daylist), ("wordyear", wordyear), ("bareday", bareday),
)

#: each family runs only in windows around its trigger words: (trigger keys, chars left, chars right)
FAMILY_TRIGGERS: dict[str, tuple[frozenset[str], int, int]] = {
    "iso": (frozenset({"digit"}), 2, 40),
    "numeric": (frozenset({"digit"}), 8, 16),
    "mdy": (frozenset({"month"}), 40, 60),
    "dmy": (frozenset({"month"}), 50, 30),
    "month": (frozenset({"month"}), 40, 40),
    "monthday": (frozenset({"month"}), 40, 30),
    "relmonthday": (frozenset({"theunit"}), 50, 8),
    "relunit": (frozenset({"unit"}), 60, 20),
    "twostep": (frozenset({"unit", "deictic"}), 8, 30),
    "decade": (frozenset({"digit", "decade"}), 30, 12),
    "year": (frozenset({"digit"}), 50, 12),
    "quarter": (frozenset({"qword", "q"}), 90, 40),
    "monthspan": (frozenset({"month"}), 20, 50),
    "season": (frozenset({"unit"}), 30, 20),
    "deictic": (frozenset({"deictic"}), 40, 30),
    "weekday": (frozenset({"weekday"}), 26, 30),
    "time": (frozenset({"digit", "deictic"}), 8, 60),
    "ago": (frozenset({"unit"}), 50, 30),
    "duration": (frozenset({"unit"}), 50, 30),
    "fracdur": (frozenset({"unit"}), 40, 20),
    "dayrel": (frozenset({"unit", "deictic"}), 30, 4),
    "vagueunit": (frozenset({"unit"}), 40, 30),
    "set": (frozenset({"set"}), 4, 40),
    "holiday": (frozenset({"holiday"}), 20, 40),
    "vague": (frozenset({"vague"}), 4, 30),
    "yearadj": (frozenset({"unit"}), 40, 40),
    "theunit": (frozenset({"theunit"}), 40, 30),
    "wordyear": (frozenset({"wordyear"}), 40, 30),
    "dayconj": (frozenset({"month"}), 0, 40),
    "daylist": (frozenset({"month"}), 40, 24),
    "unitlong": (frozenset({"unit"}), 2, 10),
    "weekof": (frozenset({"theunit"}), 10, 30),
    "bareday": (frozenset({"digit"}), 16, 24),
}


#: Words a family's every match holds as a whole token, by family: a window around its
#: triggers holding none of them cannot match, so the family's pattern skips it. The words
#: mirror the family's required alternatives above (a relative determiner, the direction
#: of "ago", a fraction, a plural unit ...); ``year4`` is a four-digit token that can be a
#: year (the scan marks it), and a phrase list's anchor is its longest word
#: (:func:`anchor_words`).
FAMILY_ANCHORS: dict[str, frozenset[str]] = {
    "year": frozenset({"year4", "a:fy"}),
    "decade": frozenset({"year4", "decade", "a:century"}),
    "relunit": frozenset({"a:relunit"}),
    "twostep": frozenset({"a:twostep"}),
    "monthday": frozenset({"a:monthday"}),
    "relmonthday": frozenset({"a:monthstep"}),
    "bareday": frozenset({"a:ordinal_end"}),
    "season": frozenset({"a:season"}),
    "ago": frozenset({"a:ago"}),
    "fracdur": frozenset({"a:fraction"}),
    "dayrel": frozenset({"a:dayrel"}),
    "vagueunit": frozenset({"a:plural"}),
    "holiday": frozenset({"a:holiday"}),
    "vague": frozenset({"a:vague"}),
    "yearadj": frozenset({"a:yearadj"}),
}

#: Families always run by ``regex``, on ASCII text too: one whose handler reads a ``regex``
#: match's own methods (``captures``), and those of narrow windows around a number, where
#: ``regex`` finds the few places a match can start faster than the standard library tries
#: each one (measured on the bench corpus: 0.005 s against 0.013 s for the four).
REGEX_FAMILIES = frozenset({"quarter", "iso", "numeric", "unitlong", "weekof"})

#: Families whose every match, on a plain ASCII text, starts where one of their trigger
#: tokens starts: a clock time opens with its hour's digits or with ``noon`` / ``midnight``
#: (after no letter, digit, ``_`` or hyphen: a digit run's or a word's start), and never
#: matches the empty string. Its pattern is tried at those starts alone instead of at every
#: position of the windows around them (the costliest family: 68 characters around every
#: number, a quarter of the dates plugin's pattern time).
STARTS_AT_TRIGGERS = frozenset({"time"})

_ANCHOR_LITERALS: dict[str, tuple[str, ...]] = {
    "a:century": ("century",),
    "a:relunit": ("last", "this", "next", "past", "coming", "previous", "current", "following", "same", "that",
                  "latest", "prior", "earlier", "later"),
    "a:ago": ("ago", "earlier", "later", "now", "today", "tomorrow", "hence"),
    "a:fraction": ("half", "quarter", "third", "quarters", "thirds"),
    "a:dayrel": ("same", "that", "next", "following", "previous", "prior", "morning", "afternoon", "evening"),
    "a:plural": ("years", "months", "weeks", "days", "decades", "hours", "centuries", "minutes"),
    "a:yearadj": ("earlier", "ago", "end"),
    "a:twostep": ("before", "after"),
    "a:fy": ("fy",),
    "a:ordinal_end": ("st", "nd", "rd", "th"),
}

_TRIGGER_SPLIT = regex.compile(r"[\s'\u2019-]+")
_WHOLE_TOKEN = regex.compile(r"\p{L}+")


def anchor_words(phrases: list[str]) -> list[str] | None:
    """The longest word of each phrase (a phrase's rarest word, as a rule): a match of the
    phrase holds it as a whole token. None when some phrase has no word the token scan sees
    whole, so the family cannot be gated."""
    out: list[str] = []
    for phrase in phrases:
        parts = [w for w in _TRIGGER_SPLIT.split(phrase.lower()) if _WHOLE_TOKEN.fullmatch(w)]
        if not parts:
            return None
        out.append(max(parts, key=len))
    return out


def anchor_map(p: Parts) -> dict[str, list[str]]:
    """The anchor words of each anchor key (a key whose phrases cannot all be anchored is
    left out, and the families reading it run ungated)."""
    lx = p.lx
    phrase_lists = {
        "a:season": list(lx["seasons"]),
        "a:holiday": [*lx["holidays"], *lx["holiday_offsets"], "thanksgiving", "easter", "memorial", "labor"],
        "a:vague": list(lx["vague"]),
        "a:monthday": list(lx["place_in_month"]),
        "a:monthstep": list(lx["month_steps"]),
    }
    out = {key: list(words) for key, words in _ANCHOR_LITERALS.items()}
    out["a:ago"] += list(lx["weekdays"])  # "a week from Friday": a count on from a weekday
    for key, phrases in phrase_lists.items():
        words = anchor_words(phrases)
        if words is not None:
            out[key] = words
    return out


def family_anchors(p: Parts) -> dict[str, frozenset[str]]:
    """:data:`FAMILY_ANCHORS` without the families one of whose keys has no words."""
    known = {"year4", "decade", *anchor_map(p)}
    return {f: keys for f, keys in FAMILY_ANCHORS.items() if keys <= known}


def trigger_words(p: Parts) -> dict[str, frozenset[str]]:
    """Each lower-case word that can start a window, and the trigger keys it stands for."""
    lx = p.lx
    tw: dict[str, set[str]] = {}

    def add(words: list[str], key: str) -> None:
        for w in words:
            for part in _TRIGGER_SPLIT.split(w.lower()):
                if part:
                    tw.setdefault(part, set()).add(key)

    add(list(lx["months"]), "month")
    add([*lx["weekdays"], *(w + "s" for w in lx["weekdays"])], "weekday")
    add([*p.unit_forms, "weekend", "weekends", "quarter", "quarters", "half", "fiscal", "calendar",
         *lx["seasons"], *(f + "long" for f in p.unit_forms)], "unit")
    add(["today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
         "overnight", "noon", "midnight"], "deictic")
    add(["every", "each", *lx["sets"]], "set")
    add([*lx["holidays"], *lx["holiday_offsets"], "thanksgiving", "easter", "memorial", "labor"], "holiday")
    add(list(lx["vague"]), "vague")
    add(["q", "h"], "q")
    add(["quarter", "quarters", "half"], "qword")
    add(["year", "weekend", "period", "month", "week", "decade", "century"], "theunit")
    add(["nineteen", "thousand", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
         "eighties", "nineties"], "wordyear")
    for key, words in anchor_map(p).items():
        for w in words:
            tw.setdefault(w, set()).add(key)
    return {k: frozenset(v) for k, v in tw.items()}


class Patterns:
    """The patterns, by family: ``names`` in priority order, :meth:`family` compiles one."""

    def __init__(self) -> None:
        parts = Parts.build(lexicon())
        self.mon = parts.mon
        self.num = parts.num
        self.zones_re = parts.zones
        #: family names in priority order; :meth:`family` compiles one on first use, so an
        #: article with no trigger of a family never pays for compiling it (start-up)
        self.names: tuple[str, ...] = tuple(name for name, _ in RULES)
        self.order = {name: i for i, name in enumerate(self.names)}
        self._sources = {name: rule(parts) for name, rule in RULES}
        self._compiled: dict[str, regex.Pattern[str]] = {}
        # One cheap tokenising scan finds trigger words (a dictionary lookup per word);
        # each family then runs only in windows around its triggers.
        self.token = compile_pattern(r"\d+|\p{L}+|['\u2019]\d0['\u2019]?s", regex.V0)
        #: the same scan for an ASCII text, by the standard library's engine (two thirds
        #: of the time; :mod:`newskit.ascii_patterns`)
        self.ascii_token = compile_ascii(r"\d+|\p{L}+|['\u2019]\d0['\u2019]?s", regex.V0)
        self._ascii: dict[str, re.Pattern[str] | None] = {}
        self.trigger_words = trigger_words(parts)
        self.family_triggers = FAMILY_TRIGGERS
        self.family_anchors = family_anchors(parts)

    def tokens(self, text: str, plain: bool) -> Iterator[re.Match[str]] | Iterator[regex.Match[str]]:
        """The trigger scan's tokens of ``text``: digit runs, letter runs, ``'90s`` (``plain``:
        the text is :func:`~newskit.ascii_patterns.plain_ascii`)."""
        return (self.ascii_token if plain and self.ascii_token is not None else self.token).finditer(text)

    def ascii_family(self, name: str) -> re.Pattern[str] | None:
        """One family's pattern for a plain ASCII text in the standard library's engine, or
        None where it has none (its pattern does not translate exactly, or it is one of
        :data:`REGEX_FAMILIES`)."""
        if name in self._ascii:
            return self._ascii[name]
        got = None if name in REGEX_FAMILIES else compile_ascii(self._sources[name], regex.V0)
        self._ascii[name] = got
        return got

    def family(self, name: str) -> regex.Pattern[str]:
        """The compiled pattern of one family (compiled once, on first use)."""
        got = self._compiled.get(name)
        if got is None:
            got = self._compiled[name] = compile_pattern(self._sources[name], regex.V0)
        return got


@per_vocabulary
def patterns() -> Patterns:
    """The compiled patterns (built once per vocabulary: the named dates are in them)."""
    return Patterns()
