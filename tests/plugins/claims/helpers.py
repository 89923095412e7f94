"""Helpers shared by the claims tests: run the whole pipeline on one article and read its
claims' sources back."""

from __future__ import annotations

from newskit import Article, Pipeline


def claim_sources(pipeline: Pipeline, text: str) -> list[tuple[str | None, str]]:
    """(source, stance) of every claim the pipeline finds in one article of ``text``."""
    art = pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02", "text": text}))
    return [(c.source, c.stance) for c in art.claims]
