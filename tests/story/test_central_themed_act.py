"""What befalls a process the leads name is the news (story/frames.py ``themed_acts``):
outlets that write "pay talks collapse" and "the talks failed" tell the failure, not the
talks, while outlets that write "leaders condemned the bombing" tell a reaction to the news.

The stories are invented, of other kinds of news than the sets measured (fishing quotas):
a rail pay negotiation, a merger negotiation, a market bombing."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def _arts(*rows: tuple[str, str]) -> list[Article]:
    return [Article.from_dict({"id": f"t{n}", "published": f"2026-05-{12 + n:02d}", "title": t, "text": x})
            for n, (t, x) in enumerate(rows)]


RAIL = (
    ("Rail pay talks collapse over pension demands",
     "Pay talks between the rail union TSU and the operator Nordbahn have collapsed without a deal, leaving "
     "commuters facing a strike next month.\nThe negotiations in Hamburg broke down on Monday evening after "
     "nine hours, with both sides blaming the other."),
    ("Nordbahn chief: union asked too much",
     "Nordbahn's chief executive has rejected union claims that the operator caused the breakdown of the pay "
     "negotiations, saying the TSU demanded a 14% rise.\nThe company had offered 6% over two years."),
    ("Union and Nordbahn trade blame after rail pay talks fail",
     "The rail union TSU and Nordbahn traded accusations on Tuesday after pay talks ended without agreement, "
     "raising the prospect of a strike.\nThe union has 38,000 members at the operator."),
    ("Commuters brace for strikes after Hamburg talks fail",
     "Commuter groups warned of a 'lost winter' after the collapse of the pay talks, as the union prepared a "
     "strike ballot.\nThe failure in Hamburg on Monday leaves 1.2 million daily riders exposed."),
)

BOMBING = (
    ("Bombing at Kandor market kills 12",
     "A bombing at a crowded market in Kandor killed 12 people on Friday morning, police said.\n"
     "Dozens were wounded in the blast."),
    ("Leaders condemn Kandor bombing",
     "Regional leaders on Saturday condemned the bombing that killed 12 people at a market in Kandor.\n"
     "The governor called it a cowardly act."),
    ("UN condemns market bombing in Kandor",
     "The United Nations on Saturday condemned the bombing of a market in Kandor in which 12 people died.\n"
     "No group has claimed the attack."),
)


def test_what_befell_the_talks_is_the_news(pipeline: Pipeline) -> None:
    """Three headlines name the talks, and say they collapsed or failed: the collapse is
    the central event, not the talks."""
    story = build_story([pipeline.run(a) for a in _arts(*RAIL)])
    first = story.events[0]
    words = {m.text.lower() for m in first.mentions}
    assert words & {"collapsed", "failed"}, words
    assert not words & {"talks"}, words


def test_an_act_done_to_the_news_does_not_replace_it(pipeline: Pipeline) -> None:
    """Two outlets lead with leaders who condemned the bombing: the bombing stays the news."""
    story = build_story([pipeline.run(a) for a in _arts(*BOMBING)])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert "bombing" in words, words
    assert "condemned" not in words, words


LEAGUE = (
    ("Hockey league postpones 36 games as ice plant fails",
     "The Northern Hockey League postponed 36 games on Saturday after a refrigeration fault at its central ice "
     "plant left four arenas without playable ice, the league said.\nFans were told their tickets would remain "
     "valid for the rescheduled games."),
    ("League scraps 36 games over ice failure",
     "The Northern Hockey League scrapped 36 games on Saturday, almost a third of its weekend schedule, as a "
     "refrigeration fault melted the ice at four arenas.\nThe league said repairs would take at least a week."),
    ("Lost games to cost Northern clubs millions",
     "The cancellation of 36 games on Saturday will cost the Northern Hockey League's clubs about 4 million "
     "dollars in lost ticket sales, analysts said on Sunday.\nThe games were played regularly until this week."),
)


def test_what_the_outlets_did_to_an_activity_is_the_news(pipeline: Pipeline) -> None:
    """Three outlets lead with the games, each with its own verb for what was done to them
    ("postponed 36 games", "scrapped 36 games", "the cancellation of 36 games"): that act,
    not the games, is the central event."""
    story = build_story([pipeline.run(a) for a in _arts(*LEAGUE)])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert words & {"postponed", "scrapped", "cancellation"}, words
    assert "games" not in words, words
