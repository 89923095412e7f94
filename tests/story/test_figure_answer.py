"""Session 10: an amount another source gives, in the same article, for the figure just told
(``figure_answer``). Sentences of kinds of news other than the port strike, ransom, blackout
and hospital stories where the error was seen: crop losses after a frost, a school closure,
a festival."""

from __future__ import annotations

from functools import partial

from newskit import Pipeline
from tests.story.helpers import labelled_amounts

#: (label, amounts) of each figures finding of the story of the texts, one outlet each
_findings = partial(labelled_amounts, stamp="2026-06-0{n}T10:00")


def test_put_the_figure_at_answers_the_amount_before_it(pipeline: Pipeline) -> None:
    """``The farmers' union said the frost destroyed 4,000 hectares of vineyards. The agriculture
    ministry put the figure at about 2,500 hectares``: one measure, two sources, conflicting."""
    got = _findings(pipeline,
                    "The farmers' union said the late frost had destroyed 4,000 hectares of vineyards in the "
                    "valley. The agriculture ministry put the figure at about 2,500 hectares.")
    assert ("conflicting", {"4,000 hectares", "about 2,500 hectares"}) in got, got


def test_a_measure_named_by_its_own_noun_is_no_answer(pipeline: Pipeline) -> None:
    """``The flood reached 3 metres in the square ... engineers put the depth of the new channel
    at 5 metres``: the object of ``put ... at`` names a measure of its own (a reservoir, not
    the sinkhole where it was seen)."""
    got = _findings(pipeline,
                    "Engineers said the reservoir had risen by 3 metres overnight. The water board put the "
                    "depth of the new overflow channel at 5 metres.")
    assert not any({"3 metres", "5 metres"} <= amounts for _, amounts in got), got


def test_the_figure_answers_the_amount_before_it(pipeline: Pipeline) -> None:
    """``The council said 14 schools would close. The teachers' union said the figure was wrong
    and that 22 schools would close``."""
    got = _findings(pipeline,
                    "The council said 14 schools would close at the end of the year because of falling "
                    "rolls. Teachers' union leader Anna Berg said the figure was wrong and that 22 schools "
                    "would close.")
    assert any({"14", "22"} <= amounts for _, amounts in got), got


def test_one_source_giving_a_figure_twice_is_no_answer(pipeline: Pipeline) -> None:
    """``Organisers said 30,000 tickets were sold on Friday ... they put the number of visitors
    at 45,000``: one source's two measures, not an answer."""
    got = _findings(pipeline,
                    "Organisers said 30,000 tickets had been sold by Friday. On Sunday organisers put the "
                    "number of visitors at 45,000.")
    assert not any({"30,000", "45,000"} <= amounts for _, amounts in got), got
