"""Fitting and cross-validating the pairwise model that joins figures across outlets
(``newskit/story/figure_model.py``, weights in ``newskit/data/figure_weights.json``).

Each committed story set (``bench/stories/set_*/`` and set C) is run through the pipeline
once and the figures ``compare_figures`` receives are cached (``cache``); fitting and
scoring then only regroup those figures, so a cross-validation over every set takes
seconds. Training rows are the candidate pairs of amounts of two articles whose gold
standing is clear (``figure_model.gold_rows``); groups are scored with
``bench/figures_eval.py``'s matching.

    .venv/bin/python bench/figure_fit.py cache            # run the pipeline, cache figures
    .venv/bin/python bench/figure_fit.py rules                   # today's hand rules, per set
    .venv/bin/python bench/figure_fit.py rows                    # training rows (positives) per set
    .venv/bin/python bench/figure_fit.py cv T [L2] [--rules] [--agreeing P] [--reach R] [--two-sources] [--split-named] [--folds K]
    .venv/bin/python bench/figure_fit.py sweep                   # CV totals over thresholds
    .venv/bin/python bench/figure_fit.py sweep-agreeing          # ... and the agreeing groups' threshold
    .venv/bin/python bench/figure_fit.py sweep-limits            # ... and the join's limits (JoinLimits)
    .venv/bin/python bench/figure_fit.py fit L2 T [--rules] [--agreeing P]    # fit on every set, write the weights
    .venv/bin/python bench/figure_fit.py shipped                 # the written weights, in-sample

Every command but ``cache`` takes ``--skip NAME`` (repeatable): that set is neither fitted
on nor scored (check sets kept unread), and ``--only NAME`` (repeatable): only those sets
are scored, their total alone printed (``shipped --only set_x``: a check set's summary).
"""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures_eval as fe  # noqa: E402

from newskit import Article, Pipeline  # noqa: E402
from newskit.model import Figure, Finding  # noqa: E402
from newskit.story import build_story  # noqa: E402
from newskit.story import figures as story_figures  # noqa: E402
from newskit.story.figure_label import _overlap  # noqa: E402
from newskit.story.figure_model import FEATURES, PairModel, StoryAmounts, join_by_model, unit_pairs  # noqa: E402
from newskit.story.figure_rates import story_currencies  # noqa: E402
from newskit.story.figure_story import RULE_LIMITS, JoinLimits, StoryUnits, join_by_story  # noqa: E402
from newskit.story.figure_units import base_value  # noqa: E402
from newskit.story.fit import Row, fit_weights  # noqa: E402
from newskit.vocabulary import using  # noqa: E402

#: one cache a checkout: helpers working side by side each cache their own code's figures
CACHE = Path(f"/tmp/newskit-figure-fit-{HERE.parent.name}.pkl")
WEIGHTS = HERE.parent / "src" / "newskit" / "data" / "figure_weights.json"

Story = dict[str, Any]
Cached = list[tuple[str, list[tuple[Story, list[Figure]]]]]


def _sets() -> list[tuple[str, list[Path]]]:
    sets = [(p.name, sorted(p.glob("*.json"))) for p in sorted((HERE / "stories").iterdir()) if p.is_dir()]
    sets.append(("C", [fe.STORY_FILES / f"{n}.json" for n in fe.SET_C]))
    return sets


def cache() -> Cached:
    """Every set's stories with the figures ``compare_figures`` is given when the story is built."""
    pipeline = Pipeline.build()
    seen: list[list[Figure]] = []
    real = story_figures.compare_figures

    def capture(figures: Sequence[Figure]) -> list[Finding]:
        seen.append(list(figures))
        return real(figures)

    story_figures.compare_figures = capture  # type: ignore[assignment]
    out: Cached = []
    try:
        for name, files in _sets():
            stories = []
            for f in files:
                story = fe._story_file(f)
                build_story([pipeline.run(Article.from_dict(a)) for a in story["articles"]])
                stories.append((story, seen.pop()))
            out.append((name, stories))
            print(name, len(stories), file=sys.stderr)
    finally:
        story_figures.compare_figures = real  # type: ignore[assignment]
    CACHE.write_bytes(pickle.dumps(out))
    return out


