"""The news named by the subject of a sentence that sets it beside what came before it:
"The *find* follows the 1963 discovery of the Batavia wreck", "The *stabbing* comes just over
two years after a knife attack", "The *fall* was the deadliest on the coast since 2012".

A report closes its account of the news by placing it among its kind: what earlier
happening it follows, recalls or echoes, how long after another it comes, how it ranks
since some year. The subject of such a sentence is the news itself, named by a definite
noun of the outlet's choosing ("the find", "the mix-up", "the insolvency", "the mishap"),
often one no trigger lexicon lists and of another class than the leads' verb. The structure
names it, not the word: a singular definite noun right before a verb of comparison
(``follows``, ``recalls``, ``echoes``, ``mirrors``), of addition (``adds to``), of
``comes``/``came`` with a span and "after" or with "after"/"amid" ("comes five years
after"), or ``is``/``was the`` with a rank and a frame of its kind ("the deadliest on the
coast since", "the biggest among"): ``newskit/data/precedent.json``. The clause must tell
the earlier happening's time (a year or a span: "the 1963 discovery", "16 months after"):
what a noun follows without one is as often a cause or a claim ("the inspection follows
claims by the union") as an earlier happening of the news's kind. Not read: a noun that
names a whole affair of which the news is a step ("the case", "the saga"), a plural, a
form of be or have, and a noun phrase that is an infinitive's object ("the decision to
separate *its unit* came after").

In a dated article that tells the central event before it, such a noun is a mention of the
central event: moved there from another event (not a toll's or a report's), or a new
mention where no unit covers it. The earlier happening it is compared with carries its own
date ("the 2018 failure", "since 2012"), so only a date right before the noun ("Sunday's
fall", "last year's find") sets it apart. It runs once the central event is chosen, so it
never decides which event is central, and reads dated articles only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newskit import grammar
from newskit.model import Analysis
from newskit.story._common import word_lists
from newskit.story.act_nouns import dated_apart
from newskit.story.act_words import is_calendar_date
from newskit.story.central import role
from newskit.story.features import Unit, covered_by, dominant_class, span_unit
from newskit.story.learned import is_learned
from newskit.story.predicate import definite_before
from newskit.text import match_ahead

__all__ = ["attach_precedents", "precedent_subjects"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "precedent"
_OFFSET = 9700
#: words of the closed classes, never the noun ("the landslides *that* followed")
_CLOSED = grammar.DETERMINERS | grammar.PREPOSITIONS | grammar.SUBJECT_PRONOUNS | grammar.OBJECT_PRONOUNS \
    | grammar.RELATIVES | grammar.COORDINATORS | grammar.SUBORDINATORS | grammar.MODALS
#: the noun phrase is the object of an infinitive ("the decision to separate *its aerospace
#: unit* came after"), not the subject
_INFINITIVE_OBJECT = regex.compile(r"\bto\s+\p{Ll}+\s+(?:the|its|their|his|her|this|that|\p{L}+['’]s?)\s+"
                                   r"(?:\p{Ll}[\p{Ll}-]*\s+)?$")
#: the lower-case word that ends right before a verb of precedent, and how far back it is read
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]*\p{Ll})$")
_NOUN_REACH = 40
#: the characters of the clause read after the noun for the earlier happening's time
_CLAUSE = 120
#: a date that ends at most this many characters before the noun dates it ("Sunday's fall")
_BEFORE = 16


@cache
def _pattern() -> regex.Pattern[str]:
    """A verb of precedent right after a lower-case word (the module docstring); the verbs
    are searched first, the noun read back from each, as a text holds few of them."""
    w = word_lists("precedent.json")

    def alt(key: str) -> str:
        return "|".join(sorted(w[key]))

    span = rf"(?:(?:{alt('span_words')}|\d+)\s+){{0,4}}(?:{alt('units')})\s+(?:{alt('time_words')})"
    rank = rf"(?:{alt('ranks')}|\p{{Ll}}{{3,}}est)\b[^,.;:]{{0,80}}?\b(?:{alt('frames')})\b"
    verb = (rf"(?:{alt('compares')})\b|(?:{alt('adds')})\s+to\b"
            rf"|(?:{alt('comes')})\s+(?:{span}|{alt('straight')})\b"
            rf"|(?:{alt('be')})\s+(?:also\s+)?the\s+{rank}")
    return regex.compile(rf"(?<=\p{{Ll}})\s+(?:{verb})")


def _plural(word: str) -> bool:
    """A plural names many happenings, not the news ("the landslides")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@cache
