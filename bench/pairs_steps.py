"""Which step fails for each gold allegation/denial pair of a gold story file: the
allegation claim not found (no accusing claim by a source containing the accuser's name),
the denial not found (no denial by the denier), or the pairing not made (both claims are
there, no ``contested`` finding holds them), with the claims of the story's two parties
for reading. A table of kinds, beside ``bench/figures_eval.py``'s counts.

    .venv/bin/python bench/pairs_steps.py bench/stories/set_g/*.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newskit import Article, Pipeline
from newskit.story import build_story


def _steps(story: object, gold: dict[str, object]) -> list[tuple[str, str, str, list[str]]]:
    claims = story.claims  # type: ignore[attr-defined]
    by_id = {c.id: c for c in claims}
    held = set()
    for f in story.conflicts:  # type: ignore[attr-defined]
        if f.type == "contested":
            held |= {frozenset((a, d)) for a in f.claims for d in f.claims}
    out = []
    for acc, den in gold["pairs"]:  # type: ignore[union-attr]
        als = [c for c in claims if c.stance != "denies" and acc.lower() in (c.source or "").lower()]
        dns = [c for c in claims if c.stance == "denies" and den.lower() in (c.source or "").lower()]
        ok = any(frozenset((a.id, d.id)) in held for a in als for d in dns)
        step = "ok" if ok else "no allegation" if not als else "no denial" if not dns else "not paired"
        lines = [f"    A {c.article} {c.source!r} {c.stance}: {c.text[:110]!r}" for c in als[:4]]
        lines += [f"    D {c.article} {c.source!r} ->{by_id[c.responds_to].source if c.responds_to in by_id else None}"
                  f": {c.text[:110]!r}" for c in claims if c.stance == "denies"]
        out.append((step, acc, den, lines))
    return out


def main(paths: list[str]) -> int:
    pipeline = Pipeline.build()
    count: Counter[str] = Counter()
    for p in paths:
        gold = json.loads(Path(p).read_text("utf-8"))
        story = build_story([pipeline.run(Article.from_dict(a)) for a in gold["articles"]])
        for step, acc, den, lines in _steps(story, gold):
            count[step] += 1
            print(f"{Path(p).parent.name}/{Path(p).stem}: {acc} / {den}: {step}")
            if step != "ok":
                print("\n".join(dict.fromkeys(lines)))
    print(dict(count))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
