"""Counts of one kind of thing told by different nouns (``shops`` / ``stores``, ``vessels``
/ ``boats``, ``jobs`` / ``positions``): outlets vary the word, so nouns of one family
(``figures.json`` ``counted_noun_families``) count one thing and the join weighs them as one
noun told twice; nouns of no common family stay apart. Sentences of kinds of news other
than the stories where the kind was seen: a bakery chain's closures, a port strike, a
recall of scooters, a fishing ban."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_data import figure_rules, noun_family
from newskit.story.figure_story import _nouns, _Unit
from tests.story.helpers import figures_by_measure


def _count(article: str, value: int, unit: str) -> Figure:
    return Figure(article=article, measure=f"number of {unit}s", value=value, unit=unit)


def test_synonyms_are_one_family() -> None:
    assert noun_family("shop") == noun_family("store")
    assert noun_family("vessel") == noun_family("boat")
    assert noun_family("lorry") == noun_family("truck")
    assert noun_family("position") == noun_family("job")


def test_a_noun_no_family_lists_is_its_own() -> None:
    assert noun_family("scooters") == noun_family("Scooter")
    assert noun_family("shop") != noun_family("scooter")


def test_a_groups_nouns_are_their_families() -> None:
    shops, stores = _Unit("number of shops", [_count("a1", 140, "shops")]), _Unit("n", [_count("a2", 160, "stores")])
    assert _nouns(shops) == _nouns(stores)
    scooters = _Unit("number of scooters", [_count("a3", 150, "scooters")])
    assert not _nouns(shops) & _nouns(scooters)


@given(st.sampled_from([w for fam in figure_rules()["counted_noun_families"] for w in fam]))
def test_every_listed_noun_is_in_the_family_of_its_first_word(word: str) -> None:
    fam = next(f for f in figure_rules()["counted_noun_families"] if word in f)
    assert noun_family(word) == noun_family(fam[0])


def test_two_outlets_counts_of_closed_shops_are_compared(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The bakery chain Crumbly will close 140 shops across the country by March.",
                             "Crumbly plans to shut about 180 stores, the company's administrators said.")
    assert any({"140", "about 180"} <= amounts for _, amounts in got.values()), got


def test_counts_of_two_kinds_of_things_stay_apart(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The recall covers 140 scooters sold since January.",
                             "The maker has recalled about 180 helmets, the regulator said.")
    assert not any({"140", "about 180"} <= amounts for _, amounts in got.values()), got
