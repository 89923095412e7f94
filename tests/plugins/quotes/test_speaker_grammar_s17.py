"""Issue #14, session 17: attribution grammar that carries to unseen news - a chain of
adjuncts between a verb of saying and its ``that`` (``said in a statement released on
Monday that``), a name's description possessed by another name (``Lena Ortiz, Mr. Bush's
deputy adviser, said``: Ortiz speaks) and Title Case headlines whose cue follows the
content after a comma, inverted or not, with quotation marks at the comma. Sentences
written for these tests from shipping, farming, music, weather, mining and transport
news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, indirect_quotes, spoken

from newskit_quotes.adjuncts import MAX_CHAIN


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master said in a statement released on Monday that the channel would reopen.",
        "The orchestra said at a news conference in Vienna on Sunday that the tour was cancelled.",
        "The mine's owner says at a council meeting in Sudbury, Ontario, that the shaft is safe.",
        "The ferry operator said during a visit to the island by the transport minister that fares would fall.",
        "The growers' union said in a letter issued by its lawyers on Friday that the quota was unlawful.",
    ],
)
def test_a_chain_of_adjuncts_before_that(text: str) -> None:
    (q,) = indirect_quotes(text)
    assert q.text.split()[0] in ("the", "fares")
    assert spoken(text, q) is not None and spoken(text, q).split()[-1] in (
        "master", "orchestra", "owner", "operator", "union")


_ADJUNCTS = ["in a statement released on Tuesday", "at a meeting in Hull", "during a visit to the port",
             "on its website", "after the vote", "in an interview with a local radio station", "on Tuesday"]


@given(st.lists(st.sampled_from(_ADJUNCTS), min_size=1, max_size=3, unique=True)
       .filter(lambda chain: sum(len(a.split()) for a in chain) < MAX_CHAIN))
def test_any_chain_of_prepositional_adjuncts_keeps_speaker_and_clause(chain: list[str]) -> None:
    text = f"The shipping line said {' '.join(chain)} that the new vessels would be delayed."
    (q,) = indirect_quotes(text)
    assert q.text == "the new vessels would be delayed"
    assert spoken(text, q) == "The shipping line"


def test_a_relative_that_after_the_chain_opens_no_report() -> None:
    text = "The singer said in an interview with a local radio station that aired on Sunday that she would retire."
    assert all(not q.text.startswith("aired") for q in all_quotes(text))


def test_a_comma_after_the_cue_ends_what_it_governs() -> None:
    text = ("Pay has hurt recruitment, the captain said, since most of the crews accept that wages "
            "at sea have fallen.")
    assert all(not (q.text.startswith("wages") and spoken(text, q) == "the captain") for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Ortiz, Mr. Bush's deputy adviser, said that the talks had failed.", "Lena Ortiz"),
        ("Tomas Berg, Volvo's head of logistics, said the trucks would be recalled.", "Tomas Berg"),
        ("Ana Silva, Dr. Ahmed\u2019s research assistant, said the soil samples were lost.", "Ana Silva"),
        ('"The harvest is ruined," Jonas Meier, the cooperative\'s chairman, said on Monday.', "Jonas Meier"),
        ('"The harvest is ruined," said Jonas Meier, Agrovia\'s sales director.', "Jonas Meier"),
    ],
)
def test_a_description_possessed_by_another_name_describes_the_speaker(text: str, speaker: str) -> None:
    (q,) = all_quotes(text)
    assert spoken(text, q) == speaker


def test_the_possessor_before_a_named_role_still_gives_the_name() -> None:
    text = "Volvo's head of logistics, Tomas Berg, said the trucks would be recalled."
    (q,) = all_quotes(text)
    assert spoken(text, q) == "Tomas Berg"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Harbour Will Reopen by June, Says Port Director", "Harbour Will Reopen by June", "Port Director"),
        ("Tour Was 'Our Last Together,' Band Says", "Tour Was 'Our Last Together", "Band"),
        ("Frost 'Will Wipe Out the Plums,' Warns Farmers Union", "Frost 'Will Wipe Out the Plums", "Farmers Union"),
    ],
)
def test_a_headline_whose_cue_follows_the_content(text: str, content: str, speaker: str) -> None:
    (q,) = all_quotes(text)
    assert q.text == content
    assert spoken(text, q) == speaker


def test_a_quotation_inside_a_headline_is_the_headline_speakers() -> None:
    text = 'Storm Was "Worst in Half a Century," Says Met Office'
    (q,) = all_quotes(text)
    assert q.direct and q.text == "Worst in Half a Century"
    assert spoken(text, q) == "Met Office"


def test_a_headline_list_with_commas_is_no_attribution_without_a_cue() -> None:
    assert all_quotes("Rain, Wind and Snow, Then Sunshine Over the Weekend") == []


# Second landing: speakers of wire copy read without gold (TimeBank/AQUAINT, CoNLL), by kind.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nordhavn Shipping Ltd., the ferry operator, said crossings would resume on Friday.",
         "Nordhavn Shipping Ltd"),
        ("Brightwater Inc., a maker of water pumps, reported a sharp fall in orders.", "Brightwater Inc"),
    ],
)
def test_an_abbreviations_period_before_the_comma_still_opens_an_apposition(text: str, speaker: str) -> None:
    (q,) = all_quotes(text)
    assert spoken(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Houston oil and gas producer said output would fall.", "The Houston oil and gas producer"),
        ("The bank's chairman and chief executive said lending had slowed.",
         "The bank's chairman and chief executive"),
        ("A spokeswoman for the cable and broadband group said prices would rise.",
         "A spokeswoman for the cable and broadband group"),
    ],
)
def test_and_between_two_modifiers_is_inside_the_speaker(text: str, speaker: str) -> None:
    (q,) = all_quotes(text)
    assert spoken(text, q) == speaker


def test_and_between_two_clauses_still_ends_the_speaker() -> None:
    text = "The airline cut fares and union leaders said the pilots would strike."
    (q,) = all_quotes(text)
    assert spoken(text, q) == "union leaders"


@pytest.mark.parametrize(
    "text",
    [
        "Local officials went as far as to say the pier would never reopen.",
        "Regional officials went to the dam on Monday and said the spillway was safe.",
    ],
)
def test_a_sentences_capital_on_a_modifier_is_no_name(text: str) -> None:
    (q,) = all_quotes(text)
    assert spoken(text, q).endswith("officials")


def test_a_word_between_a_modal_and_its_cue_is_an_adverb() -> None:
    text = "The growers might well conclude that the frost has ruined the crop."
    (q,) = all_quotes(text)
    assert spoken(text, q) == "The growers"


def test_a_stake_in_percent_stays_inside_a_relative_aside() -> None:
    text = "Harbour Holdings, which has a 12.5% stake in the port, said it would bid for the rest."
    (q,) = all_quotes(text)
    assert spoken(text, q) == "Harbour Holdings"


def test_an_index_that_rose_some_points_is_no_stance() -> None:
    assert all_quotes("The FTSE 100 index rose 31.44 points to 7,616.21 in early trading.") == []


def test_two_inverted_subjects_joined_by_and() -> None:
    text = "The harvest will be the latest in a decade, say grain traders and some millers."
    (q,) = all_quotes(text)
    assert q.text == "The harvest will be the latest in a decade"
    assert spoken(text, q) == "grain traders and some millers"


def test_a_clause_after_the_cue_is_reported_not_an_inverted_subject() -> None:
    text = "The Harbour Gazette, quoting witnesses, said the crane collapsed onto two trucks."
    (q,) = all_quotes(text)
    assert q.text == "the crane collapsed onto two trucks"
    assert spoken(text, q) == "The Harbour Gazette"


# Third landing: the one quoted speaks, not the outlet that quotes; a parenthesis inside an aside.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Harbour Gazette quoted a port official as saying the crane had failed twice.", "a port official"),
        ('"The crane failed twice," the paper quoted one of the dock workers as saying.',
         "one of the dock workers"),
        ("The agency cited engineers as saying that the bridge was safe.", "engineers"),
    ],
)
def test_the_one_quoted_as_saying_speaks(text: str, speaker: str) -> None:
    (q,) = all_quotes(text)
    assert spoken(text, q) == speaker


def test_one_quoted_by_media_is_the_subject() -> None:
    text = "A senior port official was quoted on Friday by local media as saying that the crane had failed."
    (q,) = all_quotes(text)
    assert spoken(text, q) == "A senior port official"


def test_a_parenthesis_inside_a_relative_aside() -> None:
    text = ('The Welshman, who lost his World Rowing Federation (WRF) title in March, said: '
            '"I never saw the other boat."')
    (q,) = all_quotes(text)
    assert spoken(text, q) == "The Welshman"
