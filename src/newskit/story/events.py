"""Event coreference across articles: one story event per real-world happening.

Each trigger mention of every article event is a unit carrying its event's participants,
place and time (:mod:`.features`). Candidate pairs are found cheaply first (Ahmed et al.
2023): mentions of one synonym family (``quake``/``temblor``), or of one article event.
Each candidate pair gets the probability of a fitted logistic model over the pair
features (weights are data, ``newskit/data/coref_weights.json``, fitted on ECB+ by
``bench/ecb_coref.py``); pairs whose times exclude each other are vetoed (Putin's 2000
and 2024 visits stay apart). Average-linkage clustering (:mod:`.cluster`) then merges
while the mean probability between two clusters reaches the model's threshold.

A general noun is an anaphor, not an event of its own: within one article event it is
the specific mention's event ("a cyberattack ... the attack": the article already read
them as one), and a definite general noun told with no time, place or participant that
sets it apart ("the breach") is the story's dominant event of a class it can name.

The result does not depend on article order (units are sorted by article id and offset)
and an unrelated article adds nothing: a pair's features read only its two mentions.
The central event - the one most articles lead with - comes first in the result; the rest
follow in time order.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence, Set
from functools import cache
from typing import Any

import attrs
import regex

from newskit.datafiles import package_json
from newskit.model import Analysis, Event
from newskit.story._common import name_key, slug, start_of, story_data, width
from newskit.story.act_nouns import attach_act_nouns, own_date
from newskit.story.act_words import act_links, act_spans, act_units, attach_acts, is_calendar_date
from newskit.story.causes import attach_causes
from newskit.story.central import (
    central_index,
    fold_again,
    fold_into_central,
    lead_whens,
    told_done,
)
from newskit.story.cluster import average_linkage
from newskit.story.day_owned import attach_day_owned
from newskit.story.decided import join_decided, told_as_act
from newskit.story.features import (
    FEATURES,
    CosineMemo,
    Unit,
    Vector,
    arguments_conflict,
    classes_fit,
    cosine,
    features,
    lemma,
    listed_families,
    place_clash,
    place_fit,
    shared_persons,
    shared_who,
    stem_family,
    units_of,
)
from newskit.story.frames import attach_frames, frame_groups, frame_links, frame_units, themed_acts
from newskit.story.general_anaphors import attach_general_nouns
from newskit.story.impact import attach_impacts
from newskit.story.lead_acts import lead_act_units
from newskit.story.lead_join import attach_lead_joins
from newskit.story.learned import is_learned, learned_units, modifier_keys
from newskit.story.memo import IdentityMemo
from newskit.story.outlet_dates import across_outlets, first_report_day, told_day
from newskit.story.participant_owned import attach_participant_owned
from newskit.story.places import country_of
from newskit.story.precedent import attach_precedents
from newskit.story.predicate import (
    act_objects,
    bounds_time,
    dated_acts,
    decided_units,
    is_general_noun,
    is_predicate,
    join_anaphors,
    predicate_families,
    predicate_keys,
    predicate_links,
    predicate_units,
    predicate_words,
)
from newskit.story.restated import attach_restated
from newskit.story.settings import setting_keys
from newskit.story.summed_up import attach_summed_up
from newskit.story.suspected import suspected_keys
from newskit.story.synonym_acts import attach_synonym_acts
from newskit.story.undergone import attach_undergone
from newskit.story.unknown_acts import attach_unknown_acts
from newskit.timex import compatible, interval

__all__ = ["antecedents", "best_when", "candidate_pairs", "default_weights", "event_refs_by_article", "merge_events",
           "probability", "story_clusters", "story_units", "vetoed"]

#: times further apart than this are never one event (both articles dated / not)
_MONTH_DAYS = 31
_YEAR_DAYS = 365
_MONTH = 31 * 86400.0
_DAY = 86400.0
#: an undated event is not one that ended this long before its article was published
_STALE_DAYS = 730


@cache
def default_weights() -> dict[str, Any]:
    """The fitted pairwise model (``newskit/data/coref_weights.json``)."""
    data: dict[str, Any] = package_json("newskit", "coref_weights.json")
    return data


def story_units(analyses: Sequence[Analysis]) -> list[Unit]:
    """Every mention unit of the story, in an order computed from content only."""
    return sorted((u for a in analyses for u in units_of(a)), key=lambda u: u.key)


#: A block (mentions of one trigger family, of one article event, or of one named person)
#: larger than this pairs each mention with the next ``MAX_PAIRED`` of the block in story
#: order (article, offset) only, not with all: building a story stays linear in its
#: mentions whatever one article repeats (issue 16). Real stories are far below it: the
#: largest block of an ECB+ topic holds 178 mentions, so for them every pair is scored.
MAX_PAIRED = 200


def candidate_pairs(units: Sequence[Unit]) -> list[tuple[int, int]]:
    """Pairs worth scoring: one trigger family, one article event, or one named person in
    events that are placed and dated (sorted, i < j); in a block over ``MAX_PAIRED``
    mentions, only pairs at most ``MAX_PAIRED`` apart in the block."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for k, u in enumerate(units):
        groups.setdefault(("family", u.family), []).append(k)
        groups.setdefault(("event", u.ref.article, str(u.event)), []).append(k)
        if u.persons and u.source.when and (u.source.where or u.source.country):
            for p in u.persons:
                groups.setdefault(("who", p), []).append(k)
    pairs: set[tuple[int, int]] = set()
    for members in groups.values():
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + MAX_PAIRED]:
                pairs.add((i, j))
    return sorted(pairs)


