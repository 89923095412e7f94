"""Issue #10: an aftershock's magnitude is another event's, not a rival reading of the
quake's (``A magnitude 5.1 aftershock rattled the valley`` against another agency's
``magnitude 6.3``). Which event a magnitude belongs to is the nearest event noun, after it
or before it in its sentence. Invented sentences, not the story sets'."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-01T10:00"}))
    return {f.ref.text: f.measure for f in article_figures(analysis) if f.ref is not None}


def test_an_aftershock_named_after_its_magnitude_is_no_figure(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "A magnitude 5.1 aftershock rattled the valley on Tuesday.")
    assert "5.1" not in measures, measures


def test_the_strongest_of_the_aftershocks_is_no_figure(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "Dozens of aftershocks followed overnight, the largest of magnitude 4.6.")
    assert "4.6" not in measures, measures


def test_the_quake_named_last_keeps_its_magnitude(pipeline: Pipeline) -> None:
    """``aftershocks`` stands earlier in the sentence; ``the quake`` is nearer."""
    measures = _measures(pipeline, "Seismologists counted 40 aftershocks after the quake, "
                                   "which they measured at magnitude 6.3.")
    assert measures.get("6.3") == "magnitude", measures


def test_a_quake_named_after_its_magnitude_keeps_it(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The magnitude 6.3 earthquake struck at dawn.")
    assert measures.get("6.3") == "magnitude", measures


def test_an_aftershock_is_no_rival_of_the_quakes_magnitude(pipeline: Pipeline) -> None:
    texts = ["The national institute measured the earthquake at magnitude 6.3.",
             "The geological survey put the quake's magnitude at 6.5. "
             "A magnitude 5.1 aftershock rattled the valley on Tuesday."]
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    magnitudes = [f for f in story.conflicts if f.type == "figures" and f.summary.startswith("Magnitude")]
    assert magnitudes, story.conflicts
    assert all("5.1" not in f.summary for f in magnitudes), magnitudes


def test_a_tremor_named_as_the_strongest_aftershock_is_no_figure(pipeline: Pipeline) -> None:
    """The apposition after ``aftershocks`` names one of them, though ``tremor`` follows."""
    measures = _measures(pipeline, "The earthquake was followed by scores of aftershocks, "
                                   "the strongest a magnitude 5.6 tremor on Friday.")
    assert "5.6" not in measures, measures


def test_a_quake_after_aftershocks_without_a_superlative_keeps_its_magnitude(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "After weeks of small aftershocks, a magnitude 6.1 earthquake struck the coast.")
    assert measures.get("6.1") == "magnitude", measures


def test_the_strongest_aftershock_is_no_rival_of_the_quakes_magnitude(pipeline: Pipeline) -> None:
    texts = ["The national institute measured the earthquake at magnitude 6.3.",
             "The geological survey put the quake's magnitude at 6.5. It was followed by dozens of "
             "aftershocks, the strongest a magnitude 5.4 tremor on Sunday."]
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    magnitudes = [f for f in story.conflicts if f.type == "figures" and f.summary.startswith("Magnitude")]
    assert magnitudes, story.conflicts
    assert all("5.4" not in f.summary for f in magnitudes), magnitudes
