"""Issue #14, session 13: the kinds of speaker error read on set S12 (a role taken for a
document, the one told taken for the one telling, a name inside the phrase of the people
it modifies, two coordinated titles before a name). Sentences written for these tests,
from shipping, energy, tourism, defence, fashion and charity news; none is taken from a
corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


def speakers(text: str) -> list[str | None]:
    return [spoken(text, q) for q in all_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the ferry operator in Piraeus said sailings would resume on Friday.",
        "A spokeswoman for the grid company in Aberdeen said the outage had been caused by ice.",
        "A spokesperson for the museum in Lyon said the painting had been on loan since 2019.",
    ],
)
def test_a_spokesperson_for_a_body_somewhere_speaks(text: str) -> None:
    [q] = all_quotes(text)
    s = spoken(text, q)
    assert s is not None and s.split()[1].startswith("spokes"), s


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The hotels are full until October," Elena Marchetti, who runs a tour agency in Bari, told Reuters.',
         "Elena Marchetti"),
        ('"We will not cut the budget," Colonel Idris Bello, a defence ministry adviser, told the BBC.',
         "Idris Bello"),
    ],
)
def test_who_is_told_is_never_the_speaker(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and all(s is not None and speaker in s for s in got), got


def test_a_clause_before_a_described_subject_is_reported() -> None:
    text = "The refinery will close by 2028, Joost Verhagen, a spokesman for the owners, told reporters."
    [q] = all_quotes(text)
    assert q.text.startswith("The refinery will close") and spoken(text, q) == "Joost Verhagen"


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of Nadia Karimi said the charity's accounts had been audited twice.",
        "Residents of Santa Lucia said the tour buses blocked the only road for hours.",
        "Fans of Marco Bellini say the stadium ban is unfair.",
    ],
)
def test_people_a_name_modifies_speak(text: str) -> None:
    [q] = all_quotes(text)
    head = text.split()[0].lower()
    assert q.speaker is not None and q.speaker.lower().startswith(head), q.speaker


def test_a_spokeswoman_for_a_person_still_names_the_person() -> None:
    text = "A spokeswoman for Nadia Karimi said the charity would publish its accounts."
    [q] = all_quotes(text)
    assert q.speaker == "spokeswoman of Nadia Karimi"


@pytest.mark.parametrize(
    "text",
    [
        '"The collection is about memory," said designer and gallery owner Lucia Ferraz.',
        '"The tanker was never at risk," said captain and fleet manager Henrik Dahl.',
    ],
)
def test_two_titles_before_a_name(text: str) -> None:
    [q] = all_quotes(text)
    assert q.speaker_id is not None and spoken(text, q) in ("Lucia Ferraz", "Henrik Dahl")


_HEADS = ["spokesman", "spokeswoman", "spokesperson"]
_BODIES = ["the port authority", "the water board", "the ferry company", "the bus operator"]
_PLACES = ["Rotterdam", "Hamburg", "Gdansk", "Valparaiso"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_HEADS), st.sampled_from(_BODIES), st.sampled_from(_PLACES))
def test_the_spokesperson_heads_the_phrase(head: str, body: str, place: str) -> None:
    """Whatever the body and its place, the phrase starts at the spokesperson."""
    text = f"A {head} for {body} in {place} said the service had been suspended."
    [q] = all_quotes(text)
    assert spoken(text, q) == f"A {head} for {body} in {place}"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Guests at the hotel complained that nobody had explained the delay.", "Guests"),
        ("Inmates in the east wing said the lifts had been broken since June.", "Inmates"),
        ("Delegates at the summit told local radio that the talks had stalled.", "Delegates"),
        ("Locals on the island say the ferry has left without them twice this month.", "Locals"),
        ("Relatives in Manila said the crew had not been paid for months.", "Relatives"),
    ],
)
def test_a_plural_before_a_place_heads_the_phrase(text: str, head: str) -> None:
    """A plural no list names, before a place it is in, is the subject's head."""
    [q] = all_quotes(text)
    s = spoken(text, q)
    assert s is not None and s.startswith(head), s


