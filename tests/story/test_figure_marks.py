"""A source revising its own earlier reading (``figure_marks.revises``): the words of a
revision after or before the amount, an earlier reading of someone else's that is no
revision, and the label a revision gives two outlets' amounts. Invented sentences of news
other than the stories where the kind was seen (a thermostat fault, a tornado survey, a
cash machine glitch, an exam leak): a flood, a marathon, a recall, a harbour survey."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from newskit.story.figure_marks import marks_change, revised_apart, revises
from tests.story.helpers import sentence_figure


def _fig(text: str, amount: str, value: int | float, unit: str | None = None, approx: str | None = None,
         article: str = "a1", source: str | None = None, stated: str = "2026-05-04T10:00") -> Figure:
    """One amount of ``text`` as the story reads it."""
    return sentence_figure(text, amount, value, unit=unit, approx=approx, article=article, source=source, stated=stated)


def test_a_multiple_of_its_first_estimate_is_a_revision() -> None:
    text = "The flood damaged 4,300 homes, the regional council said on Friday, nearly double its first estimate."
    assert revises(_fig(text, "4,300", 4300))


def test_more_than_first_reported_is_a_revision() -> None:
    assert revises(_fig("Organisers said 12,400 runners finished, more than first reported.", "12,400", 12400))


def test_an_updated_statement_before_the_amount_is_a_revision() -> None:
    text = "The airline said in an updated statement that 212 flights had been cancelled."
    assert revises(_fig(text, "212", 212))


def test_revising_its_count_revises_the_count_not_a_later_length() -> None:
    text = "Rangers counted 340 seals on the sandbank, revising their first count after flying over the whole 4 km beach."
    assert revises(_fig(text, "340", 340))
    assert not revises(_fig(text, "4 km", 4, "km"))


def test_someone_elses_earlier_reading_is_no_revision() -> None:
    owned = "The ministry put the cost at €80 million, higher than the auditors' first estimate."
    by = "The crater is 40 metres wide, larger than first given by the fire brigade."
    source = "Engineers measured the span at 12 metres, larger than the earlier estimate from surveyors."
    assert not revises(_fig(owned, "€80 million", 80_000_000, "EUR"))
    assert not revises(_fig(by, "40 metres", 40, "m"))
    assert not revises(_fig(source, "12 metres", 12, "m"))


def test_the_words_belong_to_the_nearest_amount_before_them() -> None:
    text = "The recall covers 5,000 cars, and 300 vans were added, above the maker's plan, above its first estimate."
    assert not revises(_fig(text, "5,000", 5000))
    assert revises(_fig(text, "300", 300))


def test_an_amount_without_such_words_is_no_revision() -> None:
    assert not revises(_fig("The survey found 640 damaged moorings in the harbour.", "640", 640))


def test_a_revision_told_later_updates_another_source_s_fixed_amount() -> None:
    """A property another source gave is updated only by a revision, not by a different figure."""
    early = _fig("Divers found about 180 damaged moorings, the harbour master said.", "about 180", 180,
                 approx="about", source="harbour master", stated="2026-05-04T10:00")
    told = "The port authority said 260 moorings were damaged, more than three times its first estimate."
    revised = _fig(told, "260", 260, article="a2", source="port authority", stated="2026-05-05T09:00")
    plain = _fig("The port authority said 260 moorings were damaged.", "260", 260, article="a2",
                 source="port authority", stated="2026-05-05T09:00")
    assert _pair_label(early, revised, "fixed") == "updated"
    assert _pair_label(early, plain, "fixed") == "conflicting"


@given(st.integers(min_value=10, max_value=10**7),
       st.sampled_from(["its first estimate", "their initial count", "than first estimated", "than initially reported",
                        "in its final count", "revising up its earlier figure", "the figure it had given"]),
       st.sampled_from(["the agency's first estimate", "than first given by police",
                        "the earlier estimate from engineers"]))
def test_a_revision_is_read_after_any_amount_and_another_s_reading_never(n: int, own: str, other: str) -> None:
    amount = f"{n:,}"
    assert revises(_fig(f"The agency said {amount} homes lost power, above {own}.", amount, n))
    assert not revises(_fig(f"The agency said {amount} homes lost power, above {other}.", amount, n))


def test_revising_upward_the_figure_it_gave_is_a_revision() -> None:
    """``upward`` / ``downward`` as the revision's direction, and the simple past of giving a
    figure (``the figure it gave``): a utility revising its own outage count."""
    text = ("The utility said on Sunday that more than 64,000 homes had lost power in the ice storm, revising upward "
            "the figure it gave on Saturday night.")
    assert revises(_fig(text, "more than 64,000", 64000, approx="over"))
    assert revises(_fig("The council said 41 roads were shut, the figure it gave at noon.", "41", 41))
    assert not revises(_fig("The council said 41 roads were shut, the figure police gave at noon.", "41", 41))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=10, max_value=10**6), st.sampled_from(["upward", "downward", "upwards", "down"]))
def test_revising_in_any_direction_is_read_after_any_amount(n: int, direction: str) -> None:
    amount = f"{n:,}"
    text = f"The agency said {amount} homes were flooded, revising {direction} its earlier estimate."
    assert revises(_fig(text, amount, n))


def test_more_than_it_announced_earlier_is_the_tellers_own_revision() -> None:
    """``two more than it announced earlier``: the teller's own earlier figure; ``more than
    police announced earlier`` is another's reading."""
    own = "The coastguard said 23 fishermen, including two boys, were now accounted for, two more than it announced earlier."
    told = "The agency said 41 schools were shut, more than they had reported before."
    other = "The coastguard said 23 fishermen were accounted for, two more than police announced earlier."
    assert revises(_fig(own, "23", 23))
    assert revises(_fig(told, "41", 41))
    assert not revises(_fig(other, "23", 23))