def _apart(a: str, b: str, days: int) -> bool:
    """Times more than ``days`` apart. Reporting slack (a weekday resolved to the wrong
    week, a date of the aftermath) stays within a month when both articles' publication
    dates anchor their relative dates; without them ("on Sunday" read against nothing)
    only a year's gap is trusted. Closer disagreements are left to the model
    (``time_clash``)."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return False
    gap = max(ia[0] - ib[1], ib[0] - ia[1])
    return gap.days > days


def _stale(when: str | None, published: str | None) -> bool:
    """A time that ended long before an article was published: an event the article
    leaves undated is news, not the one of that time (the 1999 quake is not today's)."""
    iv, pub = interval(when), interval(published)
    return iv is not None and pub is not None and (pub[0] - iv[1]).days > _STALE_DAYS


def vetoed(u: Unit, v: Unit) -> bool:
    """Times or places that exclude each other (:func:`excluded`), or classes that cannot
    be one happening."""
    if excluded(u, v):
        return True
    return not classes_fit(u.source.type, v.source.type) and u.family != v.family


def excluded(u: Unit, v: Unit) -> bool:
    """Times more than a month apart (a year when an article has no publication date), a dated
    past event against an undated one of a much later article, or places in different countries."""
    a, b = u.source.when, v.source.when
    anchored = bool(u.published and v.published)
    if a and b and _apart(a, b, _MONTH_DAYS if anchored else _YEAR_DAYS):
        return True
    if (a and not b and _stale(a, v.published)) or (b and not a and _stale(b, u.published)):
        return True
    return place_clash(u.source, v.source)  # the visit to Vietnam is not the one to North Korea


def same_happening(u: Unit, v: Unit) -> bool:
    """Mentions of two article events that agree on every argument: classes that fit, a
    shared named person, the same place (or one within the other) and times at most a
    month wide that overlap. Identity of participants, place and time is what makes two
    reports one event (the event model behind ECB+), whatever words they use ("arrival",
    "visit")."""
    a, b = u.source, v.source
    if (u.ref.article, u.event) == (v.ref.article, v.event) or not shared_persons(u, v):
        return False
    if not classes_fit(a.type, b.type):
        return False
    if not a.when or not b.when or width(a.when) > _MONTH or width(b.when) > _MONTH:
        return False
    return compatible(a.when, b.when) and place_fit(a, b)


def same_lead(u: Unit, v: Unit) -> bool:
    """Two articles of one story that lead with a happening of one family (``crashed`` /
    ``the crash``, ``explosion`` / ``blast``) with nothing that sets them apart - no
    named person of one missing from the other, no other participants, times that overlap when both are given
    (vetoes already exclude other countries and months) - tell one happening: what the
    articles of a story lead with is its news. The pairwise model cannot see this in short
    reports, whose word overlap (its strongest feature, fitted on long ECB+ articles) is
    small."""
    if u.ref.article == v.ref.article or not (u.lead and v.lead) or u.family != v.family:
        return False
    if u.source.type != v.source.type:
        return False
    a, b = u.source.when, v.source.when
    if a and b and not compatible(a, b):
        return False
    if (u.persons or v.persons) and not shared_persons(u, v):
        return False  # a person one names and the other does not may be another happening's
    return not (u.who and v.who and not shared_who(u, v))


def leads(units: Sequence[Unit], pairs: Sequence[tuple[int, int]],
          cos: Callable[[Vector, Vector], float] = cosine) -> set[tuple[int, int]]:
    """The pairs of :func:`same_lead` whose articles are at least as alike as the median of
    such pairs: when a story's articles lead with two happenings of one family (two quakes,
    two verdicts), the articles of each are the more alike. ``pairs`` are pairs not
    :func:`vetoed`."""
    found = [(cos(units[i].doc, units[j].doc), i, j) for i, j in pairs if same_lead(units[i], units[j])]
    if not found:
        return set()
    sims = sorted(x for x, _, _ in found)
    median = sims[(len(sims) - 1) // 2]
    return {(i, j) for x, i, j in found if x >= median}


#: a determiner or a possessive right before a lower-case noun, with at most one lower-case
#: word between ("the raid", "its own shelling", "Friday's explosion"); a capitalised word
#: is a headline's (title case: "Chiefs Clinch") or a name's, which tells nothing definite
_DEFINITE_HEAD = regex.compile(r"(?:(?<![\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)"
                               r"|\p{L}['’]s)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$")


def _heads_definite(text: str, u: Unit) -> bool:
    """The mention is a lower-case noun heading a definite noun phrase."""
    word = text[u.ref.start:u.ref.end]
    return bool(word[:1].islower()) and _DEFINITE_HEAD.search(text, max(0, u.ref.start - 30), u.ref.start) is not None


#: an event word this close after another mention of its sentence follows that noun
#: phrase ("the fire *burned*") instead of heading a definite noun phrase of its own
_HEAD_GAP = 12


@cache
def _kin_groups() -> tuple[frozenset[str], ...]:
    """Groups of event classes one definite noun may name across (``coref.json``
    ``anaphor_kin``)."""
    raw = package_json("newskit", "coref.json").get("anaphor_kin", [])
    return tuple(frozenset(g) for g in raw)


def _kin(a: str, b: str) -> bool:
    """One class, or two of one group of :func:`_kin_groups` (a bombing and a raid; a fine
    and a decision)."""
    return a == b or any(a in g and b in g for g in _kin_groups())


def definite_anaphors(units: Sequence[Unit], texts: Mapping[str, str],
                      analyses: Mapping[str, Analysis] | None = None) -> dict[int, int]:
    """Each definite event noun after an article's lead ("The raid came in two waves", "its
    own shelling of the market", "the decision") -> a lead mention of its article: one of its
    trigger family, else the first of its class, else the first of a kin class
    (:func:`_kin`: "fined ... the decision"), when no argument sets them apart. A definite description names a
    happening the reader already knows, and the one an article has told of by then is what
    it led with; a dated one of another day (the 1970 earthquake) or another place is
    excluded by its arguments, and steps of one procedure (a charge, a plea, a verdict) and
    ordinary actions are events of their own. Only in articles with a publication date, as
    for :func:`newskit.story.central.opening_units`: news published together leads with its
    news, while a collection of undated documents (ECB+ topics, two similar happenings each)
    need not (there the moves split ECB+'s finer chains: a shooting apart from the killing).
    With ``analyses`` (each article's by id), a noun of its lead mention's own family is
    dated by its own phrase only (:func:`own_dated`: "The ban takes effect in March 2027"
    is the ban the lead told); one of another word of its class has only its clause's
    arguments to tell which happening it is, so its clause's time still decides."""
    minor = frozenset(story_data().get("minor_event_classes", ()))
    stepwise = frozenset(story_data()["central"].get("stepwise", ()))
    counts = frozenset(lemma(w) for w in story_data()["central"].get("toll", ()))
    by_article: dict[str, list[int]] = {}
    for k, u in enumerate(units):  # units are in text order within an article
        by_article.setdefault(u.ref.article, []).append(k)
    out: dict[int, int] = {}
    for members in by_article.values():
        if units[members[0]].published is None:
            continue  # an undated document (a collection's, ECB+) need not lead with its news
        leads = [k for k in members if units[k].lead and units[k].ref.text[:1].islower()]  # not a title-cased headline's
        for x, k in enumerate(members):
            u = units[k]
            if u.lead or not u.definite or u.general or u.source.type in minor or u.lemma in counts:
                continue  # "the death toll", "the wounded": a count of the news, not the news
            if u.ref.text.lower().endswith("ed") or not _heads_definite(texts.get(u.ref.article, ""), u):
                continue  # "the mountain exploded": a verb after a noun phrase
            prev = units[members[x - 1]] if x else None
            if prev and prev.sentence_index == u.sentence_index and u.ref.start - prev.ref.end < _HEAD_GAP:
                continue  # "The fire burned": the verb after a definite noun phrase heads none
            # a word of its own family in the lead is its antecedent ("resigned ... the
            # departure"), else the first of its class ("bombing ... the raid"), but not for
            # steps of a procedure (a charge, a plea, a verdict: events of their own)
            own = own_participants(u, analyses)
            dated = own_dated(own, analyses)
            fits = [h for h in leads if (units[h].family == u.family or (
                        _kin(units[h].source.type, u.source.type) and u.source.type not in stepwise))
                    and not _set_apart_from(dated if units[h].family == u.family else own, units[h])]
            host = min(fits, key=lambda h: (units[h].family != u.family,
                                            units[h].source.type != u.source.type, h), default=None)
            if host is not None:
                out[k] = host
    return out


def _set_apart_from(u: Unit, lead: Unit) -> bool:
    """An argument or a time or place sets the anaphor ``u`` apart from a lead mention."""
    return arguments_conflict(u, lead) or excluded(u, lead)


def own_dated(u: Unit, analyses: Mapping[str, Analysis] | None) -> Unit:
    """The definite noun ``u`` dated by its own phrase only, not by the rest of its clause,
    when its article's analysis is in ``analyses`` (else ``u`` as it is): a noun that names a
    happening the reader knows tells no time of it but in its phrase, and a time further on
    in its clause is another act's ("The ban takes effect in March 2027": the taking effect;
    "The settlement covers customers who held accounts between 2016 and 2023": the holding).
    Its phrase's time is one right next to it (``act_nouns.own_date``: "last year's rise",
    "the strike on Monday") or one set off right after it ("the ban, in 2019,", "the strike,
    which ended in May 2024,"). A noun told as another instance of its kind ("the previous
    ban", "the last visit": ``central.other_instances``) keeps its clause's time, and so
    does one whose clause predicates a time of it ("the visit was in July 2000", "the strike
    took place in 2019": :func:`_time_predicated`), and one opened by no "the" ("Putin's
    visit", "that trip": a possessive or a demonstrative may point at another one)."""
    a = analyses.get(u.ref.article) if analyses else None
    if a is None or not _THE_BEFORE.search(a.article.text, max(0, u.ref.start - 30), u.ref.start) \
            or _other_instance(a.article.text, u.ref.start) or _time_predicated(a, u.ref.end):
        return u
    when = own_date(a, u.ref.start, u.ref.end) or _set_off_date(a, u.ref.end)
    return u if when == u.source.when else attrs.evolve(u, source=attrs.evolve(u.source, when=when))


def own_participants(u: Unit, analyses: Mapping[str, Analysis] | None) -> Unit:
    """The definite noun ``u`` with only the participants its own phrase names, when its
    article's analysis is in ``analyses`` (else ``u`` as it is): a noun opened by "the" names
    a happening the reader knows, and its participants follow it ("the closure of the Svea
    mine", "the strike by dockers"); a name before it is its clause's ("Governor Dewi called
    the walkout damaging", "his lawyer said after the verdict": the caller, the speaker), not
    one of the happening's. Its phrase runs to the first mark that ends a phrase
    (:data:`_PHRASE_END`) or :data:`_PHRASE_REACH` characters. As for :func:`own_dated`, a
    noun told as another instance of its kind ("the previous strike") keeps them all."""
    a = analyses.get(u.ref.article) if analyses else None
    if a is None or not u.who or not _THE_BEFORE.search(a.article.text, max(0, u.ref.start - 30), u.ref.start) \
            or _other_instance(a.article.text, u.ref.start):
        return u
    text = a.article.text
    stop = _PHRASE_END.search(text, u.ref.end, u.ref.end + _PHRASE_REACH)
    phrase = name_key(text[u.ref.end:stop.start() if stop is not None else u.ref.end + _PHRASE_REACH])
    who = frozenset(w for w in u.who if w in phrase)
    if who == u.who:
        return u
    return attrs.evolve(u, who=who, persons=u.persons & who,
                        surnames=frozenset(s for s in u.surnames if any(w.endswith(s) for w in who)))


#: a mark that ends a noun's phrase: a clause's or a sentence's punctuation, or a quotation
_PHRASE_END = regex.compile(r"[,.;:!?()\"“”]")
#: the furthest a noun's own phrase reaches after it
_PHRASE_REACH = 60


#: "the" right before a noun, or with one lower-case word between ("the ban", "the
#: five-day walkout")
_THE_BEFORE = regex.compile(r"\b[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$")
#: a verb of being or occurring with a preposition of time, right before a date: the date is
#: what the clause says of its subject ("was in July 2000", "dates back to 1998")
_PREDICATED = regex.compile(r"\b(?:was|were|is|are|took\s+place|takes\s+place|happened|occurred|dates?\s+back\s+to"
                            r"|dated\s+back\s+to)\s+(?:in|on|at|during)?\s*$")
#: how far after its noun a predicated time is read
_PREDICATED_REACH = 80
#: the determiner and the adjective right before a noun ("the previous", "an earlier")
_ADJECTIVE_BEFORE = regex.compile(r"(\p{Ll}+)\s+$")
#: what may stand between a noun and a time set off after it: a comma, a dash or a bracket,
#: then at most three lower-case words ("the ban, in 2019,", "the strike, which ended in")
_SET_OFF = regex.compile(r"\s*[,(—–]\s*(?:\p{Ll}+\s+){0,3}")
#: the furthest a time set off after a noun starts from it
_SET_OFF_REACH = 40


def _other_instance(text: str, start: int) -> bool:
    """An adjective of another instance stands right before the noun ("the previous ban")."""
    m = _ADJECTIVE_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1) in _other_instance_words()


@cache
def _other_instance_words() -> frozenset[str]:
    return frozenset(story_data()["central"].get("other_instances", ()))


def _time_predicated(a: Analysis, end: int) -> bool:
    """A calendar date of the noun's sentence, after it, is the complement of a verb of
    being or occurring (:data:`_PREDICATED`): its clause tells when the noun's happening was."""
    text = a.article.text
    stop = _SENTENCE_END.search(text, end, end + _PREDICATED_REACH)
    limit = stop.start() if stop is not None else end + _PREDICATED_REACH
    return any(end < m.start <= limit and is_calendar_date(m)
               and _PREDICATED.search(text, max(end, m.start - 40), m.start) is not None for m in a.mentions)


#: the end of a sentence
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")


def _set_off_date(a: Analysis, end: int) -> str | None:
    """The calendar date set off right after the noun ending at ``end`` (:data:`_SET_OFF`),
    not one that bounds a span ("the ban, the first since 2019,")."""
    text = a.article.text
    for m in a.mentions:
        if end <= m.start <= end + _SET_OFF_REACH and is_calendar_date(m) and not bounds_time(text, m.start) \
                and _SET_OFF.fullmatch(text, end, m.start):
            return m.value
    return None


def attach_anaphors(clusters: list[list[Unit]], texts: Mapping[str, str],
                    analyses: Mapping[str, Analysis] | None = None) -> list[list[Unit]]:
    """The central cluster ``clusters[0]`` with each definite event noun whose antecedent
    (:func:`definite_anaphors`) it holds, unless one of its mentions excludes it (times,
    places); ``texts``: each article's text by id. The anaphor says nothing of its own that
    the pairwise model could weigh (its sentence tells a detail: "came in two waves"), so
    its antecedent decides. Done once the central event is chosen, so an anaphor never
    decides which event is central. With ``analyses``, a noun of its antecedent's family
    joins as :func:`own_dated` reads it: with no time but its phrase's, so a clause's later
    time ("takes effect in March 2027") never moves the news's day.

    Why a layer apart from :func:`newskit.story.predicate.join_anaphors`, which runs right
    before it: a specific noun's antecedent is the lead mention of its own kind, however far
    back, while a general noun ("the decision") names no kind and is whatever was named
    nearest before it; and this layer reads the clusters that one returns (its central
    cluster and exclusions include the general nouns it moved or created), so run side by
    side on the same clusters the two would not give the same story."""
    if len(clusters) < 2:
        return clusters
    units = sorted((u for c in clusters for u in c), key=lambda u: u.key)
    central = {u.key for u in clusters[0]}
    own = {units[k].key: own_dated(own_participants(units[k], analyses), analyses)
           if units[k].family == units[h].family else own_participants(units[k], analyses)
           for k, h in definite_anaphors(units, texts, analyses).items()
           if units[h].key in central and units[k].key not in central}
    moved = {key for key, u in own.items() if not any(excluded(u, v) for v in clusters[0])}
    if not moved:
        return clusters
    host = [*clusters[0], *(own[u.key] for c in clusters[1:] for u in c if u.key in moved)]
    return [host, *(r for r in ([u for u in c if u.key not in moved] for c in clusters[1:]) if r)]


def _one_day(u: Unit, v: Unit) -> bool:
    """Both mentions' events dated at a day or closer, overlapping."""
    a, b = u.source.when, v.source.when
    return bool(a and b) and width(a or "") <= 86400.0 and width(b or "") <= 86400.0 and compatible(a or "", b or "")


def attach_kin_leads(clusters: list[list[Unit]]) -> list[list[Unit]]:
    """The central cluster ``clusters[0]`` with every other cluster that an outlet whose lead
    does not yet tell the central event leads with, on the central event's day, in a kin
    class (:func:`_kin`: "voted" beside "approved", "blew up" beside "failure"), when
    nothing sets it apart: every mention of a kin class, not an ordinary action, not a count
    or a report; none dated to another day; no argument in conflict with a lead mention of
    the central event. Outlets lead with their news, each in its own words, and the words'
    class differs more often than the day. An outlet that already led with the central
    event tells more in its lead (a toll, the damage), so its other lead mentions stay."""
    if len(clusters) < 2:
        return clusters
    host = clusters[0]
    heads = [v for v in host if v.lead and v.published and v.source.when]
    if not heads:
        return clusters
    central = Counter(v.source.type for v in host).most_common(1)[0][0]
    counts = frozenset(lemma(w) for r in ("toll", "report") for w in story_data()["central"].get(r, ()))
    minor = frozenset(story_data().get("minor_event_classes", ()))
    told = {v.ref.article for v in host if v.lead}
    joined: list[Unit] = list(host)
    rest: list[list[Unit]] = []
    for c in clusters[1:]:
        led = any(u.lead and u.published and u.ref.article not in told and any(_one_day(u, v) for v in heads)
                  for u in c)
        kin = all(_kin(u.source.type, central) and u.source.type not in minor and u.lemma not in counts for u in c)
        apart = any((u.source.when and not any(_one_day(u, v) for v in heads))
                    or any(arguments_conflict(u, v) or excluded(u, v) for v in heads) for u in c)
        if led and kin and not apart:
            joined.extend(c)
        else:
            rest.append(c)
    return [joined, *rest]


def antecedents(units: Sequence[Unit]) -> set[tuple[int, int]]:
    """Pairs (i < j) of a definite general noun and its antecedent: the nearest specific
    mention of its article event before it, else after it ("A cyberattack on ... The attack
    began on January 6"; "Saturday's ferry disaster ... The ferry sank"). The article read
    them as one event and "the attack" says nothing the specific mention does not, so
    nothing in the story can set them apart. Only the nearest one: an article event may
    hold several happenings ("attacked and captured the ship"), the anaphor names one."""
    by_event: dict[tuple[str, int], list[int]] = {}
    for k, u in enumerate(units):  # units are in text order within an article
        by_event.setdefault((u.ref.article, u.event), []).append(k)
    out: set[tuple[int, int]] = set()
    for members in by_event.values():
        for x, k in enumerate(members):
            if not (units[k].general and units[k].definite):
                continue
            before = [j for j in members[:x] if not units[j].general]
            after = [j for j in members[x + 1:] if not units[j].general]
            ante = before[-1] if before else (after[0] if after else None)
            if ante is not None:
                out.add((min(k, ante), max(k, ante)))
    return out


def probability(weights: Mapping[str, Any], f: Sequence[float]) -> float:
    """The model's probability that two mentions corefer."""
    return _logistic(_linear(weights), f)


def _linear(weights: Mapping[str, Any]) -> tuple[float, tuple[float, ...]]:
    """The model's bias and its weights in :data:`FEATURES` order (read once per story)."""
    return float(weights.get("bias", 0.0)), tuple(float(weights.get(name, 0.0)) for name in FEATURES)


def _logistic(model: tuple[float, tuple[float, ...]], f: Sequence[float]) -> float:
    bias, ws = model
    z = bias + sum(map(operator.mul, ws, f))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cluster_units(units: Sequence[Unit], weights: Mapping[str, Any],
                  told: Set[tuple[int, int]] = frozenset()) -> list[list[int]]:
    """Clusters of unit indices (see the module docstring); ``told``: pairs the story tells
    as one act (forms of the predicate its leads share, story/predicate.py; words several
    outlets' leads say of one theme on one day, story/frames.py), linked unless vetoed."""
    scores: dict[tuple[int, int], float] = {}
    vetoes: set[tuple[int, int]] = set()
    kept: list[tuple[int, int]] = []
    for i, j in sorted(set(candidate_pairs(units)) | told):
        if vetoed(units[i], units[j]):
            vetoes.add((i, j))
        else:
            kept.append((i, j))
    cos, model = CosineMemo(), _linear(weights)
    links = antecedents(units) | leads(units, kept, cos) | set(told)
    for i, j in kept:
        if same_happening(units[i], units[j]) or (i, j) in links:
            scores[(i, j)] = 1.0
        else:
            scores[(i, j)] = _logistic(model, features(units[i], units[j], cos))
    return average_linkage(len(units), scores, frozenset(vetoes),
                           float(weights.get("threshold", 0.5)), float(weights.get("unscored", 0.0)))


def absorb_satellites(units: Sequence[Unit], clusters: list[list[int]]) -> list[list[int]]:
    """Fold a cluster into a larger one when each of its mentions shares its sentence and
    its article event with a mention of that larger cluster ("an earthquake struck":
    ``struck`` is the quake as the article tells it). Annotation schemes may keep such
    verbs apart; a timeline should not list the quake twice."""
    where = {k: n for n, c in enumerate(clusters) for k in c}
    mates: dict[tuple[str, int, int], list[int]] = {}
    for k, u in enumerate(units):
        mates.setdefault((u.ref.article, u.event, u.sentence_index), []).append(k)
    out: dict[int, list[int]] = {}
    for n, c in enumerate(clusters):
        hosts: Counter[int] = Counter()
        for k in c:
            u = units[k]
            hosts.update(where[j] for j in mates[(u.ref.article, u.event, u.sentence_index)] if where[j] != n)
        host = min(hosts, key=lambda h: (-hosts[h], h)) if hosts else n
        covered = all(any(where[j] == host for j in mates[(units[k].ref.article, units[k].event,
                                                            units[k].sentence_index)]) for k in c)
        if host == n or not covered or len(clusters[host]) <= len(c):
            host = n
        out.setdefault(host, []).extend(c)
    return sorted((sorted(c) for c in out.values()), key=lambda c: c[0])


def merge_events(analyses: Sequence[Analysis], weights: Mapping[str, Any] | None = None) -> tuple[Event, ...]:
    """Story events from every article's events: the central event first, then by time."""
    clusters = story_clusters(analyses, weights)
    if not clusters:
        return ()
    used: set[str] = set()
    built = [_story_event(c, used) for c in clusters]
    # the day its outlets give it, each in its own lead (story/outlet_dates.py)
    central = across_outlets(_lead_dated(built[0], clusters[0]), clusters[0], analyses)
    rest = sorted(built[1:], key=lambda e: (start_of(e.when), e.id))
    return (central, *rest)


def story_clusters(analyses: Sequence[Analysis], weights: Mapping[str, Any] | None = None) -> list[list[Unit]]:
    """The story's mention units grouped into its events, the central event's first (the
    rest in the order found); empty when no article tells an event. What
    :func:`merge_events` builds its events from, and what a check of the clustering reads."""
    units = story_units(analyses)
    units = [*units, *learned_units(analyses, units)]
    # the predicate most outlets' leads share names the news, in every form (story/predicate.py)
    words = predicate_words(analyses, units)
    preds = predicate_families(analyses, words, words - predicate_words(analyses, [u for u in units if not is_learned(u)]))
    units = dated_acts(analyses, [*units, *predicate_units(analyses, units, preds)], preds)
    units = sorted(decided_units(analyses, units, preds), key=lambda u: u.key)  # "voted to close": the closing
    # the same act on the same theme in several outlets' leads, whatever the verb (story/frames.py)
    groups = frame_groups(analyses, predicate_words(analyses, units))
    units = sorted([*units, *frame_units(analyses, units, groups)], key=lambda u: u.key)
    # the act the leads say was agreed or decided, in every outlet's words (story/act_words.py)
    agreed = act_spans(analyses)
    units = sorted([*units, *act_units(analyses, units, agreed)], key=lambda u: u.key)
    # the other acts several leads share, where no reading above found an event (story/lead_acts.py)
    units = sorted([*units, *lead_act_units(analyses, units, preds)], key=lambda u: u.key)
    told = predicate_links(units, preds, analyses) | frame_links(analyses, units, groups) | act_links(units, agreed)
    found = absorb_satellites(units, cluster_units(units, weights or default_weights(), told))
    clusters = [[units[k] for k in c] for c in join_dominant(units, found)]
    clusters, decided = join_decided(analyses, clusters)  # "approved a rent freeze" / "the freeze"
    if not clusters:
        return []
    # the headlines' and leads' event, never a toll of a happening the same articles lead
    # with nor a report of it, on equal prominence the dated one; with every cluster that
    # tells of the same happening (story/central.py)
    texts = {a.article.id: a.article.text for a in analyses}
    acts = predicate_keys(units, preds, analyses)
    # the act several leads tell of a process the leads name ("the talks collapsed") is the news
    frame_acts, themes = themed_acts(analyses, units, groups)
    # but a decided act told with its decision is the news, not a process acted on (story/decided.py)
    themes = frozenset(u.key for c in clusters if any(u.key in themes for u in c)
                       and not any(u.key in decided for u in c) for u in c)
    k = central_index(clusters, [_story_event(c, set()) for c in clusters],
                      {a.article.id: a.article.title for a in analyses}, _tolls(clusters),
                      modifier_keys(units, texts), (acts | frame_acts) - themes,
                      act_objects(analyses, units, acts) | themes, frame_acts - themes, setting_keys(units, texts),
                      suspected_keys(units, texts))
    clusters = fold_into_central(clusters, k, excluded)
    clusters = join_anaphors(analyses, clusters, excluded)  # "the decision", "the move" (story/predicate.py)
    clusters = attach_act_nouns(analyses, clusters, excluded)  # "the increase" after "raised" (story/act_nouns.py)
    clusters = attach_anaphors(clusters, texts, {a.article.id: a for a in analyses})  # "the raid", "its own shelling": specific event nouns
    clusters = attach_kin_leads(clusters)  # an outlet leading with "voted" beside "approved"
    clusters = attach_frames(analyses, clusters, groups, excluded)  # one act on one theme (story/frames.py)
    clusters = attach_acts(clusters, agreed, excluded)  # the agreed act's words (story/act_words.py)
    clusters = attach_causes(clusters, texts, excluded)  # "shut down after a leak" (story/causes.py)
    clusters = attach_impacts(analyses, clusters, excluded)  # "the train hit the lorry" (story/impact.py)
    clusters = attach_general_nouns(analyses, clusters, excluded)  # "the tragedy" after "the rescue"
    clusters = attach_unknown_acts(analyses, clusters, excluded)  # "jellyfish clogged the intake" (story/unknown_acts.py)
    clusters = attach_lead_joins(analyses, clusters, excluded)  # "three days after the company locked" (story/lead_join.py)
    clusters = attach_undergone(analyses, clusters, excluded)  # "a ferry capsized" / "the ferry flipped" (story/undergone.py)
    clusters = attach_precedents(analyses, clusters, excluded)  # "The find follows the 1963 discovery" (story/precedent.py)
    clusters = attach_day_owned(analyses, clusters, excluded)  # "to blame for Sunday's failure" (story/day_owned.py)
    clusters = attach_participant_owned(analyses, clusters, excluded)  # "the airline's shutdown" (story/participant_owned.py)
    clusters = attach_restated(analyses, clusters, excluded)  # "spin off its mines, in a demerger that" (story/restated.py)
    clusters = attach_summed_up(analyses, clusters, excluded)  # "raised the tax, in a move that" (story/summed_up.py)
    clusters = attach_synonym_acts(clusters, excluded)  # "freed" beside "released" (story/synonym_acts.py)
    if all(a.article.published_date for a in analyses):
        # the words the layers above told the news by tie more of its clusters to it
        clusters = fold_again(clusters, excluded)
    # a word learned from the story is kept where it tells the central happening only
    return [clusters[0], *(r for r in ([u for u in c if not is_learned(u)] for c in clusters[1:]) if r)]


def _lead_dated(e: Event, units: Sequence[Unit]) -> Event:
    """The central event dated by its leads (:func:`_by_leads`), never after the day its
    first report was published: a report that states the news as done was written after it,
    so a later day is another happening's that a lead mention took ("denied fraud charges on
    Friday" two days after the charges were reported): the leads' latest time that is not
    later (that day when they give only a wider time that holds it), else that day. Not
    when a lead tells the news ahead (:func:`_told_ahead`): then the first report may be
    a preview the events plugin did not mark as expected."""
    dated = _by_leads(e, units)
    day = first_report_day(units)
    if day is None or not _after(dated.when, day) or _told_ahead(units):
        return dated
    lead = best_when([w for w in lead_whens(units) if not _after(w, day)])
    if lead is None or (width(lead) > _DAY and compatible(lead, day)):
        return attrs.evolve(dated, when=day)  # "charged this week", published on Wednesday
    return attrs.evolve(dated, when=lead)


def _told_ahead(units: Sequence[Unit]) -> bool:
    """A lead dates the event after its own article was published: the news was told ahead
    ("will visit on Tuesday", a state visit announced the day before), so an earlier report
    need not have been written after it. Not when the first report's lead tells it done
    (``central.told_done``: "called off a strike that was due to begin on Wednesday":
    Wednesday is the strike's); a later report that tells a previewed visit done ("arrived")
    does not make the preview's day the visit's."""
    day = first_report_day(units)
    return any(u.lead and u.published and _after(u.source.when, u.published) for u in units) and \
        not told_done([u for u in units if u.published and day and u.published[:10] <= day])


def _after(when: str | None, day: str) -> bool:
    """The time begins after the day."""
    iv = interval(when)
    return iv is not None and iv[0].date().isoformat() > day


#: TIMEX3 values of a time relative to speech with no place on the calendar
_REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def _by_leads(e: Event, units: Sequence[Unit]) -> Event:
    """The central event dated by its leads when its times disagree with theirs or they
    date it more closely: the lead tells of the news, a later sentence may date something
    else of the same kind (a death of the wounded the next day). When no lead gives it a
    day, the day it was first told (:func:`~newskit.story.outlet_dates.told_day`: a plan
    told with no time of its own dates to the day it was announced). A time relative to
    speech with no place on the calendar (``PRESENT_REF`` of "now", "from today" in a quote;
    ``PAST_REF``, ``FUTURE_REF``) is no time of its own: news told as now is news of the day
    it was told."""
    lead = best_when(lead_whens(units))
    if lead is None or width(lead) > _DAY:
        day = told_day(units)
        if day is not None and (e.when is None or e.when in _REFERENCES
                                or (width(e.when) > _DAY and compatible(e.when, day))):
            return attrs.evolve(e, when=day)  # "is recalling", "has called off": news of that day
    if lead is None or e.when is None:
        return e
    if all(compatible(e.when, w) for w in lead_whens(units)) and width(lead) >= width(e.when):
        return e  # the leads agree and say no more ("last week" in a lead, "on Friday" in another)
    return attrs.evolve(e, when=lead)


def _tolls(clusters: Sequence[Sequence[Unit]]) -> set[int]:
    """Clusters that are the toll of another: of a toll class (deaths, injuries), led with in
    an article that also leads with a cluster of a class that takes tolls (a disaster, an
    attack; ``newskit/data/coref.json`` ``tolls``)."""
    spec = _tolls_spec()
    kinds = [_top(Counter(u.source.type for u in c)) for c in clusters]
    led = [{u.ref.article for u in c if u.lead} for c in clusters]
    causes: set[str] = set()
    for n, kind in enumerate(kinds):
        if kind in spec["causes"]:
            causes |= led[n]
    return {n for n, kind in enumerate(kinds) if kind in spec["classes"] and led[n] & causes}


@cache
def _tolls_spec() -> dict[str, frozenset[str]]:
    raw = package_json("newskit", "coref.json").get("tolls", {})
    return {k: frozenset(raw.get(k, ())) for k in ("classes", "causes")}


def join_dominant(units: Sequence[Unit], clusters: list[list[int]]) -> list[list[int]]:
    """Fold each cluster told by a definite general noun ("the breach", "the tragedy") and
    mentions of its article events only into the dominant cluster (most articles leading
    with it, then most articles, then most mentions) of a class that noun can name, when
    nothing sets them apart: no vetoed pair (times, places, classes) and no participant
    of either missing from the other. Hosts are chosen on the clusters as found, so the
    result does not depend on the order of folding."""
    if len(clusters) < 2:
        return clusters
    rank = {n: _centrality([units[k] for k in c]) for n, c in enumerate(clusters)}
    kinds = {n: _top(Counter(units[k].source.type for k in c)) for n, c in enumerate(clusters)}
    specific = {n for n, c in enumerate(clusters) if any(not units[k].general for k in c)}
    moves: dict[int, int] = {}
    for n, c in enumerate(clusters):
        names = _names(units, c)
        if not names:
            continue
        hosts = [h for h in specific if h != n and rank[h] > rank[n] and ("*" in names or kinds[h] in names)]
        if not hosts:
            continue
        host = min(hosts, key=lambda h: (tuple(-x for x in rank[h]), h))
        if _set_apart(units, c, clusters[host]):
            continue
        moves[n] = host
    out: dict[int, list[int]] = {}
    for n, c in enumerate(clusters):
        out.setdefault(moves.get(n, n), []).extend(c)
    return sorted((sorted(c) for c in out.values()), key=lambda c: c[0])


def _names(units: Sequence[Unit], c: Sequence[int]) -> frozenset[str]:
    """The classes a cluster's definite general nouns can name, when every other mention of
    the cluster shares an article event with one of them (empty otherwise)."""
    anchors = [k for k in c if units[k].general and units[k].definite]
    tied = {(units[k].ref.article, units[k].event) for k in anchors}
    if not anchors or any(not units[k].general and (units[k].ref.article, units[k].event) not in tied for k in c):
        return frozenset()
    return frozenset.intersection(*(units[k].general for k in anchors))


def _set_apart(units: Sequence[Unit], c: Sequence[int], host: Sequence[int]) -> bool:
    """Something sets the cluster apart from the host: times or places that exclude each
    other, or a participant it names that the host does not (the general noun names the
    host's class, so classes do not)."""
    host_who = [units[k] for k in host]
    if any(not any(shared_who(units[k], h) for h in host_who) for k in c if units[k].who):
        return True
    return any(excluded(units[i], units[j]) for i in c for j in host)


def _centrality(c: Sequence[Unit]) -> tuple[int, int, int]:
    """Articles that lead with the event, articles that mention it, mentions."""
    return (len({u.ref.article for u in c if u.lead}), len({u.ref.article for u in c}), len(c))


def best_when(values: Sequence[str]) -> str | None:
    """The most specific value when all agree (the most common on a tie); when any two
    disagree, the best supported value, where a day (or a time in it) is supported by the
    wider values that hold it too: "a decision this week" agrees with "ruled Thursday", so
    the week never outvotes the days it holds. A wider value gains nothing from a still
    wider one ("2027" does not make "the first half of 2027" beat the day of a decision).
    Ties go to the narrowest. A part of a day (``2026-11-24TMO``) counts as its day."""
    if not values:
        return None
    counts = Counter(values)
    read = {v: _as_day(v) for v in counts}
    if all(v == w or compatible(read[v], read[w]) for v in counts for w in counts):
        return sorted(counts, key=lambda v: (width(read[v]), -counts[v], v))[0]
    support = {v: sum(n for w, n in counts.items() if w == v or _holds(read[w], read[v]))
               if width(read[v]) <= _DAY else counts[v] for v in counts}
    return sorted(counts, key=lambda v: (-support[v], -counts[v], width(read[v]), v))[0]


def _as_day(value: str) -> str:
    """A value whose time of day no interval reads (a part of a day, ``2026-11-24TMO``) as
    its day (``2026-11-24``); any other value as it is."""
    if value[10:11] == "T" and interval(value) is None and interval(value[:10]) is not None:
        return value[:10]
    return value


def _holds(wide: str, narrow: str) -> bool:
    """The time ``wide`` holds all of ``narrow``."""
    a, b = interval(wide), interval(narrow)
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1]


