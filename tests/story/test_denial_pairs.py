"""Allegation/denial pairs across outlets paired by what is alleged, not by shared words;
and the report's verbs agreeing with their sources."""

from __future__ import annotations

import json

import pytest

from newskit import Article, Pipeline, Story
from newskit.serialize import default_converter, dumps, story_to_json
from newskit.story import build_story
from newskit.story.summary import plural_source, says
from tests.story.helpers import contested_pairs


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                        "published": "2025-09-0" + str(i + 1), "text": t}))
                        for i, t in enumerate(texts)])


def test_a_denial_in_other_words_answers_an_allegation_of_the_same_act(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Opposition leader Marco Ruel alleged that the tally had been doctored in two districts.",
                   "Monitors from the African Union said they found no evidence of fraud.")
    # a sentence-opening plural of a trade is a group, named in lower case as "Officials" is (session 48)
    assert ("Marco Ruel", "monitors from the African Union") in contested_pairs(story)


def test_a_bare_denial_answers_the_allegation_against_the_denier(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Garment workers accused Delmont Textiles of locking fire exits at its plant.",
                   "Delmont Textiles called the accusations baseless.")
    assert any("workers" in a and d == "Delmont Textiles" for a, d in contested_pairs(story)), contested_pairs(story)


def test_a_denial_of_another_act_is_not_paired(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Regulators alleged that Pellow Air had skipped engine inspections.",
                   "Pellow Air denied that it had overcharged passengers on domestic routes.")
    assert contested_pairs(story) == set()


def test_the_report_verb_agrees_with_its_source() -> None:
    assert says("North Korea and Russia", "denies", "country") == "deny"
    assert says("Relatives of the victims", "alleges", "group") == "allege"
    assert says("Survivors", "asserts") == "assert"
    assert says("United States", "alleges") == "alleges"
    assert says("Santa Rosa Bus Lines", "denies", None) == "denies"
    assert says("Vantrix", "denies", "organisation") == "denies"
    assert says("police", "reports", "unnamed") == "report"
    assert not plural_source("class action", "group") and plural_source("Election observers")


@pytest.mark.parametrize(("allegation", "denial", "accuser", "denier"), [
    ("Prosecutors charged former mayor Lena Brandt with taking bribes from a developer.",
     "Brandt pleaded not guilty on Tuesday.", "prosecutors", "Lena Brandt"),  # the whole name the story gives
    ("Critics alleged that the relief agency had misused public funds after the floods.",
     "A government audit found no evidence that the money had been misused.", "critics", "government audit"),
    ("Union leaders accused Harlow Steel of hiding injury records from inspectors.",
     "Harlow Steel dismissed the allegations as a fabrication.", "Union leaders", "Harlow Steel"),
    ("Opposition lawmakers said the election had been stolen.",
     "The electoral commission found no evidence that the vote had been rigged.", "Opposition lawmakers",
     "electoral commission"),  # a court's ruling is on neither side (test_contested_s61)
])
def test_denials_by_plea_finding_or_calling_a_charge_false_pair_across_outlets(
        pipeline: Pipeline, allegation: str, denial: str, accuser: str, denier: str) -> None:
    assert (accuser, denier) in contested_pairs(_story(pipeline, allegation, denial))


def test_a_finding_names_what_is_alleged_not_the_denials_own_verb(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Union leaders accused Harlow Steel of hiding injury records from inspectors.",
                   "Harlow Steel dismissed the allegations as a fabrication.")
    found = [f for f in story.conflicts if f.type == "contested"]
    assert found and "'dismissed'" not in found[0].summary


def test_act_classes_are_read_as_words_a_hyphen_binding() -> None:
    from newskit.story.contested import _acts

    assert _acts("Moscow supplied arms to the rebels") == {"arms supply"}
    assert _acts("their relationship of comrades-in-arms") == frozenset()
    assert _acts("the army fired 40 missiles at the port") == frozenset()  # firing is no supply
    assert _acts("the tally had been doctored") == {"electoral fraud"}
    assert _acts("the ferry was overcrowded") == {"overloading"}


def test_an_assertion_a_finding_in_another_outlet_repeats_is_what_it_denies(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Nurses said patients had been left waiting in corridors overnight.",
                   "An internal audit ordered by the health board found no evidence that patients had been left "
                   "waiting in corridors overnight.")
    assert ("nurses", "internal audit") in {(a.lower(), d) for a, d in contested_pairs(story)}  # a group: any case


def test_a_hedged_allegation_pairs_with_a_finding_of_the_same_act(pipeline: Pipeline) -> None:
    st = _story(pipeline, "Interior Minister Paul Reyes said a missing bolt suggested the rails might have been "
                          "tampered with.",
                "The safety board said it had found no evidence that the rails had been tampered with.")
    assert ("Paul Reyes", "safety board") in contested_pairs(st)


