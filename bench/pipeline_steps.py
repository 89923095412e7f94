#!/usr/bin/env python3
"""CPU seconds of the steps inside the claims and events linkers and the shared text
layer, in one pipeline run (where their time goes, below ``bench/components.py``'s
per-plugin rows).

    .venv/bin/python bench/pipeline_steps.py bench/corpus/news.jsonl            # a first pass
    .venv/bin/python bench/pipeline_steps.py --second bench/corpus/news.jsonl   # a second pass

Each step is a function the linker calls by a module-level name; it is replaced there by a
wrapper that adds ``time.process_time`` around each call. The wrapper costs about a
microsecond a call, so a step called per trigger (``read_arguments``) reads a little high;
a step is counted inside the step that calls it (``words_before`` inside
``find_triggers``). ``record_json`` is the JSON record of every analysis, timed apart.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from newskit import Article, Pipeline
from newskit.serialize import record_json

#: (module that calls the step, the name it calls it by, the row)
STEPS = [
    ("newskit_events", "extract_events", "events: all"),
    ("newskit_events.extract", "find_triggers", "events: find_triggers"),
    ("newskit_events.triggers", "words_before", "events:   words around a trigger (before)"),
    ("newskit_events.triggers", "words_after", "events:   words around a trigger (after)"),
    ("newskit_events.triggers", "event_objects", "events:   event_objects"),
    ("newskit_events.triggers", "agent_verbs", "events:   agent_verbs (agents)"),
    ("newskit_events.extract", "find_actors", "events: find_actors"),
    ("newskit_events.extract", "read_arguments", "events: read_arguments"),
    ("newskit_events.extract", "mention_modality", "events: mention_modality"),
    ("newskit_events.extract", "is_verb", "events: is_verb"),
    ("newskit_events.extract", "assign_dates", "events: assign_dates"),
    ("newskit_events.extract", "event_dates", "events: event_dates"),
    ("newskit_events.extract", "background_era", "events: background_era"),
    ("newskit_events.extract", "group_events", "events: group_events"),
    ("newskit_claims", "extract_claims", "claims: all"),
    ("newskit_claims.extract", "construction_candidates", "claims: construction_candidates"),
    ("newskit_claims.constructions", "openings", "claims:   gates (openings)"),
    ("newskit_claims.extract", "quote_candidates", "claims: quote_candidates"),
    ("newskit_claims.extract", "narration_candidates", "claims: narration_candidates"),
    ("newskit_claims.extract", "find_actors", "claims: find_actors"),
    ("newskit_claims.extract", "merge_candidates", "claims: merge_candidates"),
    ("newskit_claims.extract", "split_at_figures", "claims: split_at_figures"),
    ("newskit_claims.extract", "read_stance", "claims: read_stance"),
    ("newskit_claims.extract", "resolve_sources", "claims: resolve_sources"),
    ("newskit_claims.extract", "to_claims", "claims: to_claims"),
    ("newskit.textlayer", "_scan_words", "text layer: words"),
    ("newskit.textlayer", "_with_punct", "text layer: tokens"),
    ("newskit.textlayer", "_sentences", "text layer: sentences"),
    ("newskit.textlayer", "_paragraphs", "text layer: paragraphs"),
    ("newskit.actors", "gazetteer_scan", "text layer: gazetteer"),
]

total: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def _timed(fn: Callable[..., Any], row: str) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            total[row] += time.process_time() - t
            calls[row] += 1

    return timed


def main() -> int:
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    for module, name, row in STEPS:
        mod = importlib.import_module(module)
        setattr(mod, name, _timed(getattr(mod, name), row))
    p = Pipeline.build(allow="dates,quantities,persons,quotes,claims,events".split(","))
    with open(paths[0], encoding="utf-8") as f:
        arts = [Article.from_dict(json.loads(line)) for line in f]
    if "--second" in sys.argv:
        for a in arts:
            p.run(a)
        total.clear()
        calls.clear()
    t = time.process_time()
    results = [p.run(a, timeout=None) for a in arts]
    run = time.process_time() - t
    t = time.process_time()
    for r in results:
        record_json(r)
    total["JSON records (record_json)"] = time.process_time() - t
    chars = sum(len(a.text) for a in arts)
    print(f"{chars:,} chars; Pipeline.run {run:.2f} CPU s ({'second' if '--second' in sys.argv else 'first'} pass)")
    print("| step | CPU s | calls |\n| --- | ---: | ---: |")
    for row in [r for _, _, r in STEPS] + ["JSON records (record_json)"]:
        print(f"| {row} | {total[row]:.3f} | {calls[row] or ''} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
