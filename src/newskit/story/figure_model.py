"""Whether two outlets' amounts measure one thing, as a fitted pairwise model.

Hand rules that join amounts across outlets (shared words above a floor, one specific
number restated, an article's lone sum) were tuned on the stories in front of them and did
not carry to new kinds of news. Here each sign that two amounts tell one measure is a
feature (how alike their sentences and their nearest words are, how far apart their values
lie, whether they count the same noun or are the subject or object of the same verb, whether
each is its article's only amount of its dimension...), and a logistic regression fitted on
the committed story sets (``bench/figure_fit.py fit``, weights in
``newskit/data/figure_weights.json``) weighs them. The features say how "one measure"
looks, never which story or which measure it is, so the weights can carry to unseen news;
their threshold is chosen by leave-one-set-out cross-validation.

Two groups are joined best first, by the mean probability over their pairs of amounts,
while the hard constraints of ``figure_story`` hold (one dimension, no article in common,
never two measures the cue lists tell apart, values within reach).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from functools import cache

import regex
from attrs import evolve, frozen

from newskit.datafiles import package_json
from newskit.model import Figure, QuantityMention
from newskit.story._common import WORD
from newskit.story.act_synonyms import synonym_groups
from newskit.story.features import _stop, family, lemma
from newskit.story.figure_contrast import contrast_side
from newskit.story.figure_data import figure_rules, noun_family
from newskit.story.figure_duration import frame_words
from newskit.story.figure_label import _overlap, _two_sources, another_form
from newskit.story.figure_rates import restated_sums
from newskit.story.figure_rival import (
    read_at,
    read_at_object,
    told_again,
    told_again_after,
    told_against,
    told_instead,
)
from newskit.story.figure_story import (
    LOOSE,
    JoinLimits,
    StoryUnits,
    _generic,
    _Idf,
    _named_by_cue,
    _one_thing_counted,
    _similarity,
    _Unit,
    open_bound,
    restated,
)
from newskit.story.figure_syntax import predicate
from newskit.story.figure_units import base_value, dimension, is_fraction_word, spread
from newskit.text import match_ahead

__all__ = ["FEATURES", "PairModel", "StoryAmounts", "contrast_rivals", "join_by_model", "load_model", "one_happening", "rival_pairs",
           "rival_readings", "told_again_rivals", "told_again_within", "told_rivals", "unit_pairs"]

#: the features of a pair of amounts, in the order of a feature row
FEATURES = (
    "sentence_similarity",  # idf cosine of their sentences' content lemmas, nearest weighing most
    "window_similarity",  # idf cosine of the content lemmas within `window` words of each
    "log_ratio",  # |ln(a / b)| of their values in base units, capped
    "agree",  # their values agree within their hedges or rounding
    "restated",  # one specific number told twice (figure_story.restated)
    "same_noun",  # both count one noun (not the generic "people")
    "same_verb",  # both the subject or object of one verb (lemma)
    "both_lone",  # each its article's only amount of its dimension
    "one_lone",  # one of them is
    "both_lead",  # both in their article's first sentence
    "one_cued",  # a cue list named one's measure
    "both_named",  # a rule named both measures (not a loose amount)
    "same_source_kind",  # both given by the same kind of source (official, police...)
    "count",  # the dimension: a count,
    "money",  # a sum,
    "percent",  # a percent,
    "duration",  # a span of time (else another measured unit)
    "vague",  # one is vague ("dozens", "thousands")
    "one_thing_counted",  # both count one noun, each once in its article (figure_story)
    "same_preposition",  # the same preposition right before both ("rose to", "climbed to")
    "other_preposition",  # two different ones ("to 5%" a level, "by 2%" a change)
    "rule_proposed",  # today's hand rules (figure_story) propose their groups' join
    "same_verb_family",  # their verbs are of one synonym family ("freed" / "released")
    "both_first",  # each the first amount of its dimension in its article
    "same_anchor",  # one noun the amount is "of" or complements ("altitude of 11 km", "40% of deposits")
    "one_modal",  # one of them only is a possibility ("can carry up to 800 kg")
    "one_rate",  # one of them only is a rate ("$60,000 a month", "1.5 million barrels per day")
    "beyond_close",  # their values lie further apart than the rules' close_ratio (only with a reach of its own)
    "other_nouns",  # both count a noun (not the generic "people") and the nouns differ ("vessels" / "boats")
    "one_article",  # one article's amounts of two named sources (only with two_sources)
    "same_measure",  # the rules named both one measure (only with split_named)
    "another_form",  # they agree, written in two units of one dimension ("21 days" / "three weeks", "£95m" / "€110m")
    "same_happening",  # two durations that time one happening (figure_duration: "the standoff lasted" / "a standoff of")
    "nothing_shared",  # their sentences share no content word: nothing but the unit says they are one measure
)

#: "an altitude of about 11 km": the noun an amount is the ``of`` complement of
_NOUN_OF = regex.compile(r"(\p{L}{3,})\s+of\s+$")
#: "40% of its deposits", "22% of the face value", "45% of the lender's loans": the first two
#: words of the amount's ``of`` phrase after its determiner (a possessive's ``'s`` dropped)
_OF_NOUN = regex.compile(r"\s+of\s+(?:(?:the|its|their|his|her|a|an|all)\s+)?(\p{L}{3,})(?:['’]s)?(?:\s+(\p{L}{3,}))?")
_MAX_LOG_RATIO = 3.0
#: how far (characters) the features look either side of an amount in its sentence
_REACH = 80


@frozen
class PairModel:
    """Fitted weights (in :data:`FEATURES` order), bias, and the probability at which two
    groups join; ``with_rules``: today's hand rules propose pairs too."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    with_rules: bool = False
    #: the probability at which two groups whose amounts all agree join (their finding would
    #: say ``consistent``), unless they are spans of time or a share in words and one in
    #: digits: a round count, sum or share recurs in a story by chance, two outlets' spans
    #: that agree (``21 days`` / ``three weeks``) or shares told in two forms (``nearly a
    #: fifth`` / ``18 percent``) seldom do, so those join at ``threshold`` (a length or a
    #: mass restated in another unit is ``figure_label.one_reading``'s, and a bound agrees
    #: with any shorter distance);
    #: None: ``threshold``
    agreeing_threshold: float | None = None
    #: how many times the smallest amount the largest of a join may be, the counted nouns
    #: then a feature, not a constraint (``figure_story._may_join``); None: the rules' limits
    reach: float | None = None
    #: whether one article's amounts given by two named sources may join (a dispute it reports)
    two_sources: bool = False
    #: whether the groups the rules named are split by article for the join to rejoin
    split_named: bool = False

    @property
    def limits(self) -> JoinLimits:
        """The hard limits of its join (``figure_story._may_join``)."""
        return JoinLimits(reach=self.reach, two_sources=self.two_sources, split_named=self.split_named)

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> PairModel:
        weights = d["weights"]
        assert isinstance(weights, dict)
        agreeing, reach = d.get("agreeing_threshold"), d.get("reach")
        return cls(weights=tuple(float(weights.get(n, 0.0)) for n in FEATURES), bias=float(str(d["bias"])),
                   threshold=float(str(d["threshold"])), with_rules=bool(d.get("with_rules", False)),
                   agreeing_threshold=None if agreeing is None else float(str(agreeing)),
                   reach=None if reach is None else float(str(reach)), two_sources=bool(d.get("two_sources", False)),
                   split_named=bool(d.get("split_named", False)))


