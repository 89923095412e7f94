"""Writing the stories of a stream as they close: JSON, text, Markdown or HTML.

Why a writer and not a render function: ``newskit stories`` hands on each story as soon as
it closes, so memory holds the open window only; the writer opens the document, writes a
story at a time, and closes it with the input errors. The listing shows each story's
articles, its central events (those most sources report) and its main people; the full
story of one group is what ``newskit story`` prints for those articles.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, TextIO

from newskit.model import ErrorRecord, Event, Story
from newskit.report import counted, escape_markdown, strip_controls
from newskit.serialize import dumps, story_to_json
from newskit.timex import readable

__all__ = ["StoriesWriter", "central_events"]

#: events and people listed per story in the readable formats
TOP = 3


def central_events(story: Story, n: int = TOP) -> list[Event]:
    """The events most sources report (then most mentioned, then earliest id)."""
    return sorted(story.events, key=lambda e: (-len(e.sources), -len(e.mentions), e.id))[:n]


def _event_text(e: Event) -> str:
    who = f" - {', '.join(e.who[:3])}" if e.who else ""
    where = f" in {e.where}" if e.where else ""
    return (f"{readable(e.when) if e.when else '(undated)'}: {e.type} '{e.trigger}'{who}{where} "
            f"({counted(len(e.mentions), 'mention')} in {counted(len(e.sources), 'article')})")


def _people(story: Story) -> list[str]:
    ranked = sorted(story.people, key=lambda p: (-len(p.articles), -len(p.mentions), p.name))
    return [p.name for p in ranked[:TOP]]


def _ids(story: Story, limit: int = 12) -> str:
    ids = ", ".join(story.articles[:limit])
    return ids + (f", ... (+{len(story.articles) - limit})" if len(story.articles) > limit else "")


_HTML_HEAD = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
              "<title>newskit stories</title><style>body{font-family:sans-serif;max-width:60em;"
              "margin:2em auto}section{border-top:1px solid #ccc}.ids{color:#555}</style>"
              "</head><body>\n<h1>Stories</h1>\n")


class StoriesWriter:
    """Writes one document of stories to ``out`` in ``fmt``, a story at a time."""

    def __init__(self, out: TextIO, fmt: str, converter: Any = None) -> None:
        self.out, self.fmt, self.conv = out, fmt, converter
        self.n = 0
        if fmt == "json":
            out.write('{"stories": [')
        elif fmt == "html":
            out.write(_HTML_HEAD)
        elif fmt == "markdown":
            out.write("# Stories\n\n")

    def story(self, sid: str, story: Story) -> None:
        """Write one story (``sid`` is its id in the stream)."""
        self.n += 1
        write = getattr(self, f"_{self.fmt}")
        write(sid, story)
        self.out.flush()

    def _json(self, sid: str, story: Story) -> None:
        obj = {"id": sid, **story_to_json(story, converter=self.conv)}
        self.out.write(("," if self.n > 1 else "") + "\n" + dumps(obj))

    def _text(self, sid: str, story: Story) -> None:
        esc = strip_controls
        self.out.write(esc(f"== {sid}: {len(story.articles)} articles ({_ids(story)})") + "\n")
        for e in central_events(story):
            self.out.write(f"  {esc(_event_text(e))}\n")
        if story.people:
            self.out.write(f"  people: {esc(', '.join(_people(story)))}\n")
        self.out.write("\n")

    def _markdown(self, sid: str, story: Story) -> None:
        esc = escape_markdown
        self.out.write(f"## {esc(sid)}: {len(story.articles)} articles\n\n")
        self.out.write(f"Articles: {esc(_ids(story))}\n\n")
        for e in central_events(story):
            self.out.write(f"- {esc(_event_text(e))}\n")
        if story.people:
            self.out.write(f"- people: {esc(', '.join(_people(story)))}\n")
        self.out.write("\n")

    def _html(self, sid: str, story: Story) -> None:
        esc = html.escape
        items = "".join(f"<li>{esc(_event_text(e))}</li>" for e in central_events(story))
        people = f"<p>People: {esc(', '.join(_people(story)))}</p>" if story.people else ""
        self.out.write(f"<section id=\"{esc(sid)}\"><h2>{esc(sid)}: {len(story.articles)} "
                       f"articles</h2><p class=\"ids\">{esc(_ids(story))}</p><ul>{items}</ul>"
                       f"{people}</section>\n")

    def close(self, errors: Sequence[ErrorRecord]) -> None:
        """End the document; ``errors`` are the inputs that gave no article."""
        if self.fmt == "json":
            errs = [self.conv.unstructure(e) if self.conv else e.__dict__ for e in errors]
            self.out.write(("\n" if self.n else "") + '], "errors": ' + dumps(errs) + "}\n")
            return
        lines = [f"{e.input or '-'}: {e.error}: {e.message}" for e in errors]
        if not self.n:
            self.out.write("<p>(no stories)</p>\n" if self.fmt == "html" else "(no stories)\n\n")
        if self.fmt == "html":
            body = "".join(f"<li>{html.escape(x)}</li>" for x in lines)
            self.out.write((f"<h2>Input errors</h2><ul>{body}</ul>\n" if lines else "")
                           + "</body></html>\n")
        elif lines:
            head = "## Input errors\n\n" if self.fmt == "markdown" else "== input errors\n"
            prefix = "- " if self.fmt == "markdown" else "  "
            esc = escape_markdown if self.fmt == "markdown" else strip_controls
            self.out.write(head + "".join(f"{prefix}{esc(x)}\n" for x in lines) + "\n")
