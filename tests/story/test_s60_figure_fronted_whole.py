"""Session 60 (helper background): a fronted partitive (``Of the 41 children on the bus, 38
...``, ``Of his 12 goals this season, seven ...``) names the whole of the part after its
comma, so another outlet's amount of the part's value tells that part, no rival reading of
the whole (``figure_whole.fronted_parts``); a possessive determiner opens such a phrase as
the article does (``figures.json`` ``fronted_partitives``). Invented sentences: a bus
crash, a striker's goals, a director's films."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import amounts, figure_conflicts, figure_roles


def test_a_possessive_opens_a_fronted_partitive(pipeline: Pipeline) -> None:
    """Fails without ``of his``/``of her`` in ``fronted_partitives``: the part was a total."""
    assert figure_roles(pipeline, "Of his 12 goals this season, seven have come since the start of March."
                        ).get("seven") == "part"
    assert figure_roles(pipeline, "Of her 30 films, 12 were shot abroad, the festival said.").get("12") == "part"


def test_another_outlets_part_is_no_reading_of_the_whole(pipeline: Pipeline) -> None:
    """Fails without ``fronted_parts``: each pair was one count told two ways (``41`` vs
    ``38`` updated, ``12`` vs ``seven`` conflicting)."""
    for texts in (["Of the 41 children on the bus, 38 were from the northern villages, police said.",
                   "Police said 38 children were from the northern villages."],
                  ["Of his 12 goals this season, seven have come since the start of March.",
                   "Since March, Okafor has seven goals in all competitions."]):
        got = figure_conflicts(pipeline, texts)
        assert not got, [f.summary for f in got]


def test_the_whole_still_meets_its_rival_readings(pipeline: Pipeline) -> None:
    """The whole's own readings are still compared: ``41`` dead against another outlet's
    ``45``, the part told by a third apart from them."""
    got = [amounts(f) for f in figure_conflicts(pipeline, [
        "Of the 41 people killed in the crash, 30 were from the capital, police said.",
        "The crash killed 45 people, officials said on Monday.",
        "Officials said 30 people from the capital were killed in the crash."])]
    assert any({"41", "45"} <= a for a in got), got
    assert not any({"41", "30"} <= a or {"45", "30"} <= a for a in got), got


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["his", "her", "the"]), st.sampled_from([(12, "seven"), (20, "nine"), (15, "six")]))
def test_any_fronted_part_told_again_splits_from_its_whole(pipeline: Pipeline, det: str,
                                                          counts: tuple[int, str]) -> None:
    whole, part = counts
    got = figure_conflicts(pipeline, [f"Of {det} {whole} goals this season, {part} have come since the start of March.",
                                      f"Since March, Okafor has {part} goals in all competitions."])
    assert not any({str(whole), part} <= amounts(f) for f in got), [f.summary for f in got]