@cache
def load_model() -> PairModel:
    """The shipped model (``newskit/data/figure_weights.json``)."""
    return PairModel.from_dict(package_json("newskit", "figure_weights.json"))


def _before(f: Figure) -> list[str]:
    """The words of an amount's sentence before it, within ``_REACH`` characters (so a long
    sentence of many amounts costs each amount a bounded look)."""
    assert f.evidence is not None and f.ref is not None
    start = max(0, f.ref.start - f.evidence.start)
    return [m.group() for m in WORD.finditer(f.evidence.text, max(0, start - _REACH), start)]


def _after(f: Figure) -> list[str]:
    """The words of an amount's sentence after it, within ``_REACH`` characters."""
    assert f.evidence is not None and f.ref is not None
    end = max(0, f.ref.end - f.evidence.start)
    return [m.group() for m in WORD.finditer(f.evidence.text, end, end + _REACH)]


def _window(f: Figure, width: int) -> set[str]:
    """The content lemmas within ``width`` words of an amount, in its sentence."""
    if f.evidence is None or f.ref is None:
        return set()
    stop = _stop()
    return {lemma(w) for w in (*_before(f)[-width:], *_after(f)[:width]) if len(w) > 2 and w.lower() not in stop}


def _verb(f: Figure) -> tuple[str, str, frozenset[int]] | None:
    """The lemma, the synonym family and the synonym sets (``act_synonyms``) of the verb
    the amount is the subject or object of, read in its sentence."""
    if f.evidence is None or f.ref is None:
        return None
    text, off = f.evidence.text, f.evidence.start
    q = QuantityMention(start=f.ref.start - off, end=f.ref.end - off, text=text[f.ref.start - off:f.ref.end - off])
    p = predicate(text, (0, len(text)), q)
    return (p.lemma, family(p.word), synonym_groups(p.word)) if p is not None else None


