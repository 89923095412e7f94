"""Readable renderings of a story: plain text, Markdown, and a self-contained HTML page.

Every statement carries its provenance as ``[article:start-end]`` (text/Markdown) or a
tooltip (HTML), so each line can be checked against the span it was read from.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from newskit.model import Analysis, Claim, Event, Finding, SpanRef, Story

__all__ = ["render"]

_LABELS = {"movement": "visit/trip", "meeting": "meeting", "invitation": "invitation",
           "conflict": "conflict", "transfer": "transfer", "legal": "legal action",
           "political": "political event", "agreement": "agreement", "disaster": "disaster",
           "violence": "violence", "business": "business", "contest": "contest"}


def _loc(r: SpanRef | Claim) -> str:
    return f"[{r.article}:{r.start}-{r.end}]"


def _event_line(e: Event) -> str:
    who = ", ".join(e.who[:4])
    where = f" in {e.where}" if e.where else ""
    label = _LABELS.get(e.type, e.type)
    first = e.mentions[0] if e.mentions else None
    extra = f"; sources give {', '.join(e.whens)}" if len(e.whens) > 1 else ""
    src = ", ".join(e.sources)
    return (f"{e.when or '(undated)'}: {label} '{e.trigger}'" + (f" - {who}" if who else "")
            + where + f" ({len(e.mentions)} mentions in {len(e.sources)} articles: {src}{extra})"
            + (f" {_loc(first)}" if first else ""))


def _claim_line(c: Claim) -> str:
    cue = f", {c.cue}" if c.cue else ""
    stated = f", {c.stated}" if c.stated else ""
    text = c.text if len(c.text) <= 160 else c.text[:157] + "..."
    return f"{c.source or '(unattributed)'} [{c.stance}{cue}{stated}]: \u201c{text}\u201d {_loc(c)}"


def _finding_line(f: Finding) -> str:
    locs = " ".join(_loc(r) for r in f.refs[:8]) + (" ..." if len(f.refs) > 8 else "")
    return f"{f.summary} {locs}"


def _sections(story: Story) -> list[tuple[str, list[str]]]:
    events = {e.id: e for e in story.events}
    out: list[tuple[str, list[str]]] = []
    out.append(("Timeline", [_event_line(e) for e in story.events]))
    out.append(("People", [
        f"{p.name}" + (f" ({'; '.join(p.titles)})" if p.titles else "")
        + (f", also {', '.join(a for a in p.aliases if a != p.name)}" if len(p.aliases) > 1 else "")
        + f": {len(p.mentions)} mentions in {', '.join(p.articles)}"
        for p in story.people]))
    grouped: dict[str, list[Claim]] = {}
    for c in story.claims:
        grouped.setdefault(c.about or "", []).append(c)
    lines: list[str] = []
    for about in sorted(grouped, key=lambda a: (a == "", a)):
        head = (_event_line(events[about]) if about in events else "Other claims")
        lines.append(f"# {head}")
        lines.extend("  " + _claim_line(c) for c in grouped[about])
    out.append(("Claims by subject", lines))
    out.append(("Corroborated", [_finding_line(f) for f in story.corroborations]))
    for kind, title in (("contested", "Contested (denial against allegation)"),
                        ("figures", "Conflicting figures"), ("dates", "Dates that disagree")):
        out.append((title, [_finding_line(f) for f in story.conflicts if f.type == kind]))
    return out


def render(story: Story, analyses: Sequence[Analysis], fmt: str = "text") -> str:
    """The story as ``text``, ``markdown`` or ``html``."""
    if fmt == "html":
        return _html(story)
    md = fmt == "markdown"
    head: Callable[[str], str] = (lambda s: f"## {s}\n\n") if md else (lambda s: f"{s}\n{'=' * len(s)}\n")
    out = [("# " if md else "") + f"Story over {len(story.articles)} articles\n"
           + ("\n" if md else "")]
    for title, lines in _sections(story):
        out.append(head(title))
        if not lines:
            out.append("(none)\n")
        for line in lines:
            if line.startswith("# "):
                out.append(("### " + line[2:] if md else line[2:]) + "\n")
            elif line.startswith("  "):
                out.append(("- " + line[2:] if md else "  - " + line[2:]) + "\n")
            else:
                out.append(f"- {line}\n")
        out.append("\n")
    return "".join(out)


def _html(story: Story) -> str:
    esc = html.escape
    rows = []
    for e in story.events:
        refs = "; ".join(f"{m.article}:{m.start}-{m.end} \u201c{m.text}\u201d" for m in e.mentions)
        rows.append(
            f"<tr><td>{esc(e.when or '')}</td><td>{esc(_LABELS.get(e.type, e.type))}</td>"
            f"<td>{esc(e.trigger)}</td><td>{esc(', '.join(e.who))}</td><td>{esc(e.where or '')}</td>"
            f"<td title=\"{esc(refs)}\">{len(e.sources)}: {esc(', '.join(e.sources))}</td></tr>")
    findings = []
    for f in list(story.corroborations) + list(story.conflicts):
        refs = "; ".join(f"{r.article}:{r.start}-{r.end} \u201c{r.text}\u201d" for r in f.refs)
        findings.append(f"<li class=\"{esc(f.type)}\" title=\"{esc(refs)}\"><b>{esc(f.type)}</b> "
                        f"{esc(f.summary)}</li>")
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>newskit story</title>"
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}"
        "li.contested,li.figures,li.dates{color:#a00}li.corroborated{color:#060}</style></head><body>"
        f"<h1>Story over {len(story.articles)} articles</h1><h2>Timeline</h2>"
        "<table><tr><th>when</th><th>what</th><th>trigger</th><th>who</th><th>where</th>"
        "<th>sources</th></tr>" + "".join(rows) + "</table><h2>Agreement and conflict</h2><ul>"
        + "".join(findings) + "</ul></body></html>\n")
