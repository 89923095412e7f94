"""Session 8: a figure of another event or time is not compared, one amount told in two
units is one amount, and amounts of two dimensions are never one group. Sentences of kinds
of news other than those where the errors were seen (a regulator's fine, a rate cut):
an airline's refunds, a football league, a shipping settlement, a festival, a ferry."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story import build_story
from newskit.story.figure_story import dimension, restated, split_by_dimension
from newskit.story.figures import article_figures
from tests.story.helpers import figures_by_measure


def _figures(pipeline: Pipeline, text: str, published: str = "2026-06-02") -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": published}))
    return {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref}


def _findings(pipeline: Pipeline, *texts: str) -> list[tuple[str | None, set[str]]]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2026-06-0{i + 1}", "source": f"Outlet {i}"})
            for i, t in enumerate(texts)]
    story = build_story([pipeline.run(a) for a in arts])
    return [(f.label, {x.ref.text for x in f.figures if x.ref}) for f in story.conflicts if f.type == "figures"]


def test_a_date_in_a_gerund_clause_dates_that_clause_not_the_amount(pipeline: Pipeline) -> None:
    """``for failing to refund passengers stranded by a strike last year``: last year is the
    strike's time; the penalty is this story's."""
    got = _figures(pipeline, "The aviation authority on Monday fined Skyway Air $4.2 million for failing to refund "
                             "passengers stranded by a strike last year.")
    assert "$4.2 million" in got and " in 20" not in got["$4.2 million"], got


def test_a_relative_clause_keeps_its_own_date(pipeline: Pipeline) -> None:
    """``Harbourline, which employs 4,500 people, was sold in 2019``: the sale's year is not
    the staff count's (the comma closes the relative clause)."""
    got = _figures(pipeline, "Harbourline, which employs 4,500 people, was sold to a rival ferry operator in 2019.")
    assert all(" in 2019" not in m for t, m in got.items() if "4,500" in t), got


def test_an_amount_in_apposition_takes_the_main_clauses_date(pipeline: Pipeline) -> None:
    """``the league's heaviest punishment, a record £12 million fine on Rovers, came in March
    2019``: the fine named beside the subject happened when the main clause says."""
    got = _figures(pipeline, "The league's heaviest punishment, a record £12 million fine on Rovers, came in "
                             "March 2019.")
    assert any("£12 million" in t and m.endswith(" in 2019") for t, m in got.items()), got


def test_an_amount_no_rule_names_of_another_year_is_left_out(pipeline: Pipeline) -> None:
    """``In 2019 the festival sold 38 tonnes of strawberries``: no measure and another time,
    so nothing of this story to compare it with."""
    got = _figures(pipeline, "In 2019 the festival sold 38 tonnes of strawberries to visitors.")
    assert not any("38 tonnes" in t for t in got), got


def test_an_amount_in_brackets_restates_the_one_before(pipeline: Pipeline) -> None:
    """``40 million euros ($46.4 million)``: the dollar amount measures what the euro amount
    measures, and is compared with another outlet's dollars and, at the rate the article
    itself gives (``figure_rates``), with the euros: one sum, consistent."""
    got = _findings(pipeline,
                    "The shipping company paid 40 million euros ($46.4 million) to settle the claims, the court said.",
                    "The shipping company paid about $46 million to settle the claims.")
    assert ("consistent", {"40 million euros", "$46.4 million", "about $46 million"}) in got, got


def test_an_amount_in_brackets_is_the_same_amount_not_a_part(pipeline: Pipeline) -> None:
    """``2.1 billion yen (about $14 million)``: a smaller number in another currency is the
    same amount, never a part of the one before."""
    a = pipeline.run(Article.from_dict({"id": "a", "text": "Ticket sales for the film reached 2.1 billion yen (about "
                                        "$14 million) in its first week.", "published": "2026-06-02"}))
    figs = {f.ref.text: f for f in article_figures(a, loose=True) if f.ref}
    assert figs["about $14 million"].measure == figs["2.1 billion yen"].measure, figs
    assert figs["about $14 million"].role == figs["2.1 billion yen"].role == "total", figs


def _fig(unit: str | None, value: int) -> Figure:
    return Figure(article="a", measure="fine", value=value, unit=unit)


def test_amounts_of_two_dimensions_are_two_groups() -> None:
    """Euros, dollars, a percent and a count under one measure name are four groups."""
    figs = [_fig("EUR", 85), _fig("USD", 98), _fig("EUR", 90), _fig("percent", 4), _fig(None, 12)]
    parts = split_by_dimension(figs)
    assert [[f.value for f in p] for p in parts] == [[85, 90], [98], [4], [12]]


def test_a_bare_number_goes_with_the_measures_only_dimension() -> None:
    """``magnitude 7.2`` and a bare ``7.4`` (``put the magnitude at 7.4``) are one group."""
    parts = split_by_dimension([_fig("magnitude", 7), _fig(None, 8), _fig("magnitude", 6)])
    assert [[f.value for f in p] for p in parts] == [[7, 6, 8]]


@given(st.lists(st.tuples(st.sampled_from(["EUR", "USD", "percent", "km", None]), st.integers(1, 10**6)),
                min_size=1, max_size=12))
