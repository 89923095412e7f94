"""Mentions of one event within an article: each trigger joins the event its arguments fit
(class, participants, country, time, step of a procedure) or that a local construction
forces ("the quake hit", "won the runoff"), else starts one."""

from __future__ import annotations

import regex

from newskit import Article, Event, SpanRef, grammar
from newskit.actors import Actor
from newskit.patterns import alternation
from newskit.timex import interval
from newskit.vocabulary import per_vocabulary
from newskit_events.lexicon import GENERAL, lexicon
from newskit_events.mention import (
    BEGINNING,
    CAUSES,
    NOT_OBJECT,
    WORD,
    Draft,
    Trigger,
    compatible,
    words_before,
)
from newskit_events.modality import event_modality

__all__ = ["group_events"]

def _specific(a: str | None, b: str | None) -> str | None:
    """The more specific of two compatible values."""
    if a is None:
        return b
    if b is None:
        return a
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return a
    return a if (ia[1] - ia[0]) <= (ib[1] - ib[0]) else b


def _same_step(ev: Draft, m: Trigger) -> bool:
    """Whether ``m`` may be a mention of ``ev`` as far as the steps of a procedure go: an
    arrest, a conviction, a sentence and an appeal are four events of one case (class
    ``legal``), a hiring and a firing two (``personnel``); see ``steps`` in triggers.json.
    A general action (class GENERAL: "escaped", "pulled") is one only with its own word:
    the class says nothing of which happening two different actions are."""
    if m.cls == GENERAL:
        return all(x.lemma == m.lemma for x in ev.mentions)
    steps = lexicon().steps
    step = steps.get(m.lemma)
    if step is None:
        return True
    return all(steps.get(x.lemma, step) == step for x in ev.mentions)


def _fitting_step(ev: Draft, m: Trigger, fits: int) -> int:
    """``fits`` (``_fits``' answer for ``m`` and ``ev``), or -1 when ``m`` is another step
    of a procedure than ``ev`` (:func:`_same_step`): asked only of the events ``m`` fits, as
    the step test reads every mention of the event and most events are of another class."""
    return fits if fits < 0 or _same_step(ev, m) else -1


@per_vocabulary
def kin_classes(cls: str) -> frozenset[str]:
    """The classes of the events a mention of class ``cls`` may join, as :func:`_fits` reads
    the lexicon's ``merge_into``: its own, those it merges into and those merging into it.
    :meth:`_Grouper.target` asks ``_fits`` of these events only (about one in six of the
    pool): for any other, ``_fits`` is -1."""
    merge = lexicon().merge_into
    return frozenset({cls, *merge.get(cls, ()), *(c for c, into in merge.items() if cls in into)})


def _fits(ev: Draft, cls: str, who: set[str], persons: set[str], country: str | None,
          when: str | None, stale: bool = False) -> int:
    """-1 when the mention cannot be this event, else the number of agreeing slots. A
    mention dated months back is not an event the article first told undated (its news):
    "Taiwan's strongest earthquake ... In 1999, a magnitude 7.6 quake killed ..."."""
    lex = lexicon()
    if stale and ev.when is None:
        return -1
    if cls != ev.cls and ev.cls not in lex.merge_into.get(cls, ()) and cls not in lex.merge_into.get(ev.cls, ()):
        return -1
    score = 0
    if cls != ev.cls and not (who & set(ev.who)):
        return -1  # a meeting joins a visit only when they share a participant
    if who and ev.who:
        if who & set(ev.who):
            score += 1
        elif persons and ev.persons and not persons & set(ev.persons):
            return -1
    if country and ev.country:
        if country != ev.country:
            return -1
        score += 1
    if when and ev.when:
        if not compatible(when, ev.when):
            return -1
        if score:
            score += 1  # a compatible time counts only with a shared participant or place
    return score


#: a participle of causing opens the trigger's clause: what follows is a consequence of the
#: main clause's act, another event ("..., prompting troops to launch an offensive")
_CONSEQUENCE = regex.compile(
    r",\s+(?:" + alternation(grammar.CAUSING_PARTICIPLES) + r")"
    r"(?:\s+(?:to\s+)?[\p{L}\p{N}'’-]+){0,4}?\s+$", regex.I)


