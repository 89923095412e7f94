"""Session 51: the stories listing reads as a reader would: a part of a day or a week in
words (``2026-07-13 evening``, not ``2026-07-13TEV``) and ``1 mention in 1 article``, not
``1 mentions in 1 articles`` (issue #10's first report named that line)."""

from __future__ import annotations

import io

import pytest

from newskit.model import Event, SpanRef, Story
from newskit.stories_render import StoriesWriter


def _story(when: str, mentions: int, sources: int) -> Story:
    refs = tuple(SpanRef(article=f"a{i % sources}", start=0, end=5, text="storm") for i in range(mentions))
    event = Event(id="e1", type="disaster", trigger="storm", when=when, mentions=refs,
                  sources=tuple(f"a{i}" for i in range(sources)))
    return Story(articles=tuple(f"a{i}" for i in range(sources)), events=(event,))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_part_of_the_day_and_one_mention_read_in_words(fmt: str) -> None:
    out = io.StringIO()
    writer = StoriesWriter(out, fmt)
    writer.story("s1", _story("2026-07-13TEV", 1, 1))
    writer.close(())
    text = out.getvalue()
    assert "2026-07-13 evening" in text and "TEV" not in text
    assert "(1 mention in 1 article)" in text


def test_counts_above_one_stay_plural_and_a_week_reads_in_words() -> None:
    out = io.StringIO()
    writer = StoriesWriter(out, "text")
    writer.story("s1", _story("2026-W28", 3, 2))
    writer.close(())
    assert "week 28 of 2026" in out.getvalue()
    assert "(3 mentions in 2 articles)" in out.getvalue()


def test_the_report_gives_the_sources_times_in_words() -> None:
    from newskit.report import report_sections

    refs = (SpanRef(article="a0", start=0, end=5, text="storm"), SpanRef(article="a1", start=0, end=5, text="storm"))
    event = Event(id="e1", type="disaster", trigger="storm", when="2026-07-13TEV", mentions=refs,
                  sources=("a0", "a1"), whens=("2026-07-13TEV", "2026-07-14"))
    story = Story(articles=("a0", "a1"), events=(event,))
    texts = [it.text for _, items in report_sections(story) for it in items]
    assert any("sources give 2026-07-13 evening, 2026-07-14" in t for t in texts), texts
