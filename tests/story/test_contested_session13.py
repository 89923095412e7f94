"""Session 13 (issue #10, helper pairs): allegation/denial pairs lost because the accuser
was described before it was named, or because a plea answered charges no denial pointed at.

* A lead's described accuser (``A rival bidder accused ...``) and the voice the article
  names next (``Helena Voss, whose firm lost the contract, said``; a body holding the
  description's head, ``A group calling itself Eastgate Tenants Action``) are one party: a
  denial answering one answers both (``story/voices.py``).
* A plea (``pleaded not guilty``) answers the charges: an allegation that charges were
  brought, in any article, or the allegation next to it in its own.

Sentences written for these tests (a tram tender, housing, logistics, a plant's records),
not from the stories where the kinds were seen failing (a film festival, a bank, a meteor,
cycling doping, a charity)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Claim
from newskit.story.voices import described_voices
from tests.story.helpers import outlet_pairs


def test_the_voice_named_after_a_described_accuser_is_the_accuser(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Tram News", "A rival bidder on Tuesday accused the transport authority of rigging the tender for the new "
                      "tram line, which the authority denied. Helena Voss, whose firm lost the contract, said the "
                      "scoring rules had been changed after the deadline."),
    ])
    assert ("Helena Voss", "transport authority") in pairs, pairs  # the noun as its article named it (session 53)


def test_a_body_holding_the_description_s_head_is_the_accuser(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Local Post", "Angry tenants accused Marlow Estates of ignoring mould in dozens of flats for months, which "
                       "the landlord denied. A group calling itself Eastgate Tenants Action says at least 40 families "
                       "had complained since January."),
    ])
    assert ("Eastgate Tenants Action", "landlord") in pairs, pairs


def test_a_plea_answers_charges_brought_in_another_article(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Wire", "Two former executives of Altmark Logistics have been charged with bribery over contracts at the "
                 "port of Hamburg, the prosecutor's office said on Monday."),
        ("Daily", "Jonas Pfeil, one of the two former executives, pleaded not guilty at the regional court on "
                  "Thursday."),
    ])
    assert ("prosecutor's office", "Jonas Pfeil") in pairs, pairs
    assert not any(a.startswith("Two former executives") for a, _ in pairs), pairs  # the charged are no speakers


def test_a_plea_answers_the_accusation_next_to_it(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Herald", "Jana Holt pleaded not guilty on Tuesday. State prosecutors charged Holt in May, accusing her of "
                   "faking inspection records at the chemical plant for three years."),
    ])
    assert ("State prosecutors", "Jana Holt") in pairs, pairs


def test_a_plea_answers_no_allegation_of_something_else(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Gazette", "Residents accused the council of ignoring flood warnings for a decade."),
        ("Wire", "Mark Dunn pleaded not guilty to assault on Friday."),
    ])
    assert not any(d == "Mark Dunn" for _, d in pairs), pairs


def _claim(k: int, start: int, source: str, stance: str = "asserts", kind: str | None = None,
           article: str = "a") -> Claim:
    return Claim(article=article, start=start, end=start + 40, text="x" * 40, source=source, stance=stance,
                 id=f"{article}#c{k}", source_type=kind)


def test_the_state_s_agents_have_no_group_voice() -> None:
    claims = [_claim(1, 0, "Federal investigators", "alleges"), _claim(2, 60, "Mark Lowe", kind="person")]
    assert described_voices(claims) == {}


def test_a_voice_too_far_after_the_description_is_none() -> None:
    claims = [_claim(1, 0, "rival bidder", "alleges"), _claim(2, 900, "Helena Voss", kind="person")]
    assert described_voices(claims) == {}


def test_a_description_past_the_lead_has_no_voice() -> None:
    claims = [_claim(1, 500, "rival bidder", "alleges"), _claim(2, 560, "Helena Voss", kind="person")]
    assert described_voices(claims) == {}


def test_the_denier_going_on_is_no_voice() -> None:
    claims = [_claim(1, 0, "Parents", "alleges"), _claim(2, 60, "Musa Bello", "denies", "person"),
              _claim(3, 110, "Musa Bello", kind="person")]
    assert described_voices(claims) == {}


def test_a_named_accuser_has_no_voice_but_its_own() -> None:
    claims = [_claim(1, 0, "Eastgate Tenants Action", "alleges"), _claim(2, 60, "Helena Voss", kind="person")]
    assert described_voices(claims) == {}


_SOURCES = st.sampled_from(["rival bidder", "Angry tenants", "Helena Voss", "Eastgate Tenants Action", "police",
                            "Marlow Estates", "residents' committee"])


@given(st.lists(st.tuples(st.integers(0, 2000), _SOURCES, st.sampled_from(["alleges", "asserts", "denies"]),
                          st.sampled_from([None, "person", "organisation"]), st.sampled_from(["a", "b"])),
                max_size=12))
def test_voices_link_both_ways_within_one_article(rows: list[tuple[int, str, str, str | None, str]]) -> None:
    claims = [_claim(k, s, src, stance, kind, art) for k, (s, src, stance, kind, art) in enumerate(rows)]
    by_id = {c.id: c for c in claims}
    voices = described_voices(claims)
    for cid, linked in voices.items():
        for v in linked:
            assert any(x.id == cid for x in voices[v.id or ""])
            assert v.article == by_id[cid].article and v.source != by_id[cid].source
