"""Issue #14, session 34: kinds of speaker and attribution errors read on the written checks'
read halves and PolNeAR dev's seen half. Sentences written for these tests from harbour,
orchard, rail and school news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken

_BODY = "\nThe harbour authority said the quay would reopen in spring."


def _headline(text: str) -> list[tuple[str, str | None]]:
    whole = text + _BODY
    return [(q.text, spoken(whole, q)) for q in all_quotes(whole) if q.end <= len(text)]


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("Storms: 'We Have Never Seen Waves Like These,' Says Harbour Master",
         "We Have Never Seen Waves Like These", "Harbour Master"),
        ("Orchards: 'Worst Frost in Memory,' Growers Say", "Worst Frost in Memory", "Growers"),
        ("Rail Strike: 'Nobody Wants This,' Says Union Leader", "Nobody Wants This", "Union Leader"),
    ],
)
def test_a_topic_before_the_colon_is_no_speaker(headline: str, content: str, speaker: str) -> None:
    assert _headline(headline) == [(content, speaker)]


def test_a_length_of_service_is_no_part_of_the_headline_speaker() -> None:
    got = _headline("'The Sea Took Everything,' Says Fisherman of 40 Years")
    assert got == [("The Sea Took Everything", "Fisherman")]


def test_a_speaker_before_the_colon_still_speaks() -> None:
    assert _headline("Mayor: Harbour Wall Will Be Rebuilt by Spring") == [
        ("Harbour Wall Will Be Rebuilt by Spring", "Mayor")]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Floods", "Drought", "Heatwave", "School Closures"]),
       st.sampled_from(["Says Headteacher", "Says Farmer", "Residents Say"]))
def test_any_topic_before_an_attributed_headline_is_no_speaker(topic: str, attribution: str) -> None:
    headline = f"{topic}: 'We Were Given No Warning,' {attribution}"
    [(content, speaker)] = _headline(headline)
    assert content == "We Were Given No Warning"
    assert speaker is not None and speaker in attribution
