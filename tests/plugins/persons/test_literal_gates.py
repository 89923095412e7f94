"""Literal tests in front of the persons plugin's small patterns (issue #11): each pattern
is tried only where the text holds what every match of it opens or ends with, so a gate
may skip a pattern call but never change an answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons import context, lineups, results, titles
from newskit_persons.detect import detect as detect_names

# commas, shirt numbers, dashes, articles, ages and words: the pieces these patterns read
_PIECES = [" ", ",", " , ", "-", " - ", "12", "7", "a", "an", "the", "climber", "Australian",
           "\u00a0", "\n", ".", "(", ")", "Hardy", "'", "49", ";"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_a_numbered_line_up_gap_always_ends_in_a_dash(gap: str) -> None:
    if lineups.NUMBERED_ITEM.fullmatch(gap) is not None:
        assert gap.endswith(" - ")


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=4))
def test_an_apposition_after_a_name_always_opens_with_a_comma(text: str, end: int) -> None:
    if context.APPOSITION.match(text, end) is not None:
        assert text.startswith((", ", " , "), end)
    if titles._APPOS.match(text, end) is not None:
        assert text.startswith(",", end)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_a_line_without_brackets_is_its_own_mask(line: str) -> None:
    if "(" not in line:
        assert results._PARENS.sub(lambda m: " " * len(m.group()), line) == line


def test_gated_readings_still_find_what_they_read() -> None:
    # a numbered rugby line-up, an age in apposition and a role in apposition
    lineup = ("Leinster : 15 - Rob Kearney , 14 - Shane Horgan , 13 - Brian O'Driscoll , "
              "12 - Gordon D'Arcy , 11 - Luke Fitzgerald .")
    assert [c.surface for c in detect_names(lineup)] == [
        "Rob Kearney", "Shane Horgan", "Brian O'Driscoll", "Gordon D'Arcy", "Luke Fitzgerald"]
    text = "The yacht was skippered by Ellen Tavistock, 49, a sailmaker from Cowes."
    got = detect_names(text)
    assert [c.surface for c in got] == ["Ellen Tavistock"]
    assert titles.appositive("Maria Oduya, spokeswoman for Brightwater, said.", len("Maria Oduya")) == (
        "spokeswoman for Brightwater", "Brightwater")
    assert titles.appositive("Maria Oduya said.", len("Maria Oduya")) == (None, None)
