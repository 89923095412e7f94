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
modifies no noun after it (or is the subject of a verb in the present: "the hike *takes*
effect"; :func:`newskit.story.learned.heads_phrase`), and the last mention of the act's kinds before it in its article
is the central event's, or there is none: a specific noun names its kind, so it is the last
happening of that kind told ("the 2024 raise ... the increase" is that raise). A date of its own clause that the
central event's mentions exclude ("last year's rise") keeps it out. As the other anaphor
layers, only articles with a publication date are read (a collection of undated documents
need not lead with its news), and it runs once the central event is chosen, so it never
decides which event is central.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs
import regex

from newskit.model import Analysis
from newskit.story.act_words import clause_date, is_calendar_date
from newskit.story.event_nouns import follows_determiner
from newskit.story.features import (
    Unit,
    covered_by,
    dominant_class,
    family,
    is_verb_form,
    last_before,
    listed_families,
    span_unit,
)
from newskit.story.frames import is_frame_unit
from newskit.story.learned import heads_phrase, is_learned, precedes_noun
from newskit.story.predicate import (
    base,
    bounds_time,
    definite_before,
    derived_stems,
    is_general_noun,
    is_predicate,
    particle_stem,
)
from newskit.story.word_table import words_passing
from newskit.timex import compatible, interval

__all__ = ["ActWords", "act_families", "act_words", "attach_act_nouns", "clause_dated_mention", "clause_dated_mentions", "dated_apart", "is_act_noun", "is_act_word",
           "own_date"]

#: a date this close before a noun ("last year's rise") or after it ("the rise in 2019")
#: dates the noun; one further off in its sentence tells when something else happens ("would
#: monitor the effect of the increase on employment in the first half of next year")
_NEXT_TO = 16
#: a date that ended this long before its article was published tells an earlier happening
_MONTH_DAYS = 31


def act_families(host: Sequence[Unit]) -> frozenset[str]:
    """The families of the words the central event's mentions tell its act by (:func:`_tells_act`)."""
    return frozenset(u.family for u in host if _tells_act(u))


def act_words(host: Sequence[Unit]) -> frozenset[str]:
    """The lower-case words the central event's mentions tell its act by (:func:`_tells_act`):
    the first word of each ("banned", "discovery")."""
    return frozenset(_first(u.ref.text).lower() for u in host if _tells_act(u))


def _tells_act(u: Unit) -> bool:
    """The mention tells the act by a word of its own: the events plugin's triggers and the
    leads' predicate (story/predicate.py), not a general noun ("the decision": it names no
    kind) nor another word the story read itself (a participant's noun in a frame: "the
    ship ran aground")."""
    return (is_predicate(u) or not is_learned(u)) and not is_general_noun(u.ref.text)


def _first(text: str) -> str:
    return text.split()[0] if text.split() else text


def is_act_noun(text: str, start: int, end: int, families: frozenset[str], told: ActWords | None = None) -> bool:
    """The lower-case word at ``text[start:end]`` is a noun that names the central act
    (:meth:`ActWords.names_act`) heading a definite noun phrase: not a verb's form ("raised",
    "the stolen funds") but an -ing form right after its determiner ("the jamming"), not a modifier ("the increase rate"), not indefinite ("an increase
    of 3 percent" tells another figure), not plural (one act is told by a singular: "the
    flames", "the polls" are things and places)."""
    word = text[start:end]
    if not is_act_word(word, told or ActWords(families)):
        return False
    if is_verb_form(word) and not _gerund(text, start, word):
        return False
    if not definite_before(text, start):
        return False
    return heads_phrase(text, start, end)


def is_act_word(word: str, told: ActWords) -> bool:
    """The part of :func:`is_act_noun` that reads the word alone: one lower-case singular
    word that names the act ``told``. A story's reading of every word asks this once per
    distinct word before the costlier context."""
    return _one_word(word) and word.islower() and not _plural(word) and told.names_act(word)


def _gerund(text: str, start: int, word: str) -> bool:
    """An -ing form right after a definite determiner or a possessive is a noun of its act
    ("the jamming", "the poisoning", "Tuesday's signing"): a verb's -ing never follows one."""
    return word.endswith("ing") and follows_determiner(text, start) and not precedes_noun(text, start + len(word))


def _one_word(word: str) -> bool:
    """A single word, or a particle noun with its hyphen ("the switch-on", "the start-up")."""
    return word.isalpha() or ("-" in word and particle_stem(word) is not None)


@attrs.frozen
class ActWords:
    """What the central event's mentions tell its act by, read three ways: the families of
    its words (:func:`act_families`), those of them it tells by a noun somewhere ("a severe
    frost that hit"), and the stems of all its words ("diverted" -> ``divert``)."""

    families: frozenset[str]
    nominal: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()

    @classmethod
    def of(cls, host: Sequence[Unit]) -> ActWords:
        """Read from the central event's mentions: its own words (:func:`_tells_act`) and the
        happening nouns the leads' frames read ("A severe frost *hit*": story/frames.py)."""
        acts = [u for u in host if _tells_act(u)]
        nouns = [u for u in host if (u in acts or is_frame_unit(u)) and not is_verb_form(_first(u.ref.text))]
        return cls(families=frozenset(u.family for u in (*acts, *nouns)),
                   nominal=frozenset(u.family for u in nouns),
                   stems=frozenset(base(_first(u.ref.text)) for u in acts))

    def names_act(self, word: str) -> bool:
        """A noun names the act: of a listed synonym family of event words ("the increase" of
        a raise), of a family the central event tells by a noun in some outlet ("the frost"
        where another outlet's frost hit: the story's own evidence that the word is the
        happening's, never "the cap" of a cap raised, a thing acted on), or made by a
        derivational suffix from one of its verbs ("the diversion" of "diverted", "the
        failure" of "failed", "the revocation" of "revoked"), or a particle noun of one
        ("the switch-on" of "switched on": :func:`newskit.story.predicate.particle_stem`)."""
        fam = family(word)
        if fam in self.families and (fam in listed_families() or fam in self.nominal):
            return True
        return any(stem in self.stems for stem in derived_stems(word)) or particle_stem(word) in self.stems


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def attach_act_nouns(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                     excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with a new mention of the central event (``clusters[0]``) for every
    definite noun of its own words (:func:`is_act_noun`) that refers back to it and that no
    unit covers but a word the story learned outside the central event (such a unit is
    dropped once the story is built: :func:`newskit.story.events.story_clusters`; here it
    gives way). One whose own words date it where ``excluded`` sets it apart stays out. The
    new mention is undated: an anaphor tells no time of its own, so it never moves the
    central event's day."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    told_by = ActWords.of(host)
    families = told_by.families
    central = {u.key for u in host}
    told = sorted((u for c in clusters for u in c if u.key in central or not is_learned(u)), key=lambda u: u.key)
    covered = covered_by(told)
    kin: dict[str, list[Unit]] = {}  # per article, in text order, the mentions of the act's kinds
    for u in told:
        if u.family in families:
            kin.setdefault(u.ref.article, []).append(u)
    cls = dominant_class(host, lambda u: not is_learned(u))
    added: list[Unit] = []
    acts: dict[str, bool] = {}  # per distinct word, whether it may name the act (is_act_word)

    def may_name_act(w: str) -> bool:
        may = acts.get(w)
        if may is None:
            may = acts[w] = is_act_word(w, told_by)
        return may

    for a in analyses:
        if a.article.published_date is None:
            continue  # an undated document (a collection's, ECB+) need not lead with its news
        text, art = a.article.text, a.article.id
        k = len(a.events) + 3000  # after the units of the other layers
        for _w, s, e in words_passing(text, may_name_act):
            if covered(art, s, e) or not is_act_noun(text, s, e, families, told_by):
                continue
            # the last mention of the act's kinds before it is the central event's: a specific
            # noun names its kind, not the last event of any kind ("a two-year trial ... the hike")
            last = last_before(kin.get(art, ()), s)
            if last is not None and last.key not in central:
                continue
            if dated_apart(span_unit(a, s, e, event_id="", kind=cls, event=k, when=own_date(a, s, e)), host, excluded):
                continue
            added.append(span_unit(a, s, e, event_id=f"{art}:act-noun:learned:{s}", kind=cls, event=k))
            k += 1
    given_way = covered_by(added)
    rest = [[u for u in c if not given_way(u.ref.article, u.ref.start, u.ref.end)] for c in clusters[1:]]
    return [[*host, *added], *(r for r in rest if r)]


def own_date(a: Analysis, start: int, end: int) -> str | None:
    """The calendar date right next to the noun at ``text[start:end]`` (:data:`_NEXT_TO`),
    with nothing but its noun phrase between ("last year's rise", "the increase of 2019"): no
    comma, no sentence's end ("... since March. The move": the date is the sentence
    before's); not a date that bounds a span ("the largest amnesty since 2021": the
    comparison's bound)."""
    text = a.article.text
    near = [m for m in a.mentions if is_calendar_date(m) and not bounds_time(text, m.start)
            and ((0 <= start - m.end <= _NEXT_TO and _phrase_between(text[m.end:start]))
                 or (0 <= m.start - end <= _NEXT_TO and _phrase_between(text[end:m.start])))]
    return min(near, key=lambda m: min(abs(start - m.end), abs(m.start - end))).value if near else None


#: the end of a sentence or a clause between a date and a noun
_STOP = regex.compile(r"[,;:]|[.!?]\s")


def _phrase_between(between: str) -> bool:
    return _STOP.search(between) is None


def dated_apart(probe: Unit, host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> bool:
    """The anaphor, dated by the words next to it (``probe``), is set apart from a central
    mention, or its date ended over a month before its article was published and no central
    mention is dated then ("Last year's rise was 6.9 per cent": an earlier happening)."""
    when = probe.source.when
    if when is None:
        return False
    if any(excluded(probe, v) for v in host):
        return True
    return _long_before(when, probe.published) and not any(
        v.source.when and compatible(v.source.when, when) for v in host)


def _long_before(when: str, published: str | None) -> bool:
    iv, pub = interval(when), interval(published)
    return iv is not None and pub is not None and (pub[0] - iv[1]).days > _MONTH_DAYS


def clause_dated_mention(a: Analysis, start: int, end: int, host: Sequence[Unit],
                         excluded: Callable[[Unit, Unit], bool], *, event_id: str, kind: str,
                         event: int) -> Unit | None:
    """A new undated mention of the central event ``host`` for the span (a word the story
    read itself), or None when the date of its own clause sets it apart (:func:`dated_apart`):
    the clause's date only decides, the mention tells no time of its own."""
    probe = span_unit(a, start, end, event_id="", kind=kind, event=event, when=clause_date(a, start))
    if dated_apart(probe, host, excluded):
        return None
    return span_unit(a, start, end, event_id=event_id, kind=kind, event=event)


def clause_dated_mentions(a: Analysis, spans: Iterable[tuple[int, int]], host: Sequence[Unit],
                          excluded: Callable[[Unit, Unit], bool], *, tag: str, kind: str,
                          offset: int) -> list[Unit]:
    """The new mentions of the central event ``host`` for the spans of one article that no
    clause date sets apart (:func:`clause_dated_mention`), numbered from ``offset`` past the
    article's own events and named ``<article>:<tag>:learned:<start>``: the one loop of every
    layer that adds words the story read itself (``restated``, ``undergone``,
    ``unknown_acts``)."""
    art, k = a.article.id, len(a.events) + offset
    out: list[Unit] = []
    for start, end in spans:
        unit = clause_dated_mention(a, start, end, host, excluded, event_id=f"{art}:{tag}:learned:{start}",
                                    kind=kind, event=k)
        if unit is not None:
            out.append(unit)
            k += 1
    return out
