"""Session 6 (issue #10): a denial that points back at a charge (``rejected the allegation``)
in another article answers whoever accuses its source there, whatever else it says."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def _contested(texts: list[str]) -> list[set[tuple[str | None, str]]]:
    pipeline = Pipeline.build()
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                          "published": f"2025-06-0{i + 1}", "text": t}))
                         for i, t in enumerate(texts)])
    claims = {c.id: c for c in story.claims}
    return [{(claims[c].source, claims[c].stance) for c in f.claims} for f in story.conflicts if f.type == "contested"]


def test_a_rejection_of_the_charge_in_another_article_answers_the_accuser() -> None:
    groups = _contested([
        "The opposition leader, Rosa Diaz, accused Interior Minister Paul Okoro of ordering police to break up "
        "the rally.",
        "Okoro rejected the allegation on Tuesday and said officers had acted on their own initiative.",
    ])
    # the surname alone is the one person of the story with it (story.surnames)
    assert any(("Rosa Diaz", "alleges") in g and ("Paul Okoro", "denies") in g for g in groups), groups


def test_a_company_denying_the_accusations_answers_the_workers_who_accused_it() -> None:
    groups = _contested([
        "Workers at the Delta plant accused Corvex Foods of forcing them to work in unsafe conditions.",
        "Corvex Foods denied the accusations, saying its safety record was among the best in the industry.",
    ])
    assert any(("workers", "alleges") in g and ("Corvex Foods", "denies") in g for g in groups), groups


def test_a_denial_of_the_charge_never_answers_one_who_accuses_someone_else() -> None:
    groups = _contested([
        "Farmers accused the mayor, Ines Vidal, of selling public land to a developer.",
        "Corvex Foods denied the accusations, saying its safety record was among the best in the industry.",
    ])
    assert not any(("Corvex Foods", "denies") in g for g in groups), groups
