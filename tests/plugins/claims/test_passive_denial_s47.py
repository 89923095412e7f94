"""Session 47 (issue #10): a denial verb in the passive (``until he was dismissed in May``,
``her appeal was rejected``, ``he was denied bail``) says what was done to its subject;
the subject denies nothing, so no denial is read for it. An active denial, a denial with
its agent after ``by`` and a progressive (``is rejecting``) keep their reading. A charge
called something made for another end than the truth (``a campaign to find a scapegoat``,
``a vendetta``) is denied. Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "subject"), [
    ("Auditors suspect that Lena Brandt, who ran the fund until she was dismissed in June, moved "
     "4 million euros abroad.", "Lena Brandt"),
    ("Oskar Veld said the council broke the rules. Veld's first complaint was rejected in March.", "Veld"),
    ("Tomas Reyes was denied bail on Tuesday after prosecutors accused him of fraud.", "Tomas Reyes"),
    ("The harbour master, Ines Carvalho, who was quietly dismissed last year, said the cranes were unsafe.",
     "Ines Carvalho"),
])
def test_a_passive_denial_verb_is_no_denial(pipeline: Pipeline, text: str, subject: str) -> None:
    deniers = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert not any(subject in (d or "") for d in deniers), deniers


@pytest.mark.parametrize(("text", "denier"), [
    ("Prosecutors accused Lena Brandt of fraud. Brandt dismissed the accusations.", "Brandt"),
    ("The union accused the Harlow Group of cutting wages, a charge that was rejected by Harlow Group.",
     "Harlow Group"),
    ("Regulators accused Ostmark Rail of hiding defects. Ostmark Rail is rejecting the findings.", "Ostmark Rail"),
])
def test_an_active_denial_is_still_read(pipeline: Pipeline, text: str, denier: str) -> None:
    deniers = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert any(denier in (d or "") for d in deniers), deniers


@pytest.mark.parametrize(("text", "denier"), [
    ("The board accused Marten Hale of approving false invoices. Hale called the board's allegations "
     "\"a campaign to find a scapegoat\".", "Hale"),
    ("Prosecutors accused the mayor of taking bribes. The mayor described the charges as a vendetta.", "mayor"),
    ("The regulator accused Kestrel Air of hiding faults. Kestrel Air branded the case a publicity stunt.",
     "Kestrel Air"),
])
def test_a_charge_called_a_campaign_or_vendetta_is_denied(pipeline: Pipeline, text: str, denier: str) -> None:
    """Calling a charge something made for another end than the truth dismisses it."""
    deniers = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert any(denier in (d or "") for d in deniers), deniers


def test_a_campaign_in_reported_content_is_no_denial(pipeline: Pipeline) -> None:
    """Outside a call the words name acts of their own."""
    text = "The union said the campaign raised 40,000 euros for the strikers."
    assert [c.stance for c in claims_of(pipeline, text)] == ["asserts"]
