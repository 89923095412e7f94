"""Session 60 (lead): a denial whose subject is the pronoun ``it`` (``It denies the claims``,
``It has rejected the accusation``) is the body named at the head of the sentences before
it, going back over sentences whose subject is the same pronoun; never the body that made
the charge, never a person, nothing when no body opens those sentences. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "denier"), [
    ("The ferry's owner, Baltic Link, has been accused by a passengers' group of ignoring storm "
     "warnings. It has rejected the claim.", "Baltic Link"),
    ("Harrow Freight told the BBC that it had offered drivers a fair rise. It rejected the union's "
     "claim that it had hired replacement drivers.", "Harrow Freight"),
    ("The management of Kestrel Ports disputes those figures. In a statement issued on Friday, it said "
     "about 700 staff had stopped work. It rejected \"categorically\" the accusation that it owed "
     "bonuses.", "Kestrel Ports"),
    ("Ostra Gas said it had won the contract in an open tender. It rejected what it called "
     "\"politically motivated lies\".", "Ostra Gas"),
])
def test_a_pronoun_denier_is_the_body_opening_the_sentences_before(pipeline: Pipeline, text: str,
                                                                  denier: str) -> None:
    assert (denier, "denies") in claim_sources(pipeline, text), claim_sources(pipeline, text)


def test_the_accuser_is_never_the_pronoun_denier(pipeline: Pipeline) -> None:
    text = "Greenwatch accused Ostra Gas of dumping brine. It denies the claims."
    sources = claim_sources(pipeline, text)
    assert ("Greenwatch", "denies") not in sources, sources


def test_a_person_opening_the_sentence_before_leaves_it_unresolved(pipeline: Pipeline) -> None:
    text = ("Maria Okafor, a spokeswoman for the port, said 300 workers had stopped. "
            "It denies owing them any money.")
    sources = claim_sources(pipeline, text)
    assert not any(s == "Maria Okafor" and st == "denies" for s, st in sources), sources
