"""Issue #14, session 43 (helper quotes): the speaker of a participle cue in a subordinate
clause, and the kinds after it. Sentences written for these tests from harbour, orchard,
rail and school news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def _speakers(text: str, cue: str) -> list[str | None]:
    return [spoken(text, q) for q in all_quotes(text) if q.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The protest came a day after the cooperative filed a complaint accusing the mill of dumping waste.",
         "accusing", "the cooperative"),
        ("Prices rose because the growers' association issued a statement blaming the drought for the losses.",
         "blaming", "the growers' association"),
        ("Shares fell when the regulator published a notice warning that port fees would rise.",
         "warning", "the regulator"),
    ],
)
def test_a_participle_in_a_subordinate_clause_takes_that_clause_subject(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]


def test_a_comma_before_the_participle_keeps_the_main_clause() -> None:
    text = "The mayor resigned after the council voted against him, saying he had lost its trust."
    assert _speakers(text, "saying") == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry crews resent the new rota at the harbour.", "the new rota at the harbour", "The ferry crews"),
        ("Maren Lund despises the plan to close the orchard school.",
         "the plan to close the orchard school", "Maren Lund"),
        ("The rail union commended the quick repair of the coastal line.",
         "the quick repair of the coastal line", "The rail union"),
    ],
)
def test_a_verb_of_feeling_or_judging_takes_its_object_as_stance(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(q.text, spoken(text, q)) for q in all_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The storm alarmed the orchard growers.",  # a cause of a feeling holds no stance
        "The harbour master murmured a greeting to the crews.",  # words, no judgement
        "The school board invited the parents to the meeting.",  # attitude_not: calling someone to come
    ],
)
def test_verbs_of_causing_feelings_or_of_mere_words_hold_no_stance(text: str) -> None:
    assert all_quotes(text) == []


def test_the_derived_list_leaves_hand_framed_verbs_alone() -> None:
    from newskit_quotes.stance import _attitude_verbs, load_json

    verbs = set(_attitude_verbs(load_json("stance.json")))
    assert "despise" in verbs
    assert not verbs & {"praise", "invite", "acknowledge"}  # framed by hand, or attitude_not
