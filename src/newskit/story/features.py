"""What two event mentions share: the pairwise features of cross-document coreference.

The story clusters trigger *mentions*, not the events each article made of them: an
article's events are often several happenings read as one (``shooting`` and ``killing``
under one violence event), and ECB+-style coreference decides per mention. Each mention
keeps the arguments (participants, place, time) of the article event it came from.

The features follow the corpus-independent set of Bugert et al. (2021): the trigger (its
lemma and its synonym family, as data), the participants, the time (interval overlap at
the values' granularities), the place (containment: a city lies in its country), and how
alike the two articles and the two sentences are. Every feature reads only the two
mentions and their articles, never the rest of the story, so adding an unrelated article
cannot change how two existing mentions compare.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

import regex
from attrs import frozen

from newskit import grammar
from newskit.datafiles import package_json
from newskit.grammar import irregular_act_verbs
from newskit.model import Analysis, Event, PersonMention, Span, SpanRef
from newskit.patterns import alternation
from newskit.spelling import WORDS_KEPT, american
from newskit.story._common import WORD, name_key, story_data, width
from newskit.story.places import country_of, listed_country, within
from newskit.story.voiced import voice_of
from newskit.text import sentences
from newskit.textlayer import layer
from newskit.timex import compatible, interval

__all__ = ["FEATURES", "CosineMemo", "Unit", "arguments_conflict", "features", "lemma", "family", "general_classes", "is_verb_form", "last_before", "listed_families", "stem_family", "units_of", "make_unit"]

_VOWEL = regex.compile(r"[aeiouy]")
#: the word right after a mention (a phrasal verb's particle: "went *down*")
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)\b")
#: a definite noun phrase ends at the mention: "the attack", "Saturday's ferry disaster"
_DEFINITE = regex.compile(r"(?:(?<![\p{L}])(?:the|this|that|these|those|its|their|his|her|our)|\p{L}['’]s)"
                          r"(?:\s+[\p{L}-]+){0,2}?\s+$", regex.I)
_DAY = 86400.0
#: a participle of causing opens the mention's clause: what follows is a consequence of the
#: main clause ("..., forcing staff to evacuate", "prompting the closure of", "causing a
#: blackout"); a finite verb's object may be the news itself ("heavy rain caused a landslide")
_CONSEQUENCE = regex.compile(
    r"(?<![\p{L}])(?:" + alternation(grammar.CAUSING_PARTICIPLES) + r")"
    r"(?:\s+(?:to\s+)?[\p{L}\p{N}'’,.-]+){0,4}?\s+$", regex.I)

#: the names of the pair features, in the order :func:`features` returns them
FEATURES = ("same_doc", "same_event", "lemma", "family", "same_class", "class_fit",
            "who_shared", "who_clash", "time_same_day", "time_fit", "time_clash",
            "place_fit", "place_country", "place_clash", "doc_sim", "sent_sim", "both_lead")


@cache
def _coref() -> dict[str, object]:
    """Trigger families, irregular forms and stop words (``newskit/data/coref.json``)."""
    data: dict[str, object] = package_json("newskit", "coref.json")
    return data


@cache
def _irregular() -> dict[str, str]:
    """An irregular verb form -> its base: the story's own forms (``coref.json``
    ``irregular``), then every form of the verb table the lead predicates read
    (:func:`newskit.grammar.irregular_act_verbs`), but a form the trigger families list as a word of
    its own ("wound" is an injury, not a form of "wind"). One outlet writes "broke the
    record", another "the record was broken", a third "breaking": without the verb table
    "broke" and "broken" were families of their own, which the fold never joins."""
    raw = _coref()["irregular"]
    assert isinstance(raw, dict)
    out = {str(k): str(v) for k, v in raw.items()}
    families = _coref()["families"]
    assert isinstance(families, list)
    listed = {str(w).lower() for words in families for w in words}
    for form, verb in irregular_act_verbs().items():
        if form not in listed:
            out.setdefault(form, verb)
    return out


@cache
def _families() -> dict[str, str]:
    """stem -> family name (the first word of its list)."""
    raw = _coref()["families"]
    assert isinstance(raw, list)
    out: dict[str, str] = {}
    for words in raw:
        for w in words:
            out.setdefault(lemma(w), words[0])
            head, _, rest = w.partition(" ")
            if rest:  # a phrasal verb by its verb's lemma and its particle: "gave way" -> "giv way"
                out.setdefault(f"{lemma(head)} {rest.lower()}", words[0])
    return out


@cache
def _stop() -> frozenset[str]:
    raw = _coref()["stopwords"]
    assert isinstance(raw, list)
    return frozenset(raw)


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def lemma(word: str) -> str:
    """A light stem that folds inflections together: ``killed``/``kills``/``killing``
    -> ``kill``, ``struck`` -> ``strike`` (irregular forms from data) -> ``strik``; a
    British spelling is its American one's (``newskit.spelling``)."""
    w = american(word.lower().strip("'’-"))  # "cancelled" is "canceled", "organised" "organized"
    if w in _irregular():
        w = _irregular()[w]
        return w[:-1] if len(w) >= 4 and w.endswith("e") and not w.endswith("ee") else w
    base = w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _VOWEL.search(w[:-len(suffix)]):
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: -len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]  # stopped -> stopp -> stop
    if w == base and len(w) == 4 and w.endswith("e") and not w.endswith("ee"):
        return w[:-1]  # a base of four letters loses its silent e as its inflections do: fire, fired -> fir
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


