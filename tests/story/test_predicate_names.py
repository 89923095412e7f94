"""A word the story writes as a later word of a name is no predicate of the news
(story/predicate.py ``lead_predicate``): "took the union to court" makes *union* the
object of a light verb, but "the Harbour Dockers Union" names a body, never an act. Stories
of a lawsuit and a club's appeal, written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.predicate import base, lead_predicate


def _arts(body: str, noun: str) -> list[dict[str, str]]:
    """Three leads of one lawsuit against a body named ``body`` (a name ending in ``noun``)."""
    rows = [
        (f"Former members sue {noun} over pension losses",
         f"More than 300 former members of the {body} sued the {noun} on Monday, claiming it lost "
         "their pension savings in risky investments.\nThe claim seeks 40 million euros."),
        (f"Pensioners take {noun} to court",
         f"Retired members on Monday took the {noun} to court over pension losses they blame on the "
         f"{body}'s investment board.\nA hearing is expected in the spring."),
        (f"{body} faces lawsuit over pensions",
         f"The {body} said on Tuesday it would fight the lawsuit filed by former members, "
         "calling the claims unfounded.\nThe suit was filed in Rotterdam on Monday."),
    ]
    return [{"id": f"n{n}", "published": "2026-03-10", "title": t, "text": x} for n, (t, x) in enumerate(rows)]


def test_the_body_a_light_verb_takes_to_court_is_no_predicate(pipeline: Pipeline) -> None:
    run = [pipeline.run(Article.from_dict(a)) for a in _arts("Harbour Dockers Union", "union")]
    assert lead_predicate(run) != base("union")


@settings(max_examples=5, deadline=None)
@given(noun=st.sampled_from(["union", "league", "association", "federation", "council"]))
def test_property_the_last_word_of_a_body_s_name_is_never_the_predicate(noun: str) -> None:
    pipeline = Pipeline.build()
    run = [pipeline.run(Article.from_dict(a)) for a in _arts(f"Northern Rowing {noun.title()}", noun)]
    assert lead_predicate(run) != base(noun)
