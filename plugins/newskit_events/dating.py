"""When each trigger happened: the date of its clause (a window, never across a clause
break, a reporting verb or a relation to another time), the dates verbs and nouns lend
each other ("launched a bid on Monday"), and background marked as stale."""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit import Article, DateMention, Span
from newskit.text import match_ahead
from newskit.textlayer import dateline_end, layer
from newskit.timex import attributive_date, interval
from newskit_events.lexicon import lexicon, raw_triggers
from newskit_events.mention import (
    BEGINNING,
    CAUSES,
    CLAUSE_BREAK,
    NOT_OBJECT,
    OBJECT_GAP,
    TOLL,
    WORD,
    Trigger,
    words_before,
)
from newskit_events.timing import speech_day

__all__ = ["announced_on", "assign_dates", "background_era", "charge_of", "date_line_day", "governed"]

_DATE_REACH = 90
#: a date that ended this long before the article was published makes its trigger background:
#: news is told within days, so a happening dated a month back is not the article's news
_STALE_DAYS = 31
#: a break between an event noun and a word of its own phrase (a clause, a list, an aside)
_ERA_GAP = regex.compile(r"[,;:()]|\b(?:who|which|that|and|but|while|after|before|since)\b", regex.I)
#: verbs of ending: a date of theirs is when the event ended, not when it happened ("police
#: ended a 14-hour stand-off early on Saturday", "the strike ended on Friday")
_ENDING = regex.compile(r"(?<![\p{L}])(?:end(?:s|ed|ing)?|finish(?:es|ed)|conclud(?:es|ed)|terminat(?:es|ed)|"
                        r"ceas(?:es|ed)|lift(?:s|ed)|call(?:s|ed)\s+off|wound\s+down)(?![\p{L}])", regex.I)

#: a verb of beginning, the base form too ("set to begin in March, it ended on Friday")
_BEGINNING = BEGINNING | {"begin"}

_BOUND = regex.compile(r"(?:since|until|till|before|after|by|from)\s+(?:the\s+)?$", regex.I)
#: "shortly after 9 p.m.", "just before midnight": a point near the time, not a bound of it
_NEAR = regex.compile(r"\b(?:shortly|just|soon|moments|minutes|seconds)\s+(?:after|before)\s+$", regex.I)
_INITIAL = regex.compile(r"\s*(?:(?:on|in|by|at)\s+)?", regex.I)
_SUBORDINATE = regex.compile(r"\s*(?:[\p{L}\p{N}]+\s+){0,3}?(?:after|before|since|while|when|as|until)\b", regex.I)
_THAT = regex.compile(r"\bthat\b")
_PREP_BEFORE = regex.compile(r"\b(?:in|on|at|during)\s+$", regex.I)


#: a date that is a possessive premodifier of the trigger after it ("Sunday's runoff")
_POSSESSED = regex.compile(r"['’]s(?:\s+[\p{L}-]+){0,2}?\s+")


#: a word relating two times: what follows it is the anchor of another time, not of this date
#: words that set the event beside another happening ("revives memories of July 2017",
#: "resembles a 2024 case", "bore similarities to the case in 2024", "recalls the 2019
#: crash"): a date after one is the other happening's, never the event's before them
_COMPARED = regex.compile(r"\b(?:memor(?:y|ies)\s+of|remin(?:iscent\s+of|ds?\s+of|ded\s+of)|resembl\w*"
                          r"|similar\w*|recall(?:s|ed|ing)?|echo(?:es|ed|ing)?|mirror(?:s|ed|ing)?"
                          r"|compared\s+(?:with|to)|comparison\s+with)\b", regex.I)
#: the reference of a comparison, a measure read at a time of its own ("31% above its
#: closing share price on Wednesday", "down from its level on Monday"): a date after it
#: dates the reference, not the event before it
_REFERENCE = regex.compile(r"\b(?:above|below|than|over|under|versus|from)\s+(?:its|the|their|his|her|a|an)\s+"
                           r"(?:[\p{L}-]+\s+){0,3}?(?:price|prices|close|level|levels|valuation|value|average|rate)\b", regex.I)
_RELATION = regex.compile(r"\b(?:after|before|since|following|until|ahead\s+of|prior\s+to)\b", regex.I)
#: a past verb right after a date: "An environmental group on Sunday *blamed* ..."
_NEXT_VERB = regex.compile(r"\s+(\p{Ll}+ed)\b")