def group_events(trigs: list[Trigger], article: Article) -> list[Event]:
    """The article's events, in order of first mention: each trigger joins the event a local
    construction forces or the one its arguments fit best, else starts one; then events told
    only by bare nouns join the next of their class, generic activities go, and an undated
    event takes the time of the event it happened during."""
    grouper = _Grouper()
    last: Trigger | None = None
    for m in trigs:
        forced = grouper.forced(m, last, article.text)
        when = m.when.value if m.when else None
        places: list[Actor | None] = list(m.places) or [None]
        if forced is not None:
            targets: list[Draft | list[Draft]] = [forced]
        elif _CONSEQUENCE.search(article.text, max(0, m.start - 50), m.start):
            targets = [grouper._new(m, place) for place in places]  # "..., prompting an offensive": another act
        else:
            targets = [grouper.target(m, place, when) for place in places]
        for ev in targets:
            for t in ev if isinstance(ev, list) else [ev]:
                grouper.add(t, m, when)
        last = m
    evs = [e for e in _fold_bare(grouper.evs) if e.mentions and not _generic(e, article.text)]
    del grouper  # which event each mention joined is read no more: let it go before the events are made
    _time_from_host(evs)
    return _to_events(evs, article)


def _to_events(drafts: list[Draft], article: Article) -> list[Event]:
    """The article's events, one per draft in order; ``drafts`` is emptied as they are made,
    each draft let go once its event is made, so a long article's drafts and events are
    never all held at once (tens of thousands of each)."""
    shared = _Shared(article)
    drafts.reverse()
    events: list[Event] = []
    while drafts:
        events.append(_to_event(drafts.pop(), len(events) + 1, article, shared))
    return events


class _Grouper:
    """The events of one article as they are assembled, and which event each mention joined."""

    def __init__(self) -> None:
        self.evs: list[Draft] = []
        self.event_of: dict[int, Draft] = {}
        self.big: list[Draft] = []  # the events with most mentions so far, at most _BIG

    def forced(self, m: Trigger, last: Trigger | None, text: str) -> Draft | None:
        """The event a local construction says ``m`` belongs to, if any."""
        event_of = self.event_of
        if m.by_prev and last is not None and last.cls == m.cls and m.stale == last.stale and \
                0 <= m.start - last.end <= 25 and id(last) in event_of:
            return event_of[id(last)]  # "the quake hit ...": the verb tells of its subject's event
        if last is not None and id(last) in event_of and _occurs(text, last, m):
            return event_of[id(last)]  # "the blaze broke out ... on Thursday": the blaze's happening
        if m.tells_of is not None and id(m.tells_of) in event_of:
            return event_of[id(m.tells_of)]  # "the surgery, which took six hours, was carried out": the surgery
        if m.sums_up is not None and id(m.sums_up) in event_of:
            return event_of[id(m.sums_up)]  # "ruled that ..., a decision that could force ...": the ruling
        if m.governor is not None and id(m.governor) in event_of and _same_step(event_of[id(m.governor)], m):
            return event_of[id(m.governor)]  # "won the runoff": the runoff is what was won
        return None

    def target(self, m: Trigger, place: Actor | None, when: str | None) -> Draft | list[Draft]:
        """The event(s) ``m`` (read with ``place``) joins: by its class alone when it has no
        argument, else the event its arguments fit best; a new event when none fits."""
        who = {a.name for a in m.who}
        pool = self.evs if len(self.evs) <= 64 else _salient(self.evs, self.big)
        if not who and not m.places and when is None:
            if m.stale:
                return self._new(m, place)  # "a previous truce": not the event told so far
            return self._by_class(m, pool) or self._new(m, place)
        persons = {a.name for a in m.who if a.kind == "person"}
        country = place.country if place else None
        kin = kin_classes(m.cls)  # an event of another class never fits: not asked
        scored = [(_fitting_step(e, m, _fits(e, m.cls, who, persons, country, when, m.stale)), e)
                  for e in pool if e.cls in kin]
        ok = [(s, e) for s, e in scored if s >= 0 and (s > 0 or not (who or country))]
        if not ok:
            return self._new(m, place)
        return max(ok, key=lambda se: (se[0], se[1].last_sent == m.sent, len(se[1].mentions), se[1].last_sent))[1]

    def _by_class(self, m: Trigger, pool: list[Draft]) -> Draft | list[Draft] | None:
        """A bare mention ("the attack") is the latest event of its class, or both of the last
        two for a plural ("the attacks"); None when no event of its class is told yet."""
        lex = lexicon()
        same = [e for e in pool if (e.cls == m.cls or e.cls in lex.merge_into.get(m.cls, ())) and _same_step(e, m)]
        if not same:
            return None
        recent = [e for e in same if e.last_sent >= m.sent - 1]
        if m.form in lex.plurals and len(recent) >= 2:
            return sorted(recent, key=lambda e: -e.last_sent)[:2]
        return max(recent or same, key=lambda e: (e.mentions[-1].start if recent else 0,
                                                  len(e.mentions), e.mentions[-1].start))

    def _new(self, m: Trigger, place: Actor | None) -> Draft:
        ev = Draft(cls=m.cls, who=[], persons=[], place=place.place if place else None,
                   country=place.country if place else None, when=None, mentions=[], evidence=[],
                   last_sent=m.sent)
        self.evs.append(ev)
        return ev

    def add(self, ev: Draft, m: Trigger, when: str | None) -> None:
        """``m`` joins ``ev`` (once): its participants, place, time and evidence fill the event.
        The mentions join in order, each before the next is read, so ``m`` is in ``ev`` only as
        its last mention: no set of members per event (a long article has tens of thousands
        of events, and a set and an int a mention were 7 MB on 4.9 MB of text)."""
        if ev.mentions and ev.mentions[-1] is m:
            return
        self.event_of[id(m)] = ev
        ev.mentions.append(m)
        _bump(self.big, ev)
        ev.last_sent = m.sent
        for a in m.who:
            if a.name not in ev.who:
                ev.who.append(a.name)
            if a.kind == "person" and a.name not in ev.persons:
                ev.persons.append(a.name)
        if ev.place is None and m.places:
            p = next((p for p in m.places if ev.country in (None, p.country)), None)
            if p is not None:
                ev.place, ev.country = p.place, p.country
        if when and m.modality == "future":  # a step still to come: its date is no time of a done act
            if ev.expected_when is None or compatible(ev.expected_when, when):
                ev.expected_when = _specific(ev.expected_when, when)
        elif when and (ev.when is None or compatible(ev.when, when)):
            ev.when = _specific(ev.when, when)
        ev.evidence.extend((a.start, a.end) for a in m.who + m.places)
        if m.when:
            ev.evidence.append((m.when.start, m.when.end))


