"""Session 58 (helper background): a named holder holds every count of its verb's object
list (``figure_party``'s listed holder). ``Okafor has 548 rushing yards, 28 receptions and
258 receiving yards``: the later counts of a list of parallel objects share the verb's
subject, as the first does. And a named owner holds the share a verb of owning gives it
(``stake_holder``: ``Santoso, who owns 41% of the company``). Invented sentences: two running
backs' seasons, a striker's goals and assists, a retailer's stores, two shareholders."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.figure_party import holder, stake_holder
from tests.story.helpers import labelled_amounts


def _held(text: str, amount: str) -> str | None:
    return holder(text, text.index(amount))


def _owner(text: str, amount: str) -> str | None:
    return stake_holder(text, text.index(amount))


def test_the_later_counts_of_a_holders_object_list_are_held_too() -> None:
    """Fails without ``_listed_rx``: only the count right after the verb had a holder."""
    text = "Okafor has 548 rushing yards, 28 receptions and 258 receiving yards this season."
    assert [_held(text, n) for n in ("548", "28", "258")] == ["Okafor"] * 3
    assert _held("Since Week 9, Vale has eight touchdowns on 412 rushing yards.", "412") == "Vale"
    assert _held("Striker Ana Ruiz has scored 12 goals and eight assists in the league.", "eight") == "Ruiz"
    assert _held("Trimark has 640 stores, 31,000 staff and 12 warehouses in Poland.", "12") == "Trimark"


def test_a_list_broken_by_a_name_a_clause_or_a_pronoun_holds_nothing() -> None:
    """A capitalised word in an item, a new verb's subject, or a pronoun holder: no holder."""
    assert _held("Trimark has 640 stores in Poland and 90 in Czechia.", "90") is None
    assert _held("Vale has 12 goals, and his side has won 14 games.", "14") is None
    assert _held("He has 548 rushing yards, 28 receptions and 258 receiving yards.", "258") is None
    assert _held("Okafor has 548 rushing yards; the team has 1,900 in all.", "1,900") is None


def test_two_players_listed_counts_are_not_compared(pipeline: Pipeline) -> None:
    """One back's yards as the second count of his list, another's as his first: two counts,
    no finding (fails without the listed holder: ``conflicting``, 412 against 317)."""
    got = labelled_amounts(
        pipeline,
        "Since Week 9, Jalen Vale has eight touchdowns on 412 rushing yards for the Comets.",
        "Backup Deon McAllister has just 317 rushing yards on the season for the Comets.")
    assert not any({"412", "317"} <= amounts for _, amounts in got), got


_NAMES = st.sampled_from(["Okafor", "Vale", "Ruiz", "Trimark", "Kestrel"])
_ITEMS = st.lists(st.tuples(st.integers(min_value=2, max_value=9999), st.sampled_from(
    ["goals", "rushing yards", "receptions", "stores", "new staff"])), min_size=2, max_size=4,
    unique_by=lambda item: item[1])  # a list of counts of different things ("892 goals and 2 goals" is none)


@given(_NAMES, st.sampled_from(["has", "had", "scored", "has just"]), _ITEMS)
def test_every_count_of_a_listed_object_has_the_subject_as_holder(name: str, verb: str,
                                                                 items: list[tuple[int, str]]) -> None:
    listed = [f"{n} {noun}" for n, noun in items]
    text = f"{name} {verb} {', '.join(listed[:-1])} and {listed[-1]} this year."
    at = text.index(listed[-1])
    assert holder(text, at) == name


def test_a_named_owner_holds_the_share_a_verb_of_owning_gives() -> None:
    """Fails without ``stake_holder``: no share had a holder."""
    assert _owner("Founder Mira Santoso, who owns 41% of the company, will sell.", "41%") == "Santoso"
    assert _owner("The Harbour Pension Fund, which owns 12% of Velta, backed the bid.", "12%") == "Fund"
    assert _owner("Under the deal, Oraco will hold a 49% stake.", "49%") == "Oraco"
    assert _owner("Kestrel already owns 9.8% of Vandel.", "9.8%") == "Kestrel"


def test_a_share_after_another_verb_or_a_pronoun_has_no_owner() -> None:
    """A share after a verb of having is as often the story's measure, and a pronoun names
    no one."""
    assert _owner("Tonga had 58% of possession in the second half.", "58%") is None
    assert _owner("It owns 49% of the joint venture.", "49%") is None
    assert _owner("The DAX lost 9% of its value in minutes.", "9%") is None


def test_two_owners_stakes_are_not_compared(pipeline: Pipeline) -> None:
    """Fails without ``stake_holder``: the founder's 24% and the fund's 21% were a
    ``conflicting`` stake."""
    got = labelled_amounts(
        pipeline,
        "Founder Mira Santoso, who owns 24% of Velta, will sell her entire stake, according to the filing.",
        "The Harbour Pension Fund, which owns 21% of Velta, said in a statement that it backed the board.")
    assert not any({"24%", "21%"} <= amounts for _, amounts in got), got


def test_one_owners_stake_told_by_two_outlets_is_still_compared(pipeline: Pipeline) -> None:
    """One owner's stake, 9.8% in one outlet and nearly 10 percent in another: one share."""
    got = labelled_amounts(
        pipeline,
        "Kestrel already owns 9.8% of Vandel, a stake it built over the past year.",
        "Kestrel, which holds nearly 10 percent of the Dutch company, said it would bid.")
    assert any({"9.8%", "nearly 10 percent"} <= amounts for _, amounts in got), got
