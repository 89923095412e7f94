"""Readable renderings of a story: plain text, Markdown, a self-contained HTML page, JSON.

One structure (:func:`report_sections`) feeds every format, so they say the same thing:
a summary first (the central event, what the sources agree on, where they differ and
who says what), the sources by outlet name, the findings, the timeline with background
events apart, claims by subject and people. Every item shows its evidence: the sentence
it was read from with the span marked, the outlet, and ``[article:start-end]``. The HTML
page embeds the articles' texts: a source link opens the text with the span highlighted,
offline. No text line is longer than :data:`WIDTH` characters.
"""

from __future__ import annotations

import bisect
import html
import json
import textwrap
from collections.abc import Callable, Mapping, Sequence

import regex
from attrs import frozen

from newskit.model import Analysis, Claim, Entity, ErrorRecord, Event, Finding, SpanRef, Story
from newskit.readers import SOFT_ERRORS
from newskit.story.summary import central_event, event_label, is_background, outlets_of, says
from newskit.text import sentences
from newskit.timex import readable

__all__ = ["WIDTH", "Evidence", "Item", "counted", "escape_markdown", "render", "report_sections", "strip_controls"]

#: The longest line the text and Markdown reports write.
WIDTH = 160
_EXCERPT = 150


@frozen
class Evidence:
    """Where an item was read: the outlet, the span, and the sentence around it."""

    outlet: str
    ref: SpanRef
    sentence: SpanRef | None = None


@frozen
class Item:
    """One statement of the report with its evidence and sub-items."""

    text: str
    evidence: tuple[Evidence, ...] = ()
    children: tuple[Item, ...] = ()


class _Texts:
    """Article texts and their sentence starts, for the sentence around a span."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.text = {a.article.id: a.article.text for a in analyses}
        self._starts: dict[str, tuple[list[int], list[int]]] = {}

    def sentence(self, r: SpanRef) -> SpanRef | None:
        text = self.text.get(r.article)
        if text is None or text[r.start:r.end] != r.text:
            return None
        if r.article not in self._starts:
            ss = sentences(text)
            self._starts[r.article] = ([s.start for s in ss], [s.end for s in ss])
        starts, ends = self._starts[r.article]
        k = bisect.bisect_right(starts, r.start) - 1
        s = starts[k] if k >= 0 else r.start
        e = max(ends[k] if k >= 0 else r.end, r.end)
        s = min(s, r.start)
        return SpanRef(article=r.article, start=s, end=e, text=text[s:e])


def _evidence(r: SpanRef, names: Mapping[str, str], texts: _Texts) -> Evidence:
    return Evidence(outlet=names.get(r.article, r.article), ref=r, sentence=texts.sentence(r))


def _per_article(refs: Sequence[SpanRef], limit: int = 4, prefer: Callable[[SpanRef], bool] | None = None) -> list[SpanRef]:
    """The first span of each article (at most ``limit``): one piece of evidence each; with
    ``prefer``, an article's first span it accepts, when it has one, before its first."""
    first: dict[str, SpanRef] = {}
    for r in refs:
        if r.article not in first or (prefer is not None and not prefer(first[r.article]) and prefer(r)):
            first[r.article] = r
    return list(first.values())[:limit]


def _tells_trigger(e: Event) -> Callable[[SpanRef], bool]:
    """Whether a mention tells the event by its own word's family (``earthquake`` for the
    event ``quake``): the evidence a reader checks first, before a verb the story joined to
    it (``Residents spent the night in squares after the quake``)."""
    from newskit.story.features import family

    own = family(e.trigger)
    return lambda r: family(r.text) == own


