"""Issue #10: a count of what happens in an ordinary period (``Floods kill about 25 people
in Valdoria in an average year``) is a yardstick, no reading of the story's own toll
(``figure_habitual``). Invented sentences, not the story sets'."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-01T10:00"}))
    return {f.ref.text: f.measure for f in article_figures(analysis) if f.ref is not None}


def _tolls(pipeline: Pipeline, texts: list[str]) -> list[str]:
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    return [f.summary for f in story.conflicts if f.type == "figures" and f.summary.startswith("Deaths")]


def test_an_ordinary_period_after_the_count_makes_it_a_rate(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "Lightning kills about 30 people in the country in a normal summer.")
    assert measures.get("about 30") == "deaths per summer", measures


def test_an_ordinary_period_opening_the_sentence_makes_it_a_rate(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "In a typical year, about 15 people are killed by storms in the region.")
    assert measures.get("about 15") == "deaths per year", measures


def test_another_clause_keeps_its_own_count(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "About 30 people died in the storm, while lightning kills five people "
                                   "in an average summer.")
    assert measures.get("About 30") == "deaths", measures
    assert measures.get("five") == "deaths per summer", measures


def test_the_average_years_toll_is_no_reading_of_this_floods(pipeline: Pipeline) -> None:
    found = _tolls(pipeline, [
        "Floods have killed 23 people in Valdoria since October, officials said.",
        "Floods kill about 25 people in Valdoria in an average year, according to the weather service. "
        "Officials said 23 people had died since October."])
    assert all("about 25" not in f for f in found), found


def test_the_typical_years_toll_is_no_reading_of_this_storms(pipeline: Pipeline) -> None:
    found = _tolls(pipeline, [
        "A storm in the Tarn valley has killed 14 people this week, the regional government said.",
        "In a typical year, about 15 people are killed by storms in the region. "
        "The storm that hit the Tarn valley killed 14 people."])
    assert all("about 15" not in f for f in found), found
