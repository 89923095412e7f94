"""What joins two articles in `newskit stories` must be specific to one story, not the kind
of event or the days it ran: news of one kind runs in the same days (texts written for
these tests)."""

from __future__ import annotations

import pytest

from newskit import Pipeline
from newskit.stories import _names, article_features
from tests.scale.corpus import analyse

#: two floods in one week, in different countries: what they share is the kind of event
DANUBE = [
    "Flooding along the Danube forced thousands of residents from their homes in Hungary on "
    "Monday, officials said, as rescuers used boats to reach villages near Esztergom.",
    "The Danube kept rising near Esztergom, where soldiers stacked sandbags; Hungarian "
    "officials said two people were killed and rescuers evacuated a hospital.",
]
INDUS = [
    "Monsoon rains swelled the Indus and flooded dozens of villages in Sindh province, where "
    "five people were killed, Pakistan's disaster authority said on Tuesday.",
    "Troops in Sukkur built embankments as the Indus rose; the Sindh government said relief "
    "camps had taken in residents whose homes were flooded.",
]


def test_names_are_words_written_with_a_capital_where_no_sentence_starts() -> None:
    text = ("Rescuers reached Van on Monday. The quake hit Van hard, rescuers said.\n"
            "Officials in Porto Alegre said \"Power is back\" for the NASA team.")
    assert _names(text) == {"van", "monday", "porto", "alegre", "nasa"}


def test_a_date_the_window_already_tells_is_no_evidence(pipeline: Pipeline) -> None:
    (a,) = analyse(pipeline, ["Floods hit the town on June 2, 2024. The inquiry will report "
                              "on March 3, 2025."], "d", "2024-06-03")
    within = article_features(a, window_days=7)
    assert "date:20250303" in within and "date:20240602" not in within
    anywhere = article_features(a)  # no window: every full date counts
    assert {"date:20250303", "date:20240602"} <= set(anywhere)


def test_common_words_weigh_less_than_names_when_asked(pipeline: Pipeline) -> None:
    (a,) = analyse(pipeline, DANUBE[:1], "f", "2024-06-03")
    plain, light = article_features(a), article_features(a, common_word_weight=0.3)
    assert light["term:residents"] == pytest.approx(0.3 * plain["term:residents"])
    assert light["term:esztergom"] == plain["term:esztergom"]


def _cos(x: dict[str, float], y: dict[str, float]) -> float:
    dot = sum(w * y.get(f, 0.0) for f, w in x.items())
    return dot / (sum(w * w for w in x.values()) * sum(w * w for w in y.values())) ** 0.5


def test_two_stories_of_one_kind_grow_apart_when_common_words_weigh_less(pipeline: Pipeline) -> None:
    d0, d1 = analyse(pipeline, DANUBE, "d", "2024-06-03")
    i0, i1 = analyse(pipeline, INDUS, "i", "2024-06-04")

    def ratio(weight: float) -> float:
        """How much more alike articles of one flood are than articles of two floods."""
        f = {a.article.id: article_features(a, 7, weight) for a in (d0, d1, i0, i1)}
        within = (_cos(f["d0"], f["d1"]) + _cos(f["i0"], f["i1"])) / 2
        across = sum(_cos(f[x], f[y]) for x in ("d0", "d1") for y in ("i0", "i1")) / 4
        return within / across

    assert ratio(0.3) > 1.5 * ratio(1.0)
