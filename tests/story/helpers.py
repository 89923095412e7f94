"""Build small invented analyses: text plus the mentions an extractor would find, given
as (surface, attributes); offsets are found in the text (n-th occurrence with ``@n``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newskit import (
    Analysis,
    Article,
    Claim,
    DateMention,
    Mention,
    PersonMention,
    Pipeline,
    QuantityMention,
    QuoteMention,
    Story,
)
from newskit.model import Figure, Finding, SpanRef
from newskit.story import build_story
from newskit.story.figure_model import join_by_model
from newskit.story.figures import article_figures, named_groups
from tests.story.goldkit import link


def _find(text: str, surface: str) -> int:
    n = 1
    if "@" in surface:
        surface, _, k = surface.rpartition("@")
        n = int(k)
    pos = -1
    for _ in range(n):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            raise ValueError(f"{surface!r} not in text")
    return pos


def _span(text: str, surface: str) -> tuple[int, int, str]:
    s = _find(text, surface)
    plain = surface.rpartition("@")[0] if "@" in surface else surface
    return s, s + len(plain), plain


def make(aid: str, text: str, published: str | None = None, *,
         dates: Sequence[tuple[str, str]] = (),
         quantities: Sequence[tuple[str, Any, str]] = (),
         persons: Sequence[tuple[str, str]] = (),
         quotes: Sequence[tuple[str, str, str]] = (),
         linkers: Sequence[Any] | None = None) -> Analysis:
    """One linked Analysis. dates: (surface, value); quantities: (surface, value, unit);
    persons: (surface, entity); quotes: (content surface, speaker, cue surface)."""
    from newskit_claims import ClaimsLinker
    from newskit_events import EventsLinker

    ms: list[Mention] = []
    for surface, value in dates:
        s, e, t = _span(text, surface)
        ms.append(DateMention(start=s, end=e, text=t, type="DATE", value=value))
    for surface, value, unit in quantities:
        s, e, t = _span(text, surface)
        ms.append(QuantityMention(start=s, end=e, text=t, value=value, unit=unit, of=unit + "s"))
    for surface, entity in persons:
        s, e, t = _span(text, surface)
        ms.append(PersonMention(start=s, end=e, text=t, entity=entity))
    for content, speaker, cue in quotes:
        s, e, t = _span(text, content)
        cs, ce, ct = _span(text, cue)
        ms.append(QuoteMention(start=s, end=e, text=t, direct=False, speaker=speaker, cue=ct,
                               cue_start=cs, cue_end=ce))
    ms.sort(key=lambda m: (m.start, m.end))
    art = Article.from_dict({"id": aid, "text": text, "published": published})
    return link(art, ms, linkers or [ClaimsLinker(), EventsLinker()])


def dated_articles(prefix: str, published: str | None, *rows: tuple[str, str]) -> list[dict[str, Any]]:
    """Articles as dicts of (title, text) rows, with ids ``prefix0``, ``prefix1``..., all
    published on ``published`` (None: undated)."""
    return [{"id": f"{prefix}{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


def titled_articles(rows: Sequence[tuple[str, str, str]], dated: bool = True) -> list[Article]:
    """Articles of (published, title, text) rows, ``a0``, ``a1`` ... from ``Outlet 0``,
    ``Outlet 1`` ...; with ``dated`` False, published on no date."""
    return [Article.from_dict({"id": f"a{n}", "source": f"Outlet {n}", "title": t, "text": x,
                               **({"published": p} if dated else {})})
            for n, (p, t, x) in enumerate(rows)]


def story_of(pipeline: Pipeline, arts: list[dict[str, Any]]) -> Story:
    """The story of articles given as dicts (``Article.from_dict``), run through ``pipeline``."""
    return build_story([pipeline.run(Article.from_dict(a)) for a in arts])


def central_words(pipeline: Pipeline, rows: Sequence[tuple[str, str, str]], dated: bool = True) -> set[tuple[str, str]]:
    """(article id, lower-case text) of every mention of the central event of the story of
    :func:`titled_articles` ``rows``."""
    arts = titled_articles(rows, dated=dated)
    story = build_story([pipeline.run(a) for a in arts])
    texts = {a.id: a.text for a in arts}
    return {(m.article, texts[m.article][m.start:m.end].lower()) for m in story.events[0].mentions}


def event_texts(story: Story, k: int = 0) -> set[tuple[str, str]]:
    """(article id, text) of every mention of the story's ``k``-th event."""
    return {(m.article, m.text) for m in story.events[k].mentions}


