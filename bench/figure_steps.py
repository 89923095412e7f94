"""Where figures across sources are lost or made: for every gold group a story does not
surface (or labels wrong) and every spurious ``figures`` finding, the step of
``story/figures.py`` that loses or makes it, with totals per step over every committed set.

The steps, in the order an amount passes them:

* **no figure** - fewer than two of the group's amounts become figures at all (no quantity
  read, an age or a rank, or no measure and not kept loose);
* **role** - they do, but fewer than two are totals (``part``, ``increment``, ``earlier``,
  ``whole`` keep the others out);
* **era** - no one time holds two of the totals: the story's own, or one past year (a date
  months before the article in their clause made them background, ``deaths in 2013``, and
  only amounts of that one year compare with them);
* **one article** - the totals left are all in one article (no outlet restates them);
* **measure** - two cue lists' measures that are never joined (``deaths``/``injured``);
* **constraint** - a hard constraint of the join keeps them apart (another dimension, values
  beyond ``close_ratio``, different counted nouns, an era or rate of their own);
* **join** - the pairwise model (and the rules beside it) did not join them, split by
  whether a rule named both measures or one amount was loose (no rule named it);
* **finding** - they were joined but no finding holds two of them (split by dimension,
  magnitude or party; all vague; no label);
* **label** - surfaced with the wrong label (counted by gold -> given label).

A spurious finding is ``made at`` the step that put its amounts together: ``era`` (a
background measure compared), ``measure`` (one rule-named group before the join), or
``join``; and it is of a kind: amounts of two gold groups, one gold group's amounts with
an amount no group holds, or amounts no group holds at all.

Reads the figures ``bench/figure_fit.py cache`` stored (run it first, after a change):

    .venv/bin/python bench/figure_steps.py               # totals per step, exact matching
    .venv/bin/python bench/figure_steps.py --lenient     # under figures_eval --lenient matching
    .venv/bin/python bench/figure_steps.py -v set_l      # each lost group and spurious finding of some sets
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figure_fit as ff  # noqa: E402
import figures_eval as fe  # noqa: E402
import regex  # noqa: E402

from newskit import Pipeline  # noqa: E402
from newskit.model import Figure, Finding  # noqa: E402
from newskit.story import figures as story_figures  # noqa: E402
from newskit.story.figure_label import _over_time, _who_says, marks_change  # noqa: E402
from newskit.story.figure_model import join_by_model, load_model  # noqa: E402
from newskit.story.figure_rates import story_currencies  # noqa: E402
from newskit.story.figure_story import _ERA_OR_RATE, _SUFFIX, StoryUnits, _close, _may_join, _nouns  # noqa: E402
from newskit.vocabulary import using  # noqa: E402

_ERA = regex.compile(r" in \d{4}\b")

Key = tuple[str, int]
Story = dict[str, Any]

#: the steps in the order an amount passes them
STEPS = ("no figure", "role", "era", "one article", "measure", "constraint", "join (named)", "join (loose)",
         "finding", "label", "surfaced")


def _key(f: Figure) -> Key:
    return (f.article, f.ref.start if f.ref else -1)


def _amounts(figs: Sequence[Figure], gold: set[str]) -> dict[Key, str]:
    """The figures among ``figs`` that stand for an amount of a gold group, and which amount."""
    out = {}
    for f in figs:
        if f.ref is not None:
            hit = next((g for g in sorted(gold) if fe._same_amount(f.ref.text, g)), None)
            if hit is not None:
                out[_key(f)] = hit
    return out


class StorySteps:
    """One story's figures at each step: all of them, the groups the rules name, the
    groups after the join, and the findings."""

    def __init__(self, figures: list[Figure]) -> None:
        self.figures = figures
        groups, loose = story_figures.named_groups(figures)
        self.named = {_key(f): name for name, figs in groups.items() for f in figs}
        self.limits = load_model().limits
        self.units = StoryUnits(groups, loose, self.limits)
        self.unit_of = {_key(f): k for k, u in enumerate(self.units.units) for f in u.figs}
        joined = {k: list(v) for k, v in groups.items()}
        join_by_model(joined, loose)
        self.joined = joined
        self.findings: list[Finding] = [f for f in story_figures.compare_figures(figures) if f.type == "figures"]

    def lost_at(self, group: dict[str, Any]) -> tuple[str, str]:
        """(step, detail) of a gold group: where it is lost, ``label`` or ``surfaced``."""
        gold = group["amounts"]
        for f in self.findings:
            if len(fe._matched({x.ref.text for x in f.figures if x.ref}, gold)) >= 2:
                return ("surfaced", "") if f.label == group["label"] else ("label", _label_kind(f, group))
        every = _amounts(self.figures, gold)
        if len(set(every.values())) < 2:
            return "no figure", f"{len(set(every.values()))} of {len(gold)} amounts"
        figs = [f for f in self.figures if _key(f) in every]
        totals = [f for f in figs if f.role == "total"]
        if len({every[_key(f)] for f in totals}) < 2:
            return "role", ",".join(sorted({f.role for f in figs if f.role != "total"}))
        by_time: dict[str, list[Figure]] = {}
        for f in totals:  # the story's own time, or one past year (figure_story._one_time)
            by_time.setdefault(m.group() if (m := _ERA.search(f.measure)) else "now", []).append(f)
        now = max(by_time.values(), key=lambda fs: (len({every[_key(f)] for f in fs}), not _ERA.search(fs[0].measure)))
        if len({every[_key(f)] for f in now}) < 2:
            return "era", ",".join(sorted({f.measure for f in totals if _ERA.search(f.measure)}))
        for figs_of in self.joined.values():
            if len({every[k] for f in figs_of if (k := _key(f)) in every}) >= 2:
                return "finding", ""
        return self._pair_step(now, every)

    def _pair_step(self, now: list[Figure], every: dict[Key, str]) -> tuple[str, str]:
        """The step that kept the nearest pair of a group's totals apart (from two articles)."""
        best = ("one article", "")
        rank = {s: k for k, s in enumerate(STEPS)}
        for i, a in enumerate(now):
            for b in now[i + 1:]:
                if a.article == b.article or every[_key(a)] == every[_key(b)]:
                    continue
                step = self._why_apart(a, b)
                if rank[step[0]] > rank[best[0]]:
                    best = step
        return best

    def _why_apart(self, a: Figure, b: Figure) -> tuple[str, str]:
        ka, kb = self.unit_of.get(_key(a)), self.unit_of.get(_key(b))
        if ka is None or kb is None:
            return "no figure", "not among the story's totals"
        u, v = self.units.units[ka], self.units.units[kb]
        names = f"{u.name} / {v.name}"
        if u.cued and v.cued and u.name != v.name:
            return "measure", names
        if not _may_join(u, v, self.limits):
            return "constraint", f"{_constraint(u, v)}: {names}"
        return ("join (loose)" if "?" in (u.name, v.name) else "join (named)"), names

    def spurious(self, story: Story) -> list[tuple[str, str, str]]:
        """(made at, kind, summary) of each spurious finding."""
        out = []
        for f in self.findings:
            hits = [{k for k, g in enumerate(story["groups"]) if fe._matched({x.ref.text}, g["amounts"])}
                    for x in f.figures if x.ref is not None]
            if any(all(k in h for h in hits) for k in range(len(story["groups"]))):
                continue
            held = set().union(*hits) if hits else set()
            kind = ("no gold amount" if not held else "two gold groups" if len(held) > 1
                    and not any(all(k in h for h in hits if h) for k in held) else "gold + unannotated")
            names = {self.named.get(_key(x)) for x in f.figures}
            made = "era" if _ERA.search(f.measure or "") else "measure" if len(names) == 1 and None not in names \
                else "join"
            out.append((made, kind, f.summary[:160]))
        return out