@pytest.mark.parametrize(
    "text",
    [
        "In all, the floods in Assam and Bihar last month claimed at least 90 lives.",
        "Shipments at the port said nothing about the strike.",
    ],
)
def test_events_and_things_before_a_place_do_not_speak(text: str) -> None:
    said = [spoken(text, q) or "" for q in all_quotes(text)]
    assert not [s for s in said if "floods" in s or "Shipments" in s], said


def test_the_chain_reads_on_past_a_plural_to_the_role() -> None:
    text = "The lawyers for the crew's families in Manila said they would sue the owners."
    [q] = all_quotes(text)
    assert spoken(text, q) is not None and spoken(text, q).startswith("The lawyers")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Drivers interviewed at the depot said the new buses broke down every week.", "Drivers"),
        ("Farmers contacted by phone said the locusts had reached the valley.", "Farmers"),
    ],
)
def test_the_noun_before_a_participle_of_asking_speaks(text: str, head: str) -> None:
    [q] = all_quotes(text)
    assert spoken(text, q) == head


def test_a_main_verb_in_ed_is_no_participle_of_asking() -> None:
    text = "The shares plummeted after the board recommended a suspension of the dividend."
    assert all(spoken(text, q) != "The shares" for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "phrase", "author"),
    [
        ("A survey by the hoteliers' association suggests that bookings have fallen by a fifth.",
         "A survey by the hoteliers' association", "hoteliers' association"),
        ("Ticket sales dropped 12 percent, according to an audit by the festival board.",
         "an audit by the festival board", "festival board"),
        ('"The reef is recovering," said the review, published by the marine institute on Monday.',
         "the review, published by the marine institute", "marine institute"),
    ],
)
def test_a_document_and_its_author_are_one_source(text: str, phrase: str, author: str) -> None:
    """The author is named; the phrase runs from the document over its author."""
    [q] = all_quotes(text)
    assert (spoken(text, q), q.speaker) == (phrase, author)


@pytest.mark.parametrize(
    "text",
    [
        "In his final column, the cartoonist writes that the paper had never censored him.",
        "After the storm, the harbourmaster said the breakwater had held.",
    ],
)
def test_a_definite_subject_after_an_opening_phrase_speaks(text: str) -> None:
    """As at a sentence's start, a definite phrase after an opening prepositional phrase
    and its comma is the subject, whatever noun heads it."""
    [q] = all_quotes(text)
    assert spoken(text, q) in ("the cartoonist", "the harbourmaster")


@pytest.mark.parametrize(
    "text",
    [
        "Nurses in Leeds and across the region say the new rota is unworkable.",
        "Growers in the south and in the west say the frost came early.",
    ],
)
def test_two_places_joined_by_and_keep_the_head(text: str) -> None:
    """A second place modifier joined by ``and`` is read over like the first."""
    [q] = all_quotes(text)
    assert spoken(text, q) is not None and spoken(text, q).split()[0] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The dam had been leaking for weeks, engineers believe.", "engineers"),
        ("The club had already paid a record fee for the striker, the Chronicle has learned.", "the Chronicle"),
        ("About 400 homes were flooded, the council estimated.", "the council"),
    ],
)
def test_a_verb_of_thinking_ending_the_sentence_attributes_the_clause(text: str, speaker: str) -> None:
    [q] = all_quotes(text)
    assert not q.direct and spoken(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Like her grandmother, she believes in the healing power of the sea.",
        "Although the season was hard, the players have learned to lose with grace.",
    ],
)
def test_a_verb_of_thinking_with_a_tail_attributes_nothing_before_it(text: str) -> None:
    assert all(not q.text.startswith(("Like her", "Although")) for q in all_quotes(text))
