"""Session 19 (issue #10, helper pairs): allegation/denial pairs on news nobody tuned on.

* A source read as a part of a longer name is the whole name, from the story's own
  spelling (:mod:`newskit.story.whole_names`): ``South Coast Water`` where the persons
  reader took ``Coast Water`` for a person, ``Summit Asia Expeditions`` where the place
  ``Asia`` was read; a title (``Agriculture Minister Tomasz Krajewski``) or a word opening
  a sentence the story never writes mid-sentence is no part of a name.
* A person's words right before a denial that points back at a charge (``... ," the
  farmer said. The ministry denied the claim``) are the charge it answers when they tell an
  act done (``They ignored every study``) or the denial takes only a demonstrative
  (``denied this``), unless the denial says whose charge it answers (``rejected claims by
  the union``).
* A denial whose cue takes only a demonstrative (``denied this.``) points back at a charge.

Stories written for these tests (a ski lift, a dam, a bakery chain, a festival), not from
the sets measured."""

from __future__ import annotations

from newskit import Article, Pipeline, Story
from newskit.story import build_story
from tests.story.helpers import contested_pairs


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                        "published": "2025-09-0" + str(i + 1), "text": t}))
                        for i, t in enumerate(texts)])


def _sources(story: Story) -> set[str]:
    return {c.source for c in story.claims if c.source}


def test_a_name_cut_at_an_everyday_word_is_whole_in_every_outlet(pipeline: Pipeline) -> None:
    # the persons reader takes "Coast Power" for a person; the story writes "East Coast Power" each time
    story = _story(pipeline,
                   "Thousands of homes lost power for two days. The firm, East Coast Power, said the allegation "
                   "that it had skipped repairs was untrue.",
                   "Residents said East Coast Power had cut its repair crews. East Coast Power denied this.")
    assert "East Coast Power" in _sources(story), _sources(story)
    assert "Coast Power" not in _sources(story), _sources(story)


def test_a_name_opening_with_a_particle_takes_the_word_before_it(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "A local cycling club, Club de Ciclismo Monte Verde, accused the organisers of cutting the "
                   "course short. The organisers rejected the accusation.")
    assert "Club de Ciclismo Monte Verde" in _sources(story), _sources(story)


def test_a_place_inside_a_body_name_is_the_body(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "\"They told us the dam was safe,\" said Rosa Ilunga, a farmer downstream. The builder, Congo "
                   "River Works, based in Kinshasa, denied this.")
    assert "Congo River Works" in _sources(story), _sources(story)
    assert ("Rosa Ilunga", "Congo River Works") in contested_pairs(story), contested_pairs(story)


def test_a_title_before_a_person_is_no_part_of_the_name(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "Bakers accused the government of ignoring flour prices. Economy Minister Lena Vogt rejected "
                   "the accusation.",
                   "Economy Minister Lena Vogt said prices would fall by spring.")
    names = _sources(story)
    assert not any(n.startswith(("Minister", "Economy Minister")) for n in names), names


def test_the_quote_before_a_denial_of_the_claim_is_the_charge(pipeline: Pipeline) -> None:
    # the denial answers the party's charge and the quote of its councillor right before it
    story = _story(pipeline,
                   "The new ring road will cost the city about 90 million euros, according to the Green Party, "
                   "which called it \"a gift to builders\". \"They ignored every study on traffic and now they want "
                   "our money,\" Green councillor Ana Brandt said. Mayor Karl Ebner rejected the accusation.")
    assert ("Ana Brandt", "Karl Ebner") in contested_pairs(story), contested_pairs(story)


def test_a_denial_after_initials_answers_the_quote_before_it(pipeline: Pipeline) -> None:
    story = _story(pipeline, "\"The water tasted of diesel for a week and nobody came,\" Rosa Ilunga told "
                             "reporters. The Congo River Authority (CRA) denied the claim.")
    assert any(a == "Rosa Ilunga" and d.startswith("Congo River Authority") for a, d in contested_pairs(story)), \
        contested_pairs(story)


def test_a_denial_naming_another_accuser_does_not_take_the_quote_before_it(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "Festival goers queued for hours in the heat. \"It was the longest wait of my life,\" said "
                   "Mia Torres, a student. Sunfield Events rejected claims by the Safe Crowds campaign that the "
                   "gates had opened late.")
    assert not any(a == "Mia Torres" for a, _ in contested_pairs(story)), contested_pairs(story)


def test_a_charge_a_named_body_has_rejected_is_its_denial(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Parents blamed a drivers' union for the strike, a charge the United Bus Drivers' Guild "
                             "has rejected.")
    assert ("Parents", "United Bus Drivers' Guild") in {(a.capitalize(), d) for a, d in contested_pairs(story)}, \
        contested_pairs(story)
