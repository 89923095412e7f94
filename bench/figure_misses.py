"""Missed groups and spurious ``figures`` findings by KIND, over every committed set: what
sort of language loses a group or makes a false one, counted by how many sets (written in
different sessions) show it. ``bench/figure_steps.py`` says at which step of
``story/figures.py`` a group is lost; this says what kind of amounts were lost there, so a
fix can aim at a kind that recurs across many sets rather than at one batch.

Kinds of a missed group (from the step it is lost at and the forms of its amounts):

* **not read: <form>** - fewer than two of its amounts are figures at all; ``form`` is the
  written form of the amounts left out (an age, a duration, money with a scale word, a
  percent, a number in words, a vague amount, a count);
* **part vs total** - read, but a role (``part``, ``increment``) keeps all but one out;
* **split by time** - a past year's era keeps the amounts apart;
* **one article** - the amounts read are all one article's;
* **split by measure** - two cue-named measures (``deaths`` / ``injured``) or a hard
  constraint (counted nouns, a rate, a property) keep one measure apart;
* **form not joined: <a> / <b>** - two amounts of one dimension in different forms or
  units (``five days`` / ``nearly a week``, ``$1.2 billion`` / ``$950 million``, a percent
  / a count) the join left apart, or kept apart by the reach of their values;
* **not joined: <dimension>** - two amounts of one form and unit the join left apart;
* **joined, no finding** - joined but split by dimension, magnitude or party;
* **label <gold> -> <given>** - surfaced with the wrong label, with what the rules read.

Kinds of a spurious finding (what its amounts are, gold-wise):

* **two groups joined** - amounts of two gold groups in one finding;
* **part vs total** - a gold group's amount beside one the article gives in the same sentence
  as a larger amount of the measure, or with a partitive (``of them``, ``including``);
* **same amount told differently** - every amount agrees (one value, or in each other's
  hedges): an unchanged figure reported as differing;
* **group + an amount of another measure** - a gold group's amount with one no group holds;
* **unannotated amounts** - no gold group holds any of them (split by whether the values
  differ by more than ``close_ratio``).

Reads the figures ``bench/figure_fit.py cache`` stored (run that first, after a change):

    .venv/bin/python bench/figure_misses.py               # kinds, with how many sets show each
    .venv/bin/python bench/figure_misses.py --lenient     # under figures_eval --lenient matching
    .venv/bin/python bench/figure_misses.py -v KIND...    # each group or finding of kinds starting so
    .venv/bin/python bench/figure_misses.py --skip set_bb --skip set_bc   # leave check sets unread

Each kind is also counted by writing batch (a set's batch is the commit that added its
folder; set C is a batch of its own): a kind seen in batches written in different sessions
is a kind of news language, one seen in a single batch may be one writer's habit.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figure_fit as ff  # noqa: E402
import figure_steps as fs  # noqa: E402
import figures_eval as fe  # noqa: E402
import regex  # noqa: E402

from newskit import Pipeline  # noqa: E402
from newskit.model import Figure, Finding  # noqa: E402
from newskit.story.figure_label import _overlap  # noqa: E402
from newskit.story.figure_rates import story_currencies  # noqa: E402
from newskit.story.figure_units import base_value, dimension  # noqa: E402
from newskit.vocabulary import using  # noqa: E402

_AGE = regex.compile(r"\bold\b|\baged?\b|-year-old", regex.I)
_DURATION = regex.compile(r"\b(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?\b", regex.I)
_MONEY = regex.compile(r"[$£€¥]|\b(?:dollars?|euros?|pounds?|yuan|yen|rupees?|won|francs?)\b", regex.I)
_SCALE = regex.compile(r"\b(?:million|billion|trillion|bn|m)\b|\d(?:m|bn|k)\b", regex.I)
_PERCENT = regex.compile(r"%|\bper\s*cent\b|\bpercent\b", regex.I)
_SHARE = regex.compile(r"\b(?:half|third|quarter|fifth|tenth|fourth|sixth)s?\b", regex.I)
_VAGUE = regex.compile(r"\b(?:dozens|hundreds|thousands|scores|millions|several|tens)\b", regex.I)
_DIGIT = regex.compile(r"\d")
_PART = regex.compile(r"\b(?:of\s+(?:them|whom|those|the)|including|among\s+them)\b", regex.I)


def form(text: str) -> str:
    """The written form of a gold amount: what kind of language states it."""
    if _AGE.search(text):
        return "age"
    if _PERCENT.search(text) or (_SHARE.search(text) and not _DIGIT.search(text)):
        return "percent" if _PERCENT.search(text) else "share in words"
    if _MONEY.search(text):
        return "money with scale" if _SCALE.search(text) else "money"
    if _DURATION.search(text):
        return "duration"
    if _VAGUE.search(text) and not _DIGIT.search(text):
        return "vague"
    if _SCALE.search(text):
        return "count with scale"
    if not _DIGIT.search(text):
        return "number in words"
    return "other unit" if regex.search(r"\d\s*[a-z°]", text, regex.I) and not regex.search(
        r"\d\s+(?:people|persons|workers|homes|of)\b", text) else "count"


def _figure_form(f: Figure) -> str:
    """An amount's form as read: its dimension, a unit other than the base, words or digits."""
    dim = dimension(f)[0].split(":")[0]
    text = f.ref.text if f.ref else ""
    if dim == "count":
        return "count in words" if not _DIGIT.search(text) else ("count with scale" if _SCALE.search(text) else "count")
    return f"{dim} {'in words' if not _DIGIT.search(text) else (f.unit or '').lower()}".strip()


