"""Figures across sources on every committed story set at once (``bench/stories/*/`` and set
C): one line a set and a total, exact and ``--lenient`` side by side (``bench/figures_eval.py``'s
matching), each story built once. A change is good when the total over many kinds of news
rises, never because one story does.

    .venv/bin/python bench/figures_sets.py                       # every set
    .venv/bin/python bench/figures_sets.py set_i set_h           # some sets
    .venv/bin/python bench/figures_sets.py --skip set_figures26  # every set but these
    .venv/bin/python bench/figures_sets.py -v set_i              # with the missed and spurious lines
    .venv/bin/python bench/figures_sets.py -v --lenient set_i    # those lines under --lenient matching
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures_eval as fe  # noqa: E402

from newskit import Article, Pipeline  # noqa: E402
from newskit.model import Story  # noqa: E402
from newskit.story import build_story  # noqa: E402


def _counts(st: Story, story: dict[str, Any], lenient: bool, notes: list[str]) -> list[int]:
    """[gold groups, surfaced, labelled right, figure findings, spurious] under one matching."""
    fe.LENIENT["on"] = lenient
    return fe.figure_counts([f for f in st.conflicts if f.type == "figures"], story, notes, width=200)


def _line(name: str, row: list[int]) -> str:
    return (f"{name:16s} groups {row[1]:3d}/{row[0]:<3d} right {row[2]:3d}  spurious {row[4]:2d}/{row[3]:<3d}"
            f" | lenient groups {row[6]:3d} right {row[7]:3d}  spurious {row[9]:2d}/{row[8]}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    lenient_notes = "--lenient" in argv  # with -v: the notes of the lenient matching
    pipeline = Pipeline.build()
    tot = [0] * 10
    for name, files in fe.chosen_sets(argv):
        row = [0] * 10
        for f in files:
            story = fe._story_file(f)
            st = build_story([pipeline.run(Article.from_dict(a)) for a in story["articles"]])
            notes: list[str] = []
            other: list[str] = []
            counts = _counts(st, story, False, other if lenient_notes else notes) + \
                _counts(st, story, True, notes if lenient_notes else other)
            row = [a + b for a, b in zip(row, counts, strict=True)]
            if verbose:
                for n in notes:
                    print(f"   {f.stem}: {n.strip()[:300]}")
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(_line(name, row))
    print(_line("TOTAL", tot))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
