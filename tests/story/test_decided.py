"""A decision and the act it decides are one happening (story/decided.py).

The sentences are invented, of other kinds of news than the stories the errors were seen in
(a rent freeze, a tax rise): a vehicle recall, a curfew, an evacuation, a school closure, a
league suspended."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.decided import decision_links
from newskit.story.events import story_units
from tests.story.helpers import event_texts, story_of


def _links(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    a = pipeline.run(Article.from_dict({"id": "d0", "published": "2026-02-03", "text": text}))
    return {(d.ref.text, c.ref.text) for d, c in decision_links([a], story_units([a]))}


def test_the_object_after_a_deciding_word(pipeline: Pipeline) -> None:
    assert _links(pipeline, "Regulators ordered the recall of 40,000 pickup trucks over faulty brakes.") == \
        {("ordered", "recall")}
    assert ("imposed", "curfew") in _links(pipeline, "The governor imposed a curfew on the port city after looting.")
    assert _links(pipeline, "The federation's decision to suspend the league was criticised.") == \
        {("decision", "suspend")}


def test_the_act_a_deciding_clause_tells_of(pipeline: Pipeline) -> None:
    """A reduced relative ("ordered by") or a relative clause ("that the board approved")."""
    assert _links(pipeline, "The evacuation, ordered by the fire service on Sunday, emptied three villages.") == \
        {("ordered", "evacuation")}
    assert _links(pipeline, "The closure that the board approved will affect 400 pupils.") == \
        {("approved", "closure")}


def test_no_link(pipeline: Pipeline) -> None:
    assert not _links(pipeline, "The board rejected the closure of the library.")  # undoes its object
    assert not _links(pipeline, "The board approved the budget and said the closure would go ahead.")
    assert not _links(pipeline, "The closure angered parents, who approved of the protest.")


def _arts(*rows: tuple[str, str], published: str | None = "2026-02-03") -> list[dict[str, Any]]:
    return [{"id": f"rc{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


RECALL = _arts(
    ("Regulators order recall of 40,000 pickups",
     "Federal regulators on Tuesday ordered the recall of 40,000 Ridgeline pickup trucks over faulty brake "
     "lines.\nThe order follows 12 crashes in which the brakes failed, the agency said.\nThe recall covers "
     "trucks built between 2021 and 2023."),
    ("Ridgeline pickups recalled over brakes",
     "About 40,000 Ridgeline pickups are being recalled after federal regulators approved the recall on "
     "Tuesday.\nDealers will replace the brake lines free of charge, the maker said."),
    ("Brake fault: 40,000 trucks to be recalled",
     "The recall of 40,000 Ridgeline pickup trucks, ordered by federal regulators on Tuesday, is the largest "
     "this year.\nOwners will receive letters in March."),
)


def test_the_decision_and_the_act_are_one_entry(pipeline: Pipeline) -> None:
    """"ordered the recall" / "the recall": one entry, named by the recall, not the order."""
    story = story_of(pipeline, RECALL)
    held = event_texts(story)
    assert {("rc0", "ordered"), ("rc0", "recall"), ("rc1", "approved"), ("rc2", "recall"), ("rc2", "ordered")} <= held
    assert story.events[0].trigger == "recall"
    assert not any(("rc1", "approved") in event_texts(story, k) for k in range(1, len(story.events)))


@settings(max_examples=12, deadline=None)
@given(st.permutations(range(len(RECALL))))
def test_article_order_changes_nothing(pipeline: Pipeline, order: list[int]) -> None:
    story = story_of(pipeline, [RECALL[k] for k in order])
    assert event_texts(story) == event_texts(story_of(pipeline, RECALL))
