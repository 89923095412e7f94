"""Session 9: whose count an amount is (``figure_party``). One side's dead are never compared
with the other side's nor with all sides'; a count a side gives of its own people is that
side's. Sentences of kinds of news other than the border clashes where the error was seen:
a collision at sea between two countries' boats, a stampede at a match between two clubs'
fans, a mine rescue, a storm; person nouns of any compound (``-men``)."""

from __future__ import annotations

from functools import partial

from newskit import Article, Pipeline
from newskit.story.figure_party import same_side
from newskit.story.figures import article_figures
from tests.story.helpers import labelled_amounts

#: (label, amounts) of each figures finding of the story of the texts, one outlet each
_findings = partial(labelled_amounts, stamp="2026-06-0{n}T10:00")


def test_a_demonym_and_its_country_are_one_side() -> None:
    assert same_side("Belorian", "Beloria")
    assert same_side("Tajik", "Tajikistan")
    assert same_side("Kenyan", "Kenya")
    assert not same_side("Arvani", "Beloria")
    assert not same_side("Iraqi", "Iran")
    assert not same_side("Austria", "Australia")


def test_one_sides_dead_are_not_compared_with_the_other_sides(pipeline: Pipeline) -> None:
    """``Three Arvani sailors`` and ``Five Belorian fishermen`` died in one collision: two
    counts of two sides, not two outlets disagreeing."""
    got = _findings(pipeline,
                    "Three Arvani sailors were killed when a patrol boat rammed a fishing trawler near the "
                    "disputed reef, the navy said.",
                    "Five Belorian fishermen died in the collision near the reef, officials said.")
    assert not any({"Three", "Five"} <= amounts for _, amounts in got), got


def test_a_sides_own_count_differing_across_outlets_is_still_compared(pipeline: Pipeline) -> None:
    """``Arvania said three of its sailors were killed``, a day later ``four of its sailors``:
    one side's count told twice, a finding; the other side's five stays apart."""
    got = _findings(pipeline,
                    "Arvania said three of its sailors were killed in the collision; Beloria said five of its "
                    "fishermen died.",
                    "Arvania said on Tuesday that four of its sailors had been killed in the collision.")
    assert any({"three", "four"} <= amounts and "five" not in amounts for _, amounts in got), got


def test_a_count_of_both_sides_is_not_one_sides(pipeline: Pipeline) -> None:
    """``at least nine fans of both teams`` is everyone; ``six Rovers fans`` one club's."""
    got = _findings(pipeline,
                    "At least nine people were killed on both sides of the stand when a barrier collapsed, "
                    "police said.",
                    "Six Rovers fans were killed when the barrier collapsed, the club said.")
    assert not any({"At least nine", "Six"} <= amounts for _, amounts in got), got


def test_a_compound_in_men_counts_persons(pipeline: Pipeline) -> None:
    """``Four linemen were injured``: a noun in -men names persons, so it is a count of the
    injured like ``four workers``."""
    a = pipeline.run(Article.from_dict({"id": "a", "text": "Four linemen were injured when a pole fell during "
                                        "the storm, the utility said.", "published": "2026-06-02"}))
    got = {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref}
    assert got.get("Four") == "injured", got


def test_one_thing_counted_once_by_each_outlet_is_one_measure(pipeline: Pipeline) -> None:
    """``three trucks`` burned in one outlet, ``five trucks`` destroyed in another: each outlet
    counts the trucks once, so the counts are one measure whatever their verbs (a warehouse
    fire, not the sinkhole's cars where it was seen)."""
    got = _findings(pipeline,
                    "A fire at a logistics depot near Tulsa on Monday night burned three trucks parked "
                    "beside the loading bays, gutted the main office and sent smoke across the interstate, "
                    "the fire department said.",
                    "Five trucks were lost as flames tore through the depot overnight, the owner said, "
                    "adding that insurers had been told and that no drivers had been hurt.")
    assert any({"three", "Five"} <= amounts for _, amounts in got), got


def test_a_part_of_a_whole_is_not_one_thing_counted(pipeline: Pipeline) -> None:
    """``two of the five charges`` is a part; ``five charges`` the whole: never one count (a
    trial, not the fraud verdict where it was seen)."""
    got = _findings(pipeline,
                    "The jury convicted the former mayor on two of the five charges he faced.",
                    "Prosecutors had brought five charges against the former mayor in March.")
    assert not any({"two", "five"} <= amounts for _, amounts in got), got


def test_persons_named_by_a_common_noun_give_their_own_estimate(pipeline: Pipeline) -> None:
    """``Police estimated ..., while promoters put attendance at 60,000``: the second amount is
    the promoters', not the police's (a victory parade, not the protest where it was seen)."""
    a = pipeline.run(Article.from_dict({
        "id": "a", "published": "2026-06-02",
        "text": "Police estimated that about 20,000 fans lined the route of the victory parade on Sunday, "
                "while promoters put attendance at more than 60,000."}))
    got = {f.ref.text: f.source for f in article_figures(a, loose=True) if f.ref}
    assert got.get("more than 60,000") == "promoters", got


