"""Number words through the compositional grammar, in news sentences: composition with
"and", fractions and mixed numbers, dozens, "over", ordinals; scaled and prefixed forms;
named events; plurals."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from newskit_quantities import find_quantities
from newskit_quantities.numbers import parse_words
from newskit_quantities.units import singular
from newskit_quantities.wordgrammar import Toks, read_number

SENTENCES: list[tuple[str, str, object, str | None]] = [
    # (sentence, span, value, unit)
    ("Organisers said four thousand and six hundred runners finished the race.",
     "four thousand and six hundred", 4600, "runner"),
    ("The parcel weighed two hundred and one half pounds at the depot.",
     "two hundred and one half pounds", Decimal("200.5"), "lb"),
    ("Farmers sold five dozens eggs at the market on Saturday.", "five dozens", 60, "egg"),
    ("A tenth of the aid budget was never spent, auditors found.", "A tenth", Decimal("0.1"),
     None),
    ("The court ruled that one hundred and two thousand ballots were valid.",
     "one hundred and two thousand", 102000, "ballot"),
    ("The storm left half a million homes without power.", "half a million", 500000, "home"),
    ("The company raised one and a half billion dollars in the offering.",
     "one and a half billion dollars", 1500000000, "USD"),
    ("The bakery ships half a dozen loaves to each shelter.", "half a dozen", 6, "loaf"),
    ("The charity raised a quarter of a million dollars for the hospice.",
     "a quarter of a million dollars", 250000, "USD"),
    ("Three-quarters of a billion people still lack clean cooking fuel, the agency said.",
     "Three-quarters of a billion", 750000000, "person"),
    ("Nearly a third of a million tickets went unsold.", "Nearly a third of a million",
     Decimal("333333.3333333333333333333333"), "ticket"),
    ("Officials tallied two point five million votes by midnight.",
     "two point five million", 2500000, "vote"),
    ("The steel pipe is 3 1/2 inches wide.", "3 1/2 inches", Decimal("3.5"), "in"),
    ("Quarterly revenue reached 4.5 k dollars per seat.", "4.5 k dollars", 4500, "USD"),
    ("The fund now holds 2.7b in assets.", "2.7b", 2700000000, None),
    ("A magnitude-7.4 earthquake struck off the coast on Tuesday.", "7.4",
     Decimal("7.4"), "magnitude"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), SENTENCES)
def test_sentences(text: str, span: str, value: object, unit: str | None) -> None:
    found = [f for f in find_quantities(text) if text[f.start:f.end] == span]
    assert found, (text, [text[f.start:f.end] for f in find_quantities(text)])
    assert found[0].value == value
    assert found[0].unit == unit


def test_spaced_minus_only_where_it_cannot_be_a_dash() -> None:
    text = "- 20 k dollars was the net change.\nTokyo - 20 people were hurt."
    got = [(text[f.start:f.end], f.value) for f in find_quantities(text)]
    assert got == [("- 20 k dollars", -20000), ("20", 20)]


def test_range_with_a_prefixed_unit() -> None:
    text = "Seismologists expect aftershocks between magnitude 6.5 and 7.0 this week."
    (f,) = find_quantities(text)
    assert text[f.start:f.end] == "between magnitude 6.5 and 7.0"
    assert (f.value, f.high, f.unit) == (Decimal("6.5"), 7, "magnitude")


@pytest.mark.parametrize("text", [
    "Survivors of the 921 earthquake gathered in Nantou on the anniversary.",
    "Memorials for 9/11 were held in New York.",
])
def test_named_events_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_a_count_after_the_still_counts() -> None:
    text = "Relatives of the 921 victims gathered in Nantou."
    (f,) = find_quantities(text)
    assert (f.value, f.unit) == (921, "victim")


@pytest.mark.parametrize(("words", "value", "kind"), [
    ("thirty and two sevenths", Fraction(212, 7), "card"),
    ("two over five", Fraction(2, 5), "frac"),
    ("three quarters", Fraction(3, 4), "frac"),
    ("a third", Fraction(1, 3), "afrac"),
    ("twenty first", 21, "ord"),
    ("one hundred and twenty third", 123, "ord"),
    ("two hundredth", 200, "ord"),
    ("one hundredth", Fraction(1, 100), "frac"),
    ("four million three hundred and twelve", 4000312, "card"),
    ("a half dozen", 6, "card"),
    ("several hundred", 300, "vague"),
    ("hundreds of thousands", 200000, "vague"),
])
def test_readings(words: str, value: object, kind: str) -> None:
    r = read_number(Toks(words.split()), 0)
    assert r is not None and r.end == len(words.split())
    assert (r.value, r.kind) == (value, kind)


@pytest.mark.parametrize(("words", "values"), [
    ("five thousand and two thousand", [5000, 2000]),  # two numbers, not 5000 + 2
    ("one hundred and two hundred", [100, 200]),
    ("five million , two million", [5000000, 2000000]),
    ("four million , three hundred and twelve", [4000000, 312]),  # a comma ends a number
    ("five and ten", [5, 10]),
    # the next number starts with a group of the same scale: no tail of the first one
    ("twenty five thousand and one hundred one thousand", [25000, 101000]),
    ("two million and three hundred four million", [2000000, 304000000]),
])
def test_runs_split_into_numbers(words: str, values: list[int]) -> None:
    assert [s.value for s in parse_words(words.split())] == values


@pytest.mark.parametrize(("plural", "single"), [
    ("sorties", "sortie"), ("casualties", "casualty"), ("buses", "bus"),
    ("analyses", "analysis"), ("houses", "house"), ("heroes", "hero"), ("shoes", "shoe"),
    ("wolves", "wolf"), ("drives", "drive"), ("benches", "bench"), ("headaches", "headache"),
    ("approaches", "approach"), ("gases", "gas"), ("classes", "class"), ("species", "species"),
    ("people", "person"), ("movies", "movie"), ("bases", "base"), ("ships", "ship"),
])
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


def test_counted_noun_singular_in_a_sentence() -> None:
    text = "Air force jets flew 30 sorties over the strait on Monday."
    (f,) = find_quantities(text)
    assert (f.value, f.unit, f.of) == (30, "sortie", "sorties")


def test_compound_ordinals_where_the_plugin_reads_them() -> None:
    text = ("It was the twenty-first summit and the one hundred and fifth session, "
            "on the two hundredth anniversary; a third of delegates came.")
    got = [(text[f.start:f.end], f.value, f.ordinal) for f in find_quantities(text, ordinals=True)]
    assert got == [("twenty-first", 21, True), ("one hundred and fifth", 105, True),
                   ("two hundredth", 200, True),
                   ("a third", Decimal("0.3333333333333333333333333333"), False)]
