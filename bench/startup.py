#!/usr/bin/env python3
"""CPU seconds of start-up, phase by phase: import, ``Pipeline.build()``, the first article
per component, and how much of each is the ``regex`` module compiling patterns.

Start-up is what one short ``newskit extract`` pays before its first result (issue #11:
import + build + first article <= 0.3 s). Each run is a fresh process (``--repeats N``,
median per row), the bytecode cache on, as on a user's machine.

    .venv/bin/python bench/startup.py --repeats 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from collections import defaultdict

TEXT = "Officials said 25 people died in Moscow on Monday, the ministry said."

CHILD = r'''
import json, time
t0 = time.process_time()
import regex._main as _rm
_orig = _rm._compile
_acc = [0.0, 0]
def _wrap(*a):
    if _acc[1]:
        return _orig(*a)
    _acc[1] = 1
    t = time.process_time()
    try:
        return _orig(*a)
    finally:
        _acc[0] += time.process_time() - t
        _acc[1] = 0
_rm._compile = _wrap
out = {}
t_reg = time.process_time()
out["import regex"] = t_reg - t0
c0 = _acc[0]
from newskit import Article, Mention, Pipeline
from newskit.overlaps import order_key
t1 = time.process_time()
out["import newskit"] = t1 - t_reg
out["  of which regex compiles"] = _acc[0] - c0
c0 = _acc[0]
p = Pipeline.build()
t2 = time.process_time()
out["build"] = t2 - t1
out["  of which regex compiles "] = _acc[0] - c0
a = Article.from_dict({"id": "a", "published": "2024-06-20", "text": TEXT})
first = 0.0
comp_c = 0.0
mentions = []
for comp, info in p._extractors:
    c0 = _acc[0]; t = time.process_time()
    needed = tuple(sorted((m for m in mentions if m.kind in info.requires), key=order_key))
    mentions += list(comp.extract(a, needed))
    dt = time.process_time() - t; first += dt; comp_c += _acc[0] - c0
    out["first: " + info.name] = dt
t = time.process_time()
res = p._resolve(a, tuple(sorted(mentions, key=order_key)), [])
out["first: overlaps"] = time.process_time() - t; first += out["first: overlaps"]
found = []
for linker, info in p._linkers:
    c0 = _acc[0]; t = time.process_time()
    found += list(linker.link(a, tuple(m for m in res if m.kind in info.requires), tuple(found)))
    dt = time.process_time() - t; first += dt; comp_c += _acc[0] - c0
    out["first: " + info.name] = dt
out["first article"] = first
out["  of which regex compiles  "] = comp_c
out["total (import regex + newskit + build + first)"] = time.process_time() - t0
print(json.dumps(out))
'''


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("NEWSKIT_LOAD_PLUGINS", "dates,quantities,persons,quotes,claims,events")
    code = "TEXT = " + repr(TEXT) + "\n" + CHILD
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)  # warm-up
    rows: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.repeats):
        r = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                           capture_output=True, text=True)
        for k, v in json.loads(r.stdout).items():
            rows[k].append(v)
    print(f"| phase (median of {args.repeats}, CPU s) | median | min |\n| --- | ---: | ---: |")
    for k, v in rows.items():
        print(f"| {k} | {statistics.median(v):.3f} | {min(v):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
