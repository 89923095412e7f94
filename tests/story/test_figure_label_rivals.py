"""Labels of two outlets' amounts that both allow one value yet differ: bounds on one side at
different edges, a ``nearly`` that is near, a later estimate from another source. Sentences
of kinds of news other than the stories where the kinds were seen (those were a diverted
flight, an extradition, a level crossing crash, a bike race and a fairground ride): a jury's
deliberation, a port strike, a referendum count, a mine rescue, a chemical leak."""

from __future__ import annotations

from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import (
    _pair_label,
    at_peak,
    beyond_bound,
    group_label,
    rival_bounds,
    rival_estimate,
)
from tests.story.helpers import sentence_figure


def _fig(text: str, amount: str, unit: str | None, value: int | float, approx: str | None = None,
         article: str = "a1", source: str | None = None, stated: str = "2026-03-02T10:00") -> Figure:
    """One amount of ``text`` as the story reads it."""
    return sentence_figure(text, amount, value, unit=unit, approx=approx, article=article, source=source, stated=stated)


def test_two_outlets_bounds_on_one_side_at_different_edges_conflict() -> None:
    """Each outlet puts the longest a strike may last somewhere else."""
    a = _fig("Dockers said the strike could last up to six weeks.", "up to six weeks", "week", 6, "under")
    b = _fig("The port authority warned the stoppage might last up to ten weeks.", "up to ten weeks", "week", 10,
             "under", article="a2")
    assert rival_bounds(a, b)
    assert _pair_label(a, b, "fixed") == "conflicting"


def test_one_edge_told_at_two_precisions_is_consistent() -> None:
    a = _fig("Nearly 480,000 ballots were cast in the referendum.", "Nearly 480,000", "ballot", 480000, "under")
    b = _fig("Nearly half a million ballots were cast.", "Nearly half a million", "ballot", 500000, "under",
             article="a2")
    assert not rival_bounds(a, b)
    assert _pair_label(a, b, "fixed") == "consistent"


def test_nearly_is_close_below_its_number() -> None:
    """``nearly nine hours`` agrees with eight and three quarters, not with seven and a half."""
    nearly = _fig("The jury deliberated for nearly nine hours.", "nearly nine hours", "hour", 9, "under")
    close = _fig("Jurors were out for 8.75 hours.", "8.75 hours", "hour", 8.75, article="a2")
    short = _fig("Jurors were out for 7.5 hours.", "7.5 hours", "hour", 7.5, article="a3")
    assert _pair_label(nearly, close, "fixed") == "consistent"
    assert _pair_label(nearly, short, "fixed") == "conflicting"


def _rescue(later: str, amount: str, value: int, approx: str | None, source: str) -> tuple[Figure, Figure]:
    early = _fig("Rescuers said 31 miners had been brought to the surface.", "31", "miner", 31,
                 source="mine operator", stated="2026-03-02T10:00")
    late = _fig(later, amount, "miner", value, approx, article="a2", source=source, stated="2026-03-02T18:00")
    return early, late


def test_a_later_estimate_from_another_source_is_a_rival_reading() -> None:
    early, late = _rescue("About 40 miners were rescued, the union said.", "About 40", 40, "about", "union")
    assert rival_estimate(early, late)
    assert _pair_label(early, late, "rising") == "conflicting"


def test_a_later_count_or_a_marked_change_is_an_update() -> None:
    early, count = _rescue("Forty-four miners were rescued, the union said.", "Forty-four", 44, None, "union")
    assert _pair_label(early, count, "rising") == "updated"
    early, marked = _rescue("The number rescued has risen to about 40, the union said.", "about 40", 40, "about",
                            "union")
    assert not rival_estimate(early, marked)
    assert _pair_label(early, marked, "rising") == "updated"


def test_another_source_s_estimate_a_day_on_may_be_the_count_grown() -> None:
    early, late = _rescue("About 40 miners were rescued, the union said.", "About 40", 40, "about", "union")
    late = evolve(late, stated="2026-03-03T12:00")
    assert not rival_estimate(early, late)
    assert _pair_label(early, late, "rising") == "updated"


