"""Session 48: more ways a sentence gives a second teller's reading of the measure the
sentence before it counted (``figure_rival.told_again``, joined by
``figure_model.told_again_rivals``): an indefinite count of the teller's own (``gave a lower
figure of 310``, ``has cited a figure of up to 900``), a count named as someone's with a
copula (``The regulator's figure is 4,200.``), a reading set near a value rather than at it
(``puts the number closer to 75``), a teller holding to how many there were (``insists
there were 40``) and a copula with a hedge (``the true figure is likely to be``). Invented
sentences: a trawler's cut nets, a ferry's passengers, a clinic's patients."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import told_again
from tests.story.helpers import joined_groups


def _again(sentence: str, amount: str) -> bool:
    start = sentence.index(amount)
    return told_again(sentence, start, start + len(amount))


def test_an_indefinite_count_of_the_tellers_own() -> None:
    assert _again("The ferry operator gave a lower figure of 310 on Monday evening.", "310")
    assert _again("Residents have cited a figure of up to 900, counting the evening sailings.", "up to 900")
    assert _again("Harbour officials had earlier given a figure of about 60.", "about 60")


def test_a_count_named_as_someones_with_a_copula() -> None:
    assert _again("The regulator's figure is 4,200, because it counts only registered boats.", "4,200")
    assert _again("The clinic's own count was 75.", "75")


def test_a_reading_set_near_a_value() -> None:
    assert _again("The hospital puts the number closer to 75, citing its admission records.", "75")
    assert _again("The fishermen's union put it nearer 500 on Tuesday.", "500")


def test_a_teller_holding_to_how_many_there_were() -> None:
    assert _again("The trawler's owner insists there were 40, and says the nets were abandoned.", "40")
    assert _again("The airline maintains that there were only 212 on board.", "only 212")


def test_a_copula_with_a_hedge() -> None:
    assert _again("Campaigners say the true figure is likely to be at least $40 million.", "at least $40 million")


def test_a_count_or_a_measure_named_anew_is_no_anaphor() -> None:
    assert not _again("The sports ministry gave a grant of 15,000 euros to the club.", "15,000 euros")
    assert not _again("The clinic's number of beds is 75.", "75")
    assert not _again("The operator said there were 12 crew members on board.", "12")


def test_a_teller_holding_to_its_count_joins_the_count_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "Fishermen say about 300 nets were cut by the trawler. "
        "The trawler's owner insists there were 40, and denies that the crew acted deliberately.",
        "The owner of the trawler said 40 nets had been damaged.",
    ))
    assert any({("a0", "about 300"), ("a0", "40")} <= g for g in told), told


def test_an_indefinite_count_of_the_tellers_own_joins_the_count_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The ferry company said 1,400 bookings were cancelled after the strike. "
        "The travel agents' association gave a higher figure of 2,100.",
        "The travel agents' association said 2,100 bookings had been cancelled because of the strike.",
    ))
    assert any({("a0", "1,400"), ("a0", "2,100"), ("a1", "2,100")} <= g for g in told), told
