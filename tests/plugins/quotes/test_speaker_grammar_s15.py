"""Issue #14, session 15: speaker grammar that carries to unseen news - a long description
of several coordinated roles before the name after the cue, any past verb of saying after
a quotation's comma, an inverted attribution set off by commas inside its clause, a role
description in apposition to the subject, hyphenated participles inside a speaker phrase,
and a title ending in a stance-verb form (``club champion``). Sentences written for these
tests, from farming, fashion, shipping, aviation, music, technology and weather news;
none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


def _speakers(text: str) -> list[str | None]:
    return [spoken(text, q) for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The lambs came early this year," said 47-year-old shepherd and part-time auctioneer Gwyn Price.',
         "Gwyn Price"),
        ('"The hull was sound when she left port," said 61-year-old Aberdeen harbour pilot and former '
         'trawler skipper Iain Gow.', "Iain Gow"),
        ('"We sold out in an hour," said veteran Milan fashion buyer Chiara Volpe.', "Chiara Volpe"),
    ],
)
def test_a_long_coordinated_description_leads_to_the_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


_AGES = st.integers(min_value=19, max_value=90)
_ROLES = st.sampled_from(["farmer", "retired teacher", "ferry engineer", "studio drummer", "weather observer"])
_NAMES = st.sampled_from(["Ruth Ellery", "Kofi Mensah", "Ilse Brandt", "Tomas Ferreira"])


@settings(max_examples=20, deadline=None)
@given(age=_AGES, first=_ROLES, second=_ROLES, name=_NAMES)
def test_two_joined_roles_and_an_age_never_hide_the_name(age: int, first: str, second: str, name: str) -> None:
    text = f'"The rain never stopped," said {age}-year-old {first} and {second} {name}.'
    assert _speakers(text) == [name]


@pytest.mark.parametrize("verb", ["admitted", "boasted", "pleaded", "complained", "lamented"])
def test_any_past_verb_of_saying_after_a_quotation_opens_an_inverted_attribution(verb: str) -> None:
    text = f'"The new firmware bricked half our routers," {verb} network engineer Dana Holt.'
    assert _speakers(text) == ["Dana Holt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harvest, said grower Paolo Conti, was the smallest in thirty years.", "Paolo Conti"),
        ("The new runway, says airport planner Heidi Lund of Nordavia, will open in April.", "Heidi Lund"),
        ("The tour, said the band's manager, would go ahead without its drummer.", "the band's manager"),
    ],
)
def test_an_inverted_attribution_inside_its_clause_speaks_for_the_whole_sentence(text: str, speaker: str) -> None:
    found = reported_with_speakers(text)
    assert len(found) == 1
    content, who = found[0]
    assert who is not None and speaker in who
    assert content.startswith("The ") and content.rstrip(".").endswith(text.rstrip(".").split()[-1])


def test_a_cue_before_a_reported_clause_with_commas_is_no_inverted_attribution() -> None:
    text = "The ferry operator, the island's only link to the mainland, said storms had damaged ramps, piers and buoys."
    found = reported_with_speakers(text)
    assert [c for c, _ in found] == ["storms had damaged ramps, piers and buoys"]
    assert found[0][1] != "storms"


def test_an_inverted_attribution_ending_the_clause_keeps_the_clause_before() -> None:
    text = "The frost will last until Friday, said forecaster Eli Marsh, who has tracked it for a week."
    assert reported_with_speakers(text) == [("The frost will last until Friday", "Eli Marsh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her rival at the fashion house, designer Lotte Brandt, said the collection was rushed.", "Lotte Brandt"),
        ("His old bandmate from Dublin, session guitarist Niamh Doyle, said the album was finished.", "Niamh Doyle"),
    ],
)
def test_a_description_in_apposition_names_the_subject(text: str, name: str) -> None:
    found = reported_with_speakers(text)
    assert len(found) == 1 and found[0][1] is not None and name in found[0][1]
    assert found[0][0].startswith("the ")


def test_a_reported_clause_after_the_cue_is_no_postposed_attribution() -> None:
    text = "Her rival at the fashion house, designer Lotte Brandt, said Volpe had copied the collection."
    assert reported_with_speakers(text) == [("Volpe had copied the collection", "Lotte Brandt")]


def test_a_hyphenated_participle_stays_inside_the_speaker_phrase() -> None:
    text = '"Every crossing is cancelled until Monday," a spokeswoman for the state-owned ferry line said.'
    assert _speakers(text) == ["a spokeswoman for the state-owned ferry line"]


@pytest.mark.parametrize(
    "text",
    [
        "National tango champion Lucia Ferro danced the final barefoot.",
        "Former county champion and sheep breeder Owen Rees won again at the show.",
    ],
)
def test_a_title_ending_in_a_verb_form_before_a_name_is_no_stance(text: str) -> None:
    assert all_quotes(text) == []


def test_a_bare_plural_before_the_same_form_is_still_a_stance() -> None:
    text = "Growers champion the new rootstock as the answer to the blight."
    assert [s for _, s in reported_with_speakers(text)] == ["Growers"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The drought has led the regional water board to warn that reservoirs will run dry by August.",
         "the regional water board"),
        ("Rising costs prompted several bakers to say they would close on Mondays.", "several bakers"),
        ("The audit forced the chief executive, who had denied any wrongdoing for months, to admit that the "
         "accounts were false.", "the chief executive"),
    ],
)
def test_the_object_of_a_causative_verb_speaks_its_infinitive(text: str, speaker: str) -> None:
    found = reported_with_speakers(text)
    assert found[-1][1] == speaker


def test_the_subject_of_a_verb_of_wanting_still_speaks_its_infinitive() -> None:
    text = "The mayor wants to say that the budget is balanced."
    assert [s for _, s in reported_with_speakers(text)] == ["The mayor"]


def test_a_verb_coordinated_inside_a_subordinate_clause_shares_its_pronoun_subject() -> None:
    text = "The coach praised the striker after she scored twice and blamed the referee for the late penalty."
    assert [s for _, s in reported_with_speakers(text)] == ["The coach", "she"]


def test_a_verb_coordinated_with_a_cue_of_the_main_clause_keeps_the_main_subject() -> None:
    text = "The union leader called the offer an insult and called for a strike in the spring."
    assert [s for _, s in reported_with_speakers(text)][-1] == "The union leader"


def test_a_participle_after_a_coordinated_clause_takes_that_clause_s_subject() -> None:
    text = "The farmer has said little, but he refuses to sell the land, saying it belonged to his grandfather."
    found = dict((c, s) for c, s in reported_with_speakers(text))
    assert found["it belonged to his grandfather"] == "he"


def test_a_participle_after_the_main_clause_takes_the_main_subject() -> None:
    text = "The airline said the route would close, adding that 300 jobs would go."
    assert [s for _, s in reported_with_speakers(text)] == ["The airline", "The airline"]


def test_together_between_a_relative_pronoun_and_its_cue_is_an_adverb() -> None:
    text = "The two growers, who together argued that the quota was unfair, lost the appeal."
    assert [s for _, s in reported_with_speakers(text)] == ["who"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Ortiz, chief financial officer, said the sale of the depot, agreed in March, will cut debt by half.",
         "Lena Ortiz"),
        ("Harbour Freight Ltd., which also runs two warehouses, reported quarterly profit of $4 million, or 12 cents "
         "a share, up from a loss.", "Harbour Freight Ltd"),
    ],
)
def test_a_cue_with_its_own_subject_before_the_comma_is_no_inverted_attribution(text: str, speaker: str) -> None:
    assert all(s != "the sale of the depot" and not (s or "").startswith("quarterly")
               for _, s in reported_with_speakers(text))
    assert any(s is not None and speaker in s for _, s in reported_with_speakers(text))
