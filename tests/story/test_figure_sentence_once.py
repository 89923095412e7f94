"""A sentence tells a measure once: a second amount beside the first, from the same source,
is a part, an alternative or another thing, never a second reading of that measure
(``figures._one_per_sentence``). Sentences from rail and traffic news, not the story sets."""

from __future__ import annotations

from typing import Any

from newskit import Article, Pipeline
from newskit.story import build_story


def _figure_texts(pipeline: Pipeline, arts: list[dict[str, Any]]) -> list[set[str]]:
    story = build_story([pipeline.run(Article.from_dict(a)) for a in arts])
    return [{x.ref.text for x in f.figures if x.ref} for f in story.conflicts if f.type == "figures"]


def _article(ident: str, outlet: str, hour: str, text: str) -> dict[str, Any]:
    return {"id": ident, "outlet": outlet, "published": f"2026-05-04T{hour}", "title": "", "text": text}


def test_a_total_and_its_part_in_one_sentence_give_the_measure_the_total(pipeline: Pipeline) -> None:
    groups = _figure_texts(pipeline, [
        _article("a", "Rail Wire", "10:00", "A commuter train carrying 412 people - 398 passengers and 14 crew - "
                 "derailed near Leeds on Monday, the operator said. Nobody was seriously hurt."),
        _article("b", "Yorkshire Post", "15:00", "A train with 405 people on board came off the tracks near Leeds "
                 "on Monday, British Transport Police said. Services were suspended."),
    ])
    assert {"412", "405"} in groups
    assert not any("398" in g for g in groups)


def test_an_amount_another_source_gives_in_the_same_sentence_stays(pipeline: Pipeline) -> None:
    groups = _figure_texts(pipeline, [
        _article("a", "Rail Wire", "10:00", "At least 38 passengers were injured when two trams collided in "
                 "Lisbon on Monday, the fire service said."),
        _article("b", "Lusa", "15:00", "A hospital source told Lusa that 52 passengers had been injured, more "
                 "than the 38 reported by the fire service."),
    ])
    assert any({"At least 38", "52", "38"} <= g for g in groups)  # "the 38 reported by": its source
