"""Issue #14, session 7: ``according to`` with a described source, and a source named by a
capitalised modifier before lower-case nouns (sentences written for these tests: science,
business, local news)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import indirect_quotes, spoken


def one(text: str) -> tuple[str, str | None]:
    qs = indirect_quotes(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0].text, spoken(text, qs[0])


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a description of the source after its comma is no content
        ("The vaccine cut admissions by a third, according to Lena Vogt, head of the trial unit at the hospital.",
         "The vaccine cut admissions by a third", "Lena Vogt"),
        ("Rents in the old town rose 9 percent last year, according to Owen Pryce, an analyst at a letting agency.",
         "Rents in the old town rose 9 percent last year", "Owen Pryce"),
        # a clause opened by a subordinator before it
        ("When the river freezes early, the salmon run is smaller, according to Ines Karlsen, a biologist.",
         "When the river freezes early, the salmon run is smaller", "Ines Karlsen"),
        # a relative clause on the source
        ("Bus fares will rise in March, according to the transport authority, which blamed fuel costs.",
         "Bus fares will rise in March", "the transport authority"),
    ],
)
def test_according_to_a_described_source_reports_the_clause_before(text: str, content: str, speaker: str) -> None:
    qs = indirect_quotes(text)
    got = [(q.text, spoken(text, q)) for q in qs]
    assert (content, speaker) in got, got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # interposed: what follows the attribution is reported
        ("If the levee fails, according to the county engineer, the lower town will flood.",
         "the lower town will flood", "the county engineer"),
        ("The new stand, according to the club's owner, will hold 12,000 fans.", "will hold 12,000 fans", "the club's owner"),
    ],
)
def test_according_to_inside_the_clause_reports_what_follows(text: str, content: str, speaker: str) -> None:
    assert one(text) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wheat exports fell by a fifth, according to the Ukrainian farm ministry.", "the Ukrainian farm ministry"),
        ("Wheat exports fell by a fifth, said the Ukrainian farm ministry.", "the Ukrainian farm ministry"),
        ("The comet will pass within 2 million km, according to the European space agency.", "the European space agency"),
        ("Inflation slowed to 3 percent, the German statistics office said.", "the German statistics office"),
    ],
)
def test_a_capitalised_modifier_before_lower_case_nouns_stays_in_the_source(text: str, speaker: str) -> None:
    _, got = one(text)
    assert got == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wheat exports fell by a fifth, said the Ukrainian government in a statement.", "the Ukrainian government"),
        ("The pitch will be relaid over the summer, said the stadium manager on Friday.", "the stadium manager"),
        ("Two more wards will close, said the hospital trust at a briefing.", "the hospital trust"),
    ],
)
def test_an_inverted_source_with_a_short_tail_reports_the_clause_before(text: str, speaker: str) -> None:
    content, got = one(text)
    assert got == speaker
    assert content == text.split(", said")[0]


@settings(max_examples=30, deadline=None)
@given(
    adj=st.sampled_from(["British", "Kenyan", "Chilean", "Japanese", "Norwegian"]),
    noun=st.sampled_from(["health", "statistics", "farm", "weather"]),
    head=st.sampled_from(["ministry", "office", "agency"]),
    verb=st.sampled_from(["according to", "said"]),
)
def test_property_modifier_noun_head_is_one_source(adj: str, noun: str, head: str, verb: str) -> None:
    text = f"Output fell by 4 percent last year, {verb} the {adj} {noun} {head}."
    content, speaker = one(text)
    assert speaker == f"the {adj} {noun} {head}"
    assert content == "Output fell by 4 percent last year"
