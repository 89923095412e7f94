"""Session 22 (issue #10): a charge said not to hold denies when the reporter quotes the
words that say so (``said the claims were "simply not true"``) and when the charge is named
with who made it or whom it is against (``the accusations made by the Latvian side are not
supported by any facts``, ``the allegations levelled against its coach were baseless``).
Invented sentences from other kinds of news (a council, an embassy, a club, a retailer)."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "denier"), [
    ('The council said the claims of mass closures were "simply not true".', "council"),
    ('The retailer said the accusations of price fixing were "not true" and would be contested.', "retailer"),
    ('Olga Renn, a spokeswoman for the embassy, said: "The accusations made by the Latvian side are not '
     'supported by any facts."', "Olga Renn"),
    ("The club said the allegations levelled against its coach were baseless.", "club"),
])
def test_a_charge_said_not_to_hold_is_denied(pipeline: Pipeline, text: str, denier: str) -> None:
    claims = claims_of(pipeline, text)
    assert [(c.source, c.stance) for c in claims][:1] == [(denier, "denies")], claims


@pytest.mark.parametrize("text", [
    'The council said the closures of three libraries were "simply a matter of money".',
    "The club said the players selected by the coach were not yet fit.",
])
def test_other_content_in_quotes_or_after_a_participle_is_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in claims_of(pipeline, text) if c.stance == "denies"]


@pytest.mark.parametrize("text", [
    '"We acted at once. That is simply not true," Tomas Krol, the port director, said of the claim.',
    '"The crews were on duty all night. The accusations are baseless," Tomas Krol said.',
    '"Every check was carried out and logged," manager Craig Dunn said. "Any suggestion otherwise is simply untrue."',
])
def test_a_later_sentence_of_a_quote_that_calls_a_charge_false_denies(pipeline: Pipeline, text: str) -> None:
    claims = claims_of(pipeline, text)
    assert any(c.stance == "denies" for c in claims), claims


@pytest.mark.parametrize("text", [
    '"We acted at once. The report was published on Monday," Tomas Krol said.',
    '"We waited for hours. The company says the allegations are false, but we saw it," Anna Wolf said.',
])
def test_a_later_sentence_that_calls_nothing_false_or_reports_another_denial_is_no_denial(
        pipeline: Pipeline, text: str) -> None:
    assert not [c for c in claims_of(pipeline, text) if c.stance == "denies"]