def _one_act(verb: tuple[str, str, frozenset[int]], other: tuple[str, str, frozenset[int]]) -> bool:
    """Whether two verbs name one act: one synonym family, or one synonym set of their
    usual senses (WordNet's, ``act_synonyms``: ``hire`` / ``employ``, ``destroyed`` /
    ``ruined``): two outlets tell one act in their own words."""
    return verb[1] == other[1] or bool(verb[2] & other[2])


def _anchors(f: Figure) -> frozenset[str]:
    """The nouns an amount is tied to by ``of``: the one it complements (``an altitude of 11
    km``) and the one of its own ``of`` phrase (``40% of its deposits``), as lemmas."""
    if f.evidence is None or f.ref is None:
        return frozenset()
    text, off, stop = f.evidence.text, f.evidence.start, _stop()
    start = f.ref.start - off
    found = [w for m in (_NOUN_OF.search(text, max(0, start - _REACH), start), match_ahead(_OF_NOUN, text, f.ref.end - off))
             if m is not None for w in m.groups() if w]
    return frozenset(lemma(w) for w in found if w.lower() not in stop)


def _preposition(f: Figure) -> str | None:
    """The preposition right before an amount (``to`` in ``rose to 5%``), if any."""
    if f.evidence is None or f.ref is None:
        return None
    before = _before(f)
    word = before[-1].lower() if before else None
    return word if word in _prepositions() else None


def _modal(f: Figure) -> bool:
    """Whether a modal verb stands within four words before the amount (``can carry``)."""
    if f.evidence is None or f.ref is None:
        return False
    before = _before(f)[-4:]
    return any(w.lower() in figure_rules()["amount_modals"] for w in before)


def _rate(f: Figure) -> bool:
    """Whether the amount is a rate (``a month``, ``per day`` within five words after it:
    ``640 tonnes of grain a day``)."""
    if f.evidence is None or f.ref is None:
        return False
    after = " " + " ".join(_after(f)[:5]).lower() + " "
    return any(f" {w} " in after for w in figure_rules()["rate_words"])


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(figure_rules()["amount_prepositions"])


def _noun(f: Figure) -> str | None:
    """The noun a count counts (its lemma's family: ``vessels`` / ``boats`` count one kind
    of thing), unless it is a generic word for people."""
    if not f.unit or dimension(f)[0] != "count" or f.unit.lower() in _generic():
        return None
    return noun_family(f.unit)


def _happening(f: Figure) -> frozenset[str]:
    """What a duration is the length of (``figure_duration.frame_words``); empty for any
    other amount."""
    if f.evidence is None or f.ref is None or dimension(f)[0] != "duration":
        return frozenset()
    off = f.evidence.start
    return frame_words(f.evidence.text, f.ref.start - off, f.ref.end - off)


def _with_restated(ids: set[int], told: dict[int, Figure]) -> frozenset[int]:
    """``ids`` with each conversion of a sum among them (:func:`figure_rates.restated_sums`)."""
    return frozenset(ids | {k for k, a in told.items() if id(a) in ids})


