"""Issue #14, session 23: kinds of errors read on the CoNLL-shaped set S23's read half and
on CoNLL testa (or another read half) alike.

Each kind a mechanism: after a lower-case noun of a settlement or a territory and ``of``
the run is the place (``the coastal town of Bou Haroun``, ``the villages of Uttar
Pradesh``); a name of two words or more right before a lower-case noun of an outlet, a
flight, a meeting or a court is that thing's (``Le Matin newspaper``, ``the Ben Aknoun
court``). Sentences written for these tests from provincial news, courts, aviation and the
press (not from the sets they were measured on)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_names

# ---------------------------------------------------------------- a settlement's noun and "of"


def test_an_island_after_its_noun_and_of() -> None:
    assert person_names("Aid reached the island of Ilha Grande on Monday , the navy said .") == []


def test_a_plural_noun_of_villages_before_a_state() -> None:
    text = "Floods cut off dozens of villages of Madhya Pradesh , officials said ."
    assert person_names(text) == []


def test_the_person_of_the_sentence_stays() -> None:
    text = "Troops retook the northern province of Kunar Kabul , governor Abdul Rahim Jalali said ."
    assert person_names(text) == ["Abdul Rahim Jalali"]


def test_a_person_after_of_with_no_settlement_noun_stays() -> None:
    text = "The son of Karim Haddad said the village of Beit Sahour was quiet ."
    assert person_names(text) == ["Karim Haddad"]


def test_a_possessive_after_the_noun_stays_the_persons() -> None:
    assert person_names("She returned to the town of Maria Lopez 's birth .") == ["Maria Lopez"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["town", "city", "village", "province", "district", "island", "port", "state"]),
    st.sampled_from(["Ilha Grande", "Madhya Pradesh", "Santa Lucia", "Ras Tanura", "Tall Kayf"]),
)
def test_any_settlement_noun_before_of_names_a_place(head: str, place: str) -> None:
    assert person_names(f"Shelling hit the {head} of {place} overnight , residents said .") == []


# ---------------------------------------------------------------- an outlet's or a venue's noun after a name


def test_a_newspaper_named_before_its_noun() -> None:
    text = "But Le Soleil newspaper , quoting witnesses , said nine people died ."
    assert person_names(text) == []
    assert person_names("The Nezavisimaya Gazeta newspaper said the troops left .") == []


def test_a_daily_and_an_agency() -> None:
    assert person_names("Le Parisien daily said the port was shut .") == []
    assert person_names("He spoke to Agence Presse agency on Monday .") == []


def test_a_meeting_named_by_its_place() -> None:
    text = "Central bankers gathered at the Jackson Hole symposium , organisers said ."
    assert person_names(text) == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["newspaper", "daily", "weekly", "magazine", "agency", "court", "symposium"]))
def test_any_outlet_noun_after_a_two_word_name(noun: str) -> None:
    assert person_names(f"The Ouest France {noun} said on Friday that the port was shut .") == []


def test_one_word_before_the_noun_is_left_to_the_person() -> None:
    text = "Rupert Murdoch bought the paper in 1981 ; Murdoch newspapers backed the government ."
    assert person_names(text)[0] == "Rupert Murdoch"


def test_a_person_before_a_noun_that_is_no_outlet_stays() -> None:
    text = "Police reopened the Marc Dutroux case after Paul Marchal spoke to the daily paper ."
    assert person_names(text) == ["Marc Dutroux", "Paul Marchal"]


# ---------------------------------------------------------------- a body told by its description or its employee


def test_a_firm_named_like_a_person_described_as_a_body() -> None:
    text = (
        "Carter Allen , the merchant banking arm of Hambros , said on Monday it had hired "
        "Simon Crane as finance director ."
    )
    assert person_names(text) == ["Simon Crane"]


def test_a_description_in_commas_as_conll_spaces_them() -> None:
    assert person_names("Walker Pryce , a family firm based in Leeds , closed .") == []
    assert person_names("Walker Pryce, a family firm based in Leeds, closed.") == []


def test_a_person_described_by_a_role_stays() -> None:
    text = "Joan Walker , a bank clerk , and Peter Hale , the club 's treasurer , gave evidence ."
    assert person_names(text) == ["Joan Walker", "Peter Hale"]


def test_an_employer_after_a_full_name_and_of() -> None:
    text = "Analyst Rachel Dunn of Hoare Govett said : \" Margins will recover . \""
    assert person_names(text) == ["Rachel Dunn"]


def test_a_title_before_the_name_is_no_part_of_it() -> None:
    text = "Fund manager Peter Vance of Laing Cruickshank said the sale was priced well ."
    assert person_names(text) == ["Peter Vance"]


def test_a_body_of_several_words_before_of_gives_no_employer() -> None:
    text = "Secretary of State Warren Christopher met Foreign Minister Hans van Mierlo of the Netherlands ."
    assert person_names(text) == ["Warren Christopher", "Hans van Mierlo"]
