"""Session 61: the timeline's evidence for an event shows, in each article, a mention told by
the event's own word family (``earthquake`` for the event ``quake``) before a verb the story
joined to it (``Residents spent the night in squares after the quake``)."""

from __future__ import annotations

import attrs
import pytest
import regex

from newskit import Analysis, Article, Pipeline
from newskit.model import SpanRef, Story
from newskit.report import report_sections
from newskit.story import build_story
from newskit.story.features import family
from tests.story import figure_stories as stories


@pytest.fixture(scope="module")
def quake(pipeline: Pipeline) -> list[Analysis]:
    return [pipeline.run(Article.from_dict(a)) for a in stories.QUAKE]


def _timeline_evidence(story: Story, analyses: list[Analysis]) -> list[SpanRef]:
    sections = dict(report_sections(story, analyses))
    return [ev.ref for ev in sections["Timeline"][0].evidence]


def test_an_article_shows_the_event_by_its_own_word(quake: list[Analysis]) -> None:
    story = build_story(quake)
    central = next(e for e in story.events if len(e.sources) == max(len(x.sources) for x in story.events))
    own = [r for r in central.mentions if family(r.text) == family(central.trigger)]
    assert own, "the invented story tells its central event by its own word"
    article = own[0].article
    text = next(a.article.text for a in quake if a.article.id == article)
    # a word of the same article joined to the event and listed first: any word of another family
    m = next(m for m in regex.finditer(r"[a-z]{3,}", text) if family(m.group()) != family(central.trigger))
    joined = SpanRef(article=article, start=m.start(), end=m.end(), text=m.group())
    moved = attrs.evolve(central, mentions=(joined, *central.mentions))
    story = attrs.evolve(story, events=tuple(moved if e.id == central.id else e for e in story.events))
    shown = {r.article: r for r in _timeline_evidence(story, quake)}
    assert family(shown[article].text) == family(central.trigger)


def test_an_article_without_the_word_still_shows_its_first_mention(quake: list[Analysis]) -> None:
    story = build_story(quake)
    central = next(e for e in story.events if len(e.sources) == max(len(x.sources) for x in story.events))
    article = central.mentions[0].article
    others = tuple(r for r in central.mentions if r.article != article)
    text = next(a.article.text for a in quake if a.article.id == article)
    at = text.index(" ") + 1
    end = text.index(" ", at)
    lone = SpanRef(article=article, start=at, end=end, text=text[at:end])
    moved = attrs.evolve(central, mentions=(lone, *others))
    story = attrs.evolve(story, events=tuple(moved if e.id == central.id else e for e in story.events))
    shown = {r.article: r for r in _timeline_evidence(story, quake)}
    assert shown[article] == lone
