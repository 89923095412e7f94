"""Running the story hooks: event clustering (first answer wins) and finding detectors
(every one runs). Never raises because of a plugin: an exception or a malformed result
becomes an error record of the story (stage ``story``) and the rest goes on; a failed
clustering falls back to newskit's own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newskit.components import ComponentInfo, StoryDraft
from newskit.guard import must_propagate
from newskit.model import Analysis, ErrorRecord, Event, Finding, SpanRef

__all__ = ["cluster_events", "run_detectors"]


def _error(component: str, exc: BaseException | None, message: str, error: str = "") -> ErrorRecord:
    return ErrorRecord(stage="story", component=component,
                       error=error or (type(exc).__name__ if exc else "Error"),
                       message=message or (str(exc) if exc else "") or error)


def cluster_events(pm: Any, analyses: tuple[Analysis, ...], errors: list[ErrorRecord]) -> tuple[Event, ...]:
    """The story's events from the first ``newskit_cluster_events`` answer."""
    from newskit.story.events import merge_events

    try:
        got = pm.hook.newskit_cluster_events(analyses=analyses)
    except BaseException as exc:
        if must_propagate(exc):
            raise
        errors.append(_error("newskit_cluster_events", exc, ""))
        return merge_events(analyses)
    if isinstance(got, (list, tuple)) and all(isinstance(e, Event) for e in got):
        return tuple(got)
    errors.append(_error("newskit_cluster_events", None, f"returned {type(got).__name__}, "
                         "not a tuple of Event; newskit's own clustering was used", "InvalidResult"))
    return merge_events(analyses)


def _finding_problem(f: object, texts: dict[str, str]) -> str | None:
    if not isinstance(f, Finding):
        return f"returned {type(f).__name__}, not a Finding"
    for r in f.refs:
        if not isinstance(r, SpanRef):
            return f"a reference is a {type(r).__name__}, not a SpanRef"
        text = texts.get(r.article)
        if text is None:
            return f"a reference names article {r.article!r}, which is not in the story"
        if not 0 <= r.start <= r.end <= len(text) or text[r.start:r.end] != r.text:
            return f"{r.text!r} at [{r.start}, {r.end}) does not slice article {r.article!r}"
    return None


def run_detectors(detectors: Sequence[tuple[Any, ComponentInfo]], draft: StoryDraft,
                  errors: list[ErrorRecord]) -> list[tuple[Any, ComponentInfo, tuple[Finding, ...]]]:
    """Each detector's checked findings, in detector order."""
    texts = {a.article.id: a.article.text for a in draft.analyses}
    out = []
    for det, info in detectors:
        try:
            got = list(det.detect(draft))
        except BaseException as exc:
            if must_propagate(exc):
                raise
            errors.append(_error(info.name, exc, ""))
            continue
        kept = []
        for f in got:
            problem = _finding_problem(f, texts)
            if problem:
                errors.append(_error(info.name, None, problem, "InvalidFinding"))
            else:
                kept.append(f)
        out.append((det, info, tuple(kept)))
    return out
