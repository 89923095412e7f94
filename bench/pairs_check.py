"""The allegation/denial pairs a story forms directly (``_pairs`` of ``story/contested.py``,
before they are joined into findings), and those that match no gold pair: a rough
precision check beside ``bench/figures_eval.py``'s recall of pairs. A pair matches a gold
pair as there (``names_party``: each gold name, less an opening article, is contained in
the source, case-folded).

    .venv/bin/python bench/pairs_check.py bench/stories/set_d/*.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from figures_eval import names_party

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.contested import _pairs


def main(paths: list[str]) -> int:
    pipeline = Pipeline.build()
    total = unmatched = 0
    for p in paths:
        gold = json.loads(Path(p).read_text("utf-8"))
        if "pairs" not in gold:
            continue
        story = build_story([pipeline.run(Article.from_dict(a)) for a in gold["articles"]])
        formed = {(a.source or "", d.source or "") for a, d in _pairs(story.claims)}
        for acc, den in sorted(formed):
            total += 1
            if not any(names_party(g[0], acc) and names_party(g[1], den) for g in gold["pairs"]):
                unmatched += 1
                print(f"  no gold pair: {Path(p).stem}: {acc} / {den}")
    print(f"pairs formed {total}, matching no gold pair {unmatched}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