def _top(counts: Counter[str]) -> str | None:
    return sorted(counts, key=lambda w: (-counts[w], w))[0] if counts else None


def _fold_surnames(counts: Counter[str]) -> Counter[str]:
    """One participant per person: a one-word name that ends exactly one longer name of the
    event is that person as another outlet names them (``Vargas`` / ``Elena Vargas``)."""
    out: Counter[str] = Counter()
    for name, n in counts.items():
        full = [o for o in counts if " " not in name and o != name and o.split()[-1] == name]
        out[full[0] if len(full) == 1 else name] += n
    return out


def _story_event(units: Sequence[Unit], used: set[str]) -> Event:
    """One story event from a cluster of mention units; its arguments are those of the
    article events the mentions came from, each article event counted once; its id one
    ``used`` does not hold yet (then added to it).

    Read once per cluster of a story: the central event's choice reads every cluster's
    event, and the story's events are built again from the clusters that remain, most of
    them the same units (kept by the identity of the cluster's units, all frozen)."""
    event = _CLUSTER_EVENTS.get(tuple(units), lambda: _cluster_event(units))
    base = event.id.removeprefix("event:")
    eid, n = base, 2
    while eid in used:
        eid, n = f"{base}-{n}", n + 1
    used.add(eid)
    return event if eid == base else attrs.evolve(event, id=f"event:{eid}")


