"""Issue #14, session 17: names of things that read as people's, and one more given name.

Each kind a mechanism: a craft noun before the name (``the research vessel X``); a noun of
a built place or a works after it (``the X courthouse``); the name's own initials in
brackets after it (``X Y (XY)``); a feature head of Spanish opening it (``Cerro``,
``Nevado``); a role noun read from its ending (``Seismologist``); a capitalised word inside
a sentence before a given name and a surname (``Arcade Joseph Comeaux``). Sentences
written for these tests from shipping, heritage, software, mountaineering, farming and
courts (not from the sets they were measured on)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_names

# ---------------------------------------------------------------- a craft before its name


@pytest.mark.parametrize(
    "text",
    [
        "The container ship Santa Rosa docked in Valparaiso on Monday .",
        "The cargo vessel Amelia Grace sank off the Azores after its engine failed .",
        "Coastguards towed the trawler Margaret Anne back to Peterhead .",
        "The probe Rosalind Franklin will land on Mars in 2030 .",
    ],
)
def test_a_name_after_a_craft_noun_is_the_craft(text: str) -> None:
    assert person_names(text) == []


def test_a_person_after_the_crafts_role_word_stays_a_person() -> None:
    names = person_names("The ship 's captain , Rafiq Islam , said the crossing took three days .")
    assert names == ["Rafiq Islam"]


SHIP_NAMES = st.sampled_from(["Maria Theresa", "Anna Lindqvist", "Joseph Conrad", "Helen Keller"])
CRAFTS = st.sampled_from(["vessel", "tanker", "ferry", "freighter", "yacht"])


@settings(max_examples=25, deadline=None)
@given(name=SHIP_NAMES, craft=CRAFTS)
def test_property_a_crafts_name_is_never_a_person_and_its_crew_is(name: str, craft: str) -> None:
    text = f"The {craft} {name} ran aground on Tuesday . Its master , Tomas Herrera , was unhurt ."
    assert person_names(text) == ["Tomas Herrera"]


# ---------------------------------------------------------------- a built place after the name


@pytest.mark.parametrize(
    "text",
    [
        "The trial will be held at the Simon Bolivar courthouse in Caracas .",
        "Fire gutted the old Anna Schmidt warehouse in Leipzig overnight .",
        "Fire destroys historic Mat Maid dairy building in Palmer",
        "Traffic was diverted from the Martin Luther King bridge at noon .",
    ],
)
def test_a_name_before_a_facility_noun_is_the_facility(text: str) -> None:
    assert person_names(text) == []


def test_a_persons_administration_or_home_is_still_the_persons() -> None:
    assert "Laura Benitez" in person_names("Police searched the Laura Benitez home on Friday .")


# ---------------------------------------------------------------- its own initials in brackets


def test_a_name_with_its_initials_in_brackets_is_a_product_or_body() -> None:
    assert person_names("The patch fixes a flaw in Windows Defender ( WD ) on older machines .") == []
    assert person_names("Rangers of Kenya Wildlife Service (KWS) found the herd .") == []


def test_brackets_that_are_no_initials_leave_the_person() -> None:
    assert person_names("Grace Mugabe ( ZANU-PF ) addressed the rally .") == ["Grace Mugabe"]


# ---------------------------------------------------------------- Spanish feature heads first


def test_spanish_feature_heads_open_a_place() -> None:
    assert person_names("Snow fell on Cerro Aconcagua and Nevado Ojos del Salado overnight .") == []
    assert person_names("Fishermen left Bahia Solano before dawn .") == []


# ---------------------------------------------------------------- a role read from its ending


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Seismologist Valentina Ortiz said aftershocks could last weeks .", "Valentina Ortiz"),
        ("Climatologist Hiroshi Tanaka warned of a hotter summer .", "Hiroshi Tanaka"),
        ("Cinematographer Lena Brandt filmed the herd from a balloon .", "Lena Brandt"),
    ],
)
def test_a_role_noun_of_a_field_is_no_part_of_the_name(text: str, person: str) -> None:
    assert person_names(text) == [person]


# ---------------------------------------------------------------- one more given name


def test_a_middling_word_before_a_given_name_and_surname_is_one_more_given_name() -> None:
    text = "Texas convict Arcade Joseph Comeaux escaped on Monday . Comeaux was in a wheelchair ."
    assert person_names(text) == ["Arcade Joseph Comeaux", "Comeaux"]


def test_a_sentence_opener_or_a_name_of_a_thing_is_not_taken_in() -> None:
    assert person_names("Yesterday Joseph Reyes said the road was shut .") == ["Joseph Reyes"]
    assert "Arcade Fire" not in " ".join(person_names("The band Arcade Fire played on Friday ."))


# ---------------------------------------------------------------- a lone name in a person's clause


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jackson was arrested on Monday . Police said Jackson was on probation .", ["Jackson", "Jackson"]),
        ("Chargers ' Jackson arrested on suspicion of drunk driving", ["Jackson"]),
        ("Ramos hurt herself in training and will miss the final .", ["Ramos"]),
        ("Bush tweaked his left knee last Thursday .", ["Bush"]),
    ],
)
def test_a_lone_name_in_a_clause_only_a_person_fits_is_a_person(text: str, names: list[str]) -> None:
    assert person_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to Jackson with his parents in 1990 .",
        "Jordan is her second home after ten years in Amman .",
        "Toyota recalled its hybrids on Tuesday .",
    ],
)
def test_a_place_or_firm_before_his_or_a_participle_stays_out(text: str) -> None:
    assert person_names(text) == []


# ---------------------------------------------------------------- heads of features and works


@pytest.mark.parametrize(
    "text",
    [
        "Two climbers fell from Zurbriggens Ridge on Thursday .",
        "The gunman opened fire at Fulton Courthouse in 2005 .",
        "Cattle died of thirst on Bolton Ranch and Kibwezi Farm .",
    ],
)
def test_a_feature_or_works_head_last_names_the_place(text: str) -> None:
    assert person_names(text) == []


def test_a_given_name_before_a_head_that_is_a_surname_stays_a_person() -> None:
    assert person_names("Alice Glen said the harvest was late .") == ["Alice Glen"]