class StoryAmounts:
    """What the features read of a story's amounts, computed once a story."""

    def __init__(self, units: StoryUnits, window: int = 3) -> None:
        story = units.story
        self.units = units
        self.windows = {id(f): {w: 1.0 for w in _window(f, window)} for f in story}
        self.window_idf = _Idf(((f.evidence.text if f.evidence else f.article), self.windows[id(f)].keys())
                               for f in story)
        self.verbs = {id(f): _verb(f) for f in story}
        self.anchors = {id(f): _anchors(f) for f in story}
        self.modal = frozenset(id(f) for f in story if _modal(f))
        self.happenings = {id(f): _happening(f) for f in story}
        self.rate = frozenset(id(f) for f in story if _rate(f))
        self.sides = {id(f): contrast_side(f) for f in story}
        told = restated_sums(story)  # "€110 million (£94.6 million)": one sum told twice, counted once
        once = [f for f in story if id(f) not in told]
        per_dim: dict[tuple[str, str], int] = {}
        for f in once:
            key = (f.article, dimension(f)[0])
            per_dim[key] = per_dim.get(key, 0) + 1
        self.lone = _with_restated({id(f) for f in once if per_dim[(f.article, dimension(f)[0])] == 1}, told)
        self.lead = frozenset(id(f) for f in story if f.evidence is not None and f.evidence.start == 0)
        first: dict[tuple[str, str], Figure] = {}
        for f in sorted(once, key=lambda g: g.ref.start if g.ref else 0):
            first.setdefault((f.article, dimension(f)[0]), f)
        self.first = _with_restated({id(f) for f in first.values()}, told)
        self.prepositions = {id(f): _preposition(f) for f in story}
        self.unit_of = {id(f): k for k, u in enumerate(units.units) for f in u.figs}
        #: the pairs of units today's rules propose (none when the story has one article)
        self.proposed = frozenset((i, j) for _, i, j in units.rule_candidates()) \
            if len({f.article for f in story}) > 1 else frozenset()
        nouns: dict[tuple[str, str | None], int] = {}
        for f in story:
            counted = (f.article, _noun(f))
            nouns[counted] = nouns.get(counted, 0) + 1
        self.noun_counts = nouns

    def features(self, a: Figure, b: Figure) -> tuple[float, ...]:
        """The feature row of two amounts of different articles (:data:`FEATURES`)."""
        units = self.units
        va, vb = base_value(a), base_value(b)
        apart = spread([va, vb])
        ratio = math.log(apart) if apart is not None else _MAX_LOG_RATIO
        if open_bound((a, b)):  # "about 140" / "more than 400": the words set no gap to weigh
            ratio = min(ratio, math.log(float(figure_rules()["close_ratio"])))
        na, nb = _noun(a), _noun(b)
        verb, other_verb = self.verbs[id(a)], self.verbs[id(b)]
        lone = (id(a) in self.lone) + (id(b) in self.lone)
        dim = dimension(a)[0]
        one = (_Unit(LOOSE, [a]), _Unit(LOOSE, [b]))
        pa, pb = self.prepositions[id(a)], self.prepositions[id(b)]
        alike = _similarity(units.lems[id(a)], units.lems[id(b)], units.idf)
        return (
            alike,
            _similarity(self.windows[id(a)], self.windows[id(b)], self.window_idf),
            min(ratio, _MAX_LOG_RATIO),
            float(_overlap(a, b)),
            float(restated([a], [b])),
            float(na is not None and na == nb),
            float(verb is not None and other_verb is not None and verb[0] == other_verb[0]),
            float(lone == 2),
            float(lone == 1),
            float(id(a) in self.lead and id(b) in self.lead),
            float(any(f.measure != LOOSE and _named_by_cue(f.measure) for f in (a, b))),
            float(a.measure != LOOSE and b.measure != LOOSE),
            float(a.source_type is not None and a.source_type == b.source_type),
            float(dim == "count"),
            float(dim.startswith("money")),
            float(dim == "percent"),
            float(dim == "duration"),
            float("vague" in (a.approx, b.approx)),
            float(na is not None and _one_thing_counted(*one) and self._once(a, na) and self._once(b, na)),
            float(pa is not None and pa == pb),
            float(pa is not None and pb is not None and pa != pb),
            float(self._proposed(a, b)),
            float(verb is not None and other_verb is not None and _one_act(verb, other_verb)),
            float(id(a) in self.first and id(b) in self.first),
            float(bool(self.anchors[id(a)] & self.anchors[id(b)])),
            float((id(a) in self.modal) != (id(b) in self.modal)),
            float((id(a) in self.rate) != (id(b) in self.rate)),
            float(ratio > math.log(float(figure_rules()["close_ratio"]))),
            float(na is not None and nb is not None and na != nb),
            float(a.article == b.article),
            float(self._same_measure(a, b)),
            float(another_form(a, b)),
            float(bool(self.happenings[id(a)] & self.happenings[id(b)])),
            float(alike == 0.0),
        )

    def _same_measure(self, a: Figure, b: Figure) -> bool:
        name = self.units.units[self.unit_of[id(a)]].name
        return name != LOOSE and name == self.units.units[self.unit_of[id(b)]].name

    def _once(self, f: Figure, noun: str) -> bool:
        return self.noun_counts.get((f.article, noun), 0) == 1

    def _proposed(self, a: Figure, b: Figure) -> bool:
        i, j = self.unit_of[id(a)], self.unit_of[id(b)]
        return (i, j) in self.proposed or (j, i) in self.proposed


