"""Session 51 (issue #10): a service, a plant or a line inaugurated is the one launched:
"inaugurated" and "launched" are one trigger family in ``coref.json`` (the events plugin
reads "inaugurate" as a political act, which kept a ferry service's inauguration apart from
its launch). Articles invented for the tests."""

from __future__ import annotations

from newskit import analyze
from newskit.story import build_story
from tests.story.helpers import titled_articles


def test_an_inaugurated_service_is_the_one_launched() -> None:
    arts = [
        ("Ferry link to Ile Verte opens",
         "Merida Lines launched its ferry service between Port Salin and Ile Verte on Monday, the "
         "first regular link in a decade.\nThe launch drew hundreds of islanders to the quay."),
        ("Minister opens island ferry",
         "Islanders cheered as the new ferry service, inaugurated on Monday by the transport "
         "minister, docked at Ile Verte.\nThe inauguration was delayed by an hour by strong winds."),
        ("Ile Verte gets its ferry back",
         "The transport minister on Monday inaugurated a ferry service to Ile Verte run by Merida "
         "Lines.\nTickets cost 12 dollars each way."),
    ]
    story = build_story([analyze(a) for a in titled_articles([("2026-06-02T18:00", t, x) for t, x in arts])])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert {"launched", "launch", "inaugurated", "inauguration"} <= words, words
