"""Issue #14, session 21: speaker grammar of wire copy - a postposed attribution with a
short tail after a subject the tables do not name (``…, the two bakeries said on Friday.``),
a report nested in the clause a postposed attribution carries (it ends with that clause), descriptions before a name
that hold a cue word as a noun or a count (``volunteer lifeguard``, ``father of six``), and a
role joined to the person it serves by a participle (``a lawyer representing …``).
Sentences written for these tests from harbour, orchard, choir, bakery and lifeboat news;
none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The orchards will be sold in spring, the two cooperatives said on Friday.",
         "The orchards will be sold in spring", "the two cooperatives"),
        ("The choir will tour Japan next year, the three conductors said in a joint statement.",
         "The choir will tour Japan next year", "the three conductors"),
        ("Both bakeries will close on Sundays, the owners said at a meeting.",
         "Both bakeries will close on Sundays", "the owners"),
    ],
)
def test_a_postposed_attribution_with_a_short_tail_reports_the_clause(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "outer", "inner", "speakers"),
    [
        ("The harbour master denied that the pier was unsafe, port officials said.",
         "The harbour master denied that the pier was unsafe", "the pier was unsafe",
         ("port officials", "The harbour master")),
        ("Inspectors allege that the mill dumped waste in the river, a source at the agency said on Monday.",
         "Inspectors allege that the mill dumped waste in the river", "the mill dumped waste in the river",
         ("a source at the agency", "Inspectors")),
    ],
)
def test_a_report_inside_a_postposed_attribution_ends_with_its_clause(
        text: str, outer: str, inner: str, speakers: tuple[str, str]) -> None:
    assert reported_with_speakers(text) == [(outer, speakers[0]), (inner, speakers[1])]


def test_a_report_before_a_new_sentence_keeps_its_own_attribution() -> None:
    text = "The harbour master denied that the pier was unsafe. Port officials said it would reopen."
    assert reported_with_speakers(text) == [
        ("the pier was unsafe", "The harbour master"), ("it would reopen", "Port officials")]


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("41-year-old volunteer lifeguard", "Petra Lindgren"),
        ("retired fisherman and volunteer coastguard", "Alasdair MacLeod"),
        ("orchard owner and father of six", "Tomasz Wierzbicki"),
        ("mother of three", "Grace Achieng"),
        ("36-year-old choir leader and mother of two", "Ines Barros"),
    ],
)
def test_a_description_with_a_noun_cue_or_a_count_runs_to_the_name(description: str, name: str) -> None:
    text = f'"The water came over the wall in seconds," said {description} {name}.'
    (q,) = all_quotes(text)
    assert q.speaker == name
    assert spoken(text, q) is not None and name in (spoken(text, q) or "")


@pytest.mark.parametrize(
    "text",
    [
        'A lawyer representing Dana Whitcombe said the orchard had been sold legally.',
        '"The orchard was sold legally," said a lawyer representing Dana Whitcombe.',
        'Lawyers defending Dana Whitcombe said the orchard had been sold legally.',
    ],
)
def test_a_role_joined_to_a_name_by_a_participle_speaks_not_the_name(text: str) -> None:
    (q,) = all_quotes(text)
    assert q.speaker is not None and q.speaker != "Dana Whitcombe"
    assert q.speaker.endswith("of Dana Whitcombe")


_SUBJECTS = ("the two cooperatives", "the three unions", "both growers", "the organisers", "the two charities")
_TAILS = ("", " on Tuesday", " in a statement", " at a news conference", " in a joint statement on Monday")


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_TAILS))
def test_a_postposed_subject_speaks_whatever_short_tail_follows(subject: str, tail: str) -> None:
    text = f"The harvest festival will be cancelled this year, {subject} said{tail}."
    assert reported_with_speakers(text) == [("The harvest festival will be cancelled this year", subject)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Milk sales fell 6 percent, according to figures published on Thursday by the dairy board.", "dairy board"),
        ("Ferry crossings doubled, according to data released last month by the harbour authority.",
         "harbour authority"),
        ("According to records compiled in March by the parish council, the bells were recast in 1712.",
         "parish council"),
    ],
)
def test_a_document_put_out_after_a_time_phrase_speaks_for_its_agent(text: str, speaker: str) -> None:
    (q,) = all_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A bakery owner who signed the letter, the pastry chef Amara Nwosu, said the flour tax was unfair.",
         "Amara Nwosu"),
        ("His old rival, the former harbour master Lorcan Doyle, said the quay had never been safer.", "Lorcan Doyle"),
        ("A choir member, the retired organist Hedda Lund, said rehearsals would resume in May.", "Hedda Lund"),
    ],
)
def test_a_description_with_an_article_set_off_by_commas_names_the_speaker(text: str, name: str) -> None:
    (q,) = all_quotes(text)
    assert q.speaker == name


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("'We Will Rebuild Every Boat,' Says Skipper as Harbour Reopens", "Skipper"),
        ("'Best Harvest in a Decade,' Says Grower, 67, After Dry Summer", "Grower"),
        ("'The Bread Is Better Than Ever,' Says Baker Amid Flour Shortage", "Baker"),
    ],
)
def test_a_headline_attribution_ends_before_a_clause_of_its_own(headline: str, speaker: str) -> None:
    text = headline + "\n\nThe town's harbour reopened on Monday after a storm."
    quotes = [q for q in all_quotes(text) if q.start < len(headline)]
    assert len(quotes) == 1
    assert spoken(text, quotes[0]) == speaker
