"""Session 49: a measure named anew as the true one (``the real budget was``, ``put the
true cost of the repairs at``: ``told_again_qualifiers``) gives a second teller's reading of
the measure counted just before (``figure_rival.told_again``, joined by
``figure_model.told_again_rivals`` and ``told_again_within``), as ``the true figure is``
does. Invented sentences: a festival's budget, a ferry's repairs, a reservoir's leak."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import told_again
from tests.story.helpers import joined_groups


def _again(sentence: str, amount: str) -> bool:
    start = sentence.index(amount)
    return told_again(sentence, start, start + len(amount))


def test_a_measure_named_anew_as_the_true_one() -> None:
    assert _again("The organisers said the real budget was 3.4 million kroner.", "3.4 million kroner")
    assert _again("Engineers have put the true cost of the ferry repairs at $7 million.", "$7 million")
    assert _again("Residents say the actual loss of water was closer to 90,000 litres a day.", "90,000 litres")


def test_a_measure_named_anew_without_a_qualifier_is_none() -> None:
    assert not _again("The organisers said the festival budget was 3.4 million kroner.", "3.4 million kroner")
    assert not _again("Engineers have put the cost of the ferry repairs at $7 million.", "$7 million")
    assert not _again("The true owners of the ferry paid $7 million.", "$7 million")


def test_the_true_one_joins_the_count_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The city council said the summer festival had cost 2.1 million kroner. "
        "The festival's organisers said the real budget was 3.4 million kroner.",
        "The organisers of the summer festival said it had cost 3.4 million kroner.",
    ))
    assert any({("a0", "2.1 million kroner"), ("a0", "3.4 million kroner"), ("a1", "3.4 million kroner")} <= g
               for g in told), told
