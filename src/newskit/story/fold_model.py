"""Whether a cluster that a hand rule keeps apart from the central event is one with it
all the same: a fitted fold.

The story's fold (``story/central.py`` ``fold_into_central``) joins to the central event
every cluster that shares its trigger families or an article event with it, unless a
hand rule sets it apart: one mention with a participant the central event lacks, most of
their times or places excluding each other, a class that cannot be the same happening.
On real multi-outlet news (ECB+ sub-topics, ``bench/ecb_split.py``) these rules read
wrong about as often as right: a victim read as a participant beside the gunman, a place
or a film title read as one, a background year ("host of the Emmys in 2001") or a year
misread in an undated document. Dropping the participant rule folded other happenings
of the same kind instead (other firings, last season's games: links F1 0.700 -> 0.671).

So the rules' verdicts become signs, with how much of the cluster each one holds for and
how alike the cluster and the central event are (shared participants and persons, trigger
families, article events, the articles' words), and a logistic model fitted on the
candidates the rules keep apart (``bench/fold_fit.py``, weights in
``newskit/data/fold_weights.json``) says when they are one happening anyway. Times that
clash weigh apart for dated articles and for undated ones: a publication date anchors
"on Friday", so dated news of another day is another happening, while an undated
document's clash is more often a year read wrong. The signs say how one happening told
in other words looks, never which story or which words; the fit is decided on odd ECB+
topics and every other story set, and evaluated on the rest.
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
            "clash_dated", "clash_undated", "class_clash", "family", "same_event", "host_articles", "lead", "size", "doc_sim", "learned")


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
    #: the share of pairs of article events of dated articles that exclude each other: a
    #: publication date anchors "on Friday", and dated news of another day is another
    #: happening
    clash_dated: float
    #: the same for pairs with an undated article, whose times a background date or a
    #: year read wrong decides more often
    clash_undated: float
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


def clashes(units: Sequence[Unit], host: Sequence[Unit], excluded: Callable[[Unit, Unit], bool],
            dated: bool | None = None) -> tuple[int, int]:
    """(pairs that exclude each other, pairs that state a time or a place or exclude each
    other anyway) over the article events of ``units`` and ``host``; only the pairs of two
    dated articles (``dated`` True) or of an undated one (False) when asked."""
    told = clash = 0
    for u in told_events(units):
        for v in told_events(host):
            if dated is not None and bool(u.published and v.published) != dated:
                continue
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
    d_clash, d_told = clashes(units, host, excluded, dated=True)
    u_clash, u_told = clashes(units, host, excluded, dated=False)
    families = {v.family for v in host}
    host_events = {(v.ref.article, v.event) for v in host}
    host_articles = {v.ref.article for v in host}
    articles = {u.ref.article for u in units}
    return FoldSigns(
        participant=any(bool(u.who) and not any(shared_who(u, v) for v in host) for u in units),
        participant_events=_share(odd), persons_clash=_share(strangers),
        who_shared=_share([any(shared_who(u, v) for v in host) for u in units]),
        apart=2 * clash > told, clash_share=clash / told if told else 0.0,
        clash_dated=d_clash / d_told if d_told else 0.0, clash_undated=u_clash / u_told if u_told else 0.0,
        class_clash=class_clash,
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
