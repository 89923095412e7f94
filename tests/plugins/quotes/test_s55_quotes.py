"""Issue #14, session 55 (helper quotes): two speakers joined by ``and`` when the second has
no determiner (``…, police and fire officials said``, ``Residents and aid workers said``)
speak together, as ``The union and the growers said`` already did; a possessive opens a
phrase whose modifiers ``and`` joins (``Kenya's search and rescue agency``); and a later
description naming one of the two (``Police said``) is that one, not the pair. Sentences
written for these tests from fire, flood, mine, market and port news; none is taken from a
corpus or a story set."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken

from newskit_quotes.actors import classify


def _reports(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker's text, speaker's name) of every attribution in ``text``."""
    return [(q.text, spoken(text, q), q.speaker) for q in all_quotes(text)]


# A second speaker without a determiner: the whole pair speaks, after the clause it reports
# (a postposed attribution, which found no speaker before and so reported nothing) or before.


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("A fire gutted a furniture warehouse near the harbour on Friday night, police and fire officials "
         "said.", "A fire gutted a furniture warehouse near the harbour on Friday night",
         "police and fire officials"),
        ("Floodwater cut off three villages in the valley, residents and aid workers said on Sunday.",
         "Floodwater cut off three villages in the valley", "residents and aid workers"),
        ("About 90 miners refused to leave the shaft at the end of their shift, the company and workers said.",
         "About 90 miners refused to leave the shaft at the end of their shift", "the company and workers"),
        ("Stalls in the old market stayed shut for a second day, witnesses and traders said.",
         "Stalls in the old market stayed shut for a second day", "witnesses and traders"),
        ("The ruling will be studied closely by other miners, lawyers and analysts say, because it sets a "
         "precedent.", "The ruling will be studied closely by other miners", "lawyers and analysts"),
        ("Residents and aid workers said the river had risen two metres overnight.",
         "the river had risen two metres overnight", "Residents and aid workers"),
        ("Currency traders and economists said the devaluation would do little to slow inflation.",
         "the devaluation would do little to slow inflation", "Currency traders and economists"),
        ("A ferry sank off the north coast late on Sunday, Sulawesi's search and rescue agency said.",
         "A ferry sank off the north coast late on Sunday", "Sulawesi's search and rescue agency"),
    ],
)
def test_two_speakers_joined_without_a_determiner_speak_together(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


def test_the_pair_keeps_its_name_as_written() -> None:
    text = "Frost blackened the young vines across the valley, growers and officials said."
    assert [n for w, _, n in _reports(text) if w.startswith("Frost")] == ["growers and officials"]
    assert classify("growers and officials").name == "growers and officials"
    assert classify("police and fire officials").name == "police and fire officials"


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a verb before ``and``: two clauses, the second's subject alone speaks
        ("Prices fell and analysts said the market would recover by spring.",
         "the market would recover by spring", "analysts"),
        ("The mill cut wages and union leaders said more jobs would go.",
         "more jobs would go", "union leaders"),
        # a modifier before ``and`` names no speaker of its own
        ("Dutch cable and mobile operator Vendrix said hackers had copied its billing records.",
         "hackers had copied its billing records", "mobile operator Vendrix"),
        # the first conjunct does not open the clause
        ("The fire spread to shops and offices, officials said.", "The fire spread to shops and offices",
         "officials"),
    ],
)
def test_no_pair_where_the_and_joins_no_two_speakers(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


# A description naming one of two joined speakers is that one, not the pair.


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Dockers clashed with guards at the gate, police and union officials said. Police said four men "
         "were detained.", "four men were detained", "police"),
        ("The union and the growers said the talks on cane prices had failed. The union said it would strike "
         "on Monday.", "it would strike on Monday", "union"),
        ("Three people died when the train left the rails, police and rescue services said. According to "
         "police, the train was carrying 80 passengers.", "the train was carrying 80 passengers", "police"),
    ],
)
def test_a_description_of_one_member_is_that_member(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, (n or "").lower()) for w, _, n in _reports(text)]


def test_a_bodys_name_with_and_still_answers_its_description() -> None:
    text = ("The Ministry of Fisheries and Marine Resources said the trawler had been seized. The ministry said "
            "the crew would be charged.")
    assert [n for w, _, n in _reports(text) if w == "the crew would be charged"] == \
        ["Ministry of Fisheries and Marine Resources"]


# A property on generated text: every speaker is whole words of the text, beside its cue.

_PIECES = [
    "A fire gutted the warehouse", "Floodwater cut off the villages", "Prices fell", ",", ".", "and",
    "police", "fire officials", "residents", "aid workers", "the company", "workers", "analysts", "said",
    "say", "on Sunday", "the river had risen", "Sulawesi's", "search", "rescue agency", "Police said",
    "Dutch", "mobile", "operator Vendrix", "the union",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24).map(" ".join))
def test_a_speaker_is_whole_words_beside_its_cue(text: str) -> None:
    for q in all_quotes(text):
        if q.speaker_start is None or q.speaker_end is None:
            continue
        s, e = q.speaker_start, q.speaker_end
        assert 0 <= s < e <= len(text)
        assert text[s].isalnum() and (text[e - 1].isalnum() or text[e - 1] in "'\u2019")
        assert (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())
        if q.cue_start is not None and q.cue_end is not None:
            assert e <= q.cue_start or s >= q.cue_end