def unit_pairs(amounts: StoryAmounts) -> Iterator[tuple[int, int, Figure, Figure]]:
    """The pairs of amounts of two units that may be joined: from two articles or, with
    ``two_sources``, from one article and two named sources."""
    units = amounts.units.units
    two_sources = amounts.units.limits.two_sources
    for i, j in amounts.units.pairs():
        for a in units[i].figs:
            for b in units[j].figs:
                if a.article != b.article or (two_sources and _two_sources(a, b)):
                    yield i, j, a, b


def _share_in_words(a: Figure, b: Figure) -> bool:
    """Whether one of two shares is written as a fraction and the other in digits (``nearly a
    fifth`` / ``18 percent``): like two outlets' spans of time, two such forms that agree
    seldom meet by chance, so they join at the model's threshold."""
    return dimension(a)[0] == "percent" and is_fraction_word(a) != is_fraction_word(b)


def one_happening(amounts: StoryAmounts) -> set[tuple[int, int]]:
    """The pairs of units that hold two durations of one happening (``figure_duration``:
    ``the pool will stay closed for at least 10 days`` / ``the closure should last three
    weeks``). They join whatever the fitted weights make of the gap between their values:
    two outlets' spans of one happening lie further apart than their counts do (an early
    estimate, a later reading), while the story's other spans, of other things, share no
    happening; the join's hard limits (``_may_join``) still hold."""
    return {(i, j) for i, j, a, b in unit_pairs(amounts)
            if dimension(a)[0] == "duration" and amounts.happenings[id(a)] & amounts.happenings[id(b)]}


def rival_pairs(amounts: StoryAmounts, mean: dict[tuple[int, int], float]) -> set[tuple[int, int]]:
    """For each amount an outlet sets above or below another teller's count
    (``figure_contrast.contrast_side``: ``more than 40,000 were on the beach, far higher than
    the police estimate``), the pair of units that holds it and the likeliest rival (highest
    ``mean`` probability): an amount of another article, on the side the contrast names, that
    does not agree with it and is no vague word (``hundreds``). The contrast says the rival
    exists; the outlet that gives it seldom tells it in the same words (``Police put the
    crowd at about 15,000``), so the fitted weights alone leave the two apart. The join's hard
    limits (``_may_join``) still hold."""
    best: dict[int, tuple[float, tuple[int, int]]] = {}
    for i, j, a, b in unit_pairs(amounts):
        if a.article == b.article or _overlap(a, b) or "vague" in (a.approx, b.approx):
            continue
        for own, rival in ((a, b), (b, a)):
            side, p = amounts.sides[id(own)], mean.get((i, j), 0.0)
            if side and (base_value(own) - base_value(rival)) * side > 0 and \
                    (id(own) not in best or p > best[id(own)][0]):
                best[id(own)] = (p, (i, j))
    return {pair for _, pair in best.values()}


def rival_readings(units: StoryUnits) -> list[tuple[float, int, int]]:
    """The pairs of units that hold two tellers' readings one sentence sets side by side
    (``The union said the shutdown had cut around 60,000 barrels a day, while the company
    put the loss at 25,000 barrels a day``): an amount a verb of reading gives with ``at``
    (``figure_rival.read_at``) and the sentence's nearest earlier amount of its dimension,
    given by another named source (``figure_label._two_sources``), the two not agreeing.
    One article's amounts are otherwise never joined (one outlet's two amounts of one
    dimension in like words most often tell two things); a sentence that sets a second
    teller's reading against the first tells one measure twice. Only within one sentence:
    an earlier sentence's amount is as often another measure (``demanded £1.5 million`` /
    ``estimated the cost of the scare at more than £3 million``)."""
    where, told = _by_sentence(units)
    out: set[tuple[int, int]] = set()
    for figs in told:
        for x, b in enumerate(figs):
            assert b.evidence is not None and b.ref is not None
            if not read_at(b.evidence.text, b.ref.start - b.evidence.start):
                continue
            before = [a for a in figs[:x] if dimension(a)[0] == dimension(b)[0]]
            if before and not _overlap(before[-1], b) and _two_sources(before[-1], b):
                i, j = sorted((where[id(before[-1])], where[id(b)]))
                if i != j:
                    out.add((i, j))
    return [(0.0, i, j) for i, j in sorted(out)]