def missed_kind(steps: fs.StorySteps, group: dict[str, Any]) -> tuple[str, str]:
    """(kind, detail) of a gold group, ``surfaced`` when it is surfaced right."""
    step, detail = steps.lost_at(group)
    if step == "surfaced":
        return "surfaced", ""
    if step == "label":
        return f"label {detail.split(' | ')[0]}", detail
    if step == "no figure":
        every = fs._amounts(steps.figures, group["amounts"])
        left = sorted(set(group["amounts"]) - set(every.values()))
        forms = sorted({form(t) for t in left})
        return f"not read: {'+'.join(forms)}", f"{detail}; unread {left}"
    if step == "role":
        return "part vs total", detail
    if step == "era":
        return "split by time", detail
    if step in ("one article",):
        return "one article", detail
    if step == "measure" or (step == "constraint" and not detail.startswith(("dimension", "close_ratio"))):
        return "split by measure", detail
    if step == "finding":
        return "joined, no finding", detail
    return _pair_kind(steps, group, step, detail)


def _pair_kind(steps: fs.StorySteps, group: dict[str, Any], step: str, detail: str) -> tuple[str, str]:
    """A group whose totals were read but never joined: of one form, or of two."""
    every = fs._amounts(steps.figures, group["amounts"])
    figs = [f for f in steps.figures if fs._key(f) in every and f.role == "total"]
    forms = sorted({_figure_form(f) for f in figs})
    dims = {dimension(f)[0] for f in figs}
    if len(dims) > 1:
        return f"form not joined: {' / '.join(forms)}", f"{step}: {detail}"
    if len(forms) > 1:
        return f"form not joined: {' / '.join(forms)}", f"{step}: {detail}"
    why = "reach" if "close_ratio" in detail else step
    return f"not joined ({why}): {forms[0] if forms else '?'}", detail


def spurious_kind(f: Finding, story: dict[str, Any]) -> str | None:
    """The kind of a spurious finding, None when it is no spurious one."""
    figs = [x for x in f.figures if x.ref is not None]
    hits = [{k for k, g in enumerate(story["groups"]) if fe._matched({x.ref.text}, g["amounts"])} for x in figs
            if x.ref is not None]
    if any(all(k in h for h in hits) for k in range(len(story["groups"]))):
        return None
    if all(_overlap(a, b) for i, a in enumerate(figs) for b in figs[i + 1:]):
        return "same amount told differently"
    held = set().union(*hits) if hits else set()
    if len(held) > 1 and not any(all(k in h for h in hits if h) for k in held):
        return "two groups joined"
    if any(_is_part(x, f.figures) for x in figs):
        return "part vs total"
    if held:
        return "group + an amount of another measure"
    values = sorted(base_value(x) for x in figs)
    far = values[0] > 0 and values[-1] / values[0] > 2.5
    return f"unannotated amounts ({'far apart' if far else 'close'})"


def _is_part(x: Figure, figs: tuple[Figure, ...]) -> bool:
    """Whether an amount reads as a part of another amount of its finding: a partitive before
    or after it, or a larger amount of the finding in its own sentence."""
    if x.ref is None or x.evidence is None:
        return False
    near = x.evidence.text[max(0, x.ref.start - x.evidence.start - 25): x.ref.end - x.evidence.start + 25]
    if _PART.search(near):
        return True
    return any(y is not x and y.evidence is not None and y.evidence.start == x.evidence.start
               and base_value(y) > base_value(x) for y in figs)


@cache
def batch(name: str) -> str:
    """The writing batch of a committed set: the commit that added its folder."""
    folder = HERE / "stories" / name
    if not folder.is_dir():
        return name
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%h", "--", str(folder)],
                         capture_output=True, text=True, cwd=HERE, check=False).stdout.split()
    return out[-1] if out else name


def main(argv: list[str]) -> int:
    fe.LENIENT["on"] = "--lenient" in argv
    skip = ff._named(argv, "--skip")
    shown = [a for a in argv[argv.index("-v") + 1:] if not a.startswith("-") and a not in skip] if "-v" in argv else []
    kinds: Counter[str] = Counter()
    sets_of: dict[str, set[str]] = defaultdict(set)
    lines: list[str] = []
    findings = spurious = 0
    with using(Pipeline.build().vocabulary):
        for name, stories in ff.load(argv):
            for story, figures in stories:
                with story_currencies(figures):
                    steps = fs.StorySteps(figures)
                    for g in story["groups"]:
                        kind, detail = missed_kind(steps, g)
                        kinds[kind] += 1
                        sets_of[kind].add(name)
                        if kind != "surfaced" and any(kind.startswith(s) for s in shown):
                            lines.append(f"{kind} | {name} {story['name']}: {sorted(g['amounts'])} {detail}")
                    for f in steps.findings:
                        findings += 1
                        skind = spurious_kind(f, story)
                        if skind is None:
                            continue
                        spurious += 1
                        skind = "spurious: " + skind
                        kinds[skind] += 1
                        sets_of[skind].add(name)
                        if any(skind.startswith(s) for s in shown):
                            lines.append(f"{skind} | {name} {story['name']}: {f.summary[:200]}")
    _report(kinds, sets_of, findings, spurious)
    print("\n".join(sorted(lines)))
    return 0


def _report(kinds: Counter[str], sets_of: dict[str, set[str]], findings: int, spurious: int) -> None:
    groups = sum(v for k, v in kinds.items() if not k.startswith("spurious"))
    print(f"groups {groups}, surfaced right {kinds['surfaced']}; figure findings {findings}, spurious {spurious}")
    print("| kind | count | sets | batches |")
    print("| --- | ---: | ---: | ---: |")
    for k, v in sorted(kinds.items(), key=lambda kv: (kv[0].startswith("spurious"), -kv[1])):
        if k != "surfaced":
            print(f"| {k} | {v} | {len(sets_of[k])} | {len({batch(s) for s in sets_of[k]})} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
