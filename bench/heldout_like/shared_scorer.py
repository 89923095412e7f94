"""The shared scorer (``shared/eval/score.py`` beside the checkout) as a module, so the
held-out-like checks match and read corpora exactly as the scorer does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "shared" / "eval" / "score.py"


def scorer() -> ModuleType:
    """The scorer, loaded from :data:`SCORER`."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