def load(argv: Sequence[str] = ()) -> Cached:
    """The cached sets, less those ``--skip NAME`` names; only those ``--only NAME`` names."""
    data: Cached = pickle.loads(CACHE.read_bytes())
    skip, only = _named(argv, "--skip"), _named(argv, "--only")
    return [(n, s) for n, s in data if n not in skip and (not only or n in only)]


def _named(argv: Sequence[str], option: str) -> set[str]:
    """The set names given after each ``option`` in ``argv``."""
    return {argv[i + 1] for i, a in enumerate(argv[:-1]) if a == option}


def score(findings: Sequence[Finding], story: Story, lenient: bool) -> list[int]:
    """[gold groups, surfaced, labelled right, figure findings, spurious] (figures_eval's matching)."""
    fe.LENIENT["on"] = lenient
    return fe.figure_counts(findings, story)


def run_sets(data: Cached, group: Callable[[str, list[Figure]], list[Finding]], verbose: bool = True) -> list[int]:
    """Score ``group(set name, figures)`` on every set; print a line a set and the total."""
    vocabulary = Pipeline.build().vocabulary
    tot = [0] * 10
    for name, stories in data:
        row = [0] * 10
        for story, figures in stories:
            with using(vocabulary):
                findings = [f for f in group(name, figures) if f.type == "figures"]
            row = [a + b for a, b in zip(row, score(findings, story, False) + score(findings, story, True), strict=True)]
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        if verbose:
            print(_line(name, row))
    print(_line("TOTAL", tot))
    return tot


def _line(name: str, row: list[int]) -> str:
    return (f"{name:16s} groups {row[1]:3d}/{row[0]:<3d} right {row[2]:3d}  spurious {row[4]:2d}/{row[3]:<3d}"
            f" | lenient groups {row[6]:3d} right {row[7]:3d}  spurious {row[9]:2d}/{row[8]}")


def _gold_groups(figures: Sequence[Figure], story: Story) -> dict[int, int | None]:
    """Each amount's gold group (index), None when it matches none; amounts matching two
    groups, or a gold amount that two amounts of one article match, are left out (unclear).
    Matched leniently (``figures_eval --lenient``): a figure ``312`` of gold ``312 stalls`` is
    that gold amount, not an amount no group holds (which would make a false negative)."""
    fe.LENIENT["on"] = True
    out: dict[int, int | None] = {}
    taken: dict[tuple[str, int, str], list[int]] = {}
    for f in figures:
        if f.ref is None:
            continue
        hits = [(k, x) for k, g in enumerate(story["groups"]) for x in g["amounts"] if fe._same_amount(f.ref.text, x)]
        if len({k for k, _ in hits}) > 1:
            continue
        out[id(f)] = hits[0][0] if hits else None
        for k, x in hits:
            taken.setdefault((f.article, k, x), []).append(id(f))
    for ids in taken.values():
        if len(ids) > 1:
            for i in ids:
                out.pop(i, None)
    return out


def _label(a: Figure, b: Figure, gold: dict[int, int | None], members: dict[int, list[Figure]]) -> int | None:
    """1 when two amounts are of one gold group, 0 when clearly not, None when unclear: gold
    groups list only the differing amounts of a measure, so an amount no group holds that
    equals (within hedges) an amount of the other's group may restate it; two amounts no
    group holds are one measure's only when they are one number told twice (gold lists a
    measure whose outlets agree in other words, ``consistent``)."""
    if id(a) not in gold or id(b) not in gold:
        return None
    ga, gb = gold[id(a)], gold[id(b)]
    if ga is not None and gb is not None:
        return int(ga == gb)
    if ga is None and gb is None:  # gold annotates agreeing measures too (consistent), never one number twice
        return None if base_value(a) == base_value(b) else 0
    held, other = (a, b) if ga is not None else (b, a)
    return None if _agrees(other, members[gold[id(held)] or 0]) else 0


