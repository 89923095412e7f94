"""The central act told again by a definite noun of its own words ("the increase", "the hike").

An outlet leads with the act ("the government raised the minimum wage") and then refers back
to it with a definite noun ("The increase, adopted by the cabinet, ...", "the hike reflects
rising prices"). When no trigger lexicon reads that noun as an event in its context (a
change of a price or a wage told as a noun is a figure's word as often as an event's), the
mention is in no event, though the reader knows which act it names: the one its article has
told of. The nouns that can name the act are the story's own: words of the synonym family
(``coref.json`` ``families``, with their derived nouns) of a mention the central event
already holds in some outlet, so "the increase" names a raise only in a story whose central
event is told as raising somewhere, never by a list of a kind of news.

A noun is such an anaphor when it heads a definite noun phrase ("the increase", "the
ministry's hike"; :func:`newskit.story.predicate.definite_before`), is no verb's form and
modifies no noun after it, and no other event is named by a noun nearer before it in its
sentence or the one before (:func:`newskit.story.predicate.refers_to_central`: "the rise in
wholesale gas prices" after another outlet's news). A date of its own clause that the
central event's mentions exclude ("last year's rise") keeps it out. As the other anaphor
layers, only articles with a publication date are read (a collection of undated documents
need not lead with its news), and it runs once the central event is chosen, so it never
decides which event is central.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newskit.model import Analysis, DateMention
from newskit.story.features import Unit, covered_by, dominant_class, family, span_unit
from newskit.story.learned import is_learned, modifies
from newskit.story.predicate import (
    LEAD_TOKEN,
    definite_before,
    is_general_noun,
    noun_namers,
    refers_to_central,
    sentence_index,
)

__all__ = ["act_families", "attach_act_nouns", "is_act_noun", "own_date"]

#: a date this close before a noun ("last year's rise") or after it ("the rise in 2019")
#: dates the noun; one further off in its sentence tells when something else happens ("would
#: monitor the effect of the increase on employment in the first half of next year")
_NEXT_TO = 16


def act_families(host: Sequence[Unit]) -> frozenset[str]:
    """The families of the words the central event's mentions tell its act by: the events
    plugin's and the leads' triggers, not a general noun ("the decision": it names no kind)
    nor a word learned from the story (a participant's noun: "the ship ran aground")."""
    return frozenset(u.family for u in host
                     if u.source.id != f"{u.ref.article}:learned:{u.ref.start}" and not is_general_noun(u.ref.text))


def is_act_noun(text: str, start: int, end: int, families: frozenset[str]) -> bool:
    """The lower-case word at ``text[start:end]`` is a noun of one of ``families`` heading a
    definite noun phrase: not a verb's form ("raised", "rising"), not a modifier ("the
    increase rate"), not indefinite ("an increase of 3 percent" tells another figure)."""
    word = text[start:end]
    if not (word.isalpha() and word.islower()) or word.endswith(("ed", "ing")):
        return False
    if family(word) not in families or not definite_before(text, start):
        return False
    return not modifies(text, start, end)


def attach_act_nouns(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                     excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with a new mention of the central event (``clusters[0]``) for every
    definite noun of its own words (:func:`is_act_noun`) that no unit covers and that refers
    back to it; one whose own clause dates it where ``excluded`` sets it apart stays out.
    The new mention is undated: an anaphor tells no time of its own, so it never moves the
    central event's day."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    families = act_families(host)
    every = sorted((u for c in clusters for u in c), key=lambda u: u.key)
    covered, namers = covered_by(every), noun_namers(every)
    central = {u.key for u in host}
    cls = dominant_class(host, lambda u: not is_learned(u))
    added: list[Unit] = []
    for a in analyses:
        if a.article.published_date is None:
            continue  # an undated document (a collection's, ECB+) need not lead with its news
        text, art = a.article.text, a.article.id
        k = len(a.events) + 3000  # after the units of the other layers
        for m in LEAD_TOKEN.finditer(text):
            s, e = m.start(), m.end()
            if covered(art, s, e) or not is_act_noun(text, s, e, families):
                continue
            if not refers_to_central(art, s, sentence_index(text, s), namers, central):
                continue
            if _dated_apart(span_unit(a, s, e, event_id="", kind=cls, event=k, when=own_date(a, s, e)), host, excluded):
                continue
            added.append(span_unit(a, s, e, event_id=f"{art}:act-noun:learned:{s}", kind=cls, event=k))
            k += 1
    return [[*host, *added], *(list(c) for c in clusters[1:])]


def own_date(a: Analysis, start: int, end: int) -> str | None:
    """The calendar date right next to the noun at ``text[start:end]`` (:data:`_NEXT_TO`),
    with nothing but its noun phrase between: "last year's rise", "the increase of 2019"."""
    text = a.article.text
    near = [m for m in a.mentions if isinstance(m, DateMention) and m.type == "DATE" and m.value
            and m.value[:1].isdigit()
            and ((0 <= start - m.end <= _NEXT_TO and "," not in text[m.end:start])
                 or (0 <= m.start - end <= _NEXT_TO and "," not in text[end:m.start]))]
    return min(near, key=lambda m: min(abs(start - m.end), abs(m.start - end))).value if near else None


def _dated_apart(probe: Unit, host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> bool:
    """The anaphor, dated by its own clause (``probe``), is set apart from a central mention."""
    return probe.source.when is not None and any(excluded(probe, v) for v in host)