@cache
def listed_families() -> frozenset[str]:
    """The names of the synonym families ``coref.json`` lists (``earthquake``, ``raise``):
    families of event words, not a lemma that is a family of its own only."""
    return frozenset(_families().values())


def is_verb_form(word: str) -> bool:
    """A verb's past or -ing form: "raised", "rising", an irregular form ("stolen", "rose")."""
    low = word.lower()
    return low.endswith(("ed", "ing")) or _irregular().get(low, low) != low


def family(word: str) -> str:
    """The synonym family of a trigger (``temblor`` and ``quake`` -> ``earthquake``),
    or its lemma when it has none. An -ing noun's plural tells the act its singular tells
    ("the killings", "the killing", "killed")."""
    low = word.lower()
    if low.endswith("ings") and len(low) > 7:
        low = low[:-1]
    return stem_family(lemma(low))


@cache
def _derivations() -> tuple[tuple[str, str], ...]:
    """(noun ending, verb ending) pairs, longest noun ending first (``coref.json``)."""
    raw = _coref().get("derivations", [])
    assert isinstance(raw, list)
    return tuple(sorted(((str(n), str(v)) for n, v in raw), key=lambda p: -len(p[0])))


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def stem_family(stem: str) -> str:
    """The family of a lemma: its listed family; else, for a derived event noun, the family
    (or lemma) of the verb it is made from (``eruption`` -> ``erupt``, ``closure`` ->
    ``clos``); else, for a verb, the family of a listed noun made from it (``agreed`` ->
    ``agreement``'s). One happening is told by its verb in one outlet and by its noun in
    another, and listing every pair would be a list of the stories read."""
    fams = _families()
    if stem in fams:
        return fams[stem]
    for form in (stem, stem + "e"):
        for noun, verb in _derivations():
            if form.endswith(noun) and len(form) - len(noun) >= 3:
                base = lemma(form[: -len(noun)] + verb + "ed")  # as its past form is stemmed
                return fams.get(base, base)
    for form in (stem, stem + "e"):
        for noun, verb in _derivations():
            if form.endswith(verb) and len(form) - len(verb) >= 3:
                made = lemma(form[: len(form) - len(verb)] + noun)
                if made in fams:
                    return fams[made]
    return stem


def _class_form(kind: str | None, word: str) -> str | None:
    """The lemma a form has in an event of class ``kind`` when the class reads it as another
    verb's (``coref.json`` ``class_irregular``: a legal act's ``found`` is ``find``)."""
    forms = _coref()["class_irregular"]
    assert isinstance(forms, dict)
    base = forms.get(kind or "", {}).get(word.lower())
    return lemma(base) if base else None


def phrase_lemma(word: str, particle: str | None) -> str:
    """The lemma of a trigger, or of the phrasal verb it opens when the families name it
    (``went`` + ``down`` -> ``go down``, of the sinking family): the particle makes the
    verb another word."""
    s = lemma(word)
    if particle:
        p = f"{s} {particle.lower()}"
        for key in (p, lemma(p)):  # the families' keys are stemmed ("walk off" -> "walk of")
            if key in _families():
                return key
    return s


@cache
def _general() -> dict[str, frozenset[str]]:
    """stem of a general noun -> the classes it can name (``*``: any)."""
    raw = _coref().get("general", {})
    assert isinstance(raw, dict)
    return {lemma(str(w)): frozenset(str(c) for c in cs) for w, cs in raw.items()}


def general_classes(word: str) -> frozenset[str]:
    """The event classes a general noun can name ("attack": a conflict, a violent act or a
    crime such as a cyberattack; "tragedy": any event), empty for a specific trigger and
    for a verb form ("attacked" tells its own act)."""
    if word.lower().endswith(("ed", "ing")):
        return frozenset()
    return _general().get(lemma(word), frozenset())


