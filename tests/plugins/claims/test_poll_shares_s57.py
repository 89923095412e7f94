"""Session 57 (issue #10): a share of people with no people named (``64 percent said``)
speaks for a poll's respondents; the share itself is no source. Real ECB+ news listed
``60 percent`` and ``64 percent`` among a story's sources. Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize("text", [
    "In the survey for the Harbour Times, 64 percent said the council had failed the town.",
    "Asked whether the strike was justified, 58 percent responded yes.",
])
def test_a_share_with_no_people_named_is_the_polls_respondents(pipeline: Pipeline, text: str) -> None:
    sources = [c.source for c in claims_of(pipeline, text)]
    assert "poll respondents" in sources, sources
    assert not any("percent" in (s or "") or "%" in (s or "") for s in sources), sources


@pytest.mark.parametrize(("text", "source"), [
    ("Two-thirds of voters said they opposed the new levy.", "voters"),
    ("Turnout was 61 percent, election officials said.", "officials"),
])
def test_a_named_group_or_a_figure_in_the_content_keeps_its_source(pipeline: Pipeline, text: str,
                                                                    source: str) -> None:
    sources = [c.source for c in claims_of(pipeline, text)]
    assert any(s and source in s for s in sources), sources
