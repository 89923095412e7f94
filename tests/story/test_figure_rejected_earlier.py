"""A reading its teller rejects and tells as the count's earlier one (``not the S$210 million
first cited by the regulator``; ``now believe ..., not the 48 million cited on Thursday``;
``corrected the figure it had given, saying ... rather than``): the amount held to replaces
it, an update, and so does it an earlier outlet's hedged telling of that reading
(``figure_marks.rejected_earlier``, ``figure_label.first_readings``). A reading rejected with
no such words (``not the 212 reported by the operator``) stays a rival's, in conflict.
Invented news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label, group_label
from newskit.story.figure_marks import rejected, rejected_earlier
from tests.story.helpers import sentence_figure

_FIRST_CITED = "The trust held $67 million in deposits, not the $52 million first cited by the regulator, its administrator said."


@pytest.mark.parametrize(("text", "amount", "earlier"), [
    ("The agency said 7,400 homes lost power, not the 5,100 first cited by the utility.", "5,100", True),
    ("The count stood at 31 stalls, not 26 as initially reported by the market board.", "26", True),
    ("Auditors now believe 19 payments were made, not the 14 listed by the council on Monday.", "14", True),
    ("The club corrected the figure it had given on Friday, saying the debt was $2.7 million rather than $2.2 million.",
     "$2.2 million", True),
    ("The union said 250 people had been underground, not the 212 reported by the operator.", "212", False),
    ("The course said 22 horses had run, not 24 as reported.", "24", False),
    ("The tenants said 80 flats were damp, not the 45 cited by the council after Tuesday's visit.", "45", False),
])
def test_a_rejected_reading_told_as_the_earlier_one(text: str, amount: str, earlier: bool) -> None:
    f = sentence_figure(text, amount, 1)
    assert rejected(f)
    assert rejected_earlier(f) is earlier


def _trust(text: str, amount: str, value: int, *, article: str, source: str | None, stated: str,
           approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="USD", approx=approx, measure="money (held)", article=article,
                           source=source, stated=stated)


def test_the_amount_held_to_updates_a_reading_rejected_as_first_given() -> None:
    """The regulator's ``about $52 million`` on Monday; a week later the administrator's
    ``$67 million, not the $52 million first cited by the regulator``: the administrator's count
    replaces the regulator's first one, hedged or not."""
    monday = _trust("The regulator said the trust held about $52 million in deposits.", "about $52 million",
                    52_000_000, article="a1", source="regulator", stated="2026-03-02T10:00", approx="about")
    held = _trust(_FIRST_CITED, "$67 million", 67_000_000, article="a2", source=None, stated="2026-03-09T10:00")
    old = _trust(_FIRST_CITED, "$52 million", 52_000_000, article="a2", source=None, stated="2026-03-09T10:00")
    assert _pair_label(held, old, "fixed") == "updated"
    assert group_label([monday, held, old], "fixed") == "updated"


def test_a_reading_rejected_with_no_word_of_earliness_stays_a_rival() -> None:
    text = _FIRST_CITED.replace("first cited", "cited")
    monday = _trust("The regulator said the trust held about $52 million in deposits.", "about $52 million",
                    52_000_000, article="a1", source="regulator", stated="2026-03-02T10:00", approx="about")
    held = _trust(text, "$67 million", 67_000_000, article="a2", source=None, stated="2026-03-09T10:00")
    old = _trust(text, "$52 million", 52_000_000, article="a2", source=None, stated="2026-03-09T10:00")
    assert _pair_label(held, old, "fixed") == "conflicting"
    assert group_label([monday, held, old], "fixed") == "conflicting"


def test_a_change_told_with_the_rejection_makes_the_earlier_outlets_hedged_reading_the_first() -> None:
    """``investigators now believe ..., not the 48 million cited on Thursday``: the wire's
    ``about 48 million`` that Thursday is the reading replaced, updated by a third outlet's
    plain ``61 million``."""
    text = "Investigators now believe 61 million kroner was taken, not the 48 million kroner cited on Thursday."
    thursday = sentence_figure("The agency said about 48 million kroner was taken.", "about 48 million kroner",
                               48_000_000, unit="DKK", approx="about", measure="money (taken)", article="a1",
                               source="agency", stated="2026-03-05T10:00")
    held = sentence_figure(text, "61 million kroner", 61_000_000, unit="DKK", measure="money (taken)", article="a2",
                           source="prosecutor", stated="2026-03-06T10:00")
    old = sentence_figure(text, "48 million kroner", 48_000_000, unit="DKK", measure="money (taken)", article="a2",
                          source="prosecutor", stated="2026-03-06T10:00")
    wire = sentence_figure("Prosecutors said 61 million kroner was taken.", "61 million kroner", 61_000_000, unit="DKK",
                           measure="money (taken)", article="a3", source="prosecutors", stated="2026-03-06T12:00")
    assert rejected_earlier(old)
    assert group_label([thursday, held, old, wire], "fixed") == "updated"


