"""The story: one account of what several articles report.

``build_story(analyses)`` merges people across articles (:mod:`.people`), merges events
into a timeline (:mod:`.events`), groups claims by what they are about and finds where
sources agree or disagree (:mod:`.claims`). Deterministic and independent of article
order; every item points back to the spans it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newskit.components import StoryDraft
from newskit.model import Analysis, ErrorRecord, Finding, FindingSection, Story
from newskit.story.detect import cluster_events, run_detectors
from newskit.story.people import build_people
from newskit.story.sources import story_articles
from newskit.story.summary import summarize

__all__ = ["build_story", "story_draft"]

_CORE: list[Any] = []


def _core_manager() -> Any:
    """A plugin manager with newskit's own story hooks only (no installed plugin)."""
    if not _CORE:
        from newskit.plugins import get_plugin_manager

        _CORE.append(get_plugin_manager(entry_points=False))
    return _CORE[0]


def story_draft(analyses: Sequence[Analysis], *, pm: Any = None,
                errors: list[ErrorRecord] | None = None) -> StoryDraft:
    """What the finding detectors of a story read: the articles sorted by id, the events
    clustered through ``pm``'s ``newskit_cluster_events``, the claims grouped, the sources.
    Hook failures are appended to ``errors``."""
    from newskit.story_hooks import claim_groups
    from newskit.vocabulary import using

    pm = pm if pm is not None else _core_manager()
    errors = errors if errors is not None else []
    ordered = tuple(sorted(analyses, key=lambda a: a.article.id))
    _check_references(ordered)
    with using(pm.registrations().vocabulary):
        events = cluster_events(pm, ordered, errors)
        draft = StoryDraft(analyses=ordered, events=events, sources=story_articles(ordered))
        grouped = claim_groups(draft)
    return StoryDraft(analyses=ordered, events=events, claims=grouped[0], sources=draft.sources,
                      memo={"claim_groups": grouped})


def _check_references(analyses: Sequence[Analysis]) -> None:
    """Raise a clear ``ValueError`` when an analysis's events or claims point into another
    article than its own (an analysis renamed after extraction, or assembled by hand): every
    span of the story slices its own article's text, so such input has no right answer."""
    for a in analyses:
        own = a.article.id
        refs = [*(r for e in a.events for r in (*e.mentions, *e.evidence)),
                *(r for c in a.claims for r in (c.source_ref, c.cue_ref, *c.mentions) if r is not None)]
        other = next((r for r in refs if r.article != own), None)
        claim = next((c for c in a.claims if c.article != own), None)
        if other is not None or claim is not None:
            named = other.article if other is not None else claim.article if claim is not None else ""
            raise ValueError(f"the analysis of article {own!r} holds a reference to article {named!r}: "
                             "extract each article under the id it keeps (newskit.Pipeline.run)")


def build_story(analyses: Sequence[Analysis], *, pm: Any = None) -> Story:
    """The story over ``analyses`` (any order; the result is the same).

    The events are clustered and the findings detected through the story hooks of ``pm``
    (a :class:`~newskit.PluginManager`; default: newskit's own story logic alone). What a
    plugin's detector finds is a section of the story (``Story.sections``).
    """
    from newskit.story_hooks import STORY_FIELDS
    from newskit.vocabulary import using

    pm = pm if pm is not None else _core_manager()
    errors: list[ErrorRecord] = []
    regs = pm.registrations()
    draft = story_draft(analyses, pm=pm, errors=errors)
    ordered, events, claims = draft.analyses, draft.events, draft.claims
    with using(regs.vocabulary):
        found = run_detectors(regs.detectors, draft, errors)
    own: dict[str, list[Finding]] = {"corroborations": [], "conflicts": []}
    sections: list[FindingSection] = []
    for det, info, findings in found:
        field = STORY_FIELDS.get(info.name) if info.plugin == "newskit.story_hooks" else None
        if field:
            own[field].extend(findings)
        elif findings:  # a plugin's section is in the story when it found something
            sections.append(FindingSection(title=det.section, detector=info.name, findings=findings))
    corroborations, conflicts = tuple(own["corroborations"]), tuple(own["conflicts"])
    return Story(
        articles=tuple(a.article.id for a in ordered),
        events=events,
        people=build_people(ordered),
        claims=claims,
        corroborations=corroborations,
        conflicts=conflicts,
        errors=(*(e for a in ordered for e in a.errors), *errors),
        sources=draft.sources,
        summary=summarize(events, corroborations, conflicts, draft.sources),
        sections=tuple(sections),
    )
