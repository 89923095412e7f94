"""Readable renderings of a story (text and Markdown)."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.model import Analysis, Story

__all__ = ["render"]


def render(story: Story, analyses: Sequence[Analysis], fmt: str = "text") -> str:
    md = fmt == "markdown"
    h = (lambda s: f"## {s}\n") if md else (lambda s: f"{s}\n{'=' * len(s)}\n")
    out = [h(f"Story over {len(story.articles)} articles")]
    out.append(h("Timeline"))
    for e in sorted(story.events, key=lambda e: (e.when or "9999", e.id)):
        out.append(f"- {e.when or '(undated)'}: {e.type} {e.trigger} {', '.join(e.who)}"
                   f"{' in ' + e.where if e.where else ''} [{', '.join(e.sources)}]\n")
    out.append(h("People"))
    for p in story.people:
        out.append(f"- {p.name}" + (f" ({'; '.join(p.titles)})" if p.titles else "")
                   + f": {len(p.mentions)} mentions in {len(p.articles)} articles\n")
    out.append(h("Claims"))
    for c in story.claims:
        out.append(f"- [{c.article}] {c.source or '?'} {c.stance}: {c.text}\n")
    out.append(h("Conflicts"))
    for f in story.conflicts:
        out.append(f"- {f.summary}\n")
    return "\n".join(out) if md else "".join(out)
