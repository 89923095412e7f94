#!/usr/bin/env python3
"""CPU seconds of ``import newskit``, ``Pipeline.build()`` and a first one-sentence article,
in this process (run it a few times, one process each; ``NEWSKIT_LOAD_PLUGINS`` picks the
plugins).

    NEWSKIT_LOAD_PLUGINS=dates,quantities,persons,quotes,claims,events python bench/build_time.py
"""

from __future__ import annotations

import time

t0 = time.process_time()
from newskit import Article, Pipeline  # noqa: E402

t1 = time.process_time()
pipeline = Pipeline.build()
t2 = time.process_time()
pipeline.run(Article.from_dict({"id": "a", "published": "2024-06-20", "text": (
    "Officials said 25 people died in Moscow on Monday, the ministry said.")}))
t3 = time.process_time()
print(f"import {t1 - t0:.3f}  build {t2 - t1:.3f}  first article {t3 - t2:.3f}")
