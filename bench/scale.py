#!/usr/bin/env python3
"""Scale benchmark: `extract` and `stories` on large streams, one and two workers,
default and Dask engines; throughput and peak memory, to see how cost grows.

    python bench/scale.py feed 10000 50000 100000          # bench/corpus/scale-N.jsonl
    nice -n 10 python bench/scale.py cli extract 2000 --workers 1 2 --engines default dask
    nice -n 10 python bench/scale.py cli stories 2000 --workers 1
    python bench/scale.py cli stories 10000 --workers 2 --build-in driver   # closed stories built in the driver
    newskit extract bench/corpus/scale-base.jsonl --omit-text > bench/corpus/scale-base.analyses.jsonl
    nice -n 10 python bench/scale.py group 10000 50000 100000
    nice -n 10 python bench/scale.py growth 20000 2000 --per-day 2000
    python bench/scale.py growth 100000 10000 --build      # grouping + building, one pass

The stream: the ECB+ documents (772) and the TempEval-3 TimeBank + AQUAINT documents
(256) of ``shared/data``, repeated in a fixed order with fresh ids (``x0000001``...) and
publication dates that advance one day every ``--per-day`` (10,000) articles, so the
stream is time ordered and stories close as the window passes.

``cli`` runs the real command (``newskit extract|stories FEED``, output to /dev/null) and
samples the resident memory of the whole process tree (driver, pool or Dask workers)
every 0.2 s with psutil: the peak is the sum over processes (and the driver's own peak,
apart: on the Dask engine the scheduler of the local cluster lives in it). ``group`` measures what
``stories`` adds to extraction: the analyses of the distinct texts (from ``newskit extract``
on ``scale-base.jsonl``) are repeated with fresh ids and dates and fed to
:func:`newskit.stories.build_stories` (grouping, then each story built), each size in
a fresh process. Results are appended to ``bench/results/scale.json`` and printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402
import ecb_stream  # noqa: E402

SHARED = Path(os.environ.get("NEWSKIT_SHARED", ROOT.parent / "shared"))
OUT = HERE / "corpus"
RESULTS = HERE / "results" / "scale.json"
START = dt.date(2024, 1, 1)
#: days between two rounds of the texts: more than the grouping window (7 days)
GAP_DAYS = 8


def base_texts(shared: Path) -> list[str]:
    ecb = [d["text"] for d in ecb_stream.ecb_documents(shared / "data" / "ecbplus" / "ECB+")]
    tb = [str(a["text"]) for a in corpus_mod.tbaq(shared)]
    return ecb + tb


def day_of(i: int, n_texts: int, per_day: int, gap_days: int = GAP_DAYS) -> dt.date:
    """The publication date of the stream's ``i``-th article: the texts are repeated in
    rounds, ``per_day`` articles a day within a round, and ``gap_days`` days without an
    article pass between two rounds. With a gap over the grouping window (7 days) every story of a round has closed before the next copy of its texts comes, so each copy
    forms stories of its natural size (an ECB+ topic's documents, a TimeBank article alone),
    as a real feed's stories go quiet, instead of one story growing all along the stream.
    ``gap_days=0``: dates advance one day every ``per_day`` articles, rounds ignored."""
    if gap_days <= 0:
        return START + dt.timedelta(days=i // per_day)
    days = -(-n_texts // per_day)  # the days one round spans
    r, k = divmod(i, n_texts)
    return START + dt.timedelta(days=r * (days + gap_days) + k // per_day)


def stream(texts: list[str], n: int, per_day: int, gap_days: int = GAP_DAYS) -> Iterator[dict[str, str]]:
    for i in range(n):
        day = day_of(i, len(texts), per_day, gap_days)
        yield {"id": f"x{i:07d}", "text": texts[i % len(texts)], "published": day.isoformat()}


def cmd_feed(args: argparse.Namespace) -> int:
    texts = base_texts(Path(args.shared))
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "scale-base.jsonl").open("w", encoding="utf-8") as f:
        for k, t in enumerate(texts):
            f.write(json.dumps({"id": f"base{k:05d}", "text": t}, ensure_ascii=False) + "\n")
    for n in args.sizes:
        with (OUT / f"scale-{n}.jsonl").open("w", encoding="utf-8") as f:
            for art in stream(texts, n, args.per_day, args.gap_days):
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
        print(f"wrote {OUT / f'scale-{n}.jsonl'}")
    return 0


def _tree_rss(pid: int) -> tuple[int, int]:
    """Resident bytes of process ``pid`` (the driver) and of its whole tree."""
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0
    driver = total = 0
    for q in procs:
        try:
            rss = q.memory_info().rss
        except psutil.NoSuchProcess:
            continue
        total += rss
        driver = rss if q.pid == pid else driver
    return driver, total


def measure(cmd: list[str]) -> dict[str, Any]:
    """Wall time, CPU time and peak resident memory of the whole process tree of ``cmd``.

    CPU time (user + system of the command and every process it waited for: pool and
    Dask workers) is the figure to trust on a shared machine, where wall time mostly
    measures the other tenants."""
    import resource

    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        proc = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.PIPE, cwd=ROOT)
    peak = peak_driver = 0
    loads: list[float] = []
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_driver
        while not done.is_set():
            driver, tree = _tree_rss(proc.pid)
            peak, peak_driver = max(peak, tree), max(peak_driver, driver)
            loads.append(os.getloadavg()[0])
            done.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    done.set()
    th.join()
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    return {"seconds": time.perf_counter() - t0, "cpu_seconds": cpu, "peak_rss_mb": peak / 1e6,
            "peak_rss_driver_mb": peak_driver / 1e6,
            "load1_min": min(loads, default=0.0), "load1_mean": sum(loads) / max(len(loads), 1),
            "load1_max": max(loads, default=0.0),
            "returncode": proc.returncode, "stderr": err.decode(errors="replace")[-500:]}


def record(row: dict[str, Any]) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    rows = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    rows.append(row)
    RESULTS.write_text(json.dumps(rows, indent=1) + "\n")
    print(json.dumps(row))


def _chars(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"]) for line in f if line.strip())


def cmd_cli(args: argparse.Namespace) -> int:
    newskit = str(Path(sys.executable).parent / "newskit")
    for n in args.sizes:
        feed = OUT / f"scale-{n}.jsonl"
        chars = _chars(feed)
        for engine in args.engines:
            for w in args.workers:
                cmd = [newskit] if args.build_in == "pool" else [sys.executable, __file__, "_driver_build"]
                cmd += [args.command, str(feed), "--no-progress", "--workers", str(w), "--engine", engine]
                cmd += ["--omit-text"] if args.command == "extract" else ["--format", "json"]
                m = measure(cmd)
                record({"what": args.command, "articles": n, "chars": chars, "engine": engine,
                        "workers": w, **({"build_in": args.build_in} if args.command == "stories" and engine == "default" else {}), **m, "articles_per_s": n / m["seconds"],
                        "articles_per_cpu_s": n / max(m["cpu_seconds"], 1e-9),
                        "when": dt.datetime.now().isoformat(timespec="seconds"),
                        "load1": os.getloadavg()[0]})
    return 0


def cmd_driver_build(argv: list[str]) -> int:
    """``newskit stories`` as before session 7: the pool only extracts and each closed
    story is built in the driver (``build_stories`` without a pool), to compare the two."""
    import newskit.stories as stories
    from newskit.cli import main as cli_main

    build = stories.build_stories

    def in_driver(*a: Any, **kw: Any) -> Any:
        kw.pop("pool", None)
        return build(*a, **kw)

    stories.build_stories = in_driver  # type: ignore[assignment]
    return cli_main(argv)


def cmd_group(args: argparse.Namespace) -> int:
    for n in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "_group1", str(n), "--per-day",
                               str(args.per_day), "--gap-days", str(args.gap_days),
                               "--analyses", str(args.analyses)],
                              capture_output=True, text=True, check=False)
        if proc.returncode:
            sys.stderr.write(proc.stderr)
            return 1
        record({**json.loads(proc.stdout), "when": dt.datetime.now().isoformat(timespec="seconds"),
                "load1": os.getloadavg()[0]})
    return 0


def cmd_group1(args: argparse.Namespace) -> int:
    """One size in this process: repeat the base analyses with fresh ids and dates."""
    import resource

    import attrs

    from newskit.serialize import analysis_from_json
    from newskit.stories import build_stories, group_stories

    with Path(args.analyses).open(encoding="utf-8") as f:
        base = [analysis_from_json(json.loads(line)) for line in f if line.strip()]
    n = args.sizes[0]

    def analyses() -> Iterator[Any]:
        for i in range(n):
            a = base[i % len(base)]
            day = day_of(i, len(base), args.per_day, args.gap_days)
            yield attrs.evolve(a, article=attrs.evolve(a.article, id=f"x{i:07d}", published=day))

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    t0, c0 = time.perf_counter(), cpu()
    groups = sum(1 for _ in group_stories(analyses()))
    t1, c1 = time.perf_counter(), cpu()
    built = sum(1 for _ in build_stories(analyses()))
    t2, c2 = time.perf_counter(), cpu()
    print(json.dumps({"what": "group", "articles": n, "stories": groups, "built": built,
                      "per_day": args.per_day, "gap_days": args.gap_days,
                      "group_seconds": t1 - t0, "group_and_build_seconds": t2 - t1,
                      "articles_per_s_group": n / (t1 - t0),
                      "articles_per_s_group_and_build": n / (t2 - t1),
                      "group_cpu_seconds": c1 - c0, "group_and_build_cpu_seconds": c2 - c1,
                      "articles_per_cpu_s_group": n / (c1 - c0),
                      "articles_per_cpu_s_group_and_build": n / (c2 - c1),
                      "rss_start_mb": rss0,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3}))
    return 0


def cmd_growth(args: argparse.Namespace) -> int:
    """Grouping alone, one pass over N articles: CPU time and resident memory at every
    checkpoint, so the cost of each block of the stream shows whether it grows."""
    import resource

    import attrs
    import psutil

    from newskit.serialize import analysis_from_json
    from newskit.stories import StoryGrouper
    from newskit.story import build_story

    with Path(args.analyses).open(encoding="utf-8") as f:
        base = [analysis_from_json(json.loads(line)) for line in f if line.strip()]
    n, step = args.sizes[0], args.sizes[1] if len(args.sizes) > 1 else args.sizes[0] // 4
    grouper = StoryGrouper()
    closed = built = 0
    me = psutil.Process()

    def take(groups: list[tuple[str, list[Any]]]) -> int:
        nonlocal built
        if args.build:  # each closed story built as `newskit stories` builds it
            for _, members in groups:
                build_story(members)
                built += len(members)
        return len(groups)

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    c0 = last = cpu()
    for i in range(n):
        a = base[i % len(base)]
        day = day_of(i, len(base), args.per_day, args.gap_days)
        closed += take(grouper.add(attrs.evolve(a, article=attrs.evolve(a.article, id=f"x{i:07d}",
                                                                         published=day))))
        if (i + 1) % step == 0 or i + 1 == n:
            if i + 1 == n:
                closed += take(grouper.finish())
            now = cpu()
            record({"what": "growth+build" if args.build else "growth", "articles": i + 1, "block": step,
                    "block_cpu_ms_per_article": 1000 * (now - last) / step,
                    "total_cpu_seconds": now - c0, "closed_stories": closed, "built_articles": built,
                    "open_stories": len(grouper._open), "rss_now_mb": me.memory_info().rss / 1e6,
                    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3,
                    "per_day": args.per_day, "gap_days": args.gap_days,
                    "when": dt.datetime.now().isoformat(timespec="seconds"), "load1": os.getloadavg()[0]})
            last = now
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("feed")
    f.add_argument("sizes", type=int, nargs="+")
    f.add_argument("--shared", default=str(SHARED))
    c = sub.add_parser("cli")
    c.add_argument("command", choices=["extract", "stories"])
    c.add_argument("sizes", type=int, nargs="+")
    c.add_argument("--workers", type=int, nargs="+", default=[1])
    c.add_argument("--engines", nargs="+", default=["default"], choices=["default", "dask"])
    c.add_argument("--build-in", choices=["pool", "driver"], default="pool",
                   help="stories, default engine: build closed stories in the pool (as newskit does) "
                        "or in the driver (as before session 7), to compare")
    for name in ("group", "_group1", "growth"):
        g = sub.add_parser(name)
        g.add_argument("sizes", type=int, nargs="+")
        g.add_argument("--analyses", default=str(OUT / "scale-base.analyses.jsonl"))
        if name == "growth":
            g.add_argument("--build", action="store_true", help="build each closed story too")
    for p in (f, c, *sub.choices.values()):
        if not any(a.dest == "per_day" for a in p._actions):
            p.add_argument("--per-day", type=int, default=10_000)
            p.add_argument("--gap-days", type=int, default=GAP_DAYS,
                           help="days between two rounds of the texts (0: none, dates advance every --per-day)")
    if sys.argv[1:2] == ["_driver_build"]:
        return cmd_driver_build(sys.argv[2:])
    args = ap.parse_args()
    return {"feed": cmd_feed, "cli": cmd_cli, "group": cmd_group, "_group1": cmd_group1,
            "growth": cmd_growth}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
