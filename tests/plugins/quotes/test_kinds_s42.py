"""Issue #14, session 42: a word between a prepositional stance verb and its preposition
(a named day, an adverb of frequency or openness) keeps the frame. Sentences written for
these tests from harbour, orchard, rail and school news; none is taken from a corpus."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry operator called Monday for a review of harbour fees.",
         "a review of harbour fees", "The ferry operator"),
        ("Maren Lund spoke out Tuesday about the closure of the orchard school.",
         "the closure of the orchard school", "Maren Lund"),
        ("The rail union warned repeatedly of delays on the coastal line.",
         "delays on the coastal line", "The rail union"),
        ("The school board pushed again for a crossing outside the school.",
         "a crossing outside the school", "The school board"),
    ],
)
def test_a_day_or_adverb_before_the_preposition_keeps_the_stance(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(q.text, spoken(text, q)) for q in all_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master called Monday to check the moorings.",
        "Growers warned repeatedly, but nobody listened.",
    ],
)
def test_a_skipped_word_needs_the_preposition_after_it(text: str) -> None:
    assert all(not q.text.startswith(("to check", "but")) for q in all_quotes(text))


def test_only_one_word_is_skipped() -> None:
    text = "The union called Monday again for a review of the timetable."
    assert "a review of the timetable" not in [q.text for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ferry crews complained again about the new rota.", "the new rota"),
        ("Parents argued strongly for a crossing outside the school.", "a crossing outside the school"),
    ],
)
def test_an_adverb_then_a_preposition_opens_no_bare_clause(text: str, content: str) -> None:
    found = [q.text for q in all_quotes(text)]
    assert all(not t.startswith(("again", "strongly")) for t in found)
    assert content in found


def test_a_clause_after_the_adverb_and_its_adjunct_is_still_read() -> None:
    text = "The harbour master said again on Monday the quay would reopen in May."
    assert "the quay would reopen in May" in [q.text for q in all_quotes(text)]
