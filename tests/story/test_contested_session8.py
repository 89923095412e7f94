"""Session 8 (issue #10): a denial that points back at a charge (``said the charge was
wrong``, ``rejected the accusation``) answers the allegation just before it in its article,
though a quote by another speaker stands between, and the claim right before it when that
names the denier. Sentences written for these tests (a school closure, a ferry fare rise,
a transfer dispute), not from the stories where the kind was seen failing (a rate decision,
a market crash)."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from tests.story.helpers import contested_pairs


def _pairs(texts: list[str]) -> set[tuple[str, str]]:
    pipeline = Pipeline.build()
    return contested_pairs(build_story([pipeline.run(Article.from_dict(
        {"id": f"a{i}", "source": f"Outlet {i}", "published": f"2025-06-0{i + 1}", "text": t}))
        for i, t in enumerate(texts)]))


def test_the_charge_answers_the_allegation_though_a_quote_stands_between() -> None:
    pairs = _pairs([
        ("The parents' group Keep Ashdown Open accused the county of planning to close three village schools "
        "before the consultation ended. \"They decided this in private months ago,\" said its chair, Mary Lusk.\n"
        "The Northfield Education Trust said the charge was \"simply wrong\", noting that its board had not met "
        "since June."),
    ])
    assert any("Keep Ashdown Open" in (a or "") and d == "Northfield Education Trust" for a, d in pairs), pairs


def test_the_claim_just_before_that_names_the_denier_is_answered() -> None:
    pairs = _pairs([
        ("Several travel agents pointed to Brisa Ferries, saying its owners had set the new fares. "
        "\"The increase was set by Brisa Ferries alone,\" "
        "said Tomas Reyna, who chairs the islanders' council.\n"
        "Brisa Ferries rejected the accusation, saying the regulator had approved every fare."),
    ])
    assert any(a == "Tomas Reyna" and d == "Brisa Ferries" for a, d in pairs), pairs


def test_a_claim_before_that_neither_alleges_nor_names_the_denier_is_not_answered() -> None:
    pairs = _pairs([
        ("The club said the striker had passed his medical on Friday. \"He is a fine player,\" said coach "
        "Anton Reis.\nVarela Sports rejected the accusation, saying no fee had been agreed."),
    ])
    assert not any(a == "Anton Reis" for a, _ in pairs), pairs