def test_an_outlets_own_estimate_the_next_morning_is_the_count_as_that_days_news_tells_it() -> None:
    """An unattributed ``more than 40`` the next morning is no rival source's reading: it is
    the state of the count as the outlet reports it on a later day; the same evening it is."""
    early, late = _rescue("More than 40 miners had been rescued.", "More than 40", 40, "over", "union")
    next_morning = evolve(late, source=None, stated="2026-03-03T08:00")
    same_evening = evolve(late, source=None, stated="2026-03-02T21:00")
    assert not rival_estimate(early, next_morning)
    assert _pair_label(early, next_morning, "rising") == "updated"
    assert rival_estimate(early, same_evening)
    assert _pair_label(early, same_evening, "rising") == "conflicting"


def test_the_same_source_s_later_estimate_updates_its_own_count() -> None:
    early, late = _rescue("About 40 miners were rescued, the operator said.", "About 40", 40, "about",
                          "mine operator")
    assert _pair_label(early, late, "rising") == "updated"


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["over", "under"]))
def test_a_bound_is_never_the_rival_of_itself(value: int, approx: str) -> None:
    a = _fig(f"A chemical leak forced {value} people from homes.", str(value), "person", value, approx)
    b = _fig(f"A chemical leak forced {value} people from homes.", str(value), "person", value, approx,
             article="a2")
    assert not rival_bounds(a, b)


def test_a_share_in_words_restates_one_in_digits_whatever_its_hedge() -> None:
    """``nearly a tenth`` and ``just over 9 per cent`` are bounds at different edges, yet one
    share told in words and in digits: consistent."""
    words = _fig("Nearly a tenth of the harvest was lost to the blight.", "Nearly a tenth", "percent", 10, "under")
    digits = _fig("Growers lost just over 9 per cent of the harvest.", "just over 9 per cent", "percent", 9, "over",
                  article="a2")
    assert _pair_label(words, digits, "fixed") == "consistent"


def test_another_tellers_amount_beyond_an_earlier_bound_contradicts_it() -> None:
    """``up to 12`` branches to close, then the union's 15; ``more than 60`` missing, then
    police's 37: beyond what the bound allows, told with no word of a change, a conflict;
    the same teller's, or one told as a change (``has fallen to 37``), an update."""
    def fig(text: str, amount: str, value: int, approx: str | None, article: str, source: str, stated: str) -> Figure:
        return sentence_figure(text, amount, value, approx=approx, measure="missing", article=article, source=source,
                               stated=stated)

    cap = fig("The bank said it would close up to 12 branches.", "up to 12", 12, "under", "a1", "bank",
              "2026-03-02T10:00")
    union = fig("The union said it had seen a list of 15 branches to close.", "15", 15, None, "a2", "union",
                "2026-03-03T09:00")
    assert beyond_bound(cap, union) and _pair_label(cap, union, "happened") == "conflicting"
    floor = fig("More than 60 people were missing after the wave, the coastguard said.", "More than 60", 60, "over",
                "a1", "coastguard", "2026-03-02T10:00")
    police = fig("Police put the number of missing at 37.", "37", 37, None, "a2", "police", "2026-03-03T09:00")
    fallen = fig("Police said the number of missing has fallen to 37.", "37", 37, None, "a2", "police",
                 "2026-03-03T09:00")
    assert _pair_label(floor, police, "any") == "conflicting"
    assert _pair_label(floor, fallen, "any") == "updated"
    near = fig("The bank said it would close nearly 12 branches.", "nearly 12", 12, "under", "a1", "bank",
               "2026-03-02T10:00")
    assert not beyond_bound(near, union)  # close below twelve: no maximum



