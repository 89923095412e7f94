"""Session 59 (issue #10): "the opening of the bridge" and "the opening ceremony" tell the
opening of a built thing (a bridge's, a dam's or a plant's central word in outlets that
name the day by its ceremony: "told the opening ceremony that ..."); "opening" before any
other word (an opening bid, the opening match, opening hours) tells no happening. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize("text", [
    "Thousands of residents attended the opening of the Kestrel Bay bridge on Saturday.",
    "The transport minister told the opening ceremony that the dam would water 40,000 hectares.",
    "Farmers who spoke at the opening ceremonies said the canal came ten years late.",
])
def test_the_opening_of_a_built_thing_is_a_happening(text: str) -> None:
    assert "opening" in _kinds(text)


@pytest.mark.parametrize("text", [
    "The museum extended its opening hours for the summer.",
    "Harbour City lost the opening match of the season 2-0.",
    "The rival group made an opening bid of $40 a share.",
])
def test_opening_before_another_word_is_none(text: str) -> None:
    assert "opening" not in _kinds(text)
