"""Session 47: a sentence that gives a second teller's reading of the measure the sentence
before it counted, naming it only by an anaphor (``figure_rival.told_again``,
``figure_model.told_again_rivals``): ``The company puts the figure at 180.`` Outlets that
report a dispute most often tell it so, both readings in one article, each reading joined to
the other outlets that restate it; the join's limit of no article in common kept the two
apart. Invented sentences of kinds of news other than the sets measured on: a vineyard's
lost vines, a toll bridge's queue, a museum's stolen coins."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import told_again
from tests.story.helpers import joined_groups


def _again(sentence: str, amount: str) -> bool:
    start = sentence.index(amount)
    return told_again(sentence, start, start + len(amount))


def test_an_anaphor_for_the_measure_tells_a_second_reading() -> None:
    assert _again("The estate puts the figure at 180.", "180")
    assert _again("The growers' union insists it was more than 4,000.", "more than 4,000")
    assert _again("The estate says the true number is closer to 900, because young vines were replanted.", "900")
    assert _again("The bridge company has stood by its figure of 40 minutes.", "40 minutes")
    assert _again("The museum's insurer put it at closer to €2 million on Friday.", "€2 million")


def test_a_bare_reading_ending_the_sentence() -> None:
    assert _again("Management says 1,150.", "1,150")
    assert _again("The curators had spoken of at least 14.", "at least 14")
    assert not _again("The curators said 14 coins were taken.", "14")


def test_a_measure_named_anew_is_no_anaphor() -> None:
    assert not _again("Police had earlier put the number of injured at 28.", "28")
    assert not _again("The estate put its estimate of the damage at 40.", "40")


def test_the_second_reading_joins_the_first_though_one_article_tells_both(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The growers' union says about 9,000 vines were destroyed by the hail. The estate puts the figure at 2,500.",
        "The estate said 2,500 vines had been destroyed by Sunday's hail.",
    ))
    assert any({("a0", "about 9,000"), ("a0", "2,500"), ("a1", "2,500")} <= g for g in told), told


def test_an_anaphor_after_an_amount_of_its_own_sentence_points_there(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The hail destroyed about 9,000 vines. The union put the damage at €2 million, while the estate put it at 1,200.",
        "The estate said the hail had destroyed about 9,000 vines on Sunday.",
    ))
    assert not any({("a0", "about 9,000"), ("a0", "1,200")} <= g for g in told), told