def test_a_tellers_revision_the_same_day_updates_its_own_count_only() -> None:
    """Counts of a finished event told the same day are one moment's (a rival reading), but
    the teller's own revision that day is its later reading."""
    early = _fig("Police said 14 men were arrested in the raid on the port.", "14", 14, source="police",
                 stated="2026-05-04T10:00")
    revised = _fig("Police said 16 men were arrested in the raid, two more than it announced earlier.", "16", 16,
                   article="a2", source="police", stated="2026-05-04T18:00")
    rival = _fig("The dockers' union said 16 men were arrested in the raid, revising its earlier count.", "16", 16,
                 article="a2", source="dockers' union", stated="2026-05-04T18:00")
    assert _pair_label(early, revised, "happened") == "updated"
    assert _pair_label(early, rival, "happened") == "conflicting"


def test_a_revision_told_as_a_difference_is_an_update_within_any_hedge() -> None:
    """``two more than reported in the morning``: the count told as moved from its earlier
    reading, so an update even of a bound that allows it (``at least 17``); a revision that
    states no difference (``in an updated statement``) leaves agreeing amounts consistent."""
    early = _fig("The number of people hurt in the crush has risen to at least 17, police said.", "at least 17", 17,
                 approx="over", source="police", stated="2026-05-04T09:00")
    told = "Hospital figures released in the afternoon showed 19 people had been treated, two more than reported in the morning."
    apart = _fig(told, "19", 19, article="a2", stated="2026-05-04T16:00")
    plain = _fig("The hospital said in an updated statement that 19 people had been hurt.", "19", 19, article="a2",
                 source="hospital", stated="2026-05-04T16:00")
    assert revised_apart(apart) and revises(apart)
    assert revises(plain) and not revised_apart(plain)
    assert _pair_label(early, apart, "rising", "injured") == "updated"
    assert _pair_label(early, plain, "rising", "injured") == "consistent"


def test_a_change_to_another_number_does_not_mark_a_later_amount() -> None:
    """``fell to 8 percent of normal levels for nearly 16 hours``: the change is the 8
    percent's; the span after it is told as no change. The amount ``fell to`` names is."""
    text = "Monitors said traffic fell to 8 percent of normal levels for nearly 16 hours."
    assert not marks_change(_fig(text, "nearly 16 hours", 16, "hour", "under"))
    assert marks_change(_fig(text, "8 percent", 8, "percent"))
    hedged = "Officials said the number of open shelters dropped to about 30 on Monday."
    assert marks_change(_fig(hedged, "about 30", 30, approx="about"))


def test_a_count_set_against_the_figure_given_at_an_earlier_time_is_a_revision() -> None:
    """``higher than the figure given in court on Monday``: the earlier figure is named by
    when it was given, not by another teller, so the count is its revision; ``than the figure
    given by police`` names a rival's count."""
    told = "The council said the sum taken is €2.6 million, higher than the figure given in court on Monday."
    rival = "The council said the sum taken is €2.6 million, higher than the figure given by police."
    assert revises(_fig(told, "€2.6 million", 2_600_000, "EUR"))
    assert not revises(_fig(rival, "€2.6 million", 2_600_000, "EUR"))


def test_a_count_set_against_the_number_it_reported_itself_is_its_revision() -> None:
    """``more than double the 1.2 million it reported on Monday``: the teller's own earlier
    figure named by its number, so the count is its revision told as a difference; the number
    itself is no revision, and a number another teller reported names a rival's count."""
    text = "The retailer said 3.1 million card numbers were stolen, more than double the 1.4 million it reported on Monday."
    late = _fig(text, "3.1 million", 3_100_000, article="a2", source="retailer", stated="2026-05-05T09:00")
    assert revised_apart(late) and revises(late)
    assert not revises(_fig(text, "1.4 million", 1_400_000))
    rival = "The retailer said 3.1 million card numbers were stolen, more than double the 1.4 million police reported."
    assert not revises(_fig(rival, "3.1 million", 3_100_000))
    early = _fig("The retailer put the number of stolen card numbers at about 1.4 million.", "about 1.4 million",
                 1_400_000, approx="about", stated="2026-05-04T18:00")
    hedged = _fig(text.replace("3.1 million", "about 3.1 million"), "about 3.1 million", 3_100_000, approx="about",
                  article="a2", source="retailer", stated="2026-05-05T09:00")
    assert _pair_label(early, hedged, "happened") == "updated"