def _earlier() -> regex.Pattern[str]:
    """The time of the earlier happening in the rest of the clause: a year or a span's unit
    ("the 1963 discovery", "since November 2016", "five years after")."""
    units = "|".join(sorted(word_lists("precedent.json")["units"]))
    return regex.compile(rf"[^,.;:!?]{{0,{_CLAUSE}}}?(?:\b(?:1[89]\d\d|20\d\d)\b|\b(?:{units})\b)")


def precedent_subjects(text: str) -> list[tuple[int, int]]:
    """The spans of the definite singular nouns that are the subject of a verb of precedent
    whose clause tells the time of the earlier happening, in ``text`` ("The *find* follows
    the 1963 discovery", "Varga's *fall* came 16 months after")."""
    out = []
    for v in _pattern().finditer(text):
        m = _NOUN_BEFORE.search(text, max(0, v.start() - _NOUN_REACH), v.start())
        if m is None:
            continue
        word = m.group(1)
        lists = word_lists("precedent.json")
        if word in _CLOSED or word in lists["auxiliaries"] or word in lists["affairs"] or _plural(word):
            continue
        if _INFINITIVE_OBJECT.search(text, max(0, m.start(1) - 60), m.start(1)) is not None:
            continue
        if definite_before(text, m.start(1)) and match_ahead(_earlier(), text, m.end(1)) is not None:
            out.append(m.span(1))
    return out


def _own_day(a: Analysis, start: int) -> str | None:
    """The calendar date that ends right before the noun ("Sunday's fall"), or None."""
    text = a.article.text
    near = [m for m in a.mentions if is_calendar_date(m) and 0 <= start - m.end <= _BEFORE and "," not in text[m.end:start]]
    return max(near, key=lambda m: m.end).value if near else None


def attach_precedents(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                      excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every subject of a verb of precedent in a dated article that told
    the central event (``clusters[0]``) before it, moved into it or added as a new mention,
    unless a date right before it sets it apart."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    first: dict[str, int] = {}
    for u in host:
        if not is_learned(u):
            first[u.ref.article] = min(first.get(u.ref.article, u.ref.start), u.ref.start)
    others = {(u.ref.article, u.ref.start): u for c in clusters[1:] if role(c) is None for u in c}
    central = covered_by(host)
    covered = covered_by([u for c in clusters for u in c])
    kind = dominant_class(host, lambda u: not is_learned(u))
    moved: set[tuple[str, int, int]] = set()
    added: list[Unit] = []
    for a in analyses:
        art, text = a.article.id, a.article.text
        if a.article.published_date is None or art not in first:
            continue
        k = len(a.events) + _OFFSET
        for s, e in precedent_subjects(text):
            if s <= first[art] or central(art, s, e):
                continue
            probe = span_unit(a, s, e, event_id=f"{art}:{_TAG}:learned:{s}", kind=kind, event=k, when=_own_day(a, s))
            if dated_apart(probe, host, excluded):
                continue
            other = others.get((art, s))
            if other is not None:
                moved.add(other.key)
            elif not covered(art, s, e):
                added.append(span_unit(a, s, e, event_id=f"{art}:{_TAG}:learned:{s}", kind=kind, event=k))
                k += 1
    if not moved and not added:
        return [list(c) for c in clusters]
    rest = [[u for u in c if u.key not in moved] for c in clusters[1:]]
    joined = [u for c in clusters[1:] for u in c if u.key in moved]
    return [[*host, *joined, *added], *(c for c in rest if c)]
