"""A group of amounts no cue names is named by its dimension and the word its sentences
share; the word is shown as the texts write it, never as the stem the join compares
(session 45: "Length (wav)" for two outlets' tsunami waves). Sentences written for these
tests."""

from __future__ import annotations

import pytest
import regex

from newskit import Article, Pipeline
from newskit.story import build_story


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


@pytest.mark.parametrize(("first", "second"), [
    ("Surges of 30 centimetres came ashore an hour later.", "A surge of about 12 inches was seen."),
    ("Waves of 30 centimetres came ashore an hour later.", "A wave of about 12 inches was seen."),
])
def test_a_shared_word_names_the_measure_as_written(pipeline: Pipeline, first: str, second: str) -> None:
    lead = "A strong earthquake struck off Hokkaido on Tuesday. "
    texts = [lead + first, lead + second]
    arts = [Article.from_dict({"id": f"a{n}", "source": f"Outlet {n}", "published": "2026-03-04T08:00", "text": t})
            for n, t in enumerate(texts)]
    story = build_story([pipeline.run(a) for a in arts])
    measures = [f.measure for f in story.conflicts if f.type == "figures" and f.measure]
    assert measures, [f.summary for f in story.conflicts]
    for measure in measures:
        word = regex.search(r"\((\w+)\)$", measure)
        assert word is not None, measure
        assert any(regex.search(rf"\b{word.group(1)}\b", t) for t in texts), measure
