"""Figures the story's outlets share: one measure restated by several outlets, found from
the story itself rather than from cue words.

Cue lists name the measures of the kinds of news they were written for; on a new kind of
news most amounts get no measure (``peak demand touched about 8,650 MW``, ``the engine
burned for 72 seconds``) or one named by its own verb (``pulled about $2.3 billion`` vs
``withdrew $2.27 billion``), and the same measure told by two outlets is never compared.
What several outlets share tells it instead:

* **the dimension** of the amount, from its unit (a closed class: money per currency,
  percent, duration, length, mass, power, energy, speed, area, volume, temperature; a
  bare number or a counted noun is a count): amounts of two dimensions never measure
  one thing;
* **the words of its sentence** (its content lemmas, those next to the amount weighing
  most), weighted by how specific each is to the story: an idf over the
  sentences of the story that hold amounts, so a word every such sentence has (the
  event's own noun, ``said``) says nothing, and one only two sentences share (``deposits``,
  ``demand``, ``stewards``) says they tell one measure;
* **its value**: amounts of one measure are within each other's reach (``close_ratio``),
  apart or within each other's hedges (the label rules of ``figure_label`` then say
  consistent, updated or conflicting).

Groups are joined only across articles (one article giving two amounts of one dimension
in similar words tells two things, ``1,200 evacuees`` of ``8,000``), and never two
measures the cue lists tell apart (deaths and injured).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import cache

import regex
from attrs import frozen

from newskit.actors import calendar_words
from newskit.model import Figure
from newskit.story._common import WORD
from newskit.story.features import _stop, lemma
from newskit.story.figure_context import SentenceWords
from newskit.story.figure_data import (
    data_kinds,
    figure_rules,
    is_person_noun,
    measure_table,
    noun_family,
)
from newskit.story.figure_forecast import FORECAST
from newskit.story.figure_label import _over_time, _overlap, _who_says, one_reading
from newskit.story.figure_lag import lag_against_length
from newskit.story.figure_needed import NEEDED
from newskit.story.figure_rates import is_rough, restated_sums
from newskit.story.figure_sought import SOUGHT
from newskit.story.figure_units import base_value, dimension, is_measured, on_interval_scale, spread
from newskit.text import match_ahead

__all__ = ["APART", "LOOSE", "StoryUnits", "dimension", "is_measured", "join_by_story", "open_bound", "restated", "split_by_dimension", "split_by_magnitude"]

#: the measure of an amount no rule named: it joins a group only by the story's redundancy
LOOSE = "?"
#: what tells two groups of one measure the join left apart (``deaths ~2``)
APART = " ~"

#: a measure of its own era or rate, a property (what a place holds or is built for), a bar
#: (what a ballot needs: ``figure_needed``) or a forecast (``figure_forecast``)
_SUFFIX = regex.compile(r" in \d{4}$| per \p{L}+$|, (?:held|capacity|needed|forecast)$")
#: "five of the seven counts", "five of seven counts": an amount counted out of a whole, and that whole
_OF_WHOLE = regex.compile(r"\s+of\s+(?:the|its|their|his|her|these|those|\p{N}|(?:one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|\p{Ll}+teen|\p{Ll}+ty)\b)", regex.I)
#: "two of the five charges": the whole after a partitive, i.e. ``of`` after a number or a
#: quantifier (closed classes); "aware of seven injuries", "complaints of 23 injuries" are no
#: partitive, ``of`` there only links a noun or an adjective to its complement
_OF_BEFORE = regex.compile(r"(?:\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|"
                           r"\p{Ll}+ty|hundreds|thousands|dozens|all|most|some|many|none|each|both|half|any|several|"
                           r"few|more|majority|rest|part|share|proportion))\s+of\s+(?:the\s+|its\s+|their\s+)?$",
                           regex.I)
_ERA_OR_RATE = regex.compile(r" in \d{4}$| per \p{L}+$")
#: what a body has, holds or is built for (``figure_measure._attribute``)
_PROPERTY_OF = regex.compile(r", (?:held|capacity)$")
#: what a body has or holds (``figure_measure._attribute``), not what it is built for
_HELD = regex.compile(r", held$")
#: "number of fish": a count named by its noun alone (no verb, no holder, no era or rate)
_COUNT_OF_NOUN = regex.compile(r"number of ((?:[\p{L}'’-]+ )?[\p{L}'’-]+)")
_ERA = regex.compile(r" in \d{4}$")
#: a rate's unit of time at the end of a measure's name (``number of visitors per year``)
_RATE = regex.compile(r" per \p{L}+$")
#: a past year anywhere in a measure's name (``number of cars in 2025 per year``)
_ANY_ERA = regex.compile(r" in \d{4}\b")


def _base(f: Figure) -> float:
    return base_value(f)


@cache
def _cue_names() -> frozenset[str]:
    return frozenset(m.name for m in measure_table())


#: what follows a measure's head in its name (" (", " of ", " in 2")
_NAME_TAIL = regex.compile(r" [(\[]| of | in \d")


def _named_by_cue(name: str) -> bool:
    """Whether a measure comes from the cue lists (``deaths``, ``injured``, ``height``):
    two such measures are told apart on purpose and never joined."""
    head = _NAME_TAIL.split(name, maxsplit=1)[0]
    return head in _cue_names()


class _Unit:
    """A group being joined: its name, its figures, whether a cue named it."""

    def __init__(self, name: str, figs: list[Figure], derived: bool = False) -> None:
        self.name = name
        self.derived = derived  # named from its amounts' words (loose amounts joined), not by a rule
        self.figs = figs
        self.cued = name != LOOSE and _named_by_cue(name)
        self.articles = {f.article for f in figs}
        dims = {dimension(f)[0] for f in figs}
        self.dim = dims.pop() if len(dims) == 1 else None


def _sentence_of(f: Figure) -> tuple[int, int] | None:
    """An amount's context: its whole sentence, each word weighted by its nearness to the
    amount (:func:`_lemmas`). The words between its neighbouring amounts alone were too
    few: in "Brent rose $2.10, or 2.9%, to $74.35 a barrel" the price's clause has no
    "Brent", which is what another outlet's "Brent settled at $76.80" shares with it."""
    return (f.evidence.start, f.evidence.end) if f.evidence is not None and f.ref is not None else None


