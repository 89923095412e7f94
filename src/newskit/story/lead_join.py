"""The news a follow-up report tells in its lead's clause of time, in its own words.

A report written a day or two after the news leads with what followed and tells the news
itself in a clause of time: "German authorities expect to reopen the river within ten days
*after a barge smashed into* the lock gate"; "Talks resumed on Wednesday, three days *after
the company locked* its gates to workers"; "Five people were killed *when a hot-air balloon
plunged* to the ground". Its word for the news is its own and often of another class than
the other outlets' ("smashed" beside "the closure", "locked" beside "the lockout",
"plunged" beside "the crash"), so no word list or class test joins it; where it stands
does. An article whose opening sentence holds no mention of the central event tells the
news there, if anywhere, in that clause: the first event mention after a connective of
time (``newskit/data/lead_join.json``: "after", "when", "since", "following"), with no
other event mention and no clause mark between, is that article's own telling of the news
when

* it is a verb told as done (a past form or participle, not after a modal, ``to`` or a
  negation) in the narrator's voice or a source's plain report, and no verb that frames
  another act, no light verb, no toll or report, nothing told as possible or as a
  consequence;
* its sentence shares a word with the opening sentence of another outlet that tells the
  central event (a participant, an object, a place: leads of one happening name the same
  things; the calendar and the usual sources do not count);
* no time or place of it excludes the central event's.

That mention, the other mentions of its article event and the other forms of its word in
the same article then join the central event. When the clause holds no event mention, its
first verb told as done that no trigger lexicon lists (read as story/unknown_acts.py reads
one: "since the airline *halted* operations", "after hackers *breached* its systems") is
a new mention of the news on the same terms. The clause of time in a lead that does tell
the central event is left alone: there it tells what came before the news (a cause, an
earlier step). It runs once the central event is chosen, so it never decides which event
is central, and reads articles with a publication date only: a set of undated documents
need not be reports of one happening.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from functools import cache

import regex

from newskit.model import Analysis
from newskit.story import predicate
from newskit.story._common import story_data, word_lists
from newskit.story.act_words import clause_date
from newskit.story.central import role
from newskit.story.features import Unit, dominant_class, is_verb_form, span_unit
from newskit.story.learned import is_learned
from newskit.story.predicate import is_excluded_stem, is_light_verb, verb_stem
from newskit.story.unknown_acts import told_done
from newskit.story.voiced import voice_of
from newskit.textlayer import layer

__all__ = ["attach_lead_joins", "clause_verb", "lead_words", "time_clause_unit", "told_as_done"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "lead-join"
_OFFSET = 8000

#: at most this many words between the connective and the mention ("after *the Polish city
#: of Kraków* expelled"), none of them a clause mark
_GAP_WORDS = 7
#: the characters read back from a mention for its connective
_REACH = 90


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The connectives, the words that tell a verb as not done, the voices and the words
    any two leads share (``newskit/data/lead_join.json``)."""
    return word_lists("lead_join.json")


@cache
def _connective() -> regex.Pattern[str]:
    """A connective of time followed by at most :data:`_GAP_WORDS` words and no clause mark,
    up to the end of the text searched."""
    words = "|".join(sorted(_lists()["connectives"]))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})\s+(?:[^\s,;:]+\s+){{0,{_GAP_WORDS}}}$", regex.I)


def _word(u: Unit) -> str:
    """The first word of a mention, lower case ("broke" of "broke down")."""
    words = u.ref.text.split()
    return words[0].lower() if words else ""


def told_as_done(text: str, u: Unit) -> bool:
    """The mention is a verb told as done (a past form or participle, not an -ing form; not
    after a modal, ``to`` or a negation) and tells an act of its own: no verb that frames
    another act, no light verb, no toll or report, nothing possible or caused."""
    w = _word(u)
    if not is_verb_form(w) or w.endswith("ing") or u.source.modality is not None or u.consequence:
        return False
    central = story_data()["central"]
    if u.lemma in central["toll"] or u.lemma in central["report"] or is_excluded_stem(verb_stem(w)) \
            or is_light_verb(w):
        return False
    voices = _lists()["voices"]
    return not _not_done(text, u) and (u.voice is None or u.voice in voices)


def _not_done(text: str, u: Unit) -> bool:
    """A modal, ``to`` or a negation in the two words before the mention ("will delay",
    "licensed to fly")."""
    before = text[max(0, u.ref.start - 25):u.ref.start].lower().split()[-2:]
    return bool(set(before) & _lists()["not_done"])


def time_clause_unit(text: str, start: int, units: Sequence[Unit]) -> Unit | None:
    """The first of ``units`` (one sentence's, from ``start``, in text order) that opens the
    clause a connective of time introduces: no other of ``units`` and no clause mark between
    them, at most :data:`_GAP_WORDS` words."""
    pattern = _connective()
    for k, u in enumerate(units):
        m = pattern.search(text, max(start, u.ref.start - _REACH), u.ref.start)
        if m is not None and not any(m.start() < v.ref.start for v in units[:k]):
            return u
    return None


def lead_words(u: Unit) -> frozenset[str]:
    """The content words of a mention's sentence that may name a participant, an object or a
    place: not the calendar's nor the usual sources'."""
    common = _lists()["calendar"] | _lists()["sources"]
    return frozenset(w for w, _ in u.sentence if w not in common)


