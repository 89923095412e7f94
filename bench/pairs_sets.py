"""Every committed story set at once (``bench/stories/*/`` and set C), one summary line a
set and a total: pairs surfaced, groups surfaced, spurious figure findings, the central
event's mentions and whether its date is right (``bench/figures_eval.py``'s counts), and the allegation/denial pairs the
story forms that match no gold pair (``bench/pairs_check.py``'s count). A change is good
when the total over many kinds of news rises, never because one story does.

    .venv/bin/python bench/pairs_sets.py                  # every set
    .venv/bin/python bench/pairs_sets.py set_h set_g      # some sets
    .venv/bin/python bench/pairs_sets.py --skip set_x     # every set but these
    .venv/bin/python bench/pairs_sets.py -v set_h         # with the missed and unmatched pairs
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures_eval as fe  # noqa: E402

from newskit import Article, Pipeline  # noqa: E402
from newskit.story import build_story  # noqa: E402
from newskit.story.contested import _pairs  # noqa: E402


def _unmatched(pipeline: Pipeline, path: Path, verbose: bool) -> tuple[int, int]:
    """(pairs formed, of which matching no gold pair) for one gold file."""
    gold = json.loads(path.read_text("utf-8"))
    story = build_story([pipeline.run(Article.from_dict(a)) for a in gold["articles"]])
    formed = {(a.source or "", d.source or "") for a, d in _pairs(story.claims)}
    bad = [(a, d) for a, d in sorted(formed)
           if not any(fe.names_party(g[0], a) and fe.names_party(g[1], d) for g in gold["pairs"])]
    if verbose:
        for a, d in bad:
            print(f"   unmatched {path.stem}: {a} / {d}")
    return len(formed), len(bad)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    pipeline = Pipeline.build()
    tot = [0] * 14
    for name, files in fe.chosen_sets(argv):
        row = [0] * 14
        for f in files:
            counts, notes = fe._evaluate(pipeline, fe._story_file(f))
            formed, bad = _unmatched(pipeline, f, verbose)
            row = [a + b for a, b in zip(row, [*counts, formed, bad], strict=True)]
            if verbose:
                for n in notes:
                    if "pair missed" in n:
                        print(f"   {f.stem}: {n.strip()[:300]}")
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(f"{name:16s} pairs {row[5]}/{row[6]}  groups {row[1]}/{row[0]}  spurious {row[4]}/{row[3]}  "
              f"central {row[8]}/{row[7]}  dated {row[10]}/{row[11]}  formed {row[12]} unmatched {row[13]}")
    print(f"TOTAL pairs {tot[5]}/{tot[6]}  groups {tot[1]}/{tot[0]}  spurious {tot[4]}/{tot[3]}  "
          f"central {tot[8]}/{tot[7]}  dated {tot[10]}/{tot[11]}  formed {tot[12]} unmatched {tot[13]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
