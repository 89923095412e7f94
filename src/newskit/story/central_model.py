"""Which story event is central, as a fitted choice among the story's events.

The hand order of ``story/central.py`` (support first, then lead articles, articles,
mentions, each rule a veto) was written against invented stories, and on real
multi-outlet news (ECB+ sub-topics, ``bench/ecb_central.py``) it chose an event that
holds none of the central happening's mentions in a third of the stories: the heart
attack before a death, the investigation after a crash, the confirmation of a signing.
Here the same signs are features of each candidate event (how many headlines and leads
name it, in how many articles it is the first event told, whether it is a toll, a report,
a verb of saying or framing, told only as possible, an ordinary action...), and a
conditional logit fitted on ECB+ sub-topics and the committed story sets
(``bench/central_fit.py``, weights in ``newskit/data/central_weights.json``) weighs them;
the event with the highest score is central. The features say how "the news" looks in
any story, never which story or which words, so the weights can carry; they are evaluated
with halves of the stories held out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache

from attrs import frozen

from newskit.datafiles import package_json
from newskit.story.features import Unit

__all__ = ["FEATURES", "CentralModel", "Prominence", "first_told", "load_model"]

#: the features of a candidate event, in the order of the weights
FEATURES = ("named_class", "possible", "yields", "headlines", "leads", "lead_articles",
            "articles", "mentions", "dated", "ahead", "toll", "report", "befell", "first_told",
            "opening", "framing", "lone", "family_leads")


@frozen
class Prominence:
    """The signs that one candidate event is the story's news (see :data:`FEATURES`).

    Counts of articles are shares of the story's articles, so a story of 4 outlets and
    one of 20 weigh alike."""

    named_class: bool
    possible: bool
    yields: bool
    headlines: float
    leads: float
    lead_articles: float
    articles: float
    mentions: float
    dated: bool
    #: dated after the last day it was reported ("facing a strike next month")
    ahead: bool
    toll: bool
    report: bool
    #: several leads tell it as what befell a process they name ("the talks collapsed")
    befell: bool
    first_told: float
    opening: float
    framing: float
    lone: bool
    #: a toll with a named person among its participants ("the actress died", not "five
    #: people were killed"): the death of a person is news of its own
    named_toll: bool = False
    #: the share of articles whose headline or lead names a word of its trigger families,
    #: in any of the story's events ("stopped" in a lead the clustering put apart)
    family_leads: float = 0.0
    #: a planned occasion (a race, a concert) or a happening known only from the story's
    #: frames ("during a half marathon"): never the cause a toll yields to (not a feature)
    occasion: bool = False
    #: of a class of planned occasions and named by nouns ("the festival", "the race";
    #: not "won the race"): where news happens (not a feature)
    gathering: bool = False
    #: told in a sentence that also tells a gathering ("the stage collapsed at the
    #: festival"): a happening at it, which the gathering yields to (not a feature)
    at_gathering: bool = False
    #: the act the leads share (story/predicate.py), whatever its class (not a feature)
    act: bool = False
    #: yields only as what a lead names as the object of that act ("blocked the takeover"):
    #: to that act, not to another event (not a feature)
    object_of_act: bool = False
    #: yields only as an arrest that came of a raid or an operation: to such a cause, not
    #: to another event (not a feature)
    outcome: bool = False
    #: a raid or an operation an arrest yields to (not a feature)
    cause: bool = False

    def row(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in FEATURES)


def _happened_at(p: Prominence, gathering: Prominence) -> bool:
    """A happening the ``gathering`` yields to: no gathering itself, told at one, and named
    in more headlines than the gathering ("Stage collapse kills two", the festival told
    only below): outlets headline the news, not where it happened."""
    return p.at_gathering and not p.gathering and p.headlines > gathering.headlines


def first_told(clusters: Sequence[Sequence[Unit]]) -> list[float]:
    """Per cluster, the number of articles whose first sentence that tells an event
    mentions it: the news is what an article tells first. Sentences, not offsets: in "a
    former mayor accused of fraud pleaded not guilty" both are told first."""
    first: dict[str, int] = {}
    for c in clusters:
        for u in c:
            first[u.ref.article] = min(first.get(u.ref.article, u.sentence_index), u.sentence_index)
    return [float(len({u.ref.article for u in c if u.sentence_index == first[u.ref.article]}))
            for c in clusters]