def _by_sentence(units: StoryUnits) -> tuple[dict[int, int], list[list[Figure]]]:
    """Each joined amount's unit (by the amount's identity), and the story's amounts grouped
    by the sentence that tells them, each sentence's in text order."""
    where = {id(f): k for k, u in enumerate(units.units) for f in u.figs}
    told: dict[tuple[str, int], list[Figure]] = {}
    for f in units.story:
        if f.evidence is not None and f.ref is not None and id(f) in where:
            told.setdefault((f.article, f.evidence.start), []).append(f)
    for figs in told.values():
        figs.sort(key=lambda f: f.ref.start if f.ref else 0)
    return where, list(told.values())


def told_rivals(units: StoryUnits) -> list[tuple[float, int, int]]:
    """The pairs of units that hold two amounts one sentence sets against each other as two
    readings of one measure (``figure_rival.told_against``: ``Residents said about 4,000
    homes were flooded, far more than the 1,500 given by the council``; ``The UN said about
    60,000; the district commissioner said more than 100,000``): an amount and its sentence's
    nearest earlier amount of its dimension, not agreeing, on the side the comparison names
    when it names one. Outlets that report a dispute most often give both readings, each
    joined to the other outlets that restate it, so the two readings' groups share articles
    and the join's limit of no article in common keeps them apart; the sentence itself says
    they are one measure (``figure_story._may_join_told``)."""
    def against(a: Figure, b: Figure, text: str, after_a: int, at_b: int) -> bool:
        side = told_against(text, after_a, at_b)
        return side is not None and (base_value(a) - base_value(b)) * side >= 0

    return _sentence_pairs(units, against)


def _sentence_pairs(units: StoryUnits, keep: Callable[[Figure, Figure, str, int, int], bool]
                    ) -> list[tuple[float, int, int]]:
    """The pairs of units holding an amount and its sentence's nearest earlier amount of its
    dimension, not overlapping, that ``keep`` accepts (given the two amounts, the sentence's
    text, the end of the first and the start of the second in it): linear in a sentence's
    amounts."""
    where, told = _by_sentence(units)
    out: set[tuple[int, int]] = set()
    for figs in told:
        last: dict[str, Figure] = {}  # the sentence's latest amount of each dimension
        for b in figs:
            a = last.get(dimension(b)[0])
            last[dimension(b)[0]] = b
            if a is None or _overlap(a, b):
                continue
            assert a.ref is not None and b.ref is not None and b.evidence is not None
            off = b.evidence.start
            if keep(a, b, b.evidence.text, a.ref.end - off, b.ref.start - off):
                i, j = sorted((where[id(a)], where[id(b)]))
                if i != j:
                    out.add((i, j))
    return [(0.0, i, j) for i, j in sorted(out)]


