"""A participant every lead names by its bare noun is no predicate of the news, though one
lead uses the word as a verb (story/predicate.py ``lead_predicate``): "took the fund to
court" beside "the fund" in every other lead names what the news happened to. An act
most leads name by a noun of its act ("the underpayment") stays the predicate. Stories of a
court's penalty and of a wage underpayment, written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.predicate import base, lead_predicate


def _penalty(noun: str) -> list[dict[str, str]]:
    """Four leads of a court's penalty against a pension ``noun``, one of which uses the
    noun's word after a light verb."""
    rows = [
        (f"Pension {noun} penalised $11 million for misleading members",
         f"A large pension {noun} has been penalised $11 million by the Federal Court for telling "
         "members an investment option excluded coal miners.\nThe regulator said the penalty was a "
         "warning to the industry."),
        (f"Court hits pension {noun} with record penalty",
         f"The Federal Court on Wednesday penalised the {noun} $11 million after the regulator took "
         f"the {noun} to court over its ethical option.\nThe {noun} said it would not appeal."),
        (f"Pension {noun} says it accepts court's ruling",
         f"The {noun} said on Wednesday it accepted the ruling, a day after the court penalised it "
         "for misleading claims about its ethical option.\nIts chief executive apologised to members."),
        (f"Members of penalised {noun} ask for answers",
         f"Members of the {noun} penalised by the Federal Court this week said they wanted to know how "
         "their savings were invested.\nA members' group wrote to the board on Thursday."),
    ]
    return [{"id": f"p{n}", "published": "2026-05-14", "title": t, "text": x} for n, (t, x) in enumerate(rows)]


def _underpayment() -> list[dict[str, str]]:
    """Three leads of a wage underpayment: one tells it after a light verb, the others by
    its noun alone."""
    rows = [
        ("Cafe chain reports $4m underpayment to regulator",
         "A cafe chain said on Tuesday it had reported the underpayment of about 900 workers to the "
         "Fair Work Ombudsman.\nThe company said it had repaid most of the money."),
        ("Cafe chain blames payroll software for underpayment",
         "The cafe chain has blamed a payroll system installed in 2019 for a $4 million underpayment "
         "of staff wages.\nThe union said the underpayment was deliberate."),
        ("Union demands inquiry into cafe underpayment",
         "A union on Wednesday demanded an inquiry into the underpayment at the cafe chain, saying "
         "other employers used the same payroll system.\nThe ombudsman declined to comment."),
    ]
    return [{"id": f"u{n}", "published": "2026-06-02", "title": t, "text": x} for n, (t, x) in enumerate(rows)]


def test_a_fund_one_lead_takes_to_court_is_no_predicate(pipeline: Pipeline) -> None:
    run = [pipeline.run(Article.from_dict(a)) for a in _penalty("fund")]
    assert lead_predicate(run) != base("fund")


def test_an_act_the_leads_name_by_its_noun_is_the_predicate(pipeline: Pipeline) -> None:
    run = [pipeline.run(Article.from_dict(a)) for a in _underpayment()]
    assert lead_predicate(run) == base("underpayment")


@settings(max_examples=4, deadline=None)
@given(noun=st.sampled_from(["fund", "insurer", "charity", "bank"]))
def test_property_a_participant_every_lead_names_is_never_the_predicate(noun: str) -> None:
    pipeline = Pipeline.build()
    run = [pipeline.run(Article.from_dict(a)) for a in _penalty(noun)]
    assert lead_predicate(run) != base(noun)