#: per cluster's units (by identity), its story event with the id its arguments give
_CLUSTER_EVENTS: IdentityMemo[Event] = IdentityMemo(256)


def _cluster_event(units: Sequence[Unit]) -> Event:
    """:func:`_story_event`, read, with the id its arguments give (no number yet)."""
    sources = {(u.ref.article, u.event): u.source for u in units}
    items = [sources[k] for k in sorted(sources)]
    # the events plugin's words name it first, then the lead predicate's, a general noun ("the
    # decision", "the move") last: it names no kind of its own
    plugin = [u for u in units if not is_learned(u)]
    specific = [u for u in plugin if not is_general_noun(u.ref.text)]
    specific = _naming(specific)
    told = specific or [u for u in units if is_predicate(u)] or plugin or list(units)
    cls = _top(Counter(u.source.type for u in (specific or plugin or units))) or "event"
    who_counts = _fold_surnames(Counter(w for e in items for w in e.who))
    where = _top(Counter(e.where for e in items if e.where))
    # the place it happened is where, not who ("an avalanche in Larkya La", not "involving Larkya La")
    who = tuple(sorted((n for n in who_counts if n != where), key=lambda n: (-who_counts[n], n)))
    country = _top(Counter(c for c in (e.country or country_of(e.where) for e in items) if c))
    whens = [e.when for e in items if e.when]
    when = best_when(whens)
    trigger = _trigger_word(told, units) or cls
    year = start_of(when)[:4] if when else ""
    base = "-".join(p for p in (slug(who[0]) if who else "", cls, slug(country or where or ""), year) if p) or cls
    mentions = tuple(sorted({u.ref for u in units}, key=lambda r: (r.article, r.start, r.end)))
    evidence = tuple(sorted({m for e in items for m in e.evidence}, key=lambda r: (r.article, r.start, r.end)))
    return Event(id=f"event:{base}", type=cls, trigger=trigger, when=when, where=where, who=who,
                 mentions=mentions, evidence=evidence,
                 sources=tuple(sorted({m.article for m in mentions})), country=country,
                 whens=tuple(sorted(set(whens), key=lambda v: (start_of(v), v))),
                 modality=_modality(items))


