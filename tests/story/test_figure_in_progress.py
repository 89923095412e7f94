"""A count told as it stood at a moment, still in progress, moves on: a later count above all it
allows is that count grown, whoever tells it (session 60, issue #10). Two ways of telling such a
count: by the moment it stood at (``Ticket sales had reached 2,000 by this morning``:
``figure_marks.snapshot``), so a later estimate that day is no rival reading of it
(``figure_label.rival_estimate``); and by its teller saying it will grow (``the toll was likely
to rise``: ``figure_marks.provisional``), so a later count that day is no rival count of one
finished moment (``figure_moment.one_moment``). Invented sentences of news other than the
stories where the kinds were seen: a festival's ticket sales, a chemical blast's injured, a
storm's damage, a strike's cancelled trains."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_data import figure_rules
from newskit.story.figure_label import group_label, rival_estimate
from newskit.story.figure_marks import provisional, snapshot
from tests.story.helpers import sentence_figure

_MORNING = "Ticket sales had reached 2,000 by this morning, the festival's director said."
_PLAIN = "Ticket sales had reached 2,000, the festival's director said."
_EVENING = "The organisers said more than 3,400 tickets had been sold by 8pm today, the first day of sales."


def _tickets(text: str, amount: str, value: int, article: str, source: str, stated: str,
             approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, measure="number of tickets [sold]", article=article,
                           source=source, stated=stated)


def _sales(first: str) -> list[Figure]:
    return [_tickets(first, "2,000", 2000, "local", "festival director", "2026-06-05T09:00"),
            _tickets(_EVENING, "more than 3,400", 3400, "wire", "organisers", "2026-06-05T21:00", approx="over")]


def test_a_later_estimate_that_day_grows_a_count_told_as_it_stood_at_a_moment() -> None:
    early, late = _sales(_MORNING)
    assert snapshot(early)
    assert not rival_estimate(early, late)
    assert group_label(_sales(_MORNING), "happened", "number of tickets [sold]") == "updated"


def test_without_its_moment_the_same_count_and_another_teller_s_estimate_that_day_conflict() -> None:
    early, late = _sales(_PLAIN)
    assert rival_estimate(early, late)
    assert group_label(_sales(_PLAIN), "happened", "number of tickets [sold]") == "conflicting"


def test_a_lower_estimate_after_a_count_at_a_moment_is_still_a_rival_s() -> None:
    """A count in progress does not fall: another teller's lower figure that day disputes it."""
    early = _tickets(_MORNING, "2,000", 2000, "local", "festival director", "2026-06-05T09:00")
    text = "Resellers said only about 1,500 tickets had been sold."
    late = _tickets(text, "about 1,500", 1500, "wire", "resellers", "2026-06-05T21:00", approx="about")
    assert rival_estimate(early, late)


_HURT = "Officials said more than 30 people had been injured in the blast and that the toll was likely to rise."
_HURT_PLAIN = "Officials said more than 30 people had been injured in the blast at the fertiliser plant."
_HOSPITAL = "At least 70 people were injured, the director of the district hospital said."


def _injured(first: str) -> list[Figure]:
    return [sentence_figure(first, "more than 30", 30, approx="over", measure="injured", article="wire",
                            source="officials", stated="2026-09-14T10:00"),
            sentence_figure(_HOSPITAL, "At least 70", 70, approx="over", measure="injured", article="daily",
                            source="hospital director", stated="2026-09-14T20:00")]


def test_a_count_its_teller_says_will_rise_is_provisional() -> None:
    assert provisional(sentence_figure(_HURT, "more than 30", 30, approx="over"))
    text = "The farmers' union put losses at about $2 million, and said the figure could grow once fields were inspected."
    assert provisional(sentence_figure(text, "about $2 million", 2, approx="about"))
    text = "Forty-one trains have been cancelled so far, and the number is expected to rise on Friday, the operator said."
    assert provisional(sentence_figure(text, "Forty-one", 41))


def test_another_count_named_after_it_or_a_number_between_is_not_the_amount_s() -> None:
    text = "Six people were still missing, and the number of victims could rise, the minister said."
    assert not provisional(sentence_figure(text, "Six", 6))
    text = "More than 30 people were hurt, 4 of them seriously, and the toll was likely to rise."
    assert not provisional(sentence_figure(text, "More than 30", 30, approx="over"))
    text = "Rents would rise by 9 percent next year, the mayor said."
    assert not provisional(sentence_figure(text, "9 percent", 9, unit="percent"))


def test_a_provisional_count_is_updated_by_a_later_count_that_day() -> None:
    assert group_label(_injured(_HURT), "rising", "injured") == "updated"


def test_told_as_a_finished_event_s_count_another_source_s_count_that_day_conflicts() -> None:
    assert group_label(_injured(_HURT_PLAIN), "rising", "injured") == "conflicting"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(figure_rules()["provisional_nouns"]), st.sampled_from(figure_rules()["provisional_modals"]),
       st.sampled_from(figure_rules()["provisional_verbs"]), st.integers(min_value=2, max_value=90000))
def test_a_bare_count_noun_that_will_rise_marks_the_amount_before_it_and_one_with_an_object_does_not(
        noun: str, modal: str, verb: str, value: int) -> None:
    amount = f"{value:,}"
    text = f"Officials said {amount} homes had been damaged, and that the {noun} {modal} {verb} as teams reached the hills."
    assert provisional(sentence_figure(text, amount, value))
    other = f"Officials said {amount} homes had been damaged, and that the {noun} of dead {modal} {verb} as teams reached the hills."
    assert not provisional(sentence_figure(other, amount, value))