def _own_verb(text: str, d: DateMention, trigger_starts: set[int]) -> int | None:
    """The end of the past verb (no trigger) that follows the date: the date is that verb's
    time ("An environmental group on Sunday blamed drilling for the eruption": the blaming,
    not the eruption, was on Sunday), so no trigger after it takes the date."""
    g = match_ahead(_NEXT_VERB, text, d.end)
    if g is None or g.start(1) in trigger_starts:
        return None
    return int(g.end())


#: a past verb and its manner adverb right before a date's preposition ("reacted sharply on")
_VERB_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}+ed)(?:\s+\p{Ll}+ly)?\s+(?:(?:early|late)\s+)?(?:on|in|at)\s+$")
#: the complement such a verb takes after its date: a preposition, then a noun phrase
_COMPLEMENT = regex.compile(r"\s+(?:to|against|about|over)\s+(?:the|a|an|its|their|his|her|this|these|those)\b", regex.I)


def _reaction_verb(text: str, d: DateMention, trigger_starts: set[int]) -> bool:
    """The date stands between a past verb that is no trigger and that verb's complement
    ("The association reacted sharply on Thursday to the government's decision", "residents
    complained on Monday about the closure"): the date is the reaction's, and the event
    noun the complement names happened before it, so no trigger takes the date."""
    v = _VERB_BEFORE.search(text, max(0, d.start - 40), d.start)
    if v is None or v.start(1) in trigger_starts:
        return False
    return match_ahead(_COMPLEMENT, text, d.end) is not None


def _object_noun(text: str, end: int, trigs: Sequence[Trigger]) -> Trigger | None:
    """The event noun a verb ending at ``end`` governs as its object ("declared *an
    outbreak*", "launched an unsolicited *bid*"): the first trigger after it, a noun, with
    only a determiner and modifiers between."""
    m = next((t for t in trigs if t.start >= end), None)
    if m is None or m.verb or m.start - end > 40:
        return None
    gap = text[end:m.start]
    if OBJECT_GAP.fullmatch(gap) is None or any(w.lower() in NOT_OBJECT for w in WORD.findall(gap)):
        return None
    return m


def _declared(text: str, verb_end: int, trigs: Sequence[Trigger]) -> Trigger | None:
    """The event noun a verb of declaring ends right before (``declaring_verbs``): "Health
    officials on Monday declared an outbreak" - the day of the declaration is the day the
    outbreak is known to be one, so the date before the verb dates its object too (a date
    before any other past verb is that verb's: "a group on Sunday blamed ... the eruption")."""
    verb = WORD.findall(text[max(0, verb_end - 20):verb_end])[-1:]
    if not verb or verb[0].lower() not in lexicon().declaring:
        return None
    m = _object_noun(text, verb_end, trigs)
    return None if m is None or m.cls in TOLL else m  # "confirmed the deaths of": they came before


def _ended(text: str, m: Trigger, d: DateMention) -> bool:
    """A verb of ending stands between the event noun and the date, or governs the noun
    ("ended a 14-hour *stand-off* early on Saturday"; "the *siege* ended on Saturday"): the
    date is the end's, and an event that lasted is dated by its start."""
    lo, hi = (m.end, d.start) if m.end <= d.start else (d.end, m.start)
    if _ENDING.search(text, lo, hi) is not None:
        return True
    governor = None
    for g in _ENDING.finditer(text, max(0, m.start - 30), m.start):
        governor = g
    return governor is not None and OBJECT_GAP.fullmatch(text, governor.end(), m.start) is not None


def _possessive_date(text: str, d: DateMention) -> bool:
    return text[d.end:d.end + 1] in ("'", "’") and text[d.end + 1:d.end + 2] == "s"


def _counted(text: str, m: Trigger, d: DateMention) -> bool:
    """The trigger is the source named in a count ("the death toll from the sinking") and a
    verb of the changing count stands between it and a later date: the date is the
    count's ("... rose to 27 on Sunday"), not the event's."""
    lex = lexicon()
    if not any(w in lex.count_nouns for w in words_before(text, m.start, 5)):
        return False
    return any(w.lower() in lex.count_verbs for w in WORD.findall(text, m.end, d.start))