def _context_words(f: Figure, span: tuple[int, int] | None) -> list[tuple[str, int]]:
    """The words of an amount's context (``span``) with their distance in words from it."""
    if f.evidence is None or f.ref is None or span is None:
        return []
    lo, hi = span
    text, off = f.evidence.text, f.evidence.start
    before = [m.group() for m in WORD.finditer(text, max(0, lo - off), f.ref.start - off)]
    after = [m.group() for m in WORD.finditer(text, f.ref.end - off, max(f.ref.end - off, hi - off))]
    return [(w, len(before) - i) for i, w in enumerate(before)] + [(w, i + 1) for i, w in enumerate(after)]


def _story_lemmas(story: Sequence[Figure], read: dict[str, SentenceWords] | None = None) -> dict[int, dict[str, float]]:
    """``id(f)`` -> ``_lemmas(_context_words(f, _sentence_of(f)))`` for every amount of the
    story, each sentence's words read once for all its amounts
    (:class:`~newskit.story.figure_context.SentenceWords`, kept in ``read`` by sentence text;
    the same dicts): read per amount, a sentence of many amounts cost its words times its
    amounts."""
    shared = Counter(f.evidence.text for f in story if f.evidence is not None)
    read = {} if read is None else read
    out: dict[int, dict[str, float]] = {}
    for f in story:
        span = _sentence_of(f)
        # a sentence of one amount (most) is read word by word: an index would cost more
        indexed = _indexed(f, span, shared, read)
        got = indexed[0].lemmas(*indexed[1]) if indexed is not None else None
        out[id(f)] = got if got is not None else _lemmas(_context_words(f, span))
    return out


def _indexed(f: Figure, span: tuple[int, int] | None, shared: Counter[str], read: dict[str, SentenceWords]
             ) -> tuple[SentenceWords, tuple[int, int, int, int]] | None:
    """The index of an amount's sentence when the story holds other amounts of it (kept in
    ``read`` by sentence text), with the amount's sentence start, start, end and sentence end
    in it; None for a sentence of one amount."""
    if span is None or f.evidence is None or f.ref is None or shared[f.evidence.text] <= 1:
        return None
    text, off = f.evidence.text, f.evidence.start
    words = read.get(text)
    if words is None:
        words = read[text] = SentenceWords(text)
    return words, (max(0, span[0] - off), f.ref.start - off, f.ref.end - off, max(f.ref.end - off, span[1] - off))


def _story_words(story: Sequence[Figure], read: dict[str, SentenceWords]) -> list[str]:
    """The words of every amount's context (``_context_words(f, _sentence_of(f))``), but a
    sentence that holds several amounts gives each word its amounts' contexts read once for
    all of them (:meth:`~newskit.story.figure_context.SentenceWords.forms`; ``read``: the
    sentences' indices by text, as :func:`_story_lemmas` made them). The same words less
    repeats, which the shortest form and the union :meth:`StoryUnits._read_written` takes of
    them do not see; read per amount, a sentence of k amounts and n words cost k x n."""
    shared = Counter(f.evidence.text for f in story if f.evidence is not None)
    ranges: dict[str, list[tuple[int, int]]] = {}
    out: list[str] = []
    for f in story:
        span = _sentence_of(f)
        indexed = _indexed(f, span, shared, read)
        got = indexed[0].context(*indexed[1]) if indexed is not None else None
        if got is not None and f.evidence is not None:
            ranges.setdefault(f.evidence.text, []).extend(((got[0], got[1]), (got[2], got[3])))
            continue
        out.extend(w for w, _ in _context_words(f, span))
    for text, rs in ranges.items():
        out.extend(read[text].forms(rs))
    return out