def _label_kind(f: Finding, group: dict[str, Any]) -> str:
    """``gold -> given | how the measure moves, whether a later amount marks a change, how
    many sources``: what the label rules of ``figure_label`` read."""
    figs = sorted((x for x in f.figures if x.ref is not None and fe._matched({x.ref.text}, group["amounts"])),
                  key=lambda x: x.stated or "")
    marked = "marked" if any(marks_change(x) for x in figs[1:]) else "unmarked"
    sources = "one source" if len({_who_says(x) for x in figs}) == 1 else "sources"
    return f"{group['label']} -> {f.label} | {_over_time(f.measure or '', figs)}, {marked}, {sources}"


def _constraint(u: Any, v: Any) -> str:
    """Which hard constraint of ``figure_story._may_join`` keeps two units apart."""
    if u.dim is None or u.dim != v.dim:
        return "dimension"
    if u.articles & v.articles:
        return "same article"
    if _ERA_OR_RATE.search(u.name) or _ERA_OR_RATE.search(v.name):
        return "era or rate"
    if not _close(u, v):
        return "close_ratio"
    nu, nv = _nouns(u), _nouns(v)
    if nu and nv and not nu & nv:
        return "counted nouns"
    if _SUFFIX.search(u.name) or _SUFFIX.search(v.name):
        return "property"
    return "kinds (people/things)"