def assign_dates(text: str, all_trigs: list[Trigger], dates: Sequence[DateMention],
                  sents: Sequence[Span]) -> None:
    """Each date of an event's time (never a bound, "since 2000", a speech act's day nor a
    wire dateline's) dates the nearest trigger of its clause that it can be the time of
    (``_distance``); a trigger keeps the most specific date it is given."""
    by_sent: dict[int, list[Trigger]] = {}
    for t in all_trigs:  # in text order
        by_sent.setdefault(t.sent, []).append(t)
    trig_starts = {k: [t.start for t in ts] for k, ts in by_sent.items()}
    starts = [x.start for x in sents]
    date_starts = [x.start for x in dates]
    for d in dates:
        k = bisect.bisect_right(starts, d.start) - 1
        # triggers of its sentence within 400 characters: a window, so a sentence with no end
        # costs no more than a short one
        ts = trig_starts.get(k, [])
        trigs = by_sent.get(k, [])[bisect.bisect_right(ts, d.start - 400):bisect.bisect_left(ts, d.start + 400)]
        if d.type not in ("DATE", "TIME") or interval(d.value) is None or _not_event_time(text, d):
            continue
        sent = sents[k] if 0 <= k < len(sents) and d.start < sents[k].end else None
        if sent is not None and d.end <= dateline_end(text, sent.start, sent.end):
            continue  # "RIVERTON, Ohio, June 8 (Wire) - ...": the day the copy was filed
        trigger_starts = {t.start for t in trigs}
        if _reaction_verb(text, d, trigger_starts):
            continue  # "reacted on Thursday to the decision": the reaction's day
        ctx = _context(text, d, sent, trigs, trigger_starts, dates, date_starts)
        best: tuple[int, int] | None = None
        best_m: Trigger | None = None
        for m in trigs:
            s = sents[m.sent]
            if not (s.start <= d.start and d.end <= s.end):
                continue
            if d.end <= m.start and _POSSESSED.fullmatch(text, d.end, m.start):
                best_m = m  # "Sunday's runoff", "last week's cyberattack": its own date
                break
            dist = _distance(text, d, m, ctx)
            if dist is None:
                continue
            key = (dist, 0 if d.start >= m.end else 1)
            if best is None or key < best:
                best, best_m = key, m
        if best_m is not None and (best_m.when is None or len(d.value) > len(best_m.when.value)):
            best_m.when = d


def _not_event_time(text: str, d: DateMention) -> bool:
    """A bound ("since 2000") or the day of a speech act ("..., the council said on Monday,
    a margin of 180,000 votes") is no event's time; a clock time just after or before which
    it happened ("broke out shortly before 11 p.m. on Thursday") is. Nor is an era made the
    modifier of a noun ("a 19th-century bridge collapsed"): it dates the bridge."""
    if attributive_date(text, d):
        return True
    if _BOUND.search(text, max(0, d.start - 12), d.start) and not _possessive_date(text, d) and \
            not (d.type == "TIME" and _NEAR.search(text, max(0, d.start - 20), d.start)):
        return True
    return speech_day(text, d)


@attrs.frozen
class _DateContext:
    """Where a date stands in its sentence, read once for every trigger it may date."""

    initial: bool  # the date opens the sentence before a comma ("On July 19, 2000, ...")
    main_from: int  # where the main clause starts after an opening date and subordinate clause
    pp: bool  # a prepositional date ("in 1984") that modifies what precedes it
    own_verb: int | None  # the end of the past verb the date is the time of (``_own_verb``)
    declared: Trigger | None  # the event noun a declaring verb after the date governs
    dates: Sequence[DateMention]
    date_starts: list[int]
    in_subject: bool = False  # the date closes the subject noun phrase of the verb after it (``_in_subject``)


def _context(text: str, d: DateMention, sent: Span | None, trigs: Sequence[Trigger], trigger_starts: set[int],
             dates: Sequence[DateMention], date_starts: list[int]) -> _DateContext:
    initial = sent is not None and _INITIAL.fullmatch(text, sent.start, d.start) is not None \
        and text[d.end:d.end + 1] == ","
    main_from = d.end
    pp = not initial and _PREP_BEFORE.search(text, max(0, d.start - 8), d.start) is not None
    if initial:
        sub = match_ahead(_SUBORDINATE, text, d.end + 1)
        if sub:
            comma = text.find(",", sub.end(), sent.end if sent else len(text))
            main_from = comma if comma >= 0 else len(text)
    own_verb = _own_verb(text, d, trigger_starts)
    declared = _declared(text, own_verb, trigs) if own_verb is not None else None
    return _DateContext(initial, main_from, pp, own_verb, declared, dates, date_starts,
                        pp and _in_subject(text, d, trigs))


