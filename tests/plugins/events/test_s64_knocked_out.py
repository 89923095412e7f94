"""Session 64 (issue #10): ``knocked out`` is a contest only ``out of`` a competition
(``were knocked out of the cup``); what a storm or an attack knocks out (power, computer
systems, banking apps) is an outage, no contest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _types(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return {e.trigger: e.type for e in a.events}


@pytest.mark.parametrize("text", [
    "A storm knocked out power to 40,000 homes on the island.",
    "The cyberattack knocked out computer systems across the hospital group.",
    "The outage knocked out online banking for six hours.",
])
def test_an_outage_is_no_contest(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text).get("knocked") != "contest"


def test_knocked_out_of_a_competition_is_a_contest(pipeline: Pipeline) -> None:
    assert _types(pipeline, "Brenmoor were knocked out of the cup by Fenwick on Saturday.").get("knocked") == "contest"
