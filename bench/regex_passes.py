#!/usr/bin/env python3
"""How many passes over the text each compiled pattern makes, and what it costs: every
``regex`` pattern the pipeline compiles, with the CPU time of its calls, the characters it
scanned and the calls that repeat one already made on the same article, in one run.

    .venv/bin/python bench/regex_passes.py [--plugins dates] [--top 40] [bench/corpus/news.jsonl]

The engine's ``compile`` is replaced before ``newskit`` is imported, so every pattern
(module level, built per vocabulary, or compiled afresh instead of read from the
cross-process cache) is a proxy that times its calls (``search``, ``match``, each step of
``finditer`` ...). *Passes* is the characters handed to scanning calls (``search``,
``finditer``, ``findall``, ``sub``, ``split``: ``endpos - pos``) over the corpus's
characters, so 1.0 is one whole-text pass; an anchored ``match`` scans nothing. *Repeated*
counts calls with the same pattern, method, string and arguments as an earlier call on the
same article: work a memory would save. A *whole-text scan* is a pattern called about once
an article over about the whole text; the last table times each alone (``findall`` over
every text, no proxy). The proxy costs about a microsecond a call, so the CPU column ranks
patterns and does not sum to the run's time. ``--no-required`` compiles every pattern
without the required string the parser found (the engine's pre-check before a match).
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from regex import _main as _regex_main

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
_ENGINE = _regex_main._regex

#: per compile site and pattern: [ns, calls, chars scanned, calls repeating one of the article's]
STATS: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
#: the calls of the current article (pattern, method, string, arguments): a call made again
#: with the same arguments on the same text is work a memory would save
SEEN: set[tuple[Any, ...]] = set()
#: the compiled pattern of each row (for timing its whole-text scans alone)
COMPILED: dict[tuple[str, str], Any] = {}
_clock = time.process_time_ns


def _site() -> str:
    """The first frame outside ``regex``, ``newskit.patterns`` and this script: where the
    pattern was written."""
    for fr in reversed(traceback.extract_stack()[:-2]):
        f = fr.filename
        if "/regex/" in f or f.endswith(("patterns.py", "regex_passes.py")) or "functools" in f:
            continue
        parts = Path(f).parts
        short = "/".join(parts[-2:])
        return f"{short}:{fr.lineno}"
    return "?"


class _Timed:
    """A compiled pattern whose calls add to its row of :data:`STATS`."""

    __slots__ = ("_p", "_row")

    def __init__(self, p: Any, key: tuple[str, str]) -> None:
        self._p = p
        self._row = STATS[key]
        COMPILED.setdefault(key, p)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)

    @staticmethod
    def _span(a: tuple[Any, ...], k: dict[str, Any]) -> int:
        string = a[0] if a else k.get("string", "")
        n = len(string)
        pos = a[1] if len(a) > 1 else k.get("pos")
        endpos = a[2] if len(a) > 2 else k.get("endpos")
        lo = 0 if pos is None else pos
        hi = n if endpos is None else min(endpos, n)
        return max(0, hi - lo)

    def _call(self, meth: str, a: tuple[Any, ...], k: dict[str, Any], scans: bool = True) -> Any:
        row = self._row
        string = a[0] if a else k.get("string", "")
        sig = (id(self), meth, string if len(string) < 400 else id(string), a[1:], tuple(sorted(k.items())))
        if sig in SEEN:
            row[3] += 1
        else:
            SEEN.add(sig)
        t = _clock()
        try:
            return getattr(self._p, meth)(*a, **k)
        finally:
            row[0] += _clock() - t
            row[1] += 1
            if scans:
                row[2] += self._span(a, k)

    def search(self, *a: Any, **k: Any) -> Any:
        return self._call("search", a, k)

    def match(self, *a: Any, **k: Any) -> Any:
        return self._call("match", a, k, scans=False)

    def fullmatch(self, *a: Any, **k: Any) -> Any:
        return self._call("fullmatch", a, k, scans=False)

    def findall(self, *a: Any, **k: Any) -> Any:
        return self._call("findall", a, k)

    def finditer(self, *a: Any, **k: Any) -> Iterator[Any]:
        it = self._call("finditer", a, k)
        return self._steps(it)

    def _steps(self, it: Any) -> Iterator[Any]:
        row = self._row
        while True:
            t = _clock()
            m = next(it, None)
            row[0] += _clock() - t
            if m is None:
                return
            yield m

    def _whole(self, meth: str, *a: Any, **k: Any) -> Any:
        row = self._row
        t = _clock()
        try:
            return getattr(self._p, meth)(*a, **k)
        finally:
            row[0] += _clock() - t
            row[1] += 1
            s = k.get("string", a[1] if len(a) > 1 else "")
            row[2] += len(s) if isinstance(s, str) else 0

    def sub(self, *a: Any, **k: Any) -> Any:
        return self._whole("sub", *a, **k)

    def subn(self, *a: Any, **k: Any) -> Any:
        return self._whole("subn", *a, **k)

    def split(self, *a: Any, **k: Any) -> Any:
        row = self._row
        t = _clock()
        try:
            return self._p.split(*a, **k)
        finally:
            row[0] += _clock() - t
            row[1] += 1
            row[2] += len(a[0]) if a and isinstance(a[0], str) else 0

    def splititer(self, *a: Any, **k: Any) -> Any:
        return iter(self.split(*a, **k))


class _Engine:
    """The ``_regex`` module with ``compile`` returning :class:`_Timed` proxies."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_ENGINE, name)

    #: compile without the required string the parser found (``--no-required``)
    no_required = False

    @staticmethod
    def compile(pattern: Any, *a: Any, **k: Any) -> Any:
        if _Engine.no_required and len(a) >= 9:
            a = (*a[:6], 0, (), 0, *a[9:])
        p = _ENGINE.compile(pattern, *a, **k)
        text = pattern if isinstance(pattern, str) else repr(pattern)
        return _Timed(p, (_site(), text))


