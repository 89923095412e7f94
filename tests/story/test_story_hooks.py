"""Story hooks: a plugin's finding detector adds a section to the story and its report;
a plugin may replace the event clustering; a failing hook never breaks the story."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from newskit import (
    Analysis,
    Article,
    Event,
    Finding,
    Pipeline,
    SpanRef,
    StoryDraft,
    get_plugin_manager,
    hookimpl,
)
from newskit.report import render
from newskit.serialize import story_to_json
from newskit.story import build_story

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class SaidTwice:
    """Finds a quotation that two outlets both carry word for word."""

    name = "said-twice"
    section = "Quoted by several outlets"

    def detect(self, story: StoryDraft) -> Iterable[Finding]:
        by_text: dict[str, list[SpanRef]] = {}
        for a in story.analyses:
            for m in a.mentions:
                if m.kind == "quote":
                    by_text.setdefault(m.text, []).append(
                        SpanRef(article=a.article.id, start=m.start, end=m.end, text=m.text))
        for text, refs in sorted(by_text.items()):
            outlets = {story.outlet(r.article) for r in refs}
            if len(outlets) > 1:
                yield Finding(type="said-twice", about=text[:40], refs=tuple(refs),
                              summary=f"{len(outlets)} outlets quote: {text[:60]}")


class DetectorPlugin:
    @hookimpl
    def newskit_register_finding_detectors(self, register: Any) -> None:
        register(SaidTwice())


def _analyses(p: Pipeline) -> list[Analysis]:
    texts = ['"We will rebuild the bridge," the mayor said on Monday.',
             'The mayor told reporters: "We will rebuild the bridge."']
    return [p.run(Article.from_dict({"id": f"a{i}", "text": t, "source": f"Outlet {i}"}))
            for i, t in enumerate(texts)]


def test_a_plugin_detector_adds_a_section_to_the_story_json_and_report() -> None:
    p = Pipeline.build(deny=["example-places"], plugins=[DetectorPlugin()])
    analyses = _analyses(p)
    story = build_story(analyses, pm=p.pm)
    (section,) = story.sections
    assert (section.title, section.detector) == ("Quoted by several outlets", "said-twice")
    (f,) = section.findings
    assert {r.article for r in f.refs} == {"a0", "a1"}
    assert all(r.text == "We will rebuild the bridge" for r in f.refs)
    data = story_to_json(story)
    assert data["sections"][0]["findings"][0]["type"] == "said-twice"
    text = render(story, analyses, "text")
    assert "Quoted by several outlets" in text and "2 outlets quote" in text
    report = json.loads(render(story, analyses, "json"))
    assert "Quoted by several outlets" in [s["title"] for s in report["sections"]]
    # without the plugin: no section, and the JSON has no "sections" key at all
    plain = build_story(_analyses(Pipeline.build(deny=["example-places"])))
    assert plain.sections == () and "sections" not in story_to_json(plain)


def test_bundled_findings_are_registered_through_the_hook() -> None:
    pm = get_plugin_manager(entry_points=False)
    names = [i.name for _, i in pm.registrations().detectors]
    assert names == ["corroboration", "contested", "figures"]
    assert pm.contributions()["newskit.story_hooks"]["newskit_cluster_events"] == "fallback (trylast)"


def test_a_failing_or_malformed_detector_is_an_error_record_not_a_crash() -> None:
    class Raises:
        name, section = "raises", "Never"

        def detect(self, story: StoryDraft) -> Iterable[Finding]:
            raise RuntimeError("detector bug")

    class Malformed:
        name, section = "malformed", "Bad spans"

        def detect(self, story: StoryDraft) -> Iterable[Finding]:
            a = story.analyses[0].article
            return [Finding(type="x", about="x", summary="x",
                            refs=(SpanRef(article=a.id, start=0, end=3, text="nope"),)), "junk"]

    class P:
        @hookimpl
        def newskit_register_finding_detectors(self, register: Any) -> None:
            register(Raises())
            register(Malformed())

    p = Pipeline.build(deny=["example-places"], plugins=[P()])
    story = build_story(_analyses(p), pm=p.pm)
    errs = {(e.component, e.error) for e in story.errors if e.stage == "story"}
    assert errs == {("raises", "RuntimeError"), ("malformed", "InvalidFinding")}
    assert story.sections == ()  # nothing valid found: no section
    assert story.corroborations == build_story(_analyses(p)).corroborations


def test_a_plugin_replaces_the_event_clustering() -> None:
    class OneEventPerArticle:
        @hookimpl
        def newskit_cluster_events(self, analyses: tuple[Analysis, ...]) -> tuple[Event, ...]:
            return tuple(e for a in analyses for e in a.events)

    p = Pipeline.build(deny=["example-places"])
    analyses = [p.run(Article.from_dict({"id": f"q{i}", "text": "Officials visited Paris on Monday."}))
                for i in range(2)]
    default = build_story(analyses, pm=p.pm)
    replaced = build_story(analyses, pm=get_plugin_manager(deny=["example-places"],
                                                           plugins=[OneEventPerArticle()]))
    assert len(default.events) == 1 and len(replaced.events) == 2


@pytest.mark.parametrize("answer", ["not events", RuntimeError("boom")])
def test_a_failing_clustering_falls_back_to_newskit_s_own(answer: object) -> None:
    class Bad:
        @hookimpl
        def newskit_cluster_events(self, analyses: tuple[Analysis, ...]) -> object:
            if isinstance(answer, BaseException):
                raise answer
            return answer

    p = Pipeline.build(deny=["example-places"])
    analyses = [p.run(Article.from_dict({"id": "c", "text": "Officials visited Paris on Monday."}))]
    story = build_story(analyses, pm=get_plugin_manager(deny=["example-places"], plugins=[Bad()]))
    assert story.events == build_story(analyses).events
    assert [e.component for e in story.errors if e.stage == "story"] == ["newskit_cluster_events"]
