"""Parts and sums told by their words. A count followed in its sentence by ``and N more``
of the same measure is a part of a sum the sentence leaves unstated ("Three patients died
at the scene and two more died later": five died), never a rival of the total other outlets
give; an increment of another measure ("Two people died and dozens more were hurt") leaves
the first count whole. "Bringing the total to 11" counts what the increment before it adds
to. "Five of the suspects" after a count of them is a part of it. Sentences written for
this test, not taken from the story sets."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.figures import article_figures
from tests.story.helpers import figure_roles


def test_a_count_before_more_of_its_measure_is_a_part(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Four climbers died on the glacier and three more died later in a hospital in Chamonix.")
    assert got.get("Four") == "part" and got.get("three") == "increment", got
    got = figure_roles(pipeline, "Nine people were arrested at the port and four more were arrested at a warehouse.")
    assert got.get("Nine") == "part", got


def test_more_of_another_measure_leaves_the_count_whole(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Two people died and dozens more were injured when the bridge collapsed on Sunday.")
    assert got.get("Two") == "total", got
    got = figure_roles(pipeline, "Five workers were killed in the blast, and 12 others were taken to hospital.")
    assert got.get("Five") == "total", got


def test_a_sum_told_as_the_total_takes_the_increments_measure(pipeline: Pipeline) -> None:
    text = "Three more people were arrested on Tuesday, bringing the total to 11, police said."
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-04-01T10:00"}))
    got = {f.ref.text: (f.measure, f.role) for f in article_figures(a, loose=True) if f.ref}
    assert got.get("11") == (got["Three"][0], "total") and got["Three"][1] == "increment", got


def test_a_definite_partitive_after_a_count_is_a_part_of_it(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Twelve people died in the fire on Sunday. Three of the dead were firefighters.")
    assert got.get("Twelve") == "total" and got.get("Three") == "part", got
    got = figure_roles(pipeline, "Eleven people were arrested in the raids. Five of the suspects were arrested at the port.")
    assert got.get("Eleven") == "total" and got.get("Five") == "part", got


def test_a_definite_partitive_with_no_count_before_it_stays_a_total(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Six of the miners were rescued on Monday, officials said.")
    assert got.get("Six") == "total", got