@frozen
class CentralModel:
    """Linear scores over :data:`FEATURES`; the candidate with the highest is central."""

    weights: tuple[float, ...]

    def score(self, p: Prominence) -> float:
        return sum(w * x for w, x in zip(self.weights, p.row(), strict=True))

    def choose(self, candidates: Sequence[Prominence]) -> int:
        """The index of the best candidate (the first on equal scores). An event every
        source tells only as possible ("could strike"), or dates after the last day it was
        reported ("facing a strike next month"; not when a lead tells it done, see
        ``story/central.py`` ``_ahead``), is never the news while another is there, nor an
        ordinary action of the general class ("Fares rose") while an event of a named class
        is, unless a headline names it ("Champion stops challenger in fourth round": the
        outlet made the act its news, whatever class its verb has), nor an event that yields
        to another (a toll beside the collapse that caused it, an announcement beside the
        news, the rally a shooting happened at) but the death of a named person ("Bettie
        Page dies after heart attack": the death is the news): vetoes, not weights. A toll
        yields to its cause, never to the occasion it happened at: when the pick is one
        ("died during the half marathon"), the tolls compete again, and a gathering yields
        to a happening a lead tells in its sentences ("the stage collapsed at the
        festival"): the festival is where the news happened. An event that yields as the
        object of the act the leads share ("foiled a coup", "rejected the election")
        yields to that act only: when the choice falls on another event (the act is told
        in too few words to win), it competes again; so does an arrest that yields to the
        raid it came of when the choice falls on neither ("searches" one outlet leads with
        beside the raid and the arrests)."""
        first = self._choose(candidates, lift_objects=False, lift_outcomes=False)
        objects = not candidates[first].act and any(p.object_of_act for p in candidates)
        if objects:
            first = self._choose(candidates, lift_objects=True, lift_outcomes=False)
        if candidates[first].cause or not any(p.outcome for p in candidates):
            return first
        return self._choose(candidates, lift_objects=objects, lift_outcomes=True)

    def _choose(self, candidates: Sequence[Prominence], lift_objects: bool, lift_outcomes: bool) -> int:
        """The choice of :meth:`choose`; ``lift_objects``: an event that yields only as the
        object of the act the leads share competes (the choice fell on another event);
        ``lift_outcomes``: so does an arrest that yields only to the raid it came of."""
        told = [k for k, p in enumerate(candidates) if not p.possible and not p.ahead] or \
            list(range(len(candidates)))
        told = [k for k in told if candidates[k].named_class or candidates[k].headlines > 0] or told
        kept = [k for k in told if not candidates[k].yields or candidates[k].named_toll
                or (lift_objects and candidates[k].object_of_act)
                or (lift_outcomes and candidates[k].outcome)] or told
        best = self._best(candidates, kept)
        if not candidates[best].occasion:
            return best
        again = [k for k in told if k in kept or candidates[k].toll]
        at = [k for k in again if _happened_at(candidates[k], candidates[best])] if candidates[best].gathering else []
        return self._best(candidates, at or again)

    def _best(self, candidates: Sequence[Prominence], ks: Sequence[int]) -> int:
        """The highest-scoring of the candidates ``ks``, the first on equal scores."""
        return max(ks, key=lambda k: (self.score(candidates[k]), -k))

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> CentralModel:
        weights = d["weights"]
        assert isinstance(weights, dict)
        return cls(weights=tuple(float(weights.get(n, 0.0)) for n in FEATURES))


@cache
def load_model() -> CentralModel | None:
    """The shipped model (``newskit/data/central_weights.json``), None when switched off."""
    d = package_json("newskit", "central_weights.json")
    return CentralModel.from_dict(d) if d.get("enabled", True) else None


def log_count(n: int) -> float:
    """A count's feature value: each doubling adds the same."""
    return math.log1p(n)
