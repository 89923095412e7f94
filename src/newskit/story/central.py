"""Which story event is central: the happening the articles put in their headlines and
first sentences.

A journalist's headline and lead name the news ("Express train derails", "Harlow Farms
recalls frozen vegetables"); what follows them is mostly its consequences (a toll, the
injured), reports of it (an announcement) and background. So an event is ranked by its
*support* - the articles whose headline names it (a word of its trigger families) plus the
articles whose first two sentences mention it - then by the articles and mentions it has.

Two roles are consequences or reports of another event, never the news itself, when the
story holds one that is (``newskit/data/story.json`` ``central``):

* a *toll* ("killed", "died", "injured", "death") is the count of a cause: it yields to any
  supported event of a cause class (a derailment, a quake, an attack, a fire); an injury
  (not a death) also to any event a headline names: a person hurt is the toll of a cause
  or the reason for an act ("placed on the injured list"), a death may be news itself;
* a *report* ("announced", "announcement") is an act of telling: it yields to any supported
  event that is not itself a report or a toll.

With no such event (a murder story told only by "killed") the toll stays the news; nor does
a toll yield to the occasion it happened at ("two runners died during the half marathon"):
when the choice would fall on a planned occasion, the tolls compete again
(``story/central_model.py``), and a planned occasion named by nouns yields to a happening
a lead tells in its sentences ("the stage collapsed during the festival").

These rules give the *hand order* of the candidates (:func:`candidates`). The choice itself
is made by a model fitted on real and invented stories (``story/central_model.py``), which
weighs the same signs and keeps two of them as vetoes (told only as possible; yielding to
another event, but a named person's death); the hand order breaks its ties, and is the
choice when the model is switched off (``central_weights.json`` ``enabled``).

An event most of whose leading outlets name it only as the setting of another happening
("opened fire at a campaign *rally*", "the seizure of a *shipment*"; story/settings.py)
yields to an event that is the news: the rally is where the news happened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence, Set
from functools import cache

import attrs
import regex
from attrs import frozen

from newskit.model import Event
from newskit.story._common import WORD, story_data, width
from newskit.story.central_model import Prominence, first_told, load_model, log_count
from newskit.story.features import Unit, classes_fit, family, lemma, shared_persons
from newskit.story.learned import is_learned, modifies, past_form
from newskit.story.participants import own_participant, party_names
from newskit.story.predicate import is_excluded_stem, verb_stem
from newskit.timex import compatible, interval

__all__ = ["candidates", "central_index", "fold_again", "fold_candidates", "fold_into_central", "kept_apart", "lead_whens", "linked",
           "opening_units", "role", "told_done"]

_DAY = 86400.0
#: a time that ended this many days before its article was published is background
_PAST_DAYS = 31
#: what sets a cluster apart by some of its article events' arguments, not by all of them
_BY_ARGUMENTS = frozenset({"participant", "time or place"})


@cache
def _roles() -> dict[str, frozenset[str]]:
    """Lemmas of each role and the cause classes (``story.json`` ``central``)."""
    spec = story_data()["central"]
    return {"toll": frozenset(lemma(w) for w in spec["toll"]),
            "report": frozenset(lemma(w) for w in spec["report"]),
            "arrests": frozenset(lemma(w) for w in spec.get("arrests", ())),
            "arrest_causes": frozenset(spec.get("arrest_causes", ())),
            "arrest_reasons": frozenset(spec.get("arrest_reasons", ())),
            "deaths": frozenset(lemma(w) for w in spec["deaths"]),
            "causes": frozenset(spec["causes"]),
            "happenings": frozenset(spec.get("happenings", ())),
            "decided": frozenset(spec.get("decided", ())),
            "stepwise": frozenset(spec.get("stepwise", ())),
            "occurrences": frozenset(spec.get("occurrences", ())),
            "occasions": frozenset(spec.get("occasions", ())),
            "minor": frozenset(story_data().get("minor_event_classes", ())),
            "killings": frozenset(spec.get("killings", ())),
            "past_reasons": frozenset(spec.get("past_reasons", ())),
            "past_acts": frozenset(spec.get("past_acts", ()))}


def role(units: Sequence[Unit]) -> str | None:
    """``"toll"`` or ``"report"`` when most of the cluster's mentions are words of that role
    (the toll's when both are, as many). Counted by two sums, not a ``Counter``: the story's
    layers ask it of every cluster, some hundred times a story."""
    roles = _roles()
    toll, report = roles["toll"], roles["report"]
    tolls = sum(1 for u in units if u.lemma in toll)
    reports = sum(1 for u in units if u.lemma in report)
    top, n = ("toll", tolls) if tolls and tolls >= reports else ("report", reports)
    return top if n and 2 * n > len(units) else None


def _title_words(title: str | None) -> frozenset[str]:
    """The lemmas and trigger families of a headline's words, but a word that opens a phrase
    (first, or after a determiner) and modifies the noun after it ("Festival tragedy: ...",
    "the festival's bosses"): it names a setting or an owner, not the news. Elsewhere a
    headline's present-tense verb looks like a noun ("Rovers sack manager Duarte")."""
    text = title or ""
    words = [m.group() for m in WORD.finditer(text)
             if not (_opens(text, m.start()) and modifies(text, m.start(), m.end()))]
    return frozenset(lemma(w) for w in words) | frozenset(family(w) for w in words)


_OPENS = regex.compile(r"(?:^|[:;,.!?\"'‘“(]|\b(?:the|a|an|this|its|their|his|her))\s*$", regex.I)


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` opens a headline's phrase: first, after a punctuation mark or a
    determiner."""
    return _OPENS.search(text[max(0, start - 8):start]) is not None


def _headlined(units: Sequence[Unit], titles: Mapping[str, frozenset[str]]) -> int:
    """Articles whose headline names the event (a word of its lemmas or families)."""
    names = _names(units)
    return sum(1 for words in titles.values() if names & words)


def _set_in(units: Sequence[Unit], settings: Set[tuple[str, int, int]]) -> bool:
    """Most articles that lead with the event name it only in a phrase of setting of
    another happening (``settings``: story/settings.py)."""
    led: dict[str, bool] = {}
    for u in units:
        if u.lead:
            led[u.ref.article] = led.get(u.ref.article, True) and u.key in settings
    return 2 * sum(led.values()) > len(led)


def _led(units: Sequence[Unit], modifiers: Set[tuple[str, int, int]]) -> int:
    """Articles that mention the event in their lead, not as a modifier of another noun nor
    as the setting of another happening (both in ``modifiers``)."""
    return len({u.ref.article for u in units if u.lead and u.key not in modifiers})


def central_index(clusters: Sequence[Sequence[Unit]], events: Sequence[Event],
                  titles: Mapping[str, str | None], tolls: Set[int] = frozenset(),
                  modifiers: Set[tuple[str, int, int]] = frozenset(),
                  acts: Set[tuple[str, int, int]] = frozenset(),
                  objects: Set[tuple[str, int, int]] = frozenset(),
                  befell: Set[tuple[str, int, int]] = frozenset(),
                  settings: Set[tuple[str, int, int]] = frozenset(),
                  suspected: Set[tuple[str, int, int]] = frozenset()) -> int:
    """The index of the central event among ``events`` (built from ``clusters``, in order):
    the candidate the fitted model (story/central_model.py) scores highest, on equal scores
    the first in the hand order of :func:`candidates`; the hand order alone when the model
    is switched off."""
    ranked = candidates(clusters, events, titles, tolls, modifiers, acts, objects, befell, settings, suspected)
    model = load_model()
    if model is None:
        return ranked[0][0]
    return ranked[model.choose([p for _, p in ranked])][0]


def candidates(clusters: Sequence[Sequence[Unit]], events: Sequence[Event],
               titles: Mapping[str, str | None], tolls: Set[int] = frozenset(),
               modifiers: Set[tuple[str, int, int]] = frozenset(),
               acts: Set[tuple[str, int, int]] = frozenset(),
               objects: Set[tuple[str, int, int]] = frozenset(),
               befell: Set[tuple[str, int, int]] = frozenset(),
               settings: Set[tuple[str, int, int]] = frozenset(),
               suspected: Set[tuple[str, int, int]] = frozenset()) -> list[tuple[int, Prominence]]:
    """Every event's index and prominence, in the hand order of the signs that it is the
    news (``clusters`` and ``events`` in the same order). ``titles``: each article's headline by article id; ``tolls``: clusters of a toll's class
    led with beside a cause (story/events.py ``_tolls``), which yield only when their words
    are a toll's ("died", not "shooting": the shooting a riot follows is the news); ``acts``: the
    keys of the mentions of the predicate the leads share (story/predicate.py), whose event
    is never an ordinary action: it is the act the outlets lead with, whatever class the
    events plugin gave its word ("the regulator blocked the takeover" is the news, not the
    takeover it acts on): an event a lead names as the act's object (``objects``, "blocked
    the takeover") yields to it; ``befell``: the keys of what several leads say befell a
    process they name ("the talks collapsed", story/frames.py ``themed_acts``), which on equal
    support is the news before any other event (a strike the collapse makes likely);
    ``settings``: the keys of the mentions that name the setting of another happening
    ("fired at a campaign rally", story/settings.py), which count as no lead, and an event
    most outlets lead with only so yields to the news; ``suspected``: the keys of the crime
    mentions told as suspected ("on suspicion of taking bribes", story/suspected.py). On
    equal prominence the event its sources date is the news."""
    heads = {a: _title_words(t) for a, t in titles.items() if t}
    signs = _signs(clusters, events, heads, modifiers | settings, acts, befell)
    arrests, causes = _arrests_yield(signs), _arrest_causes(signs)
    others = [any(rule) for rule in zip(_tolls_yield(signs, tolls), _reports_yield(signs),
                                        _settings_yield(signs, settings),
                                        _past_yield(signs), _suspected_yield(signs, suspected), strict=True)]
    to_cause = [a and not o for a, o in zip(arrests, others, strict=True)]
    others = [o or a for o, a in zip(others, arrests, strict=True)]
    to_act = [o and not y for o, y in zip(_objects_yield(signs, objects), others, strict=True)]
    signs = attrs.evolve(signs, yields=tuple(y or a for y, a in zip(others, to_act, strict=True)),
                         object_of_act=tuple(to_act), outcome=tuple(to_cause),
                         cause=tuple(any(to_cause) and (c or e.type in _roles()["arrest_reasons"])
                                     for c, e in zip(causes, events, strict=True)))
    return [(k, p) for k, p in sorted(_prominences(signs, heads), key=lambda kp: _hand_key(signs, kp[0]),
                                      reverse=True)]


@frozen
class _Signs:
    """Per candidate event (in ``clusters`` order), the signs that it is the news, computed
    once per story: its role (a toll, a report), the headlines that name it, its support
    (those headlines and the leads that tell it), whether it is the act the leads share
    and what several leads say befell a process; and which rules make it yield."""

    clusters: Sequence[Sequence[Unit]]
    events: Sequence[Event]
    roles: Sequence[str | None]
    headlined: Sequence[int]
    support: Sequence[int]
    act: Sequence[bool]
    befalls: Sequence[bool]
    #: the articles whose lead tells it
    led: Sequence[frozenset[str]] = ()
    yields: Sequence[bool] = ()
    #: yields only as the object of the act the leads share (to that act alone)
    object_of_act: Sequence[bool] = ()
    #: yields only as an arrest that came of a raid (to such a raid alone)
    outcome: Sequence[bool] = ()
    #: a raid or an operation an arrest yields to, or a crime or violence it answers
    cause: Sequence[bool] = ()

    def news(self, k: int) -> bool:
        """The event could be the news: no toll nor report, and some headline or lead names it."""
        return self.roles[k] is None and self.support[k] > 0

    def lead_articles(self, k: int) -> int:
        return len(self.led[k])

    def named_class(self, k: int) -> bool:
        """Of a class the events plugin names, or the act the leads share whatever its class."""
        return self.events[k].type not in _roles()["minor"] or self.act[k]


def _signs(clusters: Sequence[Sequence[Unit]], events: Sequence[Event], heads: Mapping[str, frozenset[str]],
           not_leads: Set[tuple[str, int, int]], acts: Set[tuple[str, int, int]],
           befell: Set[tuple[str, int, int]]) -> _Signs:
    """The story's signs; ``not_leads``: the keys of lead mentions that count as no lead (a
    modifier of another noun, the setting of another happening)."""
    headlined = [_headlined(c, heads) for c in clusters]
    return _Signs(clusters=tuple(clusters), events=tuple(events), roles=tuple(role(c) for c in clusters),
                  headlined=tuple(headlined),
                  support=tuple(h + _led(c, not_leads) for h, c in zip(headlined, clusters, strict=True)),
                  act=tuple(any(u.key in acts for u in c) for c in clusters),
                  befalls=tuple(any(u.key in befell for u in c) for c in clusters),
                  led=tuple(frozenset(u.ref.article for u in c if u.lead) for c in clusters))


def _tolls_yield(s: _Signs, tolls: Set[int]) -> list[bool]:
    """A toll yields to a cause the leads tell (a derailment, a quake), or when its cluster
    is one the events layer led with beside a cause (``tolls``). An injury (not a death)
    also yields to any event a headline names that could be the news: a person hurt is the
    toll of a cause or the reason for an act ("placed on the injured list"), while a death
    may be the news itself."""
    has_cause = any(s.news(k) and e.type in _roles()["causes"] for k, e in enumerate(s.events))
    headlined = any(s.news(k) and s.headlined[k] > 0 for k in range(len(s.clusters)))
    return [r == "toll" and (has_cause or k in tolls or (headlined and not _a_death(s.clusters[k])))
            for k, r in enumerate(s.roles)]


def _reports_yield(s: _Signs) -> list[bool]:
    """A report ("announced") yields to any event that could be the news."""
    has_news = any(s.news(k) for k in range(len(s.clusters)))
    return [r == "report" and has_news for r in s.roles]


def _arrests_yield(s: _Signs) -> list[bool]:
    """An arrest (most of its words an arrest's or a detention's) yields to a raid or an
    operation that could be the news (an event of a class of ``arrest_causes``) told in the
    lead of an article whose lead tells the arrest: the arrests are its outcome, as a toll
    is its cause's ("police raided the hospital on Tuesday and arrested eleven people").
    The cause is told as done: an arrest is never the outcome of a fight still to come
    ("his client denies the charge and will fight it"); and it is told by more than one
    outlet: "detained at dawn in coordinated raids" in one article is no raid the arrest
    five leads tell came out of."""
    arrests, causes = _arrests(s), _arrest_causes(s)
    led = s.led
    return [arrest and any(led[k] & led[j] for j, cause in enumerate(causes) if cause)
            for k, arrest in enumerate(arrests)]


def _arrests(s: _Signs) -> list[bool]:
    """Per candidate, most of its words are an arrest's or a detention's."""
    words = _roles()["arrests"]
    return [2 * sum(1 for u in c if u.lemma in words) > len(c) for c in s.clusters]


def _arrest_causes(s: _Signs) -> list[bool]:
    """Per candidate, a raid or an operation an arrest may have come of (:func:`_arrests_yield`):
    of a class of ``arrest_causes``, no arrest itself, could be the news, told as done and by
    more than one outlet."""
    arrests = _arrests(s)
    return [not arrests[k] and s.news(k) and e.type in _roles()["arrest_causes"] and e.modality is None
            and len({u.ref.article for u in c}) > 1
            for k, (e, c) in enumerate(zip(s.events, s.clusters, strict=True))]


def _past_yield(s: _Signs) -> list[bool]:
    """A crime dated before the week its own mentions were published ("the theft in
    March", "crude stolen in April") yields to a legal or police act (``central.past_acts``)
    that could be the news and is dated within its reports' days: news tells what has just
    happened, and the older crime is the reason the act names ("arrested three men over
    the theft of the reliquary in March", "seized a tanker with stolen crude")."""
    acts = _roles()["past_acts"]
    has_act = any(s.news(k) and e.type in acts and _recent(e, c)
                  for k, (e, c) in enumerate(zip(s.events, s.clusters, strict=True)))
    return [has_act and e.type in _roles()["past_reasons"] and _before(e, c)
            for e, c in zip(s.events, s.clusters, strict=True)]


def _suspected_yield(s: _Signs, suspected: Set[tuple[str, int, int]]) -> list[bool]:
    """A crime (a class of ``central.past_reasons``) most of whose lead mentions are told as
    suspected ("arrested on suspicion of taking bribes") yields to a legal act that could be
    the news and is told in the lead of one of the same articles: the suspicion is the reason
    the act names, as an older crime is (:func:`_past_yield`)."""
    led = s.led
    acts = [k for k, e in enumerate(s.events) if s.news(k) and e.type == "legal" and e.modality is None]
    out = []
    for k, (e, c) in enumerate(zip(s.events, s.clusters, strict=True)):
        leads = [u for u in c if u.lead]
        told = 2 * sum(1 for u in leads if u.key in suspected) >= len(leads) > 0
        out.append(e.type in _roles()["past_reasons"] and told and any(led[k] & led[j] for j in acts if j != k))
    return out


def _before(e: Event, units: Sequence[Unit]) -> bool:
    """The event's date ends more than ``central.past_days`` before the first day its
    mentions were published."""
    days = [u.published for u in units if u.published]
    iv = interval(e.when)
    if not (iv and days):
        return False
    first = interval(min(days))
    return first is not None and (first[0] - iv[1]).total_seconds() > _past_days() * _DAY


def _recent(e: Event, units: Sequence[Unit]) -> bool:
    """The event's date is no later than its reports' last day and no more than
    ``central.past_days`` before their first."""
    return bool(interval(e.when) and any(u.published for u in units)) and not _before(e, units) \
        and not _ahead(e, units)


@cache
def _past_days() -> float:
    return float(story_data()["central"].get("past_days", 7))


def _objects_yield(s: _Signs, objects: Set[tuple[str, int, int]]) -> list[bool]:
    """An event a lead names as the object of the act the leads share ("blocked the
    takeover") yields to that act, when the act is supported."""
    has_act = any(a and n > 0 for a, n in zip(s.act, s.support, strict=True))
    return [has_act and not a and any(u.lead and u.key in objects for u in c)
            for a, c in zip(s.act, s.clusters, strict=True)]


def _settings_yield(s: _Signs, settings: Set[tuple[str, int, int]]) -> list[bool]:
    """An event most outlets lead with only as the setting of another happening yields to
    any other event that could be the news."""
    setting = [_set_in(c, settings) for c in s.clusters]
    return [here and any(s.news(j) and not setting[j] for j in range(len(setting)) if j != k)
            for k, here in enumerate(setting)]


def _hand_key(s: _Signs, k: int) -> tuple[bool, bool, bool, int, bool, int, int, int, bool, list[int]]:
    """The hand order: a named class, told as more than possible, not yielding, support,
    what befell a process, lead articles, articles, mentions, dated; last the event's id."""
    c, e = s.clusters[k], s.events[k]
    return (s.named_class(k), e.modality != "hypothetical", not s.yields[k], s.support[k], s.befalls[k],
            s.lead_articles(k), len({u.ref.article for u in c}), len(c), e.when is not None,
            [-ord(ch) for ch in e.id])


def _prominences(s: _Signs, heads: Mapping[str, frozenset[str]]) -> list[tuple[int, Prominence]]:
    """Every candidate's :class:`Prominence`, in ``clusters`` order; counts of articles as
    shares of the story's articles."""
    told = first_told(s.clusters)
    n = max(1, len({u.ref.article for c in s.clusters for u in c}))
    named_by = _naming_articles(s.clusters, heads)
    gatherings = [_gathering(e, c) for e, c in zip(s.events, s.clusters, strict=True)]
    at_gathering = _told_beside(s.clusters, gatherings)
    out = []
    for k, (c, e) in enumerate(zip(s.clusters, s.events, strict=True)):
        toll = s.roles[k] == "toll"
        out.append((k, Prominence(
            named_class=s.named_class(k), possible=e.modality == "hypothetical",
            yields=s.yields[k], headlines=s.headlined[k] / n,
            leads=s.support[k] / n, lead_articles=s.lead_articles(k) / n,
            articles=len({u.ref.article for u in c}) / n, mentions=log_count(len(c)),
            dated=e.when is not None, ahead=_ahead(e, c), toll=toll, report=s.roles[k] == "report",
            first_told=told[k] / n, befell=s.befalls[k],
            opening=len({u.ref.article for u in c if u.sentence_index == 0}) / n,
            framing=sum(1 for u in c if is_excluded_stem(verb_stem(_first_word(u.ref.text)))) / len(c),
            lone=len(c) == 1, named_toll=toll and any(u.persons for u in c) and _a_death(c),
            family_leads=len(set().union(*(named_by.get(f, set()) for f in {u.family for u in c}))) / n,
            occasion=_occasion(e, c), gathering=gatherings[k], at_gathering=at_gathering[k],
            act=s.act[k], object_of_act=s.object_of_act[k], outcome=s.outcome[k], cause=s.cause[k])))
    return out


def _a_death(units: Sequence[Unit]) -> bool:
    """Most of the toll's words tell a death ("died", "death"), not an injury ("injured",
    "hurt"): a person's death is news of its own, an injury the toll of its cause."""
    deaths = _roles()["deaths"]
    tolls = [u for u in units if u.lemma in _roles()["toll"]]
    return 2 * sum(1 for u in tolls if u.lemma in deaths) > len(tolls)


def _occasion(e: Event, units: Sequence[Unit]) -> bool:
    """The event is an occasion, never a toll's cause: of a class of planned occasions (a
    race, a concert, a wedding: ``story.json`` ``central.occasions``), or told only by words
    the story learned from the frames they stand in ("during a half marathon": a word known
    to name something that took place, not something that harms)."""
    return e.type in _roles()["occasions"] or all(is_learned(u) for u in units)


def _gathering(e: Event, units: Sequence[Unit]) -> bool:
    """The event is a planned occasion told by nouns ("at the festival", "the race's third
    fence"): where something happened. Told by verbs in a quarter of its mentions or more
    ("won the marathon") it is an act of the occasion, which may be the news itself."""
    verbal = sum(1 for u in units if past_form(u.ref.text.lower()))
    return e.type in _roles()["occasions"] and 4 * verbal < len(units)


def _told_beside(clusters: Sequence[Sequence[Unit]], marked: Sequence[bool]) -> list[bool]:
    """Per cluster, whether one of its mentions stands in a sentence that tells a marked
    cluster's ("the stage collapsed at the festival" beside the festival)."""
    sentences = {(u.ref.article, u.sentence_index) for c, m in zip(clusters, marked, strict=True) if m for u in c}
    return [any((u.ref.article, u.sentence_index) in sentences for u in c) for c in clusters]


def _naming_articles(clusters: Sequence[Sequence[Unit]], heads: Mapping[str, frozenset[str]]
                     ) -> dict[str, set[str]]:
    """Per trigger family, the articles whose headline or lead names it, in any event: an
    outlet that leads with "stopped" names that act, wherever the clustering put the word."""
    out: dict[str, set[str]] = {}
    for c in clusters:
        for u in c:
            if u.lead:
                out.setdefault(u.family, set()).add(u.ref.article)
    families = {u.family for c in clusters for u in c}
    for article, words in heads.items():
        for w in words & families:
            out.setdefault(w, set()).add(article)
    return out


def _ahead(e: Event, units: Sequence[Unit]) -> bool:
    """The event is dated after the last day it was reported ("a strike next month"): news
    tells what happened, this is what may come of it. Not when a lead tells it in a past
    form ("the union suspended the strike planned for next week", "the city banned the
    app from July 1"): it is done, and the later day is that of what it acts on."""
    days = [u.published for u in units if u.published]
    iv = interval(e.when)
    return bool(iv and days and iv[0].date().isoformat() > max(days)) and not told_done(units)


def told_done(units: Sequence[Unit]) -> bool:
    """A lead tells the event in a past form ("suspended", "called off", "banned"): it has
    happened, whatever later day its sentence gives (that of what it acts on)."""
    return any(u.lead and past_form(u.ref.text.lower()) for u in units)


def _names(units: Sequence[Unit]) -> set[str]:
    return {u.lemma for u in units} | {u.family for u in units}


def _first_word(text: str) -> str:
    m = WORD.search(text)
    return m.group() if m else text


def fold_into_central(clusters: Sequence[Sequence[Unit]], k: int,
                      excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The central cluster ``clusters[k]`` with every other cluster that tells of the same
    happening, first; then the rest in their order. A story has one central happening, so a
    cluster is one with it when it names it with a word of its trigger families
    ("derailed" / "derailment" / "crash") or an article read it as one event with a central
    mention ("the derailment ... crashed into a ravine ... the accident"), is no toll or
    report of it nor told only as possible, and nothing sets them apart (:func:`kept_apart`).
    Before that, the happenings an article's opening sentence names join it
    (:func:`opening_units`). ``excluded``: two mentions whose times or places exclude each
    other."""
    host, others = fold_candidates(clusters, k, excluded)
    rest: list[list[Unit]] = []
    for c, candidate in others:
        why = kept_apart(c, host, excluded) if candidate else "unlinked"
        joined = c if why is None else _unnamed_events(c, host, excluded) if why in _BY_ARGUMENTS else []
        host.extend(joined)
        moved = {u.key for u in joined}
        if left := [u for u in c if u.key not in moved]:
            rest.append(left)
    return [host, *rest]


def fold_again(clusters: Sequence[Sequence[Unit]], excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The central event ``clusters[0]`` with every other cluster a lead tells that is now
    linked to it (:func:`linked`) and that nothing sets apart (:func:`kept_apart`): the
    layers that read the news told again add words and article events to the central
    event, and a cluster an outlet leads with by one of those words ("the collapse", "the
    lawsuit") is the news too. Only clusters a lead tells: a word of the news further down
    may name another happening of its kind ("earlier talks collapsed")."""
    host = list(clusters[0])
    fams = {u.family for u in host}
    events = {(u.ref.article, u.event) for u in host}
    rest: list[list[Unit]] = []
    for c in clusters[1:]:
        if any(u.lead for u in c) and linked(c, fams, events) and kept_apart(c, host, excluded) is None:
            host.extend(c)
        else:
            rest.append(list(c))
    return [host, *rest]


def _unnamed_events(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]
                    ) -> list[Unit]:
    """The mentions of the article events of ``units`` that nothing sets apart from the
    central event ``host`` on their own (:func:`kept_apart`), when the cluster is kept apart
    only by participants, or by the times or places, that some of its article events name.
    A participant, a time and a place are an article event's arguments: the pairwise model
    chains an outlet's "checked into rehab" to another's "her lawyer said the treatment",
    and an outlet's "the disappearance", "the truce", "the release" (no time of its own) to
    another outlet's "vanished in May 2025", "the council voted for the release in
    November"; one article event that names a participant the central event lacks, or a
    time or place that excludes it, must not keep out every other one. Only in news with a
    publication date, whose times set another happening apart; a collection of undated
    documents (ECB+ topics, two similar happenings each) keeps the whole cluster apart."""
    if not _dated(units) or not _dated(host):
        return []
    events: dict[tuple[str, int], list[Unit]] = {}
    for u in units:
        events.setdefault((u.ref.article, u.event), []).append(u)
    return [u for told in events.values() if kept_apart(told, host, excluded) is None for u in told]


def fold_candidates(clusters: Sequence[Sequence[Unit]], k: int, excluded: Callable[[Unit, Unit], bool]
                    ) -> tuple[list[Unit], list[tuple[list[Unit], bool]]]:
    """The central cluster with the opening mentions that join it (:func:`opening_units`),
    and every other cluster, in order, with whether it may fold into it: linked to it
    (:func:`linked`), no toll or report, not told only as possible."""
    host = list(clusters[k])
    others = [list(c) for n, c in enumerate(clusters) if n != k]
    moved = opening_units(host, others, excluded)
    host.extend(u for c in others for u in c if u.key in moved)
    others = [c for c in ([u for u in c if u.key not in moved] for c in others) if c]
    fams = {u.family for u in host}
    events = {(u.ref.article, u.event) for u in host}
    told = [v for v in host if v.source.type not in _roles()["occurrences"]]
    central = _top_class(told)
    return host, [(c, (linked(c, fams, events) or _told_again(c, central))
                   and (role(c) is None or _one_death(c, host)) and not _possible(c))
                  for c in others]


def _one_death(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """The cluster and the central event both tell a death ("died", "death", "dead"): when a
    death is itself the news (an obituary, a death in custody), it is no toll of another
    happening, and every outlet's word for it tells that one death; so is a death the
    central killing did (:func:`_killing_led`, :func:`_named_victim`). Its time, place and
    people still set another death apart (:func:`kept_apart`)."""
    return role(units) == "toll" and _a_death(units) and (_death_led(host) or _killing_led(host)
                                                          or _named_victim(units, host))


def _killing_led(host: Sequence[Unit]) -> bool:
    """Most of the central event's lead mentions are words of a killing ("murdered",
    "hanged himself", "the suicide"): a death is what it did, not a toll beside a cause."""
    return _leads_mostly(host, lambda u: u.family in _killing_families())


def _leads_mostly(host: Sequence[Unit], test: Callable[[Unit], bool]) -> bool:
    """More than half of the central event's lead mentions pass ``test``."""
    led = [u for u in host if u.lead]
    return 2 * sum(1 for u in led if test(u)) > len(led)


@cache
def _killing_families() -> frozenset[str]:
    return frozenset(family(w) for w in story_data()["central"].get("killing_words", ()))


def _mostly_named(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """Most of the cluster's mentions name a participant the central event lacks."""
    names, dated = party_names(host), _dated(host)
    own = [own_participant(u, host, names, dated and bool(u.published)) for u in units]
    return 2 * sum(own) > len(own)


def _death_apart(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> str | None:
    """What sets a death of the news (:func:`_one_death`) apart but its people: its time or
    place, or its class (:func:`kept_apart`)."""
    if _apart(units, host, excluded):
        return "time or place"
    return "class" if _class_clash(units, host) else None


def _named_victim(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """A death of the cluster names a person that a killing of the central event names (a
    violence that is no toll: "hanged himself", "stabbed his mother"): the person it killed
    died of it ("was found dead"), one happening."""
    killings = [v for v in host if v.persons and v.source.type in _roles()["killings"]
                and v.lemma not in _roles()["toll"]]
    return any(shared_persons(u, v) for u in units if u.persons for v in killings)


def _death_led(host: Sequence[Unit]) -> bool:
    """Most of the central event's lead mentions are words of a death: the leads tell a death
    as the news, not a toll beside its cause."""
    deaths = _roles()["deaths"]
    return _leads_mostly(host, lambda u: u.lemma in deaths)


def _told_again(units: Sequence[Unit], central: str | None) -> bool:
    """A mention of ``units`` is a definite noun of the central event's own class with no
    time of its own, in dated news ("the collision" in a story of a car that struck
    pupils, "the deal" in one of an order for 140 aircraft): an outlet names its news
    again by a noun of its act, whatever the word; :func:`kept_apart` still asks whether
    its place, people or class set it apart. Not for a class of steps (an arrest, a charge,
    a conviction: "his arrest" in a story of his conviction is an earlier step)."""
    return central is not None and central not in _roles()["stepwise"] and any(
        u.definite and u.published is not None and not u.source.when and classes_fit(u.source.type, central)
        for u in units)


def linked(units: Sequence[Unit], families: Set[str], events: Set[tuple[str, int]]) -> bool:
    """A mention of ``units`` has a word of the central event's trigger ``families`` or of a
    family physically kin to one (:func:`_physical_kin`), is in one of its article
    ``events`` (article, index), or is a word the story learned."""
    return any(u.family in families or (u.ref.article, u.event) in events or is_learned(u) or
               _physical_kin(u, families) for u in units)


@cache
def _kin() -> tuple[Mapping[str, frozenset[str]], frozenset[str]]:
    """``story.json`` ``central.physical_kin`` (family -> the families a fall of a thing is
    told of) and ``central.amount_classes``."""
    spec = story_data()["central"]
    return ({family(k): frozenset(family(w) for w in ws) for k, ws in spec.get("physical_kin", {}).items()},
            frozenset(spec.get("amount_classes", ())))


def _physical_kin(u: Unit, families: Set[str]) -> bool:
    """A fall no amount's ("the wall fell", "the coach plunged into the river") beside a
    central collapse, crash or sinking: what fell is a thing, and its fall is that
    happening; a price that fell (the events plugin's class of a change) is no thing's fall."""
    kin, amounts = _kin()
    return u.source.type not in amounts and not kin.get(u.family, frozenset()).isdisjoint(families)


def kept_apart(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> str | None:
    """What sets the cluster ``units`` apart from the central event ``host``, None when
    nothing does: ``"role"`` (a toll or a report), ``"possible"`` (all told as possible),
    ``"participant"`` (one of its own that the central event lacks: "the attack by unknown
    gunmen on her office"; for a death of the news, :func:`_one_death`, most of its mentions
    must name one: an outlet's stray name, "the Sicilian was found dead", is no other death),
    ``"time or place"`` (:func:`_apart`), ``"class"`` (a class that
    cannot be one happening with some mention of another family; a looser test, a class
    that fits some mention, merged the two happenings of ECB+ topics: links F1 by topic
    0.648 -> 0.625). A word of its families dated another day within the month stays one
    with it: a strike enters its second day, and a report misdates the news more often than
    a story holds two happenings of one family days apart."""
    if role(units) is not None and not _one_death(units, host):
        return "role"
    if _possible(units):
        return "possible"
    if _one_death(units, host) and not _mostly_named(units, host):
        return _death_apart(units, host, excluded)  # one outlet's stray name sets no death of the news apart
    names, dated = party_names(host), _dated(host)
    told_again = _lead_told_again(units, host)
    if any(own_participant(u, host, names, dated and bool(u.published)) for u in units
           if (u.ref.article, u.event) not in told_again):
        return "participant"
    if _apart(units, host, excluded):
        return "time or place"
    if _class_clash(units, host):
        return "class"
    return None


def _lead_told_again(units: Sequence[Unit], host: Sequence[Unit]) -> frozenset[tuple[str, int]]:
    """In dated news, the lead of an article that tells the central event tells the cluster
    by a word of the central event's own family ("Hofstaetter retired" beside "the
    retirement", "Manitoba RCMP have arrested a man" beside "the arrest"): an article's lead
    tells its news, and a name the lead gives with the news's own word (often written
    otherwise: a transliteration, a longer form, the firm for its product) is a participant
    of the news, not of another happening. Told only further down, a word of the family may
    be another happening of its kind ("a 2019 arrest by state police"), and an outlet whose
    article holds no central mention may lead with another one (a rival's launch): their
    participants still set them apart. Returns the (article, event) of each such lead
    mention: only that article event is freed of the participant test; another article
    event of the cluster naming a participant of its own still keeps it apart (and only
    the free ones join: ``_unnamed_events``)."""
    if not (_dated(units) and _dated(host)):
        return frozenset()
    families = {v.family for v in host}
    told = {v.ref.article for v in host}
    return frozenset((u.ref.article, u.event) for u in units
                     if u.lead and u.family in families and u.ref.article in told)


def _possible(units: Sequence[Unit]) -> bool:
    return all(u.source.modality is not None for u in units)


def _class_clash(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """A mention's class cannot be one happening with a central mention of another family
    (two words of one family always fit); a verb of occurring ("broke out") tells of any
    event, so its class sets nothing apart, and in dated news neither does an ordinary act
    of the general class ("filed", "struck", "fell"): it tells no class ("filed" a lawsuit,
    "the wall fell" of a collapse), and the time, place and participants still set another
    happening apart. In dated news the clash must hold for most
    pairs: the central event gathers words the events plugin classes unevenly ("the
    explosion" a disaster, "blew" a conflict), and one stray class must not keep out a
    cluster whose classes fit the rest; another happening of another class clashes with
    most of them, and its day sets it apart too. Nor does a cluster that shares a word
    family with the central event clash ("stormed" / "the storming" beside a central
    "rise" of deputies' pay the plugin classed a change): the shared word says it is one
    happening, and its time, place and participants are still asked. Only for a cluster a lead tells or one of
    the central event's article events holds (:func:`_tied`): told only further down, a
    happening of another class is mostly the story's background ("a knife attack in
    another town last year"; on ECB+ dated, the riot a shooting set off: links precision
    0.533 -> 0.545), and it keeps the strict test. Undated documents (ECB+ topics, two
    similar happenings each, no day to tell them apart) keep the strict test, any one
    pair: the majority merged their happenings (links F1 0.728 -> 0.688)."""
    occurring = _roles()["occurrences"] | (_roles()["minor"] if _dated(units) and _dated(host) else frozenset())
    dated = _dated(units) and _dated(host) and _tied(units, host)
    fits = [u.family == v.family or _classes_fit(u.source.type, v.source.type, dated) for u in units for v in host
            if u.source.type not in occurring and v.source.type not in occurring]
    if dated:
        host_families = {v.family for v in host}
        if {u.family for u in units} & host_families or any(_physical_kin(u, host_families) for u in units):
            return False  # one word family, or a thing's fall beside its crash ("plunged" a movement)
        return 2 * fits.count(False) > len(fits)
    return not all(fits)


def _tied(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """A mention of ``units`` stands in an article's lead or in one of the central event's
    article events: an outlet tells it as the news, or reads it as one event with it."""
    events = {(v.ref.article, v.event) for v in host}
    return any(u.lead or (u.ref.article, u.event) in events for u in units)


def _classes_fit(a: str, b: str, dated: bool) -> bool:
    """Two mentions' classes may tell one happening: classes that merge, or in dated news
    two classes of happenings (a crash the plugin classes a disaster and another outlet's
    violence, a car bomb's blast and its attack): an outlet's words class the one
    happening unevenly, and another happening is set apart by its day."""
    happenings, decided = _roles()["happenings"], _roles()["decided"]
    return classes_fit(a, b) or (dated and a in happenings and b in happenings) or \
        (dated and a in decided and b in decided)  # a council's vote and its decision


def _dated(units: Sequence[Unit]) -> bool:
    """Every mention's article has a publication date: news, whose days set happenings apart."""
    return all(u.published for u in units)


def _apart(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> bool:
    """Most pairs of an article event of ``units`` and one of ``host`` that both state a
    time or a place (or that exclude each other anyway: a dated past event against a much
    later report) exclude each other. The central event gathers many article events, and
    one of them misdated ("November 30" read in the wrong year, a background date the
    article event took) must not keep out what every other article dates and places as
    the news; another happening of the same kind on another day or in another country
    clashes with most of them."""
    clash, told = _clashes(units, host, excluded)
    return 2 * clash > told


def _told_events(units: Sequence[Unit]) -> list[Unit]:
    """One mention per article event (its first): the arguments are the event's."""
    seen: dict[tuple[str, int], Unit] = {}
    for u in units:
        seen.setdefault((u.ref.article, u.event), u)
    return list(seen.values())


def _states(u: Unit) -> bool:
    return bool(u.source.when or u.source.where or u.source.country)


def _clashes(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> tuple[int, int]:
    """(pairs that exclude each other, pairs that state a time or a place or exclude each
    other anyway) over the article events of ``units`` and ``host``. An article event of
    the central event dated long before its article (:func:`_background`: "the tax, first
    introduced in 2014", "licensed in January 2025") is counted out while the central event
    has others, for a cluster's article event of the news' own days (:func:`_current`): the
    pairwise model gave the news a background time, and that time must not set an outlet's
    "Wednesday night's vote" apart when the news' other article events state none (the
    majority rule of :func:`_apart` then counts that time alone)."""
    told = clash = 0
    hosts = _told_events(host)
    news = [v for v in hosts if not _background(v)] or hosts
    for u in _told_events(units):
        for v in news if _current(u) else hosts:
            out = excluded(u, v)
            told += int(out or (_states(u) and _states(v)))
            clash += int(out)
    return clash, told


def _background(v: Unit) -> bool:
    """The article event states a time that ended over a month before its article was
    published ("introduced in 2014", "licensed in January 2025"): the background of the
    news, not its time."""
    iv, pub = interval(v.source.when), interval(v.published)
    return iv is not None and pub is not None and (pub[0] - iv[1]).days > _PAST_DAYS


def _current(u: Unit) -> bool:
    """The article event states no time, or one within a month of its article's publication
    either way: a time a background date of the central event would clash with, not one
    ("a final trial in May 2027") that the news' own times must still set apart."""
    iv, pub = interval(u.source.when), interval(u.published)
    if iv is None or pub is None:
        return not u.source.when
    return (pub[0] - iv[1]).days <= _PAST_DAYS and (iv[0] - pub[1]).days <= _PAST_DAYS


def _lead_days(host: Sequence[Unit]) -> set[str]:
    """The days (or closer times) the central event's leads give it."""
    return {v.source.when for v in host if v.lead and v.source.when and width(v.source.when) <= _DAY}


def _other_day(u: Unit, days: Set[str]) -> bool:
    """The mention is dated to a day that none of the central event's lead days is ("gunmen
    ambushed a bus on March 5" in a story of Thursday's raid): another happening."""
    w = u.source.when
    return bool(w) and width(w) <= _DAY and not any(compatible(w, d) for d in days)


def _each_day(u: Unit, days: Set[str]) -> bool:
    """The mention is dated, when it is, to a day every lead of the central event allows: a
    central event told by no word of a class ("scrapped", "the incident") says nothing of
    which acts it can be, so only its time sets another act in an opening sentence apart."""
    w = u.source.when
    return not w or all(compatible(w, d) for d in days)


def _fits_central(cls: str, central: str) -> bool:
    """A mention's class may name the central happening: its own class (or one that merges
    with it), both are happenings (a raid and an abduction, a collapse and a crash), or it
    is a verb or noun of occurring, which may tell of any event ("inmates who broke out of
    the prison" in a story of an escape)."""
    happenings = _roles()["happenings"]
    return classes_fit(cls, central) or (cls in happenings and central in happenings) or \
        cls in _roles()["occurrences"]


def opening_units(host: Sequence[Unit], clusters: Sequence[Sequence[Unit]],
                  excluded: Callable[[Unit, Unit], bool]) -> set[tuple[str, int, int]]:
    """Keys of the mentions of ``clusters`` that name the central happening in their
    article's opening sentence, with the other mentions of their article events there.

    A news article opens with its news, and outlets name one happening with different words
    ("Gunmen stormed a school ... and kidnapped 87 students"; "a school raided by gunmen";
    "the gang that seized students"), which no synonym list covers. So a mention in an
    article's first sentence joins it when it may be the same act and nothing sets it apart:
    of a class that fits the central event's, or, when either tells no class (an ordinary
    act, "struck", "fell", "blocked"; a central event told only by words of occurring or
    learned ones), of a day every lead allows; not a toll or a report, not told as
    possible, no named person of its own
    (a party named by a place, "Niger" or "Nigeria", is an outlet's wording), no time or
    place that excludes it (``excluded``; its class was tested above), and a time (when
    given) that the central event's leads share. A consequence of another class ("plunging
    vehicles into the water", "freed 85 students") stays apart, and so does a step of a
    procedure of another family ("convicted ..., three years after his arrest"). Only
    articles with a publication date: news published together leads with its news, while a
    collection of undated documents (ECB+ topics, two similar happenings each) need not."""
    told = [v for v in host if v.source.type not in _roles()["occurrences"]]
    central = _top_class(told or host)  # "the incident" tells no class: the host's others do
    if central is None:
        return set()
    leads = {v.source.when for v in host if v.lead and v.source.when}
    days = _lead_days(host)
    families = {v.family for v in host}
    out: set[tuple[str, int, int]] = set()
    for c in clusters:
        if role(c) is not None:
            continue
        for u in c:
            if u.sentence_index != 0 or u.published is None:
                continue  # an undated document's opening need not tell the story's news
            if not _fits_central(u.source.type, central) and \
                    not ((central in _roles()["occurrences"] or u.source.type in _roles()["minor"]) and
                         _each_day(u, days)):
                continue  # a class the central act cannot be; a classless act (either one) of each lead day can
            if u.source.type in _roles()["stepwise"] and u.family not in families:
                continue  # "convicted ..., three years after his arrest": steps of a case are events
            if (u.source.when and leads and not any(compatible(u.source.when, w) for w in leads)) or \
                    (days and _other_day(u, days)):
                continue
            if u.lemma in _roles()["toll"] or u.lemma in _roles()["report"] or u.source.modality is not None \
                    or u.consequence:
                continue  # "..., forcing staff to evacuate 1,500 visitors": what the news caused
            if (u.persons and not any(shared_persons(u, v) for v in host)) or any(excluded(u, v) for v in host):
                continue  # a person of its own; a party named by a place ("Niger") may be the outlet's wording
            out |= {v.key for v in c if (v.ref.article, v.event) == (u.ref.article, u.event)
                    and v.sentence_index == 0}
    return out


def _top_class(units: Sequence[Unit]) -> str | None:
    counts = Counter(u.source.type for u in units)
    return sorted(counts, key=lambda c: (-counts[c], c))[0] if counts else None


def lead_whens(units: Sequence[Unit]) -> list[str]:
    """The times of the article events whose mentions stand in their article's lead (one per
    article event): the lead dates the news, a later sentence may date its background
    ("banned for four years last month")."""
    found = {(u.ref.article, u.event): u.source.when for u in units if u.lead and u.source.when}
    return [w for _, w in sorted(found.items())]
