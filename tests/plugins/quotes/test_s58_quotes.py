"""Issue #14, session 58 (helper quotes): speaker kinds read on real news of other kinds
(ECB+, ``bench/ecb_quotes.py``). Sentences written for these tests from port, court,
museum, mine and weather news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


def _reports(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker's text, speaker's name) of every attribution in ``text``."""
    return [(q.text, spoken(text, q), q.speaker) for q in all_quotes(text)]


# Kind 1. A place after ``in``, ``at``, ``from`` or ``near`` that follows a capitalised name
# (a body's or a person's) says where the name is: ``Brightline Research in Singapore
# said`` had the speaker ``Singapore``, and ``The Council of Coastal Shipping in Wales
# said …`` was no report at all (the place was dropped as no speaker).


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Brightline Research in Singapore said container volumes fell by a tenth.",
         "container volumes fell by a tenth", "Brightline Research in Singapore"),
        ("The Council of Coastal Shipping in Wales said crews would strike on Friday.",
         "crews would strike on Friday", "The Council of Coastal Shipping in Wales"),
        ("The Halden Maritime Museum in Oslo said it would buy the figurehead.",
         "it would buy the figurehead", "The Halden Maritime Museum in Oslo"),
        ("A Federal High Court in Lagos ordered the refinery to pay compensation.",
         "the refinery to pay compensation", "A Federal High Court in Lagos"),
        ("The Danish Embassy in Nairobi said two of its citizens were among the injured.",
         "two of its citizens were among the injured", "The Danish Embassy in Nairobi"),
    ],
)
def test_a_place_after_a_name_is_where_it_is(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a person named before ``of``: she speaks, not the place after her employer
        ("Analyst Mira Castell of Brightline Research in Singapore said exports would recover.",
         "exports would recover", "Mira Castell"),
        ("Economist Tom Vega of Andes Capital in Lima said it was \"a bad quarter\" for miners.",
         "a bad quarter", "Tom Vega"),
    ],
)
def test_a_person_of_a_placed_body_speaks(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a clause's own place before a postposed speaker, and a place alone, as before
        ("Rice prices rose in Tarlac, farmers said.", "Rice prices rose in Tarlac", "farmers"),
        ("Nairobi said the talks had failed.", "the talks had failed", "Nairobi"),
        # a time before the place opens the clause: the subject after it speaks
        ("On Monday in Nairobi police said the talks had failed.", "the talks had failed", "Nairobi police"),
        # a common noun before the place, as session 56 read it
        ("Fishing associations in Puntarenas warned that the ban would ruin them.",
         "the ban would ruin them", "Fishing associations in Puntarenas"),
    ],
)
def test_places_read_as_before(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


_BODIES = ["Brightline Research", "The Halden Maritime Museum", "The Meridian Shipping Group",
           "The Federation of Fish Traders"]
_PLACES = ["Singapore", "Oslo", "Lagos", "Lima", "Wales", "Rotterdam"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_BODIES), st.sampled_from(["in", "from"]), st.sampled_from(_PLACES))
def test_a_placed_body_speaks_whole(body: str, prep: str, place: str) -> None:
    """Whatever the body and the place, the place is never the speaker alone."""
    text = f"{body} {prep} {place} said the harbour would close for a week."
    assert ("the harbour would close for a week", f"{body} {prep} {place}") in [(w, s) for w, s, _ in _reports(text)]