@frozen
class Unit:
    """One trigger mention with the arguments of the article event it belongs to.

    Attributes:
        key: a sort key that does not depend on article order (article id, offsets).
        event: the article event's index in its article (mentions of one event share it).
        lead: the mention is in the article's lead (its first two news sentences, past the
            page furniture: :attr:`newskit.textlayer.TextLayer.lead`).
        sentence: the content words of the mention's sentence.
        doc: the content words of its article.
    """

    key: tuple[str, int, int]
    ref: SpanRef
    source: Event
    event: int
    lemma: str
    family: str
    persons: frozenset[str]
    who: frozenset[str]
    lead: bool
    sentence: tuple[tuple[str, float], ...]
    doc: tuple[tuple[str, float], ...]
    published: str | None = None
    sentence_index: int = 0
    #: the classes a general noun ("the attack", "the tragedy") can name; empty when specific
    general: frozenset[str] = frozenset()
    #: the mention ends a definite noun phrase ("the attack", "Saturday's disaster")
    definite: bool = False
    #: the surnames of the event's persons named in full ("Elena Vargas" -> "vargas")
    surnames: frozenset[str] = frozenset()
    #: the mention is what another happening caused, in its clause ("..., *forcing* staff to
    #: evacuate 600 visitors", "*prompting* an evacuation")
    consequence: bool = False
    #: the voice the mention is told in: None for the narrator's own words, else a source's
    #: (a claim's stance, ``"quote"``: story/voiced.py)
    voice: str | None = None


