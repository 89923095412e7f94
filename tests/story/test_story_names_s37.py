"""Session 37 (issues #10, #14): the story names a source one way across its sections.

* An amount's source is named as the story names the claim it lies in: ``per Wu`` in one
  outlet is ``Wu Tsung-han`` of the other, so a later count by the same person is no
  conflict of two sources (``story/figure_sources.py``).
* A bare noun stands for a named body of the same side only when the body's name is a
  proper name or has the noun's own head: ``The hospital`` is no ``Polish prosecutors``.
* A people's adjective before a role (``Croatian director``) and a clause's verb
  (``has accused jury president``) name no body the person speaks for.

Invented news, not from the story sets where the kinds were seen failing."""

from __future__ import annotations

from newskit import Article, Pipeline, Story
from newskit.story import build_story
from newskit.story.figure_sources import story_named_figures
from newskit.story.figures import article_figures


def _story(pipeline: Pipeline, arts: list[tuple[str, str]]) -> Story:
    return build_story([pipeline.run(Article.from_dict(
        {"id": f"a{i}", "source": outlet, "published": f"2026-04-0{i + 1}T10:00", "text": t}))
        for i, (outlet, t) in enumerate(arts)])


QUAKE = [
    ("Island Post", "A magnitude 6.4 quake struck Yilan on Monday, killing five people, said Wu Tsung-han, head of the "
                    "county fire bureau. \"More aftershocks will come,\" Wu said."),
    ("Coast Wire", "Wu said the quake struck at 6:12 a.m. on Monday and had killed seven people by the evening. "
                   "Fire chief Wu warned of landslides."),
]


def test_an_amount_s_source_is_the_story_s_name_for_it(pipeline: Pipeline) -> None:
    arts = [pipeline.run(Article.from_dict({"id": f"a{i}", "source": o, "published": f"2026-04-0{i + 1}T10:00",
                                             "text": t})) for i, (o, t) in enumerate(QUAKE)]
    story = build_story(arts)
    raw = [f for a in arts for f in article_figures(a, a.article.source)]
    named = story_named_figures(raw, arts, story.claims)
    assert any(f.source == "Wu" for f in raw), raw
    assert {f.source for f in named if f.article == "a1" and f.source} == {"Wu Tsung-han"}, named


def test_a_figure_renamed_nowhere_stays_as_it_was(pipeline: Pipeline) -> None:
    arts = [pipeline.run(Article.from_dict({"id": "a0", "source": "Post", "published": "2026-04-01",
                                             "text": "Nine people were hurt, police said."}))]
    raw = [f for a in arts for f in article_figures(a, "Post")]
    assert story_named_figures(raw, arts, build_story(arts).claims) == raw


def test_a_bare_noun_is_no_description_of_another_head(pipeline: Pipeline) -> None:
    story = _story(pipeline, [
        ("Lublin Daily", "Polish prosecutors said seven people ate the soup. They charged the seller."),
        ("Wire", "Prosecutors said the seller had no licence. Polish prosecutors said the mushrooms were deadly. "
                 "The hospital in Zamosc said nine people had eaten the soup."),
    ])
    texts = {c.source for c in story.claims if c.article == "a1" and "nine" in c.text}
    assert "Polish prosecutors" not in texts, texts


def test_a_people_s_adjective_or_a_verb_before_a_role_names_no_body(pipeline: Pipeline) -> None:
    story = _story(pipeline, [
        ("Film Weekly", "The Croatian Film Fund backed the film. Croatian director Ana Kovač said the shoot took "
                        "nine weeks. Producer Marko Vidić has accused jury president Ivo Lenz of bias. The Croatian "
                        "Film Fund said it had followed the rules."),
        ("Daily", "Ana Kovač said the film cost little. Ivo Lenz said he had judged fairly."),
    ])
    sources = {c.source or "" for c in story.claims}
    assert not any(s.startswith(("Ana Kovač of", "Ivo Lenz of")) for s in sources), sources


def test_one_person_is_spelled_one_way_across_outlets(pipeline: Pipeline) -> None:
    story = _story(pipeline, [
        ("Island Post", "Hospital worker Lin Mei-hua said 150 people were treated after the quake. Lin Mei-hua said "
                        "the wards were full."),
        ("Coast Wire", "Lin Meihua, a hospital worker, said 200 people were treated after the earthquake."),
    ])
    names = {c.source for c in story.claims if c.source and c.source.startswith("Lin")}
    assert len(names) == 1, names
