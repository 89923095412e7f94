"""Session 45: an outlet that sets its amount above or below another teller's count names the
side the rival lies on (``figure_contrast.contrast_side``), and the join pairs it with the
story's likeliest rival on that side (``figure_model.rival_pairs``). Invented sentences of
kinds of news other than the sets measured on: a harbour's moored yachts, a library's
borrowers, a hillside fire's hectares, a choir festival's singers."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_contrast import contrast_side
from newskit.story.figure_model import join_by_model
from newskit.story.figures import named_groups
from tests.story.helpers import outlet_figures


def _figures(pipeline: Pipeline, texts: tuple[str, ...]) -> list[Figure]:
    return outlet_figures(pipeline, texts, "2025-05-0{n}")


def _side(pipeline: Pipeline, sentence: str, amount: str) -> int:
    figs = [f for f in _figures(pipeline, (sentence,)) if f.ref is not None and f.ref.text == amount]
    assert figs, _figures(pipeline, (sentence,))
    return contrast_side(figs[0])


def test_a_comparative_above_another_s_count_is_above(pipeline: Pipeline) -> None:
    assert _side(pipeline, "The choir union said 2,600 singers took part, far more than the figure given by the council.",
                 "2,600") == 1
    assert _side(pipeline, "Firefighters said 640 hectares had burned, double the figure published by the ministry.",
                 "640 hectares") == 1


def test_a_comparative_below_another_s_count_is_below(pipeline: Pipeline) -> None:
    assert _side(pipeline, "The library said 310 borrowers were affected, a lower figure than the one given by the union.",
                 "310") == -1


def test_a_difference_a_plain_amount_or_a_sideless_contrast_names_no_side(pipeline: Pipeline) -> None:
    """``two more than the number given by police``: the two is how far apart the counts are."""
    assert _side(pipeline, "Wardens said 14 yachts broke loose, two more than the number given by the harbour office.",
                 "two") == 0
    assert _side(pipeline, "Wardens said 14 yachts broke loose in the night.", "14") == 0
    assert _side(pipeline, "Wardens said 14 yachts broke loose, not 12.", "14") == 0


def test_an_amount_set_against_a_rival_joins_the_rival_on_its_side(pipeline: Pipeline) -> None:
    """The rival is told in other words by another outlet (``put attendance at``): the
    fitted weights alone leave the two apart, the contrast joins them."""
    figs = _figures(pipeline, (
        "Organisers of the choir festival said 2,600 singers took part on Sunday, far more than the council's estimate.",
        "The council put attendance at the weekend festival at about 1,100.",
    ))
    groups, loose = named_groups(figs)
    join_by_model(groups, loose)
    told = [{f.ref.text for f in g if f.ref} for g in groups.values()]
    assert {"2,600", "about 1,100"} in told, told
