"""The dates extractor alone on one article, read back as (text, type, value) triples."""

from __future__ import annotations

import datetime as dt

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

_EXTRACTOR = DatesExtractor()


def date_triples(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every date mention in an article published on ``published``
    (``None``: an article with no date)."""
    out = []
    for m in _EXTRACTOR.extract(Article(id="t", text=text, published=published), []):
        assert isinstance(m, DateMention)
        out.append((m.text, m.type, m.value))
    return out
