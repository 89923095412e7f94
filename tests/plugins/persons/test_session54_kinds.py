"""Issue #14, session 54: kinds of errors read on news nobody tuned to (a new sample of
Reuters 1996 text of the CoNLL-2003 *training* split, read half only; a gold-free read of
the persons the read story sets give).

Each kind a mechanism: a line-up marks a player's role in brackets after the name
(``( captain )``) and the list goes on past it; a name right before a lower-case noun of a
prize's holder (``Nobel Peace laureate``) is the prize's; an ALL CAPS acronym right before
a run opens a body's name (``NHS Lothian``, ``PT Sulawesi Prima Nikel``); ``Fire`` closes a
fire service's or a wildfire's name; countries' short and former names and bodies written
as words (``Congo``, ``Burma``, ``Nasa``) are no lone person; a brigadier's abbreviated
rank is a title. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_names

from newskit_persons import lineups

# ---------------------------------------------------------------- line-ups with a role in brackets


def test_a_captain_named_like_a_town_opens_a_line_up() -> None:
    text = (
        "Teams :\n"
        "India - Sachin Vaidya ( captain ) , Anil Deshpande , Rohan Kulkarni , Vijay Bhosle , "
        "Amit Pawar ."
    )
    assert person_names(text) == [
        "Sachin Vaidya", "Anil Deshpande", "Rohan Kulkarni", "Vijay Bhosle", "Amit Pawar",
    ]


def test_a_role_in_brackets_inside_a_line_up_written_close() -> None:
    text = (
        "Squad: Mark Ellery, Sachin Hegde (wicketkeeper), Hamish Lowther, Andrew Ferrit, "
        "Paul Steggles."
    )
    assert "Sachin Hegde" in person_names(text)


def test_a_list_of_things_with_a_bracket_stays_no_line_up() -> None:
    text = "The fund bought Hanoi ( cheap ) , Lagos , Lima , Quito and Accra bonds ."
    assert person_names(text) == []


_PIECES = [" ", ",", " , ", "(", ")", " ( ", " ) ", "captain", "wk", "Kapoor", "12", "-", " - "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_a_role_gap_always_holds_a_bracket_and_ends_in_a_comma(gap: str) -> None:
    if lineups.BRACKETED_ROLE.fullmatch(gap) is not None:
        assert "(" in gap and ")" in gap
        assert gap.rstrip().endswith(",")
        assert not any(c.isupper() or c.isdigit() for c in gap)


# ---------------------------------------------------------------- a prize's name before its holder


def test_a_prize_of_name_words_before_its_laureate_is_no_person() -> None:
    text = "The inquiry is led by Nobel Peace laureate , retired Bishop Thomas Mweli ."
    assert person_names(text) == ["Thomas Mweli"]


def test_a_prize_before_its_winner_and_the_winner_s_name() -> None:
    text = "Nobel Peace winner Ramon Escudero told the meeting the talks would resume ."
    assert person_names(text) == ["Ramon Escudero"]


def test_a_winner_of_after_a_name_stays_the_person_s_apposition() -> None:
    text = "The cup went to Mary Okafor winner of the sprint in 1994 , officials said ."
    assert person_names(text) == ["Mary Okafor"]



# ---------------------------------------------------------------- an acronym opening a body's name


def test_an_acronym_and_one_word_name_a_body() -> None:
    text = (
        "NHS Grampian said 40 patients had been recalled . A spokeswoman for NHS Grampian "
        "said the error was found in May ."
    )
    assert person_names(text) == []


def test_a_union_s_acronym_and_its_branch_name_a_body() -> None:
    text = "The builders ' union FNV Handel said about 300 sites had stopped work ."
    assert person_names(text) == []


def test_an_indonesian_firm_s_mark_opens_its_name() -> None:
    text = "PT Kalimantan Jaya Nikel said on Friday it would appeal , director Budi Santoso said ."
    assert person_names(text) == ["Budi Santoso"]


def test_a_role_s_acronym_before_a_surname_keeps_the_person() -> None:
    text = "Labour MP Fiona Drennan opened the debate . MP Drennan said the bill was rushed ."
    assert person_names(text) == ["Fiona Drennan", "Drennan"]


def test_an_unknown_acronym_before_a_full_name_keeps_the_person() -> None:
    text = "Provincial MEC Sipho Ndlovu said 300 jobs were at risk ."
    assert person_names(text) == ["Sipho Ndlovu"]


# ---------------------------------------------------------------- a fire service's and a wildfire's name


def test_a_fire_service_named_by_its_state_is_no_person() -> None:
    text = "Cal Fire said the blaze had burned 4,000 acres , spokesman Luis Ortega said ."
    assert person_names(text) == ["Luis Ortega"]


def test_a_wildfire_named_by_its_place_is_no_person() -> None:
    text = "Dixon Fire grows to 20,000 acres as winds pick up , battalion chief Ana Ruiz said ."
    assert person_names(text) == ["Ana Ruiz"]


# ---------------------------------------------------------------- countries' short and former names, bodies written as words


def test_a_country_s_short_name_is_no_lone_person() -> None:
    text = (
        "The fund approved a loan for Congo worth $300 million in March . Fuel importers "
        "operating in Congo said the new prices would ease delays . Until the refinery runs , "
        "Congo will remain exposed to swings in prices ."
    )
    assert person_names(text) == []


def test_a_country_s_former_name_is_no_lone_person() -> None:
    text = "Burma 's junta freed 40 prisoners . Diplomats said Burma would face new sanctions ."
    assert person_names(text) == []


def test_a_body_s_acronym_written_as_a_word_is_no_lone_person() -> None:
    text = (
        "Nasa said the leak was small . Nasa has suspended all spacewalks until the cause is "
        "known , flight director Maria Lindqvist said ."
    )
    assert person_names(text) == ["Maria Lindqvist"]


# ---------------------------------------------------------------- abbreviated ranks


def test_an_abbreviated_brigadier_s_rank_is_no_person() -> None:
    text = "Army spokesman Brig. Gen. Tariq Mansour said the convoy had been hit ."
    assert person_names(text) == ["Tariq Mansour"]
