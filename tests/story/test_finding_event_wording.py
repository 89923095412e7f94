"""A finding names an event's participants as involved in it, never as its doer: "report on
disaster 'sinking' by Greece" read as if Greece had sunk the boat (issue #10's agency
"causing" the quake), while the summary's own wording already said "involving"."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def _story(texts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    pipeline = Pipeline.build()
    arts = [Article.from_dict({"id": f"a{n}", "source": src, "published": "2026-03-04", "text": text})
            for n, (src, text) in enumerate(texts)]
    return build_story([pipeline.run(a) for a in arts])


def test_a_corroborated_event_names_its_participant_as_involved() -> None:
    story = _story([
        ("Harbour Post", "Nigeria bombed a rebel camp near Maiduguri on Tuesday, the state police said. "
                         "The police said two officers were hurt."),
        ("Island Times", "Nigeria bombed a rebel camp near Maiduguri on Tuesday, residents said. "
                         "Residents said the shooting lasted an hour."),
    ])
    summaries = [f.summary for f in story.corroborations]
    assert any("'bombed' involving Nigeria" in s for s in summaries), summaries
    assert not any(" by Nigeria" in s for s in summaries), summaries
