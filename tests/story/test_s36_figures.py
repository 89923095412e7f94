"""Issue #10, session 36: the pairwise join's weights refitted with the rival readings the
open-gap reach admits (``figure_story.open_bound``, ``bound_reach``).

The weights shipped before were fitted when no pair beyond ``close_ratio`` was a training
row, so they weighed a ratio as if it always meant two measures; two outlets' rival counts
of one happening, one a lower bound three times the other's estimate, fell short of the
threshold even where both are the first count of their article and of one verb.

Sentences from a wildfire among beehives: not the story sets."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_model import FEATURES, StoryAmounts, join_by_model, load_model
from newskit.story.figure_story import StoryUnits
from newskit.story.figures import named_groups
from tests.story.helpers import outlet_figures


def _figures(pipeline: Pipeline, *texts: str) -> list[Figure]:
    return outlet_figures(pipeline, texts)


def _joined(pipeline: Pipeline, *texts: str) -> list[list[str]]:
    """Groups of two or more amounts under the shipped weights."""
    groups, loose = named_groups(_figures(pipeline, *texts))
    join_by_model(groups, loose, load_model())
    return sorted(sorted(f.ref.text for f in figs if f.ref) for figs in groups.values() if len(figs) > 1)


def test_rival_counts_with_an_open_gap_join_under_the_shipped_weights(pipeline: Pipeline) -> None:
    """``about 300`` beehives (the ministry) / ``more than 1,000`` hives (the beekeepers)."""
    joined = _joined(
        pipeline,
        "On Tuesday the ministry said about 300 beehives had burned in the wildfire near the village of Ostra. "
        "Last year 50 beehives were stolen in the province.",
        "Beekeepers in the valley said on Wednesday that more than 1,000 of their hives had burned in the wildfire "
        "near Ostra. Thieves took 20 beehives in the spring.")
    assert any({"about 300", "more than 1,000"} <= set(j) for j in joined), joined


def test_counts_of_other_happenings_stay_apart(pipeline: Pipeline) -> None:
    """The hives stolen last year and those taken in the spring are not the burned ones."""
    joined = _joined(
        pipeline,
        "On Tuesday the ministry said about 300 beehives had burned in the wildfire near the village of Ostra. "
        "Last year 50 beehives were stolen in the province.",
        "Beekeepers in the valley said on Wednesday that more than 1,000 of their hives had burned in the wildfire "
        "near Ostra. Thieves took 20 beehives in the spring.")
    assert not any({"about 300", "20"} <= set(j) or {"50", "more than 1,000"} <= set(j) for j in joined), joined


def _row(pipeline: Pipeline, *texts: str) -> dict[str, float]:
    """The feature row (by name) of the first amounts of the story's two articles."""
    groups, loose = named_groups(_figures(pipeline, *texts))
    amounts = StoryAmounts(StoryUnits(groups, loose))
    a, b = (min((f for f in amounts.units.story if f.article == art), key=lambda f: f.ref.start if f.ref else 0)
            for art in ("a0", "a1"))
    return dict(zip(FEATURES, amounts.features(a, b), strict=True))


def test_two_verbs_of_one_synonym_set_name_one_act(pipeline: Pipeline) -> None:
    """``hire`` / ``employ``: no family of the event lists joins them, WordNet's usual senses do."""
    row = _row(pipeline, "The carmaker said it would hire 400 workers at the new battery plant next year.",
               "The battery plant will employ as many as 900 workers, the regional governor said.")
    assert row["same_verb_family"] == 1.0, row


def test_two_verbs_of_other_acts_stay_two(pipeline: Pipeline) -> None:
    row = _row(pipeline, "The carmaker said it would hire 400 workers at the new battery plant next year.",
               "The battery plant will lay off as many as 900 workers, the regional governor said.")
    assert row["same_verb_family"] == 0.0, row


def test_two_sentences_sharing_no_word_are_read_so(pipeline: Pipeline) -> None:
    """``held a line for 14 km`` / ``stretched along 20 km of the ridge``: nothing but the unit
    says the two lengths are one; the weights weigh that apart from a low similarity."""
    row = _row(pipeline, "Crews held the cordon for 3 km on Monday.", "The oil slick stretched along 5 km of the bay.")
    assert row["nothing_shared"] == 1.0, row
    row = _row(pipeline, "The oil slick stretched along 3 km of the bay on Monday.",
               "By Tuesday the slick covered 5 km of the bay, the coastguard said.")
    assert row["nothing_shared"] == 0.0, row
