"""Session 41 (issue #10): a spokesperson named by a bare role (``Spokesman Ivo Marek``)
speaks for the body that spoke last, but a person who denies is no voice of the body that
made the charge: the activists' accusation is not their spokesman's to deny. The owner is
then the last body that did not accuse, or none. Invented sentences."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Pipeline


def test_a_denying_spokesman_is_not_the_accusers(pipeline: Pipeline) -> None:
    text = ('Activists accused the minister of favouring a developer. Spokesman Ivo Marek called '
            'the accusations "a political campaign".')
    denials = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert denials == ["Ivo Marek"], denials


def test_a_denying_spokesman_speaks_for_the_last_body_that_did_not_accuse(pipeline: Pipeline) -> None:
    text = ("The ministry said the plan was legal. Activists accused the ministry of favouring a developer. "
            "Spokesman Ivo Marek denied the claim.")
    denials = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert denials == ["Ivo Marek of ministry"], denials


def test_a_spokeswoman_who_does_not_deny_speaks_for_the_last_body(pipeline: Pipeline) -> None:
    text = 'The union said pay had fallen. "We will strike," said spokeswoman Ana Lind.'
    sources = [c.source for c in claims_of(pipeline, text)]
    assert "Ana Lind of union" in sources, sources
