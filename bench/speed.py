#!/usr/bin/env python3
"""Whole-process speed of the ``newskit`` command (issue #11's figures).

Every row runs ``newskit extract --format jsonl --workers N -`` in a fresh process with
an input on stdin and reads the child's CPU time and peak resident memory from
``os.wait4``: start-up, reading, every plugin and JSON output are all inside the figure.

  full            every installed plugin, on the news corpus repeated to >= --min-mb MB
  no-events       the same without the events linker
  <plugin>        each bundled extractor alone (quotes needs persons, events needs dates
                  and persons; claims needs all four extractors: see "without events")
  start-up        one tiny article: import + Pipeline.build() + first article
  long article    the corpus texts joined into one article of --long-mb MB, and the same
                  text as separate articles (linear time means equal chars/s)
  workers         the full pipeline with --workers auto, wall clock

MB/s = 10^6 characters per CPU second of the whole process (user + system). The children
run with the bytecode cache on (a warm-up run writes it), as on a user's machine.

    .venv/bin/python bench/speed.py [--corpus bench/corpus/news.jsonl] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NEWSKIT = str(ROOT / ".venv" / "bin" / "newskit")
ALL = "dates,quantities,persons,quotes,claims,events"


def run(input_path: Path, plugins: str | None, workers: str = "1") -> dict[str, float]:
    """One ``newskit extract`` process: CPU s, wall s, peak RSS MB, records."""
    cmd = [NEWSKIT, "extract", "--format", "jsonl", "--workers", workers, "--timeout", "0", "--no-progress", "-"]
    if plugins:
        cmd[2:2] = ["--load-plugins", plugins]
    # a user's install has its bytecode cached: measuring with PYTHONDONTWRITEBYTECODE set
    # (as some sandboxes do) compiles every module from source in every row
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with open(input_path, "rb") as stdin, tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        out.seek(0)
        records = sum(1 for _ in out)
    expected = sum(1 for _ in input_path.open(encoding="utf-8"))
    if os.waitstatus_to_exitcode(status) != 0 or records != expected:
        raise SystemExit(f"speed: {' '.join(cmd)} exited {os.waitstatus_to_exitcode(status)} "
                         f"with {records} of {expected} records")
    return {"cpu": ru.ru_utime + ru.ru_stime, "wall": wall, "rss": ru.ru_maxrss / 1024, "records": records}


def median_run(input_path: Path, plugins: str | None, repeats: int, workers: str = "1") -> dict[str, float]:
    runs = [run(input_path, plugins, workers) for _ in range(repeats)]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def chars_of(path: Path) -> int:
    return sum(len(json.loads(line)["text"]) for line in path.open(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus" / "news.jsonl")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--min-mb", type=float, default=2.0)
    ap.add_argument("--long-mb", type=float, default=4.9, help="below the readers' 5 M-char limit")
    ap.add_argument("--only", help="comma-separated rows: full,no-events,plugins,startup,long,workers")
    args = ap.parse_args()
    if not args.corpus.exists():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "--out", str(args.corpus)], check=True)
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    rows = set((args.only or "full,no-events,plugins,startup,long,workers").split(","))
    tmp = Path(tempfile.mkdtemp(prefix="newskit-speed-"))
    big = tmp / "news.jsonl"
    articles = [json.loads(line) for line in lines]
    reps = 1
    while reps * sum(len(a["text"]) for a in articles) < args.min_mb * 1e6:
        reps += 1
    with big.open("w", encoding="utf-8") as f:
        for r in range(reps):
            for a in articles:
                f.write(json.dumps({**a, "id": f"{a['id']}#{r}"}) + "\n")
    n = chars_of(big)
    tiny = tmp / "tiny.jsonl"
    tiny.write_text(json.dumps({"id": "t", "text": "Putin met Kim in Pyongyang on June 19, 2024, "
                                "and said \"we agree\", officials said.", "published": "2024-06-19"}) + "\n")
    run(tiny, ALL)  # warm-up, not reported: writes the bytecode cache
    print(f"corpus: {args.corpus} x{reps} = {n:,} chars, {len(articles) * reps} articles; "
          f"load average {os.getloadavg()[0]:.2f}; repeats {args.repeats} (median)\n")
    print("| run | plugins | chars | CPU s | MB/s (CPU) | wall s | peak RSS MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")

    def row(name: str, path: Path, plugins: str | None, chars: int, workers: str = "1") -> None:
        r = median_run(path, plugins, args.repeats, workers)
        print(f"| {name} | {plugins or 'all installed'} | {chars:,} | {r['cpu']:.2f} | "
              f"{chars / r['cpu'] / 1e6:.3f} | {r['wall']:.2f} | {r['rss']:.0f} |", flush=True)

    if "full" in rows:
        row("full pipeline", big, ALL, n)
    if "no-events" in rows:
        row("without events", big, "dates,quantities,persons,quotes,claims", n)
    if "plugins" in rows:
        for p in ("dates", "quantities", "persons", "persons,quotes", "dates,persons,events"):
            row(p, big, p, n)
    if "startup" in rows:
        row("start-up (one tiny article)", tiny, ALL, chars_of(tiny))
    if "long" in rows:
        text, k = "", 0
        while len(text) < args.long_mb * 1e6:
            text += articles[k % len(articles)]["text"] + "\n"
            k += 1
        one = tmp / "long.jsonl"
        one.write_text(json.dumps({"id": "long", "text": text, "published": "2024-06-19"}) + "\n")
        split = tmp / "split.jsonl"
        with split.open("w", encoding="utf-8") as f:
            for i in range(k):
                a = articles[i % len(articles)]
                f.write(json.dumps({"id": str(i), "text": a["text"] + "\n", "published": "2024-06-19"}) + "\n")
        row(f"one {len(text) / 1e6:.1f} MB article", one, ALL, len(text))
        row("same text as articles", split, ALL, len(text))
    if "workers" in rows:
        row("full pipeline, --workers auto (CPU of every process; see wall)", big, ALL, n, "auto")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
