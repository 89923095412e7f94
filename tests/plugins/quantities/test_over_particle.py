""""over" after a verb whose particle it is ("hand over", "turned over", "signed over") is
no hedge: the amount is the sum itself (session 45: "hand over CHF 48 million in profits"
was read as "over CHF 48 million", more than the sum). Alone, or after other verbs, "over"
is still "more than". Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit_quantities.grammar import find_quantities


@pytest.mark.parametrize(("text", "surface"), [
    ("The court ordered the bank to hand over CHF 48 million in profits.", "CHF 48 million"),
    ("Smugglers handed over 12 tonnes of cocaine to the navy.", "12 tonnes"),
    ("The founder signed over 40 percent of the shares to a trust.", "40 percent"),
    ("Police said the men handed over five tonnes of hashish.", "five tonnes"),
])
def test_over_after_its_verb_is_the_verbs_particle(text: str, surface: str) -> None:
    [q] = find_quantities(text)
    assert text[q.start:q.end] == surface and q.approx is None


@pytest.mark.parametrize(("text", "surface"), [
    ("Over 300 people were evacuated.", "Over 300"),
    ("The mayor won over 60 percent of the vote.", "over 60 percent"),
    ("The fire destroyed just over 40 homes.", "just over 40"),
])
def test_over_elsewhere_is_still_more_than(text: str, surface: str) -> None:
    [q] = find_quantities(text)
    assert text[q.start:q.end].startswith(surface) and q.approx == "over"
