"""Session 52: a currency sign that opens with a letter (``R`` for the rand, ``E`` for the
lilangeni, ``RM`` for the ringgit) was read by the events plugin's money scan even as the last
letters of a word before a number: in ``Output ROSE 5% in May`` the figure began at the ``E``
of ``ROSE``, so the change word no longer stood right before its amount and was not read as
a change. Such a sign starts a word. Sentences written for this test."""

from __future__ import annotations

from newskit_events.amounts import amount_changes
from newskit_events.figures import figures


def test_a_word_s_last_letter_is_no_sign() -> None:
    text = "Output ROSE 5% in May, and costs went OVER 20% of sales."
    assert figures(text).spans == ((text.index("5%"), text.index("5%") + 2),
                                   (text.index("20%"), text.index("20%") + 3))


def test_a_sign_that_starts_a_word_is_read() -> None:
    text = "The county set aside KSh 40 million and USD 5 million more."
    starts = {s for s, _e in figures(text).spans}
    assert {text.index("KSh"), text.index("USD")} <= starts


def test_a_capitalised_change_word_before_a_percent_is_a_change() -> None:
    text = "Water bills ROSE 7% in March."
    assert [form for _s, _e, form, *_ in amount_changes(text, [])] == ["rose"]
