"""A figure group named by a verb's light stem shows the verb as the story writes it
(story/figure_story.py ``StoryUnits.shown``): "Money (received)", never "Money (receiv)",
whether the join or the measure rules named the group. Stories written for these tests."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import story_of


def test_a_sum_named_by_its_verb_shows_the_verb_as_written(pipeline: Pipeline) -> None:
    arts = [
        {"id": "a", "source": "Daily", "published": "2026-03-02T10:00", "title": "Clerk held over bribes",
         "text": "Police arrested a tax clerk in Varna on Monday. Prosecutors say he received €48,500 in cash "
                 "from three builders."},
        {"id": "b", "source": "Wire", "published": "2026-03-03T10:00", "title": "Varna tax clerk in custody",
         "text": "A tax clerk arrested in Varna on Monday received nearly 50,000 euros in cash from builders, "
                 "prosecutors said."},
    ]
    summaries = [f.summary for f in story_of(pipeline, arts).conflicts if f.type == "figures"]
    assert summaries, "no figures finding"
    assert not any("receiv)" in s for s in summaries), summaries


def test_a_day_the_amounts_were_told_on_names_no_measure(pipeline: Pipeline) -> None:
    """Session 46: "Duration (Tuesday)" named the years a smelter ran after the day both
    outlets told it closed."""
    arts = [
        {"id": "a", "source": "Daily", "published": "2026-06-30T10:00", "title": "Velka smelter shuts",
         "text": "The Velka smelter closed on Tuesday after 58 years."},
        {"id": "b", "source": "Wire", "published": "2026-07-01T10:00", "title": "End of an era in Dorn",
         "text": "Furnaces at the Dorn plant went cold on Tuesday after almost six decades."},
    ]
    summaries = [f.summary for f in story_of(pipeline, arts).conflicts if f.type == "figures"]
    assert summaries, "no figures finding"
    assert not any("Tuesday)" in s for s in summaries), summaries
