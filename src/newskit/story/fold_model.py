"""Whether a cluster that names the central happening's words is one with it: a fitted fold.

The story's fold (``story/central.py`` ``fold_into_central``) joins to the central event
every cluster that shares its trigger families or an article event with it, unless a
hand rule sets it apart: one mention with a participant the central event lacks, most of
their times or places excluding each other, a class that cannot be the same happening.
On real multi-outlet news (ECB+ sub-topics, ``bench/ecb_split.py``) the participant rule
decides most of the splits, and it reads wrong as often as right: a victim beside the
gunman, a place or a film title read as a participant, one stray mention in a cluster of
thirty. Dropping it folded other happenings of the same kind (other firings, last
season's games: links F1 0.700 -> 0.671).

So the rules' verdicts become signs, with how much of the cluster each one holds for and
how alike the cluster and the central event are (shared participants, article events,
the articles' words), and a logistic model fitted on ECB+ (``bench/fold_fit.py``, weights
in ``newskit/data/fold_weights.json``) weighs them. The signs say how one happening told
in other words looks, never which story or which words; the fit is decided on odd topics
and evaluated on even ones.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from attrs import frozen

from newskit.datafiles import package_json
from newskit.story.features import Unit, cosine, shared_persons, shared_who
from newskit.story.learned import is_learned

__all__ = ["FEATURES", "FoldModel", "FoldSigns", "fold_signs", "load_fold_model", "told_events"]

#: the signs of a candidate cluster, in the order of the weights
FEATURES = ("participant", "participant_events", "persons_clash", "who_shared", "apart", "clash_share",
            "class_clash", "family", "same_event", "host_articles", "lead", "size", "doc_sim", "learned")


@frozen
class FoldSigns:
    """What the cluster and the central event share and what sets them apart. Shares are
    of the cluster's mentions (or article events, or articles), so a cluster of two and
    one of forty weigh alike."""

    #: the hand rule: some mention names a participant the central event lacks
    participant: bool
    #: the share of its article events that name such a participant
    participant_events: float
    #: the share of its article events that name a person the central event lacks
    persons_clash: float
    #: the share of its mentions that share a participant with the central event
    who_shared: float
    #: the hand rule: most pairs of their article events exclude each other in time or place
    apart: bool
    #: the share of those pairs that exclude each other
    clash_share: float
    #: the hand rule: a class that cannot be one happening with a mention of another family
    class_clash: bool
    #: the share of its mentions of a trigger family of the central event
    family: float
    #: the share of its mentions an article read as one event with a central mention
    same_event: float
    #: the share of its articles that tell the central event too
    host_articles: float
    #: the share of its mentions in an article's lead
    lead: float
    #: its size, log-scaled
    size: float
    #: how alike its articles are to the central event's other articles (mean best cosine)
    doc_sim: float
    #: the share of its mentions that are words the story learned
    learned: float

    def row(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in FEATURES)


def told_events(units: Sequence[Unit]) -> list[Unit]:
    """One mention per article event (its first): the arguments are the event's."""
    seen: dict[tuple[str, int], Unit] = {}
    for u in units:
        seen.setdefault((u.ref.article, u.event), u)
    return list(seen.values())


def _states(u: Unit) -> bool:
    return bool(u.source.when or u.source.where or u.source.country)


def clashes(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool]) -> tuple[int, int]:
    """(pairs that exclude each other, pairs that state a time or a place or exclude each
    other anyway) over the article events of ``units`` and ``host``."""
    told = clash = 0
    for u in told_events(units):
        for v in told_events(host):
            out = excluded(u, v)
            told += int(out or (_states(u) and _states(v)))
            clash += int(out)
    return clash, told


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def _doc_sim(units: Sequence[Unit], host: Sequence[Unit]) -> float:
    """For each article of ``units``, the best cosine of its words with another article of
    the central event; their mean."""
    docs = {u.ref.article: u.doc for u in host}
    own = {u.ref.article: u.doc for u in units}
    best = [max((cosine(d, e) for b, e in docs.items() if b != a), default=0.0) for a, d in own.items()]
    return sum(best) / len(best) if best else 0.0


def fold_signs(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool],
               class_clash: bool) -> FoldSigns:
    """The signs of the cluster ``units`` against the central event ``host``
    (``excluded``: two mentions whose times or places exclude each other; ``class_clash``:
    the class rule's verdict, which needs the story's class data)."""
    events = told_events(units)
    odd = [bool(u.who) and not any(shared_who(u, v) for v in host) for u in events]
    strangers = [bool(u.persons) and not any(shared_persons(u, v) for v in host) for u in events]
    clash, told = clashes(units, host, excluded)
    families = {v.family for v in host}
    host_events = {(v.ref.article, v.event) for v in host}
    host_articles = {v.ref.article for v in host}
    articles = {u.ref.article for u in units}
    return FoldSigns(
        participant=any(bool(u.who) and not any(shared_who(u, v) for v in host) for u in units),
        participant_events=_share(odd), persons_clash=_share(strangers),
        who_shared=_share([any(shared_who(u, v) for v in host) for u in units]),
        apart=2 * clash > told, clash_share=clash / told if told else 0.0, class_clash=class_clash,
        family=_share([u.family in families for u in units]),
        same_event=_share([(u.ref.article, u.event) in host_events for u in units]),
        host_articles=len(articles & host_articles) / len(articles) if articles else 0.0,
        lead=_share([u.lead for u in units]), size=math.log1p(len(units)),
        doc_sim=_doc_sim(units, host), learned=_share([is_learned(u) for u in units]))


@frozen
class FoldModel:
    """A logistic score over :data:`FEATURES`; a cluster folds when its probability
    reaches ``threshold``."""

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def probability(self, signs: FoldSigns) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, signs.row(), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def folds(self, signs: FoldSigns) -> bool:
        return self.probability(signs) >= self.threshold

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> FoldModel:
        weights = d["weights"]
        assert isinstance(weights, dict)
        return cls(weights=tuple(float(weights.get(n, 0.0)) for n in FEATURES),
                   bias=float(weights.get("bias", 0.0)), threshold=float(str(d.get("threshold", 0.5))))


@cache
def load_fold_model() -> FoldModel | None:
    """The shipped model (``newskit/data/fold_weights.json``), None when switched off or absent."""
    try:
        d = package_json("newskit", "fold_weights.json")
    except FileNotFoundError:
        return None
    return FoldModel.from_dict(d) if d.get("enabled", True) else None
