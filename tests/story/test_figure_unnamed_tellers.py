"""One article, two tellers: a named source's amount in one sentence and, in another, an amount
someone tells though the reading of sources resolved no name for it (``Supporters' groups,
which organised the march, put the number at ...``). The article reports two readings, compared
like two outlets' (``figure_label.named_and_unnamed``); the outlet's own narration and a count's
history (a change, the first reports) are no second teller. Invented sentences: a march, a
sports hall, a ferry fire, police raids."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story.figure_label import named_and_unnamed, told_apart, unnamed_teller
from newskit.story.figure_marks import first_report
from newskit.story.figures import article_figures
from tests.story.helpers import figures_by_measure

_OTHER = "The derby at the stadium ended in a goalless draw on Saturday evening."


def _figures(pipeline: Pipeline, text: str) -> dict[str, Figure]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-06-02"}))
    return {f.ref.text: f for f in article_figures(a) if f.ref is not None}


def test_an_unresolved_teller_beside_a_named_one_in_one_article_conflicts(pipeline: Pipeline) -> None:
    """Fails on the old rule: one article's two amounts were one teller's one count."""
    march = ("Police said about 2,000 fans marched to the stadium on Saturday before the derby. "
             "Supporters' groups, which organised the march against ticket prices, put the number at more than 6,000.")
    got = figures_by_measure(pipeline, march, _OTHER, published=("2025-06-07T18:00", "2025-06-07T21:00"))
    found = [label for label, amounts in got.values() if {"about 2,000", "more than 6,000"} <= amounts]
    assert found == ["conflicting"], got
    figs = _figures(pipeline, march)
    assert unnamed_teller(figs["more than 6,000"]) and not unnamed_teller(figs["about 2,000"])
    assert named_and_unnamed(figs["about 2,000"], figs["more than 6,000"])


def test_the_outlets_own_narration_is_no_second_teller(pipeline: Pipeline) -> None:
    hall = ("Police said 14 people were injured when the roof of the sports hall gave way on Sunday. "
            "The 11 players of the youth team had left the hall minutes earlier.")
    figs = _figures(pipeline, hall)
    assert not unnamed_teller(figs["11"])
    assert not named_and_unnamed(figs["14"], figs["11"])
    got = figures_by_measure(pipeline, hall, _OTHER)
    assert not [a for _, a in got.values() if {"14", "11"} <= a], got


def test_a_count_told_as_a_change_is_no_rival_teller(pipeline: Pipeline) -> None:
    """``raising the death toll from three``: the count's earlier state, told by an unresolved
    teller (``the hospital said``), is its history, not a reading set against the officials'."""
    ferry = ("Four people died in the ferry fire, officials said on Monday. "
             "A woman died in hospital overnight, the hospital said, raising the death toll from three.")
    figs = _figures(pipeline, ferry)
    assert unnamed_teller(figs["three"])
    assert not named_and_unnamed(figs["Four"], figs["three"])
    got = figures_by_measure(pipeline, ferry, _OTHER)
    assert "conflicting" not in {label for label, _ in got.values()}, got


def test_an_earlier_statement_is_the_first_report(pipeline: Pipeline) -> None:
    """Fails on the old rule: only ``reports`` followed an adjective of earliness."""
    raids = ("Officers arrested 41 people in raids across the region, police said in an updated statement. "
             "An earlier statement had put the number of arrests at 35.")
    figs = _figures(pipeline, raids)
    assert first_report(figs["35"]) and not first_report(figs["41"])
    assert not first_report(_figures(pipeline, "A statement had put the number of arrests at 35.")["35"])
    got = figures_by_measure(pipeline, raids, "Police arrested 41 people in the raids on Tuesday.",
                             published=("2025-06-07T18:00", "2025-06-07T21:00"))
    found = [label for label, amounts in got.values() if {"41", "35"} <= amounts]
    assert found == ["updated"], got


def test_an_unresolved_teller_in_a_rival_clause_of_one_sentence_conflicts(pipeline: Pipeline) -> None:
    """``Police put the crowd at ..., while organisers said ...``: the two clauses are two
    tellers' readings though no source was read for the first. Fails on the old rule."""
    march = "Police put the crowd at 4,000, while organisers of the march said 15,000 people took part."
    figs = _figures(pipeline, march)
    assert named_and_unnamed(figs["15,000"], figs["4,000"])
    got = figures_by_measure(pipeline, march, _OTHER, published=("2025-06-07T18:00", "2025-06-07T21:00"))
    found = [label for label, amounts in got.values() if {"4,000", "15,000"} <= amounts]
    assert found == ["conflicting"], got


def test_no_rival_break_no_second_teller_in_one_sentence(pipeline: Pipeline) -> None:
    """Without a rival's clause (``, while``, ``, but``, ``;``) between them, one sentence's two
    amounts are not set against each other by their tellers."""
    march = "Police put the crowd at 4,000 as organisers of the march said 15,000 people took part."
    figs = _figures(pipeline, march)
    assert not named_and_unnamed(figs["15,000"], figs["4,000"])


def test_told_apart_reads_an_article_whose_tellers_differ_not_one_that_repeats_one(pipeline: Pipeline) -> None:
    """The finding's check of one article's amounts (``told_apart``, linear in them): a named
    and an unresolved teller, yes; one teller telling its count again and again, no."""
    march = ("Police said about 2,000 fans marched to the stadium on Saturday before the derby. "
             "Supporters' groups, which organised the march against ticket prices, put the number at more than 6,000.")
    assert told_apart(list(_figures(pipeline, march).values()))
    again = " ".join(["Police said about 2,000 fans marched to the stadium on Saturday."] * 3)
    a = pipeline.run(Article.from_dict({"id": "a", "text": again, "published": "2025-06-02"}))
    assert not told_apart(article_figures(a))