def _fold_bare(evs: list[Draft]) -> list[Draft]:
    """An event read from bare mentions only ("illicit arms transfers") is the next event of
    its class stated within two sentences (unless that one is a past event)."""
    for i, ev in enumerate(evs):
        if ev.who or ev.place or ev.when or not ev.mentions or ev.cls == GENERAL:
            continue
        nxt = _next_of_class(evs, i)
        if nxt is not None and not any(x.stale for x in nxt.mentions):  # the news is not a past event
            nxt.mentions[:0] = ev.mentions
            nxt.evidence.extend(ev.evidence)
            ev.mentions = []
    return evs


def _time_from_host(evs: list[Draft]) -> None:
    """An undated event takes the time of the event it happened during ("... during the visit")."""
    of = {id(m): ev for ev in evs for m in ev.mentions}
    for ev in evs:
        if ev.when is None:
            for m in ev.mentions:
                host = of.get(id(m.during)) if m.during is not None else None
                if host is not None and host is not ev and host.when:
                    ev.when = host.when
                    break


class _Shared:
    """What the events of one article hold alike, kept once: their one source, and each
    distinct string of their spans and triggers (the same name read as evidence of many
    events, the same form triggering many). A long article has tens of thousands of events,
    and an equal string of each was a megabyte per megabyte of text; equal values, so the
    records are the same."""

    __slots__ = ("_strings", "sources")

    def __init__(self, article: Article) -> None:
        self.sources = (article.id,)
        self._strings: dict[str, str] = {}

    def string(self, s: str) -> str:
        """The first string equal to ``s`` handed in."""
        return self._strings.setdefault(s, s)


