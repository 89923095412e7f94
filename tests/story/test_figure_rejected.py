"""A reading its teller rejects (``22 horses had run, not 24 as reported``, ``eight
payments rather than the five listed``): it measures what the amount held to does
(``figure_measure.compared_from``), stays beside it, and conflicts with it
(``figure_marks.rejected``), unless told as the first reports' (``not the 40,000 first
reported``: an update). Invented news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Figure, SpanRef
from newskit.story.figure_label import _pair_label, group_label
from newskit.story.figure_marks import first_report, rejected, rejected_own
from newskit.story.figures import article_figures
from tests.story.helpers import article_measures, figures_by_measure, sentence_figure

_CALM = "The weather was calm on Sunday, the forecaster said."


@pytest.mark.parametrize(("text", "held", "other"), [
    ("The organisers said 22 boats had started the race, not 24 as reported.", "22", "24"),
    ("The audit found 14 clinics had been involved, not 11 as stated by the ministry.", "14", "11"),
    ("The fault affected 62,000 households, not the 40,000 first reported, the utility said.", "62,000", "40,000"),
])
def test_the_rejected_reading_measures_what_the_amount_held_to_does(pipeline: Pipeline, text: str, held: str,
                                                                    other: str) -> None:
    measures = article_measures(pipeline, text)
    assert measures[other] == measures[held]


def test_no_measure_is_taken_from_an_amount_no_rule_named(pipeline: Pipeline) -> None:
    """``died`` names both: the rejected reading keeps the measure its own clause gives."""
    measures = article_measures(pipeline, "Three firefighters, not two, died in the blaze, the union said.")
    assert measures["two"] == "deaths"


def test_one_article_rejecting_a_reading_is_a_conflict(pipeline: Pipeline) -> None:
    found = figures_by_measure(pipeline, "The organisers said 22 boats had started the race, not 24 as reported.", _CALM)
    assert ("conflicting", {"22", "24"}) in found.values()


def test_a_rejected_first_report_is_an_update(pipeline: Pipeline) -> None:
    found = figures_by_measure(
        pipeline, "The fault affected 62,000 households, not the 40,000 first reported, the utility said.", _CALM)
    assert ("updated", {"62,000", "40,000"}) in found.values()


@pytest.mark.parametrize(("text", "amount", "first"), [
    ("Six people, not five as first reported, were on board the plane.", "five", True),
    ("The course said 22 horses had run, not 24 as reported.", "24", False),
    ("The suspect was 31, not 34 as initially reported by police.", "34", False),
])
def test_a_reading_rejected_as_the_first_reports(text: str, amount: str, first: bool) -> None:
    f = sentence_figure(text, amount, 1)
    assert rejected(f)
    assert first_report(f) is first


def _figure_at(text: str, start: int, amount: str, value: int) -> Figure:
    return Figure(article="a1", measure="boats", value=value, source="organisers", stated="2026-03-02T10:00",
                  ref=SpanRef(article="a1", start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article="a1", start=0, end=len(text), text=text))


_UNROUND = st.integers(1, 500).filter(lambda n: n % 5 != 0)


@settings(max_examples=30, deadline=None)
@given(_UNROUND, _UNROUND, st.booleans())
def test_a_rejected_reading_conflicts_with_any_differing_count(held: int, other: int, first: bool) -> None:
    """Unless told as the first reports' (an update), whatever the two counts.

    Round counts are read within their rounding ("500" holds 499: consistent), so the
    property keeps to counts that are not round.
    """
    if held == other:
        return
    head = f"The organisers said {held} boats had started, not "
    text = head + f"{other} {'as first reported' if first else 'as reported'}."
    a = _figure_at(text, len("The organisers said "), str(held), held)
    b = _figure_at(text, len(head), str(other), other)
    assert rejected(b) and not rejected(a)
    assert _pair_label(a, b, "fixed", "boats") == ("updated" if first else "conflicting")


def _loose_measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    """Each amount of one article -> its measure, the unnamed ones (``?``) kept, as the story reads them."""
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-06-02"}))
    return {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref}


@pytest.mark.parametrize(("text", "held", "measure"), [
    ("Three firefighters, not two, died in the blaze, the union said.", "Three", "deaths"),
    ("Six climbers, not five as first reported, were on board the cable car.", "Six", "people on board"),
])
def test_the_held_amount_takes_the_measure_its_rejected_reading_is_named_by(pipeline: Pipeline, text: str, held: str,
                                                                           measure: str) -> None:
    assert _loose_measures(pipeline, text)[held] == measure


def test_a_verb_of_telling_names_no_measure_of_the_held_amount(pipeline: Pipeline) -> None:
    measures = _loose_measures(pipeline, "The files describe six separate payments, not the four mentioned in the charge.")
    assert measures["six"] == "?"


@pytest.mark.parametrize(("text", "amount", "own"), [
    ("The insurer said 3,400 claims had been filed, not the 2,100 it reported on Monday.", "2,100", True),
    ("The charity now counts 58 shelters, rather than the 41 they had announced.", "41", True),
    ("The course said 22 horses had run, not 24 as reported.", "24", False),
    ("The insurer said 3,400 claims had been filed, not the 2,100 the regulator reported.", "2,100", False),
    # "as" with the teller's pronoun: its own earlier figure; "as" with another teller or none: a rival's
    ("The airline said 31 flights were cancelled, not 19 as it had said a day earlier.", "19", True),
    ("The museum said 412 objects were on loan, rather than 380 as they announced in May.", "380", True),
    ("The airline said 31 flights were cancelled, not 19 as the union had said.", "19", False),
    ("The airline said 31 flights were cancelled, not 19 as had been said.", "19", False),
])
def test_a_reading_rejected_as_its_tellers_own_earlier_one(text: str, amount: str, own: bool) -> None:
    f = sentence_figure(text, amount, 1)
    assert rejected(f)
    assert rejected_own(f) is own


def test_a_reading_its_teller_rejects_as_its_own_earlier_one_is_updated_by_the_new_count() -> None:
    """The insurer's ``2,100`` told on Monday, and on Wednesday ``3,400, not the 2,100 it
    reported on Monday``: the insurer revised its own count, no rival reading of it."""
    text = "The insurer said 3,400 claims had been filed, not the 2,100 it reported on Monday."
    monday = sentence_figure("The insurer said 2,100 claims had been filed.", "2,100", 2100, unit="claim",
                             article="a1", source="insurer", stated="2026-03-02T10:00")
    new = sentence_figure(text, "3,400", 3400, unit="claim", article="a2", source="insurer", stated="2026-03-04T10:00")
    old = sentence_figure(text, "2,100", 2100, unit="claim", article="a2", source="insurer", stated="2026-03-04T10:00")
    assert _pair_label(new, old, "happened") == "updated"
    assert group_label([monday, new, old], "happened") == "updated"
    rival = sentence_figure(text.replace("it reported", "the regulator reported"), "2,100", 2100, unit="claim",
                            article="a2", source="insurer", stated="2026-03-04T10:00")
    assert _pair_label(new, rival, "happened") == "conflicting"


def test_a_reading_rejected_as_what_its_teller_had_said_is_updated_by_the_new_count() -> None:
    """The operator's ``19`` on Monday, and on Tuesday ``31, not 19 as it had said a day
    earlier``: ``as`` with the teller's pronoun tells the rejected reading as its own."""
    text = "The operator said 31 flights were cancelled on Monday, not 19 as it had said a day earlier."
    monday = sentence_figure("The operator said 19 flights were cancelled.", "19", 19, unit="flight",
                             article="a1", source="operator", stated="2026-03-02T18:00")
    new = sentence_figure(text, "31", 31, unit="flight", article="a2", source="operator", stated="2026-03-03T10:00")
    old = sentence_figure(text, "19", 19, unit="flight", article="a2", source="operator", stated="2026-03-03T10:00")
    assert rejected_own(old)
    assert _pair_label(new, old, "happened") == "updated"
    assert group_label([monday, new, old], "happened") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["it", "they", "we"]), st.sampled_from(["", "had "]),
       st.sampled_from(["said", "reported", "announced", "estimated"]), st.integers(2, 900))
def test_as_and_the_tellers_pronoun_tell_its_own_earlier_reading(pronoun: str, had: str, verb: str, n: int) -> None:
    """``not N as it had said``: the teller's own; without the pronoun (``not N as had been
    said``) the same words name no teller."""
    text = f"The board said {n + 7} trains were late, not {n} as {pronoun} {had}{verb} on Monday."
    assert rejected_own(sentence_figure(text, str(n), 1))
    assert not rejected_own(sentence_figure(text.replace(f"as {pronoun} {had}", "as had been "), str(n), 1))
