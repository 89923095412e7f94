#!/usr/bin/env python3
"""Story building gives the same output with the candidate-pair cap as without it.

    python bench/ecb_coref.py extract ../shared/data/ecbplus     # once: .cache/ecb_analyses.pkl
    python bench/blocking_identical.py

Builds the story of the seeds and of every test story (``tests/story/stories``), and the
events (``merge_events``) of every ECB+ sub-topic and topic from the cached analyses, once
with ``newskit.story.events.MAX_PAIRED`` as shipped and once with no cap (every pair of a
block scored, the code before the cap); prints whether every output is identical.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import newskit.story.events as ev
from newskit import Analysis, Article, Pipeline
from newskit.readers import read_inputs
from newskit.serialize import dumps, story_to_json
from newskit.story import build_story

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ecb_coref  # noqa: E402


def stories() -> dict[str, list[Analysis]]:
    pipe = Pipeline.build()
    out = {"seeds": [pipe.run(a) for a in read_inputs([str(HERE.parent / "seeds")]) if isinstance(a, Article)]}
    for f in sorted((HERE.parent / "tests" / "story" / "stories").glob("*.json")):
        out[f.stem] = [pipe.run(Article.from_dict(a)) for a in json.loads(f.read_text())["articles"]]
    for by_topic in (False, True):
        for name, _docs, analyses in ecb_coref.load(set(range(1, 46)), by_topic):
            out[f"ecb {'topic' if by_topic else 'sub-topic'} {name}"] = analyses
    return out


def digests(sets: dict[str, list[Analysis]], cap: int) -> dict[str, str]:
    ev.MAX_PAIRED = cap
    out = {}
    for k, analyses in sets.items():
        text = repr(ev.merge_events(analyses)) if k.startswith("ecb") else dumps(story_to_json(build_story(analyses)))
        out[k] = hashlib.sha256(text.encode()).hexdigest()
    return out


def main() -> int:
    shipped = ev.MAX_PAIRED
    sets = stories()
    capped, every = digests(sets, shipped), digests(sets, sys.maxsize)
    differ = [k for k in capped if capped[k] != every[k]]
    print(f"{len(capped)} stories (the seeds, the test stories, ECB+ sub-topics and topics), "
          f"MAX_PAIRED={shipped}: " + ("identical" if not differ else f"differ: {differ}"))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