def _to_event(ev: Draft, k: int, article: Article, shared: _Shared) -> Event:
    """The ``k``-th event of the article, its mentions and evidence as spans of its text."""
    text = article.text
    string = shared.string
    refs = tuple(SpanRef(article=article.id, start=m.start, end=m.end, text=string(m.text))
                 for m in ev.mentions)
    evid = tuple(SpanRef(article=article.id, start=s, end=e, text=string(text[s:e]))
                 for s, e in sorted(set(ev.evidence)))
    modality = event_modality(ev.mentions)
    # an event some mention tells as done is not dated by a step told as expected ("agreed to
    # buy ..., the deal is expected to close in 2027"); an event told only as expected is
    when = ev.when or (ev.expected_when if modality is not None else None)
    return Event(id=f"{article.id}#e{k}", type=ev.cls, trigger=string(ev.mentions[0].form), when=when,
                 where=ev.place, who=tuple(ev.who), mentions=refs, evidence=evid,
                 sources=shared.sources, country=ev.country, modality=modality)


#: between an event noun and the verb it is the subject of: adverbs, auxiliaries ("The strike
#: had already begun")
_SUBJECT_GAP = regex.compile(r"\s+(?:[\p{Ll}]+\s+){0,2}")
#: between an event noun and the verb of a relative clause whose subject it is ("the walkout
#: that began on Monday", "the fire, which had broken out overnight")
_RELATIVE_GAP = regex.compile(r",?\s+(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:\p{Ll}+ly\s+)?")


def _occurs(text: str, noun: Trigger, verb: Trigger) -> bool:
    """``verb`` is a verb of occurring (class ``incident``: "happened", "broke out",
    "unfolded") or an aspectual verb ("began") whose subject is the event noun right before
    it: the verb tells that the noun's event happened, so it is one event with it, and its
    time ("broke out ... at 9:20 p.m. on Thursday") is the noun's. So is an ordinary action
    (class GENERAL) whose subject is a happening with no agent of its own - a disaster, an
    attack, a crime ("a gas explosion ripped through a block", "the fire gutted the hall"):
    what the happening does is how it happened. A gerund subject counts ("Fighting broke
    out"), and so does a noun a relative clause opens on ("the walkout that began on
    Monday"); a verb before it is no subject."""
    if not verb.verb or verb.sent != noun.sent or not (verb.cls == "incident" or (
            verb.cls == GENERAL and (verb.form in BEGINNING or noun.cls in CAUSES))):
        return False  # "a gas explosion ripped through a block": what a happening does is the happening
    if noun.verb and not noun.form.endswith("ing"):
        return False
    if _RELATIVE_GAP.fullmatch(text, noun.end, verb.start) is not None:
        return True  # "the walkout that began on Monday": the relative pronoun is the noun
    gap = _SUBJECT_GAP.fullmatch(text, noun.end, verb.start)
    return gap is not None and not any(w.lower() in NOT_OBJECT for w in WORD.findall(gap.group()))


def _generic(ev: Draft, text: str) -> bool:
    """An activity named only by bare gerunds, with no one, no place and no time ("acquiring
    such technologies may prove challenging", "young people fleeing overseas"), is no event."""
    if ev.who or ev.place or ev.when:
        return False
    return all(m.form.endswith("ing") and m.verb and m.lemma != m.form and
               not words_before(text, m.start, 1)[-1:] == ["the"] for m in ev.mentions)


_BIG = 16


def _next_of_class(evs: list[Draft], i: int) -> Draft | None:
    """The next event after ``evs[i]`` of its class first stated within two sentences of its
    last mention (events are in order of creation, so the scan stops at the first later one),
    unless it is another step (:func:`_same_step`: "the freeze" is no mention of a rise)."""
    ev = evs[i]
    for j in range(i + 1, len(evs)):
        e = evs[j]
        if not e.mentions:
            continue
        gap = e.mentions[0].sent - ev.mentions[-1].sent
        if gap > 2:
            return None
        if e.cls == ev.cls and gap >= 0:
            return e if all(_same_step(e, m) for m in ev.mentions) else None
    return None


def _bump(big: list[Draft], ev: Draft) -> None:
    """Keep ``big`` the (at most _BIG) events with most mentions after ``ev`` gained one: a
    constant-time update, so a long text never re-sorts all its events per mention."""
    if any(e is ev for e in big):
        return
    if len(big) < _BIG:
        big.append(ev)
        return
    k = min(range(len(big)), key=lambda i: len(big[i].mentions))
    if len(ev.mentions) > len(big[k].mentions):
        big[k] = ev


def _salient(evs: list[Draft], big: list[Draft]) -> list[Draft]:
    """In a long text, the events a mention may refer to: the latest ones and the biggest."""
    return list({id(e): e for e in evs[-48:] + sorted(big, key=lambda e: -len(e.mentions))}.values())