def _lemmas(words: Iterable[tuple[str, int]]) -> dict[str, float]:
    """Content lemmas of a context, each weighted by its nearness to the amount: the words
    next to it (its noun, its verb, its ``of`` complement) say what it measures, the rest
    of the sentence less (``near_words``, ``far_weight`` of ``figures.json``)."""
    stop, skip, d = _stop(), figure_rules()["story_skip_words"], figure_rules()
    out: dict[str, float] = {}
    for w, dist in words:
        low = w.lower()
        if len(w) > 2 and low not in stop and low not in skip:
            key = lemma(w)
            weight = 1.0 if dist <= int(d["near_words"]) else float(d["far_weight"])
            out[key] = max(out.get(key, 0.0), weight)
    return out


class _Idf:
    """How specific a lemma is to the story: the log of the share of the story's amount
    sentences that hold it, smoothed (one more sentence than there are) so that a story of
    two sentences still weighs the words they share. A sentence is counted once however many
    outlets reprint it word for word (wire copy): a copy tells nothing more specific."""

    def __init__(self, bags: Iterable[tuple[str, Iterable[str]]]) -> None:
        seen: dict[str, set[str]] = {}
        for key, bag in bags:
            seen.setdefault(key, set()).update(bag)
        self.n = max(1, len(seen))
        self.df: dict[str, int] = {}
        for words in seen.values():
            for w in words:
                self.df[w] = self.df.get(w, 0) + 1

    def __call__(self, w: str) -> float:
        return math.log((self.n + 1) / self.df.get(w, 1))


def _similarity(a: dict[str, float], b: dict[str, float], idf: _Idf) -> float:
    """The cosine of two contexts' lemmas, each weighted by its idf and its nearness."""
    shared = sum(a[w] * b[w] * idf(w) ** 2 for w in a.keys() & b.keys())
    if not shared:
        return 0.0
    return shared / math.sqrt(sum((x * idf(w)) ** 2 for w, x in a.items()) *
                              sum((x * idf(w)) ** 2 for w, x in b.items()))


def _nouns(u: _Unit) -> set[str]:
    """The counted nouns of a group's amounts other than the generic people units, each as
    its family (``shops`` / ``stores``: one kind of thing)."""
    generic = _generic()
    return {noun_family(f.unit) for f in u.figs if f.unit and dimension(f)[0] == "count" and f.unit.lower() not in generic}


@cache
def _generic() -> frozenset[str]:
    return frozenset(u.lower() for u in figure_rules()["people_units"])


def _close(u: _Unit, v: _Unit, reach: float | None = None) -> bool:
    """Whether two groups' amounts are near enough to count one thing: the largest at most
    ``reach`` times the smallest (by default ``close_ratio``)."""
    figs = (*u.figs, *v.figs)
    ratio = spread([_base(f) for f in figs])
    if ratio is None:
        return False
    if ratio <= (reach or float(figure_rules()["close_ratio"])):
        return True
    return reach is None and ratio <= float(figure_rules()["bound_reach"]) and open_bound(figs)


def open_bound(figs: Sequence[Figure]) -> bool:
    """Whether the words leave the gap between the largest and the smallest amount open: the
    largest a lower bound (``more than 400``) or the smallest an upper one (``fewer than 40``),
    so the values say nothing of how far apart the readings are."""
    top = max(figs, key=lambda f: abs(_base(f)))
    low = min(figs, key=lambda f: abs(_base(f)))
    return top.approx == "over" or low.approx == "under"


@frozen
class JoinLimits:
    """How far a join may reach: ``reach``, how many times the smallest amount the largest
    may be (None: ``close_ratio``, and two different counted nouns never join; with a reach
    of its own the nouns are left to a fitted join to weigh); ``two_sources``, whether one
    article's amounts given by two named sources may join (``the company reported less than
    1,000 pounds`` / ``the board said about 2 tonnes``: a dispute the outlet reports);
    ``split_named``, whether a group the rules named whose amounts lie far apart
    (``_far_apart``) is split into its articles' amounts for the join to rejoin (``Number of
    stores: 150`` to be sold in one outlet and ``30`` closed in another are one measure only
    if the join reads them so)."""

    reach: float | None = None
    two_sources: bool = False
    split_named: bool = False
    #: whether the pairs offered are amounts one sentence sets against each other as rival
    #: readings (``figure_rival.told_against``): their groups may share articles and lie up
    #: to ``magnitude_gap`` apart (:func:`_may_join_told`)
    told_against: bool = False


#: the limits of the hand rules
RULE_LIMITS = JoinLimits()


def _apart(u: _Unit, v: _Unit, limits: JoinLimits) -> bool:
    """Whether two groups hold no article in common or, with ``two_sources``, hold one only
    where every amount of each is given by a named source the other's amounts there are not."""
    shared = u.articles & v.articles
    if not shared or not limits.two_sources:
        return not shared
    for a in shared:
        su, sv = ({_who_says(f) for f in x.figs if f.article == a} for x in (u, v))
        if None in su or None in sv or su & sv:
            return False
    return True


