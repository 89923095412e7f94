"""The names of bodies read by their generic head (``newskit.body_names``): a name that
holds lower-case connectors, a list with commas or a place is one body, and a connector
that only joins two phrases is none. Sentences written for these tests (sport, schools,
shipping, farming, health)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import PersonMention
from newskit.actors import find_actors, named_bodies


def _names(text: str) -> list[str]:
    return [a.name for a in find_actors(text)]


@pytest.mark.parametrize(("text", "name"), [
    # a head opening the name, a list with commas in its domain
    ("The Ministry of Agriculture, Fisheries and Food said the herd would be culled.",
     "Ministry of Agriculture, Fisheries and Food"),
    ("Inspectors from the Office for Nuclear Regulation visited on Monday.", "Office for Nuclear Regulation"),
    ("The Agency for Toxic Substances and Disease Registry published the figures.",
     "Agency for Toxic Substances and Disease Registry"),
    # a head closing the name after a lower-case connector
    ("The Leeds-based charity Families in Sport Network said the ruling was unfair.",
     "Families in Sport Network"),
    ("Fans accused the Fish and Wildlife Service of delaying the permit.", "Fish and Wildlife Service"),
])
def test_a_body_name_is_read_whole_across_its_connectors(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(("text", "body", "place"), [
    ("The Bank of Japan held rates on Tuesday.", "Bank of Japan", "Japan"),
    ("A report by the University of Chile found the water safe.", "University of Chile", "Chile"),
])
def test_a_place_inside_a_body_name_is_no_place(text: str, body: str, place: str) -> None:
    got = find_actors(text)
    assert body in [a.name for a in got] and not any(a.text == place for a in got), got


@pytest.mark.parametrize(("text", "absent"), [
    # a connector followed by "the" joins two phrases
    ("Republicans on the Transport Committee voted against the bill.", "Republicans on the Transport Committee"),
    # two bodies joined by "and", the second with its own head
    ("The Ministry of Defence and Foreign Office issued a statement.", "Ministry of Defence and Foreign Office"),
    # an "and" after a name of several words joins two names
    ("Kestrel Shipping and Harbour Research both declined to comment.", "Kestrel Shipping and Harbour Research"),
    # a sentence-initial plural before "in" may be anyone
    ("Rescuers in Coastal Search Service boats reached the ferry.", "Rescuers in Coastal Search Service"),
])
def test_a_connector_between_two_phrases_makes_no_body(text: str, absent: str) -> None:
    assert absent not in _names(text), _names(text)


def test_a_body_name_stops_before_a_person_it_runs_into() -> None:
    text = "Bank of Japan Governor Kenji Ueda said rates would stay."
    start = text.index("Kenji")
    person = PersonMention(start=start, end=start + len("Kenji Ueda"), text="Kenji Ueda", source="persons",
                           entity="Kenji Ueda")
    names = [a.name for a in named_bodies(text, [person])]
    assert names and not any("Kenji" in n for n in names), names


@given(st.sampled_from(["Health", "Rural Affairs", "Marine Science", "Disease Control"]),
       st.sampled_from(["said", "denied the report", "rejected the claim"]))
def test_an_opening_head_and_its_domain_make_one_body(domain: str, rest: str) -> None:
    text = f"Officials said the Department of {domain} {rest}."
    assert f"Department of {domain}" in _names(text), _names(text)


def test_a_place_adjective_names_no_actor() -> None:
    text = "The crew were safe, the Ehime Prefecture-based company said, and the Oslo-based insurer agreed."
    assert not any(n.endswith("-based") for n in _names(text)), _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Association of Tour Operators of Kenya said bookings had fallen.",
     "Association of Tour Operators of Kenya"),
    ("The League of Tenant Voters of Ohio sued the county.", "League of Tenant Voters of Ohio"),
    ("The Ministry of Health of the Philippines confirmed the cases.", "Ministry of Health of the Philippines"),
])
def test_a_body_name_goes_on_over_of_and_the_place_it_serves(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


def test_a_body_name_stops_before_of_and_no_place() -> None:
    names = _names("The Bank of England of old would have waited.")
    assert "Bank of England" in names and not any(n.startswith("Bank of England of") for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Members of the Kelso Tenants' Association said the lifts had failed.", "Kelso Tenants' Association"),
    ("The Upland Growers’ Union called a strike.", "Upland Growers’ Union"),
])
def test_a_plural_possessive_opening_a_body_name_is_part_of_it(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_plural_possessive_before_no_body_head_keeps_two_names() -> None:
    got = _names("The Kelso Tenants' Christmas Fair was cancelled after the storm hit Kelso Bridge.")
    assert "Kelso Tenants' Christmas Fair" not in got


def test_body_heads_are_the_lower_case_heads_of_both_shapes() -> None:
    from newskit.body_names import body_heads, is_body_head
    heads = body_heads()
    assert {"union", "network", "ministry", "service"} <= heads
    assert all(is_body_head(h) for h in heads)