def _trigger_word(told: Sequence[Unit], units: Sequence[Unit]) -> str | None:
    """The word an entry is named by, of the words that may name it (``told``): first its
    family the most articles tell first, then the one the most articles' leads tell (a
    border "reopened" in every lead is no "closure" though the closing before it is told
    more often, in the background), then the family the entry's mentions tell most, any voice (a robbery told ``robbed``, ``stole``,
    ``robbery``, ``heist`` is no ``completed`` told once, though one word of each is its
    own); then the word its mentions use most, then the one most articles use, then the
    one more articles lead with (news names its event first), alphabetical last (a strike
    told as often ``strike`` as ``stayed`` off work is a strike because three outlets say
    strike and two lead with it, not because s comes first)."""
    if not told:
        return None
    first: dict[str, Unit] = {}
    for u in sorted(units, key=lambda u: u.key):
        first.setdefault(u.ref.article, u)
    firsts = Counter(u.family for u in first.values())
    led = Counter(f for f, _ in {(u.family, u.ref.article) for u in units if u.lead})
    families = Counter(u.family for u in units)
    words = Counter(u.ref.text.lower() for u in units)
    by: dict[str, list[Unit]] = {}
    for u in told:
        by.setdefault(u.ref.text.lower(), []).append(u)
    return min(by, key=lambda w: (-firsts[by[w][0].family], -led[by[w][0].family], -families[by[w][0].family],
                                  _borrowed(w, by[w][0]), -len(by[w]) - words[w],
                                  -len({u.ref.article for u in by[w]}),
                                  -len({u.ref.article for u in by[w] if u.lead}), w))


