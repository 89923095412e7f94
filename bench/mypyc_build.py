#!/usr/bin/env python3
"""Build a scratch copy of newskit with its hot modules compiled by mypyc, to measure what
compiled code would give (issue #11) without building it into the package.

    .venv/bin/python bench/mypyc_build.py --out /tmp/newskit-mypyc        # 2-5 min, needs gcc
    PYTHONPATH=/tmp/newskit-mypyc/src:/tmp/newskit-mypyc/plugins .venv/bin/python bench/harness.py --plugins all
    PYTHONPATH=... .venv/bin/python bench/identical.py --check REF          # same output?

Copies ``src/`` and ``plugins/`` of this checkout to ``--out``, then compiles, one mypyc
call per group (each group one extension): the core modules of ``--core`` and every module
of each bundled plugin except its ``__init__`` and ``hookspecs`` (pluggy marks the hook
functions there with attributes a compiled function cannot take) and the modules of
``EXCLUDED``, which mypyc cannot compile or load today. The virtualenv's ``newskit`` stays
installed as it is: the scratch copy wins by coming first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ["persons", "quotes", "dates", "events", "quantities", "claims"]
#: the core modules compiled by default: the text layer and the name scans every plugin reads
CORE = ["textlayer", "actors", "patterns", "body_names"]
#: modules left interpreted, and why (mypy 2.4 / mypyc)
EXCLUDED = {
    "newskit_quantities/wordgrammar.py": "Toks subclasses list (a native class cannot)",
    "newskit_claims/sources.py": "an internal mypyc error (AssertionError: Any) on a generator over tuples",
    "newskit_events/lexicon.py": "attrs field defaults (factory=...): a compiled class body rejects them on import",
    "newskit_events/mention.py": "attrs.Factory defaults, as lexicon.py",
}


def mypyc(cwd: Path, files: list[str]) -> float:
    """Compile ``files`` (paths under ``cwd``) into one extension; its wall seconds."""
    t = time.perf_counter()
    cmd = [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml"), *files]
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True, help="the scratch directory (replaced)")
    ap.add_argument("--core", default=",".join(CORE), help="newskit modules to compile (comma-separated)")
    ap.add_argument("--plugins", default=",".join(PLUGINS), help="bundled plugins to compile")
    args = ap.parse_args()

    if args.out.exists():
        shutil.rmtree(args.out)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "build")
    for part in ("src", "plugins"):
        shutil.copytree(ROOT / part, args.out / part, ignore=ignore)
    core = [f"newskit/{m}.py" for m in args.core.split(",") if m]
    if core:
        print(f"core: {len(core)} modules, {mypyc(args.out / 'src', core):.0f} s", file=sys.stderr)
    for name in (p for p in args.plugins.split(",") if p):
        pkg = args.out / "plugins" / f"newskit_{name}"
        files = sorted(str(f.relative_to(pkg.parent)) for f in pkg.glob("*.py")
                       if f.stem not in ("__init__", "hookspecs"))
        files = [f for f in files if f not in EXCLUDED]
        print(f"{name}: {len(files)} modules, {mypyc(pkg.parent, files):.0f} s", file=sys.stderr)
    for path, why in EXCLUDED.items():
        print(f"left interpreted: {path}: {why}", file=sys.stderr)
    print(f"PYTHONPATH={args.out / 'src'}:{args.out / 'plugins'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