#: a passive or perfect verb group right after a subject (``was``, ``has been``, ``were later``)
_AUXILIARIES = regex.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)(?:\s+\p{Ll}+ly)?\s+$", regex.I)
#: the most characters between an event noun and a date of its noun phrase
_NP_REACH = 60


def _in_subject(text: str, d: DateMention, trigs: Sequence[Trigger]) -> bool:
    """A prepositional date between an event noun and the verb group its noun phrase is the
    subject of (``Its closure of a plant in Indonesia in 2024 was announced six months
    ahead``): the date is the noun's, not the later verb's, whatever the distances."""
    before = [t for t in trigs if t.end <= d.start]
    after = [t for t in trigs if t.start >= d.end]
    if not before or not after or before[-1].verb or not after[0].verb:
        return False
    noun, verb = before[-1], after[0]
    return d.start - noun.end <= _NP_REACH and not _ERA_GAP.search(text, noun.end, d.start) and \
        _AUXILIARIES.fullmatch(text, d.end, verb.start) is not None


@cache
def _charge_cue() -> regex.Pattern[str]:
    """A word that names what follows as a charge, up to three words, then "of", "with" or
    "for", then the charge's own words up to the trigger (``np``)."""
    words = "|".join(regex.escape(w) for w in raw_triggers().get("charge_cues", []))
    return regex.compile(rf"(?<![\p{{L}}])(?:{words})(?:\s+[\p{{L}}\p{{N}}'’.-]+){{0,3}}?\s+(?:of|with|for)\s+"
                         rf"(?P<np>(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,3}}?)$", regex.I)


def _charged(text: str, d: DateMention, m: Trigger) -> bool:
    """``m`` is a crime named as a charge ("found guilty of capital murder", "charged with
    fraud") and ``d`` stands outside the charge's own words: the date is the verdict's or
    the arrest's, not the crime's ("In April 2007 the suspect was found guilty of capital
    murder"); a date inside them is the crime's ("charged in the 1967 slayings")."""
    cue = _charge_cue().search(text, max(0, m.start - 80), m.start)
    return cue is not None and not (cue.start("np") <= d.start and d.end <= m.start)


#: what may stand between a comparison's reference and its date (`` in Jakarta on``)
_REFERENCE_TO_DATE = regex.compile(r"(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:on|of|at)?\s*")


def _dates_reference(text: str, lo: int, start: int) -> bool:
    """Whether the date at ``start`` closes a comparison's reference (``_REFERENCE``) that
    begins after ``lo``: the date is the reference's time."""
    last = None
    for r in _REFERENCE.finditer(text, lo, start):
        last = r
    return last is not None and _REFERENCE_TO_DATE.fullmatch(text, last.end(), start) is not None


def _distance(text: str, d: DateMention, m: Trigger, ctx: _DateContext) -> int | None:
    """How far the date ``d`` is from trigger ``m`` as its time (commas and a following
    prepositional date cost more), or None when it cannot be ``m``'s time: another verb or a
    relation to another time stands between, it is a count's or an end's date, it is out of
    reach, or a reporting verb, a clause break or "that" stands between."""
    if d.end <= m.start and not (ctx.initial and m.start >= ctx.main_from) and (
            (ctx.own_verb is not None and ctx.own_verb <= m.start and m is not ctx.declared)
            or _RELATION.search(text, d.end, m.start)):
        return None  # "a group on Sunday blamed ... the eruption", "on Monday, two days after the eruption"
    if m.end <= d.start and _COMPARED.search(text, m.end, d.start):
        return None  # "The fire revives memories of July 2017": the date of what it is set beside
    if m.end <= d.start and _dates_reference(text, m.end, d.start):
        return None  # "The deal values it 31% above its closing price on Wednesday": the price's date
    if m.end <= d.start and _counted(text, m, d):
        return None  # "the toll from the sinking rose to 27 on Sunday": the count's date
    if not m.verb and _charged(text, d, m):
        return None  # "In April 2007 the suspect was found guilty of capital murder": the verdict's
    if (not m.verb or m.form.lower() in _BEGINNING) and _ended(text, m, d):
        return None  # "ended a 14-hour stand-off early on Saturday", "began in March, ended on Friday"
    dist = d.start - m.end if d.start >= m.end else m.start - d.end
    if d.start < m.start and "," in text[d.end:m.start]:
        if ctx.initial and m.start >= ctx.main_from:
            dist = min(dist, 0)  # "On July 19, 2000, ..., he visited": the main clause
        else:
            dist += 40
    if dist > _DATE_REACH:
        return None
    between = text[min(m.end, d.end):max(m.start, d.start)]
    lo_b = min(m.end, d.end)
    if lexicon().reporting.search(between):
        return None  # "On June 17, X reiterated ..., claiming Y provided": the speech act's date
    if CLAUSE_BREAK.search(between) or any(
            not _inside_date(ctx.dates, ctx.date_starts, lo_b + t.start()) for t in _THAT.finditer(between)):
        return None
    if ctx.in_subject and m.start >= d.end:
        return None  # "its closure of a plant in 2024 was announced in March": the closure's year
    if ctx.pp and m.start >= d.end:
        dist += 30  # "his visit to the USSR in 1984 was announced": the PP modifies what precedes
    return dist



