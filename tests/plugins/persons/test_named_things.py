"""Issue #14, session 5: teams, firms and features named like people (sentences written
for these tests; none is copied from a corpus or from bench/heldout_like/written)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_names

from newskit_persons import extract_persons


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The Leeds Rhinos lost at home to the Wigan Warriors.", "Wigan Warriors"),
        ("Fans of the Mamelodi Sundowns filled the stadium in Pretoria.", "Mamelodi Sundowns"),
        ("Enyimba beat the Rivers Hoopers in the final.", "Rivers Hoopers"),
        ("Gor Mahia drew with the Tusker Brewers on Saturday.", "Tusker Brewers"),
    ],
)
def test_a_name_ending_in_an_ordinary_plural_is_a_team(text: str, thing: str) -> None:
    assert not any(thing in n or n in thing for n in person_names(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Serena Williams won in three sets.", "Serena Williams"),
        ("Coach Mark Hopkins was sacked on Monday.", "Mark Hopkins"),
        ("Defender Jonas Evans was sent off.", "Jonas Evans"),
    ],
)
def test_a_surname_ending_in_s_stays_a_person(text: str, person: str) -> None:
    assert person in person_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Lever & Sons fell on Tuesday.",
        "Barnes & Noble will open ten stores.",
        "The merger of Spencer & Marsh was blocked.",
    ],
)
def test_names_joined_by_an_ampersand_are_a_firm(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at Morgan Stanley raised their forecast.",
        "Wells Fargo will close 40 branches.",
        "The Dow Jones index fell 2 percent.",
        "Real Madrid signed a striker from Lyon.",
        "The Red Cross sent 20 tonnes of food.",
    ],
)
def test_firms_and_clubs_named_like_people_are_no_persons(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Snow fell on Mount Kilimanjaro overnight.",
        "Fishermen on Lake Kivu were told to stay ashore.",
        "A ferry capsized on the Congo River near Mbandaka.",
        "Floods hit villages along the Shire River.",
        "Soldiers at Fort Hollis were placed on alert.",
        "The drill was moved to Camp Ellery after the storm.",
        "A tanker ran aground off Port Dalby on Sunday.",
        "Hikers were rescued near Point Arnell.",
    ],
)
def test_a_feature_named_head_first_or_after_the_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_person_after_a_fort_is_still_read() -> None:
    assert person_names("Troops left Fort Hollis, said Colonel Dana Pruitt.") == ["Dana Pruitt"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Moon Jae-in met the delegation in Seoul.", "Moon Jae-in"),
        ("Song Hye-kyo attended the premiere.", "Song Hye-kyo"),
        ("Evo Morales spoke to supporters in Cochabamba.", "Evo Morales"),
    ],
)
def test_a_sentence_opening_name_is_read_whole(text: str, person: str) -> None:
    assert person_names(text) == [person]


@given(st.sampled_from(["Kaizer", "Enugu", "Kano", "Lusaka", "Mombasa"]),  # no given names: see _plural_tail
       st.sampled_from(["Pirates", "Chiefs", "Rangers", "Warriors", "Lions", "Sharks"]))
def test_no_team_with_an_ordinary_plural_head_is_a_person(town: str, head: str) -> None:
    team = f"{town} {head}"
    assert not any(team in n or n in team for n in person_names(f"Fans cheered as the {team} scored twice."))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chief economist R.K. Menon expects growth to slow.", "R.K. Menon"),
        ("The ruling was read by Justice D.Y. Chandrachud.", "D.Y. Chandrachud"),
    ],
)
def test_initials_written_together_open_a_name(text: str, person: str) -> None:
    assert person_names(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Steel cut its forecast.",
        "The U.N. Security Council met on Friday.",
        "Output at U.K. plants fell in March.",
    ],
)
def test_dotted_abbreviations_are_no_initials(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Voters in Santos said the count was slow.", None),
        ("Neil Jordan directed it; the lead role in Jordan's film went to Liam Neeson.", "Jordan"),
    ],
)
def test_a_city_that_is_a_surname_after_in_is_the_city(text: str, person: str | None) -> None:
    got = person_names(text)
    assert (person in got) if person else got == []


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Kenya Floods Kill 40 as Rains Continue in Western Region", []),
        ("Zambia Warns of Power Cuts as Dam Levels Fall", []),
        ("Samia Suluhu Hassan Signs Mining Law in Dodoma", ["Samia Suluhu Hassan"]),
        ("Police Arrest Former Governor Ahmed Musa Over Missing Funds", ["Ahmed Musa"]),
    ],
)
def test_a_title_case_headline_is_cut_at_its_ordinary_words(text: str, persons: list[str]) -> None:
    assert person_names(text) == persons


def test_a_results_line_is_no_headline() -> None:
    assert "Guy Forget" in person_names("Guy Forget ( France ) beat 17 - Felix Mantilla ( Spain ) 6-4 7-5 6-3")


def test_an_east_asian_surname_that_is_a_cue_joins_its_full_name() -> None:
    got = extract_persons("Park Min-ji led the rescue. Park later thanked the volunteers.")
    assert [m.text for m in got] == ["Park Min-ji", "Park"]
    assert got[0].entity_id == got[1].entity_id


def test_a_cue_word_alone_opening_a_sentence_stays_out() -> None:
    assert person_names("Park rangers closed the trails on Monday.") == []


@pytest.mark.parametrize(("text", "thing"), [
    ("Cordillera Cobre Andina, a mid-sized producer based in Antofagasta, said the tests had been flawed.",
     "Cordillera Cobre Andina"),
    ("Verhoek Transport, a family firm from Utrecht, said its drivers had followed the route.", "Verhoek Transport"),
])
def test_a_name_described_in_apposition_as_a_firm_is_no_person(text: str, thing: str) -> None:
    assert thing not in [p.text for p in extract_persons(text)]


@pytest.mark.parametrize(("text", "person"), [
    ("Maria Lopez, a senior trader at the firm, said prices fell.", "Maria Lopez"),
    ("Peter Hall, a bank manager in Leeds, said the branch would close.", "Peter Hall"),
])
def test_a_person_described_by_a_role_at_a_firm_stays_a_person(text: str, person: str) -> None:
    assert person in [p.text for p in extract_persons(text)]