def test_a_denial_repeating_an_assertion_word_for_word_pairs_with_it(pipeline: Pipeline) -> None:
    st = _story(pipeline, "Several passengers said the captain had been drinking before the voyage.",
                "The ferry line's lawyer, Rui Gomes, denied that the captain had been drinking.")
    assert ("passengers", "Rui Gomes") in contested_pairs(st)


def test_a_ransom_paid_told_in_the_passive_is_the_act_a_denial_answers(pipeline: Pipeline) -> None:
    st = _story(pipeline, "A village elder, Musa Idris, said a ransom had been paid for the hostages.",
                "Governor Ada Okoro denied that any money had changed hands.")
    assert ("Musa Idris", "Ada Okoro") in contested_pairs(st)


def test_a_denial_in_the_passive_of_the_same_verb_and_object_pairs(pipeline: Pipeline) -> None:
    st = _story(pipeline, "Several fans said stewards had locked the exits before the match ended.",
                "The stadium's manager, Leo Brandt, denied that any exits had been locked.")
    assert ("fans", "Leo Brandt") in contested_pairs(st)


def test_an_adjective_in_ed_is_no_repeated_verb(pipeline: Pipeline) -> None:
    st = _story(pipeline, "The coach's lawyer, Dana Pike, said her client never gave a banned substance to a player.",
                "Striker Tom Vale denied taking any banned substance.")
    assert ("Dana Pike", "Tom Vale") not in contested_pairs(st)


def test_contested_pairs_give_the_allegation_and_the_denial_claims(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Garment workers accused Delmont Textiles of locking fire exits at its plant.",
                   "Delmont Textiles called the accusations baseless.")
    pairs = story.contested_pairs()
    assert pairs, story.conflicts
    for alleged, denial in pairs:
        assert alleged.stance != "denies" and denial.stance == "denies"
        assert denial.source == "Delmont Textiles" and alleged.article != denial.article
    assert len(set(pairs)) == len(pairs)


def test_a_counter_charge_pairs_each_side_with_the_other_only(pipeline: Pipeline) -> None:
    """The tenants accuse the landlord, who denies and accuses back; the tenants deny. One
    finding holds all four claims, but no side answers its own charge."""
    story = _story(pipeline,
                   "The Brookfield Tenants Association accused Larkspur Homes of ignoring mould complaints for a year.",
                   "Larkspur Homes denied ignoring the complaints and accused the Brookfield Tenants Association "
                   "of blocking repair crews.",
                   "The Brookfield Tenants Association denied blocking any repair crews.")
    pairs = contested_pairs(story)
    assert ("Brookfield Tenants Association", "Larkspur Homes") in pairs, pairs
    assert all(a != d for a, d in pairs), pairs


def test_the_pairs_survive_the_story_json(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Garment workers accused Delmont Textiles of locking fire exits at its plant.",
                   "Delmont Textiles called the accusations baseless.")
    data = json.loads(dumps(story_to_json(story)))
    held = [f["pairs"] for f in data["conflicts"] if f["type"] == "contested"]
    assert held and all(held), data["conflicts"]
    back = default_converter().structure(data, Story)
    assert back.contested_pairs() == story.contested_pairs()


def test_a_finding_quotes_the_charge_most_denials_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A finding holds every claim its pairs join; the one it quotes and names its subject
    by is the charge most denials answer, not a claim one loose pair drew in first."""
    from newskit import Claim
    from newskit.story import contested

    text = ("The minister will open the new harbour on Friday, officials said. Fishermen accused the "
            "port authority of dumping silt in the bay. The port authority denied dumping silt.")

    def claim(cid: str, part: str, source: str, stance: str, about: str) -> Claim:
        start = text.index(part)
        return Claim(article="a1", start=start, end=start + len(part), text=part, source=source,
                     stance=stance, about=about, id=cid)

    opening = claim("c1", "The minister will open the new harbour on Friday", "officials", "asserts", "event:opening")
    charge = claim("c2", "the port authority of dumping silt in the bay", "Fishermen", "alleges", "event:dumping")
    denial = claim("c3", "denied dumping silt", "port authority", "denies", "event:dumping")
    again = claim("c4", "The port authority denied dumping silt", "port authority", "denies", "event:dumping")
    monkeypatch.setattr(contested, "_pairs", lambda claims: [(opening, denial), (charge, denial), (charge, again)])

    [finding] = contested.allegation_denials([opening, charge, denial, again], {"a1": "Coast Herald"}, str)
    assert "\u201cthe port authority of dumping silt in the bay\u201d" in finding.summary
    assert finding.about == "event:dumping"
    assert finding.claims[0] == "c2"