def contested_pairs(story: Story) -> set[tuple[str, str]]:
    """(accuser, denier) of every allegation/denial pair the story's ``contested`` findings
    hold, by their claims' sources ("" for a claim with none)."""
    return {(a.source or "", d.source or "") for a, d in story.contested_pairs()}


def claims_of(pipeline: Pipeline, text: str, published: str = "2025-03-02") -> list[Claim]:
    """The claims ``pipeline`` reads in one article ``a`` of ``text``."""
    return list(pipeline.run(Article.from_dict({"id": "a", "text": text, "published": published})).claims)


def outlet_articles(texts: Sequence[str], stamp: str = "2025-06-0{n}",
                    published: Sequence[str] = ()) -> list[Article]:
    """One article a text, ``a0``, ``a1`` ... from ``Outlet 0``, ``Outlet 1`` ..., a day apart
    (``stamp`` with ``n`` the text's number from 1) unless ``published`` gives each date."""
    return [Article.from_dict({"id": f"a{i}", "text": t, "source": f"Outlet {i}",
                               "published": published[i] if published else stamp.format(n=i + 1)})
            for i, t in enumerate(texts)]


def figure_conflicts(pipeline: Pipeline, texts: Sequence[str], stamp: str = "2025-06-0{n}",
                     published: Sequence[str] = ()) -> list[Finding]:
    """The ``figures`` findings of the story of ``texts`` (:func:`outlet_articles`)."""
    story = build_story([pipeline.run(a) for a in outlet_articles(texts, stamp, published)])
    return [f for f in story.conflicts if f.type == "figures"]


def amounts(finding: Finding) -> set[str]:
    """The text of every amount a figures finding compares."""
    return {x.ref.text for x in finding.figures if x.ref}


def labelled_amounts(pipeline: Pipeline, *texts: str, stamp: str = "2025-06-0{n}") -> list[tuple[str | None, set[str]]]:
    """(label, amounts) of each figures finding of the story of ``texts``, in the story's order."""
    return [(f.label, amounts(f)) for f in figure_conflicts(pipeline, texts, stamp)]


def figures_by_measure(pipeline: Pipeline, *texts: str, stamp: str = "2025-06-0{n}",
                       published: Sequence[str] = ()) -> dict[str, tuple[str | None, set[str]]]:
    """measure -> (label, amounts) of each figures finding of the story of ``texts``."""
    return {f.measure or "": (f.label, amounts(f)) for f in figure_conflicts(pipeline, texts, stamp, published)}


def article_measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    """Each amount of one article -> what it measures (a total's measure, else its role)."""
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-06-02"}))
    return {f.ref.text: f.measure if f.role == "total" else f.role for f in article_figures(a) if f.ref}


def figure_measures(pipeline: Pipeline, text: str, published: str = "2026-03-01T10:00") -> dict[str, str]:
    """Each amount of one article -> its figure's measure (a part's or a total's alike)."""
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": published}))
    return {f.ref.text: f.measure for f in article_figures(analysis) if f.ref is not None}


def figure_summaries(pipeline: Pipeline, texts: Sequence[str]) -> list[str]:
    """The summary of each figures finding of the story of ``texts``, one article a day from
    March 1, 2026."""
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    return [f.summary for f in story.conflicts if f.type == "figures"]


