"""The happening as agent: a verb whose subject is a happening's noun is a mention of that
happening, though no lexicon lists the verb. Sentences written for these tests (a tornado
in a farm town, a grain-silo explosion, a volcano, a rail cyberattack, an election, a
church fire)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.events.helpers import linked_events

from newskit_events.agents import agent_verbs
from newskit_events.lemma import is_past
from newskit_events.triggers import find_triggers


def _event_of(text: str, word: str) -> list[str]:
    """The mention texts of the event that holds ``word``."""
    for e in linked_events(text):
        if any(m.text == word for m in e.mentions):
            return [m.text for m in e.mentions]
    return []


def test_a_verb_after_a_happening_is_its_mention() -> None:
    text = "A tornado tore through the farming town of Elkhart on Saturday night, officials said."
    assert _event_of(text, "tornado") == ["tornado", "tore"]


def test_an_auxiliary_an_adverb_or_a_relative_may_stand_between() -> None:
    text = "The eruption has spread across three valleys."
    assert "spread" in _event_of(text, "eruption")
    text = "The explosion, which ripped through the silo, was heard 20 km away."
    assert "ripped" in _event_of(text, "explosion")
    text = "Ticket machines froze when the cyberattack reportedly swept across the rail network."
    assert "swept" in _event_of(text, "cyberattack")


def test_a_general_action_takes_its_subjects_class() -> None:
    text = "A pre-dawn blaze tore through the parish hall on Sunday."
    kinds = {text[s:e]: cls for s, e, _f, cls, *_ in find_triggers(text)}
    assert kinds["tore"] == kinds["blaze"] == "disaster"


def test_no_subject_inside_a_prepositional_phrase() -> None:
    text = "Voters queued for hours in a parliamentary election billed as the freest in decades."
    assert "billed" not in {text[s:e] for s, e, *_ in find_triggers(text)}


def test_a_participle_or_a_verb_of_no_act_is_no_mention() -> None:
    for text in ("The fire set by two teenagers spread to the roof.",
                 "The eruption expected to follow the tremors never came.",
                 "The blast caused damage to 40 homes.",
                 "The explosion was heard across the valley."):
        told = {text[s:e] for s, e, _f, cls, *_ in find_triggers(text) if cls == "disaster"}
        assert not told & {"set", "expected", "caused", "was"}, text


def test_a_verb_of_its_own_class_keeps_it() -> None:
    text = "The tornado killed two farmhands near Elkhart."
    kinds = {text[s:e]: cls for s, e, _f, cls, *_ in find_triggers(text)}
    assert kinds["killed"] == "violence"


def test_a_happening_that_does_not_act_lends_no_verb() -> None:
    text = "The election delighted the ruling party."  # a political event is no force
    assert "delighted" not in {text[s:e] for s, e, *_ in find_triggers(text)}


def test_past_forms() -> None:
    assert is_past("slammed") and is_past("tore") and is_past("hit") and is_past("swept")
    assert not is_past("need") and not is_past("bed") and not is_past("storm")


@given(st.text(alphabet="abcdefghij ,.'", max_size=60))
def test_agent_verbs_only_adds_sorted_spans_of_the_text(text: str) -> None:
    found = find_triggers(text)
    out = agent_verbs(text, found)
    assert out == sorted(out) and len(out) >= len(found)
    assert all(0 <= s < e <= len(text) for s, e, *_ in out)


def test_an_effect_on_an_object_is_an_event_of_its_own() -> None:
    text = "The eruption smothered three villages in ash."
    assert "smothered" not in _event_of(text, "eruption")


def test_a_noun_phrase_that_opens_no_clause_is_no_subject() -> None:
    # (verbs that are no trigger of their own: "vanished" is a disappearance, test_amount_changes.py)
    text = "A guard injured in the prison riot has complained, officials said."
    assert "complained" not in {text[s:e] for s, e, *_ in find_triggers(text)}
    text = "Engineers said the damage has faded from the hull."
    assert "faded" not in {text[s:e] for s, e, *_ in find_triggers(text)}


def test_a_possessive_before_the_happening_is_part_of_its_noun_phrase() -> None:
    """The layer cuts the "'s" off its word (or keeps it apart in tokenised text); either
    way the possessive opens the subject's noun phrase, and a number is one word of it."""
    for text in ("Overnight the harbour's worst fire swept through the docks.",
                 "Overnight the harbour 's worst fire swept through the docks .",
                 "The 2024 blaze tore through the parish hall."):
        noun = "blaze" if "blaze" in text else "fire"
        verb = "tore" if "blaze" in text else "swept"
        assert verb in _event_of(text, noun), text

