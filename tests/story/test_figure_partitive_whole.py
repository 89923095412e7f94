"""Issue #10: a part that names its whole's count (``Thirty of the 45 passengers were
rescued``) counts what is said of it (rescued), not the whole's noun (passengers, i.e. the
people on board): read with the whole's measure, the part was set against other outlets'
counts on board as a conflict. Sentences from a ferry, a bus and a sea search: not the
story sets."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from tests.story.helpers import article_measures


def test_a_part_of_a_counted_whole_counts_its_verb(pipeline: Pipeline) -> None:
    measures = article_measures(pipeline, "Thirty of the 45 passengers were rescued by a fishing boat, "
                                          "the coast guard said.")
    assert measures.get("Thirty") == "survivors", measures


def test_a_part_of_a_counted_whole_counts_the_cue_after_its_noun(pipeline: Pipeline) -> None:
    """``on board`` names the whole; ``rescued`` after it is what is said of the part."""
    measures = article_measures(pipeline, "Eight of the 11 people on board were rescued by a passing trawler.")
    assert measures.get("Eight") == "survivors", measures


def test_a_part_of_a_counted_whole_in_a_state_counts_that_state(pipeline: Pipeline) -> None:
    measures = article_measures(pipeline, "Six of the 21 passengers remain missing, the navy said.")
    assert measures.get("Six") == "missing", measures


def test_a_part_without_its_whole_count_still_counts_its_verb(pipeline: Pipeline) -> None:
    """The rule the counted whole joins: ``Thirty of the passengers were rescued``."""
    measures = article_measures(pipeline, "Thirty of the passengers were rescued by a fishing boat.")
    assert measures.get("Thirty") == "survivors", measures


def test_a_count_on_board_alone_keeps_its_measure(pipeline: Pipeline) -> None:
    measures = article_measures(pipeline, "The bus was carrying 45 passengers when it overturned, police said.")
    assert measures.get("45") == "people on board", measures


def test_the_part_is_no_rival_of_other_outlets_counts_on_board(pipeline: Pipeline) -> None:
    texts = ["A ferry carrying 52 passengers sank off the island on Monday, officials said. "
             "Forty of the 52 passengers were rescued by fishermen.",
             "The ferry had 55 people on board when it capsized, police said."]
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    on_board = [f for f in story.conflicts if f.type == "figures" and f.summary.startswith("People on board")]
    assert on_board, story.conflicts
    assert all("Forty" not in f.summary for f in on_board), on_board