def person_analysis(aid: str, text: str, *people: tuple[str, str]) -> Analysis:
    """An article whose only mentions are persons: (surface, entity) each, at its first
    occurrence in ``text``."""
    mentions = []
    for surface, entity in people:
        i = text.find(surface)
        mentions.append(PersonMention(start=i, end=i + len(surface), text=surface, entity=entity,
                                      entity_id="person:" + entity.lower().replace(" ", "-")))
    return Analysis(article=Article(id=aid, text=text), mentions=tuple(mentions))


def people_names(*analyses: Analysis) -> dict[str, tuple[str, ...]]:
    """The story's people by name, with the articles that name each."""
    from newskit.story.people import build_people

    return {e.name: e.articles for e in build_people(analyses)}


def outlet_pairs(pipeline: Pipeline, arts: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    """The contested pairs of a story of (outlet, text) articles, one a day from June 1."""
    return contested_pairs(build_story([pipeline.run(Article.from_dict(
        {"id": f"a{i}", "source": outlet, "published": f"2025-06-0{i + 1}", "text": t}))
        for i, (outlet, t) in enumerate(arts)]))



def text_figures(text: str, article: str = "a1", stated: str | None = "2025-06-02",
                 source: str | None = None) -> list[Figure]:
    """Every amount the quantities plugin reads in ``text``, as figures of measure ``?``
    whose sentence is the whole text."""
    from newskit_quantities import find_quantities

    return [Figure(article=article, measure="?", value=q.value, high=q.high, approx=q.approx, unit=q.unit,
                   ref=SpanRef(article=article, start=q.start, end=q.end, text=text[q.start:q.end]),
                   evidence=SpanRef(article=article, start=0, end=len(text), text=text), stated=stated,
                   source=source)
            for q in find_quantities(text)]


def first_figure(text: str, article: str = "a1", stated: str = "2025-06-02", source: str | None = None) -> Figure:
    """The first amount the quantities plugin reads in ``text``, as a figure of measure ``?``
    whose sentence is the whole text."""
    return text_figures(text, article, stated, source)[0]


def sentence_figure(text: str, amount: str, value: int | float, *, unit: str | None = None, approx: str | None = None,
                    measure: str = "?", article: str = "a1", source: str | None = None,
                    stated: str = "2026-03-02T10:00") -> Figure:
    """One amount of a one-sentence ``text`` as the story's figures read it (its first
    occurrence of ``amount``), for the label rules' tests."""
    start = text.index(amount)
    return Figure(article=article, measure=measure, value=value, approx=approx, unit=unit, source=source,
                  stated=stated, ref=SpanRef(article=article, start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article=article, start=0, end=len(text), text=text))


def figure_roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    """Each amount's role (total, part, increment, ...) as one article's figures read it."""
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-04-01T10:00"}))
    return {f.ref.text: f.role for f in article_figures(a, loose=True) if f.ref}


def outlet_figures(pipeline: Pipeline, texts: Sequence[str], stamp: str = "2025-06-0{n}") -> list[Figure]:
    """Every figure (loose ones too) of one article per text (:func:`outlet_articles`:
    ``a0``, ``a1`` ...; one outlet and one day each, ``stamp`` as there)."""
    return [f for a in outlet_articles(texts, stamp)
            for f in article_figures(pipeline.run(a), f"Outlet {a.id}", loose=True)]


def joined_groups(pipeline: Pipeline, texts: tuple[str, ...], stamp: str = "2025-06-0{n}") -> list[set[tuple[str, str]]]:
    """The figure groups the fitted join makes of one article per text (``a0``, ``a1``,
    ...; one outlet and one day each, ``stamp`` as in :func:`outlet_articles`), as sets of
    (article, amount)."""
    groups, loose = named_groups(outlet_figures(pipeline, texts, stamp))
    join_by_model(groups, loose)
    return [{(f.article, f.ref.text) for f in g if f.ref} for g in groups.values()]
