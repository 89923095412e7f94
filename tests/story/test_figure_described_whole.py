"""Issue #10: a part of a counted whole that a participle describes (``Four of the six people
arrested on Monday have been charged``) is some of the arrested, not a count of arrests: read
as a total of the participle's measure it stood against other outlets' count of the whole
as a rival. The participle is told from the part's own past verb (``Three of the four
skiers died``) by a finite verb later in its clause or a preposition before the part.
Invented sentences, not the story sets'."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


def _roles(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-01T10:00"}))
    return {f.ref.text: (f.measure, f.role) for f in article_figures(analysis) if f.ref is not None}


def test_a_part_of_the_arrested_is_no_count_of_arrests(pipeline: Pipeline) -> None:
    roles = _roles(pipeline, "Four of the six people arrested on Monday over the robbery of a jeweller "
                             "have been charged with theft, prosecutors said.")
    assert roles["Four"] == ("arrested", "part"), roles


def test_a_part_of_the_dead_with_another_verb_is_a_part(pipeline: Pipeline) -> None:
    roles = _roles(pipeline, "Three of the five climbers killed in the rockfall came from Bavaria, police said.")
    assert roles["Three"] == ("deaths", "part"), roles


def test_a_part_after_a_preposition_is_a_part(pipeline: Pipeline) -> None:
    roles = _roles(pipeline, "The lawyer was referring to one of the three port workers detained in May, "
                             "who is cooperating with police.")
    assert roles["one"][1] == "part", roles


def test_the_parts_own_past_verb_keeps_its_count(pipeline: Pipeline) -> None:
    """``died`` with no finite verb after it is what happened to the three."""
    roles = _roles(pipeline, "Three of the four skiers died in the avalanche when the slab released, police said.")
    assert roles["Three"] == ("deaths", "total"), roles


def test_a_participle_of_another_measure_leaves_the_parts_verb(pipeline: Pipeline) -> None:
    """``trapped`` describes the twelve; ``were rescued`` is said of the eight."""
    roles = _roles(pipeline, "Eight of the 12 miners trapped underground were rescued on Sunday.")
    assert roles["Eight"] == ("survivors", "total"), roles


def test_the_part_is_no_rival_of_another_outlets_arrests(pipeline: Pipeline) -> None:
    texts = ["Police arrested six people on Monday over the robbery of a jeweller in the old town.",
             "Four of the six people arrested on Monday over the robbery have been charged with theft, "
             "prosecutors said on Tuesday."]
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    arrested = [f for f in story.conflicts if f.type == "figures" and f.summary.startswith("Arrested")]
    assert not arrested, arrested
