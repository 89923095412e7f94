"""Two outlets' readings of one concentration (``micrograms per cubic metre``) are one
measure, ``concentration``, compared like two speeds; a sentence from a wildfire-smoke
story, not the story sets."""

from __future__ import annotations

from typing import Any

from newskit import Article, Pipeline
from newskit.story import build_story


def _article(ident: str, outlet: str, hour: str, text: str) -> dict[str, Any]:
    return {"id": ident, "outlet": outlet, "published": f"2026-08-12T{hour}", "title": "", "text": text}


def test_two_readings_of_a_concentration_are_compared(pipeline: Pipeline) -> None:
    story = build_story([pipeline.run(Article.from_dict(a)) for a in (
        _article("a", "Valley Herald", "09:00", "Smoke from the Ridge fire pushed fine particle levels in Redding "
                 "to 180 micrograms per cubic metre on Tuesday, the air district said."),
        _article("b", "Wire", "17:00", "Monitors in Redding recorded 410 micrograms per cubic metre of fine "
                 "particles on Tuesday as smoke from the Ridge fire settled over the city, a research group said."),
    )])
    found = {f.measure: {x.ref.text for x in f.figures if x.ref} for f in story.conflicts if f.type == "figures"}
    assert found.get("concentration") == {"180 micrograms per cubic metre", "410 micrograms per cubic metre"}
