"""A part and its whole are two counts: an amount whose own sentence names its whole
(``47 of the 52 children``) is never compared with another outlet's amount of that whole's
value (``52 children were rescued``); the parts stay comparable among themselves. Invented
sentences, not the story sets."""

from __future__ import annotations

import attrs

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_whole import split_by_whole, stated_whole, wholes_by_position
from tests.story.helpers import amounts, figure_conflicts, sentence_figure

_PART = "Inspectors said 12 of the 30 pumps had failed."


def _whole_of(text: str, amount: str, value: int, article: str = "a1") -> list[Figure]:
    whole = attrs.evolve(sentence_figure(text, amount, value, article=article), role="whole")
    return [whole]


def test_the_whole_is_the_amount_right_after_the_partitive() -> None:
    part = sentence_figure(_PART, "12", 12)
    wholes = wholes_by_position(_whole_of(_PART, "30", 30))
    assert stated_whole(part, wholes) is not None
    assert stated_whole(sentence_figure("Inspectors said 12 pumps had failed.", "12", 12), wholes) is None


def test_a_part_and_another_outlets_whole_split_and_parts_stay_together() -> None:
    wholes = wholes_by_position(_whole_of(_PART, "30", 30) + _whole_of("A later count found 17 of the 30 pumps had failed.",
                                                                       "30", 30, article="a3"))
    part = sentence_figure(_PART, "12", 12)
    other_part = sentence_figure("A later count found 17 of the 30 pumps had failed.", "17", 17, article="a3")
    whole = sentence_figure("The station has 30 pumps.", "30", 30, article="a2")
    assert split_by_whole([part, whole, other_part], wholes) == [[part, other_part], [whole]]
    assert split_by_whole([part, other_part], wholes) == [[part, other_part]]  # no amount of the whole's value


def test_a_part_told_with_its_whole_makes_no_conflict_with_the_whole(pipeline: Pipeline) -> None:
    texts = ["Police rescued 52 children from a brick kiln in the north on Tuesday, taking the total rescued in "
             "the operation to 52, officials said.",
             "The district administration said 47 of the 52 children were from the neighbouring province; the other "
             "five were from the capital."]
    got = [amounts(f) for f in figure_conflicts(pipeline, texts)]
    assert not any({"47", "52"} <= g for g in got), got
    texts = ["The ferry Baltic Star, carrying 1,240 passengers and 310 crew, sent a mayday on Saturday afternoon.",
             "During Saturday's emergency, 610 of the 1,240 passengers were lifted off by helicopter while the "
             "vessel drifted."]
    got = [amounts(f) for f in figure_conflicts(pipeline, texts)]
    assert not any({"610", "1,240"} <= g for g in got), got
