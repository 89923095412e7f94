"""Tabulate TimeML value misses and span misses by kind (issue #14, dates).

Reads a folder of TimeML files (one half of ``split_dev.py``'s ``timeml`` split) and the
saved JSONL output of ``newskit extract`` over the same documents, matches mentions the way
``../shared/eval/score.py`` does, and counts the relaxed matches whose value is wrong (and
those whose span is not exact) by the kind of expression: what the text names (a weekday,
a month, a week, a year-ago period, a quarter, a decade, a part of the day, a duration,
a set, a reference word). Each kind also gets the pairs of value *shapes* (digits as 9), so a
convention (``1988`` against ``1988-Q3``) is told from a wrong anchor (``1990-08-07``
against ``1990-08-14``). Only the counts are printed unless ``--examples`` is given; the
examples are for the ``seen`` half only.

    .venv/bin/python bench/heldout_like/split_dev.py ../shared/data /tmp/split
    newskit extract --format jsonl <articles> > /tmp/pred.jsonl   # or score.py --extract-cmd with tee
    .venv/bin/python bench/heldout_like/timeml_kinds.py /tmp/split/timeml/seen /tmp/pred.jsonl --examples
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from shared_scorer import scorer

KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("part of day", re.compile(r"\b(morning|afternoon|evening|night|tonight|overnight)s?\b", re.I)),
    ("weekday", re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)),
    ("year-ago period", re.compile(r"\byear[- ](ago|earlier)\b|\ba year (ago|earlier)\b", re.I)),
    ("quarter/half", re.compile(r"\b(quarter|half|halves)\b", re.I)),
    ("week", re.compile(r"\bweek(end)?\b", re.I)),
    ("decade/century", re.compile(r"\d0'?s\b|'\d0s\b|\bcentur|\bdecade", re.I)),
    ("season", re.compile(r"\b(spring|summer|autumn|fall|winter)\b", re.I)),
    ("month", re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)),
    ("reference word", re.compile(r"\b(now|current(ly)?|recent(ly)?|future|past|soon|former|present)\b", re.I)),
    ("offset ago/later", re.compile(r"\b(ago|later|earlier|before|after)\b", re.I)),
    ("year", re.compile(r"\b(1[89]|20)\d\d\b|\byear\b", re.I)),
    ("day word", re.compile(r"\b(today|yesterday|tomorrow|day)\b", re.I)),
]


def kind_of(text: str, gold_type: str | None) -> str:
    """The first kind whose pattern the text holds; durations and sets by their gold type."""
    if gold_type in ("DURATION", "SET"):
        return gold_type.lower()
    return next((k for k, rx in KINDS if rx.search(text)), "other")


def shape(value: Any) -> str:
    return re.sub(r"\d", "9", str(value))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--examples", action="store_true", help="print each miss (seen half only)")
    args = ap.parse_args()
    score = scorer()
    by_id = {str(p.get("id")): p for p in score.load_pred(str(args.pred))}
    value_miss: Counter[str] = Counter()
    span_miss: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    shapes: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    examples: list[str] = []
    for f in sorted(args.folder.rglob("*.tml")):
        art, gold = score.read_timeml(f)
        pred = [m for m in by_id.get(art["id"], {}).get("mentions", []) if m.get("kind") == "date"]
        pairs, _ = score.match(gold, pred)
        for g, p in pairs:
            kind = kind_of(g["text"], g.get("type"))
            matched[kind] += 1
            if score.norm_value(g.get("value")) != score.norm_value(p.get("value")):
                value_miss[kind] += 1
                shapes[kind][(shape(g.get("value")), shape(p.get("value")))] += 1
                examples.append(f"{kind:16} {art['id'][:20]:20} {g['text']!r} gold {g.get('value')} pred {p.get('value')}")
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                span_miss[kind] += 1
                examples.append(f"{kind:16} {art['id'][:20]:20} span gold {g['text']!r} pred {p.get('text')!r}")
    print(f"{'kind':18} {'matched':>7} {'value wrong':>11} {'span wrong':>10}")
    for kind in sorted(matched, key=lambda k: -value_miss[k]):
        print(f"{kind:18} {matched[kind]:7} {value_miss[kind]:11} {span_miss[kind]:10}")
    print(f"{'all':18} {sum(matched.values()):7} {sum(value_miss.values()):11} {sum(span_miss.values()):10}")
    for kind, c in sorted(shapes.items(), key=lambda kv: -value_miss[kv[0]]):
        print(f"  {kind}: " + ", ".join(f"{g} / {p} x{n}" for (g, p), n in c.most_common(6)))
    if args.examples:
        print("\n".join(sorted(examples)))


if __name__ == "__main__":
    main()
