"""Issue #14, session 18: attributions set off by commas - a participle report after a
postposed one (``…, the port said, adding that …``, also after quoted words ``…," adding
that``), a phrase after the attribution's closing comma (``…, the operator said, twice its
usual load``), a definite source after ``according to`` whatever its head, and a named
inverted subject with a long affiliation (``…, said Dr Ingrid Halvorsen of the … Institute
in Tromso``). Sentences written for these tests from shipping, farming, music, whisky,
glacier and hospital news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, indirect_quotes, spoken


def _reports(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, spoken(text, q), q.cue) for q in indirect_quotes(text)]


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker", "participle"),
    [
        ("Grain exports fell by a fifth, the port authority said, adding that the strike had cost millions.",
         "Grain exports fell by a fifth", "the strike had cost millions", "the port authority", "adding"),
        ("Ticket sales doubled this summer, the festival said, noting that most buyers were local.",
         "Ticket sales doubled this summer", "most buyers were local", "the festival", "noting"),
    ],
)
def test_a_participle_report_after_a_postposed_one(text: str, first: str, second: str, speaker: str,
                                                   participle: str) -> None:
    assert _reports(text) == [(first, speaker, "said"), (second, speaker, participle)]


def test_a_participle_report_after_quoted_words() -> None:
    text = 'The farmer said the flood had ruined "every field we own," adding that the insurer had refused to pay.'
    assert ("the insurer had refused to pay", "The farmer", "adding") in _reports(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ship carried 4,000 containers, the operator said, twice its usual load.",
         "The ship carried 4,000 containers", "the operator"),
        ("Whisky exports rose 8 percent, the distillery said, the best year since 2011.",
         "Whisky exports rose 8 percent", "the distillery"),
    ],
)
def test_a_phrase_after_the_attributions_closing_comma(text: str, content: str, speaker: str) -> None:
    (q,) = indirect_quotes(text)
    assert q.text.startswith(content) and spoken(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The striker's ankle is broken, according to the club's medic.", "the club's medic"),
        ("Two wards were closed overnight, according to the hospital's matron.", "the hospital's matron"),
    ],
)
def test_a_definite_source_after_according_to(text: str, speaker: str) -> None:
    (q,) = indirect_quotes(text)
    assert spoken(text, q) == speaker and q.text == text.split(",")[0]


@pytest.mark.parametrize("text", ["The match was played according to the rules.",
                                  "The plant runs according to a strict timetable."])
def test_according_to_without_a_comma_is_a_manner(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The glacier has lost a third of its mass since 1990, said Dr Ingrid Halvorsen of the Norwegian Polar "
         "Research Institute in Tromso.", "Ingrid Halvorsen"),
        ("The herd has doubled in ten years, said Professor Tom Reed, an author of the survey published on Monday.",
         "Tom Reed"),
    ],
)
def test_a_named_inverted_subject_with_a_long_description(text: str, speaker: str) -> None:
    (q,) = indirect_quotes(text)
    assert q.text.startswith("The ") and speaker in (spoken(text, q) or "")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The skipper, who sailed with the fleet for thirty years, said Tom Reed had never lost a boat.",
         "Tom Reed had never lost a boat", "The skipper"),
        ("Ana Ruiz, a former harbour pilot who trained at the academy in the 1990s, said Reed's ship was the "
         "safest in the fleet.", "Reed's ship was the safest in the fleet", "Ana Ruiz"),
    ],
)
def test_a_name_that_opens_the_reported_clause_is_no_inverted_subject(text: str, content: str,
                                                                      speaker: str) -> None:
    (q,) = indirect_quotes(text)
    assert (q.text, spoken(text, q)) == (content, speaker)


_CLAUSES = ["Milk prices fell again in March", "The ferry will run twice a day", "Two lanes were closed"]
_SOURCES = ["the dairy board", "the operator", "the county"]
_CUES = ["adding", "noting", "warning"]


@given(st.sampled_from(_CLAUSES), st.sampled_from(_SOURCES), st.sampled_from(_CUES))
def test_any_postposed_report_and_its_participle_are_two_reports(clause: str, source: str, cue: str) -> None:
    text = f"{clause}, {source} said, {cue} that the change would last until the autumn."
    assert _reports(text) == [(clause, source, "said"),
                              ("the change would last until the autumn", source, cue)]
