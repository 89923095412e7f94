"""Session 46: two amounts one sentence sets against each other as rival readings of one
measure (``figure_rival.told_against``, ``figure_model.told_rivals``). Outlets that report a
dispute most often give both readings; each reading joins the other outlets that restate
it, so the two readings' groups share articles and the join's limit of no article in common
kept them apart. Invented sentences of kinds of news other than the sets measured on: a
beekeepers' count, a canal's repair bill, a choir festival, a flooded archive."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import told_against
from tests.story.helpers import joined_groups


def _against(sentence: str, earlier: str, amount: str) -> int | None:
    end = sentence.index(earlier) + len(earlier)
    return told_against(sentence, end, sentence.index(amount, end))


def test_a_comparison_that_names_the_rival_amount() -> None:
    assert _against("The beekeepers said about 1,300 hives were lost, far more than the 380 cited by the ministry.",
                    "about 1,300", "380") == 1
    assert _against("The canal trust put the bill at €2 million, well below the council's estimate of €5 million.",
                    "€2 million", "€5 million") == -1
    assert _against("Organisers say 6,500 singers took part, not the 4,000 counted by the stewards.",
                    "6,500", "4,000") == 0


def test_the_earlier_reading_an_amount_moved_on_from() -> None:
    assert _against("The trust raised its estimate of the repair bill to €3 million, up from the €2 million it gave in May.",
                    "€3 million", "€2 million") == 0
    assert _against("The trust rescued 12 from the 40 boats moored on the canal.", "12", "40") is None


def test_a_rival_s_clause_naming_its_teller() -> None:
    assert _against("The archive said about 9,000 files were damaged; the restorers said more than 14,000.",
                    "about 9,000", "more than 14,000") == 0


def test_no_comparison_or_no_teller_sets_no_rival() -> None:
    assert _against("The trust employs 20 divers, not including the 5 engineers.", "20", "5") is None
    assert _against("The beekeepers lost 300 hives in May and 120 in June.", "300", "120") is None
    assert _against("About 1,300 hives were lost, 80 in the valley, more than the 30 of last year.",
                    "About 1,300", "30") is None  # another amount stands between: the comparison is its


def test_readings_set_against_each_other_join_though_outlets_restate_both(pipeline: Pipeline) -> None:
    """Each outlet gives both readings of the flooded archive: the two readings' groups share
    every article, and the sentence that sets one against the other joins them."""
    told = joined_groups(pipeline, (
        "The archive said about 9,000 files were damaged by the flood, far fewer than the 14,000 cited by the restorers.",
        "The restorers say 14,000 files were damaged by the flood. The archive puts the number at about 9,000.",
    ))
    both = {(a, t) for a in ("a0", "a1") for t in ("about 9,000", "14,000")}
    assert any(both <= g for g in told), told


def test_amounts_of_one_sentence_with_no_comparison_stay_apart(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The archive said about 9,000 files were damaged by the flood and 14,000 were moved to a depot.",
        "About 9,000 files were damaged by the flood. Some 14,000 were moved to a depot in the hills.",
    ))
    assert not any({("a0", "about 9,000"), ("a0", "14,000")} <= g for g in told), told
