"""Issue #14, session 26: a speaker read from inside a participle phrase that modifies the
subject, on the S26 check's read half (``A former treasurer accused of taking money from a
pension fund told the jury``: ``a pension fund``) and PolNeAR dev's seen half (``Trump,
appearing after Clinton at the NBC/MSNBC forum, cited``: ``MSNBC``). A past participle
before its preposition opens a reduced relative clause as a present participle does
(:mod:`newskit_quotes.participles`); a gerund after a preposition is inside that phrase;
a slash joins two capitalised names into one. A bare role (``the engineer``) is the speaker
an earlier phrase headed by that role described (S26 read: ``the engineer`` resolved to
``local MP``; PolNeAR seen: ``The president`` to ``Michelle Obama``). Sentences written for these tests from
hailstorm, lighthouse, apiary, ferry and circus news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("A farmer injured in the hailstorm near Tarbes said the stones were as big as eggs.",
         "the stones were as big as eggs", "A farmer"),
        ("Keepers based at the lighthouse on Sule Skerry said the lamp had failed twice.",
         "the lamp had failed twice", "Keepers"),
        ("Passengers stranded in Ullapool overnight told reporters the ferry had no spare crew.",
         "the ferry had no spare crew", "Passengers"),
        ("Beekeepers hit by the cold spring in Aragon said half their hives had died.",
         "half their hives had died", "Beekeepers"),
        ("Two acrobats hurt in the fall at the circus in Lyon said the rigging had slipped.",
         "the rigging had slipped", "Two acrobats"),
    ],
)
def test_a_past_participle_phrase_after_the_subject_leaves_the_subject_speaking(
        text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


def test_a_gerund_after_a_preposition_is_inside_the_participle_phrase() -> None:
    text = ("A beekeeper accused of stealing hives from a cooperative in Huesca told the court "
            "that he had bought them at a market.")
    assert reported_with_speakers(text) == [("he had bought them at a market", "A beekeeper")]


def test_a_slash_joins_two_names_inside_an_aside() -> None:
    text = ("Ortega, speaking after Lindqvist at the ABC/BBC debate, cited delays at the ferry "
            "terminal that he blamed on the port authority.")
    [(content, speaker)] = reported_with_speakers(text)
    assert content.startswith("delays at the ferry terminal")
    assert speaker == "Ortega"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a form of "be" before the participle makes it a finite passive inside the relative
        ("The keeper who was injured in the storm said the lamp was out.",
         "the lamp was out", "The keeper"),
        # a verb of saying before a time is the finite verb of its clause, no participle
        ("Police confirmed on Monday the ferry's captain said he had not seen the warning.",
         "the ferry's captain said he had not seen the warning", "Police"),
        # a naming participle gives the floor to the name, as before
        ("A group known as the Apiary Defence League said it had freed the bees.",
         "it had freed the bees", "the Apiary Defence League"),
        # an agent after "by" of a published document still reports what it found
        ("A study published by the beekeepers' federation found that hive losses had doubled.",
         "hive losses had doubled", "A study published by the beekeepers' federation"),
    ],
)
def test_no_reduced_relative_is_read_where_the_shape_says_otherwise(
        text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in reported_with_speakers(text)


@given(st.sampled_from(["Fishermen", "Two nurses", "A ranger", "Volunteers"]),
       st.sampled_from(["injured in", "evacuated from", "based at", "trapped near", "held at"]),
       st.sampled_from(["the harbour at Skagen", "the old lighthouse", "the circus in Lyon", "the apiary"]),
       st.sampled_from(["said", "told reporters", "warned"]))
def test_the_head_before_a_past_participle_speaks_whatever_its_object(
        head: str, participle: str, place: str, cue: str) -> None:
    text = f"{head} {participle} {place} {cue} that the road had been closed for hours."
    assert reported_with_speakers(text) == [("the road had been closed for hours", head)]


def _resolved(text: str) -> list[tuple[str, str | None]]:
    """(speaker's text, resolved speaker) of every quote in ``text``."""
    return [(spoken(text, q) or "", q.speaker) for q in all_quotes(text)]


def test_a_bare_role_resolves_to_the_speaker_its_role_described() -> None:
    text = ("The lighthouse will stay dark until spring, the harbour board's chief marine engineer "
            "said on Friday. The local MP said the closure was reckless. At a later meeting, the "
            "engineer said repairs could take a year.")
    found = _resolved(text)
    assert found[-1][0] == "the engineer"
    assert found[-1][1] is not None and "engineer" in found[-1][1]
    assert "MP" not in found[-1][1]


def test_a_spokeswoman_said_then_the_spokeswoman_said_is_one_speaker() -> None:
    text = ("A spokeswoman for the circus said two acrobats had been taken to hospital. Nadia "
            "Ferrante, who sells tickets at the gate, said the tent had been full. Both were "
            "expected to recover, the spokeswoman said.")
    found = _resolved(text)
    assert found[-1][0] == "the spokeswoman"
    assert found[-1][1] != "Nadia Ferrante"


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a role word that only modifies an earlier phrase names nobody (``a coach driver``)
        ("A coach driver said the circus convoy had been stopped at the border. Later the coach "
         "said the acrobats had trained on the roadside.", "driver"),
        # a lesser rank is another office
        ("Vice President Oona Brandt said the apiary grant was safe. Days later the president "
         "said it would be cut.", "Oona Brandt"),
    ],
)
def test_a_bare_role_is_not_a_phrase_the_word_only_modifies(text: str, unwanted: str) -> None:
    speakers = [sp or "" for _, sp in _resolved(text)]
    assert unwanted not in speakers[-1]


def test_an_indefinite_description_may_be_named_by_a_later_epithet() -> None:
    text = ("A former Harwell Lighthouse keeper has alleged that the lamp was left unlit for weeks. "
            "Speaking on condition of anonymity, the whistleblower said the board had ignored "
            "his reports.")
    found = _resolved(text)
    assert found[-1][0] == "the whistleblower"
    assert found[-1][1] is not None and "keeper" in found[-1][1]
