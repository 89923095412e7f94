"""Write the hand-written dates check (issue #14) as TimeML files the shared scorer reads.

``written/dates.txt`` holds news sentences written for this check by the dates helper of
session 6 (not copied from any corpus): wire, sports, business, court, weather, science
and obituary pages, British and American date styles, each block a document with its own
publication date and TIMEX3-style gold written inline as ``[extent|TYPE|value]``. Blocks
alternate **dev** (even; errors may be read while writing rules) and **check** (odd; only
aggregate figures are read), so the check half says whether a fix carries to sentences
nobody tuned on.

    .venv/bin/python bench/heldout_like/written_dates.py /tmp/wdates
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py timeml /tmp/wdates/dev
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py timeml /tmp/wdates/check

``--score SCORER`` runs the scorer on both halves and on all blocks after writing them.
``--source written_s15/dates.txt --blind`` writes session 15's blind set instead: every
block is a check block (sport, weather, courts and health pages; errors never read).
``--source written_s17/dates.txt`` writes session 17's set for the kinds the TempEval-3 papers
call hard (ranges, fractions, anchored offsets, sets, REF words, fiscal periods, parts of the
day, decades); its blocks alternate dev / check like this file's.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent / "written" / "dates.txt"
_GOLD = regex.compile(r"\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]+)\]")


@dataclass(frozen=True)
class Doc:
    name: str
    kind: str
    dct: str
    lines: tuple[str, ...]
    half: str


def docs(path: Path = HERE, blind: bool = False) -> Iterator[Doc]:
    """The blocks of the file, in order, each marked dev or check (all check when blind)."""
    n = 0
    for raw in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in raw.strip().splitlines() if ln.strip()]
        meta = {k.strip(): v.strip() for k, _, v in (ln[1:].partition(":") for ln in lines if ln.startswith("#"))}
        body = tuple(ln for ln in lines if not ln.startswith("#"))
        if not body or "dct" not in meta:
            continue
        half = "dev" if n % 2 == 0 and not blind else "check"
        yield Doc(f"w{n:03d}", meta.get("kind", ""), meta["dct"], body, half)
        n += 1


def to_timeml(doc: Doc) -> str:
    """The block as a TimeML document: DCT, then the sentences with TIMEX3 tags."""
    out: list[str] = []
    tid = 1
    for line in doc.lines:
        pos = 0
        for m in _GOLD.finditer(line):
            out.append(html.escape(line[pos : m.start()], quote=False))
            text, typ, value = m.groups()
            out.append(f'<TIMEX3 tid="t{tid}" type="{typ}" value="{html.escape(value)}">{html.escape(text, quote=False)}</TIMEX3>')
            tid += 1
            pos = m.end()
        out.append(html.escape(line[pos:], quote=False) + "\n")
    return (
        "<?xml version=\"1.0\" ?>\n<TimeML>\n"
        f"<DOCID>{doc.name}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{doc.dct}" functionInDocument="CREATION_TIME">{doc.dct}</TIMEX3></DCT>\n'
        f"<TEXT>\n{''.join(out)}</TEXT>\n</TimeML>\n"
    )


def write(out: Path, source: Path = HERE, blind: bool = False) -> dict[str, int]:
    """Write ``out/dev``, ``out/check`` and ``out/all``; the count of gold TIMEX3 per half."""
    counts = {"dev": 0, "check": 0}
    for sub in ("dev", "check", "all"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    for doc in docs(source, blind):
        tml = to_timeml(doc)
        counts[doc.half] += sum(len(_GOLD.findall(ln)) for ln in doc.lines)
        for sub in (doc.half, "all"):
            (out / sub / f"{doc.name}.tml").write_text(tml, encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--score", metavar="SCORER", help="path of ../shared/eval/score.py: score each half")
    ap.add_argument("--errors", action="store_true", help="print the dev half's errors (never the check half's)")
    ap.add_argument("--source", type=Path, default=HERE, help="the written file (default: session 6's)")
    ap.add_argument("--blind", action="store_true", help="every block is a check block")
    args = ap.parse_args(argv)
    counts = write(args.out, args.source, args.blind)
    print(f"written dates: dev {counts['dev']} TIMEX3, check {counts['check']} TIMEX3 -> {args.out}")
    if args.score:
        for sub in ("check", "all") if args.blind else ("dev", "check", "all"):
            cmd = [sys.executable, args.score, "timeml", str(args.out / sub)]
            if args.errors and sub == "dev":
                cmd.append("--errors")
            res = subprocess.run(cmd, capture_output=True, text=True, check=False)
            lines = res.stdout.strip().splitlines()
            shown = lines if (args.errors and sub == "dev") else lines[-1:]
            for ln in shown:
                print(f"{sub:5s} {ln}")
            if res.returncode:
                print(res.stderr, file=sys.stderr)
                return res.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
