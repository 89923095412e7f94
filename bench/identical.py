#!/usr/bin/env python3
"""Hashes of newskit's output on the seeds and the dev corpora: is a refactoring byte-identical?

Moving the bundled word lists behind the vocabulary hooks (issue #15) must not change a
single byte of output. This script runs the installed ``newskit`` with the bundled plugins
only (third-party plugins such as the example distribution would change the output on
purpose) and prints one SHA-256 per output:

  extract   ``newskit extract`` JSON Lines on the seeds, TempEval-3 (TimeBank + AQUAINT),
            PolNeAR dev, CoNLL-2003 testa (``bench/corpus.py``) and the ECB+ dev documents
            (``bench/ecb_stream.py``), one article a line
  story     ``newskit story --format json`` and ``--format text`` on ``seeds/``

Run it on the base commit, then on the branch, and compare the lines (``--check FILE``
compares with a file an earlier run wrote with ``--out FILE``).

    python bench/identical.py [--out before.txt] [--check before.txt]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import ecb_stream  # noqa: E402

BUNDLED = "dates,quantities,persons,quotes,claims,events"


def _newskit() -> str:
    local = ROOT / ".venv" / "bin" / "newskit"
    return str(local) if local.exists() else "newskit"


def _run(args: list[str]) -> bytes:
    env = dict(os.environ, NEWSKIT_LOAD_PLUGINS=BUNDLED)
    env.pop("NEWSKIT_DISABLE_PLUGINS", None)
    # from the checkout's root with relative paths: file names are in the output
    done = subprocess.run([_newskit(), *args, "--no-progress"], env=env, check=True,
                          stdout=subprocess.PIPE, cwd=ROOT)
    return done.stdout


def _corpus_file(shared: Path, folder: Path) -> Path:
    arts = corpus.build(shared)
    for d in ecb_stream.ecb_documents(shared / "data" / "ecbplus" / "ECB+"):
        arts.append({"id": "ecbplus/" + d["id"], "text": d["text"], "published": None})
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def hashes(shared: Path, workers: str) -> dict[str, str]:
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = _corpus_file(shared, Path(tmp))
        data = _run(["extract", "--workers", workers, str(path)])
        out["extract-corpus"] = hashlib.sha256(data).hexdigest()
        out["extract-corpus-lines"] = str(data.count(b"\n"))
    for fmt in ("json", "text"):
        data = _run(["story", "--format", fmt, "--workers", "1", "seeds"])
        out[f"story-seeds-{fmt}"] = hashlib.sha256(data).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED)
    ap.add_argument("--workers", default="2")
    ap.add_argument("--out", type=Path, help="also write the hashes to this file")
    ap.add_argument("--check", type=Path, help="compare with the hashes in this file")
    args = ap.parse_args(argv)
    got = hashes(args.shared, args.workers)
    text = "".join(f"{k} {v}\n" for k, v in got.items())
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.check:
        want = dict(line.split(" ", 1) for line in args.check.read_text("utf-8").splitlines() if line)
        diff = [k for k, v in got.items() if want.get(k, "").strip() != v]
        print("identical" if not diff else f"DIFFERENT: {', '.join(diff)}")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
