"""The earlier reading an outlet names, told by another outlet before it (``figure_label.
first_readings``): when one article corrects a count against what was first reported
(``Seven climbers, not six as first reported``) or counts a change from it (``up from the
40 counted on Monday``), the same amount another outlet gave before is that first
reading, so a differing count updates it rather than rivalling it. Invented sentences of
news other than the stories where the kind was seen."""

from __future__ import annotations

import attrs
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newskit.model import Figure, SpanRef
from newskit.story.figure_label import first_readings, group_label
from tests.story.helpers import sentence_figure

_WIRE = "2026-05-11T07:30"
_NOON = "2026-05-11T12:00"
_NEXT_DAY = "2026-05-12T09:00"

def _on_rope(text: str, amount: str, value: int, article: str, stated: str, source: str | None = None,
             at: int | None = None) -> Figure:
    """A count of people on board as the story reads it; ``at``: where in ``text`` the
    amount stands, when not its first occurrence (``7 people ..., not 6``)."""
    f = sentence_figure(text, amount, value, unit="person", measure="people on board", article=article,
                        source=source, stated=stated)
    if at is None:
        return f
    return attrs.evolve(f, ref=SpanRef(article=article, start=at, end=at + len(amount), text=amount))


def _three(first: int, now: int) -> list[Figure]:
    """A wire's first count, a later article correcting it against the first reports (both
    amounts of its sentence), and a third outlet telling the corrected count the next day."""
    wire = _on_rope(f"A cable car carrying {first} people stalled above the gorge, the operator said.", str(first),
                    first, "a1", _WIRE, "operator")
    text = f"There were {now} people in the cabin, not {first} as first reported, mountain rescuers said."
    fixed = _on_rope(text, str(now), now, "a2", _NOON, "mountain rescuers")
    named = _on_rope(text, str(first), first, "a2", _NOON, "mountain rescuers", at=text.index(f"not {first}") + 4)
    later = _on_rope(f"All {now} people were lifted from the cabin overnight, police said.", str(now), now, "a3",
                     _NEXT_DAY, "police")
    return [wire, fixed, named, later]


def test_the_wire_count_a_correction_names_as_first_reported_is_updated() -> None:
    """The wire's six is the count the correction calls the first report: seven updates it,
    though a count of people on board is a property that only its teller updates."""
    assert group_label(_three(6, 7), "fixed", "people on board") == "updated"


def test_the_amount_told_after_the_correction_is_no_first_reading() -> None:
    """An outlet that tells the old six after the correction stands by it: a rival count."""
    figs = _three(6, 7)
    late_six = _on_rope("The operator still says six people were in the cabin.", "six", 6, "a4", _NEXT_DAY,
                        "operator")
    assert id(late_six) not in first_readings([*figs, late_six])
    assert group_label([*figs, late_six], "fixed", "people on board") == "conflicting"


def test_without_a_named_first_report_two_outlets_counts_of_a_property_conflict() -> None:
    wire = _on_rope("A cable car carrying six people stalled above the gorge, the operator said.", "six", 6, "a1",
                    _WIRE, "operator")
    other = _on_rope("Mountain rescuers said seven people were in the cabin.", "seven", 7, "a2", _NOON,
                     "mountain rescuers")
    assert group_label([wire, other], "fixed", "people on board") == "conflicting"


def test_the_count_a_change_is_counted_from_names_the_earlier_outlets_reading() -> None:
    monday = sentence_figure("The union said 40 members had joined the walkout on Monday.", "40", 40,
                             unit="member", measure="strikers", article="a1", source="union", stated=_WIRE)
    text = "The walkout grew to 55 members, up from the 40 counted on Monday, organisers said."
    grown = sentence_figure(text, "55", 55, unit="member", measure="strikers", article="a2",
                            source="organisers", stated=_NEXT_DAY)
    before = sentence_figure(text, "40", 40, unit="member", measure="strikers", article="a2",
                             source="organisers", stated=_NEXT_DAY)
    assert id(monday) in first_readings([monday, grown, before])
    assert group_label([monday, grown, before], "fixed", "strikers") == "updated"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=90), st.integers(min_value=2, max_value=90))
def test_a_corrected_count_always_updates_the_first_reading_it_names(first: int, now: int) -> None:
    """Whatever the two counts, a wire's count that a later article calls the first report
    is updated by the correction and by its restatement; no two amounts rival."""
    assume(first != now and first % 10 and now % 10)  # round numbers may be read as roundings of each other
    figs = _three(first, now)
    assert group_label(figs, "fixed", "people on board") == "updated"


def _in_ward(text: str, amount: str, value: int, article: str, stated: str, source: str) -> Figure:
    return sentence_figure(text, amount, value, unit="person", measure="hospitalised", article=article,
                           source=source, stated=stated)


def test_a_rivals_count_told_at_the_first_readings_own_time_still_conflicts_with_it() -> None:
    """Fails on the old rule: the wire's 16, named the next day as the count a fall is counted
    from, was an earlier reading beside every differing amount, so the clinic's 21 told at the
    same hour updated it. The first reading is earlier than what came after it, not than a
    rival's count of its own time: two tellers' counts at once conflict."""
    board = _in_ward("The health board said 16 workers were in hospital after the leak.", "16", 16, "a1",
                     _WIRE, "health board")
    clinic = _in_ward("The clinic said 21 workers were being treated after the leak.", "21", 21, "a2",
                      _WIRE, "clinic")
    text = "Nine workers were still in hospital, down from 16 the day before, the health board said."
    now = _in_ward(text, "Nine", 9, "a3", _NEXT_DAY, "health board")
    before = _in_ward(text, "16", 16, "a3", _NEXT_DAY, "health board")
    figs = [board, clinic, now, before]
    assert id(board) in first_readings(figs)
    assert group_label(figs, "any", "hospitalised") == "conflicting"
    later = _in_ward("The clinic said 21 workers were being treated.", "21", 21, "a2", _NOON, "clinic")
    assert group_label([board, later, now, before], "any", "hospitalised") == "updated"
