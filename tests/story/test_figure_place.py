"""Session 10: where a count holds (``figure_place``). A story that breaks a count down by
place tells one measure per place and a total for all; one place named after a count (where
it happened) splits nothing. Sentences of kinds of news other than the airbag recall where
the error was seen: an airline strike, a power cut, a bank outage."""

from __future__ import annotations

from functools import partial

from newskit import Pipeline
from tests.story.helpers import labelled_amounts

#: (label, amounts) of each figures finding of the story of the texts, one outlet each
_findings = partial(labelled_amounts, stamp="2026-06-0{n}T10:00")


def test_a_count_broken_down_by_place_is_one_measure_per_place(pipeline: Pipeline) -> None:
    """``about 1.1 million customers in Britain, about 300,000 in Ireland``: Britain's count is
    compared with another outlet's count for Britain, never with the total of all places."""
    got = _findings(pipeline,
                    "The outage hit about 1.6 million customers, including about 1.1 million customers in "
                    "Britain and about 300,000 in Ireland, the bank said.",
                    "The regulator said 1,240,000 customers in Britain were affected by the outage.",
                    "The bank later said the outage had hit 1.9 million customers.")
    assert any({"about 1.1 million", "1,240,000"} <= amounts for _, amounts in got), got
    assert any({"about 1.6 million", "1.9 million"} <= amounts for _, amounts in got), got
    assert not any({"1,240,000", "1.9 million"} <= amounts for _, amounts in got), got


def test_a_member_of_a_list_told_without_its_noun_counts_what_the_first_counts(pipeline: Pipeline) -> None:
    """``about 800 flights in Germany, 450 in France``: 450 counts flights in France."""
    got = _findings(pipeline,
                    "The strike grounded about 800 flights in Germany, 450 in France and 200 in Spain.",
                    "Unions said 520 flights in France were grounded on Thursday.")
    assert any({"450", "520"} <= amounts for _, amounts in got), got


def test_one_place_after_a_count_splits_nothing(pipeline: Pipeline) -> None:
    """``40,000 homes in Leeds`` is where the power cut happened: still one count with ``about
    55,000 homes`` in another outlet."""
    got = _findings(pipeline,
                    "The storm cut power to 40,000 homes in Leeds on Monday, the grid operator said.",
                    "About 55,000 homes lost power during the storm, the operator said on Tuesday.")
    assert any({"40,000", "About 55,000"} <= amounts for _, amounts in got), got
