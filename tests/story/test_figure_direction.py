"""A rise and a fall are two moves: a measure's shares whose own words name opposite
directions (``rose 7%`` / ``fell 2%``) split into two, an amount naming none joins the side
its article tells. Invented sentences from market news, not the story sets."""

from __future__ import annotations

import attrs

from newskit import Pipeline
from newskit.story.figure_direction import direction, split_by_direction, split_from_holdings
from tests.story.helpers import amounts, figure_conflicts, first_figure


def test_the_words_around_a_share_name_its_direction() -> None:
    assert direction(first_figure("Its shares rose 7% in Sydney.")) == "up"
    assert direction(first_figure("Northgate shares fell a further 2% on Friday.")) == "down"
    assert direction(first_figure("The stock closed 6.5 percent higher on Monday.")) == "up"
    assert direction(first_figure("Shares closed down 11% at 182p.")) == "down"
    assert direction(first_figure("Inflation rose to 5% in May.")) is None  # a level, not a move
    assert direction(first_figure("The shares closed 2% on the day.")) is None


def test_a_rise_and_a_fall_split_and_a_silent_amount_joins_its_article() -> None:
    up = first_figure("Its shares rose 7% in Sydney.", article="a1")
    down = first_figure("Northgate shares fell 2% on Wednesday.", article="a2")
    silent = first_figure("The shares closed 2% on the day.", article="a2")
    parts = split_by_direction([up, down, silent])
    assert [len(p) for p in parts] == [1, 2] and silent in parts[1], parts
    assert split_by_direction([up, first_figure("Northgate shares jumped 9% on Monday.", article="a2")]) == \
        [[up, first_figure("Northgate shares jumped 9% on Monday.", article="a2")]]


def test_a_rise_and_a_fall_make_no_finding(pipeline: Pipeline) -> None:
    texts = ["Northgate Mining said on Monday it had found copper at its Kesari site. Its shares rose 7% in Sydney.",
             "Northgate Mining shares fell 2% on the Sydney exchange on Wednesday morning as investors took profits."]
    got = [amounts(f) for f in figure_conflicts(pipeline, texts)]
    assert not any({"7%", "2%"} <= g for g in got), got


def test_two_sizes_of_one_rise_stay_one_finding(pipeline: Pipeline) -> None:
    texts = ["Northgate Mining said on Monday it had found copper at its Kesari site. Its shares rose 7% in Sydney.",
             "Northgate Mining shares jumped 9% on Monday after the company announced the copper find."]
    got = [amounts(f) for f in figure_conflicts(pipeline, texts)]
    assert any({"7%", "9%"} <= g for g in got), got


def test_a_move_and_a_holders_stake_split() -> None:
    move = first_figure("Its shares jumped 22% by midday.", article="a1")
    stake = attrs.evolve(first_figure("The founders, who still own about 18% of the company, will keep their shares.",
                                      article="a2"), measure="stake")
    silent = first_figure("The company was worth 3% more by the close.", article="a3")
    assert split_from_holdings([move, stake, silent]) == [[move, silent], [stake]]
    other = attrs.evolve(first_figure("A fund owns 9% of the bank.", article="a3"), measure="stake")
    assert split_from_holdings([stake, other]) == [[stake, other]]  # two holdings, no move


def test_a_move_makes_no_finding_with_a_stake(pipeline: Pipeline) -> None:
    texts = ["Harbourview Telecom agreed on Monday to buy Kestrel Networks for $2.1 billion. Kestrel shares jumped "
             "22% by midday.",
             "Kestrel's founders, who still own about 18% of the company, have agreed to the sale to Harbourview "
             "Telecom, the companies said on Tuesday."]
    got = [amounts(f) for f in figure_conflicts(pipeline, texts)]
    assert not any({"22%", "about 18%"} <= g for g in got), got
