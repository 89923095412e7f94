"""Session 11 (lead): who a denial's bare representative speaks for, bodies named
``Ministry of X``, and a lead that describes a company before it names it (``The Dutch
company whose trucks ... accused``, then ``Verhoek Transport, a family firm, said``). Sentences written for these tests (transport, food safety, energy)."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline
from newskit.actors import find_actors


@pytest.mark.parametrize(("text", "body"), [
    ("Union leaders accused the Ministry of Transport of ignoring warnings about the bridge. "
     "A spokeswoman denied the claims.", "Ministry of Transport"),
    ("Farmers accused Kelvar Foods of dumping milk. A spokesman denied the accusation, saying the plant "
     "had passed every inspection.", "Kelvar Foods"),
])
def test_a_bare_representative_denies_for_the_body_named_before(pipeline: Pipeline, text: str, body: str) -> None:
    assert (body, "denies") in claim_sources(pipeline, text), claim_sources(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Officials at the Ministry of Energy said the grid held.", "Ministry of Energy"),
    ("The Department of Health said the outbreak had peaked.", "Department of Health"),
])
def test_a_body_named_by_its_head_and_of_keeps_its_head(text: str, name: str) -> None:
    assert name in [a.name for a in find_actors(text)], find_actors(text)


@pytest.mark.parametrize(("text", "body"), [
    ("The Dutch company whose trucks carried the waste has accused the council of negligence. Verhoek "
     "Transport, a family firm based in Utrecht, said in a statement that its drivers had followed the route.",
     "Verhoek Transport"),
    ("The Chilean company at the centre of the dispute accused the regulator of bias on Tuesday. Cordillera "
     "Cobre Andina, a mid-sized producer based in Antofagasta, said the tests had been flawed.",
     "Cordillera Cobre Andina"),
])
def test_a_lead_that_describes_before_it_names_takes_the_name_introduced_next(
        pipeline: Pipeline, text: str, body: str) -> None:
    assert (body, "alleges") in claim_sources(pipeline, text), claim_sources(pipeline, text)


@pytest.mark.parametrize(("text", "source"), [
    # session 31: the capital is the sentence's, so the groups are named in lower case
    ("Drivers' groups accused the operator of skipping inspections.", "drivers' groups"),
    ("The council said the site was safe. Residents' groups said the plant was unsafe for children.",
     "residents' groups"),
])
def test_a_plural_possessive_opening_the_subject_stays_in_it(pipeline: Pipeline, text: str, source: str) -> None:
    assert source in [s for s, _ in claim_sources(pipeline, text)], claim_sources(pipeline, text)


@pytest.mark.parametrize(("text", "source", "stance"), [
    # a source read as the end of a body's name is the whole body (session 30: ``Parents`` can
    # speak, so the whole phrase is read, and named as ``the charity Oxfam`` is)
    ("The Glasgow-based charity Parents in Education Network accused the council of hiding the test results.",
     "charity Parents in Education Network", "alleges"),
    # a bare representative after a body whose name holds a list
    ("The Ministry of Agriculture, Fisheries and Food said the herd had been culled. A spokesman denied claims "
     "by farmers that the cull had been rushed.", "Ministry of Agriculture, Fisheries and Food", "denies"),
    # a body named after a place is no place
    ("The Bank of Japan rejected the claim that it had intervened in the currency market.", "Bank of Japan",
     "denies"),
])
def test_a_source_inside_a_body_name_is_the_whole_body(pipeline: Pipeline, text: str, source: str,
                                                        stance: str) -> None:
    assert (source, stance) in claim_sources(pipeline, text), claim_sources(pipeline, text)


@pytest.mark.parametrize(("text", "source"), [
    # a body's name and a role right before the person
    ("Harlow Dairy Cooperative chair Megan Price accused the supermarket of cutting milk prices without notice.",
     "Megan Price of Harlow Dairy Cooperative"),
    # a role of a body in apposition after the person
    ("Tomas Berg, chief executive of Nordlys Ferries, denied that the crossing had been overbooked.",
     "Tomas Berg of Nordlys Ferries"),
    ("Ana Ruiz, Velmora's chief executive, rejected the accusation.", "Ana Ruiz of Velmora"),
    # introduced with the body once, named alone later: the same voice of the same body
    ("Nordlys Ferries captain Ola Strand said the sea was calm. Later Strand denied that the crossing had been "
     "overbooked.", "Ola Strand of Nordlys Ferries"),
])
def test_a_person_introduced_with_a_body_speaks_for_it(pipeline: Pipeline, text: str, source: str) -> None:
    assert source in [s for s, _ in claim_sources(pipeline, text)], claim_sources(pipeline, text)


@pytest.mark.parametrize(("text", "source"), [
    # a verb between the name and the person: no role
    ("Shareholders said Velmora hired Tom Reyes last year. Reyes denied that the plant had leaked.", "Tom Reyes"),
    # the union in the role phrase is the body, not the name before it
    ("The Kestrel mining union secretary Rhys Owen accused the company of ignoring safety warnings.", "Rhys Owen"),
    # a possessive before the name: the name is a word of the role
    ("The union blamed the operator. Its Welsh secretary, Dafydd Rees, accused the company of lying.", "Dafydd Rees"),
])
def test_a_name_near_a_person_without_a_role_of_it_is_no_affiliation(pipeline: Pipeline, text: str,
                                                                       source: str) -> None:
    assert source in [s for s, _ in claim_sources(pipeline, text)], claim_sources(pipeline, text)


@pytest.mark.parametrize(("text", "source"), [
    # a people's adjective opening a description of the name before the cue
    ("Korean carmaker Daehan Motors has rejected claims by the regulator that its engines were faulty.",
     "Daehan Motors"),
    ("Dutch dairy group Frisona denied that any milk had been contaminated.", "Frisona"),
])
def test_a_name_after_a_description_opening_its_clause_is_the_source(pipeline: Pipeline, text: str,
                                                                      source: str) -> None:
    assert (source, "denies") in claim_sources(pipeline, text), claim_sources(pipeline, text)


def test_a_place_based_description_stands_for_the_firm_named_before(pipeline: Pipeline) -> None:
    text = ("Kestrel Shipping said the ferry had been refloated. The crew were unhurt, the Kent-based company said. "
            "The company later said the pilot had ordered the turn. The harbour board rejected that suggestion.")
    sources = [s for s, _ in claim_sources(pipeline, text)]
    assert "Kestrel Shipping" in sources and not any(s and "-based" in s for s in sources), sources


def test_a_phrase_with_a_preposition_before_a_name_is_no_description_of_it(pipeline: Pipeline) -> None:
    text = ("Shares fell. Residents around Lake Ossen accused the Marrow Paper mill at Dunby on Monday of having "
            "poisoned the lake.")
    sources = [s for s, _ in claim_sources(pipeline, text)]
    assert "Lake Ossen" not in sources, sources
