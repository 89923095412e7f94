"""Session 48 (issue #10): a rocket that "lifted off" and its "liftoff" are the launch the
story leads with (four sets of satellite stories left them apart: a movement with no tie to
the announcement of a launch). Articles invented for the test."""

from __future__ import annotations

from newskit import Article, analyze
from newskit.story import build_story


def _article(i: int, text: str) -> Article:
    return Article.from_dict({"id": f"s{i}", "text": text, "source": f"Outlet {i}",
                              "published": "2026-03-08T09:00"})


def test_the_liftoff_is_the_launch() -> None:
    texts = [
        "Kestrel-2, a weather satellite built by Norvale Space, was launched on Saturday from a "
        "base in New Zealand. The rocket lifted off at 10:52 a.m. local time, the company said.",
        "Norvale Space launched its Kestrel-2 satellite on Saturday. Liftoff had been delayed by "
        "a day because of high winds, the company said.",
        "The launch of Kestrel-2 on Saturday went smoothly, Norvale Space said. The satellite "
        "separated from the rocket an hour after it lifted off.",
    ]
    story = build_story([analyze(_article(i, t)) for i, t in enumerate(texts)])
    central = story.events[0]
    words = {m.text.lower() for m in central.mentions}
    assert {"launched", "lifted off", "liftoff"} <= words, words
