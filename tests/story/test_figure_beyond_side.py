"""Session 50: an amount an outlet sets beyond another teller's count by a preposition of
comparison (``well below the government's figure``, ``far above the official estimate``)
names the side the rival lies on (``figure_contrast.contrast_side``), as ``a lower figure
than`` does, so the join pairs it with the likeliest rival on that side. Invented sentences
of kinds of news other than the sets measured on: a pension fund's assets, a canal's
traffic, a cooperative's harvest."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_contrast import contrast_side
from tests.story.helpers import joined_groups, outlet_figures

#: the articles' days: "at the end of March" is the month they were published in
_MARCH = "2025-03-0{n}"


def _side(pipeline: Pipeline, sentence: str, amount: str) -> int:
    figs = [f for f in outlet_figures(pipeline, (sentence,), _MARCH) if f.ref is not None and f.ref.text == amount]
    assert figs, outlet_figures(pipeline, (sentence,), _MARCH)
    return contrast_side(figs[0])


def test_a_preposition_below_anothers_count_is_below(pipeline: Pipeline) -> None:
    """Fails without the preposition's side: only comparatives (``fewer than``) named one."""
    assert _side(pipeline, "An auditors' group says the pension fund holds $4.1 billion, well below the treasury's "
                 "figure.", "$4.1 billion") == -1
    assert _side(pipeline, "Pilots said 38 ships crossed the canal on Monday, far short of the figure given by the "
                 "canal authority.", "38") == -1


def test_a_preposition_above_anothers_count_is_above(pipeline: Pipeline) -> None:
    assert _side(pipeline, "Growers said the cooperative picked 2,400 tonnes of olives, well above the ministry's "
                 "estimate.", "2,400 tonnes") == 1


def test_a_preposition_before_no_teller_s_count_names_no_side(pipeline: Pipeline) -> None:
    """``above the river`` and ``below the first estimate`` (the count's own earlier reading)
    name no rival."""
    assert _side(pipeline, "Pilots said 38 ships crossed the canal on Monday, above the river mouth.", "38") == 0
    assert _side(pipeline, "The cooperative said it picked 2,400 tonnes of olives, well above the first estimate given "
                 "by growers.", "2,400 tonnes") == 0


def test_an_amount_set_below_a_rival_one_article_tells_too_joins_it(pipeline: Pipeline) -> None:
    """The auditors' reading is set below the treasury's, which the article gives a sentence
    later and another outlet restates: the two readings' groups share an article, so only the
    side the preposition names joins them."""
    told = joined_groups(pipeline, (
        "An auditors' group says the state pension fund holds $4.1 billion, well below the treasury's figure. "
        "The treasury says the fund holds $5.6 billion.",
        "The treasury said the state pension fund held $5.6 billion at the end of March.",
    ), _MARCH)
    assert any({("a0", "$4.1 billion"), ("a0", "$5.6 billion"), ("a1", "$5.6 billion")} <= g for g in told), told
    told = joined_groups(pipeline, (
        "Pilots said 38 ships crossed the canal on Monday, far short of the figure given by the canal authority. "
        "The canal authority said 61 vessels made the passage.",
        "The canal authority said 61 vessels made the passage on Monday.",
    ), _MARCH)
    assert any({("a0", "38"), ("a0", "61"), ("a1", "61")} <= g for g in told), told

