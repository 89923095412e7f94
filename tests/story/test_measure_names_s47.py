"""Session 47 (issue #10): a sum named by the subject of its copula (``The ransom demanded
was $10 million``) is named by a common noun only; a name in that place (``the Ironshore
house and a second property came to ...``) says where, never what is measured, and the
report read "Figures differ: Ironshore". Invented sentences."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-05-02T10:00", "text": text}))
    return {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref}


@pytest.mark.parametrize("text", [
    "Police said a full count of the cash seized at the Harwick farm and a warehouse came to $2.6 million.",
    "Officials said the goods found in the Delmont depot and two lorries were worth about $900,000.",
])
def test_a_name_before_the_copula_never_names_the_sum(pipeline: Pipeline, text: str) -> None:
    measures = _measures(pipeline, text)
    assert measures, measures
    assert not any(w[:1].isupper() or w in ("harwick", "delmont") for m in measures.values() for w in m.split()), \
        measures


def test_a_common_noun_before_the_copula_still_names_it(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The ransom demanded by the hackers was $10 million, the firm said.")
    assert measures == {"$10 million": "ransom"}, measures


def _story_measures(pipeline: Pipeline, *texts: str) -> list[str]:
    from newskit.story import build_story
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                         "published": f"2026-05-0{i + 1}T10:00", "text": t}))
                         for i, t in enumerate(texts)])
    return [f.measure for f in (*story.conflicts, *story.corroborations) if f.measure]


def test_a_group_named_by_its_words_is_never_named_by_a_name(pipeline: Pipeline) -> None:
    """Two amounts no rule names get the group's most specific shared word, never a word the
    sentences write only with a capital (the body that told them)."""
    measures = _story_measures(
        pipeline,
        "A chlorine tank burst at the Orlen works on Friday. The Aldous Ministry estimated that about 2 tonnes "
        "of chlorine leaked from the tank. Chlorine fumes reached two villages. Residents smelled chlorine "
        "for hours, and chlorine traces were found in a stream.",
        "Chlorine leaked from a tank at the Orlen works. The Aldous Ministry said some 2,000 kilograms of "
        "chlorine leaked from the tank overnight. Chlorine is used to make plastics. Chlorine gas sent nine "
        "people to hospital, and chlorine levels fell by morning.")
    assert measures, measures
    assert not any("Aldous" in m or "aldous" in m for m in measures), measures
