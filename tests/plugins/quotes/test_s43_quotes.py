"""Issue #14, session 43 (helper quotes): the speaker of a participle cue in a subordinate
clause, and the kinds after it. Sentences written for these tests from harbour, orchard,
rail and school news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def _speakers(text: str, cue: str) -> list[str | None]:
    return [spoken(text, q) for q in all_quotes(text) if q.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The protest came a day after the cooperative filed a complaint accusing the mill of dumping waste.",
         "accusing", "the cooperative"),
        ("Prices rose because the growers' association issued a statement blaming the drought for the losses.",
         "blaming", "the growers' association"),
        ("Shares fell when the regulator published a notice warning that port fees would rise.",
         "warning", "the regulator"),
    ],
)
def test_a_participle_in_a_subordinate_clause_takes_that_clause_subject(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]


def test_a_comma_before_the_participle_keeps_the_main_clause() -> None:
    text = "The mayor resigned after the council voted against him, saying he had lost its trust."
    assert _speakers(text, "saying") == ["The mayor"]