@pytest.mark.parametrize(("text", "amount", "earlier"), [
    ("The water board said the levy would be 4.10 pesos a cubic metre, not 4.60 as stated in Monday's bulletin.",
     "4.60", True),
    ("The plant will take on about 300 staff, not 450 as announced at Thursday's ceremony, the ministry said.", "450", True),
    ("The council said 18 roads stayed shut, not 11 as given earlier.", "11", True),
    ("The league said 14 clubs had paid, not 11 as stated by the players' union after Friday's meeting.", "11", False),
    ("The league said 14 clubs had paid, not 11 as stated in the letter.", "11", False),
])
def test_a_rejected_reading_told_as_given_at_an_earlier_time(text: str, amount: str, earlier: bool) -> None:
    """``not 4.60 as stated in Monday's bulletin``: ``as``, a verb of giving and an earlier
    time with no teller named; the teller's own earlier reading, which the amount held to
    replaces. Named as another teller's (``as stated by the players' union``) it stays a rival."""
    f = sentence_figure(text, amount, 1)
    assert rejected(f)
    assert rejected_earlier(f) is earlier


def test_a_correction_updates_the_reading_another_outlet_gave_and_the_one_before_it() -> None:
    """A wire tells the new levy as a change (``will rise to 4.60 pesos, up from 3.90``); the next
    day the board corrects it (``4.10 pesos ..., not 4.60 as stated in Monday's bulletin``): the
    wire's 4.60, its 3.90 and the rejected 4.60 are steps of the levy's history, the correction
    their update. The rejected 4.60 is no repetition of the wire's change."""
    wire = "The water levy will rise to 4.60 pesos a cubic metre, up from 3.90."
    board = "The water board said the levy would be 4.10 pesos a cubic metre, not 4.60 as stated in Monday's bulletin."

    def levy(text: str, amount: str, value: float, article: str, stated: str) -> Figure:
        return sentence_figure(text, amount, value, unit="PHP", measure="money (levy)", article=article,
                               source="water board" if article == "b" else None, stated=stated)

    figs = [levy(wire, "4.60", 4.6, "w", "2026-03-02T08:00"), levy(wire, "3.90", 3.9, "w", "2026-03-02T08:00"),
            levy(board, "4.10", 4.1, "b", "2026-03-03T12:00"), levy(board, "4.60", 4.6, "b", "2026-03-03T12:00")]
    assert group_label(figs, "fixed", "money (levy)") == "updated"


# The participle of giving as a reduced relative after the rejected reading, with no ``as``
# (``instead of the roughly 610,000 counted on Thursday``): the count given at that earlier time,
# as ``as counted on Thursday`` is. Session 56, seen in a water rationing's count of people;
# invented sentences of a harbour, a census and a bus strike.

@pytest.mark.parametrize(("text", "amount", "earlier"), [
    ("About 9,400 households will be rationed from June, instead of the roughly 7,000 counted on Tuesday.",
     "roughly 7,000", True),
    ("The harbour expects 61 cruise calls this year, rather than the 48 announced earlier.", "48", True),
    ("The strike idled 1,900 buses, not the 1,200 reported in Monday's bulletin.", "1,200", True),
    ("The strike idled 1,900 buses, not the 1,200 reported by the operator on Monday.", "1,200", False),
    ("The census put the town at 84,000, not the 70,000 estimated by the mayor.", "70,000", False),
])
def test_a_rejected_reading_given_at_an_earlier_time_with_no_as(text: str, amount: str, earlier: bool) -> None:
    f = sentence_figure(text, amount, 1)
    assert rejected(f)
    assert rejected_earlier(f) is earlier


def test_the_amount_held_to_updates_a_reading_counted_at_an_earlier_time() -> None:
    """A wire's ``about 7,000`` households on Tuesday; on Thursday another outlet's ``about 9,400
    ..., instead of the roughly 7,000 counted on Tuesday``: the new count replaces Tuesday's."""
    text = "About 9,400 households will be rationed from June, instead of the roughly 7,000 counted on Tuesday."

    def homes(t: str, amount: str, value: int, article: str, stated: str) -> Figure:
        return sentence_figure(t, amount, value, approx="about", measure="number of households (rationed)",
                               article=article, source=None, stated=stated)

    figs = [homes("The rationing order covers about 7,000 households.", "about 7,000", 7000, "wire", "2026-05-05T18:00"),
            homes(text, "About 9,400", 9400, "daily", "2026-05-07T19:00"),
            homes(text, "roughly 7,000", 7000, "daily", "2026-05-07T19:00")]
    assert group_label(figs, "any", "number of households (rationed)") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["not the", "rather than the", "instead of the"]),
       st.sampled_from(["counted", "reported", "announced", "estimated", "given"]),
       st.sampled_from(["on Monday", "earlier", "in Friday's bulletin", "on Sunday evening"]),
       st.sampled_from(["the council", "police", "the operator's staff"]),
       st.integers(min_value=2, max_value=900))
def test_a_reading_given_by_a_named_teller_stays_a_rival_with_or_without_a_time(
        rejecting: str, verb: str, when: str, teller: str, value: int) -> None:
    old = f"{value:,}"
    f = sentence_figure(f"The flood damaged about a thousand homes, {rejecting} {old} {verb} by {teller} {when}.", old,
                        value)
    assert rejected(f) and not rejected_earlier(f)
    f = sentence_figure(f"The flood damaged about a thousand homes, {rejecting} {old} {verb} {when}.", old, value)
    assert rejected(f) and rejected_earlier(f)
