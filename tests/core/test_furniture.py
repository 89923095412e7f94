"""Page furniture and the lead past it: real-looking pages of sport, science and business
news (not the story sets' kinds), then properties over arbitrary text."""

from __future__ import annotations

import doctest
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit.furniture
from newskit.furniture import KINDS, LEAD_SENTENCES, furniture, lead
from newskit.testing.strategies import news_texts
from newskit.textlayer import TextLayer, layer

PAGE = (
    "Updated 3:45 p.m. ET, Sat March 9, 2024\n"
    "By MARIA OKAFOR and Tom Lindqvist, Associated Press\n"
    "Photo: The winning crew crosses the line at Putney. (Getty Images)\n"
    "LONDON (AP) - Oxford won the 169th Boat Race by three lengths on Saturday. "
    "It was their first win since 2017.\n"
    "Advertisement\n"
    "Share Tweet Email\n"
    "The crew trained for six months.\n"
    "Read more: Cambridge names new coach\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in furniture(text)]


def test_a_page_s_furniture_by_kind() -> None:
    assert _kinds(PAGE) == [
        ("date", "Updated 3:45 p.m. ET, Sat March 9, 2024"),
        ("byline", "By MARIA OKAFOR and Tom Lindqvist, Associated Press"),
        ("caption", "Photo: The winning crew crosses the line at Putney. (Getty Images)"),
        ("dateline", "LONDON (AP) - "),
        ("boilerplate", "Advertisement"),
        ("boilerplate", "Share Tweet Email"),
        ("boilerplate", "Read more: Cambridge names new coach"),
    ]


def test_the_lead_starts_past_the_furniture_and_the_dateline() -> None:
    assert [PAGE[s.start:s.end] for s in lead(PAGE)] == [
        "Oxford won the 169th Boat Race by three lengths on Saturday.",
        "It was their first win since 2017.",
    ]
    assert [PAGE[s.start:s.end] for s in lead(PAGE, n=1)] == [
        "Oxford won the 169th Boat Race by three lengths on Saturday."]


@pytest.mark.parametrize("line", [
    "First Published : June 13 , 2013 4 : 59 PM EDT",
    "Posted on Thu Jun 13 , 2013 08 : 45 AM PDT",
    "05 / 02 / 2013",
    "Tuesday 14 November 2023 18.02 GMT",
    "Last updated at 14:00 GMT",
    "Posted on : 2023-11-14 09:12 WAT Modified on : 2023-11-14 10:40 WAT",
])
def test_date_lines(line: str) -> None:
    assert _kinds(line + "\nThe comet passed Earth at a distance of 40 million km.") == [("date", line)]


@pytest.mark.parametrize("line", [
    "By Tuesday the river had burst its banks in three places.",
    "By the numbers: the rover drove 28 km in its first year.",
    "Shares in the chipmaker rose 4% on Monday.",
    "On March 9, 2024, the probe landed.",
    "Top-ranked Duke beat Carolina 80-72.",
    "2 / 3 of the crop was lost.",
    "At 9:30 IT workers walked out.",
    "Markets closed at 4 PM ET amid selling (Dow/Nasdaq)",
    "Photographers waited outside the court all day.",
    "More than 200 flights were cancelled.",
])
def test_news_sentences_are_no_furniture(line: str) -> None:
    text = line + "\nOfficials said the cause was not yet known."
    assert _kinds(text) == []
    assert text[lead(text)[0].start:lead(text)[0].end] == line


def test_a_caption_closed_by_its_photo_credit() -> None:
    line = "Fans celebrate outside the stadium in Buenos Aires on Sunday. (AP Photo/Natacha Pisarenko)"
    text = line + "\nArgentina won the final on penalties."
    assert _kinds(text) == [("caption", line)]
    assert text[lead(text)[0].start:lead(text)[0].end] == "Argentina won the final on penalties."


def test_a_parenthesis_with_a_slash_inside_a_sentence_is_no_credit() -> None:
    text = "The exchange rate (Euro/Dollar) fell to 1.05 on Friday, traders said."
    assert _kinds(text) == []


def test_a_text_of_furniture_only_has_no_lead() -> None:
    assert lead("March 9, 2024\nAdvertisement\n") == ()


def test_the_layer_computes_them_once() -> None:
    lay = TextLayer(PAGE)
    assert lay.furniture is lay.furniture
    assert lay.lead is lay.lead
    assert lay.lead == lead(PAGE)


def test_module_doctest() -> None:
    assert doctest.testmod(newskit.furniture).failed == 0


_PIECES = st.sampled_from([
    "May 2, 2013, 1:12 PM", "By JANE DOE, Reuters", "Photo: a crowd.", "Advertisement",
    "BERLIN (Reuters) - Talks ended.", "The council voted 7-2 on Monday.", "Read more: x", "\n", " ",
])
_TEXTS = st.one_of(news_texts(), st.lists(_PIECES, max_size=12).map("\n".join), st.text(max_size=200))


@given(_TEXTS)
def test_furniture_and_lead_lie_in_the_text_in_order(text: str) -> None:
    found = furniture(text)
    assert all(f.kind in KINDS and 0 <= f.start < f.end <= len(text) for f in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    spans = lead(text)
    assert len(spans) <= LEAD_SENTENCES
    assert all(0 <= s.start < s.end <= len(text) and text[s.start:s.end].strip() for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))


@given(_TEXTS)
def test_the_lead_holds_no_furniture_line_and_is_deterministic(text: str) -> None:
    lines = [f for f in furniture(text) if f.kind != "dateline"]
    spans = lead(text)
    assert not any(f.start <= s.start and s.end <= f.end for f in lines for s in spans)
    assert spans == lead(text) == TextLayer(text).lead == layer(text).lead


@pytest.mark.parametrize("line", [
    "Reporting by Rafael Duarte in Recife and Helena Kowalczyk in Gdansk; Editing by Simon Ashworth",
    "(Reporting by Mei Tanaka; Writing by Oliver Grant; Editing by Priya Raman)",
    "Additional reporting by Tomasz Nowak in Warsaw; Editing by Claire Dubois and Ian Mercer",
    "Associated Press writers Kenji Mori in Osaka and Dana Fischer in Berlin contributed to this report.",
    "Staff writer Leila Haddad contributed reporting.",
])
def test_a_wire_s_credit_line_is_a_byline(line: str) -> None:
    text = "The orchestra cancelled its autumn tour on Friday.\n" + line
    assert _kinds(text) == [("byline", line)]


@pytest.mark.parametrize("line", [
    "Heavy rain contributed to this report of damage along the coast.",
    "The storm contributed to this report.",
    "By Tuesday the river had risen; residents fled to higher ground.",
    "Reporting by the agency showed a fall; editing of the figures came later.",
])
def test_a_sentence_about_reports_or_contributions_is_no_credit_line(line: str) -> None:
    text = "The orchestra cancelled its autumn tour on Friday.\n" + line
    assert _kinds(text) == []