def _vector(words: Iterable[str]) -> tuple[tuple[str, float], ...]:
    """A unit-length vector of sublinear term counts (content words only)."""
    stop = _stop()
    counts = Counter(w for w in (x.lower() for x in words) if len(w) > 2 and w not in stop)
    weights = {w: 1.0 + math.log(n) for w, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return tuple(sorted((w, v / norm) for w, v in weights.items()))


@lru_cache(maxsize=64)
def _doc_vector(text: str) -> tuple[tuple[str, float], ...]:
    """:func:`_vector` of a whole article's words, made once per text: every unit the story
    adds to an article (:func:`make_unit`, for each anaphor and probe it reads) holds it."""
    return _vector(WORD.findall(text))


def cosine(a: Sequence[tuple[str, float]], b: Sequence[tuple[str, float]]) -> float:
    """Cosine of two unit vectors given as sorted (word, weight) pairs."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    other = dict(big)
    return sum(v * other.get(w, 0.0) for w, v in small)


Vector = Sequence[tuple[str, float]]


class CosineMemo:
    """:func:`cosine`, computed once per pair of vectors. Every mention of an article holds
    its article's vector and every mention of a sentence its sentence's, so a story scores
    the same two vectors for many pairs of mentions; the article vectors are long, and
    comparing them for every pair made most of the cost of building a story (issue #12).
    Keyed by the vectors' identity: the memo holds both vectors, so no key is reused while
    it lives; the value is :func:`cosine`'s, bit for bit."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, int], tuple[float, Vector, Vector]] = {}

    def __call__(self, a: Vector, b: Vector) -> float:
        got = self._seen.get((id(a), id(b)))
        if got is None:
            got = self._seen[(id(a), id(b))] = (cosine(a, b), a, b)
        return got[0]


def in_lead(lead: Sequence[Span], pos: int) -> bool:
    """Whether offset ``pos`` lies in one of the ``lead``'s sentences."""
    return any(s.start <= pos < s.end for s in lead)


def units_of(analysis: Analysis) -> list[Unit]:
    """The mention units of one article, in text order."""
    text = analysis.article.text
    sents = sentences(text)
    starts = [s.start for s in sents]
    doc = _doc_vector(text)
    persons = frozenset(name_key(m.entity) for m in analysis.mentions
                        if isinstance(m, PersonMention) and m.entity)
    persons |= frozenset(name_key(m.entity.split()[-1]) for m in analysis.mentions
                         if isinstance(m, PersonMention) and m.entity)
    lead = layer(text).lead
    day = analysis.article.published_date
    published = day.isoformat() if day else None
    voice = voice_of(analysis)
    out: list[Unit] = []
    vectors: dict[int, tuple[tuple[str, float], ...]] = {}  # one per sentence, not per mention
    for k, e in enumerate(analysis.events):
        who = frozenset(name_key(w) for w in e.who)
        surnames = frozenset(name_key(w.split()[-1]) for w in e.who
                             if len(w.split()) > 1 and name_key(w) in persons)
        for m in e.mentions:
            i = max(0, _bisect(starts, m.start) - 1)
            if i not in vectors:
                span = sents[i] if sents else None
                vectors[i] = _vector(WORD.findall(text[span.start:span.end]) if span else [])
            nxt = _NEXT_WORD.match(text, m.end, min(len(text), m.end + 80))
            stem = _class_form(e.type, m.text) or phrase_lemma(m.text, nxt.group(1) if nxt else None)
            out.append(Unit(key=(m.article, m.start, m.end), ref=m, source=e, event=k,
                            lemma=stem, family=stem_family(stem),
                            persons=who & persons, who=who, lead=in_lead(lead, m.start),
                            sentence=vectors[i], doc=doc, published=published,
                            sentence_index=i, general=general_classes(m.text),
                            definite=_DEFINITE.search(text, max(0, m.start - 40), m.start) is not None,
                            surnames=surnames,
                            consequence=_CONSEQUENCE.search(text, max(0, m.start - 50), m.start) is not None,
                            voice=voice(m.start, m.end)))
    return sorted(out, key=lambda u: u.key)


def covered_by(units: Iterable[Unit]) -> Callable[[str, int, int], bool]:
    """Whether a span of an article overlaps the span of one of ``units``: the units the
    story layer adds from its own reading of the text (learned words, the leads' predicate,
    general nouns) never double a mention the events plugin or an earlier rule made."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for u in units:
        spans.setdefault(u.ref.article, []).append((u.ref.start, u.ref.end))
    # per article, the starts in order and the furthest end among the spans up to each: a
    # span overlaps (start, end) when one that starts before ``end`` ends after ``start``,
    # so one bisection answers what a scan of every span did (the anaphor readers ask it of
    # every word of every article)
    index = {art: _reach(sorted(got)) for art, got in spans.items()}

    def covered(article: str, start: int, end: int) -> bool:
        got = index.get(article)
        if got is None:
            return False
        starts, reach = got
        i = bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    return covered


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` (sorted) and, at each, the largest end of the spans up to it."""
    starts = [x for x, _ in spans]
    reach: list[int] = []
    top = -1
    for _, y in spans:
        top = max(top, y)
        reach.append(top)
    return starts, reach


def last_before(told: Sequence[Unit], start: int) -> Unit | None:
    """The mention of ``told`` (one article's, in text order) that ends nearest before
    ``start``, or None: what an anaphor or a verb re-telling a happening refers back to."""
    before = [u for u in told if u.ref.end <= start]
    return before[-1] if before else None


def make_unit(analysis: Analysis, ref: SpanRef, source: Event, event: int, fam: str) -> Unit:
    """One unit for a mention the story found itself (story/learned.py), with the article
    and sentence context :func:`units_of` gives its own units; no participants (the
    mention's event is a word, not an article event read with its arguments)."""
    text = analysis.article.text
    sents = sentences(text)
    i = max(0, _bisect([s.start for s in sents], ref.start) - 1)
    span = sents[i] if sents else None
    day = analysis.article.published_date
    return Unit(key=(ref.article, ref.start, ref.end), ref=ref, source=source, event=event,
                lemma=lemma(ref.text), family=fam, persons=frozenset(), who=frozenset(),
                lead=in_lead(layer(text).lead, ref.start),
                sentence=_vector(WORD.findall(text[span.start:span.end]) if span else []),
                doc=_doc_vector(text), published=day.isoformat() if day else None,
                sentence_index=i, general=general_classes(ref.text),
                definite=_DEFINITE.search(text, max(0, ref.start - 40), ref.start) is not None,
                consequence=_CONSEQUENCE.search(text, max(0, ref.start - 50), ref.start) is not None,
                voice=voice_of(analysis)(ref.start, ref.end))


def span_unit(analysis: Analysis, start: int, end: int, *, event_id: str, kind: str, event: int,
              head: str | None = None, when: str | None = None, where: str | None = None,
              country: str | None = None) -> Unit:
    """A unit for a span that no trigger of the events plugin covers but the story reads as
    an event (a learned word, a frame, the agreed act, an anaphor): its own one-mention
    event of class ``kind``, its family from ``head`` (the span's text when None)."""
    text = analysis.article.text[start:end]
    ref = SpanRef(article=analysis.article.id, start=start, end=end, text=text)
    source = Event(id=event_id, type=kind, trigger=text, when=when, where=where, country=country,
                   mentions=(ref,))
    return make_unit(analysis, ref, source, event, stem_family(lemma(text if head is None else head)))


def dominant_class(units: Iterable[Unit], on: Callable[[Unit], bool]) -> str:
    """The class the events plugin gave most of the units ``on`` selects, minor classes
    apart (a tie to the first in sort order), else ``incident``: what happens."""
    minor = frozenset(story_data().get("minor_event_classes", ()))
    kinds = [u.source.type for u in units if u.source.type not in minor and on(u)]
    return max(sorted(set(kinds)), key=kinds.count) if kinds else "incident"


def _bisect(starts: Sequence[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _one_person(a: frozenset[str], sa: frozenset[str], b: frozenset[str], sb: frozenset[str]) -> bool:
    """Two sets of name keys share a person: one name, or a lone surname and a full name
    ending in it (``Vargas`` / ``Elena Vargas``: outlets name a person once in full)."""
    return bool(a & b or a & sb or b & sa)


def shared_who(u: Unit, v: Unit) -> bool:
    """The two mentions' events share a participant (a surname meets its full name)."""
    return _one_person(u.who, u.surnames, v.who, v.surnames)


def shared_persons(u: Unit, v: Unit) -> bool:
    """The two mentions' events share a named person (a surname meets its full name)."""
    return _one_person(u.persons, u.surnames, v.persons, v.surnames)


def classes_fit(a: str, b: str) -> bool:
    """Classes whose events may be one happening (a meeting may be part of a visit)."""
    merge = story_data()["event_merge_into"]
    return a == b or b in merge.get(a, ()) or a in merge.get(b, ())


def _time(a: str | None, b: str | None) -> tuple[float, float, float]:
    """(same day, compatible, incompatible) for two TIMEX3 values; zeros when unknown."""
    if not a or not b or interval(a) is None or interval(b) is None:
        return 0.0, 0.0, 0.0
    if not compatible(a, b):
        return 0.0, 0.0, 1.0
    day = width(a) <= _DAY and width(b) <= _DAY
    return (1.0 if day else 0.0), 1.0, 0.0


def _place(a: Event, b: Event) -> tuple[float, float, float]:
    """(one place, same country only, clash): one place or one within the other
    (``Hualien City`` in ``Taiwan``); else the same country (``Hualien``, ``Taipei``);
    places in different countries clash, when both countries are sure (given by the event or
    by newskit's own places table, not only by a town of that name: :func:`listed_country`).
    Zeros when either is unknown."""
    ca, cb = a.country or country_of(a.where), b.country or country_of(b.where)
    if ca and cb and ca != cb:
        sa, sb = a.country or listed_country(a.where), b.country or listed_country(b.where)
        return (0.0, 0.0, 1.0) if sa and sb and sa != sb else (0.0, 0.0, 0.0)
    wa, wb = a.where or ca, b.where or cb
    if wa and wb and within(wa, wb):
        return 1.0, 0.0, 0.0
    if ca and cb:
        return 0.0, 1.0, 0.0
    return 0.0, 0.0, 0.0


def place_fit(a: Event, b: Event) -> bool:
    """The two events' places are one, or one lies within the other."""
    return _place(a, b)[0] > 0


def place_clash(a: Event, b: Event) -> bool:
    """The two events' places lie in different countries."""
    return _place(a, b)[2] > 0


def arguments_conflict(u: Unit, v: Unit) -> bool:
    """An argument sets two mentions apart whatever their words: times that do not overlap,
    places in two countries, or participants named on both sides with none in common."""
    clash = _time(u.source.when, v.source.when)[2] or _place(u.source, v.source)[2]
    return bool(clash) or bool(u.who and v.who and not shared_who(u, v))


def features(u: Unit, v: Unit, cos: Callable[[Vector, Vector], float] = cosine) -> tuple[float, ...]:
    """The pair features of two mention units (see :data:`FEATURES`); ``cos`` computes the
    cosines (a :class:`CosineMemo` when many pairs are scored)."""
    same_doc = u.ref.article == v.ref.article
    a, b = u.source, v.source
    day, fit, clash = _time(a.when, b.when)
    pfit, pcountry, pclash = _place(a, b)
    shared = shared_who(u, v)
    return (
        float(same_doc),
        float(same_doc and u.event == v.event),
        float(u.lemma == v.lemma),
        float(u.family == v.family),
        float(a.type == b.type),
        float(classes_fit(a.type, b.type)),
        float(shared),
        float(bool(u.persons) and bool(v.persons) and not shared_persons(u, v)),
        day, fit, clash, pfit, pcountry, pclash,
        0.0 if same_doc else cos(u.doc, v.doc),
        cos(u.sentence, v.sentence),
        float(u.lead and v.lead),
    )
