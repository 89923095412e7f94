"""A rise, a cut and a freeze of an amount are three happenings, as an arrest and a verdict
are two steps of one case (``steps`` in triggers.json): a freeze told by its bare noun never
folds into the rise it prevents, and so never takes that rise's date. Sentences of kinds of
news the story sets do not hold (water bills, tuition, ferry fares)."""

from __future__ import annotations

from newskit import Article, Pipeline


def _events(text: str, published: str = "2026-03-04") -> list[tuple[str, str | None, list[str]]]:
    a = Article.from_dict({"id": "t", "text": text, "published": published})
    return [(e.type, e.when, [m.text for m in e.mentions]) for e in Pipeline.build().run(a).events]


def test_a_freeze_is_no_mention_of_the_rise_it_prevents() -> None:
    evs = _events("The island council voted on Wednesday to freeze ferry fares for two years. "
                  "Without the freeze, fares would rise by 6 percent next year, the operator said.")
    changes = [(when, words) for kind, when, words in evs if kind == "change"]
    assert ["rise"] in [w for _, w in changes]
    freeze = [when for when, words in changes if "freeze" in words]
    assert freeze and all(w is None or not w.startswith("2027") for w in freeze)
    assert not any("freeze" in words and "rise" in words for _, words in changes)


def test_a_cut_and_a_later_rise_stay_apart() -> None:
    evs = _events("The water company cut bills by 4 percent in March. "
                  "The cut will be followed by a rise of 9 percent in 2028, the regulator said.")
    assert not any({"cut", "rise"} <= set(words) for _, _, words in evs)


def test_one_rise_told_twice_is_one_event() -> None:
    evs = _events("The university raised tuition fees by 12 percent on Monday. "
                  "The increase angered students, who marched on the rector's office.")
    assert any({"raised", "increase"} <= set(words) for kind, _, words in evs if kind == "change")
