#!/usr/bin/env python3
"""newskit against its peers in CPU seconds, whole process, on the same text (issue #11).

``bench/run.py`` times processing by the wall clock, which means little on a machine
shared with other work. This script runs every tool as its own process, one at a time,
on the same JSON Lines text on stdin, and reads the child's CPU time (user + system) and
peak resident memory from ``os.wait4``:

  whole     CPU s of the process on the corpus: start-up, model loading, reading, output
  start-up  CPU s of the same command on one tiny article
  process   whole - start-up (what the text itself cost)

and prints, per pair, the ratio of chars per CPU second, whole process and after
start-up. Pairs (the issue's goals): the full newskit pipeline and spaCy's small English
NER (>= 40x), dates and dateparser's ``search_dates`` (>= 20x), quantities and quantulum3
(>= 50x), persons + quotes and textacy's direct quotations (>= 40x); each newskit
extractor alone is shown beside its peer too.

    bash bench/setup_peers.sh        # once: .venv-peers, .venv-quantulum3
    nice -n 10 .venv/bin/python bench/peers_cpu.py [--max-chars N] [--only spacy,dates]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ADAPTERS = ROOT.parent / "shared" / "peers"
NEWSKIT = str(ROOT / ".venv" / "bin" / "newskit")
ALL = "dates,quantities,persons,quotes,claims,events"

#: name -> command (the corpus comes on stdin)
TOOLS: dict[str, list[str]] = {
    "newskit full": [NEWSKIT, "extract", "--load-plugins", ALL],
    "newskit dates": [NEWSKIT, "extract", "--load-plugins", "dates"],
    "newskit quantities": [NEWSKIT, "extract", "--load-plugins", "quantities"],
    "newskit persons": [NEWSKIT, "extract", "--load-plugins", "persons"],
    "newskit persons,quotes": [NEWSKIT, "extract", "--load-plugins", "persons,quotes"],
    "spacy": [str(ROOT / ".venv-peers" / "bin" / "python"), str(ADAPTERS / "spacy_adapter.py")],
    "dateparser": [str(ROOT / ".venv-peers" / "bin" / "python"), str(ADAPTERS / "dateparser_adapter.py")],
    "quantulum3": [str(ROOT / ".venv-quantulum3" / "bin" / "python"), str(ADAPTERS / "quantulum3_adapter.py")],
    "textacy": [str(ROOT / ".venv-peers" / "bin" / "python"), str(ADAPTERS / "textacy_adapter.py")],
}
NEWSKIT_ARGS = ["--format", "jsonl", "--workers", "1", "--timeout", "0", "--no-progress", "-"]

#: (newskit, peer, goal ratio or None)
PAIRS = [
    ("newskit full", "spacy", 40.0),
    ("newskit persons", "spacy", None),
    ("newskit dates", "dateparser", 20.0),
    ("newskit quantities", "quantulum3", 50.0),
    ("newskit persons,quotes", "textacy", 40.0),
]


def run(name: str, path: Path) -> tuple[float, float]:
    """CPU s and peak RSS MB of one tool on ``path`` (stdin), checked for one record a line."""
    cmd = TOOLS[name] + (NEWSKIT_ARGS if name.startswith("newskit") else [])
    # a user's install has its bytecode cached (some sandboxes set PYTHONDONTWRITEBYTECODE)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with path.open("rb") as stdin, tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, ru = os.wait4(proc.pid, 0)
        out.seek(0)
        records = sum(1 for _ in out)
    expected = sum(1 for _ in path.open(encoding="utf-8"))
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or records != expected:
        raise SystemExit(f"peers_cpu: {name} exited {code} with {records} of {expected} records")
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def subset(lines: list[str], max_chars: int) -> list[str]:
    """Articles spread evenly over the corpus, up to ``max_chars`` characters (0: all)."""
    if not max_chars:
        return lines
    sizes = [len(json.loads(line)["text"]) for line in lines]
    share = max_chars / sum(sizes)
    out, got, owed = [], 0, 0.0
    for line, n in zip(lines, sizes, strict=True):
        owed += n * share
        if owed >= n and got + n <= max_chars:
            out.append(line)
            got += n
            owed -= n
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus" / "news.jsonl")
    ap.add_argument("--max-chars", type=int, default=0, help="an evenly spread subset (0: the whole corpus)")
    ap.add_argument("--only", help="comma-separated tool names (default: every tool of the pairs)")
    args = ap.parse_args()
    if not args.corpus.exists():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "--out", str(args.corpus)], check=True)
    lines = subset(args.corpus.read_text(encoding="utf-8").splitlines(), args.max_chars)
    tmp = Path(tempfile.mkdtemp(prefix="newskit-peers-"))
    corpus = tmp / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    chars = sum(len(json.loads(line)["text"]) for line in lines)
    tiny = tmp / "tiny.jsonl"
    tiny.write_text(json.dumps({"id": "t", "published": "2024-06-19", "text": (
        'Putin met Kim in Pyongyang on June 19, 2024, and said "we agree", officials said.')}) + "\n")
    names = [n for n in TOOLS if not args.only or n in args.only.split(",")]
    print(f"corpus: {args.corpus}, {len(lines)} articles, {chars:,} chars; "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| tool | whole CPU s | start-up CPU s | process CPU s | chars/CPU s (whole) | chars/CPU s (process) | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    got: dict[str, tuple[float, float]] = {}
    for name in names:
        run(name, tiny)  # warm-up: bytecode and file caches
        start, _ = run(name, tiny)
        whole, rss = run(name, corpus)
        got[name] = (whole, max(whole - start, 1e-9))
        print(f"| {name} | {whole:.2f} | {start:.2f} | {whole - start:.2f} | {chars / whole:,.0f} | "
              f"{chars / got[name][1]:,.0f} | {rss:.0f} |", flush=True)
    print("\n| newskit | peer | ratio whole process | ratio after start-up | goal |")
    print("| --- | --- | ---: | ---: | --- |")
    for ours, peer, goal in PAIRS:
        if ours in got and peer in got:
            print(f"| {ours} | {peer} | {got[peer][0] / got[ours][0]:.1f}x | {got[peer][1] / got[ours][1]:.1f}x | "
                  f"{f'>= {goal:.0f}x' if goal else '-'} |")
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
