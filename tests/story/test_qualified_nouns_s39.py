"""Session 39 (issue #10): a body named by its common noun as a source takes the one
qualified form the story's texts give that phrase (``Seville city council``). Invented news."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs

_WARNED = ("Residents of Triana said on Monday that Seville city council had been warned a year ago that the "
           "fallen plane tree was diseased. ")
_DENIED = "Residents say the council ignored the warning. The city council denied ignoring any report."


def test_a_body_s_noun_takes_the_one_name_the_texts_give_it(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Diario Sur", _WARNED + _DENIED)])
    assert any(d == "Seville city council" for _, d in pairs), pairs


def test_a_noun_the_texts_qualify_two_ways_stays_a_noun(pipeline: Pipeline) -> None:
    other = "Cordoba city council said it had felled four trees last spring, as Cordoba often does. "
    pairs = outlet_pairs(pipeline, [("Diario Sur", _WARNED + other + _DENIED)])
    assert all(d != "Seville city council" and d != "Cordoba city council" for _, d in pairs), pairs


def test_a_common_word_opening_a_sentence_is_no_qualifier(pipeline: Pipeline) -> None:
    text = ("Regional health board officials said the ward had closed. Angry health board members said the ward "
            "was closed for months. The health board denied that.")
    pairs = outlet_pairs(pipeline, [("Valley News", text)])
    assert all(not d.startswith(("Angry", "Regional")) for _, d in pairs), pairs
