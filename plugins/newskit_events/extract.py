"""Per-article events: triggers, their arguments (who, where, when) and in-article
coreference, as a sequence of steps over the article's trigger mentions; each step lives in
its own module. Every rule reads local patterns around a trigger word; see docs/story.md."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Sequence

import regex

from newskit import Article, DateMention, Event, Mention, PersonMention
from newskit.actors import Actor, ActorIndex, find_actors
from newskit.textlayer import in_title_case_line, layer
from newskit_events.arguments import read_arguments
from newskit_events.dating import announced_on, assign_dates, background_era, charge_of, governed
from newskit_events.grouping import group_events
from newskit_events.mention import Trigger
from newskit_events.modality import mention_modality
from newskit_events.performed import performed
from newskit_events.summative import summed_up
from newskit_events.timing import event_dates
from newskit_events.triggers import drop_support, find_triggers, inside_name, is_verb

__all__ = ["extract_events"]

#: "the trip ... during the visit": the first event happens during the second
_DURING = regex.compile(r"^(?:\s+[\p{L}-]+){0,6}?\s+(?:during|at|amid|in\s+the\s+course\s+of)\s+"
                        r"(?:the|his|her|their|its|a|an)\s+(?:[\p{L}-]+\s+){0,2}$", regex.I)


def headline_names_read(text: str, actors: Sequence[Actor],
                        triggers: Sequence[tuple[int, int, str, str, str, bool, bool]]) -> list[Actor]:
    """The actors without the runs guessed as names in a headline written in title case
    that hold a trigger ("Colts Beat Chiefs", "Three People Shot", "Kraft Factory
    Shooting"): there capitals mark no names, the run is words of a clause, and its
    trigger is an event mention, its run no participant."""
    starts = [t[0] for t in triggers]

    def holds_trigger(a: Actor) -> bool:
        i = bisect_left(starts, a.start)
        return i < len(starts) and starts[i] < a.end

    return [a for a in actors if not (a.kind == "name" and holds_trigger(a) and in_title_case_line(text, a.start))]


def extract_events(article: Article, mentions: Sequence[Mention]) -> list[Event]:
    """The article's events: triggers found, read for arguments, modality and time, then
    grouped into events (one per happening told in the article)."""
    text = article.text
    if not text:
        return []
    # the layer's own sentences, not a list of them: a long article's are a pair of arrays
    # there (``SpanArray``), and a list held a span and two numbers a sentence for the run
    sents = layer(text).sentences
    if not sents:
        return []
    persons = [m for m in mentions if isinstance(m, PersonMention)]
    dates = event_dates(text, [m for m in mentions if isinstance(m, DateMention)], article.published_date is not None)
    raw = find_triggers(text)
    index = ActorIndex(headline_names_read(text, find_actors(text, persons), raw))
    trigs: list[Trigger] = []
    si = 0
    for s, e, form, cls, lemma, by_prev, verbal in raw:
        while si < len(sents) - 1 and sents[si].end <= s:
            si += 1
        if not (sents[si].start <= s < sents[si].end):
            continue
        if inside_name(index, s, e, verbal):
            continue
        word = text[s:e]  # in lower case it is its form: one string, not two equal ones a trigger
        trigs.append(Trigger(s, e, form if word == form else word, cls, form, is_verb(text, s, form, lemma), si,
                             lemma, by_prev))
    trigs = drop_support(text, trigs)
    # what only the trigger readers needed goes before the rest runs: the found words'
    # tuples, and the layer's tokens with punctuation (no later step reads them; a long
    # article's were 10 MB at the events' top, held through the claims)
    del raw
    layer(text).drop_tokens()
    for m in trigs:
        read_arguments(text, m, index, sents[m.sent])
        m.modality = mention_modality(text, m, sents[m.sent].start)
    assign_dates(text, trigs, dates, sents)
    announced_on(text, trigs, dates)
    performed(text, trigs, dates)
    summed_up(text, trigs, sents)
    governed(text, trigs)
    charge_of(text, trigs)
    background_era(text, trigs, article, dates)
    for a, b in itertools.pairwise(trigs):
        if a.sent == b.sent and _DURING.match(text[a.end:b.start]):
            a.during = b
    return group_events(trigs, article)
