"""Issue #14, session 46: kinds of errors read on news nobody tuned to (a new sample of
Reuters 1996 text of the CoNLL-2003 *training* split, the read halves of the written
checks, a gold-free read of every person the read story sets give).

Each kind a mechanism: a place's generic tail is read from the core's ``place_tails``
(the story's actors and the persons plugin call one name a place alike); a ship's prefix
names the craft also when a title opens its name (``HMS Queen Elizabeth``) and the
prefixes of tankers, fishing vessels and other navies are listed; a noun of a trade
closing a name makes it a firm's (``Delta Dairy``, ``Coral Reach Resort``); the last noun
of a body's name joined by ``and`` (``Ministry of Tourism and Antiquities``) is no person
named alone. Sentences written for these tests."""

from __future__ import annotations

from tests.plugins.persons.helpers import person_names

from newskit.actors import place_tails
from newskit_persons.lexicon import lexicon

# ---------------------------------------------------------------- the core's place tails


def test_the_core_place_tails_are_heads_of_places_here_too() -> None:
    assert place_tails() <= lexicon().place_heads


def test_a_canal_and_a_pass_are_places() -> None:
    text = "Tugs waited at the Okoro Canal . Trucks crossed Okoro Pass , Anna Berg said ."
    assert person_names(text) == ["Anna Berg"]


def test_a_causeway_is_a_place() -> None:
    text = "Traffic on the Sheikh Rashid Causeway was halted for six hours , police said ."
    assert person_names(text) == []


def test_a_person_whose_surname_is_a_tail_stays_a_person() -> None:
    text = "Director Michael Bay said the film would open in May ."
    assert person_names(text) == ["Michael Bay"]


# ---------------------------------------------------------------- ships


def test_a_tanker_prefix_names_the_ship() -> None:
    text = (
        "The navy said it had boarded MT Harbour Grace , a tanker carrying 4,000 tonnes of crude ."
    )
    assert person_names(text) == []


def test_a_fishing_vessel_prefix_names_the_ship() -> None:
    text = "Eleven crew of the FV Maria Ines were rescued on Sunday , coastguard officer Tom Reilly said ."
    assert person_names(text) == ["Tom Reilly"]


def test_a_ship_prefix_before_a_title_names_the_ship() -> None:
    text = "The destroyer sailed alongside HMS Queen Matilda and RMS King Harold in the strait ."
    assert person_names(text) == []


def test_a_title_before_a_name_without_a_prefix_stays_a_person() -> None:
    text = "The ceremony was opened by Queen Sofia on Friday ."
    assert person_names(text) == ["Sofia"]


def test_a_navy_prefix_of_another_country_names_the_ship() -> None:
    text = "Coast guard boats fired water cannon at the BRP Andres Bonifacio near the shoal ."
    assert person_names(text) == []


# ---------------------------------------------------------------- nouns of a trade


def test_a_dairy_named_after_a_place() -> None:
    text = "Milk prices at Maria Dairy will rise by 4 % , according to analyst Sean Doyle ."
    assert person_names(text) == ["Sean Doyle"]


def test_a_resort_and_a_terminal_named_with_given_names() -> None:
    text = (
        "Guests at the Lucia Grande Resort and workers at Victor Harbour Terminal were evacuated ."
    )
    assert person_names(text) == []


def test_firms_named_by_their_trade() -> None:
    text = "Nadia Enterprises , Okoye Logistics and Harlan Legal said they would appeal ."
    assert person_names(text) == []


def test_a_person_before_a_firm_of_a_trade_stays_a_person() -> None:
    text = "Helen Carter , who runs Carter Fisheries , said catches had halved ."
    assert person_names(text) == ["Helen Carter"]


# ---------------------------------------------------------------- bodies' names joined by "and"


def test_the_last_noun_of_a_ministry_joined_by_and() -> None:
    text = "The Ministry of Heritage and Antiquities announced the find on Monday ."
    assert person_names(text) == []


def test_the_last_noun_of_an_institute_before_a_verb() -> None:
    text = (
        "The Institute of Geophysics and Volcanology ( IGV ) measured the tremor at magnitude 3.1 ."
    )
    assert person_names(text) == []


def test_a_plural_head_before_for() -> None:
    text = (
        "The Centers for Animal Health and Prevention said on Tuesday that no farm was affected ."
    )
    assert person_names(text) == []


def test_a_person_with_a_given_name_after_a_body_and() -> None:
    text = "Officials of the Ministry of Finance and Agnes Mwale , the central bank governor , met on Friday ."
    assert person_names(text) == ["Agnes Mwale"]


# ---------------------------------------------------------------- a list of given names


def test_a_list_of_three_given_names() -> None:
    text = "Her grandchildren , Lucia , Tomas and Greta , were not in the house , said Nora Bell ."
    assert person_names(text) == ["Lucia", "Tomas", "Greta", "Nora Bell"]


def test_a_list_holding_a_person_the_article_names() -> None:
    text = "Ingrid Solberg wed in 1990 . Ingrid and Henrik have two sons ."
    assert person_names(text) == ["Ingrid Solberg", "Ingrid", "Henrik"]


def test_two_lone_given_names_alone_stay_unread() -> None:
    text = "Lucia and Tomas were not in the house ."
    assert person_names(text) == []


def test_a_list_of_storms_named_like_people() -> None:
    text = "Typhoons Lucia , Greta and Nora hit the coast within a month ."
    assert "Lucia" not in person_names(text) and "Greta" not in person_names(text)


def test_a_list_of_ships_named_like_people() -> None:
    text = "The tankers Lucia , Greta and Nora were held at the port ."
    assert person_names(text) == []


# ---------------------------------------------------------------- plurals in -men


def test_a_plural_in_men_opening_a_sentence() -> None:
    text = "The harbour was closed for a week . Fishermen said they had lost a month of trade ."
    assert person_names(text) == []


# ---------------------------------------------------------------- scorers of two unlisted words


def test_a_scorer_of_two_unlisted_words_with_the_minute() -> None:
    text = "Benin beat Niger 1-0 ( halftime 0-0 ) .\nScorer : Kumba Tchiakou ( 61st minute )\nAttendance : 9,000\n"
    assert person_names(text) == ["Kumba Tchiakou"]  # a town's name first: only the line says who



# ---------------------------------------------------------------- the plural of a body's head


def test_the_plural_of_a_body_head_closes_a_firm() -> None:
    text = "Workers at Tallon Shipyards said they had not been paid since March ."
    assert person_names(text) == []


def test_surnames_that_are_plurals_of_a_head_stay_people() -> None:
    text = "Grace Parks and Owen Banks met on Friday ."
    assert person_names(text) == ["Grace Parks", "Owen Banks"]
