"""Session 48: a sentence that opens with a word of contrast (``But``, ``However``) and
names a teller of its own gives that teller's rival reading of the measure the sentence
before counted (``figure_rival.told_instead``, joined by
``figure_model.told_again_rivals``): ``The airline said 140 flights were cancelled. But the
pilots' union said 210 flights had been cancelled.`` One outlet tells both readings, each
restated by other outlets, so the join's limit of no article in common kept them apart.
Invented sentences: an airline's cancelled flights, a clinic's waiting list."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import told_instead
from tests.story.helpers import joined_groups


def test_a_sentence_opening_with_a_word_of_contrast() -> None:
    assert told_instead("But the pilots' union said 210 flights had been cancelled.")
    assert told_instead("However, the airline counted 140.")
    assert told_instead("\u201cBut we counted more than 300,\u201d she said.")


def test_a_contrast_inside_the_sentence_or_a_longer_word_is_none() -> None:
    assert not told_instead("Butchers in the town said 40 shops had closed.")
    assert not told_instead("The union said 210, but the airline disagreed.")


def test_another_tellers_reading_after_but_joins_the_count_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The clinic said 1,400 patients were on its waiting list. "
        "But the patients' association said 2,300 people were waiting for treatment.",
        "The patients' association says 2,300 people are waiting for treatment at the clinic.",
    ))
    assert any({("a0", "1,400"), ("a0", "2,300")} <= g for g in told), told


def test_one_tellers_second_count_after_but_joins_nothing(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The clinic said 1,400 patients were on its waiting list. "
        "But the clinic said 600 patients had been treated.",
        "The clinic says it has treated 600 patients.",
    ))
    assert not any({("a0", "1,400"), ("a0", "600")} <= g for g in told), told


def test_another_tellers_count_of_another_noun_after_but_joins_nothing(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The clinic said 1,400 patients were on its waiting list. "
        "But the nurses' union said 300 nurses had left the clinic.",
        "The nurses' union says 300 nurses have left the clinic.",
    ))
    assert not any({("a0", "1,400"), ("a0", "300")} <= g for g in told), told


def test_another_tellers_vague_word_after_but_joins_nothing(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The clinic said 1,400 patients were on its waiting list. "
        "But the patients' association said thousands of people were waiting for treatment.",
        "The patients' association says thousands of people are waiting for treatment at the clinic.",
    ))
    assert not any({("a0", "1,400"), ("a0", "thousands")} <= g for g in told), told
