"""Session 18 (issue #10, helper pairs): the accuser side is the body and the people the
story names as speaking for it. A denial that answers a body's allegation is paired with
its voice too, in any article (``Joan Pike of Riverside Tenants Union``), so a reader sees
both and either names the side; a person speaking for another body is not drawn in.

Stories written for these tests (housing, water), not from the sets measured."""

from __future__ import annotations

from newskit import Article, Pipeline, Story
from newskit.story import build_story
from tests.story.helpers import contested_pairs


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                        "published": "2025-09-0" + str(i + 1), "text": t}))
                        for i, t in enumerate(texts)])


_UNION = ("The Riverside Tenants Union said on Monday that mould had spread through 40 flats. \"Children are "
          "sick and nobody comes,\" said its secretary, Joan Pike.")


def test_the_voice_of_an_accusing_body_is_on_its_side(pipeline: Pipeline) -> None:
    story = _story(pipeline, "The Riverside Tenants Union accused Clearwater Homes of ignoring repair requests "
                             "for two years. Clearwater Homes rejected the accusation.", _UNION)
    pairs = contested_pairs(story)
    assert ("Riverside Tenants Union", "Clearwater Homes") in pairs, pairs
    assert ("Joan Pike of Riverside Tenants Union", "Clearwater Homes") in pairs, pairs


def test_a_voice_of_another_body_is_not_drawn_in(pipeline: Pipeline) -> None:
    story = _story(pipeline, "The Riverside Tenants Union accused Clearwater Homes of ignoring repair requests "
                             "for two years. Clearwater Homes rejected the accusation.",
                   "The Pelican Bay Water Board said the pipes were safe. \"Every sample was clean,\" said its "
                   "spokeswoman, Ada Wilson.")
    pairs = contested_pairs(story)
    assert not any(a.startswith("Ada Wilson") for a, _ in pairs), pairs


def test_a_definite_noun_naming_the_denier_is_its_party_as_a_subject(pipeline: Pipeline) -> None:
    # the story reads "a claim the landlord denies" as the landlord Viktor Hale's: in that
    # article "the landlord" names him as a subject too
    story = _story(pipeline, "Inspectors say the flats at Pine Court had no working smoke alarms, a claim "
                             "the landlord denies. The landlord, Viktor Hale, rejected the accusation. \"Every alarm "
                             "was tested,\" he said. Anna Berg, whose son was hurt, said the landlord had removed the "
                             "alarms to save money.")
    pairs = contested_pairs(story)
    assert any(a == "Anna Berg" and d.startswith("Viktor Hale") for a, d in pairs), pairs


def test_a_definite_noun_naming_someone_else_draws_no_pair(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Inspectors say the flats at Pine Court had no working smoke alarms, a claim "
                             "the landlord denies. The landlord, Viktor Hale, rejected the accusation. Anna Berg, "
                             "whose son was hurt, said the mayor had visited the slope on Sunday.")
    pairs = contested_pairs(story)
    assert not any(a == "Anna Berg" for a, _ in pairs), pairs


def test_a_denial_of_both_claims_answers_the_last_two_parties(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Sen. Maria Lind said the school trust had ignored three fire inspections. The National "
                             "Education Union said teaching posts had been cut by a quarter since 2022. Oakfield "
                             "Academies Trust rejected both claims.")
    pairs = contested_pairs(story)
    assert ("National Education Union", "Oakfield Academies Trust") in pairs, pairs
    assert any(a.endswith("Maria Lind") and d == "Oakfield Academies Trust" for a, d in pairs), pairs
