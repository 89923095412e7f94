"""A change told from one number to another after a verb of change (``would expand its
planned fleet from 40 buses to 60``, ``raised the levy on Thursday from 2 million to 3.5
million``: ``figure_marks.changed_from``): the number after ``from`` is the count's earlier
reading, which a differing amount updates, whenever the sentence telling it was written. A
range without a verb of change (``from 10 to 15 years``) is no change. Invented sentences of
news other than the stories where the kind was seen: a bus fleet, a levy, a ferry's berths."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import changed_from
from tests.story.helpers import sentence_figure


def _buses(text: str, amount: str, value: int, article: str, stated: str) -> Figure:
    return sentence_figure(text, amount, value, measure="number of buses", article=article, stated=stated)


def test_the_number_a_verb_of_change_counts_from_is_the_earlier_reading() -> None:
    text = "The operator said it would expand its planned fleet from 40 buses to 60 by 2029."
    assert changed_from(sentence_figure(text, "40 buses", 40))
    assert not changed_from(sentence_figure(text, "60", 60))
    text = "The port authority raised the levy on Thursday from 2 million rand to 3.5 million rand."
    assert changed_from(sentence_figure(text, "2 million rand", 2_000_000))
    text = "The new terminal will cut the crossing time from about 90 minutes to 40 minutes."
    assert changed_from(sentence_figure(text, "about 90 minutes", 90))


def test_a_range_or_a_change_without_a_target_is_no_earlier_reading() -> None:
    text = "The men face sentences of from 10 to 15 years in prison."
    assert not changed_from(sentence_figure(text, "10", 10))
    text = "Passengers were moved from 12 cabins to the upper deck."
    assert not changed_from(sentence_figure(text, "12 cabins", 12))
    text = "The levy was raised, from 2 million rand, to 3.5 million rand."
    assert not changed_from(sentence_figure(text, "2 million rand", 2_000_000))


def test_the_plan_changed_from_updates_instead_of_conflicting() -> None:
    """The planned fleet is 40, then 60 the next day; a third article, a day later, tells the
    change from 40 to 60. Told last, its 40 read as a later fall of a fixed plan (conflicting);
    told as the number the plan changed from, it is the earlier reading the 60 updates."""
    figs = [_buses("The operator plans a fleet of 40 electric buses by 2028.", "40", 40, "a", "2026-03-02T10:00"),
            _buses("The operator now plans to have 60 electric buses by 2029.", "60", 60, "b", "2026-03-03T10:00"),
            _buses("The operator said it would expand its planned fleet from 40 buses to 60 by 2029.", "40 buses", 40,
                   "c", "2026-03-04T10:00")]
    assert group_label(figs, "fixed", "number of buses") == "updated"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["raised", "cut", "will expand", "would lower", "reduced"]),
       st.sampled_from(["the number of berths", "its fleet", "the cap"]),
       st.integers(min_value=2, max_value=90_000), st.integers(min_value=2, max_value=90_000))
def test_the_number_after_from_is_the_earlier_reading_the_target_never(verb: str, what: str, old: int, new: int) -> None:
    text = f"The ferry company {verb} {what} from {old:,} to {new:,}."
    assert changed_from(sentence_figure(text, f"{old:,}", old))
    target = sentence_figure(text, f"{new:,}", new)
    assert target.ref is not None
    at = text.rindex(f"{new:,}")
    target = attrs.evolve(target, ref=attrs.evolve(target.ref, start=at, end=at + len(f"{new:,}")))
    assert not changed_from(target)
