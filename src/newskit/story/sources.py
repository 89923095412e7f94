"""The articles of a story as a reader names them: outlet, date, headline.

Span references carry article ids (stable, unique); a report shows outlets. The outlet is
``Article.source`` (from the input or a ``meta.json`` sidecar), else ``metadata``'s
``outlet``/``publisher``/``site``, else the host of ``url``, else ``article N`` (N in id
order), so a reader never meets a hash where a name could stand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import urlparse

from newskit.model import Analysis, Article, StoryArticle

__all__ = ["story_articles"]

_META_KEYS = ("outlet", "publisher", "site", "site_name")


def _outlet(a: Article) -> str | None:
    if a.source and a.source.strip():
        return a.source.strip()
    for k in _META_KEYS:
        v = a.metadata.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
    if a.url:
        host = urlparse(a.url).hostname or ""
        host = host[4:] if host.startswith("www.") else host
        if host:
            return host
    return None


def _title(a: Article) -> str | None:
    if a.title and a.title.strip():
        return a.title.strip()
    first = a.text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 120 and "\n" in a.text.strip():
        return first
    return None


def _published(a: Article) -> str | None:
    p = a.published
    if isinstance(p, dt.datetime):
        return p.isoformat(timespec="minutes")
    return p.isoformat() if p is not None else None


def story_articles(analyses: Sequence[Analysis]) -> tuple[StoryArticle, ...]:
    """One record per article, in id order; outlets named twice get ``(2)`` suffixes only
    when they would otherwise be ambiguous for one and the same name and date."""
    ordered = sorted((a.article for a in analyses), key=lambda a: a.id)
    out: list[StoryArticle] = []
    seen: dict[str, int] = {}
    for n, a in enumerate(ordered, 1):
        name = _outlet(a) or f"article {n}"
        pub = _published(a)
        key = f"{name}|{pub}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            name = f"{name} ({seen[key]})"
        out.append(StoryArticle(id=a.id, outlet=name, published=pub, title=_title(a), url=a.url))
    return tuple(out)
