"""Issue #14, session 27: recall of attributions on the S27 check's read half. A subject
whose head is a body before ``of``/``for`` (``The association of municipalities said``)
or a group before ``against`` (``campaigners against the scheme said``) was read as the
noun after the preposition, which cannot speak, and the whole attribution was dropped. A
sentence-case headline ``SPEAKER: content`` was read only with a person as speaker; a
role, body, group or document speaks there too (``Minister: permits to be issued …``),
a rubric (``Analysis: …``) and a dateline (``LONDON: …``) do not. Sentences written for
these tests from ferry, orchard, museum and harbour news; none is taken from a corpus or
from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The association of ferry operators said the new fees would close two routes.",
         "the new fees would close two routes", "The association of ferry operators"),
        ("The federation of small growers said the orchard subsidy had come too late.",
         "the orchard subsidy had come too late", "The federation of small growers"),
        ("The ministry of culture said the museum would reopen in May.",
         "the museum would reopen in May", "The ministry of culture"),
        ("The harbour dredging has been delayed again, campaigners against the marina said on Friday.",
         "The harbour dredging has been delayed again", "campaigners against the marina"),
        ("Protesters against the toll road told reporters the march would go ahead on Sunday.",
         "the march would go ahead on Sunday", "Protesters against the toll road"),
    ],
)
def test_a_body_or_group_before_its_modifier_speaks(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a named body keeps its whole name
        ("The Ministry of Culture said the museum would reopen in May.", "The Ministry of Culture"),
        # members who speak name the group, as before
        ("The union of ferry workers said the new rota was unsafe for crews.", "The union of ferry workers"),
    ],
)
def test_a_named_body_and_a_body_of_people_read_as_before(text: str, speaker: str) -> None:
    [(_, got)] = reported_with_speakers(text)
    assert got == speaker


def test_a_thing_before_against_does_not_speak() -> None:
    assert reported_with_speakers("The case against the harbour master said nothing new.") == []


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("Minister: ferry fares to rise in April", "ferry fares to rise in April", "Minister"),
        ("Police: driver was over the limit", "driver was over the limit", "Police"),
        ("Survey: most growers expect a smaller harvest", "most growers expect a smaller harvest", "Survey"),
        ("Doctors: waiting lists will grow this winter", "waiting lists will grow this winter", "Doctors"),
    ],
)
def test_a_sentence_case_headline_speaker_may_be_a_role_body_or_document(
        headline: str, content: str, speaker: str) -> None:
    text = f"{headline}\n\nThe harbour board met on Monday to discuss the timetable."
    heads = [q for q in all_quotes(text) if q.start < len(headline)]
    assert [(q.text, spoken(text, q)) for q in heads] == [(content, speaker)]


@pytest.mark.parametrize(
    "headline",
    ["Analysis: why the ferry budget failed", "LONDON: ferry fares rose again",
     "Explainer: what the new permits mean", "Exclusive: harbour board to cut 50 jobs"],
)
def test_a_rubric_or_dateline_before_a_colon_is_no_speaker(headline: str) -> None:
    text = f"{headline}\n\nThe harbour board met on Monday to discuss the timetable."
    assert [q for q in all_quotes(text) if q.start < len(headline)] == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["association", "federation", "council", "ministry", "chamber"]),
       st.sampled_from(["of ferry operators", "of small growers", "of municipalities", "for harbour safety"]),
       st.sampled_from(["said", "told reporters", "warned", "argued"]))
def test_the_body_before_of_or_for_speaks_whatever_follows(body: str, field: str, cue: str) -> None:
    text = f"The {body} {field} {cue} that the new quay would not be ready before the winter."
    quotes = reported_with_speakers(text)
    assert quotes == [("the new quay would not be ready before the winter", f"The {body} {field}")]


def test_a_capitalised_against_stays_inside_a_name() -> None:
    text = "The harbour campaign group Sailors Against Dredging said the channel was deep enough."
    [(_, speaker)] = reported_with_speakers(text)
    assert speaker == "The harbour campaign group Sailors Against Dredging"
    [q] = all_quotes(text)
    assert q.speaker == "harbour campaign group Sailors Against Dredging"


def test_a_named_body_before_of_and_a_gerund_is_no_speaker_phrase() -> None:
    text = ("Fishermen have accused the regional Harbour Authority of ignoring survey reports "
            "that flagged silt in the channel years ago.")
    speakers = [speaker for _, speaker in reported_with_speakers(text)]
    assert not any(s and "Harbour Authority of" in s for s in speakers)
