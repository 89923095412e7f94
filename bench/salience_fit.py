"""Fitting and cross-validating the model that leaves incidental ``figures`` findings out
(``newskit/story/figure_salience.py``, weights in ``newskit/data/figure_salience.json``).

Reads the figures ``bench/figure_fit.py cache`` stored (run that first, after a change to
how figures are read or joined). Each story's findings are made from its cached figures as
the story makes them; a finding is *incidental* (the label fitted) when figures_eval counts
it spurious: its amounts are not all of one gold group. Folds are whole story sets, so no
story is scored by weights fitted on it. The check sets are never fitted on: pass each with
``--skip``.

    .venv/bin/python bench/salience_fit.py cv [L2] [--skip set_db ...]     # out-of-fold, per threshold
    .venv/bin/python bench/salience_fit.py fit L2 T [--skip set_db ...]    # fit on every set, write the weights
    .venv/bin/python bench/salience_fit.py shipped [--only set_x ...]      # the written weights
    .venv/bin/python bench/salience_fit.py cv [L2] --clause [--skip ...]   # ... with the clause marks too

``--clause`` adds to each finding the shares of its amounts whose own clause is told in the
past, the present, as a plan, or at another time (``bench/figure_clause.py``), each
also times ``longness``: the experiment of session 55, kept to be run again.

``cv`` prints, for each threshold, the totals figures_eval's summary gives (groups surfaced,
labels right, findings, spurious) over all stories scored and over the long ones (articles of
2,500 characters or more on average: 450-800 words, as real reports run).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figure_fit as ff  # noqa: E402
import figures_eval as fe  # noqa: E402
from figure_clause import CLAUSE_FEATURES, clause_shares  # noqa: E402

from newskit import Pipeline  # noqa: E402
from newskit.model import Finding  # noqa: E402
from newskit.story.figure_salience import FEATURES, SalienceModel, story_features  # noqa: E402
from newskit.story.figures import compare_figures  # noqa: E402
from newskit.story.fit import fit_weights  # noqa: E402
from newskit.vocabulary import using  # noqa: E402

WEIGHTS = HERE.parent / "src" / "newskit" / "data" / "figure_salience.json"
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)

#: (set, story, its figures findings, their features, each one's spurious mark)
Item = tuple[str, dict[str, Any], list[Finding], list[dict[str, float]], list[int]]


def items(argv: Sequence[str]) -> list[Item]:
    """Every cached story's findings with their features and labels."""
    out: list[Item] = []
    fe.LENIENT["on"] = False
    with using(Pipeline.build().vocabulary):
        for name, stories in ff.load(argv):
            for story, figures in stories:
                findings = [f for f in compare_figures(figures) if f.type == "figures"]
                lengths = {a["id"]: len(a["text"]) for a in story["articles"]}
                marks = [fe.figure_counts([f], story)[4] for f in findings]
                feats = story_features(findings, lengths)
                if "--clause" in argv:
                    feats = [{**x, **_clause_marks(f, x["longness"])} for f, x in zip(findings, feats, strict=True)]
                out.append((name, story, findings, feats, marks))
    return out


#: the clause marks ``--clause`` adds, and each times longness
CLAUSE_NAMES = (*CLAUSE_FEATURES, *(f"{k} x longness" for k in CLAUSE_FEATURES))


def _clause_marks(finding: Finding, longness: float) -> dict[str, float]:
    shares = clause_shares(finding.figures)
    return {**shares, **{f"{k} x longness": v * longness for k, v in shares.items()}}


def _vector(feats: dict[str, float], names: Sequence[str]) -> list[float]:
    return [feats[n] for n in names]


#: how many times a row of the longest stories counts, against once for a short one
LONG_WEIGHT = 3


def fit(train: Sequence[Item], l2: float, names: Sequence[str] = FEATURES) -> dict[str, float]:
    """Logistic weights over ``names``; a finding of long articles counts up to
    ``LONG_WEIGHT`` times (by its ``longness``), since real reports run long and the read
    sets are mostly short."""
    rows = [(_vector(x, names), y) for _, _, _, feats, marks in train for x, y in zip(feats, marks, strict=True)
            for _ in range(1 + round((LONG_WEIGHT - 1) * x["longness"]))]
    return fit_weights(rows, l2=l2, names=names)


def totals(scored: Sequence[tuple[Item, list[float]]], threshold: float) -> list[int]:
    """[gold groups, surfaced, right, findings, spurious] with findings above ``threshold`` left out."""
    tot = [0] * 5
    fe.LENIENT["on"] = False
    for (_, story, findings, _, _), probs in scored:
        kept = [f for f, p in zip(findings, probs, strict=True) if p <= threshold]
        tot = [a + b for a, b in zip(tot, fe.figure_counts(kept, story), strict=True)]
    return tot


def _line(label: str, t: list[int]) -> str:
    return (f"{label:>8s} groups {t[1]}/{t[0]} right {t[2]} ({t[2] / max(1, t[0]):.3f})"
            f"  spurious {t[4]}/{t[3]} = {t[4] / max(1, t[3]):.3f}")


def _long(item: Item) -> bool:
    """Whether a story's articles run 2,500 characters or more on average."""
    articles = item[1]["articles"]
    return sum(len(a["text"]) for a in articles) / max(1, len(articles)) >= 2500


def cross_validate(data: list[Item], l2: float, folds: int, names: Sequence[str] = FEATURES) -> None:
    sets = sorted({d[0] for d in data})
    fold_of = {n: k % folds for k, n in enumerate(sets)}
    scored: list[tuple[Item, list[float]]] = []
    for k in range(folds):
        model = SalienceModel(fit([d for d in data if fold_of[d[0]] != k], l2, names), 1.0)
        scored += [(d, [model.incidental(x) for x in d[3]]) for d in data if fold_of[d[0]] == k]
    for t in THRESHOLDS:
        print(_line(f"{t:.2f}", totals(scored, t)), "| long", _line("", totals([s for s in scored if _long(s[0])], t)))


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "cv"
    data = items(argv)
    if cmd == "cv":
        l2 = float(argv[1]) if len(argv) > 1 and not argv[1].startswith("-") else 1.0
        cross_validate(data, l2, 10, (*FEATURES, *CLAUSE_NAMES) if "--clause" in argv else FEATURES)
    elif cmd == "fit":
        l2, threshold = float(argv[1]), float(argv[2])
        weights = fit(data, l2)
        skipped = " ".join(f"--skip {n}" for n in sorted(ff._named(argv, "--skip")))
        WEIGHTS.write_text(json.dumps({
            "_doc": f"Which figures findings are incidental (story/figure_salience.py), fitted by "
                    f"bench/salience_fit.py fit {l2} {threshold} {skipped} on every committed story set but "
                    f"those skipped (the check sets: never fitted on); l2 and threshold chosen by "
                    f"cross-validation over whole sets (docs/accuracy.md, session 54).",
            "threshold": threshold, "weights": weights}, indent=1) + "\n")
        print(json.dumps(weights, indent=1))
    elif cmd == "shipped":
        model = SalienceModel.from_dict(json.loads(WEIGHTS.read_text()))
        scored = [(d, [model.incidental(x) for x in d[3]]) for d in data]
        print(_line("shipped", totals(scored, model.threshold)))
        print(_line("all kept", totals(scored, 1.01)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
