"""Issue #14, session 25: kinds of attribution missed on both the S25 check's read half and
PolNeAR dev's seen half. An agentless passive of saying or thinking reports its subject's
clause with no source (``Bakers are said to be short of flour``, ``It is understood that
…``, ``has been blamed for …``); a reported clause made almost wholly of a partial quotation
keeps its clause (``said the levy was "a tax on …"``); a participle after an attribution's
tail whose object is no source is the speaker's stance (``…, the board said, blaming …``).
Sentences written for these tests from bakery, ferry, vineyard, lighthouse and tannery
news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Village bakers are said to be short of rye flour after the mill fire.",
         "Village bakers are said to be short of rye flour after the mill fire"),
        ("The ferry operator is understood to have offered the crew a bonus.",
         "The ferry operator is understood to have offered the crew a bonus"),
        ("The vineyard's owner, Carla Benedetti, is thought to have sold half the estate.",
         "The vineyard's owner, Carla Benedetti, is thought to have sold half the estate"),
        ("It is widely believed to be the oldest lighthouse on the coast.",
         "It is widely believed to be the oldest lighthouse on the coast"),
        ("The tannery has been blamed for turning the river brown.",
         "The tannery has been blamed for turning the river brown"),
        ("The harbour master was accused of taking money from smugglers.",
         "The harbour master was accused of taking money from smugglers"),
    ],
)
def test_an_agentless_passive_of_saying_reports_its_subject_with_no_source(text: str, content: str) -> None:
    assert reported_with_speakers(text) == [(content, None)]


def test_an_empty_it_reports_the_that_clause() -> None:
    text = "It is understood that the lighthouse keeper will retire in the spring."
    assert reported_with_speakers(text) == [("the lighthouse keeper will retire in the spring", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The theft of the bakery van was reported to police on Monday.",  # a preposition, not an infinitive
        "Everything said to the ferry crew was recorded.",  # no form of be before the participle
        "The vineyard is said by its neighbours to be haunted.",  # an agent: not agentless
        "The lighthouse keeper said to be retiring next year.",  # no form of be: no passive
    ],
)
def test_no_agentless_report_without_its_shape(text: str) -> None:
    assert all(q.cue is None or "said" not in q.cue or q.speaker is not None for q in all_quotes(text))
    assert not any(q.speaker is None and not q.direct for q in all_quotes(text))


def test_a_hedge_inside_another_report_is_part_of_it() -> None:
    text = "Police said the tannery owner is thought to have fled to Lisbon."
    assert reported_with_speakers(text) == [("the tannery owner is thought to have fled to Lisbon", "Police")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ('The baker, Rosa Lind, said the levy was "a tax on getting up at four in the morning, nothing else".',
         'the levy was "a tax on getting up at four in the morning, nothing else'),
        ('Skipper Ian Moray said his crew had "sailed through worse than this, and will again".',
         'his crew had "sailed through worse than this, and will again'),
    ],
)
def test_a_clause_mostly_quoted_keeps_its_clause(text: str, clause: str) -> None:
    quotes = all_quotes(text)
    assert len(quotes) == 1 and quotes[0].direct
    got = quotes[0].reported_clause(text)
    assert got is not None and got.text.rstrip('"') == clause


def test_a_quotation_after_that_alone_stays_direct() -> None:
    text = 'The keeper said that "the lamp has not failed once in forty years, not once".'
    quotes = all_quotes(text)
    assert len(quotes) == 1 and quotes[0].direct and quotes[0].clause_start is None


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ferry fares will rise in May, the operator said on Tuesday, blaming higher fuel costs.",
         "higher fuel costs", "the operator"),
        ("The tannery will close, its owners said, citing falling demand for leather.",
         "falling demand for leather", "its owners"),
    ],
)
def test_a_tail_participle_with_a_thing_as_object_is_a_stance(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in reported_with_speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The vineyard was sold in March, the paper reported, citing two people close to the family.",
        "The ferry ran aground, the agency reported, quoting coastguard officials.",
        "The lighthouse will be sold, the newspaper said, citing a council report.",
    ],
)
def test_a_tail_participle_citing_a_source_is_no_stance(text: str) -> None:
    assert len(reported_with_speakers(text)) == 1


_SUBJECTS = ["The bakery", "Two ferry captains", "The vineyard's new owner", "Local fishermen"]
_PARTICIPLES = ["said", "thought", "believed", "understood", "rumoured", "alleged"]
_REST = ["to have left the port", "to be planning a sale", "to have lost the lease"]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_PARTICIPLES), st.sampled_from(_REST),
       st.sampled_from(["is", "are", "was", "were", "is not", "are widely"]))
def test_hedged_reports_span_the_subject_and_have_no_speaker(subject: str, participle: str, rest: str, be: str) -> None:
    text = f"{subject} {be} {participle} {rest}."
    quotes = [q for q in all_quotes(text) if not q.direct]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.start == 0 and text[q.start : q.end] == text[:-1]
    assert spoken(text, q) is None


def test_a_participle_after_reported_content_stays_the_cue_s_tail() -> None:
    text = "The tannery workers said they would strike, rejecting the offer of a bonus."
    assert reported_with_speakers(text) == [("they would strike", "The tannery workers")]
