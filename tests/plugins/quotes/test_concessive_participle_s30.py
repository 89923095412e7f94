"""Issue #14, session 30: a participle after a concessive clause. ``The claim was repeated
by other managers, although Marsh has denied it, telling colleagues the review was "…"``:
the participle attaches to the nearest clause, as it does after ``, but``, so its subject
is the concessive clause's (``Marsh``), not the main clause's; an auxiliary may stand after
that subject (``the captain has left early, saying``). Sentences written for these tests
from football, bakery and harbour news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The complaint was repeated by two bakers, although the mayor has denied it, telling the council '
         'the inspection was "the most careful in years".', "the mayor"),
        ('The ferry was late again, though the harbour master blamed the fog, saying the crossing was '
         '"safe at every minute".', "the harbour master"),
        ('The coach praised the team, but the captain has left early, saying the pitch was "a disgrace".',
         "the captain"),
    ],
)
def test_a_participle_takes_the_nearest_clause_subject(text: str, speaker: str) -> None:
    [q] = [q for q in all_quotes(text) if q.direct]
    assert spoken(text, q) == speaker


def test_a_participle_after_the_main_clause_still_takes_its_subject() -> None:
    text = 'The mayor closed the bakery on Monday, saying the ovens were "a danger to everyone".'
    [q] = [q for q in all_quotes(text) if q.direct]
    assert spoken(text, q) == "The mayor"
