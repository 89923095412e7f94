"""Numbers that describe a person or continue a name are no figures of the story: an age in
words or with its last hyphen dropped, the children of a parent (``a mother of 12 was
killed``), a model or version (``Internet Explorer 8 and 9``). Found on
real multi-outlet news (ECB+ sub-topics read by ``bench/ecb_figures.py``), where they were
compared as deaths and as lengths of time. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_measure import _is_age
from newskit.story.figure_syntax import is_age, is_family_size, is_name_number
from tests.story.helpers import amounts, figure_conflicts


def _q(text: str, amount: str, unit: str | None = None) -> QuantityMention:
    start = text.index(amount)
    return QuantityMention(start=start, end=start + len(amount), text=amount, value=12, unit=unit)


def _findings(pipeline: Pipeline, *texts: str) -> dict[str, tuple[str, set[str]]]:
    return {f.measure or "": (f.label or "", amounts(f))
            for f in figure_conflicts(pipeline, texts, "2025-06-0{n}T0{n}:00")}


@pytest.mark.parametrize(("text", "amount", "age"), [
    ("Twenty-year-old Dario Menendez was charged on Monday.", "Twenty-year-old", True),
    ("A thirty-four-year-old nurse was among the injured.", "thirty-four-year-old", True),
    ("Forty-year-old bridges need more care than new ones.", "Forty-year-old", True),
    ("Twenty years of drought emptied the valley.", "Twenty years", False),
    ("Reyes, who was 18 at the time of the robbery, confessed.", "18", True),
    ("The toll, which was 27 at the time, has since risen.", "27", False),
])
def test_an_age_in_words_has_the_shape_of_an_age(text: str, amount: str, age: bool) -> None:
    assert is_age(text, _q(text, amount, "year")) is age


@pytest.mark.parametrize(("text", "amount", "family"), [
    ("A mother of 12 was killed by a stray bullet.", "12", True),
    ("Ilse Varga, a farmer and father of nine, lost his barn.", "nine", True),
    ("The father-of-three was treated at the scene.", "three", True),
    ("Two grandmothers of five marched at the front.", "five", True),
    ("The mother of 19-year-old Tomas spoke to reporters.", "19", False),
    ("Rescuers found 12 bodies near the mothers' market.", "12", False),
    ("The mother of the victim said 12 people had been hurt.", "12", False),
    ("Horton was the mother of 12 children.", "12", True),
])
def test_a_parents_children_are_told_after_of(text: str, amount: str, family: bool) -> None:
    unit = "child" if text[text.index(amount) + len(amount):].startswith(" children") else None
    assert is_family_size(text, _q(text, amount, unit)) is family


def test_a_count_of_children_is_never_compared_with_a_toll(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "A mother of 12 was killed in the crossfire on Friday, police said.",
                    "The woman, a mother of 13, died on Friday. Two bystanders were killed as well.")
    assert "deaths" not in got, got


def test_ages_in_words_and_without_their_last_hyphen_are_no_lengths_of_time(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "Twenty-year-old Dario Menendez was charged with murder on Monday.",
                    "An 18-year old man, Dario Menendez, was charged with murder on Monday.")
    assert not any(measure.startswith("duration") for measure in got), got


@pytest.mark.parametrize(("text", "amount", "age"), [
    ("The gunmen, Marco Diaz, 20 and Luis Prado, 24, were charged.", "20", True),
    ("Marco Diaz, 20, and Luis Prado, 24, were charged.", "24", True),
    ("In Kano, 20 and in Kaduna, 15 people were hurt.", "20", False),
    ("Police in Lagos arrested 20 and Kano Police, 15.", "20", False),
    ("His two half-brothers, 17 and 22, were also arrested.", "17", True),
    ("His two half-brothers, 17 and 22, were also arrested.", "22", True),
    ("The two villages, 14 and 30 kilometres away, were cut off.", "14", False),
    ("Police detained protesters, 40 and more by evening.", "40", False),
])
def test_two_names_with_their_ages_in_one_list(text: str, amount: str, age: bool) -> None:
    start = text.index(amount)
    q = QuantityMention(start=start, end=start + len(amount), text=amount, value=int(amount))
    assert _is_age(text, q) is age


def test_a_things_age_in_years_stays_a_length_of_time(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The bridge, which is 32 years old, was closed on Monday.",
                    "The bridge, about 30 years old, was closed on Monday.")
    assert any(measure.startswith("duration") for measure in got), got


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij ,.-of0123456789MmFf", max_size=200))
def test_family_size_never_fails_on_any_text(text: str) -> None:
    q = QuantityMention(start=len(text), end=len(text), text="", value=3)
    assert is_family_size(text, q) in (True, False)


def test_a_cue_opening_a_compound_names_no_measure(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The gunman killed four people in 2019. Three jurors voted against the death penalty on Friday.",
                    "Four people were killed in the 2019 attack. Nine jurors backed the death penalty, officials said.")
    assert got.get("deaths", ("", set()))[1] <= {"four", "Four"}, got


@pytest.mark.parametrize(("text", "amount", "named"), [
    ("The flaw affects Internet Explorer 9 on older machines.", "9", True),
    ("Attacks were aimed at Internet Explorer 8 and 9, the company said.", "9", True),
    ("The patch covers versions 6, 7, 8 and 9 of the browser.", "7", True),
    ("The patch covers versions 6, 7, 8 and 9 of the browser.", "9", True),
    ("The tool works for IE6 to 10 on every system.", "10", True),
    ("Traffic was diverted to Highway 79, police said.", "79", True),
    ("The crew of the Ocean Star 7, a trawler, was detained.", "7", True),
    ("Fire killed 12 in Kano and 15 in Kaduna.", "15", False),
    ("It runs on Windows XP, Vista and 7, the firm said.", "7", True),
    ("It runs on Windows XP, Vista, 7, 8, and 10.", "10", True),
    ("Police held Ruiz, Soto and 3 others on Friday.", "3", False),
    ("Work stopped in March 300 times over the year.", "300", False),
    ("Police said 15 were injured.", "15", False),
    ("Some 300 were evacuated from Lagos.", "300", False),
])
def test_a_number_that_continues_a_name_is_part_of_it(text: str, amount: str, named: bool) -> None:
    start = text.index(amount)
    q = QuantityMention(start=start, end=start + len(amount), text=amount, value=int(amount))
    assert is_name_number(text, q) is named


def test_versions_told_by_two_outlets_are_no_differing_figures(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The flaw affects Internet Explorer versions 6, 7, 8 and 9, and Windows XP, Vista and 7.",
                    "Microsoft said the bug could affect Internet Explorer 8, 9 and 10 on Windows Vista, 7 and 8.")
    assert not got, got


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="aAbBvV ,ersiond0123456789", max_size=120), st.integers(1, 9999))
def test_name_number_never_fails_on_any_text(text: str, n: int) -> None:
    full = f"{text} {n}"
    q = QuantityMention(start=len(full) - len(str(n)), end=len(full), text=str(n), value=n)
    assert is_name_number(full, q) in (True, False)
