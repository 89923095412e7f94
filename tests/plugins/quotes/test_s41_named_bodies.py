"""Session 41 (issue #10): a name before a head that bodies take as part of their name
(``the Norvik Tide cooperative``, ``the Brannoch collective``, ``the Greens for Tomorrow
group``) is who speaks with that head; before a head of its own kind that the name only
classes (``the Tarnwick company``) the name alone stays. A trade inside a body's name
(``Association of Tour Operators of Kenya``) is no speaker's trade that ``of`` modifies. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit_quotes.actors import classify


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Norvik Tide cooperative", "Norvik Tide cooperative"),
    ("The Brannoch collective", "Brannoch collective"),
    ("the Greens for Tomorrow group", "Greens for Tomorrow group"),
    ("the Tarnwick company", "Tarnwick"),
    # a trade inside a body's name opened by its head goes on over "of" and the place
    ("The Association of Tour Operators of Kenya", "Association of Tour Operators of Kenya"),
    ("the League of Tenant Voters of Ohio", "League of Tenant Voters of Ohio"),
])
def test_a_body_head_stays_with_the_name(phrase: str, name: str) -> None:
    assert classify(phrase).name == name


def test_the_accusing_cooperative_is_named_whole(pipeline: Pipeline) -> None:
    text = ("The Norvik Tide cooperative, which owns the turbines, accused Selmar Wind of fitting "
            "faulty bolts. Selmar Wind rejected the claim.")
    claims = pipeline.run(Article(text=text, id="t")).claims
    assert [(c.stance, c.source) for c in claims] == [("alleges", "Norvik Tide cooperative"),
                                                      ("denies", "Selmar Wind")]
