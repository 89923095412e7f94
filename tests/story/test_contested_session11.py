"""Session 11 (issue #10): allegation/denial pairs of kinds seen failing on unseen news.

* An outlet alleges in its own voice (``..., the Evening Post has learned``) and the one it
  accuses denies in another article: the outlet is the accuser.
* A denial names the amount another source gave (``denied that €2 million had been paid``
  / ``the agent had been paid €2 million``): one proposition, though they share no other
  word; a bare number (a year, a count) ties nothing.

Sentences written for these tests (a hospital trust, football agents, a grain trader), not
from the stories where the kinds were seen failing (a hijacked ship, a debt deal)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.claim_amounts import amounts
from tests.story.helpers import outlet_pairs as _story_pairs


def test_an_outlet_alleging_in_its_own_voice_is_the_accuser(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        ("Evening Post", "Northgate Hospital Trust cancelled 300 cancer operations to meet its budget, the Evening "
                         "Post has learned. Surgeons were told not to discuss the cuts."),
        ("Wire", "Northgate Hospital Trust denied cancelling cancer operations to save money. A spokeswoman said "
                 "every urgent case had been treated on time."),
    ])
    assert any("Evening Post" in a and "Northgate" in d for a, d in pairs), pairs


def test_a_denial_naming_anothers_amount_answers_it(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        ("Sport Daily", "Rovers signed the striker on Friday. A Lisbon agent, Rui Matos, told Sport Daily that he had "
                        "been paid €2 million to arrange the deal."),
        ("Wire", "Rovers completed the signing of the striker. The club dismissed a claim by an agent, quoted by "
                 "Sport Daily, that €2 million had changed hands outside the contract."),
    ])
    assert any("Matos" in a and d in ("Rovers", "club") for a, d in pairs), pairs


def test_a_shared_bare_number_ties_nothing(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        ("Farm News", "A grain trader, Ilse Brandt, said the cooperative had stored 40 lorries of wheat in a barn "
                      "since 2019."),
        ("Wire", "The cooperative denied that 40 inspectors had been turned away in 2019."),
    ])
    assert not any("Brandt" in a for a, _ in pairs), pairs


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=1, max_value=999), sign=st.sampled_from(["$", "€", "£"]),
       scale=st.sampled_from(["million", "billion"]))
def test_one_amount_written_two_ways_is_one_key(n: int, sign: str, scale: str) -> None:
    said = amounts(f"the fund had received {sign}{n} {scale} before the vote")
    denied = amounts(f"denied that {sign}{n} {scale} had changed hands")
    assert said == denied == {f"{sign}{n}{scale}"}


@pytest.mark.parametrize("text", ["a crew of 22", "since 2019", "on 12 March", "Flight 370"])
def test_a_bare_number_is_no_amount(text: str) -> None:
    assert amounts(text) == frozenset()


def test_a_rival_asking_whether_the_denier_did_it_accuses_it(pipeline: Pipeline) -> None:
    """``would ask the regulator to examine whether Meridian Foods had inflated its accounts``: the
    clause embedded after ``whether`` says Meridian did it, as a clause opening the claim would."""
    pairs = _story_pairs(pipeline, [
        ("Wire", "Rival bidder Harcastle Group said it would ask the regulator to examine whether Meridian Foods "
                 "had inflated its accounts to win the bid."),
        ("City Desk", "Meridian Foods on Tuesday rejected accusations that it had inflated its profits, saying its "
                      "accounts were signed off by auditors."),
    ])
    assert any("Harcastle" in a and "Meridian" in d for a, d in pairs), pairs


def test_a_body_and_its_officials_are_one_party() -> None:
    from newskit.story.contested import _same_party

    assert _same_party("Harrowgate Athletic officials", "Harrowgate Athletic")
    assert not _same_party("Harrowgate Athletic", "Harrowgate Athletic Supporters Trust")


def test_a_claim_no_one_made_accuses_no_one() -> None:
    """A denial answering a claim whose source is unknown forms no pair: the pair would
    name no accuser."""
    from newskit import Claim
    from newskit.story.contested import _pairs

    said = Claim(article="a", start=0, end=30, text="the ferry had been overloaded", source=None,
                 stance="alleges", id="a#c1")
    denied = Claim(article="a", start=40, end=80, text="Selvane Shipping denied the claim", source="Selvane Shipping",
                   stance="denies", id="a#c2", responds_to="a#c1")
    assert _pairs([said, denied]) == []


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Latvian Interior Ministry", "Latvian Foreign Ministry", True),
    ("US Justice Department", "US State Department", True),
    ("Latvian Interior Ministry", "Estonian Interior Ministry", False),
    ("Latvian Interior Ministry", "Latvian Farmers Union", False),
    # a country answers for its armed and police services (session 45)
    ("Greek Coast Guard", "Greece", True),
    ("Kenyan police", "Kenya", True),
    ("Turkish authorities", "Turkish Foreign Ministry", True),
    ("Nigerian Army", "Ghana", False),
    ("Kenyan Parliament", "Kenyan police", False),
])
def test_two_bodies_of_one_government_are_one_party(a: str, b: str, one: bool) -> None:
    from newskit.story.contested import _same_party

    assert _same_party(a, b) is one


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Eleni Vlachou of Greek Coast Guard", "Greece", True),
    ("Eleni Vlachou of Hellenic Coast Guard", "Greece", True),  # the state's own adjective
    ("Eleni Vlachou of Greek Coast Guard", "Turkey", False),
    ("Eleni Vlachou of Greek Farmers Union", "Greece", False),
])
def test_a_person_of_a_government_body_speaks_for_its_country(a: str, b: str, one: bool) -> None:
    """Session 45: "Greece denied Turkish accusations that its coast guard ..." is not
    answered by the Greek coast guard's own spokeswoman, who is on Greece's side."""
    from newskit.story.contested import _one_side

    assert _one_side(a, b) is one
