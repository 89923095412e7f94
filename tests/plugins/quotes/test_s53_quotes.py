"""Issue #14, session 53 (helper quotes): one reader of a body's initials set in apposition
to a description of it, serving the inverted speaker and the resolver alike; a noun-phrase
content ends before a relative clause with a subject of its own; a plural of people not in
``-s`` before a participle speaks. Sentences written for these tests from dock, mill,
quarry, harbour and clinic news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes

from newskit_quotes.apposed import apposed_initials
from newskit_quotes.doc import Doc


def _said(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of every attribution in ``text``."""
    return [(q.text, q.speaker) for q in all_quotes(text)]


def _pairs(text: str) -> list[tuple[str, str]]:
    """(initials, head) of every apposition the reader finds in ``text``."""
    doc = Doc(text, [])
    return [(text[doc.starts[p.initials] : doc.ends[p.initials]], doc.low[p.head]) for p in apposed_initials(doc)]


# The reader: initials and a body's description side by side, either way round, in any
# position of the sentence; never one of a list, never the last word of a name.


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Their union, the GWU, has 4,000 members.", [("GWU", "union")]),
        ("The quarry's owners met the union, the GWU, on Monday.", [("GWU", "union")]),
        ("The GWU, the dockers' union, has 4,000 members.", [("GWU", "union")]),
        ("Talks with QMA, the quarry owners' association, failed.", [("QMA", "association")]),
        ("The strike was backed by their movement, the PDM.", [("PDM", "movement")]),
        # guards: initials opening a list, initials closing a name, no determiner
        ("Their union, the GWU and the TUC, met.", []),
        ("The state government, WHO, UNICEF and the Red Cross met.", []),
        ("Shares in Acme SA, the mining company, fell.", []),
        ("Dockers march, GWU leads.", []),
    ],
)
def test_the_reader_finds_initials_in_apposition(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


# The inverted speaker reads the same grammar: any body's head (``movement``), and initials
# a lower-case phrase of time or manner follows.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The quarry will close in June. \"We were never asked,\" said their movement, the PDM.",
         "We were never asked", "PDM"),
        ("The quarry will close in June. \"We were never asked,\" said their union, the QWU in a statement.",
         "We were never asked", "QWU"),
        # guards: a list, and a description with no initials
        ("The quarry will close in June. \"We were never asked,\" said their union, the QWU and the TUC.",
         "We were never asked", "union"),
        ("The quarry will close in June. \"We were never asked,\" said their union on Tuesday.",
         "We were never asked", "union"),
    ],
)
def test_an_inverted_description_reads_the_same_initials(text: str, content: str, speaker: str) -> None:
    assert [s for t, s in _said(text) if t == content] == [speaker], _said(text)


# The resolver learns from the same pairs what kind of body initials are: a later
# description of another kind (``the company``) is never the union.


@pytest.mark.parametrize(
    "middle",
    [
        "Their union, the GWU, has 4,000 members.",
        "The GWU, the dockers' union, has 4,000 members.",
    ],
)
def test_initials_known_as_a_union_are_not_the_company(middle: str) -> None:
    text = f"\"We will not go back,\" the GWU said on Monday. {middle} The company said talks would resume on Friday."
    assert [s for t, s in _said(text) if t == "talks would resume on Friday"] == ["company"], _said(text)


def test_initials_of_no_known_kind_resolve_as_before() -> None:
    text = "\"We will not go back,\" the GWU said on Monday. The company said talks would resume on Friday."
    assert [s for t, s in _said(text) if t == "talks would resume on Friday"] == ["GWU"], _said(text)


# A content that is a noun phrase ends before a relative clause set off by a comma whose
# pronoun is its verb's object: that clause has a subject of its own, who says it (or the
# writer does), not the speaker of the noun phrase.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor criticised the budget, which the council adopted in March.", "the budget"),
        ("Ana Silva denounced the closure in a broadcast, which the station pointed to as proof of its independence.",
         "the closure in a broadcast"),
        ("The union praised the new harbour master, whom the port board appointed in May.",
         "the new harbour master"),
        ("The growers accused the mill of cutting prices, which the ministry investigated last year.",
         "cutting prices"),
    ],
)
def test_a_noun_phrase_content_ends_before_a_relative_with_its_own_subject(text: str, content: str) -> None:
    assert [t for t, _ in _said(text)] == [content], _said(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guards: the relative's pronoun is its subject; the content is a clause the
        # relative sits inside, or a clause it closes; a question
        ("Ms Silva praised the new bridge, which opened in May.", "the new bridge, which opened in May"),
        ("Experts praised the plans to help small firms, which include a provision that would cut fees.",
         "the plans to help small firms, which include a provision that would cut fees"),
        ("The clerks disclosed the memo to the Gazette, which first printed the story.",
         "the memo to the Gazette, which first printed the story"),
        ("The mayor said the budget, which the council adopted in March, would close two libraries.",
         "the budget, which the council adopted in March, would close two libraries"),
        ("The mayor said the council had adopted the budget, which residents opposed.",
         "the council had adopted the budget"),
        ("She asked whether the levy, which the council raised in May, was lawful.",
         "whether the levy, which the council raised in May, was lawful"),
    ],
)
def test_a_relative_inside_a_clause_content_stays(text: str, content: str) -> None:
    assert [t for t, _ in _said(text)] == [content], _said(text)


# A participle right after a plain plural noun of people describes that noun, which
# speaks; a plural not in -s (``fishermen``, ``people``) is such a noun too.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor met fishermen saying the harbour had silted up.", "the harbour had silted up", "fishermen"),
        ("The minister ignored hundreds of women protesting that the clinic had closed.",
         "the clinic had closed", "women"),
        ("The governor visited the quarry and met people saying the blasts had cracked their walls.",
         "the blasts had cracked their walls", "unnamed people"),
    ],
)
def test_a_plural_not_in_s_before_a_participle_speaks(text: str, content: str, speaker: str) -> None:
    assert [s for t, s in _said(text) if t == content] == [speaker], _said(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: a participle after a comma is the main clause's; a thing before it
        ("The minister spoke to fishermen on Monday, saying the harbour would be dredged.",
         "the harbour would be dredged", "the minister"),
        ("The firm hired more linesmen, saying the storm had cut power to 4,000 homes.",
         "the storm had cut power to 4,000 homes", "firm"),
    ],
)
def test_a_participle_set_off_is_the_subjects(text: str, content: str, speaker: str) -> None:
    assert [s for t, s in _said(text) if t == content] == [speaker], _said(text)
