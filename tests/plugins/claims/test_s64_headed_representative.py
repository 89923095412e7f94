"""Session 64 (issue #10): a representative noun after a body's head (``party spokesman
Cornelius Banda``, ``company spokesman Derek Huang``) speaks for a body that head names,
not for whatever body spoke last: the opposition's spokesman was credited to the
``hospital staff`` the party had just quoted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "person", "body", "not_body"), [
    ("The opposition Reform Party of Valdoria said nurses had told it at least 60 people had died. "
     "\"The government is hiding deaths,\" party spokesman Cornelius Banda said.",
     "Cornelius Banda", "Reform Party of Valdoria", "nurses"),
    ("Harbour Health said the outage began on Monday. Hackers had demanded money, the FBI said. "
     "\"We are restoring systems,\" company spokesman Derek Huang said.",
     "Derek Huang", "Harbour Health", "FBI"),
])
def test_the_head_before_the_role_names_the_body(pipeline: Pipeline, text: str, person: str, body: str,
                                                 not_body: str) -> None:
    got = [s or "" for s, _ in claim_sources(pipeline, text) if person in (s or "")]
    assert got and all(not_body not in s for s in got), got
    assert any(body in s for s in got), got


def test_a_bare_representative_still_speaks_for_the_body_before(pipeline: Pipeline) -> None:
    got = [s or "" for s, _ in claim_sources(pipeline, "The dockers' union accused Harbor Point of lying. "
                                                       "\"We will strike,\" spokeswoman Ana Ruiz said.")]
    assert any("Ana Ruiz" in s and "union" in s for s in got), got