# The plural of a body's head (``the two banks``, ``the airlines``) names bodies, a group that
# can speak wherever it stands, not one person described (who must open the sentence).


@pytest.mark.parametrize("phrase", ["the two banks", "the rival companies", "the airlines", "the ministries",
                                    "the two firms", "the hospitals"])
def test_the_plural_of_a_bodys_head_is_a_group(phrase: str) -> None:
    assert classify(phrase).kind == "group"


@pytest.mark.parametrize(("phrase", "kind"), [("the executives", "group"), ("the authorities", "org_desc"),
                                              ("the bank", "org_desc"), ("a bank", "group")])
def test_people_known_plurals_and_one_body_are_read_as_before(phrase: str, kind: str) -> None:
    assert classify(phrase).kind == kind


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Harlow Foods has agreed to buy Bramwell Stores for 300 million pounds, the two companies said on "
         "Monday, in a deal that would create the region's largest grocer.",
         "Harlow Foods has agreed to buy Bramwell Stores for 300 million pounds", "two companies"),
        ("Nordlys Air and Fjord Wings will merge their regional routes, the airlines said on Tuesday, in a move "
         "that unions fear will cost 200 jobs.",
         "Nordlys Air and Fjord Wings will merge their regional routes", "airlines"),
    ],
)
def test_plural_bodies_report_the_clause_before_them(text: str, report: str, speaker: str) -> None:
    assert any(w.startswith(report) and n == speaker for w, _, n in _reports(text))


# A ``that`` after the comma that ends a cue's adjunct opens a relative in a phrase on the
# whole sentence, not the cue's content.


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("The city will raise bus fares by 10 percent, the transport authority said on Friday, a rise that "
         "commuter groups say will hit the poorest hardest.", "The city will raise bus fares by 10 percent",
         "the transport authority"),
        ("The mill will close its night shift, the company said Monday, a decision that leaves 300 workers "
         "without pay.", "The mill will close its night shift", "the company"),
        ("Harlow Foods agreed to buy Bramwell Stores, the company said Monday, creating a grocery chain that "
         "will reach every county.", "Harlow Foods agreed to buy Bramwell Stores", "the company"),
    ],
)
def test_a_relative_in_a_set_off_phrase_is_no_content_of_the_cue(text: str, report: str, speaker: str) -> None:
    got = _reports(text)
    assert (report, speaker) in [(w, s) for w, s, _ in got]
    assert not any(w.startswith(("leaves", "will reach", "commuter")) for w, _, _ in got)


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("The minister said on Monday, however, that the port would reopen in May.", "the port would reopen in May"),
        ("The minister said in Lagos, Nigeria, that the port would reopen in May.", "the port would reopen in May"),
        # a prepositional aside closed by its comma: the "that" after it is the cue's
        ("The minister said on Monday, in a statement, that the port would reopen in May.",
         "the port would reopen in May"),
    ],
)
def test_a_that_after_a_place_or_an_aside_is_still_the_cues(text: str, report: str) -> None:
    assert report in [w for w, _, _ in _reports(text)]


# A relative clause with no relative pronoun (or after ``what``) whose subject reports its
# gap: ``a step critics say is hard to justify``, ``overtime they say is owed``.


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("The council approved the bypass on Tuesday, a step critics say is hard to justify.",
         "is hard to justify", "critics"),
        ("A farmer found a hoard of silver coins near the river, in what experts say could be the largest find "
         "in decades.", "could be the largest find in decades", "experts"),
        ("Harlow Mining said on Monday it had found copper at its northern site, a deposit it says could hold "
         "two million tonnes.", "could hold two million tonnes", "it"),
        ("Dockers at the grain terminal downed tools, demanding overtime they say has gone unpaid since March.",
         "has gone unpaid since March", "they"),
        ("Dockers at the grain terminal downed tools, demanding compensation for what they say is the loss of "
         "their jobs.", "is the loss of their jobs", "they"),
    ],
)
def test_a_contact_relatives_subject_reports_its_gap(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


def test_the_report_that_holds_the_relative_keeps_it() -> None:
    text = "Dockers at the grain terminal downed tools, demanding overtime they say has gone unpaid since March."
    got = {(w, n) for w, _, n in _reports(text)}
    assert ("overtime they say has gone unpaid since March", "dockers") in got
    assert ("has gone unpaid since March", "dockers") in got


def test_a_saying_that_is_itself_the_subject_reports_nothing() -> None:
    text = "What the minister said was wrong, and the council said so on Friday."
    assert not any(w.startswith("was wrong") for w, _, _ in _reports(text))


@pytest.mark.parametrize("text", [
    "Anna Berg said the plan we expected will fail within a year.",
    "The mill sacked the workers they told were late for the night shift.",
])
def test_a_verb_that_takes_an_object_leaves_it_the_gap(text: str) -> None:
    assert not any(w.startswith(("will fail", "were late")) for w, _, _ in _reports(text))


def test_a_subject_set_off_by_commas_is_no_contact_relative() -> None:
    text = "The union, they say, is stronger than ever after the strike."
    assert not any(w.startswith("is stronger") for w, _, _ in _reports(text))