def test_a_state_still_lasting_below_another_tellers_floor_is_its_update() -> None:
    """``At least 30`` missing after a flood, then another teller's ``Nine remained missing``
    the next day: a count that moves either way told as those still in its state (``still``,
    ``remained``) is the state now, an update, not a rival of the floor; told without such a
    word it contradicts the floor."""
    def fig(text: str, amount: str, value: int, approx: str | None, article: str, source: str, stated: str) -> Figure:
        return sentence_figure(text, amount, value, approx=approx, measure="missing", article=article, source=source,
                               stated=stated)

    floor = fig("At least 30 people were missing after the flood, the fire brigade said.", "At least 30", 30, "over",
                "a1", "fire brigade", "2026-05-11T10:00")
    left = fig("Nine people remained missing on Tuesday, the regional council said.", "Nine", 9, None, "a2",
               "regional council", "2026-05-12T09:00")
    put = fig("The regional council put the number of missing at nine.", "nine", 9, None, "a2",
              "regional council", "2026-05-12T09:00")
    assert _pair_label(floor, left, "any") == "updated"
    assert _pair_label(floor, put, "any") == "conflicting"

def test_two_tellers_floors_of_a_count_that_does_not_rise_conflict_days_apart() -> None:
    """``at least 400`` objects held, then another teller's ``more than 500`` the next
    morning: two floors set at different edges of a count that does not rise, rival
    estimates, not one amount's bounds."""
    early = sentence_figure("The ministry said at least 400 manuscripts remained in foreign archives.", "at least 400",
                            400, approx="over", measure="number of manuscripts", article="a1", source="ministry",
                            stated="2026-03-02T17:00")
    late = sentence_figure("The minister said more than 500 manuscripts were still held abroad.", "more than 500", 500,
                           approx="over", measure="number of manuscripts", article="a2", source="minister of culture",
                           stated="2026-03-03T08:00")
    assert _pair_label(early, late, "happened") == "conflicting"


def test_those_still_in_a_state_are_no_fall_of_a_count_that_rises() -> None:
    """``Nine were still in hospital on Tuesday`` after 17 taken to hospital: what is left of a
    count that only rises, another measure, no conflict with it; ``nine were taken to
    hospital`` the next day is a fall of the count itself, a conflict."""
    early = sentence_figure("Police said 17 people had been taken to hospital after the ferry hit the pier.", "17", 17,
                            measure="hospitalised", article="a1", source="police", stated="2026-03-02T21:00")
    still = sentence_figure("Nine were still in hospital on Tuesday evening.", "Nine", 9, measure="hospitalised",
                            article="a2", stated="2026-03-03T18:00")
    fell = sentence_figure("Nine people were taken to hospital, the ferry company said.", "Nine", 9,
                           measure="hospitalised", article="a2", source="ferry company", stated="2026-03-03T18:00")
    assert _pair_label(early, still, "rising") is None
    assert _pair_label(early, fell, "rising") == "conflicting"


def test_two_tellers_peaks_are_one_moments_rival_counts() -> None:
    """``without power at the height of the storm``: a peak is one moment's count, so
    another teller's differing peak the next day is a rival reading, not an update."""
    early = sentence_figure("The utility said 52,000 homes were without power at the height of the storm.", "52,000",
                            52000, measure="without power", article="a1", source="utility", stated="2026-03-02T22:00")
    peak = sentence_figure("At the peak of the outage about 60,000 homes lost power, the regulator said.",
                           "about 60,000", 60000, approx="about", measure="without power", article="a2",
                           source="regulator", stated="2026-03-03T12:00")
    assert at_peak(early) and at_peak(peak)
    assert _pair_label(early, peak, "any") == "conflicting"


def test_counts_told_as_a_state_still_lasting_move_either_way() -> None:
    """``three remain trapped``, then ``two remain trapped`` the next morning: a state told
    as it stands, which falls as well as rises, though no measure names it."""
    early = sentence_figure("Rescuers said three miners remain trapped underground.", "three", 3, measure="count (remain)",
                            article="a1", stated="2026-03-02T20:00")
    late = sentence_figure("Two miners remain trapped, the company said on Tuesday.", "Two", 2, measure="count (remain)",
                           article="a2", source="company", stated="2026-03-03T09:00")
    assert group_label([early, late], "fixed", "count (remain)") == "updated"