def _agrees(f: Figure, others: Sequence[Figure]) -> bool:
    return any(_overlap(f, g) or base_value(f) == base_value(g) for g in others)


def story_rows(figures: Sequence[Figure], story: Story, limits: JoinLimits = RULE_LIMITS) -> list[Row]:
    """The training rows of one story: features and gold of its candidate pairs of amounts
    (those ``limits`` allow: ``figure_story._may_join``), sums compared at the story's own
    rates as ``compare_figures`` compares them."""
    with story_currencies(figures):
        groups, loose = story_figures.named_groups(figures)
        amounts = StoryAmounts(StoryUnits(groups, loose, limits))
        gold = _gold_groups(amounts.units.story, story)
        members: dict[int, list[Figure]] = {}
        for f in amounts.units.story:
            if gold.get(id(f)) is not None:
                members.setdefault(gold[id(f)] or 0, []).append(f)
        rows = []
        for _, _, a, b in unit_pairs(amounts):
            y = _label(a, b, gold, members)
            if y is not None:
                rows.append((list(amounts.features(a, b)), y))
    return rows


def set_rows(data: Cached, limits: JoinLimits = RULE_LIMITS) -> dict[str, list[Row]]:
    vocabulary = Pipeline.build().vocabulary
    with using(vocabulary):
        return {name: [r for story, figs in stories for r in story_rows(figs, story, limits)] for name, stories in data}


def fitted(rows: Sequence[Row], l2: float, threshold: float, with_rules: bool,
           agreeing: float | None = None, limits: JoinLimits = RULE_LIMITS) -> PairModel:
    w = fit_weights(rows, l2=l2, names=FEATURES)
    return PairModel.from_dict({"weights": w, "bias": w["bias"], "threshold": threshold, "with_rules": with_rules,
                                "agreeing_threshold": agreeing, "reach": limits.reach,
                                "two_sources": limits.two_sources, "split_named": limits.split_named})


def cross_validate(data: Cached, rows: dict[str, list[Row]], l2: float, threshold: float, with_rules: bool,
                   verbose: bool = True, agreeing: float | None = None, limits: JoinLimits = RULE_LIMITS,
                   folds: int = 0) -> list[int]:
    """Leave one set out (or, with ``folds``, one of that many folds of sets): fit on the
    other sets' rows, group the set's stories with those weights."""
    fold = _folds(list(rows), folds)
    by_fold = {k: fitted([r for other, rs in rows.items() if fold[other] != k for r in rs], l2, threshold, with_rules,
                         agreeing, limits) for k in set(fold.values())}
    models = {name: by_fold[fold[name]] for name in rows}
    return run_sets(data, lambda name, figs: story_figures.compare_figures(
        figs, lambda g, lo: join_by_model(g, lo, models[name])), verbose)


def _folds(names: Sequence[str], folds: int) -> dict[str, int]:
    """Each set's fold: its own (leave one set out) or, with ``folds``, every ``folds``-th set
    in name order together (a quicker screen of a feature)."""
    return {n: (k % folds if folds else k) for k, n in enumerate(sorted(names))}


def _agreeing(argv: list[str]) -> float | None:
    """``--agreeing P``: the threshold of groups whose amounts all agree."""
    return float(argv[argv.index("--agreeing") + 1]) if "--agreeing" in argv else None