def main(argv: list[str]) -> int:
    fe.LENIENT["on"] = "--lenient" in argv
    verbose = "-v" in argv
    skip = ff._named(argv, "--skip")
    only = {a for a in argv if not a.startswith("-") and a not in skip}
    data = ff.load(argv)
    steps: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    label_kinds: Counter[str] = Counter()
    made: Counter[tuple[str, str]] = Counter()
    per_set: dict[str, Counter[str]] = {}
    with using(Pipeline.build().vocabulary):
        for name, stories in data:
            row = per_set.setdefault(name, Counter())
            for story, figures in stories:
                with story_currencies(figures):  # sums compared at the story's own rates
                    s = StorySteps(figures)
                    for g in story["groups"]:
                        step, detail = s.lost_at(g)
                        row[step] += 1
                        if step == "label":
                            labels[detail.split(" | ")[0]] += 1
                            label_kinds[detail] += 1
                        if verbose and (not only or name in only) and step != "surfaced":
                            print(f"{name} {story['name']}: {step}: {sorted(g['amounts'])} {detail}")
                    for m, kind, summary in s.spurious(story):
                        made[(m, kind)] += 1
                        row["spurious"] += 1
                        if verbose and (not only or name in only):
                            print(f"{name} {story['name']}: spurious, made at {m} ({kind}): {summary}")
                    row["findings"] += len(s.findings)
            steps.update(row)
    _report(per_set, steps, labels, made, only)
    print("label errors by what the rules read:", "; ".join(f"{k} {v}" for k, v in sorted(label_kinds.items())))
    return 0


def _report(per_set: dict[str, Counter[str]], steps: Counter[str], labels: Counter[str],
            made: Counter[tuple[str, str]], only: set[str]) -> None:
    print("| set | " + " | ".join(STEPS) + " | spurious |")
    print("| --- |" + " ---: |" * (len(STEPS) + 1))
    for name, row in per_set.items():
        if not only or name in only:
            print(f"| {name} | " + " | ".join(str(row[s]) for s in STEPS) + f" | {row['spurious']}/{row['findings']} |")
    print("| **TOTAL** | " + " | ".join(f"**{steps[s]}**" for s in STEPS) +
          f" | **{steps['spurious']}/{steps['findings']}** |")
    print("\nlabel errors (gold -> given):", ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    print("spurious (made at, kind):", ", ".join(f"{m}/{k} {v}" for (m, k), v in made.most_common()))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
