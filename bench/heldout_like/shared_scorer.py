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


def polnear_predicted(sc: ModuleType, folder: str, pred: str | None) -> tuple[list[tuple[dict, list[dict]]], dict[str, dict]]:
    """A PolNeAR split's documents with their gold attributions (the scorer's reading), and
    newskit's output on them by article id: read from ``pred`` (a saved ``newskit extract
    --format jsonl`` output) or extracted now, as ``score.py polnear`` runs it."""
    docs = sc.read_polnear(Path(folder))
    preds = sc.load_pred(pred) if pred else sc.run_jsonl(sc.EXTRACT_CMD, [a for a, _ in docs], 600)[0]
    return docs, {str(p.get("id")): p for p in preds}
