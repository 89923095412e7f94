"""Session 47 (issue #10): a verb-only trigger's bare form heading a noun phrase after a
preposition of place (``a lease on customary land``, ``250 hectares of native land at
Naqara Bay``) is the noun, no movement; the verb after a subject or a verbal word keeps its
reading (``The plane will land in Suva``, ``The firm cut 300 jobs``). Before, the lease's
land was the story's central event, a visit or trip. Invented sentences."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _triggers(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-03-13T10:00", "text": text}))
    return [m.text for e in a.events for m in e.mentions]


@pytest.mark.parametrize("text", [
    "The court quashed a lease over 250 hectares of native land at Naqara Bay.",
    "Villagers said the road crossed a strip of customary land on the coast.",
    "Farmers on land near the river were told to leave.",
])
def test_a_noun_after_a_preposition_is_no_landing(pipeline: Pipeline, text: str) -> None:
    assert "land" not in _triggers(pipeline, text)


@pytest.mark.parametrize("text", [
    "The plane will land in Suva at noon.",
    "The pilots managed to land safely on the beach.",
])
def test_the_verb_still_lands(pipeline: Pipeline, text: str) -> None:
    assert "land" in _triggers(pipeline, text)


@pytest.mark.parametrize("text", [
    "About 400 workers lost their jobs when the mill closed.",
    "Fishermen said they lost income for months after the spill.",
    "Victims were told they had won foreign lotteries and had to pay fees.",
    "Spain lost 2-1 to Italy on Sunday. Hundreds of dockers lost their jobs in the same week.",
])
def test_losing_a_job_or_winning_a_lottery_is_no_contest(pipeline: Pipeline, text: str) -> None:
    """An exact form's vetoes (``form_vetoes``): what is lost or won outside a contest."""
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-03-13T10:00", "text": text}))
    contest = [m.text for e in a.events if e.type == "contest" for m in e.mentions]
    assert "jobs" not in text or contest.count("lost") <= text.count("2-1"), contest
    assert "lotteries" not in text or "won" not in contest, contest
    assert "income" not in text or "lost" not in contest, contest


@pytest.mark.parametrize("text", ["Spain lost 2-1 to Italy on Sunday.", "The club lost the final on penalties.",
                                  "Nadal won his 14th title in Paris."])
def test_a_lost_match_is_still_a_contest(pipeline: Pipeline, text: str) -> None:
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-03-13T10:00", "text": text}))
    assert any(e.type == "contest" for e in a.events), [(e.type, e.trigger) for e in a.events]