def counted(n: int, word: str) -> str:
    """``1 mention``, ``3 mentions``: a reader's count, never ``1 mentions``."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def _event_item(e: Event, names: Mapping[str, str], texts: _Texts, central: bool = False) -> Item:
    mark = "Central event: " if central else ""
    where = outlets_of(e.sources, names)
    extra = f"; sources give {', '.join(map(readable, e.whens))}" if len(e.whens) > 1 else ""
    text = f"{mark}{event_label(e)} - reported by {where}"
    if len(e.mentions) > 1:
        text += f" ({counted(len(e.mentions), 'mention')})"
    return Item(text=text + extra, evidence=tuple(_evidence(r, names, texts)
                                                 for r in _per_article(e.mentions, prefer=_tells_trigger(e))))


def _claim_item(c: Claim, names: Mapping[str, str], texts: _Texts) -> Item:
    cue = f" ({c.cue})" if c.cue else ""
    stated = f", {readable(c.stated)}" if c.stated else ""
    ref = SpanRef(article=c.article, start=c.start, end=c.end, text=c.text)
    verb = says(c.source, c.stance, c.source_type) if c.source else c.stance
    return Item(text=f"{c.source or 'unattributed'} {verb}{cue} - in {names.get(c.article, c.article)}{stated}",
                evidence=(_evidence(ref, names, texts),))


def _figures_item(f: Finding, names: Mapping[str, str], texts: _Texts) -> Item:
    from newskit.story.figures import amount_text

    children = []
    for x in f.figures:
        who = f"per {x.source}" if x.source else "in its own words"
        disputed = f"; disputed by {x.disputed_by}" if x.disputed_by else ""
        ev = (_evidence(x.ref, names, texts),) if x.ref else ()
        children.append(Item(text=f"{amount_text(x)} - {x.outlet or names.get(x.article, x.article)}, {who}, "
                                  f"stated {readable(x.stated) if x.stated else 'undated'}{disputed}", evidence=ev))
    head = f"{(f.measure or f.about)[:1].upper()}{(f.measure or f.about)[1:]}: {f.label or 'differ'}"
    return Item(text=head, children=tuple(children))


def _finding_item(f: Finding, names: Mapping[str, str], texts: _Texts, claims: Mapping[str, Claim]) -> Item:
    if f.figures:
        return _figures_item(f, names, texts)
    kids = [_claim_item(claims[c], names, texts) for c in f.claims if c in claims]
    if kids:
        return Item(text=f.summary, children=tuple(kids))
    return Item(text=f.summary, evidence=tuple(_evidence(r, names, texts) for r in _per_article(f.refs, 6)))


def _person_item(p: Entity, names: Mapping[str, str], texts: _Texts) -> Item:
    titles = f" ({'; '.join(p.titles)})" if p.titles else ""
    also = [a for a in p.aliases if a != p.name]
    aka = f", also {', '.join(also)}" if also else ""
    return Item(text=f"{p.name}{titles}{aka} - in {outlets_of(p.articles, names)}",
                evidence=tuple(_evidence(r, names, texts) for r in _per_article(p.mentions, 1)))


def report_sections(story: Story, analyses: Sequence[Analysis] = ()) -> list[tuple[str, list[Item]]]:
    """The report as (title, items) sections, in reading order."""
    names = {s.id: s.outlet for s in story.sources}
    texts = _Texts(analyses)
    claims = {c.id: c for c in story.claims if c.id}
    central = central_event(story.events)
    out: list[tuple[str, list[Item]]] = [("Summary", [Item(text=s) for s in story.summary])]
    out.append(("Sources", [Item(text=f"{s.outlet}" + (f", {s.published}" if s.published else "")
                                 + (f": {s.title}" if s.title else "") + f" [{s.id}]") for s in story.sources]))
    for kind, title in (("figures", "Figures across sources"), ("contested", "Allegations and denials"),
                        ("dates", "Dates that disagree")):
        out.append((title, [_finding_item(f, names, texts, claims) for f in story.conflicts if f.type == kind]))
    out.append(("Where sources agree", [_finding_item(f, names, texts, claims) for f in story.corroborations]))
    # what plugins' finding detectors add: one section each
    out.extend((s.title, [_finding_item(f, names, texts, claims) for f in s.findings]) for s in story.sections)
    background = [e for e in story.events if is_background(e, central, story.sources)]
    bg_ids = {e.id for e in background}
    out.append(("Timeline", [_event_item(e, names, texts, central is not None and e.id == central.id)
                             for e in story.events if e.id not in bg_ids]))
    out.append(("Background events", [_event_item(e, names, texts) for e in background]))
    by_about: dict[str, list[Claim]] = {}
    for c in story.claims:
        by_about.setdefault(c.about or "", []).append(c)
    events = {e.id: e for e in story.events}
    items = []
    for about in sorted(by_about, key=lambda a: (a == "", a not in events or events[a] is not central, a)):
        head = event_label(events[about]) if about in events else "Other claims"
        items.append(Item(text=head, children=tuple(_claim_item(c, names, texts) for c in by_about[about])))
    out.append(("Claims by subject", items))
    out.append(("People", [_person_item(p, names, texts) for p in story.people]))
    unread = [e for e in _unread(story) if e.error != "Skipped"]
    if unread:
        out.append(("Inputs not read", [Item(text=f"{e.input}: {e.error}: {e.message}") for e in unread]))
    skipped = [e for e in _unread(story) if e.error == "Skipped"]
    if skipped:
        out.append(("Folder entries skipped (not articles)", [Item(text=e.message) for e in skipped]))
    return out


def _excerpt(ev: Evidence, left: str, right: str,
             esc: bool | Callable[[str], str] = False) -> str:
    """The sentence with the span marked by ``left``/``right``, cut to about 150 chars;
    ``esc`` escapes the article's text for the output format (True: HTML)."""
    r, s = ev.ref, ev.sentence
    e: Callable[[str], str] = html.escape if esc is True else esc if callable(esc) else strip_controls
    span = r.text if len(r.text) <= 110 else r.text[:60] + " ... " + r.text[-40:]
    if s is None:
        return left + e(span) + right
    before, after = s.text[:r.start - s.start], s.text[r.end - s.start:]
    room = max(20, (_EXCERPT - len(span)) // 2)
    if len(before) > room:
        cut = before[-room:]
        before = "..." + cut[cut.find(" ") + 1:] if " " in cut else "..." + cut
    if len(after) > room:
        cut = after[:room]
        after = (cut[:cut.rfind(" ")] if " " in cut else cut) + "..."
    return (e(before) + left + e(span) + right + e(after)).replace("\n", " ")


def _wrap(text: str, indent: str, more: str) -> list[str]:
    return textwrap.wrap(text, width=WIDTH, initial_indent=indent, subsequent_indent=more,
                         break_long_words=True, break_on_hyphens=False) or [indent.rstrip()]


def _loc(r: SpanRef) -> str:
    return f"[{r.article}:{r.start}-{r.end}]"


#: control characters (C0 but tab and newline, DEL, C1): a text report shown in a terminal
#: must not carry an article's escape sequences
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: what Markdown (CommonMark) reads as markup or raw HTML; escaped with a backslash
_MD_SPECIAL = regex.compile(r"([\\`*_\[\]<>~])")


def strip_controls(text: str) -> str:
    """Text from articles as plain text: control characters shown as U+FFFD."""
    return str(_CONTROL.sub("\ufffd", text))


def escape_markdown(text: str) -> str:
    """Text from articles inside Markdown: no emphasis, links or HTML (``<script>``) of its own."""
    return str(_MD_SPECIAL.sub(r"\\\1", strip_controls(text)))


def _text_item(it: Item, depth: int, md: bool) -> list[str]:
    pad = "  " * depth
    esc = escape_markdown if md else strip_controls
    lines = _wrap(esc(it.text), pad + "- ", pad + "  ")
    for ev in it.evidence:
        mark = ("**", "**") if md else ("\u00ab", "\u00bb")
        body = f"{esc(ev.outlet)}: {_excerpt(ev, *mark, esc=esc)} {_loc(ev.ref)}"
        lines += _wrap(body, pad + "  > ", pad + "  > " if md else pad + "    ")
    for ch in it.children:
        lines += _text_item(ch, depth + 1, md)
    return lines


def _title(story: Story) -> str:
    central = central_event(story.events)
    what = f": {central.trigger}" + (f" in {central.where}" if central.where else "") if central else ""
    return f"Story{what} ({'; '.join([counted(len(story.articles), 'article'), *_unread_notes(story)])})"


def _unread(story: Story) -> list[ErrorRecord]:
    """The inputs that were not read: they are not articles of the story, never counted."""
    return [e for e in story.errors if e.stage == "read"]


def _unread_notes(story: Story) -> list[str]:
    """What the title says of inputs that are no article: failures and empty texts. A
    folder entry that is no input (a ``gold/`` subfolder, a ``.png``) is listed at the end
    of the report, not announced: the user never asked for it to be read (docs/io.md)."""
    unread = [e for e in _unread(story) if e.error != "Skipped"]
    failed = sum(1 for e in unread if e.error not in SOFT_ERRORS)
    notes = [f"{failed} could not be read"] if failed else []
    return notes + ([f"{len(unread) - failed} empty"] if len(unread) > failed else [])


def _plain(story: Story, analyses: Sequence[Analysis], md: bool) -> str:
    out = [f"# {escape_markdown(_title(story))}" if md else strip_controls(_title(story)), ""]
    for title, items in report_sections(story, analyses):
        out += [f"## {escape_markdown(title)}", ""] if md else [strip_controls(title), "=" * len(title)]
        if not items:
            out.append("(none)")
        for it in items:
            out += _text_item(it, 0, md)
        out.append("")
    return "\n".join(out) + "\n"


def _item_dict(it: Item) -> dict[str, object]:
    return {"text": it.text,
            "evidence": [{"outlet": e.outlet, "article": e.ref.article, "start": e.ref.start, "end": e.ref.end,
                          "text": e.ref.text, "sentence": e.sentence.text if e.sentence else None}
                         for e in it.evidence],
            "items": [_item_dict(c) for c in it.children]}


def _json(story: Story, analyses: Sequence[Analysis]) -> str:
    return json.dumps({"title": _title(story),
                       "sections": [{"title": t, "items": [_item_dict(i) for i in items]}
                                    for t, items in report_sections(story, analyses)]},
                      ensure_ascii=False, indent=1) + "\n"


def render(story: Story, analyses: Sequence[Analysis], fmt: str = "text") -> str:
    """The story as ``text``, ``markdown``, ``html`` (one self-contained page) or ``json``
    (the report's sections; the story itself is :func:`newskit.serialize.story_to_json`)."""
    if fmt == "html":
        return _html(story, analyses)
    if fmt == "json":
        return _json(story, analyses)
    return _plain(story, analyses, fmt == "markdown")


_CSS = """
body{font:16px/1.5 Georgia,serif;color:#222;max-width:52em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ddd;margin-top:1.6em}
ul{padding-left:1.2em}li{margin:.35em 0}.sum li{margin:.5em 0}
blockquote{margin:.2em 0 .4em 0;padding:.1em .6em;border-left:3px solid #ccd;color:#444;font-size:.93em}
mark{background:#fde68a;padding:0 .1em}a.src{font-weight:bold;color:#1d4ed8;text-decoration:none}
a.src:hover{text-decoration:underline}.loc{color:#999;font-size:.8em}.none{color:#888}
.label-conflicting{color:#b91c1c}.label-updated{color:#92400e}.label-consistent{color:#15803d}
article{border:1px solid #ddd;border-radius:4px;padding:.5em 1em;margin:1em 0}
article .text{white-space:pre-wrap;font-size:.95em}article.open{border-color:#1d4ed8}
"""

_JS = r"""
(function(){
  var orig={};
  document.querySelectorAll('article .text').forEach(function(el){orig[el.id]=Array.from(el.textContent);});
  function esc(s){return s.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');}
  function show(id,s,e){
    var el=document.getElementById(id); if(!el||!orig[id]) return;
    var t=orig[id];
    el.innerHTML=esc(t.slice(0,s).join(''))+'<mark id="hl">'+esc(t.slice(s,e).join(''))+'</mark>'+
      esc(t.slice(e).join(''));
    document.querySelectorAll('article').forEach(function(a){a.classList.remove('open');});
    el.parentNode.classList.add('open');
    document.getElementById('hl').scrollIntoView({block:'center'});
  }
  function fromHash(){
    var m=/^#(art\d+)@(\d+)-(\d+)$/.exec(location.hash);
    if(m) show(m[1]+'-text',+m[2],+m[3]);
  }
  window.addEventListener('hashchange',fromHash); fromHash();
})();
"""


def _html_item(it: Item, ids: Mapping[str, str]) -> str:
    esc = html.escape
    text = esc(it.text)
    for lab in ("conflicting", "updated", "consistent"):
        if it.text.endswith(": " + lab):
            text = f"{esc(it.text[:-len(lab)])}<span class=\"label-{lab}\">{lab}</span>"
    parts = [f"<li>{text}"]
    for ev in it.evidence:
        tid = ids.get(ev.ref.article)
        link = (f"<a class=\"src\" href=\"#{esc(tid)}@{ev.ref.start}-{ev.ref.end}\" "
                f"title=\"open the article with this span highlighted\">{esc(ev.outlet)}</a>"
                if tid else f"<b>{esc(ev.outlet)}</b>")
        parts.append(f"<blockquote>{link}: {_excerpt(ev, '<mark>', '</mark>', esc=True)} "
                     f"<span class=\"loc\">{esc(_loc(ev.ref))}</span></blockquote>")
    if it.children:
        parts.append("<ul>" + "".join(_html_item(c, ids) for c in it.children) + "</ul>")
    return "".join(parts) + "</li>"


def _html(story: Story, analyses: Sequence[Analysis]) -> str:
    esc = html.escape
    texts = {a.article.id: a.article.text for a in analyses}
    ids = {s.id: f"art{n}" for n, s in enumerate(story.sources, 1) if s.id in texts}
    body = [f"<h1>{esc(_title(story))}</h1>"]
    for title, items in report_sections(story, analyses):
        cls = " class=\"sum\"" if title == "Summary" else ""
        body.append(f"<section><h2>{esc(title)}</h2>")
        body.append(f"<ul{cls}>" + "".join(_html_item(i, ids) for i in items) + "</ul>" if items
                    else "<p class=\"none\">(none)</p>")
        body.append("</section>")
    body.append("<section><h2>Articles</h2><p class=\"none\">Click an outlet's name above to read the "
                "sentence in its article.</p>")
    for s in story.sources:
        if s.id not in ids:
            continue
        head = esc(s.outlet) + (f", {esc(s.published)}" if s.published else "") + \
            (f": {esc(s.title)}" if s.title else "")
        body.append(f"<article id=\"{ids[s.id]}\"><h3>{head} <span class=\"loc\">[{esc(s.id)}]</span></h3>"
                    f"<div class=\"text\" id=\"{ids[s.id]}-text\">{esc(texts[s.id])}</div></article>")
    body.append("</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(_title(story))}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + f"\n<script>{_JS}</script></body></html>\n")
