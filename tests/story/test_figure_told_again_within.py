"""Session 49: a second teller's reading named by an anaphor in the clause after a rival's
break of the same sentence (``; critics say the true figure is``, ``, while the union puts
the figure at``, ``, though auditors put it at``: ``figure_rival.told_again_after``,
joined by ``figure_model.told_again_within``). Such a sentence is often read as one claim,
so both amounts are credited to its first teller and the join's two named tellers
(``rival_readings``) never hold; the anaphor says the second amount is the first's measure.
Invented sentences: a bridge's repair bill, a factory walk-out, a lake's fish kill."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import told_again_after
from tests.story.helpers import joined_groups


def _after(sentence: str, earlier: str, amount: str) -> bool:
    return told_again_after(sentence, sentence.index(earlier) + len(earlier), sentence.index(amount))


def test_an_anaphor_after_a_break_names_the_earlier_measure() -> None:
    assert _after("The ministry says the repairs will cost $18 million; auditors say the true figure is "
                  "nearly $30 million.", "$18 million", "nearly $30 million")
    assert _after("Unions say 2,300 staff have walked out, while the operator puts the figure at fewer than 900.",
                  "2,300", "fewer than 900")
    assert _after("The county valued the bridge at $4 million, though an independent survey put it at $6 million.",
                  "$4 million", "$6 million")
    assert _after("Anglers counted 700 dead fish along the shore, although the water board has put the number "
                  "at about 250.", "700", "about 250")


def test_no_break_or_a_bare_reading_names_no_earlier_measure() -> None:
    # "and that" coordinates a second report: its anaphor may point past the nearest amount
    assert not _after("The engineer said the scanner had logged at least nine trucks that never crossed, and that "
                      "the true tally was 412.", "nine", "412")
    # a bare telling names no measure
    assert not _after("The mayor said 120 homes were flooded; residents spoke of 300.", "120", "300")
    # the anaphor reaches back over the earlier amount
    assert not _after("Police put it at one of 30 sites, while the council said 30.", "one", "30")


def test_a_second_reading_after_a_break_joins_the_first_though_one_teller_is_credited(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The transport ministry says repairs to the Ostrava bridge will cost $18 million; engineers who inspected "
        "it say the true figure is nearly $30 million.",
        "Engineers who inspected the Ostrava bridge said repairs would cost nearly $30 million.",
        "The transport ministry said repairs to the Ostrava bridge would cost $18 million.",
    ))
    assert any({("a0", "$18 million"), ("a0", "nearly $30 million"), ("a1", "nearly $30 million")} <= g
               for g in told), told