def _may_join(u: _Unit, v: _Unit, limits: JoinLimits = RULE_LIMITS) -> bool:
    """Two groups may tell one measure: not two measures the cues tell apart, one dimension,
    apart (``_apart``: by default no article in common), no era or rate of their own (or both
    of one past year, ``_one_time``),
    amounts within reach, and no two different counted nouns (``148 firefighters`` are no
    displaced residents) unless the limits leave them to the join to weigh (``about 160
    vessels`` / ``more than 140 boats``). Two parts of one group the rules named (split by
    ``split_named``) may join whatever their values: the join weighs them. A lag between
    two happenings is never a length of one (``figure_lag``: ``six minutes after the alarm``
    / ``inside for less than seven minutes``)."""
    if u.dim == "duration" and lag_against_length(u.figs, v.figs):
        return False
    if limits.told_against:
        return _may_join_told(u, v)
    if limits.split_named and u.name == v.name != LOOSE:
        return u.dim is not None and u.dim == v.dim and _apart(u, v, limits)
    if not (not (u.cued and v.cued) and u.dim is not None and u.dim == v.dim and _apart(u, v, limits)
            and _one_time(u.name, v.name) and _close(u, v, limits.reach)
            and _kinds_fit(u, v) and _kinds_fit(v, u)):
        return False
    if restated(u.figs, v.figs):
        return True  # "3,104 vehicles" / "about 3,100 cars": one specific number, whatever the words
    nu, nv = _nouns(u), _nouns(v)
    own_kind = _one_property(u, v) or _one_rate(u.name, v.name) or \
        (not _SUFFIX.search(_without_era(u.name)) and not _SUFFIX.search(_without_era(v.name)))
    return own_kind and (limits.reach is not None or not (nu and nv and not nu & nv))


def _may_join_told(u: _Unit, v: _Unit) -> bool:
    """Two groups that hold two amounts one sentence sets against each other (``The union
    said about 1,300 had walked out, far more than the 380 cited by the company``): the
    sentence says they are two readings of one measure, so the groups join though they share
    the article (each reading joined the outlets that restate it) and though the readings lie
    beyond ``close_ratio`` (a dispute's readings often do: ``about 40,000 barrels`` against
    ``3,200``), up to ``magnitude_gap``, the gap at which a finding splits them anyway. The
    other hard limits hold: never two measures the cues tell apart, one dimension and one
    time, a measure of people takes no count of things, and a bar a ballot needs is no
    reading of its count (``received 318 votes, well above the 249 needed``: ``figure_needed``), nor a
    penalty the prosecution asks for the penalty imposed (``figure_sought``), nor a forecast what came
    (``figure_forecast``)."""
    ratio = spread([_base(f) for f in (*u.figs, *v.figs)])
    return not (u.cued and v.cued and u.name != v.name) and u.name.endswith(NEEDED) == v.name.endswith(NEEDED) and \
        u.name.endswith(SOUGHT) == v.name.endswith(SOUGHT) and u.name.endswith(FORECAST) == v.name.endswith(FORECAST) and \
        u.dim is not None and u.dim == v.dim and \
        _one_time(u.name, v.name) and ratio is not None and ratio <= float(figure_rules()["magnitude_gap"]) and \
        _kinds_fit(u, v) and _kinds_fit(v, u)


def _one_property(u: _Unit, v: _Unit) -> bool:
    """Whether two counts of one noun are one property, told as what a body has in one
    outlet and plainly in another (``the aquarium holds about 3,000 fish`` / ``more than
    4,500 fish``, ``the airline has 42 aircraft`` / ``its fleet of 40 planes``, nouns of
    one family: ``figure_data.noun_family``; ``employs about 3,200 people`` / ``its 2,900
    workers``: persons a body has are ``people`` whatever their noun): a property joins
    only its own kind, but the same noun counted with no verb of its own is no count of
    what happened (``2,500 fish died`` is, whatever name its group took: it keeps apart).
    What a place is built for and what it holds are two properties (a prison built for 600
    holds 900), and what it may hold is no count of what it holds: a capacity (``has room
    for 40 vehicles``) never joins a plain count of its noun (``with 22 vehicles on board``)."""
    held, plain = (u, v) if _HELD.search(u.name) else (v, u)
    if _HELD.search(held.name) is None or _PROPERTY_OF.search(plain.name) is not None:
        return False
    nouns = [_COUNT_OF_NOUN.fullmatch(n) for n in (_HELD.sub("", held.name), plain.name)]
    if not all(m is not None for m in nouns) or not all(f.measure == plain.name for f in plain.figs):
        return False
    words = [m.group(1) for m in nouns if m is not None]
    return len({noun_family(w) for w in words}) == 1 or \
        (words[0] == "people" and is_person_noun(words[1]))  # "has 3,200 employees" / "its 2,900 workers"


def _without_era(name: str) -> str:
    return str(_ERA.sub("", name))


