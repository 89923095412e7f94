"""Session 17 (issue #10, helper pairs): a side of an allegation/denial pair carries both
levels, the body and the person who speaks for it, so a reader (or a gold) may name it by
either (``story/voices.py``, ``story/described.py``, ``story/contested.py``).

* A body's denial and the words of its spokesman right after it are one side: the
  allegation is paired with both, and a spokesman named alone who says ``we`` is named
  ``X of`` the body.
* A body named by its head noun alone (``the ministry``) is the one source of the story
  that is that noun after words of its own (``transport ministry``).
* A denial that names its own charge, with no charge at hand, answers no assertion it
  shares no word with (a visit is no arms transfer).

Sentences written for these tests (a hotel kitchen, a fire brigade, a bridge, a dam, a
fishing dispute), not from the stories where the kinds were seen failing (a bank siege, a
zip line, a wage rise, an export ban, a state visit)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Claim
from newskit.story import build_story
from newskit.story.contested import _same_party
from newskit.story.described import name_described_sources
from newskit.story.voices import denial_voices, name_denial_speakers
from tests.story.helpers import outlet_pairs


def _sources(pipeline: Pipeline, arts: list[tuple[str, str]]) -> set[str]:
    story = build_story([pipeline.run(Article.from_dict(
        {"id": f"a{i}", "source": outlet, "published": f"2025-06-0{i + 1}", "text": t}))
        for i, (outlet, t) in enumerate(arts)])
    return {c.source or "" for c in story.claims}


HOTEL = [("Coast Daily", "A former cook at the Seaview Hotel, Dana Price, said kitchen staff had been told to reuse "
                         "leftover seafood for a week. The hotel rejected the claim. \"Every dish we serve is prepared "
                         "fresh each day,\" general manager Tom Reyes said. Health inspector Amy Lo said samples had "
                         "been sent for tests.")]

BRIGADE = [("Metro", "Parents accused the Northfield fire brigade of arriving late to the school blaze. The brigade "
                     "denied the allegation. \"We reached the school within eight minutes of the call,\" said Ruth "
                     "Ellis.")]


def test_a_body_s_denial_is_paired_with_its_spokesman_too(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, HOTEL)
    assert ("Dana Price", "Seaview Hotel") in pairs, pairs
    assert ("Dana Price", "Tom Reyes of Seaview Hotel") in pairs, pairs


def test_one_who_speaks_after_the_denial_for_no_one_is_no_spokesman(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, HOTEL)
    assert not any("Amy Lo" in d for _, d in pairs), pairs


def test_a_spokesman_named_alone_who_says_we_speaks_for_the_body(pipeline: Pipeline) -> None:
    sources = _sources(pipeline, BRIGADE)
    assert any(s.startswith("Ruth Ellis of ") for s in sources), sources
    pairs = outlet_pairs(pipeline, BRIGADE)
    # session 31: a noun of relation alone is a group, named in lower case as "residents" is
    assert any(a == "parents" and d.startswith("Ruth Ellis of ") for a, d in pairs), pairs
    # the denier's spokesman is never the voice of the described accuser
    assert not any(a.startswith("Ruth Ellis") for a, _ in pairs), pairs


def _claim(cid: str, start: int, text: str, source: str, stance: str = "asserts",
           kind: str | None = None) -> Claim:
    return Claim(article="a", start=start, end=start + len(text), text=text, source=source, stance=stance,
                 id=cid, source_type=kind)


def test_the_voice_ends_at_the_first_claim_by_anyone_else() -> None:
    claims = [_claim("c1", 0, "the dam operator rejected the claim", "Delta Hydro", "denies", "organisation"),
              _claim("c2", 40, "Inspectors said the spillway gates were rusted", "inspectors"),
              _claim("c3", 90, "We opened the gates on time", "Lena Ortiz", kind="person")]
    assert denial_voices(claims, _same_party) == {}
    claims[1] = _claim("c2", 40, "the gates were tested in May", "Delta Hydro", kind="organisation")
    assert [v.id for v in denial_voices(claims, _same_party)["c1"]] == ["c3"]


def test_a_person_s_denial_has_no_voice() -> None:
    claims = [_claim("c1", 0, "Ortiz rejected the claim", "Lena Ortiz", "denies", "person"),
              _claim("c2", 40, "We opened the gates on time", "Marco Ruiz", kind="person")]
    assert denial_voices(claims, _same_party) == {}


@given(st.sampled_from(["US", "USA", "Usman", "west", "Ourense", "weekly"]))
def test_only_a_word_of_the_first_person_plural_speaks_for_a_body(word: str) -> None:
    claims = [_claim("c1", 0, "the port authority denied it", "port authority", "denies", "organisation"),
              _claim("c2", 40, f"the talks with {word} went well", "Marco Ruiz", kind="person")]
    assert name_denial_speakers(claims, _same_party) == claims


def test_a_body_named_by_its_head_noun_is_the_one_source_that_ends_in_it() -> None:
    claims = [_claim("c1", 0, "the bridge would reopen in May", "transport ministry"),
              _claim("c2", 40, "ministry rejected the criticism", "ministry", "denies", "organisation")]
    assert [c.source for c in name_described_sources(claims, [])] == ["transport ministry", "transport ministry"]


def test_a_head_noun_two_sources_end_in_names_neither() -> None:
    claims = [_claim("c1", 0, "the bridge would reopen in May", "transport ministry"),
              _claim("c2", 40, "the tolls would stay", "finance ministry"),
              _claim("c3", 80, "ministry rejected the criticism", "ministry", "denies", "organisation")]
    assert name_described_sources(claims, [])[2].source == "ministry"


def test_a_name_a_plural_or_a_coordination_is_no_head_noun() -> None:
    claims = [_claim("c1", 0, "catches fell", "Baltic Fishing Cooperative"),
              _claim("c2", 30, "quotas were cut", "Cooperative"),
              _claim("c3", 60, "prices rose", "unnamed analyst"),
              _claim("c4", 90, "prices rose", "analysts"),
              _claim("c5", 120, "talks stalled", "Latvia and Estonia"),
              _claim("c6", 150, "talks stalled", "Estonia")]
    assert [c.source for c in name_described_sources(claims, [])] == [c.source for c in claims]


def test_a_denial_naming_its_charge_answers_no_plan_of_the_denier(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Harbour News", "Norway accused Iceland of illegal fishing in its waters."),
        ("Reykjavik Post", "Denying allegations of illegal fishing, Iceland said its trawlers had stayed in their "
                           "own zone."),
        ("Nordic Wire", "The Icelandic fisheries minister is scheduled to visit Oslo next week, the ministry "
                        "confirmed."),
    ])
    assert ("Norway", "Iceland") in pairs, pairs
    assert not any(a == "ministry" or "fisheries" in a for a, _ in pairs), pairs