#: between a verb and the event noun it governs: a determiner, a possessive date, adjectives

def governed(text: str, trigs: Sequence[Trigger]) -> None:
    """A verb trigger and the event noun of its class that is its object ("won Sunday's
    runoff", "signed an agreement") tell of one event: the noun joins the verb's event, and
    each takes the time (and the noun the participants) the other was given."""
    for a, b in itertools.pairwise(trigs):
        if a.verb and a.when is not None and b.when is None and a.form in lexicon().declaring and \
                b.cls not in TOLL and _object_noun(text, a.end, [b]) is b:
            b.when = a.when  # "launched a bid on Monday": the declaring verb's day dates its object
        if not a.verb or b.verb or a.cls != b.cls or a.sent != b.sent or b.start - a.end > 40:
            continue
        gap = text[a.end:b.start]
        if OBJECT_GAP.fullmatch(gap) is None or any(w.lower() in NOT_OBJECT for w in WORD.findall(gap)):
            continue
        b.governor = a
        if a.when is None:
            a.when = b.when
        elif b.when is None:
            b.when = a.when
        if not b.who:
            b.who = a.who


#: between a legal verb and the charge it names: "convicted former mayor X *of*", "charged him *with*"
_CHARGE_GAP = regex.compile(r"(?:\s+[\p{L}'’.-]+){0,4}?\s+(?:of|with|for)(?:\s+[\p{L}-]+){0,2}?\s+")


def charge_of(text: str, trigs: Sequence[Trigger]) -> None:
    """The charge a legal verb names ("convicted X of bribery on Tuesday", "charged with
    fraud on Monday") is what the case is about: a date read for the charge is the verb's
    when the verb has none."""
    for a, b in itertools.pairwise(trigs):
        if a.cls != "legal" or not a.verb or b.cls == "legal" or a.sent != b.sent or b.when is None:
            continue
        if a.when is None and _CHARGE_GAP.fullmatch(text, a.end, b.start):
            a.when = b.when  # the charge keeps it too: "drunk driving" with no time is no event


def background_era(text: str, trigs: Sequence[Trigger], article: Article,
                   dates: Sequence[DateMention] = ()) -> None:
    """Mark triggers dated a month or more before publication, or marked as earlier by their
    own phrase (:func:`_marked_earlier`), as background (``stale``), and let an
    undated verb share the date of the trigger just before it in one clause ("In 1999, a
    magnitude 7.6 quake killed about 2,400": ``killed`` is the 1999 quake's, not today's
    deaths). Nothing follows across a comma or a conjunction ("..., who took power in 2011,
    met ..."), a noun keeps its own time ("issued a warrant over alleged war crimes": the war
    is not of the warrant's day), and only a toll shares its cause's date ("his visit in 1984
    was announced": the announcement is an act of its own). An article given no publication
    day is read against its page's date line (:func:`date_line_day`); with none, a trigger
    dated by its year is background (:func:`_in_a_named_year`)."""
    pub = article.published_date or date_line_day(text, dates)
    if pub is None:
        for m in trigs:
            m.stale = _in_a_named_year(text, m)
    else:
        limit = pub.toordinal() - _STALE_DAYS
        for m in trigs:
            iv = interval(m.when.value) if m.when is not None else None
            m.stale = (iv is not None and iv[1].date().toordinal() < limit) or _marked_earlier(text, m)
    for a, b in itertools.pairwise(trigs):
        if a.stale and b.when is None and b.verb and b.cls in TOLL and a.cls in CAUSES and \
                a.sent == b.sent and not _ERA_GAP.search(text, a.end, b.start):
            b.when, b.stale = a.when, True


