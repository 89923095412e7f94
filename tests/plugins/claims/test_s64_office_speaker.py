"""Session 64 (issue #10): ``The Minister for Housing has rejected claims that ...``: an
office held by one person, named by its title and what it is the office of, with no person
named. The quotes plugin gives the title alone for its speaker (``Minister``), which names
every minister of a story, so an allegation answered by the office was paired with no one or
with the wrong minister. The office is the source, whole. Sentences written for these tests
(housing, fisheries, port and railway news)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source", "stance"), [
    ("The Minister for Housing has rejected claims that she ignored warnings about the empty flats.",
     "Minister for Housing", "denies"),
    ("The Governor of Kerrow Province said the trawler had entered the reserve twice in a week.",
     "Governor of Kerrow Province", "asserts"),
    ("The Mayor of Dunmarra rejected the accusation that the port had hidden the spill.",
     "Mayor of Dunmarra", "denies"),
    ("Speaking on the radio on Tuesday, the Minister of Fisheries denied that any quota had been sold.",
     "Minister of Fisheries", "denies"),
    ("The line will stay closed until the end of the month, the President of the Regional Council said.",
     "President of the Regional Council", "asserts"),
])
def test_an_office_with_no_person_is_the_source_whole(pipeline: Pipeline, text: str, source: str, stance: str) -> None:
    got = claim_sources(pipeline, text)
    assert (source, stance) in got, got


@pytest.mark.parametrize(("text", "person"), [
    # a person named with the office speaks: the office is only their title
    ("The Minister of Fisheries, Ana Ruiz, denied that any quota had been sold.", "Ana Ruiz"),
    ("Minister of Transport Peter Walsh said the line would reopen on Friday.", "Peter Walsh"),
])
def test_a_person_named_with_the_office_stays_the_source(pipeline: Pipeline, text: str, person: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(s == person for s, _ in got), got
    assert not any((s or "").startswith("Minister of") for s, _ in got), got


_DOMAIN = st.from_regex(r"\A[A-Z][a-z]{3,9}( (and )?[A-Z][a-z]{3,9}){0,2}\Z")


@given(st.sampled_from(["Minister", "Governor", "Director", "Commissioner", "President", "Chief Executive"]),
       st.sampled_from(["of", "for", "of the"]), _DOMAIN)
def test_the_office_pattern_reads_title_and_domain(title: str, link: str, domain: str) -> None:
    from newskit_claims.quoted import _office_pattern

    m = _office_pattern().fullmatch(f"The {title} {link} {domain}")
    assert m is not None and m.group("np") == f"{title} {link} {domain}" and m.group("title") == title
    # a lower-case title is a description, no office's name
    assert _office_pattern().fullmatch(f"the {title.lower()} {link} {domain}") is None
