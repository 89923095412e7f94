"""Session 64 (issue #10): a party that vows to contest a finding, a conclusion or a
penalty made against it (``said it would contest the findings``, ``would fight the fine
in court``) denies it, as one that vows to contest the charges does. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize("text", [
    "The watchdog said Brightwell Dairies had fixed milk prices. Brightwell said it would contest the findings.",
    "The watchdog fined Brightwell Dairies. Brightwell said it would fight the fine in court.",
    "Brightwell Dairies said it would challenge the watchdog's conclusions.",
])
def test_contesting_a_finding_or_a_penalty_denies(pipeline: Pipeline, text: str) -> None:
    assert any(s and "Brightwell" in s and stance == "denies" for s, stance in claim_sources(pipeline, text))


def test_contesting_an_election_is_no_denial(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "Brightwell said it would contest the election in May.")
    assert not any(stance == "denies" for _, stance in got), got