def _opening(a: Analysis) -> tuple[int, int] | None:
    """The bounds of the article's first news sentence (past the page furniture)."""
    lead = layer(a.article.text).lead
    return (lead[0].start, lead[0].end) if lead else None


class _Openings:
    """The dated articles' opening sentences, and the words of those that tell the central
    event (``host``), each article's apart."""

    def __init__(self, dated: Sequence[Analysis], host: Sequence[Unit]) -> None:
        self.bounds = {a.article.id: b for a in dated if (b := _opening(a)) is not None}
        self.voices = _lists()["voices"]
        self.words: dict[str, frozenset[str]] = {}
        own: dict[str, set[str]] = {}
        for v in host:
            own.setdefault(v.ref.article, set()).update(v.ref.text.lower().split())
        for u in host:
            b = self.bounds.get(u.ref.article)
            if b is not None and b[0] <= u.ref.start < b[1]:
                self.words[u.ref.article] = lead_words(u) - own[u.ref.article]

    def tied(self, u: Unit) -> bool:
        """The mention's sentence shares a word with another article's opening that tells
        the central event."""
        mine = lead_words(u)
        return any(mine & words for art, words in self.words.items() if art != u.ref.article)


def clause_verb(text: str, bounds: tuple[int, int], opening: Sequence[Unit], inflected: Set[str]) -> tuple[int, int] | None:
    """The span of the first verb no trigger lexicon lists that opens a clause of time in
    the sentence ``bounds`` with no event mention of ``opening`` before it in the clause,
    told as done (:func:`newskit.story.unknown_acts.told_done`): "since SkyKite Airways
    *halted* operations", "after hackers *breached* the company's systems"."""
    toks = [(m.group(), m.start(), m.end(), False) for m in predicate.LEAD_TOKEN.finditer(text, *bounds)]
    pattern = _connective()
    for i, (_w, st, en, _h) in enumerate(toks):
        m = pattern.search(text, max(bounds[0], st - _REACH), st)
        if m is None or any(m.start() < u.ref.start < en for u in opening):
            continue
        if told_done(toks, i, inflected):
            return st, en
    return None


class _Join:
    """What one dated article adds to the central event ``host``: the keys of event
    mentions moved in, and mentions of a verb no lexicon lists."""

    def __init__(self, host: Sequence[Unit], openings: _Openings, excluded: Callable[[Unit, Unit], bool],
                 inflected: Set[str]) -> None:
        self.host, self.openings, self.excluded, self.inflected = host, openings, excluded, inflected
        self.kind = dominant_class(host, lambda u: not is_learned(u))

    def __call__(self, a: Analysis, clusters: Sequence[Sequence[Unit]]) -> tuple[set[tuple[str, int, int]], list[Unit]]:
        """(keys of ``clusters[1:]`` to move, new units) of the article (the module docstring)."""
        art = a.article.id
        bounds = self.openings.bounds.get(art)
        if bounds is None or art in self.openings.words:
            return set(), []
        text = a.article.text
        rest = [u for c in clusters[1:] if role(c) is None for u in c if u.ref.article == art]
        opening = sorted((u for u in rest if bounds[0] <= u.ref.start < bounds[1]), key=lambda u: u.ref.start)
        u = time_clause_unit(text, bounds[0], opening)
        if u is not None:
            if not told_as_done(text, u) or not self._fits(u):
                return set(), []
            return {v.key for v in rest if (v.event == u.event or v.family == u.family) and not _not_done(text, v)}, []
        return set(), self._verb(a, bounds, opening)

    def _fits(self, u: Unit) -> bool:
        return self.openings.tied(u) and not any(self.excluded(u, v) for v in self.host)

    def _verb(self, a: Analysis, bounds: tuple[int, int], opening: Sequence[Unit]) -> list[Unit]:
        """The clause of time's verb that no event mention covers, as a mention of the news."""
        span = clause_verb(a.article.text, bounds, opening, self.inflected)
        if span is None or voice_of(a)(*span) not in (None, *self.openings.voices):
            return []
        st, en = span
        art = a.article.id
        probe = span_unit(a, st, en, event_id=f"{art}:{_TAG}:learned:{st}", kind=self.kind,
                          event=len(a.events) + _OFFSET, when=clause_date(a, st))
        return [probe] if self._fits(probe) else []


def attach_lead_joins(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                      excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with the mentions by which the dated follow-up reports tell the news in
    their lead's clause of time (:class:`_Join`) moved into, or added to, the central one
    (``clusters[0]``)."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    dated = [a for a in analyses if a.article.published_date is not None]
    join = _Join(clusters[0], _Openings(dated, clusters[0]), excluded, predicate.story_words(dated)[2])
    moved: set[tuple[str, int, int]] = set()
    added: list[Unit] = []
    for a in dated:
        keys, units = join(a, clusters)
        moved |= keys
        added += units
    if not moved and not added:
        return [list(c) for c in clusters]
    rest = [[u for u in c if u.key not in moved] for c in clusters[1:]]
    joined = [u for c in clusters[1:] for u in c if u.key in moved]
    return [[*clusters[0], *joined, *added], *(c for c in rest if c)]