def contrast_rivals(units: StoryUnits, model: PairModel) -> list[tuple[float, int, int]]:
    """For each amount an outlet sets above or below a rival's count it gives no number for
    (``figure_contrast.contrast_side``: ``about 1,200 trucks were waiting, far fewer than the
    number given by the truck owners``), the pair of units that holds it and its likeliest
    rival (highest probability): an amount of the story on the side the contrast names, not
    agreeing with it and no vague word, when the amount's group holds none yet. The contrast says the rival is a reading of the same measure, so
    the two join as two readings one sentence sets against each other do
    (``figure_story._may_join_told``): though one article tells both (an outlet that reports
    a dispute most often gives both readings) and though they lie beyond ``close_ratio``;
    :func:`rival_pairs` offers only pairs the story's own limits allow. A sentence whose
    contrast two of its amounts could own (``about 90 people had sought treatment at three
    hospitals, a higher figure than police gave``) names no one amount's rival."""
    where = {id(f): k for k, u in enumerate(units.units) for f in u.figs}
    sided: dict[tuple[str, int], list[tuple[Figure, int]]] = {}
    for f in units.story:
        side = contrast_side(f) if id(f) in where and f.evidence is not None else 0
        if side and f.evidence is not None:
            sided.setdefault((f.article, f.evidence.start), []).append((f, side))
    if not sided:
        return []
    amounts = StoryAmounts(units)
    out: list[tuple[float, int, int]] = []
    for f, side in (own[0] for own in sided.values() if len(own) == 1):
        home = units.find(where[id(f)])
        rivals = [g for g in units.story if id(g) in where and g is not f and dimension(g)[0] == dimension(f)[0]
                  and (base_value(f) - base_value(g)) * side > 0 and not _overlap(f, g)
                  and "vague" not in (f.approx, g.approx)]
        if any(units.find(where[id(g)]) == home for g in rivals):
            continue  # its group holds a rival already
        if rivals:
            p, g = max(((model.probability(amounts.features(f, g)), g) for g in rivals), key=lambda c: c[0])
            out.append((p, where[id(f)], where[id(g)]))
    return sorted(out, key=lambda c: -c[0])


#: the most characters between two sentences that follow each other (a space, a line break)
_NEXT_SENTENCE = 3


def told_again_rivals(units: StoryUnits) -> list[tuple[float, int, int]]:
    """The pairs of units that hold an amount a sentence gives as a second reading of the
    measure the sentence right before it counted (``figure_rival.told_again``: ``Unions say
    close to 500 workers will lose their jobs. The company puts the figure at 180.``) and
    that sentence's last amount of its dimension, the two not agreeing. The sentence names
    the measure only by an anaphor (``the figure``, ``it``) or not at all (``Management says
    180.``), so the words alone never join the two; like two readings one sentence sets
    against each other they join though the article tells both and though they lie beyond
    ``close_ratio`` (``figure_story._may_join_told``). Only the sentence's first amount (an
    anaphor after an amount of its own sentence may point to that: ``measured the quake at
    6.3, while the agency put it at 6.6``), and only right after the sentence before: a
    later sentence's anaphor may point anywhere. A sentence that opens with a word of contrast
    (``figure_rival.told_instead``: ``The clinic said 1,400 patients were waiting. But the
    patients' association said 2,300 people were waiting.``) sets its first amount against
    the sentence before the same way when another named teller gives it
    (:func:`_rival_teller`), and so does an amount a verb of reading gives with ``at`` whose
    object names the measure anew in a word the earlier amount was told with
    (:func:`_named_beside`: ``Organisers said 40,000 marchers filled the avenue. Police put
    the number of marchers at about 15,000.``)."""
    where, told = _by_sentence(units)
    ends = {(figs[0].article, figs[0].evidence.end): figs for figs in told if figs[0].evidence is not None}
    out: set[tuple[int, int]] = set()
    for figs in told:
        b = figs[0]
        assert b.evidence is not None and b.ref is not None
        off = b.evidence.start
        again = told_again(b.evidence.text, b.ref.start - off, b.ref.end - off)
        named = read_at_object(b.evidence.text, b.ref.start - off)
        if not again and named is None and not told_instead(b.evidence.text):
            continue
        before = next((ends[(b.article, off - gap)] for gap in range(_NEXT_SENTENCE + 1)
                       if (b.article, off - gap) in ends), [])
        earlier = [a for a in before if dimension(a)[0] == dimension(b)[0]]
        if earlier and not _overlap(earlier[-1], b) and \
                (again or (named is not None and _named_beside(named, earlier[-1]))
                 or (told_instead(b.evidence.text) and _rival_teller(earlier[-1], b))):
            i, j = sorted((where[id(earlier[-1])], where[id(b)]))
            if i != j:
                out.add((i, j))
    return [(0.0, i, j) for i, j in sorted(out)]


#: how many characters either side of an amount the words that name what it counts may stand
_BESIDE = 20