def _whole(calls: int, scanned: int, chars: int, articles: int) -> bool:
    """A whole-text scan: about one call an article, handed about the whole corpus."""
    return calls <= 2 * articles and scanned >= 0.9 * chars


def _by_plugin(rows: list[tuple[tuple[str, str], list[int]]], chars: int, articles: int) -> str:
    """One line per package (the compile site's folder): CPU s in its patterns, calls,
    passes, and its whole-text scans (patterns handed at least 0.9 of the corpus)."""
    agg: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0.0, 0, 0.0, 0])
    for (site, _pat), (ns, calls, scanned, again) in rows:
        if not calls:
            continue
        a = agg[site.split("/")[0]]
        a[0] += ns / 1e9
        a[1] += calls
        a[2] += scanned / chars
        a[5] += again
        if _whole(calls, scanned, chars, articles):
            a[3] += 1
            a[4] += ns / 1e9
    lines = ["| package | s in patterns | calls | calls repeated | passes | whole-text scans | their s |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, (sec, calls, passes, whole, whole_s, again) in sorted(agg.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"| {name} | {sec:.3f} | {calls} | {again} | {passes:.1f} | {whole} | {whole_s:.3f} |")
    return "\n".join(lines) + "\n"


def _whole_alone(rows: list[tuple[tuple[str, str], list[int]]], texts: list[str], chars: int) -> str:
    """Each whole-text scan timed alone, without the proxy: ``findall`` over every text
    (the engine's time and the list it builds, no Python per match)."""
    lines = ["| whole-text scan (alone: findall over the corpus) | pattern | CPU s |", "| --- | --- | ---: |"]
    total = 0.0
    for key, (_ns, calls, scanned, _again) in rows:
        if not calls or not _whole(calls, scanned, chars, len(texts)):
            continue
        p = COMPILED[key]
        t = time.process_time()
        for text in texts:
            p.findall(text)
        sec = time.process_time() - t
        total += sec
        short = key[1][:50].replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {key[0]} | `{short}` | {sec:.3f} |")
    lines.append(f"| all | | {total:.3f} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(HERE / "corpus" / "news.jsonl"))
    ap.add_argument("--plugins", default="dates,quantities,persons,quotes,claims,events")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--json", help="write every row to this file")
    ap.add_argument("--no-required", action="store_true",
                    help="compile every pattern without its required string (the engine's pre-check)")
    args = ap.parse_args()
    import os

    os.environ["NEWSKIT_CACHE_DIR"] = "/nonexistent-newskit-regex-passes"  # compile afresh
    _Engine.no_required = args.no_required
    _regex_main._regex = _Engine()
    from newskit import Article, Pipeline

    p = Pipeline.build(allow=args.plugins.split(","))
    with open(args.corpus, encoding="utf-8") as f:
        arts = [Article.from_dict(json.loads(line)) for line in f]
    p.run(arts[0], timeout=None)
    for row in STATS.values():
        row[:] = [0, 0, 0, 0]
    t = time.process_time()
    for a in arts:
        SEEN.clear()
        p.run(a, timeout=None)
    run = time.process_time() - t
    chars = sum(len(a.text) for a in arts)
    rows = sorted(STATS.items(), key=lambda kv: -kv[1][0])
    total_ns = sum(v[0] for v in STATS.values())
    print(f"{chars:,} chars; plugins {args.plugins}; run {run:.2f} CPU s (with the proxies); "
          f"{total_ns / 1e9:.2f} s inside patterns; {sum(1 for v in STATS.values() if v[1])} patterns called; "
          f"{sum(v[2] for v in STATS.values()) / chars:.1f} passes in all")
    print(_by_plugin(rows, chars, len(arts)))
    print("| site | pattern | s | calls | repeated | passes |\n| --- | --- | ---: | ---: | ---: | ---: |")
    for (site, pat), (ns, calls, scanned, again) in [r for r in rows if r[1][1]][: args.top]:
        short = pat[:50].replace("|", "\\|").replace("\n", " ")
        print(f"| {site} | `{short}` | {ns / 1e9:.3f} | {calls} | {again} | {scanned / chars:.2f} |")
    print(_whole_alone(rows, [a.text for a in arts], chars))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([[s, p_, *v] for (s, p_), v in rows], f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
