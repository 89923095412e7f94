"""Multi-outlet stories (invented, realistic) through the whole pipeline: the central
event is one story event named first, and background events stay apart.

Each story file (``stories/*.json``) lists its articles, the trigger words of its central
event and the year of a background event its articles mention (an earlier quake, an
earlier case, an earlier bid). Sentences naming that year are about the background event.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import regex

from newskit import Analysis, Article, Story
from newskit.pipeline import Pipeline
from newskit.story import build_story

STORIES = Path(__file__).parent / "stories"
_WORD = regex.compile(r"\p{L}+")


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((STORIES / f"{name}.json").read_text("utf-8"))
    return data


def _analyses(pipeline: Pipeline, name: str) -> list[Analysis]:
    return [pipeline.run(Article.from_dict(a)) for a in _load(name)["articles"]]


def _central_mentions(story_file: dict[str, Any]) -> set[tuple[str, int]]:
    """(article, offset) of the central event's trigger words outside background sentences."""
    words = set(story_file["central"])
    out: set[tuple[str, int]] = set()
    for a in story_file["articles"]:
        pos = 0
        for line in a["text"].split("\n"):
            if story_file["background"] not in line:
                out |= {(a["id"], pos + m.start()) for m in _WORD.finditer(line) if m.group().lower() in words}
            pos += len(line) + 1
    return out


def _share(story: Story, wanted: set[tuple[str, int]]) -> float:
    """How many of the central event's trigger words that the story has found (in any
    event) its first event holds: coreference, not trigger recall, is measured here."""
    found = {(m.article, m.start) for e in story.events for m in e.mentions} & wanted
    first = {(m.article, m.start) for m in story.events[0].mentions}
    return len(first & found) / max(1, len(found))


@pytest.mark.parametrize("name", ["quake", "court", "merger"])
def test_central_event_is_one_entry_named_first(pipeline: Pipeline, name: str) -> None:
    story_file = _load(name)
    story = build_story(_analyses(pipeline, name))
    central = story.events[0]
    assert set(central.sources) == {a["id"] for a in story_file["articles"]}, central
    assert _share(story, _central_mentions(story_file)) >= 0.7, [e.mentions for e in story.events[:3]]
    words = set(story_file["central"])
    others = [e for e in story.events[1:] if e.type == central.type and e.when and not e.when.startswith(
        story_file["background"]) and any(m.text.lower() in words for m in e.mentions)]
    assert not others, others


@pytest.mark.parametrize("name", ["quake", "court", "merger"])
def test_background_event_kept_apart(pipeline: Pipeline, name: str) -> None:
    story_file = _load(name)
    story = build_story(_analyses(pipeline, name))
    year = story_file["background"]
    starts = {a["id"]: a["text"] for a in story_file["articles"]}
    for m in story.events[0].mentions:
        line_start = starts[m.article].rfind("\n", 0, m.start) + 1
        line_end = starts[m.article].find("\n", m.end)
        assert year not in starts[m.article][line_start:line_end if line_end >= 0 else None], m


def test_quake_places_and_times_at_different_granularities_agree(pipeline: Pipeline) -> None:
    story = build_story(_analyses(pipeline, "quake"))
    central = story.events[0]
    assert central.when is not None and central.when.startswith("2024-04-03")
    assert central.country == "Taiwan"


def test_stories_mixed_and_shuffled_give_the_same_events(pipeline: Pipeline) -> None:
    every = [a for name in ("quake", "court", "merger") for a in _analyses(pipeline, name)]
    base = build_story(every)
    shuffled = every[:]
    random.Random(7).shuffle(shuffled)
    assert build_story(shuffled).events == base.events
    for name in ("quake", "court", "merger"):
        ids = {a["id"] for a in _load(name)["articles"]}
        alone = build_story([a for a in every if a.article.id in ids]).events[0]
        assert alone in base.events  # other stories in the stream change nothing
