"""Issue #14, session 51 (helper quotes): a noun of number heads no speaker.
Sentences written for these tests from dock, ward, farm and landfill news; none is taken
from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker, cue) of every attribution in ``text``."""
    return [(q.text, q.speaker, q.cue) for q in all_quotes(text)]


# A noun of number (``hundreds``, ``dozens``, ``thousands``) opening the sentence counts the
# people of its ``of``-complement: they head the subject a trailing participle shares.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Hundreds of welders walked out of the Garrow shipyard on Monday, demanding safer scaffolds.",
         "safer scaffolds", "Hundreds of welders"),
        ("Dozens of midwives gathered outside the Perrin maternity unit, saying night shifts were unsafe.",
         "night shifts were unsafe", "Dozens of midwives"),
        ("Thousands of growers from the river valley blocked the ring road, claiming that seed prices had "
         "doubled.", "seed prices had doubled", "Thousands of growers"),
    ],
)
def test_the_counted_people_head_the_subject(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a later description of a body is no longer read as the number word
        ("Hundreds of welders walked out of the Garrow shipyard on Monday, demanding safer scaffolds. "
         "The harbour board says talks will resume on Thursday.", "talks will resume on Thursday",
         "harbour board"),
        ("Dozens of midwives gathered outside the Perrin maternity unit, saying night shifts were unsafe. "
         "The health board says two more midwives were hired in June.", "two more midwives were hired in June",
         "health board"),
    ],
)
def test_a_later_description_is_not_the_number(text: str, content: str, speaker: str) -> None:
    found = [s for t, s, _ in _said(text) if t == content]
    assert found == [speaker], _said(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: a subject with no noun of number, and a count that is no phrase of `of`
        ("Residents of Tolbury marched to the town hall on Sunday, saying the landfill would foul their wells.",
         "the landfill would foul their wells", "residents"),
        ("The farmers' union said thousands of growers had lost their crops.",
         "thousands of growers had lost their crops", "farmers' union"),
    ],
)
def test_other_subjects_are_unchanged(text: str, content: str, speaker: str) -> None:
    found = [s for t, s, _ in _said(text) if t == content]
    assert found == [speaker], _said(text)
