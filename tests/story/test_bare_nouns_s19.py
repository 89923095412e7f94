"""Session 19 (issue #10, helper pairs): a body's bare noun as a source (``The union
rejected the allegation``) is the body the story names taking the same side, when its own
article names that body before the noun (:mod:`newskit.story.bare_nouns`): news names a
union ``the union`` whatever its name's head (``Allied Nurses Guild``), and another outlet
says the Guild denied.

Stories written for these tests (hospital rosters, a port, a football club), not from the
sets measured."""

from __future__ import annotations

from newskit import Article, Pipeline, Story
from newskit.story import build_story


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                        "published": "2025-09-0" + str(i + 1), "text": t}))
                        for i, t in enumerate(texts)])


def _deniers(story: Story) -> set[str]:
    return {c.source or "" for c in story.claims if c.stance == "denies"}


_MINISTER = ("Health Minister Ruth Adeyemi said nurses linked to a union had falsified the rosters of two "
             "hospitals. She named the Allied Nurses Guild, which has been striking since May. The union "
             "rejected the allegation as a political attack.")


def test_a_bare_noun_denier_is_the_named_body_that_denies_elsewhere(pipeline: Pipeline) -> None:
    story = _story(pipeline, _MINISTER, "The Allied Nurses Guild again denied any involvement in the rosters.")
    assert "union" not in _deniers(story), _deniers(story)
    assert "Allied Nurses Guild" in _deniers(story), _deniers(story)


def test_a_bare_noun_stays_when_no_named_body_takes_its_side(pipeline: Pipeline) -> None:
    story = _story(pipeline, _MINISTER, "Hospitals said the rosters would be checked by auditors next week.")
    assert "Allied Nurses Guild" not in _deniers(story), _deniers(story)


def test_a_named_body_its_article_does_not_name_is_not_taken(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "Port managers said dockers linked to a union had blocked the cranes. The union rejected the "
                   "allegation.",
                   "The Harbour Carriers Federation denied that its trucks had blocked the gates.")
    assert "Harbour Carriers Federation" not in {c.source for c in story.claims if c.article == "a0"}, \
        _deniers(story)


def test_a_public_bodys_noun_never_stands_for_a_campaign(pipeline: Pipeline) -> None:
    # session 42: "police" is no Alliance, however the Alliance stands in the story
    story = _story(pipeline,
                   "Campaigners from the Save Koro Reef Alliance said officers fired rubber bullets at the "
                   "canoes. Police denied using any weapons.",
                   "The Save Koro Reef Alliance denied that its members had attacked the survey ship.")
    sources = {c.source for c in story.claims if c.article == "a0" and c.stance == "denies"}
    assert "Save Koro Reef Alliance" not in sources, sources
