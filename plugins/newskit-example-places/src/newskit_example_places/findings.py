"""A finding detector: the places that several outlets of a story name.

It reads the ``place`` mentions this plugin's extractor made and reports each place that
at least two outlets mention, with every span it was read from (one per article).
"""

from __future__ import annotations

from collections.abc import Iterable

from newskit import Finding, SpanRef, StoryDraft

__all__ = ["SharedPlaces"]


class SharedPlaces:
    """Places named by two outlets or more (its report section: "Places several outlets name")."""

    name = "example-shared-places"
    section = "Places several outlets name"

    def detect(self, story: StoryDraft) -> Iterable[Finding]:
        refs: dict[str, dict[str, SpanRef]] = {}
        for a in story.analyses:
            for m in a.mentions:
                if m.kind == "place":
                    first = refs.setdefault(m.text, {})
                    first.setdefault(a.article.id, SpanRef(article=a.article.id, start=m.start,
                                                           end=m.end, text=m.text))
        for place, by_article in sorted(refs.items()):
            outlets = sorted({story.outlet(art) or art for art in by_article})
            if len(outlets) >= 2:
                yield Finding(type="shared-place", about=place, refs=tuple(by_article.values()),
                              summary=f"{place}: named by {len(outlets)} outlets")
