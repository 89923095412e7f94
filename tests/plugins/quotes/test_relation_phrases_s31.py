"""Issue #14, session 31: a phrase of relation at a sentence's start is no name.

``Relatives of the two suspects said …`` kept its sentence capital and was read as a named
body, so a later ``Police said …`` resolved to it (a body description takes the last named
body). A noun of relation that opens a phrase of relation has the sentence's capital only:
alone, before a lower-case preposition and a lower-case word (``of the victims``, ``at the
scene``), or before a preposition of place (``in Dunmarsh``). It names a group, with whom
it relates to (``relatives of the two suspects``), as the same words inside a sentence do;
where they are names no one. A name that opens with a noun of people keeps its capital: a
second word with a capital is no sentence's own (``Patients First …``, ``Nurses Without
…``), nor a capital after ``of the`` (``Friends of the …``), nor a body's head (``Parents
in Education Network``). A count before a lower-case noun opens no name either (``Two
relatives of the victim``), and ``family`` is a noun of relation, so ``The family of the
victim said`` is the family's word, not the victim's. Sentences and body names written
for these tests (flood, ferry, clinic and tram news); none is taken from a corpus."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers

from newskit_quotes.actors import classify


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Relatives of the two suspects", "relatives of the two suspects"),
        ("Neighbours of the couple", "neighbours of the couple"),
        ("relatives of the victims", "relatives of the victims"),
        ("Families of the drowned fishermen", "families of the drowned fishermen"),
        ("Passengers' relatives", None),
        ("Neighbours", "neighbours"),
        ("Eyewitnesses at the scene", "eyewitnesses"),
        ("Two relatives of the ferry's captain", "two relatives of the ferry's captain"),
        ("Parents in Dunmarsh", "parents"),  # where they are names no one
        ("Neighbours on Alder Street", "neighbours"),
    ],
)
def test_a_phrase_of_relation_is_a_group(text: str, name: str | None) -> None:
    actor = classify(text)
    if name is None:  # a possessive before the noun: whose relatives, no name either way
        assert actor.kind != "name"
        return
    assert (actor.kind, actor.name) == ("group", name)


@pytest.mark.parametrize(
    "text",
    [
        "Tenants First Ontario",  # a noun of relation before a capitalised word
        "Nurses Without Walls",
        "Parents Against Road Tolls",
        "Friends of the Lowland Marshes",  # a capital after "of the"
        "Neighbours United",
        "Parents in Education Network",  # the head of a body ends it
    ],
)
def test_a_name_that_opens_with_a_noun_of_people_keeps_its_capital(text: str) -> None:
    actor = classify(text)
    assert actor.name == text


def test_a_body_described_after_a_phrase_of_relation_is_no_relative() -> None:
    text = ("Relatives of the two drivers said the barrier had been left open. "
            "Police said four people had been questioned.")
    first, second = all_quotes(text)
    assert first.speaker == "relatives of the two drivers"
    assert second.speaker == "Police"


def test_a_named_body_still_speaks_for_its_description() -> None:
    # unchanged: "the group" after a body named by its capitals is that body
    text = ("Tenants First Ontario said the landlord had ignored the mould for a year. "
            "The group said it would take the case to the tribunal.")
    first, second = all_quotes(text)
    assert first.speaker == second.speaker == "Tenants First Ontario"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The family of the victim said he had never missed a shift.", "The family of the victim"),
        ("Families of the miners said the pit had ignored gas readings.", "Families of the miners"),
        ("The families of the passengers said they had not been told of the delay.",
         "The families of the passengers"),
    ],
)
def test_a_family_speaks_not_whom_it_is_the_family_of(text: str, speaker: str) -> None:
    [(_, said)] = reported_with_speakers(text)
    assert said == speaker


def _relations() -> list[str]:
    data = json.loads(resources.files("newskit_quotes").joinpath("data", "actors.json").read_text(encoding="utf-8"))
    return [w for w in data["relation_roles"] if w.isalpha() and not w.endswith("s") and w != "children"]


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


@settings(max_examples=40, deadline=None)
@given(noun=st.sampled_from(_relations()), whom=st.sampled_from(["the two drivers", "the ferry's crew", "victims"]))
def test_any_phrase_of_relation_leaves_a_later_body_its_own(noun: str, whom: str) -> None:
    plural = _plural(noun)
    text = (f"{plural.capitalize()} of {whom} said the barrier had been left open. "
            "Police said four people had been questioned.")
    quotes = all_quotes(text)
    assert quotes[-1].speaker == "Police"
    assert all(q.speaker != f"{plural.capitalize()} of {whom}" for q in quotes)


@settings(max_examples=30, deadline=None)
@given(noun=st.sampled_from(_relations()), rest=st.sampled_from(["First Ontario", "Without Walls", "United"]))
def test_any_noun_of_relation_before_a_capital_keeps_the_name(noun: str, rest: str) -> None:
    name = f"{_plural(noun).capitalize()} {rest}"
    assert classify(name).name == name


def test_a_body_described_after_parents_somewhere_is_no_parent() -> None:
    text = ("Parents in Dunmarsh said the school bus had been cancelled without notice. "
            "The board said it would restore the route in March.")
    first, second = all_quotes(text)
    assert first.speaker == "parents"
    assert second.speaker != "Parents in Dunmarsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a described owner: named as written, as news names them
        ("Lena Holm, 9, fell into the old well. The girl's family said the cover had rotted.", "girl's family"),
        # a named owner, or a pronoun's antecedent: the relation of that person
        ("Lena Holm, 9, fell into the old well. Her family said the cover had rotted.", "family of Lena Holm"),
    ],
)
def test_a_family_is_named_by_whom_it_belongs_to(text: str, speaker: str) -> None:
    [q] = all_quotes(text)
    assert q.speaker == speaker


def test_a_plural_possessive_before_a_name_keeps_it() -> None:
    assert classify("Tenants' association Fair Rent Now").name == "Tenants' association Fair Rent Now"