def date_line_day(text: str, dates: Sequence[DateMention]) -> _dt.date | None:
    """The first day of the time the page's date line names, when the article was given no
    publication day: a line of nothing but a date above the story ("Updated : July 7 , 2012 ,
    10 : 04 PM ET", :mod:`newskit.furniture`) is when the page was published, so a happening
    dated a year before it is background as one dated a year before publication is. Only a
    date line among the page's first lines counts (headline, byline, date: one lower down
    dates a linked story); its time is the latest its date mentions start, or the first day
    of the year it writes; None when there is none or it names no year."""
    lay = layer(text)
    top = lay.paragraphs[_DATE_LINE_WITHIN - 1].end if len(lay.paragraphs) >= _DATE_LINE_WITHIN else len(text)
    line = next((f for f in lay.furniture if f.kind == "date" and f.end <= top), None)
    if line is None:
        return None
    starts = [iv[0].date() for d in dates
              if line.start <= d.start < line.end and d.value and (iv := interval(d.value)) is not None]
    starts += [_dt.date(int(y.group()), 1, 1) for y in _YEAR.finditer(text, line.start, line.end)]
    return max(starts) if starts else None


def _in_a_named_year(text: str, m: Trigger) -> bool:
    """Whether ``m`` is dated by "in" and a year, or a month and its year ("In 2008 ,
    Klitschko stopped Thompson", "returned to prison in May 1984"): news tells its own
    happening by its day ("on Saturday", "today"), so a time told by its year is another
    one, background to it, when no publication day says how long ago it was. A year that
    ends a full date ("Sunday , February 1 , 2009") or modifies a noun ("his 2013 Camry")
    is no such time."""
    d = m.when
    return d is not None and _YEAR_VALUE.fullmatch(d.value or "") is not None and \
        _IN_BEFORE.search(text, max(0, d.start - 4), d.start) is not None


#: a year, or a month of a year, as a date's value
_YEAR_VALUE = regex.compile(r"\d{4}(?:-\d\d)?")
#: the preposition "in" right before a date
_IN_BEFORE = regex.compile(r"(?<![\p{L}])in\s+$", regex.I)
#: a date line is read among the page's first this many lines
_DATE_LINE_WITHIN = 4
#: a year as a date line writes it
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: the one or two words right before an event noun inside its phrase (no punctuation between);
#: searched backwards from the noun, where every match ends (a forward search tried every
#: start in the 40 characters before it), and both directions take the whole words
_PREMODIFIERS = regex.compile(r"(?:([\p{L}'’-]+)\s+)?([\p{L}'’-]+)\s+$", regex.REVERSE)


def _marked_earlier(text: str, m: Trigger) -> bool:
    """An event noun its own phrase marks as earlier than the news: an adjective of
    anteriority among the two words right before it ("A previous truce", "an earlier
    strike", "prior talks"; ``background_markers``), nothing else between."""
    if m.verb:
        return False
    g = _PREMODIFIERS.search(text, max(0, m.start - 40), m.start)
    return g is not None and any(w and w.lower() in lexicon().background for w in g.groups())


#: an event noun's reduced relative of announcing: "The recall, announced on Monday, covers ..."
_ANNOUNCED_ON = regex.compile(
    r",?\s+(?:which\s+was\s+|that\s+was\s+)?(?:first\s+)?(?:announced|unveiled|disclosed|ordered|imposed|issued|"
    r"declared|confirmed|revealed)\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?")


def announced_on(text: str, trigs: Sequence[Trigger], dates: Sequence[DateMention]) -> None:
    """An undated event noun followed by a participle of announcing and a date takes that
    date: the date after "announced" is the speech act's (``timing.speech_day``), but "the recall,
    announced on Monday" says when the recall itself was made public, which is the day a
    recall, a ban or a decision happens."""
    at = {d.start: d for d in dates if d.type in ("DATE", "TIME")}
    for m in trigs:
        if m.verb or m.when is not None:
            continue
        g = match_ahead(_ANNOUNCED_ON, text, m.end)
        if g is not None and g.end() in at:
            m.when = at[g.end()]


def _inside_date(dates: Sequence[DateMention], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies inside a date mention ("that day"); ``starts``: the dates' starts."""
    i = bisect.bisect_right(starts, pos) - 1
    return any(dates[j].start <= pos < dates[j].end for j in range(max(0, i - 2), i + 1))
