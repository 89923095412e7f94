"""Units that are no happening (issue #10, session 50, helper precision): a word the story
learns as an event word, or a lead frame, that names a thing, a place or a state joins
every mention of that word to the central event, and a user reads them as its evidence.

The sentences are invented, of other kinds of news than the stories the errors were seen in."""

from __future__ import annotations

from newskit import Analysis, Article, Pipeline
from newskit.story.frames import _nominal, frame_groups
from newskit.story.learned import frame_heads
from newskit.story.predicate import base, is_excluded_stem, noun_only_stems


def _heads(text: str) -> list[str]:
    return [w for w, _, _ in frame_heads(text)]


def _run(pipeline: Pipeline, *rows: tuple[str, str]) -> list[Analysis]:
    return [pipeline.run(Article.from_dict({"id": f"p{n}", "published": "2026-05-04", "title": t, "text": x}))
            for n, (t, x) in enumerate(rows)]


def test_a_phrase_that_goes_on_past_an_amount_has_no_head_before_it() -> None:
    """"after a category 4 cyclone": the phrase's head is after the number, not "category"."""
    assert _heads("Power failed across the islands after a category 4 cyclone made landfall.") == []
    assert _heads("Schools closed after a magnitude 5.9 tremor on Sunday.") == []
    assert _heads("Schools closed after the tremor on Sunday.") == ["tremor"]


def test_before_a_post_or_a_body_is_a_place_not_a_time() -> None:
    """One appears before a judge, a court, a committee: no happening is a post or a body."""
    assert _heads("The two deckhands will appear before a magistrate in Suva.") == []
    assert _heads("The brothers were brought before the tribunal on Monday.") == []
    assert _heads("The minister testified before the committee for three hours.") == []
    assert _heads("Both coaches spoke before the final in Lyon.") == ["final"]


def test_affect_tells_what_a_happening_touched_never_an_act(pipeline: Pipeline) -> None:
    """"The outage affected 9,000 homes" / "9,000 homes were affected": the outage is the
    news, and "affected" joins no frame of its theme."""
    assert is_excluded_stem(base("affected"))
    analyses = _run(pipeline,
                    ("Outage hits Tartu", "A substation fault affected 9,000 homes in Tartu on Sunday."),
                    ("Tartu blackout", "About 9,000 homes were affected by a blackout in Tartu on Sunday."))
    assert not any(f.word == "affected" for g in frame_groups(analyses) for f in g)


MINE = (
    ("Rockfall at Karoo gold mine", "Nine workers were hurt in a rockfall at the Karoo gold mine on Monday.\n"
     "The gold mining sector employs 90,000 people in the province."),
    ("Karoo gold mine rockfall", "A rockfall at the Karoo gold mine injured nine workers on Monday.\n"
     "Rescuers reached the last of them by noon."),
)


def test_a_noun_the_story_inflects_only_by_a_noun_in_ing_is_a_thing(pipeline: Pipeline) -> None:
    """"the gold mining sector" makes no verb of "mine": "the Karoo gold mine" is a place,
    not an act on gold; "mined" would make one."""
    analyses = _run(pipeline, *MINE)
    assert base("mine") in noun_only_stems(analyses)
    assert not any(f.word == "mine" for g in frame_groups(analyses) for f in g)
    mined = _run(pipeline, MINE[0], ("Karoo gold mine rockfall", "The section where gold was mined caved in."))
    assert base("mine") not in noun_only_stems(mined)


def test_a_noun_in_ing_itself_keeps_its_compound() -> None:
    """"the mass nesting": the -ing noun may itself name the happening; only another form of
    its stem ("mine" beside "mining") is read as a thing."""
    toks = [("the", 0, 3, False), ("mass", 4, 8, False), ("nesting", 9, 16, False), (".", 16, 17, False)]
    assert _nominal(toks, 2, frozenset(), frozenset({"nest"}), frozenset({"nest"}), frozenset({"nest"})) == "mass"
    toks = [("the", 0, 3, False), ("gold", 4, 8, False), ("mine", 9, 13, False), (".", 13, 14, False)]
    assert _nominal(toks, 2, frozenset(), frozenset({"min"}), frozenset({"min"}), frozenset({"min"})) is None
    assert _nominal(toks, 2, frozenset(), frozenset({"min"}), frozenset({"min"})) == "gold"
