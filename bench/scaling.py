#!/usr/bin/env python3
"""Time on growing adversarial inputs (issue #16): linear time means the seconds double
when the size doubles. Timings live here, never in the tests (they keep hang guards).

    .venv/bin/python bench/scaling.py '"a ' persons,quotes 250000 500000 1000000
    .venv/bin/python bench/scaling.py 'June ' dates,persons,quantities,quotes,claims 250000 500000 1000000
"""

from __future__ import annotations

import sys
import time

from newskit import Article, Pipeline


def main() -> int:
    unit, plugins, sizes = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:]]
    p = Pipeline.build(allow=plugins.split(","))
    for n in sizes:
        text = unit * (n // len(unit))
        t = time.process_time()
        r = p.run(Article(id="x", text=text), timeout=None)
        print(f"{unit!r} x {n:,} chars: {time.process_time() - t:.2f} CPU s, "
              f"{len(r.mentions)} mentions, {len(r.errors)} errors", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
