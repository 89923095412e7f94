"""A mixed stream of real news text for the scale tests, built from the seed articles.

Why: the engine tests need a few hundred varied articles without the shared corpora
(CI may not have them). Each seed paragraph, and each pair of neighbouring paragraphs,
becomes an article with a fresh id and date, so texts, lengths and dates vary; a few bad
lines (malformed JSON, an empty text) keep the error paths in play.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newskit import Analysis, Article, Pipeline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_paragraphs() -> list[str]:
    paras: list[str] = []
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        paras.extend(p.strip() for p in text.splitlines() if len(p.strip()) > 40)
    return paras


def mixed_lines(n: int) -> list[str]:
    """``n`` JSON Lines: articles, and at every 50th line a bad one."""
    paras = seed_paragraphs()
    day = dt.date(2024, 6, 1)
    lines: list[str] = []
    for i in range(n):
        if i % 50 == 17:
            lines.append("{broken json" if i % 100 == 17 else json.dumps({"id": f"e{i}", "text": " "}))
            continue
        k = i % len(paras)
        text = paras[k] if i % 3 else paras[k] + "\n" + paras[(k + 1) % len(paras)]
        art: dict[str, str] = {"id": f"a{i:04d}", "text": text}
        if i % 4:
            art["published"] = (day + dt.timedelta(days=i % 9)).isoformat()
        lines.append(json.dumps(art, ensure_ascii=False))
    return lines


def write_mixed(path: Path, n: int) -> Path:
    path.write_text("\n".join(mixed_lines(n)) + "\n", encoding="utf-8")
    return path


def analyse(pipeline: Pipeline, texts: list[str], prefix: str, day: str) -> list[Analysis]:
    """Each text as an article (ids ``prefix0``, ``prefix1``, ... published ``day``), analysed."""
    return [pipeline.run(Article.from_dict({"id": f"{prefix}{k}", "text": t, "published": day}))
            for k, t in enumerate(texts)]
