"""The theme of a lead verb whose object is an amount is the noun the amount counts
(story/frames.py ``_counted``): "cancelled more than 300 sailings", "seized 2.4 tonnes of
ivory". Sentences invented, of other kinds of news than the sets measured."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.frames import _context, lead_frames
from newskit.story.predicate import base


def _themes(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    a = pipeline.run(Article.from_dict({"id": "x", "published": "2026-02-03", "title": "", "text": text}))
    out: dict[str, str | None] = {}
    for f in lead_frames(a, _context([a], frozenset())):
        out.setdefault(f.word, f.theme)  # a word's own frame, before its "of" complement's
    return out


def test_the_counted_noun_is_the_theme(pipeline: Pipeline) -> None:
    themes = _themes(pipeline, "The ferry operator cancelled more than 300 sailings on Monday as gales swept the "
                               "strait, the company said.")
    assert themes.get("cancelled") == base("sailings")


def test_a_measure_before_of_counts_the_noun_after_it(pipeline: Pipeline) -> None:
    themes = _themes(pipeline, "Customs officers seized 2.4 tonnes of ivory at the port of Mombasa on Tuesday, "
                               "the wildlife service said.")
    assert themes.get("seized") == base("ivory")


def test_an_amount_that_counts_no_noun_gives_no_theme_of_its_own(pipeline: Pipeline) -> None:
    """"fell 2.4% in March": no noun is counted; the month is no theme."""
    themes = _themes(pipeline, "Retail sales fell 2.4% in March as shoppers cut back, the statistics office said.")
    assert themes.get("fell") != base("march")
