"""End-to-end tests run the installed ``newskit`` command through the shared scorer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def score(*args: str) -> dict[str, Any]:
    """Run ``score.py ARGS --json`` with this environment's ``newskit`` on PATH."""
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside the checkout")
    out = ROOT / ".pytest_cache" / f"score-{args[0]}-{os.getpid()}.json"
    out.parent.mkdir(exist_ok=True)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run([sys.executable, str(SCORER), *args, "--json", str(out)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    print(proc.stdout)
    data: dict[str, Any] = json.loads(out.read_text())
    return data
