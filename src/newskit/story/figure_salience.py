"""Which ``figures`` findings a reader of the story needs, and which are incidental.

Every measure that two outlets give a value of becomes a finding, and on long reports most
of them are background: a passenger limit recalled in the fourth paragraph beside the number
on board, last season's toll, the distance to the nearest town two outlets both mention. What
the outlets dispute or revise is told early and by several of them; incidental amounts sit
in the background paragraphs and agree. No one rule says so (each of these marks holds for
some findings a reader needs), so a logistic model weighs them together: the features below,
with weights fitted on the read story sets (``bench/salience_fit.py``, the check sets left
out) and stored as data (``newskit/data/figure_salience.json``). A finding whose probability
of being incidental passes the stored threshold is left out of the story's findings.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from newskit.datafiles import package_json
from newskit.model import Figure, Finding
from newskit.story.figure_data import base_measure, measure_table

__all__ = ["BASE_FEATURES", "FEATURES", "SalienceModel", "finding_features", "load_salience", "salient_findings",
           "story_features"]

#: what one finding shows, read off its amounts and the story's articles
BASE_FEATURES = (
    "first_position",    # how far into its article the finding's earliest amount lies (0 = the lead)
    "mean_position",     # the mean, over the finding's articles, of each article's earliest amount
    "late_in_all",       # every article gives it past the first third
    "article_share",     # the share of the story's articles that give it
    "lead_rank",         # the finding's place among the story's findings by first position (0 = first)
    "findings",          # how many findings the story has (log)
    "conflicting",
    "updated",
    "one_value",         # every amount has the same value
    "attributed",        # the share of its amounts that a named source gives
    "small",             # every value is below ten
    "spread",            # how far apart the values lie (orders of magnitude, at most one)
    "counted_noun",      # the measure is a counted noun ("number of schools"), no cue's
    "dimension_only",    # the measure is a dimension and a nearby word ("duration (away)")
    "count_only",        # the measure is a count named only by a nearby word ("count (bout)")
    "duration",          # the measure is a span of time
)

#: every feature, in the order the stored weights name them: the base features, how long the
#: finding's articles are (0 up to 2,000 characters, 1 from 4,000) and each base feature
#: times that, since a long report's background paragraphs make the same mark mean more
FEATURES = (*BASE_FEATURES, "longness", *(f"{k} x longness" for k in BASE_FEATURES))


@cache
def load_salience() -> SalienceModel:
    """The shipped model (``newskit/data/figure_salience.json``)."""
    return SalienceModel.from_dict(package_json("newskit", "figure_salience.json"))


class SalienceModel:
    """Logistic weights over :data:`FEATURES` and the probability above which a finding is
    incidental."""

    def __init__(self, weights: Mapping[str, float], threshold: float) -> None:
        self.weights, self.threshold = dict(weights), threshold

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SalienceModel:
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d["threshold"]))

    def incidental(self, features: Mapping[str, float]) -> float:
        """The probability that a finding with these features is incidental."""
        z = self.weights.get("bias", 0.0) + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _position(f: Figure, lengths: Mapping[str, int]) -> float:
    """How far into its article an amount lies, 0 (the first character) to 1."""
    start = f.ref.start if f.ref is not None else 0
    return min(1.0, start / max(1, lengths.get(f.article, 1)))


def _first_positions(finding: Finding, lengths: Mapping[str, int]) -> dict[str, float]:
    """Each article of a finding, with how far into it the finding's earliest amount lies."""
    out: dict[str, float] = {}
    for f in finding.figures:
        p = _position(f, lengths)
        out[f.article] = min(p, out.get(f.article, 1.0))
    return out


def finding_features(finding: Finding, lengths: Mapping[str, int], rank: int, count: int) -> dict[str, float]:
    """The features of one finding: ``lengths`` are the story's article lengths in
    characters, ``rank`` its place among the story's ``count`` findings by first position."""
    firsts = _first_positions(finding, lengths)
    figs = finding.figures
    values = {(f.value, f.high) for f in figs}
    mean_len = sum(lengths.get(a, 0) for a in firsts) / max(1, len(firsts))
    base = {
        "first_position": min(firsts.values(), default=1.0),
        "mean_position": sum(firsts.values()) / max(1, len(firsts)),
        "late_in_all": float(all(p > 1 / 3 for p in firsts.values())),
        "article_share": len(firsts) / max(1, len(lengths)),
        "lead_rank": min(rank, 6) / 6,
        "findings": math.log1p(count),
        "conflicting": float(finding.label == "conflicting"),
        "updated": float(finding.label == "updated"),
        "one_value": float(len(values) == 1),
        "attributed": sum(f.source is not None for f in figs) / max(1, len(figs)),
        "small": float(all(f.value is not None and f.value < 10 for f in figs)),
        "spread": _spread(figs),
        **_measure_kind(finding.measure or ""),
    }
    longness = min(1.0, max(0.0, (mean_len - 2000) / 2000))
    return {**base, "longness": longness, **{f"{k} x longness": v * longness for k, v in base.items()}}


def _spread(figs: Sequence[Figure]) -> float:
    """How many orders of magnitude lie between the least and the greatest value (at most 1)."""
    values = [float(v) for f in figs for v in (f.value, f.high) if v is not None and v > 0]
    return min(1.0, math.log10(max(values) / min(values))) if values else 0.0


def _measure_kind(measure: str) -> dict[str, float]:
    """Whether a measure is a cue's (``deaths``, ``cost``), a counted noun's or a dimension's,
    and whether only a nearby word names it (``count (bout)``: no cue, no counted noun)."""
    base = base_measure(measure)  # a finding's measure never holds the join's " ~N"
    cue = base in _cue_names()
    counted = not cue and base.startswith("number of ")
    return {"counted_noun": float(counted), "dimension_only": float(not cue and not counted),
            "count_only": float(not cue and base == "count"),
            "duration": float(base.startswith("duration"))}


@cache
def _cue_names() -> frozenset[str]:
    return frozenset(m.name for m in measure_table())


def story_features(findings: Sequence[Finding], lengths: Mapping[str, int]) -> list[dict[str, float]]:
    """The features of each of a story's ``figures`` findings, in their order."""
    firsts = [min(_first_positions(f, lengths).values(), default=1.0) for f in findings]
    order = sorted(range(len(findings)), key=lambda k: (firsts[k], k))
    rank = {k: r for r, k in enumerate(order)}
    return [finding_features(f, lengths, rank[k], len(findings)) for k, f in enumerate(findings)]


def salient_findings(findings: Sequence[Finding], lengths: Mapping[str, int],
                     model: SalienceModel | None = None) -> list[Finding]:
    """The findings a reader needs: ``figures`` findings the model judges incidental left
    out, every other finding kept as it is."""
    model = model or load_salience()
    figs = [f for f in findings if f.type == "figures"]
    feats = dict(zip(map(id, figs), story_features(figs, lengths), strict=True))
    return [f for f in findings if id(f) not in feats or model.incidental(feats[id(f)]) <= model.threshold]
