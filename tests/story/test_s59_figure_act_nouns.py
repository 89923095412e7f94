"""Session 59 (helper background): a noun of an act or its result (``-ment``: comments,
shipments, fragments, amendments) names no persons, though it ends in an agent's ``-ent``
(``figure_data.is_person_noun``, ``thing_suffixes``). Invented sentences: a consultation on
pesticide rules, a port's shipments, a bill's amendments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.figure_data import is_person_noun
from tests.story.helpers import article_measures, labelled_amounts


def test_a_noun_of_an_act_or_a_result_names_no_persons() -> None:
    """Fails without ``thing_suffixes``: each of these read as persons by its ``-ent`` ending."""
    for noun in ("comments", "consignments", "fragments", "amendments", "settlement", "instruments"):
        assert not is_person_noun(noun), noun


def test_agents_of_the_same_ending_still_name_persons() -> None:
    for noun in ("residents", "students", "patients", "migrants", "opponents", "respondent"):
        assert is_person_noun(noun), noun


def test_a_partitive_of_comments_counts_comments(pipeline: Pipeline) -> None:
    """Fails without ``thing_suffixes``: the part was read as a count of people who opposed."""
    got = article_measures(pipeline, "Officials said more than 30,000 of the comments opposed the changes.")
    assert got["more than 30,000"] == "number of comments [opposed]", got


def test_comments_are_no_rival_of_the_people_another_outlet_counts(pipeline: Pipeline) -> None:
    """Fails without ``thing_suffixes``: the comments that opposed stood against another
    outlet's growers as one count updated (30,000 to 45,000)."""
    got = labelled_amounts(
        pipeline,
        "The ministry received nearly 48,000 comments on the draft rules. Officials said more than "
        "30,000 of the comments opposed the changes.",
        "Farm groups said 45,000 growers opposed the changes to the pesticide rules.")
    assert not any("45,000" in amounts for _, amounts in got), got


@given(st.sampled_from(["ship", "pay", "settle", "amend", "docu", "frag", "invest", "appoint", "move"]),
       st.sampled_from(["ment", "ments"]))
def test_any_noun_of_the_act_suffix_names_no_persons(stem: str, suffix: str) -> None:
    assert not is_person_noun(stem + suffix)
