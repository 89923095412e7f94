"""Session 64 (issue #10): the subject of a verb of occurring names the happening only when
it can happen (``a fire swept through the market``); a party, a union or a council that
``swept`` an election acted (``her Green Dawn party swept Sunday's election``). Read as the
happening, every ``party`` of the story joined the central event and named it. Invented
articles of a regional election."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story

_TEXTS = (
    "Elena Dobreva pledged on Monday to cut bus fares after her Green Dawn party swept Sunday's regional "
    "election in Varna province, winning 31 of the 50 seats. The party's campaign chief, Ivo Marek, said "
    "the party would govern alone.",
    "Green Dawn won Sunday's regional election in Varna province, taking 31 seats, official results showed. "
    "The ruling party came second with 12 seats. Turnout was 48 percent.",
    "Voters in Varna province handed Green Dawn a landslide in Sunday's regional election. The party "
    "won 31 seats, the election board said.",
)


def test_a_party_that_swept_an_election_is_no_mention_of_it(pipeline: Pipeline) -> None:
    arts = [Article.from_dict({"id": f"v{i}", "text": t, "published": "2026-04-13T09:00", "source": f"Outlet {i}"})
            for i, t in enumerate(_TEXTS)]
    story = build_story([pipeline.run(a) for a in arts])
    central = story.events[0]
    words = {m.text.lower() for m in central.mentions}
    assert "party" not in words, words
    assert {"won", "election"} & words, words
