"""Session 17: what a span of time is the length of (figure_duration), and the pairwise
model's ``same_happening`` feature that reads it.

Two outlets' durations are one measure when they time one happening. Sentences of kinds of
news other than the sets measured on: a parliamentary filibuster, a labour negotiation, a
satellite launch, a concert halted, a motorway closure, a court's deliberation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story.figure_duration import _family, frame_words
from newskit.story.figure_model import FEATURES, StoryAmounts, join_by_model
from newskit.story.figure_story import StoryUnits
from newskit.story.figures import article_figures, named_groups


def _frame(sentence: str, amount: str) -> frozenset[str]:
    start = sentence.index(amount)
    return frame_words(sentence, start, start + len(amount))


def test_the_subject_of_a_verb_of_lasting_is_the_happening() -> None:
    assert _family("filibuster") in _frame("The senator's filibuster lasted nearly 25 hours, a record.", "nearly 25 hours")


def test_an_of_phrase_after_the_span_names_the_happening() -> None:
    assert _family("negotiations") in _frame("The deal came after 36 hours of negotiations at the ministry.", "36 hours")


def test_a_noun_the_span_is_the_of_complement_of_is_the_happening() -> None:
    assert _family("blockade") in _frame("Farmers lifted a blockade of almost three days on Friday.", "almost three days")


def test_a_span_counted_from_an_event_reads_only_that_event() -> None:
    """``40 seconds after liftoff``: the span is counted from the launch, whatever the
    clause before says."""
    got = _frame("The engine cut out about 40 seconds after liftoff, the agency said.", "about 40 seconds")
    assert got == frozenset({_family("liftoff")}), got


def test_words_that_only_say_a_span_and_names_are_no_happening() -> None:
    """``for``, ``spent``, hedges and a capitalised name inside the sentence tell nothing of
    what is timed."""
    got = _frame("The fans spent almost two hours in the queue outside Wembley.", "almost two hours")
    assert got == frozenset({_family("fans")}), got
    assert not any(w.startswith("wembley") for w in _frame("The gig at Wembley stopped for 15 minutes.",
                                                         "15 minutes")), "a name is the story's, not the happening's"


def test_a_clause_break_ends_the_words_read_before_the_span() -> None:
    """``..., and the motorway stayed shut for 12 hours``: the crash before the comma is
    another clause's."""
    got = _frame("A lorry overturned near the junction, and the motorway was shut for 12 hours.", "12 hours")
    assert _family("motorway") in got and _family("lorry") not in got, got


@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), max_size=80),
       st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), max_size=80))
def test_the_frame_is_read_for_any_text_and_is_lower_case(before: str, after: str) -> None:
    """Any sentence around a span gives a set of lower-case families, never an error."""
    sentence = before + "three hours" + after
    got = frame_words(sentence, len(before), len(before) + len("three hours"))
    assert all(w == w.lower() for w in got)


def _first_figures(pipeline: Pipeline, *texts: str) -> tuple[StoryAmounts, Figure, Figure]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2025-03-0{i + 1}", "source": f"Outlet {i}"})
            for i, t in enumerate(texts)]
    figs = [f for a in arts for f in article_figures(pipeline.run(a), f"Outlet {a.id}", loose=True)]
    groups, loose = named_groups(figs)
    amounts = StoryAmounts(StoryUnits(groups, loose))
    a, b = (next(f for f in amounts.units.story if f.article == art) for art in ("a0", "a1"))
    return amounts, a, b


@pytest.mark.parametrize(("other", "same"), [
    ("After deliberating for about nine hours, the jury convicted him on all counts.", 1.0),
    ("The judge adjourned the case for about nine days, lawyers said.", 0.0),
])
def test_the_model_reads_whether_two_durations_time_one_happening(pipeline: Pipeline, other: str,
                                                                  same: float) -> None:
    """The jury's deliberation told twice (``deliberated for 11 hours`` / ``after
    deliberating for about nine hours``) is one happening; an adjournment's length is another."""
    amounts, a, b = _first_figures(pipeline, "The jury deliberated for 11 hours over two days.", other)
    row = dict(zip(FEATURES, amounts.features(a, b), strict=True))
    assert row["duration"] == 1.0 and row["same_happening"] == same, (row, a, b)


def test_a_relative_clause_of_no_content_word_is_its_noun_s() -> None:
    """``ended a search that lasted five days``: the words before the span in its clause
    (``that lasted``) only say "a span"; the noun before the relative is what is timed."""
    assert _family("search") in _frame("Divers ended a search that lasted five days.", "five days")


def test_a_span_written_as_an_adjective_times_the_noun_after_it() -> None:
    """``a 72-hour walkout``, ``a three-day vigil``: the span describes the noun it stands
    before, the happening another outlet's ``the walkout lasted three days`` times."""
    assert _family("walkout") in _frame("Dockers began a 72-hour walkout on Monday.", "72-hour")
    assert _family("vigil") in _frame("Residents held a three-day vigil outside the plant.", "three-day")


def test_two_spans_of_one_happening_join_whatever_their_gap(pipeline: Pipeline) -> None:
    """``the ferry strike lasted two days`` / ``the strike had run for five days``: two
    outlets' spans of one happening are one measure, though the fitted weights hold their
    gap against them (``figure_model.one_happening``)."""
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2025-03-0{i + 1}", "source": f"Outlet {i}"})
            for i, t in enumerate(("The ferry strike lasted two days, the company said.",
                                   "Unions said the strike had run for five days when talks resumed."))]
    figs = [f for a in arts for f in article_figures(pipeline.run(a), f"Outlet {a.id}", loose=True)]
    groups, loose = named_groups(figs)
    join_by_model(groups, loose)
    assert any({f.ref.text for f in g if f.ref} == {"two days", "five days"} for g in groups.values()), groups
