"""Session 48 (issue #10): the place an event happened is its place, not one of those it
involves ("What happened: avalanche, involving Larkya La, in Larkya La"). Articles invented."""

from __future__ import annotations

from newskit import Article, analyze
from newskit.story import build_story


def test_the_place_is_no_participant() -> None:
    texts = [
        "An avalanche struck a group of trekkers near the Pelmo La on Tuesday, police said. "
        "The avalanche hit below the Pelmo La, a pass at 5,100 metres.",
        "Rescuers dug out four trekkers after the avalanche near the Pelmo La on Tuesday.",
        "As the bodies of six people killed in Tuesday's avalanche near the Pelmo La began "
        "arriving in the capital, guides asked why the group set off.",
    ]
    arts = [Article.from_dict({"id": f"p{i}", "text": t, "source": f"Outlet {i}",
                               "published": "2026-10-14T08:00"}) for i, t in enumerate(texts)]
    central = build_story([analyze(a) for a in arts]).events[0]
    assert central.where and central.where not in central.who, (central.where, central.who)
