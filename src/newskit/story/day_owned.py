"""The news named by a noun its own day owns: "was to blame for Sunday's *failure*", "after
Saturday's deadly *poisonings* in Glasgow", "Tuesday's Labour Court *judgment* against Dashr".

A report names a happening by the day it happened on, in the possessive, with a noun of its
own choosing after it. When that day is the central event's (a day its leads date it by),
the noun names the news, whatever its word or class ("the failure" of a wheel that
stopped, "the crackdown" of a rescue, "the sell-off" of a crash): the day ties it, not a
lexicon, and a day that is not the news's names another happening ("Monday's hearing"
after a Saturday crash). Read: a calendar day (not a week, a month or a year: "this year's
harvest" is no happening) right before ``'s``, then the head of its noun phrase (the last
of at most four words before a mark, a word of a closed class or a past form:
:func:`owned_head`), a lower-case word; not a noun with an amount after it ("Tuesday's rise
*of nearly 4%*": a measure's word) nor one a rank makes one of a series ("Thursday's
*fourth* stage"). It is a mention of the central event: moved there from another event
(not a toll's, a report's or an occasion's: ``story.json`` ``central.occasions``), or added
where no unit covers it. Only dated articles are read, and it runs once the central event
is chosen, so it never decides which event is central.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newskit import grammar
from newskit.datafiles import package_json
from newskit.model import Analysis
from newskit.story._common import story_data, word_lists
from newskit.story.act_words import is_calendar_date
from newskit.story.central import role
from newskit.story.features import Unit, covered_by, dominant_class, span_unit
from newskit.story.learned import is_learned, past_form
from newskit.text import match_ahead
from newskit.timex import compatible

__all__ = ["amount_after", "attach_day_owned", "owned_head", "owned_spans"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "day-owned"
_OFFSET = 9800
#: the possessive right after a date mention
_POSSESSIVE = regex.compile(r"['’]s\s+")
#: a word (letters and hyphens) or a single mark
_WORD = regex.compile(r"\p{L}[\p{L}-]*|[^\s\p{L}]")
#: at most this many modifiers before the head ("Saturday's thunderstorm asthma outbreak")
_MODIFIERS = 3
#: a calendar day's value
_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")
#: an amount right after the noun ("Tuesday's rise of nearly 4%", "Wednesday's turnout at
#: 40,000"): a measure's word, not a happening's
_AMOUNT_AFTER = regex.compile(r"\s+(?:of|at|to|by)\s+(?:\p{L}+\s+){0,2}?[\d$£€¥]")


@cache
def _stops() -> frozenset[str]:
    """The words that end a noun phrase: the closed classes and the auxiliaries
    (``newskit/data/day_owned.json``)."""
    return grammar.DETERMINERS | grammar.PREPOSITIONS | grammar.COORDINATORS | grammar.RELATIVES \
        | grammar.MODALS | grammar.SUBORDINATORS | word_lists("day_owned.json")["auxiliaries"]


@cache
def _ranks() -> frozenset[str]:
    """The words that rank a happening in a series (``event_nouns.json`` ``ranks``)."""
    return frozenset(package_json("newskit", "event_nouns.json")["ranks"])


def _ends_phrase(word: str) -> bool:
    """The word after a noun phrase's head: a mark, a closed-class word or a past form."""
    low = word.lower()
    return not word[:1].isalpha() or low in _stops() or (word.islower() and not low.endswith("ing") and past_form(low))


def owned_head(text: str, start: int) -> tuple[int, int] | None:
    """The span of the head of the noun phrase that opens at ``start`` (after a day's
    possessive): the last of at most four words before one that ends the phrase (a mark,
    a closed-class word, a past form); None when there is none or it is no lower-case word
    of an open class ("Sunday's *failure*.", "Tuesday's Labour Court *judgment* against")."""
    words: list[regex.Match[str]] = []
    pos = start
    while len(words) < _MODIFIERS + 2 and (m := match_ahead(_WORD, text, pos)) is not None:
        words.append(m)
        pos = m.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    for k, m in enumerate(words[:-1] if len(words) > 1 else words):
        after = words[k + 1].group() if k + 1 < len(words) else "."
        if _ends_phrase(after):
            head = m.group()
            return m.span() if head[:1].isalpha() and head.islower() and head not in _stops() else None
    return None


def amount_after(text: str, end: int) -> bool:
    """An amount follows the noun that ends at ``end`` ("Tuesday's rise *of nearly 4%*",
    "Voltaro's investment *of about $2.7 billion*"): a measure's word, not a happening's."""
    return match_ahead(_AMOUNT_AFTER, text, end) is not None


def _ranked(text: str, start: int, head: int) -> bool:
    """A modifier between the possessive and the head ranks it in a series ("Thursday's
    *fourth* stage"): one of several, not the news."""
    return any(w.lower() in _ranks() for w in text[start:head].split())


def owned_spans(a: Analysis, days: frozenset[str]) -> list[tuple[int, int]]:
    """The heads of the noun phrases that one of ``days`` owns in the article (the module
    docstring)."""
    text = a.article.text
    out = []
    for d in a.mentions:
        if not is_calendar_date(d) or _DAY.fullmatch(d.value) is None or not any(compatible(d.value, w) for w in days):
            continue
        p = match_ahead(_POSSESSIVE, text, d.end)
        span = owned_head(text, p.end()) if p is not None else None
        if span is not None and p is not None and not amount_after(text, span[1]) and not _ranked(text, p.end(), span[0]):
            out.append(span)
    return out


def attach_day_owned(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                     excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every noun the central event's day owns in a dated article moved
    into the central event (``clusters[0]``) or added to it (:func:`owned_spans`)."""
    del excluded  # the day itself ties the noun to the news
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    days = frozenset(u.source.when for u in host if u.lead and u.source.when and not is_learned(u))
    occasions = frozenset(story_data()["central"]["occasions"])
    others = {(u.ref.article, u.ref.start): u for c in clusters[1:] if role(c) is None for u in c
              if u.source.type not in occasions}
    central, covered = covered_by(host), covered_by([u for c in clusters for u in c])
    kind = dominant_class(host, lambda u: not is_learned(u))
    moved: set[tuple[str, int, int]] = set()
    added: list[Unit] = []
    for a in analyses:
        art = a.article.id
        if a.article.published_date is None or not days:
            continue
        k = len(a.events) + _OFFSET
        for s, e in owned_spans(a, days):
            if central(art, s, e):
                continue
            if (art, s) in others:
                moved.add(others[(art, s)].key)
            elif not covered(art, s, e):
                added.append(span_unit(a, s, e, event_id=f"{art}:{_TAG}:learned:{s}", kind=kind, event=k))
                k += 1
    rest = [[u for u in c if u.key not in moved] for c in clusters[1:]]
    joined = [u for c in clusters[1:] for u in c if u.key in moved]
    return [[*host, *joined, *added], *(c for c in rest if c)]