def test_a_day_after_an_event_is_a_time_not_a_rate(pipeline: Pipeline) -> None:
    """``Two climbers were still missing a day after the avalanche``: a count of the missing,
    not a count per day; ``processes 500 tonnes a day`` stays a rate (a mountain rescue and a
    mill, not the cave-in where it was seen)."""
    a = pipeline.run(Article.from_dict({
        "id": "a", "published": "2026-06-02",
        "text": "Two climbers were still missing a day after the avalanche, rescuers said. "
                "The mill processes 500 tonnes a day."}))
    got = {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref}
    assert got.get("Two") == "missing", got
    assert any("500" in t and m.endswith("per day") for t, m in got.items()), got


def test_a_vague_amount_beside_two_differing_exact_ones_is_left_out(pipeline: Pipeline) -> None:
    """``about 900`` and ``more than 2,000`` evacuated differ; ``Hundreds`` beside them says
    nothing more and stays out of the finding (a chemical fire, not the protest where it was seen)."""
    got = _findings(pipeline,
                    "About 900 residents were evacuated after a chemical fire broke out at a plant in "
                    "Ludwigshafen, the city said.",
                    "More than 2,000 residents were evacuated from homes near the plant, police said.",
                    "Hundreds of residents were evacuated as smoke drifted over the city.")
    hit = [amounts for _, amounts in got if {"About 900", "More than 2,000"} <= amounts]
    assert hit and "Hundreds" not in hit[0], got


def test_one_sides_count_of_the_other_sides_losses_conflicts(pipeline: Pipeline) -> None:
    """``Arvania said two of its sailors were killed``; a day later ``the Belorian navy said at
    least five Arvani sailors had been killed``: two parties' claims, not an update (a naval
    clash, not the border clash where it was seen)."""
    got = _findings(pipeline,
                    "Arvania said two of its sailors were killed when a Belorian patrol boat opened fire near "
                    "the reef.",
                    "The Belorian navy said on Tuesday that at least five Arvani sailors had been killed in "
                    "the exchange of fire near the reef.")
    assert any(label == "conflicting" and {"two", "at least five"} <= amounts for label, amounts in got), got


def test_outlets_that_each_name_one_sum_name_the_same_sum(pipeline: Pipeline) -> None:
    """``put the cost of repairs at $12 million`` / ``estimate the bill at about $18 million``:
    each outlet's only dollar sum, one measure in other words (a bridge collapse, not the art
    theft where it was seen); an outlet naming two sums does not join its other sum (the
    fitted join may still join the two costs by their words and order)."""
    got = _findings(pipeline,
                    "The city put the cost of repairing the collapsed Elm Street bridge at $12 million on Monday.",
                    "Engineers hired by the county estimate the bill at about $18 million, the Herald has learned.")
    assert any({"$12 million", "about $18 million"} <= amounts for _, amounts in got), got
    got = _findings(pipeline,
                    "The city put the cost of repairing the collapsed Elm Street bridge at $12 million on Monday.",
                    "Engineers hired by the county estimate the bill at about $18 million, and the state has "
                    "set aside $2 million for a temporary crossing.")
    assert not any({"$12 million", "$2 million"} <= amounts for _, amounts in got), got


def test_a_reporting_body_named_by_a_country_is_no_side_of_a_firms_story(pipeline: Pipeline) -> None:
    """A firm counts its own branches (``37 of its branches``); a national trade body counts
    them differently. The body's nationality makes no side when the story's sides are firms:
    the two counts of one thing are compared."""
    got = _findings(pipeline,
                    "Nordhaven Bank said it had shut 37 of its branches on Wednesday for security reasons.",
                    "According to the Danish Bankers Association, 41 branches stayed shut on Wednesday.")
    assert any({"37", "41"} <= amounts for _, amounts in got), got


def test_a_count_told_as_moved_on_is_updated_whichever_sides_tell_it(pipeline: Pipeline) -> None:
    """``Arvania said two of its sailors were killed``; a day later ``the Belorian navy said ...
    had now been killed``: the later count is told as the count moved on (``now``), its
    update, not the other party's rival claim (beside the conflicting pair above, which only
    the word ``now`` tells apart; seen in a raid on a drug laboratory)."""
    got = _findings(pipeline,
                    "Arvania said two of its sailors were killed when a Belorian patrol boat opened fire near "
                    "the reef.",
                    "The Belorian navy said on Tuesday that five Arvani sailors had now been killed in "
                    "the exchange of fire near the reef.")
    assert any(label == "updated" and {"two", "five"} <= amounts for label, amounts in got), got
