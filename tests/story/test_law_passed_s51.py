"""Session 51 (issue #10): a legislature's passage of a law is one act whichever verb an
outlet tells it by: "approved a law", "passed the bill", "adopted the law", "the law's
enactment" (one trigger family in ``coref.json``). Articles invented for the tests."""

from __future__ import annotations

from newskit import analyze
from newskit.story import build_story
from tests.story.helpers import titled_articles


def test_approved_passed_and_adopted_are_one_passage() -> None:
    arts = [
        ("Assembly approves water fund",
         "ORVANA - The National Assembly late on Thursday approved a law creating a fund for the "
         "country's water network, after a debate of nine hours.\nThe remaining members were "
         "absent, the clerk said."),
        ("Recount: 42 votes for water law",
         "The official record of Thursday's vote on the water fund shows that 42 members voted in "
         "favour, two more than the chamber was told, the clerk said on Friday.\nThe law, passed "
         "after a long debate, now goes to the president."),
        ("Orvana water fund: what the law does",
         "Orvana's parliament adopted a law on Thursday that sets up a fund for the water network. "
         "Here is what it means.\nThe opposition voted against the law."),
    ]
    story = build_story([analyze(a) for a in titled_articles([("2026-04-09T20:00", t, x) for t, x in arts])])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert {"approved", "passed", "adopted"} <= words, words