def _limits(argv: list[str]) -> JoinLimits:
    """``--reach R``: the widest ratio of values the model may join, the counted nouns a
    feature (else the rules' limits); ``--two-sources``: one article's amounts of two named
    sources may join."""
    reach = float(argv[argv.index("--reach") + 1]) if "--reach" in argv else None
    return JoinLimits(reach=reach, two_sources="--two-sources" in argv, split_named="--split-named" in argv)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "rules"
    if cmd == "cache":
        cache()
        return 0
    data = load(argv)
    if "--only" in argv:  # sets kept unread: their total alone
        run_sets(data, lambda _, figs: story_figures.compare_figures(figs, join_by_model), verbose=False)
        return 0
    if cmd == "rules":
        run_sets(data, lambda _, figs: story_figures.compare_figures(figs, join_by_story))
    elif cmd == "shipped":  # the weights of figure_weights.json, fitted on every set: in-sample
        run_sets(data, lambda _, figs: story_figures.compare_figures(figs, join_by_model))
    elif cmd == "rows":
        rows = set_rows(data)
        for name, rs in rows.items():
            print(name, len(rs), sum(y for _, y in rs))
    elif cmd == "cv":
        rows = set_rows(data, _limits(argv))
        cross_validate(data, rows, float(argv[2]) if len(argv) > 2 else 1.0, float(argv[1]) if len(argv) > 1 else 0.5,
                       "--rules" in argv, agreeing=_agreeing(argv), limits=_limits(argv),
                       folds=int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 0)
    elif cmd == "sweep-limits":  # how far apart amounts may join; one article's two sources; named groups split
        for limits in [*(JoinLimits(r, two) for two in (False, True) for r in (None, 4.0, 10.0)),
                       JoinLimits(split_named=True)]:
            rows = set_rows(data, limits)
            for t in (0.5, 0.6, 0.7):
                print(f"{limits} rules=True l2=1.0 t={t} agreeing=0.9: ", end="")
                cross_validate(data, rows, 1.0, t, True, verbose=False, agreeing=0.9, limits=limits)
    elif cmd == "sweep":
        rows = set_rows(data)
        for with_rules in (False, True):
            for l2 in (1.0, 3.0):
                for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                    print(f"rules={with_rules} l2={l2} t={t}: ", end="")
                    cross_validate(data, rows, l2, t, with_rules, verbose=False)
    elif cmd == "sweep-agreeing":  # a threshold of its own for groups whose amounts all agree
        rows = set_rows(data)
        for with_rules in (False, True):
            for t in (0.4, 0.5, 0.6, 0.7):
                for agreeing in (0.7, 0.8, 0.9, 0.95):
                    print(f"rules={with_rules} l2=1.0 t={t} agreeing={agreeing}: ", end="")
                    cross_validate(data, rows, 1.0, t, with_rules, verbose=False, agreeing=agreeing)
    elif cmd == "fit":
        rows = set_rows(data, _limits(argv))
        l2, t = float(argv[1]), float(argv[2])
        w = fit_weights([r for rs in rows.values() for r in rs], l2=l2, names=FEATURES)
        agreeing = _agreeing(argv)
        options = " ".join(a for a in argv[3:])
        out = {"_doc": "Pairwise model joining figures across outlets (story/figure_model.py), fitted by "
                       f"bench/figure_fit.py fit {l2} {t} {options} on every committed story set but those skipped "
                       "(the check sets: never fitted on); thresholds and "
                       "l2 chosen by leave-one-set-out cross-validation (docs/accuracy.md, sessions 11 to 13, "
                       "helpers figlearn and figures; refitted in session 36 with the rows of rival readings "
                       "the open-gap reach admits, figure_story.open_bound). with_rules: the hand rules of figure_story propose pairs too; "
                       "agreeing_threshold: the probability at which groups whose amounts all agree join; reach, "
                       "two_sources, split_named: the limits of the join (figure_story.JoinLimits).",
               "weights": {n: w[n] for n in FEATURES}, "bias": w["bias"], "threshold": t,
               "with_rules": "--rules" in argv, "agreeing_threshold": agreeing, "reach": _limits(argv).reach,
               "two_sources": _limits(argv).two_sources, "split_named": _limits(argv).split_named, "l2": l2}
        WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
        print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
