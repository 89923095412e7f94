"""Issue #10: a penalty the prosecution asks for (``The prosecution had asked for fines of
NOK 420,000``, ``Prosecutors had sought 14 years``) is a demand, its own measure
(``figure_sought``), never a reading of the penalty the court imposes. Invented sentences,
not the story sets'."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_sought import SOUGHT, is_sought
from tests.story.helpers import figure_measures, figure_summaries

_measures = figure_measures
_findings = figure_summaries


def _at(text: str, amount: str) -> QuantityMention:
    start = text.index(amount)
    return QuantityMention(start=start, end=start + len(amount), text=amount, value=None)


@pytest.mark.parametrize(("text", "amount"), [
    ("The prosecution had asked for fines of NOK 420,000 and NOK 60,000.", "NOK 420,000"),
    ("The prosecution had asked for fines of NOK 420,000 and NOK 60,000.", "NOK 60,000"),
    ("The anti-graft prosecutors had demanded a nine-year prison term and a fine of Rp 2 billion.", "Rp 2 billion"),
    ("The prosecution, which had sought 14 years, said it would study the ruling.", "14 years"),
    ("Prosecutors are seeking a fine of $3.5 million from the shipping company.", "$3.5 million"),
])
def test_an_amount_the_prosecution_asks_for_is_sought(text: str, amount: str) -> None:
    assert is_sought(text, (0, len(text)), _at(text, amount))


@pytest.mark.parametrize(("text", "amount"), [
    # before the verb of asking: what the accused is said to have done
    ("Prosecutors had accused him of taking 2.4 million zlotys and asked for five years in prison.", "2.4 million zlotys"),
    # another asker: a claimant's demand is the story's
    ("The city council is seeking a fine of about $120,000 from the plantation.", "about $120,000"),
    # another clause: what the court gave
    ("Prosecutors had asked for six years, but the court gave him four years.", "four years"),
    # no asking at all
    ("The court fined the tour company NOK 180,000 on Thursday.", "NOK 180,000"),
])
def test_no_demand_outside_the_prosecutions_asking(text: str, amount: str) -> None:
    assert not is_sought(text, (0, len(text)), _at(text, amount))


def test_the_fine_asked_for_is_its_own_measure(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The court fined the operator NOK 310,000 on Thursday. "
                                   "The prosecution had asked for a fine of NOK 420,000.")
    assert measures.get("NOK 420,000", "").endswith(SOUGHT), measures
    assert not measures.get("NOK 310,000", "").endswith(SOUGHT), measures


def test_the_fine_asked_for_is_no_reading_of_the_fine_imposed(pipeline: Pipeline) -> None:
    found = _findings(pipeline, [
        "A district court on Thursday fined the tour operator Polar Trails NOK 310,000 for driving too close "
        "to a polar bear. The prosecution had asked for a fine of NOK 420,000.",
        "Polar Trails was fined NOK 310,000 by the district court, which found the company guilty on all counts."])
    assert all("420,000" not in f for f in found), found


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Prosecutors", "The prosecution", "The public prosecutor"]),
       st.sampled_from(["had asked for", "had sought", "demanded", "are seeking", "requested"]),
       st.integers(2, 900))
def test_a_prosecutors_verb_of_asking_makes_the_amount_after_it_a_demand(subject: str, verb: str, n: int) -> None:
    text = f"{subject} {verb} a fine of {n},000 euros for the company."
    amount = f"{n},000 euros"
    assert is_sought(text, (0, len(text)), _at(text, amount))
    assert not is_sought(text.replace(verb, "said it paid"), (0, len(text)), _at(text.replace(verb, "said it paid"), amount))


def test_a_demand_no_rule_names_is_no_figure(pipeline: Pipeline) -> None:
    found = _findings(pipeline, [
        "The court gave the former port director seven years. The prosecution, which had sought 11 years, said it "
        "was satisfied.",
        "It was the heaviest sentence handed to a state manager in more than a decade. Prosecutors had asked for "
        "a 12-year term."])
    assert all("11 years" not in f and "12-year" not in f for f in found), found
    measures = _measures(pipeline, "The prosecution, which had sought 11 years, said it was satisfied.")
    assert "11 years" not in measures, measures