def test_each_dimension_group_has_one_dimension_and_nothing_is_lost(items: list[tuple[str | None, int]]) -> None:
    figs = [_fig(u, v) for u, v in items]
    parts = split_by_dimension(figs)
    assert sum(len(p) for p in parts) == len(figs)
    measured = [p for p in parts if any(f.unit for f in p)]
    assert all(len({dimension(f)[0] for f in p if f.unit}) == 1 for p in measured)
    assert len({dimension(next(f for f in p if f.unit))[0] for p in measured}) == len(measured)
    assert Decimal(sum(f.value or 0 for p in parts for f in p)) == sum(v for _, v in items)


def test_an_adverb_of_time_after_a_number_is_no_counted_noun(pipeline: Pipeline) -> None:
    """``rose to 212 overnight``: the count is of patients, not of overnights."""
    got = _figures(pipeline, "The number of patients admitted to hospital with the virus rose to 212 overnight, "
                             "health officials said.")
    assert "212" in got and "overnight" not in got["212"], got


def test_a_time_to_come_is_not_the_time_an_amount_was_stated(pipeline: Pipeline) -> None:
    """``and said shelters would stay open through the weekend``: the weekend is when the
    shelters stay open, not when the count of evacuees was given (the article's time is)."""
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-06-03T10:00", "text":
                                        "Officials on Wednesday raised the number of people evacuated from the valley "
                                        "to 3,400 and said shelters would stay open through the weekend."}))
    stated = {f.ref.text: f.stated for f in article_figures(a, loose=True) if f.ref}
    assert stated.get("3,400") == "2026-06-03T10:00", stated


def test_amounts_no_rule_names_are_no_parts_of_each_other(pipeline: Pipeline) -> None:
    """``unemployment fell to 4.1%`` then ``wages rose 1.2%``: two amounts without a measure
    are not a total and its part (only a measure's amounts are)."""
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-06-02", "text":
                                        "Unemployment fell to 4.1% in May. Elsewhere in the report, wages edged up "
                                        "1.2%, with the services sector adding most jobs."}))
    roles = {f.ref.text: f.role for f in article_figures(a, loose=True) if f.ref}
    assert roles.get("1.2%") == "total", roles


def test_a_length_against_a_place_is_a_distance_not_a_depth(pipeline: Pipeline) -> None:
    """``at a depth of about 10 km, some 60 km east of Palu``: the second is where it was,
    compared only with other distances from that place."""
    got = _findings(pipeline,
                    "The tremor struck at a depth of about 10 km, some 60 km east of the city of Palu.",
                    "The epicentre lay 12 kilometres deep and 70 km from Palu, seismologists said.")
    for _, texts in got:
        assert not ({"about 10 km", "12 kilometres"} & texts and {"some 60 km", "70 km"} & texts), got


def test_one_specific_number_told_in_other_words_is_one_measure(pipeline: Pipeline) -> None:
    """``2,417 seats`` on one outlet and ``about 2,400 places`` on another, in clauses that
    share no specific word: one specific number told twice is one measure."""
    got = _findings(pipeline,
                    "The new stadium stand holds 2,417 seats, the club said on Monday.",
                    "Fans will fill about 2,400 places when the rebuilt terrace opens next season.")
    assert ("consistent", {"2,417", "about 2,400"}) in got or ("consistent", {"2,417 seats", "about 2,400 places"}) in got, got


def test_round_numbers_alone_or_far_apart_are_no_restatement() -> None:
    """``3.75%`` and ``more than 3%`` agree only through an open bound; ``3,000`` and ``about
    3,000`` have no specific digits: neither is one number told twice by that rule."""
    def fig(v: Decimal | int, approx: str | None = None, unit: str | None = None) -> Figure:
        return Figure(article="a", measure="?", value=v, approx=approx, unit=unit)
    assert restated([fig(3104)], [fig(3100, "about")])
    assert not restated([fig(Decimal("3.75"), unit="percent")], [fig(3, "over", unit="percent")])
    assert not restated([fig(3000)], [fig(3000, "about")])
    assert not restated([fig(3104)], [fig(2500, "about")])


def test_two_outlets_counts_of_one_past_year_compare_and_of_two_years_do_not(pipeline: Pipeline) -> None:
    """A port's throughput of last year told by two outlets is one measure of 2024; the
    same figure for 2023 in one of them is another year's count, never compared."""
    harbour = "In 2024 the harbour moved about 1.4 million boxes, according to its annual report. Dockers walked out on Monday."
    got = figures_by_measure(pipeline, "The port handled 1.42 million containers last year, the authority said. A strike "
                                       "closed it on Monday.", harbour)
    assert list(got.values()) == [("consistent", {"1.42 million", "about 1.4 million"})], got
    got = figures_by_measure(pipeline, "The port handled 1.42 million containers in 2023, the authority said. A strike "
                                       "closed it on Monday.", harbour)
    assert got == {}, got


def test_a_named_event_dated_after_since_dates_its_own_clause(pipeline: Pipeline) -> None:
    """Session 15: ``since the 2018 Winter Games, which drew 2.9 million visitors``: the year
    names an earlier event even when the event is a name (capitalised), so its amounts are of
    that year, never this story's; a change since it stays this story's."""
    got = _figures(pipeline, "Hotel bookings in the region are the highest since the 2018 Winter Games, which drew "
                             "2.9 million visitors, the tourism board said.")
    assert got.get("2.9 million", "").endswith(" in 2018"), got
    now = _figures(pipeline, "Ticket prices have risen 14% since the 2019 Transport Act took effect, the regulator said.")
    assert "14%" in now and " in 20" not in now["14%"], now
