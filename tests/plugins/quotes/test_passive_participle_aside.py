"""A participle cue right before ``of`` or ``with`` inside an aside is a passive with no
agent (``the manager suspected of fraud``, ``a clerk charged with theft``): the noun before
it is the one suspected or charged, never a speaker, and the sentence is no attribution.
An interposed attribution with a time tail (``engineers suspected on Monday``) still is
one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import indirect_quotes, spoken


@pytest.mark.parametrize("text", [
    "A court on Friday ordered that Ivo Marek, the depot manager suspected of fraud, stay in custody for a month.",
    "Nadia Rees, the clerk charged with theft, returned to work on Monday after the hearing.",
    "The council's treasurer, a man accused of taking bribes, resigned in March.",
])
def test_a_passive_participle_in_an_aside_makes_no_speaker(text: str) -> None:
    assert [spoken(text, q) for q in indirect_quotes(text)] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("The leak, engineers suspected on Monday, came from a cracked weld.", "engineers"),
    ("The fire, the chief said on Sunday, started in a kitchen.", "the chief"),
])
def test_an_interposed_attribution_with_a_time_tail_still_speaks(text: str, speaker: str) -> None:
    assert speaker in [spoken(text, q) for q in indirect_quotes(text)]
