"""Issue #10: what a count measures and whether it is a total. A count a pronoun makes a
part (``Fourteen of them fell``) is a part of a whole of another measure, and the total of
its own measure when the article gives none; right after its whole in one sentence (``two
of them seriously``) it stays a part. A cue in the plural names its measure (``taken to
hospitals``). Sentences from a stand collapse at a race track, a mine, a prison riot and a
school's food poisoning: not the story sets."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-04-02T10:00"}))
    return {f.ref.text: f.role for f in article_figures(a) if f.ref}


def test_a_pronoun_part_opening_its_sentence_counts_its_own_measure(pipeline: Pipeline) -> None:
    roles = _roles(pipeline, "About forty spectators were standing on the temporary stand when it gave way. "
                             "Fourteen of them fell onto the track, the organisers said.")
    assert roles.get("Fourteen") == "total", roles


def test_a_pronoun_part_beside_its_whole_stays_a_part(pipeline: Pipeline) -> None:
    roles = _roles(pipeline, "Twenty-three guards were injured in the riot, three of them seriously, "
                             "the prison service said.")
    assert roles.get("three") == "part", roles


def test_a_pronoun_part_of_a_measure_the_article_counts_stays_a_part(pipeline: Pipeline) -> None:
    roles = _roles(pipeline, "Twelve miners died in the blast, the company said. "
                             "Five of them died in hospital, officials said.")
    assert roles.get("Five") == "part", roles


def test_a_cue_in_the_plural_names_its_measure(pipeline: Pipeline) -> None:
    """``taken to hospitals`` is the cue ``taken to hospital``: a school's food poisoning."""
    from tests.story.helpers import article_measures

    measures = article_measures(pipeline, "Thirty pupils were taken to hospitals in Leeds and Bradford after "
                                          "the school lunch, the council said.")
    assert measures.get("Thirty") == "hospitalised", measures


def test_a_lone_increment_with_a_part_of_its_own_is_its_measures_count(pipeline: Pipeline) -> None:
    """``Another 12 passengers were taken to hospital, two of them ...``: the part is of the
    twelve, no other count of the hospitalised, so the twelve are the count (a train
    derailment beside its dead)."""
    roles = _roles(pipeline, "Three passengers died when the train derailed near the station. Another 12 "
                             "passengers were taken to hospital, two of them in a serious condition, the rail "
                             "operator said.")
    assert roles.get("12") == "total", roles
