"""Session 11 (issue #10): a denial's object and subject read from local syntax.

* ``denied that, saying ...``: ``that`` before a comma and a participle is the pronoun
  object (what was just said), so the denial answers the claim before it; ``said that, if
  elected, she would ...`` still opens a clause.
* ``denied making any such promise`` points back at what was just said, as ``no such`` does.
* ``Its operator, Nordic Box Lines, denied it``: a name in apposition to a description
  right before the cue is the source.

Sentences written for these tests (a rail line, a school board, an election, a bakery)."""

from __future__ import annotations

import pytest

from newskit import Article, Claim, Pipeline
from newskit_quotes import extract_quotes


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _claims(pipeline: Pipeline, text: str) -> list[Claim]:
    return list(pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02",
                                                "text": text})).claims)


def test_that_before_a_participle_is_the_pronoun_object(pipeline: Pipeline) -> None:
    text = ("A signalman said the night train had passed a red light. Its operator, Northline Rail, denied that, "
            "saying its driver had stopped at every signal.")
    claims = _claims(pipeline, text)
    denial = next(c for c in claims if c.stance == "denies")
    assert denial.source == "Northline Rail" and denial.responds_to == claims[0].id, claims


def test_that_before_an_aside_still_opens_a_clause() -> None:
    quotes = extract_quotes("The candidate said that, if elected, she would close the old mine.", [])
    assert [q.text for q in quotes] == ["if elected, she would close the old mine"], quotes


def test_any_such_points_back(pipeline: Pipeline) -> None:
    text = ("The mayor said last week that the developer had promised the town a new library. Brackley Homes "
            "denied giving any such undertaking.")
    denial = next(c for c in _claims(pipeline, text) if c.stance == "denies")
    assert denial.responds_to is not None, denial


@pytest.mark.parametrize(("text", "source"), [
    ("Bakers said the mill had sold them damp flour. The mill's owner, Corran Grain, denied it, saying every "
     "sack was tested.", "Corran Grain"),
    ("Riders said the ferry had left without lifejackets. Its operator, Solent Link, rejected that, saying "
     "every seat had one.", "Solent Link"),
])
def test_a_name_in_apposition_before_the_cue_is_the_source(pipeline: Pipeline, text: str, source: str) -> None:
    denials = [c for c in _claims(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == [source], denials


@pytest.mark.parametrize(("text", "source"), [
    ("Growers said the mill had cut its prices. A spokeswoman for Corvane said the growers' claims were false.",
     "Corvane"),
    ("Tenants said the lifts had failed for weeks. A spokesman for Halden Estates said the tenants' account was "
     "wrong.", "Halden Estates"),
])
def test_a_spokesperson_for_a_named_body_speaks_for_it(pipeline: Pipeline, text: str, source: str) -> None:
    denials = [c for c in _claims(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == [source], _claims(pipeline, text)


def test_a_role_held_for_someone_then_a_name_is_that_name(pipeline: Pipeline) -> None:
    """``Her former team mate Doyle alleges``: the named one speaks, not ``team mate Doyle of <her>``."""
    text = ("Lena Ortiz, who denies wrongdoing, has not spoken publicly. Her former team mate Doyle alleges the "
            "setter was paid 4,000 euros in a car park.")
    sources = [c.source or "" for c in _claims(pipeline, text) if c.stance == "alleges"]
    assert sources and "Doyle" in sources[0] and " of " not in sources[0], sources


@pytest.mark.parametrize(("text", "source"), [
    ("Its regional secretary, Ana Brook, repeated the union's claim that fire drills had been skipped, which "
     "Corrin Foods again rejected, saying its logs were complete.", "Corrin Foods"),
    ("Parents accused the academy of cancelling swimming lessons to save money, which the trust denies.", "trust"),
])
def test_a_relative_clause_denies_the_clause_it_follows(pipeline: Pipeline, text: str, source: str) -> None:
    """``..., which Corrin Foods again rejected``: the relative clause's subject denies what
    was just alleged; the one who alleged it denies nothing."""
    claims = _claims(pipeline, text)
    denials = [c for c in claims if c.stance == "denies"]
    assert [c.source for c in denials] == [source], claims
    assert denials[0].responds_to is not None, denials


def test_a_relative_clause_before_the_cue_is_an_aside(pipeline: Pipeline) -> None:
    denials = [c for c in _claims(pipeline, "Nurses said the ward was unsafe. The health board, which runs the "
                                            "hospital, rejected the claim.") if c.stance == "denies"]
    assert [c.source for c in denials] == ["health board"], denials


@pytest.mark.parametrize("adjective", ["presidential", "ministerial", "provincial"])
def test_a_relational_adjective_names_no_body(pipeline: Pipeline, adjective: str) -> None:
    """``A presidential spokesman denied``: the spokesman speaks, never ``presidential``."""
    text = f"Farmers accused the palace of blocking the subsidy. A {adjective} spokesman denied the claim."
    denials = [c for c in _claims(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == [f"{adjective} spokesman"], denials


def test_a_denial_answers_the_outer_report_not_the_one_inside_it(pipeline: Pipeline) -> None:
    """``Moreno said the directors had promised him time to rebuild the team. The club denied
    making any such promise``: Moreno asserts the promise; the directors' "promise" inside
    his report is no claim the club answers."""
    text = ("Moreno, 44, had said after the final that the directors had promised him time to rebuild the team. "
            "The club denied making any such promise.")
    claims = _claims(pipeline, text)
    denial = next(c for c in claims if c.stance == "denies")
    assert denial.responds_to == claims[0].id and claims[0].source == "Moreno", claims


@pytest.mark.parametrize(("text", "source"), [
    ("Two traders said the country had sold more grain than its quota. Ukraine's agriculture ministry rejected "
     "the allegation.", "Ukraine's agriculture ministry"),
    ("Fishermen said the port had been closed without notice. Norway's fisheries ministry denied the claim.",
     "Norway's fisheries ministry"),
])
def test_a_country_and_its_body_is_the_body(pipeline: Pipeline, text: str, source: str) -> None:
    """``Ukraine's agriculture ministry rejected``: the ministry denies, not the country."""
    denials = [c for c in _claims(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == [source], denials


@pytest.mark.parametrize(("text", "source"), [
    ("Corvel Bakeries was fined on Monday. Its spokesman said the fine was unfair.", "Corvel Bakeries"),
    ("The mayor has not commented. Her spokeswoman said the report was wrong.", "Her spokeswoman"),
])
def test_a_possessive_pronoun_before_a_spokesperson_is_no_source(pipeline: Pipeline, text: str, source: str) -> None:
    """``Its spokesman said``: the body named before it; ``Her spokeswoman`` with no one named
    before stays as written, never the source ``Her``."""
    assert [c.source for c in _claims(pipeline, text)] == [source], _claims(pipeline, text)
