"""The story: one account of what several articles report.

``build_story(analyses)`` merges people across articles (:mod:`.people`), merges events
into a timeline (:mod:`.events`), groups claims by what they are about and finds where
sources agree or disagree (:mod:`.claims`). Deterministic and independent of article
order; every item points back to the spans it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence

from newskit.model import Analysis, Story
from newskit.story.claims import group_claims
from newskit.story.events import merge_events
from newskit.story.figures import article_figures, compare_figures
from newskit.story.people import build_people
from newskit.story.sources import story_articles
from newskit.story.summary import summarize

__all__ = ["build_story"]


def build_story(analyses: Sequence[Analysis]) -> Story:
    """The story over ``analyses`` (any order; the result is the same)."""
    ordered = sorted(analyses, key=lambda a: a.article.id)
    events = merge_events(ordered)
    claims, corroborations, conflicts = group_claims(ordered, events)
    sources = story_articles(ordered)
    outlets = {s.id: s.outlet for s in sources}
    figures = [f for a in ordered for f in article_figures(a, outlets.get(a.article.id))]
    conflicts = (*conflicts, *compare_figures(figures))
    return Story(
        articles=tuple(a.article.id for a in ordered),
        events=events,
        people=build_people(ordered),
        claims=claims,
        corroborations=corroborations,
        conflicts=conflicts,
        errors=tuple(e for a in ordered for e in a.errors),
        sources=sources,
        summary=summarize(events, corroborations, conflicts, sources),
    )
