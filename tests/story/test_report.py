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
def quake(pipeline: Pipeline) -> list[Analysis]:
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
    plain = _flat(render(story, quake, "text"))
    md = _flat(regex.sub(r"\\(.)", r"\1", render(story, quake, "markdown")))  # unescaped
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


def test_html_is_self_contained_escaped_and_links_open_the_article(pipeline: Pipeline) -> None:
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


def test_article_text_carries_no_markup_or_escape_sequences_into_the_reports(pipeline: Pipeline) -> None:
    # issue #16: a rendered Markdown report must not run an article's <script>, and a
    # text report shown in a terminal must not carry its escape sequences
    hostile = ("Russian President Vladimir Putin visited Pyongyang on June 18, 2024 "
               "<script>alert(1)</script> **now** [x](http://e.vil) \x1b[31m, the Kremlin said.")
    calm = "Putin arrived in Pyongyang on June 18, 2024 for a two-day visit, state media reported."
    analyses = [pipeline.run(Article.from_dict({"id": f"a{i}", "text": t, "published": "2024-06-18"}))
                for i, t in enumerate([hostile, calm])]
    story = build_story(analyses)
    md, text = render(story, analyses, "markdown"), render(story, analyses, "text")
    assert "\\<script\\>" in md  # the evidence is there, escaped
    assert "<script>" not in md and "[x](" not in md and "**now**" not in md
    assert "\x1b" not in text and "\x1b" not in md
    assert "<script>" in text  # plain text keeps the article's words as they are
