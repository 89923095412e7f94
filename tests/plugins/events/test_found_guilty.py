"""Session 37 (issue #10): a verdict told as a finding. A jury, court or tribunal that
"found" (someone guilty, liable, that ...) gave its verdict or ruling, one act with the
conviction another outlet reports; finding a thing, or a fact by investigators, is no
legal act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize("text", [
    "Jurors found Ortega, 51, guilty on three of the four counts.",
    "A jury in Leeds found the former mayor, Alan Crisp, guilty of bribery on Monday.",
    "The builder was found liable for the collapse of the car park.",
    "She was found not guilty of dangerous driving.",
    "An employment tribunal found that the cleaners had been underpaid.",
    "The court found in favour of the fishermen.",
])
def test_a_verdict_or_a_ruling_told_as_a_finding_is_legal(text: str) -> None:
    assert _kinds(text).get("found") == "legal"


@pytest.mark.parametrize("text", [
    "Hikers found a wallet on the trail.",
    "Investigators found the crew had skipped a safety check.",
    "Divers found the wreck at a depth of 40 metres.",
])
def test_finding_a_thing_or_a_fact_is_no_legal_act(text: str) -> None:
    assert _kinds(text).get("found") != "legal"


def test_a_finding_of_guilt_is_one_event_with_the_conviction_across_outlets() -> None:
    from newskit import Article, Pipeline
    from newskit.story import build_story

    texts = [("Wire", "A jury in Leeds found former mayor Alan Crisp guilty of bribery on Tuesday. Crisp had "
                      "denied taking cash from developers."),
             ("Daily", "Former mayor Alan Crisp was convicted of bribery on Tuesday after a six-week trial in Leeds.")]
    p = Pipeline.build()
    story = build_story([p.run(Article.from_dict({"id": f"a{i}", "source": o, "published": "2026-05-06", "text": t}))
                         for i, (o, t) in enumerate(texts)])
    words = {m.text for m in story.events[0].mentions}
    assert {"found", "convicted"} <= words, [(e.type, [m.text for m in e.mentions]) for e in story.events]