def _borrowed(word: str, unit: Unit) -> bool:
    """The word is of its family only by what stands beside it: its class or its particle
    made its lemma another (``found`` guilty, ``went`` on strike, ``walked`` out), and
    alone it is of no listed family. Such a word names an entry last of its family: a
    verdict is no "found", a strike no "went"."""
    own = stem_family(lemma(word))
    return unit.family != own and own not in listed_families()


def _naming(specific: Sequence[Unit]) -> list[Unit]:
    """The mentions that name an entry, of its specific ones: the narrator's own words
    before what a source says of it ("hoteliers said the council was *driving* tourists
    away": the council *introduced* a tax), then a word of the act before a word of
    deciding told as that act ("approved" a freeze: the freeze)."""
    for pool in ([u for u in specific if u.voice is None], specific):
        if pool:
            return [u for u in pool if not told_as_act(u)] or list(pool)
    return []


def _modality(items: Sequence[Event]) -> str | None:
    """Marked (expected, possible) only when every source marks it: one source that states
    it as having happened is enough to report it as a happening."""
    marks = [e.modality for e in items]
    if not marks or None in marks:
        return None
    return "future" if "future" in marks else "hypothetical"


def event_refs_by_article(events: Sequence[Event]) -> dict[tuple[str, int, int], str]:
    """(article, start, end) of every trigger mention -> story event id."""
    out: dict[tuple[str, int, int], str] = {}
    for e in events:
        for m in e.mentions:
            out.setdefault((m.article, m.start, m.end), e.id)
    return out
