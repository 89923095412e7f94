"""Session 49: a second teller's reading in the next sentence given by a verb of reading with
``at`` whose object names the measure anew in a word the earlier amount was told with
(``Unions said 12,000 dockers had walked out. The port operator put the number of dockers
on strike at about 7,500.``: ``figure_rival.read_at_object``, joined by
``figure_model.told_again_rivals``). A measure named anew in words the earlier amount was
not told with (``put the number of damaged schools at 30`` after ``flattened 120 homes``) is
another measure. Invented sentences: a march, an orchard frost, a storm's damage."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import read_at_object
from tests.story.helpers import joined_groups


def _object(sentence: str, amount: str) -> str | None:
    return read_at_object(sentence, sentence.index(amount))


def test_the_object_of_a_verb_of_reading_with_at() -> None:
    assert _object("The port operator put the number of dockers on strike at about 7,500.", "about 7,500") == \
        "the number of dockers on strike"
    assert _object("The insurer puts the repair bill at $2 million.", "$2 million") == "the repair bill"
    assert _object("The damage was estimated at $2 million.", "$2 million") is None
    assert _object("The union said 7,500 dockers stayed out.", "7,500") is None


def test_a_reading_of_the_measure_named_anew_joins_the_count_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "Organisers said 40,000 marchers filled the avenue on Saturday. "
        "City police put the number of marchers at about 15,000.",
        "Police said about 15,000 people took part in the march.",
    ))
    assert any({("a0", "40,000"), ("a0", "about 15,000"), ("a1", "about 15,000")} <= g for g in told), told


def test_a_reading_of_the_measure_named_by_its_counted_noun_joins_the_count_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "Growers said frost had destroyed 9,000 hectares of orchards in the valley. "
        "The farm ministry put the damaged orchards at about 4,000 hectares.",
        "The farm ministry said about 4,000 hectares of orchards were damaged by frost.",
    ))
    assert any({("a0", "9,000 hectares"), ("a0", "about 4,000 hectares"), ("a1", "about 4,000 hectares")} <= g
               for g in told), told


def test_a_reading_of_another_measure_joins_nothing_before(pipeline: Pipeline) -> None:
    told = joined_groups(pipeline, (
        "The storm flattened 120 homes in the district on Sunday. "
        "The council put the number of damaged schools at 30.",
        "The council said 30 schools were damaged by the storm.",
    ))
    assert not any({("a0", "120"), ("a0", "30")} <= g for g in told), told
