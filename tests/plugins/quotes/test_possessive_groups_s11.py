"""Session 11 (lead): a common noun after a plural possessive is one phrase with it (``a
drivers' union``, ``the teachers' union``), so an indefinite one keeps its article and is a
new body, never the organisation that spoke before it; a word in quotation marks is no
possessive. Documents someone obtained or released speak for that one (``according to
emails obtained by Reuters``). Sentences written for these tests (transport, schools, mining, sport)."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    ("Railnet rejected claims that it had skipped inspections. A drivers' union said the brakes had "
     "failed twice in March.", "A drivers' union", "drivers' union"),
    ("The school board denied cutting the budget. The teachers' union said classes had grown by a third.",
     "The teachers' union", "teachers' union"),
    ("Copperline said output rose. A miners' association said the new shafts had flooded twice.",
     "A miners' association", "miners' association"),
])
def test_a_body_after_a_plural_possessive_is_read_whole_and_not_resolved_away(
        text: str, phrase: str, speaker: str) -> None:
    last = all_quotes(text)[-1]
    assert spoken(text, last) == phrase
    assert last.speaker == speaker


def test_a_word_in_quotation_marks_is_no_possessive() -> None:
    text = "The minister called the protesters 'vandals' and said the damage would cost millions to repair."
    for q in all_quotes(text):
        assert "vandals" not in (spoken(text, q) or "")


def test_documents_someone_obtained_or_released_are_their_report() -> None:
    """``according to X seen/obtained/released by Y``: Y reports what the documents show;
    the speaker's phrase runs over both (session 13: as PolNeAR marks its sources)."""
    cases = [
        ("The operator skipped two inspections of the fans, according to internal documents seen by the "
         "Valley Courier.", "internal documents seen by the Valley Courier", "Valley Courier"),
        ("According to emails obtained by Reuters, the carmaker knew of the fault in 2023.",
         "emails obtained by Reuters", "Reuters"),
        ("Rents rose 9 percent in a year, according to figures released by the statistics office.",
         "figures released by the statistics office", "statistics office"),
    ]
    for text, phrase, who in cases:
        [q] = all_quotes(text)
        assert (spoken(text, q), q.speaker) == (phrase, who), (text, q)
    text = "The mayor took bribes for years, according to court documents."
    assert [spoken(text, q) for q in all_quotes(text)] == ["court documents"]
