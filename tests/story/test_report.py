"""The readable report: one content in text, Markdown, HTML and JSON; outlets by name;
evidence with the span marked; lines no longer than 160 characters; everything escaped."""

from __future__ import annotations

import html
import json
from typing import Any

import pytest
import regex

from newskit import Analysis, Article, Pipeline
from newskit.report import WIDTH, Item, render, report_sections
from newskit.story import build_story
from tests.story import figure_stories as stories


@pytest.fixture(scope="module")
def quake() -> list[Analysis]:
    pipeline = Pipeline.build()
    return [pipeline.run(Article.from_dict(a)) for a in stories.QUAKE]


def _texts(items: list[Item]) -> list[str]:
    out = []
    for it in items:
        out.append(it.text)
        out += _texts(list(it.children))
    return out


def _flat(s: str) -> str:
    return " ".join(s.split())


def test_same_content_in_every_format(quake: list[Analysis]) -> None:
    story = build_story(quake)
    sections = report_sections(story, quake)
    texts = [t for _, items in sections for t in _texts(items)]
    assert texts
    plain, md = _flat(render(story, quake, "text")), _flat(render(story, quake, "markdown"))
    page = _flat(html.unescape(regex.sub(r"<[^>]+>", "", render(story, quake, "html"))))
    doc: dict[str, Any] = json.loads(render(story, quake, "json"))
    in_json = json.dumps(doc, ensure_ascii=False)
    for t in texts:
        assert _flat(t) in plain and _flat(t) in md
        assert _flat(t) in page
        assert json.dumps(t, ensure_ascii=False)[1:-1] in in_json
    assert [s["title"] for s in doc["sections"]] == [t for t, _ in sections]


def test_summary_first_outlets_by_name_and_short_lines(quake: list[Analysis]) -> None:
    story = build_story(quake)
    out = render(story, quake, "text")
    lines = out.splitlines()
    assert lines[2] == "Summary"
    assert max(len(line) for line in lines) <= WIDTH
    for name in ("Focus Taiwan", "Reuters", "Associated Press", "Taipei Times"):
        assert name in out
    assert "\u00abfour\u00bb" in out  # the span is marked in its sentence
    assert "1 mentions" not in out and "1 articles" not in out
    assert story.summary and story.summary[0].startswith("What happened")


def test_html_is_self_contained_escaped_and_links_open_the_article() -> None:
    pipeline = Pipeline.build()
    evil = [
        {"id": "x1", "source": "<b>Evil</b> & Co", "published": "2024-04-03",
         "text": "An earthquake killed 4 people in Hualien on Wednesday, officials said. <script>alert(1)</script>"},
        {"id": "x2", "source": "Wire \"Q\"", "published": "2024-04-03",
         "text": "An earthquake killed 9 people in Hualien on Wednesday, the fire agency said."},
    ]
    analyses = [pipeline.run(Article.from_dict(a)) for a in evil]
    page = render(build_story(analyses), analyses, "html")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in page
    assert "src=\"http" not in page and "<link" not in page  # nothing loaded from outside
    assert "<mark>" in page and "href=\"#art1@" in page and "id=\"art1-text\"" in page
