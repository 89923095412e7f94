"""The news told again by a definite general noun, whatever event the noun's sentence names
first ("called the tragedy", "an investigation into the accident", "to discuss the attack").

A general noun ("the tragedy", "the incident", "the attack", "the breach", "the vote", "the
decision") names no happening of its own: the reader takes it for the last happening its
article told of *that the noun can name*. A tragedy is never the rescue, the investigation
or the bail hearing its sentence has just named, nor an attack the meeting called to
discuss it: those are what followed the news. So the antecedent is the nearest event named
by a noun before it (in its sentence or the one before) of a class the noun can name
(``coref.json`` ``general``; ``*``, "the tragedy", "the incident", names a happening:
``story.json`` ``central.happenings``; a general noun of an act with no classes of its own,
"the decision", "the move", names any); it refers to the news when that is a mention of the
central event, or when no such event is named there (the article's news).

Why a layer of its own beside ``story/predicate.py`` ``join_anaphors``: that one reads the
nearest noun of any kind, so a tragedy right after "the rescue" is the rescue, and it reads
only the general nouns of acts (``predicate.json`` ``general_nouns``), not those the events
plugin reads as events of a class ("the attack", "the breach", "the crash"), which the
events plugin puts in the article event of whatever its sentence tells ("the government
would meet to discuss the attack"). A date next to the noun that the central event's
mentions exclude ("the 2019 attack", "last year's disaster") keeps it out; a date elsewhere
in its sentence is another happening's ("the disaster is the deadliest since 2022"). Only
articles with a publication date are read, as in the other anaphor layers, and it runs once
the central event is chosen, so it never decides which event is central.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from functools import cache, lru_cache

import regex

from newskit import grammar
from newskit.model import Analysis, PersonMention
from newskit.story._common import story_data
from newskit.story.act_nouns import dated_apart, own_date
from newskit.story.act_synonyms import SynonymAnaphor
from newskit.story.classified import is_classifying_noun, is_classifying_word
from newskit.story.event_nouns import is_event_anaphor, is_event_noun
from newskit.story.features import (
    Unit,
    covered_by,
    dominant_class,
    general_classes,
    is_verb_form,
    shared_who,
    span_unit,
)
from newskit.story.learned import heads_phrase, is_learned
from newskit.story.predicate import (
    definite_before,
    is_general_noun,
    is_general_noun_at,
    noun_namers,
    sentence_index,
)
from newskit.story.word_table import words_passing
from newskit.text import match_ahead

__all__ = ["attach_general_nouns", "is_general_anaphor", "is_general_word", "nameable", "sums_up_an_act"]

#: the possessive ending and at most one lower-case word between a name and its noun
_OWNER = regex.compile(r"['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+)?")


@cache
def _happenings() -> frozenset[str]:
    return frozenset(story_data()["central"].get("happenings", ()))


@cache
def _acts() -> frozenset[str]:
    return frozenset(story_data()["central"].get("acts", ()))


@cache
def _summaries() -> frozenset[str]:
    return frozenset(story_data()["central"].get("summaries", ()))


def sums_up_an_act(word: str) -> bool:
    """``word`` is a general noun that sums up an act someone decided ("the move", "the
    decision", "the ruling": ``story.json`` ``central.summaries``): it names only an event
    of the classes of acts, never a meeting, a contest or a happening no one chose."""
    return word.lower() in _summaries()


def nameable(word: str) -> frozenset[str] | None:
    """The classes of event the general noun ``word`` can name (a happening for ``*``);
    None for a general noun of an act, which names any ("the decision", "the move")."""
    classes = general_classes(word)
    if not classes:
        return None
    return _happenings() if "*" in classes else classes


def is_general_word(word: str) -> bool:
    """The part of :func:`is_general_anaphor` that reads the word alone: a lower-case
    singular general noun (of an act or of a class of happenings), no verb's form. A story's
    reading of every word asks this once per distinct word before the costlier context."""
    if not (word.isalpha() and word.islower()) or is_verb_form(word) or _plural(word):
        return False
    return is_general_noun(word) or bool(general_classes(word))


def is_general_anaphor(text: str, start: int, end: int) -> bool:
    """The lower-case word at ``text[start:end]`` is a general noun (of an act or of a class
    of happenings) heading a definite noun phrase: "the tragedy", "Wednesday night's vote",
    "analysts said the move *echoes*" (:func:`newskit.story.learned.heads_phrase`), not "a
    tragedy", "the attack plan", "attacked"."""
    word = text[start:end]
    if not is_general_word(word):
        return False
    if not (is_general_noun_at(text, start, end) or general_classes(word)) or not definite_before(text, start):
        return False
    if _IN_THE.search(text, max(0, start - 8), start) and match_ahead(_OF_THAT, text, end):
        return False  # "in the event of a strike", "in the event that": a condition, no happening
    return heads_phrase(text, start, end)


_IN_THE = regex.compile(r"\b[Ii]n\s+the\s+$")
_OF_THAT = regex.compile(r"\s+(?:of|that)\b")


def _plural(word: str) -> bool:
    """A plural ("the elections", "its operations") names many happenings, not the news."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: what may stand between a word and a noun that is its complement: a preposition, then the
#: noun's definite phrase ("appeal *against the* judgment", "review *the* episode", "inquiry
#: *into the tram company's* accident")
_COMPLEMENT = regex.compile(
    r"\s+(?:(?i:" + "|".join(sorted(grammar.PREPOSITIONS, key=len, reverse=True)) + r")\s+)?"
    r"(?:(?i:" + "|".join(sorted(grammar.DETERMINERS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:[\p{L}-]+\s+){0,2}\p{L}[\p{L}-]*['’]s)?|\p{L}[\p{L}.-]*['’]s)\s+"
    r"(?:\p{Ll}[\p{Ll}-]*\s+)?")


def _governs(text: str, end: int, start: int) -> bool:
    """The noun at ``start`` is the complement of the word that ends at ``end`` ("lodged an
    appeal against the judgment", "would review the episode"): what is appealed or reviewed
    is another happening than the appeal or the review, never the word itself."""
    return _COMPLEMENT.fullmatch(text, end, start) is not None


def _refers_to_central(namers: Sequence[Unit], text: str, start: int, end: int,
                       central: Set[tuple[str, int, int]], kinds: Set[str]) -> bool:
    """The nearest event named before ``start`` (in its sentence or the one before) that
    the noun can name (:func:`nameable`; a central mention always can) is the central
    event's; or none is named there and the noun can name one of the central event's
    ``kinds`` (the article's news: "the operation" is never a fire): the story's class for
    it and the classes its own article's mentions of it have. Outlets tell one happening by
    words of different classes ("dismantled a fraud ring" / "raided a call centre"), and
    the noun refers to the news as its own article told it ("the operation", a raid). A
    word the noun is the complement of (:func:`_governs`) names something else. A general
    noun of an act ("the move", "the measure") names an act someone decided and did
    (``story.json`` ``central.acts``), never the report of it nor a happening no one chose:
    "shares fell after the announcement. The move echoes ..." is the act announced."""
    classes = nameable(text[start:end])
    sentence = sentence_index(text, start)
    named = _acts() if sums_up_an_act(text[start:end]) else classes
    found = [u for u in namers if u.ref.end <= start and not _governs(text, u.ref.end, start)
             and (named is None or u.key in central or u.source.type in named)]
    if found and found[-1].sentence_index >= sentence - 1:
        return found[-1].key in central
    return classes is None or bool(classes & kinds)


def attach_general_nouns(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                         excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every definite general noun that refers to the central event
    (``clusters[0]``; see the module docstring) in it: moved there from another cluster, or
    a new undated mention where no unit covers it; then the eventive nouns no lexicon names
    ("the stampede") and the synonyms of the central act's words ("the prohibition" of a
    ban: story/act_synonyms.py), where nothing else is read."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    dated = {a.article.id: a for a in analyses if a.article.published_date is not None}
    central = {u.key for u in host}
    every = sorted((u for c in clusters for u in c if u.ref.article in dated), key=lambda u: u.key)
    namers = noun_namers(every, {k: a.article.text for k, a in dated.items()})
    by_key = {u.key: u for u in every}
    refers = _Refers(dated, namers, central, host, excluded)
    moved = {k for k, u in by_key.items() if k not in central and not _own_participant(u, host)
             and refers(u.ref.article, u.ref.start, u.ref.end)}
    general, eventive = _new_mentions(dated, covered_by(every), refers, SynonymAnaphor.of(host))
    rest = [r for r in ([u for u in c if u.key not in moved] for c in clusters[1:]) if r]
    return [[*host, *(by_key[k] for k in sorted(moved)), *general, *eventive], *rest]


def _own_participant(u: Unit, host: Sequence[Unit]) -> bool:
    """The mention's article event names a participant the central event does not ("Militia
    leader Ana Costa's attack on a rebel camp"): another happening of the same kind. Only
    when the noun opens its article event: a general noun the events plugin joined to an
    event told before it ("praised the rescue and called the tragedy ...") took that
    event's participants, not participants of its own; what it names is then for
    :func:`_refers_to_central` to read."""
    first = min((m.start for m in u.source.mentions), default=u.ref.start)
    return u.ref.start <= first and bool(u.who) and not any(shared_who(u, v) for v in host)


def _person_owner(a: Analysis, start: int) -> bool:
    """A person's name owns the noun ("Ana Costa's attack"): that person's act."""
    text = a.article.text
    return any(isinstance(m, PersonMention) and m.end < start and _OWNER.fullmatch(text, m.end, start) is not None
               for m in a.mentions)


class _Refers:
    """Whether the span of an article is a definite general noun (or, with ``anaphor``,
    another kind of anaphor) that refers to the central event and that no date next to it
    sets apart."""

    def __init__(self, dated: Mapping[str, Analysis], namers: Mapping[str, Sequence[Unit]],
                 central: Set[tuple[str, int, int]], host: Sequence[Unit],
                 excluded: Callable[[Unit, Unit], bool]) -> None:
        self.dated, self.namers, self.central, self.host, self.excluded = dated, namers, central, host, excluded
        self.kind = dominant_class(host, lambda u: not is_learned(u))
        self.told: dict[str, set[str]] = {}  # per article, the classes of its central mentions
        for u in host:
            if not is_learned(u):
                self.told.setdefault(u.ref.article, set()).add(u.source.type)

    def __call__(self, art: str, start: int, end: int,
                 anaphor: Callable[[str, int, int], bool] = is_general_anaphor) -> bool:
        a = self.dated.get(art)
        if a is None:
            return False
        text = a.article.text
        if not anaphor(text, start, end) or _person_owner(a, start):
            return False
        kinds = {self.kind} | self.told.get(art, set())
        if not _refers_to_central(self.namers.get(art, ()), text, start, end, self.central, kinds):
            return False
        probe = span_unit(a, start, end, event_id="", kind="", event=0, when=own_date(a, start, end))
        return not dated_apart(probe, self.host, self.excluded)


#: the offsets of the event numbers of the new mentions (after the other layers' units)
_GENERAL, _EVENTIVE = 4000, 6000


def may_refer(synonym: SynonymAnaphor) -> Callable[[str], bool]:
    """Whether a word may pass any of the four anaphor tests of :func:`_new_mentions`, read
    from the word alone (each test's own word part: :func:`is_general_word`,
    :func:`newskit.story.event_nouns.is_event_noun`, ``synonym.may_name``,
    :func:`newskit.story.classified.is_classifying_word`) and kept per distinct word. Most
    words of an article pass none, and each test's context (its sentence, the words before
    it) costs far more than one look-up."""
    seen: dict[str, bool] = {}

    def may(word: str) -> bool:
        ok = seen.get(word)
        if ok is None:
            ok = seen[word] = may_refer_alone(word) or synonym.may_name(word)
        return ok

    return may


@lru_cache(maxsize=1 << 16)
def may_refer_alone(word: str) -> bool:
    """The three word parts of :func:`may_refer` that read the word and the static data
    alone (:func:`is_general_word`, :func:`newskit.story.event_nouns.is_event_noun`,
    :func:`newskit.story.classified.is_classifying_word`), kept across stories: their
    articles share most of their words, and only the synonyms of the central act's words
    differ from story to story."""
    return is_general_word(word) or is_event_noun(word) or is_classifying_word(word)


def _new_mentions(dated: Mapping[str, Analysis], covered: Callable[[str, int, int], bool],
                  refers: _Refers, synonym: SynonymAnaphor) -> tuple[list[Unit], list[Unit]]:
    """Undated units of the central event's class (``refers.kind``) for the anaphors that
    refer to it and that no unit covers, in one reading of each article's words: the
    general nouns ("the operation", "the episode"), then, where a word is none, the eventive
    nouns no lexicon names ("the stampede": :func:`newskit.story.event_nouns.is_event_anaphor`),
    the synonyms of the central act's words (``synonym``: "the prohibition" of a ban) and the
    nouns a pointing subject and a copula classify the news by ("This was a human mistake":
    :func:`newskit.story.classified.is_classifying_noun`)."""
    general: list[Unit] = []
    eventive: list[Unit] = []
    may = may_refer(synonym)
    for art, a in sorted(dated.items()):
        k = len(a.events) + _GENERAL
        n = len(a.events) + _EVENTIVE
        for _w, s, e in words_passing(a.article.text, may):
            if covered(art, s, e):
                continue
            if refers(art, s, e):
                general.append(span_unit(a, s, e, event_id=f"{art}:general:learned:{s}", kind=refers.kind, event=k))
                k += 1
            elif refers(art, s, e, is_event_anaphor) or refers(art, s, e, synonym) \
                    or refers(art, s, e, is_classifying_noun):
                eventive.append(span_unit(a, s, e, event_id=f"{art}:general:learned:{s}", kind=refers.kind, event=n))
                n += 1
    return general, eventive
