"""Session 64 (issue #10): how far a count has gone (``With 97 percent of ballots
counted``, ``after counting 99 percent of ballots``) is a measure of its own, never a
party's share of the vote: read as a vote share it took the place of the winner's share
in its sentence (one amount a sentence a teller). Invented election reports."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def _groups(pipeline: Pipeline, *texts: str) -> dict[str, list[str]]:
    arts = [Article.from_dict({"id": f"e{i}", "text": t, "published": f"2026-11-0{i + 2}T08:00",
                               "source": f"Outlet {i}", "title": "t"})
            for i, t in enumerate(texts)]
    story = build_story([pipeline.run(a) for a in arts])
    return {c.measure or "": [f.ref.text for f in c.figures if f.ref] for c in story.conflicts if c.type == "figures"}


def test_the_count_s_progress_is_not_the_vote_share(pipeline: Pipeline) -> None:
    got = _groups(
        pipeline,
        "With 96 percent of ballots counted, the Harbour Party had 38.5 percent of the vote, the election "
        "office said on Monday.",
        "The Harbour Party won 38 percent of the vote, the election office said after counting 99 percent "
        "of ballots.",
        "Final results gave the Harbour Party 38.9 percent of the vote.",
    )
    share = got.get("vote share", [])
    assert "38.5 percent" in share and not {"96 percent", "99 percent"} & set(share), got