def _one_rate(a: str, b: str) -> bool:
    """Whether two measures are rates of one unit of time and of no past year (``number of
    visitors per year`` / ``? per year``: ``about 200,000 visitors a year`` and ``roughly
    210,000 a year`` compare as two counts do; a rate per day and one per year never)."""
    ra, rb = _RATE.search(a), _RATE.search(b)
    return ra is not None and rb is not None and ra.group() == rb.group() and \
        not _ANY_ERA.search(a) and not _ANY_ERA.search(b)


def _one_time(a: str, b: str) -> bool:
    """Whether two measures may be of one time: neither of another era nor a rate, both
    rates of one unit of time (``_one_rate``), or both of one past year and no rate
    (``number of cars [built] in 2025`` / ``number of vehicles in 2025``: two outlets'
    counts of last year compare as the story's own do)."""
    if (not _ERA_OR_RATE.search(a) and not _ERA_OR_RATE.search(b)) or _one_rate(a, b):
        return True
    ea, eb = _ERA.search(a), _ERA.search(b)
    return ea is not None and eb is not None and ea.group() == eb.group() and \
        not _ERA_OR_RATE.search(_without_era(a)) and not _ERA_OR_RATE.search(_without_era(b))


def _significant(f: Figure) -> int:
    """How many significant digits an exact amount has (``3,104``: 4; ``1.57 million``: 3;
    ``3,000``: 1); a hedged amount has none of its own."""
    if f.approx is not None or f.value is None:
        return 0
    digits = format(Decimal(str(f.value)).normalize(), "f").replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def restated(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether two outlets' amounts are one specific number told twice: every amount of one
    agrees with every amount of the other within its hedge or rounding, and one of them is
    an exact amount of at least ``restated_digits`` significant digits, and the values are
    within ``restated_within`` of each other (``3,104`` and ``about 3,100``; ``1.57 million``
    and ``roughly 1.6 million``; not ``3.75%`` and ``more than 3%``). Two different measures of
    one story seldom share such a number, so it tells one measure where the words differ
    (``vehicles``/``cars``, ``carrying``/``on board``)."""
    floor, within = int(figure_rules()["restated_digits"]), float(figure_rules()["restated_within"])
    return any(_significant(f) >= floor for f in (*a, *b)) and \
        all(_overlap(x, y) and abs(_base(x) - _base(y)) <= within * max(_base(x), _base(y)) for x in a for y in b)


def _kinds_fit(u: _Unit, v: _Unit) -> bool:
    """Whether a cue's measure may count what the other group counts: a measure of people
    (deaths, injured) never takes a count of things (``at least 300 penguins``)."""
    if not u.cued:
        return True
    kinds = set(data_kinds(u.name.split(" (")[0]))
    if "people" not in kinds or any(k.startswith("thing") for k in kinds):
        return True
    return all(is_person_noun(n) for f in v.figs if (n := (f.unit or "").lower()) and dimension(f)[0] == "count"
               and n not in _generic())


def join_by_story(groups: dict[str, list[Figure]], loose: Sequence[Figure]) -> None:
    """Join the groups (and the amounts no rule named) that one measure restated by other
    outlets makes: same dimension, amounts within reach, no article in common, and
    sentences whose specific words overlap (``min_similarity`` of ``figures.json``, lower
    when the amounts agree within their hedges: ``min_similarity_agreeing``). Pairs are
    scored once and joined best first; a loose amount joined to no group stays out."""
    story = StoryUnits(groups, loose)
    story.join(story.rule_candidates())
    story.write(groups)


class StoryUnits:
    """A story's groups and loose amounts as units to be joined, with the words of every
    amount's sentence and the story's idf over them; ``limits``: which groups may join
    (``_may_join``; by default the rules')."""

    def __init__(self, groups: dict[str, list[Figure]], loose: Sequence[Figure],
                 limits: JoinLimits = RULE_LIMITS) -> None:
        self.limits = limits
        self.story = [f for figs in groups.values() for f in figs] + list(loose)
        self._sentences: dict[str, SentenceWords] = {}  # the indexed sentences of shared amounts
        self.lems = _story_lemmas(self.story, self._sentences)
        self.idf = _Idf(((f.evidence.text if f.evidence else f.article), self.lems[id(f)].keys()) for f in self.story)
        self.units = [_Unit(name, part) for name, figs in groups.items() for dim in split_by_dimension(figs)
                      for part in (_by_article(dim) if limits.split_named and _far_apart(name, dim) else [dim])] + \
            [_Unit(LOOSE, [f]) for f in loose]  # one unit per dimension: "40 million euros ($46.4 million)"
        self.home = list(range(len(self.units)))  # union-find over units: the unit each was joined into
        self._written: dict[str, str] | None = None  # lemma -> the form names show (``shown``)
        self._names: frozenset[str] | None = None  # lemmas written only with a capital (``names``)
        #: :meth:`pairs` as last read, and under which limits (None: to read again after a join)
        self._pairs: tuple[JoinLimits, list[tuple[int, int]]] | None = None

    def rule_candidates(self) -> list[tuple[float, int, int]]:
        """The pairs today's rules (words, restated numbers, lone sums, one thing counted) propose."""
        return _candidates(self.units, self.lems, self.idf, _lone_sums(self.story), one_reading(self.story))

    def pairs(self) -> list[tuple[int, int]]:
        """Every pair of units that may be one measure (``_may_join``): one dimension, no
        article in common (an article's own amounts are never paired). Read once until a
        join changes the units (the model's join asks four times before its first join)."""
        if self._pairs is None or self._pairs[0] is not self.limits:
            self._pairs = (self.limits, self._may_pair())
        return list(self._pairs[1])

    def _may_pair(self) -> list[tuple[int, int]]:
        by_dim: dict[str, list[int]] = {}
        for k, u in enumerate(self.units):
            if u.dim is not None and (self.limits.split_named or _one_time(u.name, u.name)):
                by_dim.setdefault(u.dim, []).append(k)
        return [(i, j) for ks in by_dim.values()
                if self.limits.two_sources or len({a for k in ks for a in self.units[k].articles}) > 1
                for x, i in enumerate(ks) for j in ks[x + 1:] if _may_join(self.units[i], self.units[j], self.limits)]

    def find(self, i: int) -> int:
        home = self.home
        while home[i] != i:
            home[i] = home[home[i]]
            i = home[i]
        return i

    def join(self, candidates: Iterable[tuple[float, int, int]], limits: JoinLimits | None = None) -> None:
        """Join candidate pairs in the order given while the joined groups still may join
        (under ``limits``, by default the story's own)."""
        for _, i, j in candidates:
            ri, rj = self.find(i), self.find(j)
            if ri != rj and _may_join(self.units[ri], self.units[rj], limits or self.limits):
                self.units[ri] = _merged(self.units[ri], self.units[rj], self.lems, self.idf, self.names)
                self.home[rj] = ri
                self._pairs = None

    def write(self, groups: dict[str, list[Figure]]) -> None:
        """The joined groups, loose amounts joined to nothing left out; with ``split_named``,
        parts of one named group the join left apart stay apart (``deaths``, ``deaths ~2``)."""
        groups.clear()
        for k, u in enumerate(self.units):
            if self.find(k) == k and u.name != LOOSE:
                name = self.shown(u.name)  # "money (receiv)": the verb as written, "money (received)"
                key, n = name, 1
                while self.limits.split_named and key in groups:
                    n += 1
                    key = f"{name}{APART}{n}"
                groups.setdefault(key, []).extend(u.figs)

    def shown(self, name: str) -> str:
        """A name made from a shared lemma (``length (wav)``) with the word as the story
        writes it (``length (wave)``, ``length (Kushiro)``): the lemma's shortest form in the
        story's amounts' sentences, lower case first, so one lemma always reads as one word."""
        dim, sep, rest = name.rpartition(" (")
        if not sep or not rest.endswith(")"):
            return name
        form = self._read_written()[0].get(rest.removesuffix(")"))
        return f"{dim} ({form})" if form is not None else name

    def names(self) -> frozenset[str]:
        """The lemmas the story's amounts' sentences write only with a capital: names (``the
        Ecology Ministry``, ``the Ironshore house``), or words that only open a sentence."""
        return self._read_written()[1]

    def _read_written(self) -> tuple[dict[str, str], frozenset[str]]:
        """Each lemma's shown form (:meth:`shown`) and :meth:`names`, read once for the story."""
        if self._written is None or self._names is None:
            written: dict[str, str] = {}
            lower: set[str] = set()
            for w in _story_words(self.story, self._sentences):
                lem = lemma(w)
                best = written.get(lem)
                if best is None or _shown_key(w) < _shown_key(best):
                    written[lem] = w
                if not w[:1].isupper():
                    lower.add(lem)
            self._written, self._names = written, frozenset(written) - lower
        return self._written, self._names


def _shown_key(word: str) -> tuple[int, bool, str]:
    """The order in which a lemma's forms are preferred for a name: shortest, lower case first."""
    return len(word), word != word.lower(), word


def _far_apart(name: str, figs: Sequence[Figure]) -> bool:
    """Whether a group the rules named holds amounts further apart than ``close_ratio`` of a
    measure that does not move (a fixed property, a count of a finished happening): two
    outlets' ``150`` stores and ``30`` stores, ``£40,000`` and ``£6,000`` fines are as often
    two measures the rules named alike as one measure told two ways, so the join decides
    (``split_named``). A count that moves either way (``missing``) may lie that far apart
    over a story's days, and so may a toll that rises (``deaths``: 2, then 11): its group
    stays whole, unless a later count falls that far below an earlier one (``31`` arrested,
    then ``three``), which no rising toll does."""
    moves = _over_time(name, figs)
    if moves == "any" or not _beyond_close(figs):
        return False
    if moves != "rising":
        return True
    ratio = float(figure_rules()["close_ratio"])
    told = sorted((f for f in figs if f.approx != "vague"), key=lambda f: f.stated or "")
    return any(_base(a) > ratio * _base(b) for i, a in enumerate(told) for b in told[i + 1:]
               if (a.stated or "") < (b.stated or ""))


def _beyond_close(figs: Sequence[Figure]) -> bool:
    """Whether a group's amounts lie further apart than ``close_ratio``."""
    ratio = spread([_base(f) for f in figs if f.approx != "vague"] or [1.0])
    return ratio is None or ratio > float(figure_rules()["close_ratio"])


def _by_article(figs: Sequence[Figure]) -> list[list[Figure]]:
    """A group's amounts by article, in the order of their first amount; an article's
    amounts further apart than ``close_ratio`` (``11`` dead in the wreck and ``more than
    1,500`` on the route this year) or vague beside a number (``several`` and ``around
    80``) are two things it tells, each a unit of its own."""
    out: dict[str, list[Figure]] = {}
    for f in figs:
        out.setdefault(f.article, []).append(f)
    return [part for told in out.values() for part in _by_magnitude(told)]


def _by_magnitude(figs: list[Figure]) -> list[list[Figure]]:
    """One article's amounts in runs of values each within ``close_ratio`` of the run's
    smallest, a vague amount a run of its own; in the order of their first amount."""
    ratio = float(figure_rules()["close_ratio"])
    runs: list[list[Figure]] = []
    for f in sorted(figs, key=lambda f: (f.approx == "vague", _base(f))):
        last = runs[-1] if runs else None
        if last is not None and (last[0].approx == "vague") == (f.approx == "vague") and \
                (f.approx == "vague" or (spread([_base(last[0]), _base(f)]) or ratio + 1) <= ratio):
            last.append(f)
        else:
            runs.append([f])
    order = {id(f): k for k, f in enumerate(figs)}
    return sorted(runs, key=lambda run: min(order[id(f)] for f in run))


def _candidates(units: Sequence[_Unit], lems: dict[int, dict[str, float]], idf: _Idf,
                lone: frozenset[int] = frozenset(),
                readings: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[float, int, int]]:
    """The pairs of units that may be one measure, best first: only units of one dimension
    from different articles are scored (an article's own amounts are never paired, so a
    long article costs nothing here)."""
    by_dim: dict[str, list[int]] = {}
    for k, u in enumerate(units):
        if u.dim is not None and _one_time(u.name, u.name):
            by_dim.setdefault(u.dim, []).append(k)
    floors = float(figure_rules()["min_similarity"]), float(figure_rules()["min_similarity_agreeing"])
    out = []
    for ks in by_dim.values():
        if len({a for k in ks for a in units[k].articles}) < 2:
            continue
        for x, i in enumerate(ks):
            for j in ks[x + 1:]:
                u, v = units[i], units[j]
                if not _may_join(u, v):
                    continue
                s = _group_similarity(u, v, lems, idf)
                if s >= floors[any(_overlap(a, b) for a in u.figs for b in v.figs)] or restated(u.figs, v.figs) \
                        or _one_thing_counted(u, v) or all(id(f) in lone for f in (*u.figs, *v.figs)) \
                        or any((id(a), id(b)) in readings for a in u.figs for b in v.figs):
                    out.append((s, i, j))
    return sorted(out, key=lambda c: (-c[0], c[1], c[2]))


def _lone_sums(story: Sequence[Figure]) -> frozenset[int]:
    """The sums that are their article's only sum in their currency: outlets that each name
    one sum of a story tell the story's sum (``worth about $80 million`` / ``valued the stolen
    works at $120 million``; ``asked for 100 million naira`` / ``put the demand at 50 million
    naira``), whatever their words; an article with two sums in a currency tells two measures,
    and then only the words decide. ``_may_join`` still asks for one currency, values within
    reach and no era or rate of their own. A sum converted right after it (``€110 million
    (£94.6 million)``) is one sum told twice: lone with it."""
    told = restated_sums(story)
    by: dict[tuple[str, str], list[Figure]] = {}
    for f in story:
        d = dimension(f)[0]
        if d.startswith("money:") and id(f) not in told:
            by.setdefault((f.article, d), []).append(f)
    lone = {id(fs[0]) for fs in by.values() if len(fs) == 1}
    return frozenset(lone | {k for k, a in told.items() if id(a) in lone})


def _one_thing_counted(u: _Unit, v: _Unit) -> bool:
    """Whether two outlets count one kind of thing with the same noun, each once: ``three
    cars`` were swallowed in one outlet, ``five cars`` in another, whatever verbs they use.
    A story's outlets that each count a specific noun once count the same things; an outlet
    that counts a noun twice (``two buildings`` evacuated, ``five buildings`` damaged) tells
    two measures of it, and then only the words decide."""
    nu, nv = _nouns(u), _nouns(v)
    places = figure_rules()["place_units"]
    if not nu or nu != nv or any(is_person_noun(n) or n in places or n + "s" in places for n in nu):
        return False  # persons are counted by what happened to them; places by where it happened
    if any(f.evidence is not None and f.ref is not None and
           (match_ahead(_OF_WHOLE, f.evidence.text, f.ref.end - f.evidence.start) or
            _OF_BEFORE.search(f.evidence.text, max(0, f.ref.start - f.evidence.start - 30), f.ref.start - f.evidence.start))
           for f in (*u.figs, *v.figs)):
        return False  # "five of the seven counts": a part of a whole
    return all(sum(1 for f in x.figs if f.article == a) == 1 for x in (u, v) for a in x.articles)


def _group_similarity(u: _Unit, v: _Unit, lems: dict[int, dict[str, float]], idf: _Idf) -> float:
    """How alike two groups' contexts are: the mean over their pairs of amounts, so an amount
    joins a group told by several outlets only when it is worded like most of them."""
    sims = [_similarity(lems[id(a)], lems[id(b)], idf) for a in u.figs for b in v.figs]
    return sum(sims) / len(sims)


@cache
def _calendar_lemmas() -> frozenset[str]:
    """Days' and months' names as the join's words are kept: a day the amounts were told
    on names no measure."""
    return frozenset(lemma(w) for w in calendar_words())


def _merged(u: _Unit, v: _Unit, lems: dict[int, dict[str, float]], idf: _Idf,
            names: Callable[[], frozenset[str]]) -> _Unit:
    """One group of two: named by the cue's measure, else by the group with more articles,
    else (two loose amounts) by their dimension and their most specific shared word that is
    no name (``names``: the lemmas the story writes only with a capital)."""
    figs = u.figs + v.figs
    if u.cued or v.cued:
        return _Unit(u.name if u.cued else v.name, figs)
    named = [x for x in (u, v) if x.name != LOOSE and not x.derived]
    if named:
        return _Unit(max(named, key=lambda x: (len(x.articles), len(x.figs), x.name)).name, figs)
    # named from all its amounts at once, so the name does not hang on the order of joining
    common = set.intersection(*(set(lems[id(f)]) for f in figs))
    every = {w for f in figs for w in lems[id(f)]}
    cal = _calendar_lemmas()  # "Duration (smelter)", not "Duration (Tuesday)": a day names no measure
    shared = (common - cal) or (every - cal) or common or every
    # "Mass (ammonia)", not "Mass (Ecology)" of "the Ecology Ministry said": a name says who
    # told the amount or where, never what it measures, however rare it is in the story
    shared = shared - names() or shared
    word = max(sorted(shared), key=idf, default="amount")
    dim = (u.dim or "amount").split(":")[0]
    return _Unit(f"{dim} ({word})", figs, derived=True)


def split_by_dimension(figs: Sequence[Figure]) -> list[list[Figure]]:
    """A measure's amounts by dimension: amounts in two currencies, or a percent and a count,
    are never two values of one amount (a cue may name them alike: ``a fine of 85 million
    euros``, ``a fine of about $99 million``). A bare number (no unit) goes with the measure's
    one dimension when it has only one (``put the magnitude at 7.4``)."""
    out: dict[str, list[Figure]] = {}
    bare = [f for f in figs if not f.unit]
    for f in figs:
        if f.unit:
            out.setdefault(dimension(f)[0], []).append(f)
    if bare and len(out) == 1:  # "put the magnitude at 7.4" beside "magnitude 7.2": the measure's own unit
        next(iter(out.values())).extend(bare)
    elif bare:
        out.setdefault("count", []).extend(bare)
    return [part for group in out.values() for part in _unconfirmed_apart(group)]


def _unconfirmed_apart(figs: list[Figure]) -> list[list[Figure]]:
    """A sum converted at a rough rate of its year (``figure_rates.is_rough``) that agrees
    with no sum of another currency of its group goes apart, with its currency's other sums:
    a rate of a year can tell one sum told twice, not that two outlets disagree."""
    rough = {f.unit for f in figs if is_rough(f.unit)}
    if not rough:
        return [figs]
    apart = {c for c in rough if not any(_overlap(a, b) for a in figs if a.unit == c for b in figs if b.unit != c)}
    kept = [f for f in figs if f.unit not in apart]
    return [g for g in (kept, *([f for f in figs if f.unit == c] for c in sorted(apart, key=str))) if g]


def split_by_magnitude(figs: Sequence[Figure]) -> list[list[Figure]]:
    """A measure's amounts in bands of magnitude: sorted by value, a new band wherever one
    amount is more than ``magnitude_gap`` times the one before (a ticket of ``£189`` and
    ``£6 million`` of insured losses are two things however a cue named them; outlets that
    disagree about one count do not disagree by orders of magnitude)."""
    if all(on_interval_scale(f) for f in figs):
        return [list(figs)]  # -14C and 7F: no ratio of two temperatures says how far apart
    gap = float(figure_rules()["magnitude_gap"])
    ordered = sorted(figs, key=_base)
    bands: list[list[Figure]] = []
    for f in ordered:
        if bands and (s := spread([_base(bands[-1][-1]), _base(f)])) is not None and s <= gap:
            bands[-1].append(f)
        else:
            bands.append([f])
    return bands if len(bands) > 1 else [list(figs)]
