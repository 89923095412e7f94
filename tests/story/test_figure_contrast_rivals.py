"""Session 47: an amount an outlet sets above or below a rival's count it gives no number for
(``figure_contrast.contrast_side``) joins its likeliest rival as two readings of one measure
(``figure_model.contrast_rivals``), though one article tells both readings and though they
lie beyond ``close_ratio``. Invented sentences of kinds of news other than the sets measured
on: a ferry terminal's stranded cars, a marathon's runners, a clinic's patients."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_model import contrast_rivals, join_by_model, load_model
from newskit.story.figure_story import StoryUnits
from newskit.story.figures import named_groups
from tests.story.helpers import outlet_figures


def _figures(pipeline: Pipeline, texts: tuple[str, ...]) -> list[Figure]:
    return outlet_figures(pipeline, texts)


def _groups(pipeline: Pipeline, texts: tuple[str, ...]) -> list[set[tuple[str, str]]]:
    groups, loose = named_groups(_figures(pipeline, texts))
    join_by_model(groups, loose)
    return [{(f.article, f.ref.text) for f in g if f.ref} for g in groups.values()]


def _rivals(pipeline: Pipeline, texts: tuple[str, ...]) -> list[tuple[float, int, int]]:
    groups, loose = named_groups(_figures(pipeline, texts))
    model = load_model()
    return contrast_rivals(StoryUnits(groups, loose, model.limits), model)


def test_the_rival_one_article_tells_too_joins(pipeline: Pipeline) -> None:
    """The ferry company's count is set below the drivers' own, which the article gives a
    sentence later and another outlet restates: the two readings' groups share an article."""
    told = _groups(pipeline, (
        "The ferry company said about 140 cars were stranded at the terminal, far fewer than the number given by "
        "the drivers' association. The drivers' association says more than 400 cars were stranded.",
        "The drivers' association said more than 400 cars were stranded at the terminal on Friday.",
    ))
    assert any({("a0", "about 140"), ("a0", "more than 400"), ("a1", "more than 400")} <= g for g in told), told


def test_the_rival_beyond_close_ratio_joins(pipeline: Pipeline) -> None:
    told = _groups(pipeline, (
        "Organisers said 9,000 runners took part in the marathon, far more than the stewards' estimate.",
        "Stewards counted about 2,000 runners at the start of the marathon on Sunday.",
    ))
    assert any({("a0", "9,000"), ("a1", "about 2,000")} <= g for g in told), told


def test_a_contrast_two_amounts_could_own_names_no_rival(pipeline: Pipeline) -> None:
    police = "Police counted 25 casualties at the scene."
    assert _rivals(pipeline, ("The clinic said about 60 people had been treated after the gas leak, a higher figure "
                              "than the one given by police.", police))
    assert not _rivals(pipeline, ("The clinic said about 60 people had been treated at two hospitals, a higher "
                                  "figure than the one given by police.", police))


def test_no_rival_on_the_side_named_joins_nothing(pipeline: Pipeline) -> None:
    assert not _rivals(pipeline, ("Organisers said 9,000 runners took part, far more than the stewards' estimate.",
                                  "Stewards counted about 12,000 runners at the start."))