def _named_beside(named: str, a: Figure) -> bool:
    """Whether the object a verb of reading names (``put the number of workers on strike
    at``) holds a word that stands right beside the amount ``a`` (``12,000 workers walked
    out``): the verb reads ``a``'s measure again, named anew in the words ``a`` was told in.
    The anaphors' words (``the number``, ``the real figure``), function words and the
    generic people units count for nothing: ``put the number of injured at 28`` after
    ``12 people were killed`` names another measure."""
    if a.evidence is None or a.ref is None:
        return False
    d = figure_rules()
    empty = _stop() | _generic() | {w.lower() for w in (*d["contrast_nouns"], *d["told_again_adjectives"], "of", "it")}
    own = {lemma(w) for w in WORD.findall(named) if w.lower() not in empty}
    off = a.evidence.start
    near = a.evidence.text[max(0, a.ref.start - off - _BESIDE): a.ref.end - off + _BESIDE]
    return bool(own & {lemma(w) for w in WORD.findall(near) if w.lower() not in empty})


def told_again_within(units: StoryUnits) -> list[tuple[float, int, int]]:
    """The pairs of units that hold an amount a sentence gives as a second reading of the
    measure an earlier amount of the same sentence counted (``figure_rival.told_again_after``:
    ``The ministry says the repairs will cost $18 million; critics say the true figure is
    nearly $30 million``) and that earlier amount, the nearest of its dimension, the two not
    agreeing. :func:`rival_readings` asks for two named tellers, which a sentence read as one
    claim seldom yields (both amounts credited to its first teller); the anaphor says the
    second amount is the first's measure whoever tells it, so, like a second reading told in
    the next sentence (:func:`told_again_rivals`), the two join though the article tells
    both and though they lie beyond ``close_ratio`` (``figure_story._may_join_told``)."""
    return _sentence_pairs(units, lambda a, b, text, after_a, at_b: told_again_after(text, after_a, at_b))


def _rival_teller(a: Figure, b: Figure) -> bool:
    """Whether ``b``, set against the sentence before (``figure_rival.told_instead``), is
    another teller's reading of ``a``'s measure: two named tellers (``_two_sources``), no
    vague word (``several``) and no two different counted nouns (``fewer than 1,000 embryos``
    / ``more than 60 patients``: a teller's own description, not its reading)."""
    na, nb = _noun(a), _noun(b)
    return _two_sources(a, b) and "vague" not in (a.approx, b.approx) and not (na and nb and na != nb)


def join_by_model(groups: dict[str, list[Figure]], loose: Sequence[Figure], model: PairModel | None = None) -> None:
    """Join the story's groups and loose amounts that the model reads as one measure (the
    mean probability over their pairs of amounts at least its threshold), best first; with
    ``with_rules`` today's rules propose pairs too, ranked by the same probability. Then
    two tellers' readings one sentence sets side by side join (:func:`rival_readings`)."""
    model = model or load_model()
    units = StoryUnits(groups, loose, model.limits)
    if units.pairs():  # else nothing two articles could share (a story of one article)
        _join_pairs(units, model)
    units.join(rival_readings(units), evolve(units.limits, two_sources=True))
    units.join(told_rivals(units), evolve(units.limits, told_against=True))
    units.join(contrast_rivals(units, model), evolve(units.limits, told_against=True))
    units.join(told_again_rivals(units), evolve(units.limits, told_against=True))
    units.join(told_again_within(units), evolve(units.limits, told_against=True))
    units.write(groups)


def _join_pairs(units: StoryUnits, model: PairModel) -> None:
    """Join the pairs of units of two articles the model (and the rules beside it) choose."""
    amounts = StoryAmounts(units)
    probs: dict[tuple[int, int], list[float]] = {}
    plain: set[tuple[int, int]] = set()
    for i, j, a, b in unit_pairs(amounts):
        probs.setdefault((i, j), []).append(model.probability(amounts.features(a, b)))
        if not _overlap(a, b) or dimension(a)[0] == "duration" or _share_in_words(a, b):
            plain.add((i, j))
    mean = {k: sum(ps) / len(ps) for k, ps in probs.items()}
    agreeing = model.threshold if model.agreeing_threshold is None else model.agreeing_threshold
    chosen = {k for k, p in mean.items() if p >= (model.threshold if k in plain else agreeing)}
    if model.with_rules:
        chosen |= amounts.proposed
    chosen |= one_happening(amounts)
    chosen |= rival_pairs(amounts, mean)
    units.join(sorted(((mean.get(k, 0.0), *k) for k in chosen), key=lambda c: (-c[0], c[1], c[2])))
