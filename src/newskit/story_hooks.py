"""newskit's own story logic, registered through the story hooks as any plugin's would be.

A core plugin (on every plugin manager): the event clustering of :mod:`newskit.story.events`
as the ``trylast`` answer of ``newskit_cluster_events``, and three finding detectors: the
corroborations and the allegation/denial and date conflicts of the claim grouping
(:mod:`newskit.story.claims`, computed once per story and shared), and the figures compared
across sources (:mod:`newskit.story.figures`). The story modules are imported only when a
story is built, so loading plugins stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable

from newskit.components import FindingDetector, Register, StoryDraft
from newskit.hookspecs import hookimpl
from newskit.model import Analysis, Claim, Event, Finding

__all__ = ["STORY_FIELDS", "claim_groups"]

#: The bundled detectors whose findings fill the story's own fields (in this order).
STORY_FIELDS = {"corroboration": "corroborations", "contested": "conflicts", "figures": "conflicts"}


def claim_groups(story: StoryDraft) -> tuple[tuple[Claim, ...], tuple[Finding, ...], tuple[Finding, ...]]:
    """The claims grouped by subject, with their corroborations and conflicts (once per story)."""
    from newskit.story.claims import group_claims

    return story.shared("claim_groups", lambda: group_claims(story.analyses, story.events))


class ClaimFindings:
    """Corroborations (``index`` 1) or conflicts (``index`` 2) of the claim grouping."""

    def __init__(self, name: str, section: str, index: int) -> None:
        self.name, self.section, self._index = name, section, index

    def detect(self, story: StoryDraft) -> Iterable[Finding]:
        groups = claim_groups(story)
        return groups[1] if self._index == 1 else groups[2]


class FigureFindings:
    """Differing amounts for one measure across the story's articles, less those the
    salience model judges incidental (:mod:`newskit.story.figure_salience`)."""

    name = "figures"
    section = "Figures across sources"

    def detect(self, story: StoryDraft) -> Iterable[Finding]:
        from newskit.story.figure_dollars import local_dollars
        from newskit.story.figure_salience import salient_findings
        from newskit.story.figure_sources import story_named_figures
        from newskit.story.figures import article_figures, compare_figures

        outlets = {s.id: s.outlet for s in story.sources}
        figures = [f for a in story.analyses for f in article_figures(a, outlets.get(a.article.id), loose=True)]
        found = compare_figures(local_dollars(story_named_figures(figures, story.analyses, story.claims)))
        return salient_findings(found, {a.article.id: len(a.article.text) for a in story.analyses})


@hookimpl(trylast=True)
def newskit_cluster_events(analyses: tuple[Analysis, ...]) -> tuple[Event, ...]:
    from newskit.story.events import merge_events

    return merge_events(analyses)


@hookimpl
def newskit_register_finding_detectors(register: Register[FindingDetector]) -> None:
    register(ClaimFindings("corroboration", "Where sources agree", 1))
    register(ClaimFindings("contested", "Allegations and denials", 2))
    register(FigureFindings())
