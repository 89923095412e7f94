"""Session 11 (lead): a denial that points at a charge without its words (``has denied
these allegations``, ``a charge the company denies``) answers the claims near it in its
article, before or after; an assertion elsewhere in the story whose subject is the denier
(``reportedly opened its new mine``) is no charge it answers. Sentences written for these
tests (mining, shipping)."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.test_contested_session9 import _story_pairs


def test_a_pointing_denial_leaves_the_deniers_other_news_alone(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        "Halvorsen Mining reportedly opened its new copper mine in the north on Monday. The mine is expected "
        "to employ 400 people and to produce about 60,000 tonnes of copper a year once it reaches full output, "
        "according to plans approved by the regional council last year after a long review of the site's water "
        "use and of its roads. Work on the access road began in the spring and is due to finish in April, the "
        "council said in its annual report on the region.",
        "Environmental groups accused Halvorsen Mining of dumping waste into the Vessa river. "
        "Halvorsen Mining has denied these allegations.",
    ])
    assert pairs == {("Environmental groups", "Halvorsen Mining")}, pairs


def test_a_pointing_denial_answers_the_charge_told_just_after_it(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        "The shipping line Nordwave has denied a rival's claim that it cut safety drills on its ferries. "
        "Baltic Ferries, which runs the same route, said that Nordwave had skipped two fire drills in March.",
    ])
    assert any(a.startswith("Baltic") for a, _ in pairs), pairs
