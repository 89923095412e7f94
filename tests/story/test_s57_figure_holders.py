"""Session 57 (helper holders): amounts of one noun held by different named holders are
different counts (``figure_party``'s named holder). A name that is the subject of a verb of
having whose object the amount counts (``Dunmore missed four games``, ``Okafor has just 317
rushing yards``), or a name whose bracket the amount stands in (``Hale (41-6, 33
knockouts)``), holds it: each player's games, each boxer's knockouts, each partner's stake.
Invented sentences: an ice-hockey injury list, a boxing card, a pipeline's partners, a
basketball team's scorers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.figure_party import holder
from newskit.story.figures import article_figures
from tests.story.helpers import labelled_amounts


def _held(text: str, amount: str) -> str | None:
    return holder(text, text.index(amount))


def test_the_named_subject_of_a_verb_of_having_holds_the_amount() -> None:
    """Fails without ``holder_verbs``: no amount had a holder."""
    assert _held("Dunmore missed four games after surgery on his wrist.", "four") == "Dunmore"
    assert _held("Winger Petra Okafor has just 317 points this season.", "317") == "Okafor"
    assert _held("Last winter, Fenwick had already missed three games with a concussion.", "three") == "Fenwick"
    assert _held("Halvard Freight holds 40 percent of the terminal.", "40 percent") == "Freight"


def test_a_name_before_a_bracket_holds_the_amounts_in_it() -> None:
    """Fails without ``_IN_BRACKET``: a record in brackets after a name had no holder."""
    assert _held("Jonah Hale (41-6, 33 knockouts) stopped Ruiz in the ninth.", "33 knockouts") == "Hale"
    assert _held("The pipeline is owned by Sarval (62pc) and Oroma Energy (15pc).", "62pc") == "Sarval"


def test_a_pronoun_a_weekday_or_a_verb_of_telling_holds_nothing() -> None:
    """A capitalised pronoun opening the sentence is no name, a weekday before a bracket is a
    date, and a verb of telling or recording names a source, not a holder."""
    assert _held("He has 548 rushing yards this season.", "548") is None
    assert _held("They have 73 sheep on the hill.", "73") is None
    assert _held("Orvana lost 40 staff in the spring.", "40") is None
    assert _held("The decision, announced on Wednesday (May 6), takes effect at once.", "6") is None
    assert _held("Morales said 40 people were hurt.", "40") is None
    assert _held("The Met Service recorded 82 millimetres of rain.", "82") is None
    assert _held("Police had arrested 23 people by Monday.", "23") is None


def test_each_players_games_missed_are_not_compared(pipeline: Pipeline) -> None:
    """Two players' games missed, told by two outlets: two counts, no finding (fails
    without the holder: ``updated``, four to seven)."""
    got = labelled_amounts(
        pipeline,
        "The Ravens will be without forward Ilya Dunmore on Friday. Dunmore missed four games in "
        "November after surgery on his wrist, the club said.",
        "Defenceman Tor Fenwick, who missed seven games in November with a concussion, returns on "
        "Friday, the club said.")
    assert not any({"four", "seven"} <= amounts for _, amounts in got), got


def test_each_players_goals_and_each_boxers_knockouts_are_not_compared(pipeline: Pipeline) -> None:
    """Two strikers' goals; two boxers' records in brackets: no finding (each failed without
    the holder)."""
    goals = labelled_amounts(
        pipeline,
        "Striker Tomas Varga has scored 14 goals in the league this season, the club said.",
        "Midfielder Ilir Kasa has scored nine goals in the league this season, the club said on Tuesday.")
    assert not any({"14", "nine"} <= amounts for _, amounts in goals), goals
    bouts = labelled_amounts(
        pipeline,
        "Jonah Hale (41-6, 33 knockouts) stopped Ruiz in the ninth round on Saturday.",
        "Ruiz (29-3, 21 knockouts) was down twice before the referee waved the fight off.")
    assert not any({"33", "21"} <= amounts for _, amounts in bouts), bouts


def test_two_companies_fleets_are_not_compared(pipeline: Pipeline) -> None:
    """``Kestrel has about 400 cars``, ``Rival operator Velo has 150 cars``: two fleets."""
    got = labelled_amounts(
        pipeline,
        "Kestrel has about 400 cars on the road in the city, the company said.",
        "Rival operator Velo has 150 cars on the road, the regulator said.")
    assert not any({"about 400", "150"} <= amounts for _, amounts in got), got


def test_one_holders_amounts_told_by_two_outlets_are_still_compared(pipeline: Pipeline) -> None:
    """One player's games missed, four in one outlet and five in another: one count's two
    readings, still a finding."""
    got = labelled_amounts(
        pipeline,
        "The Ravens will be without forward Ilya Dunmore on Friday. Dunmore missed four games in "
        "November after surgery on his wrist, the club said.",
        "Forward Ilya Dunmore is out again. Dunmore missed five games in November after wrist surgery, "
        "and the Ravens lost all of them.")
    assert any({"four", "five"} <= amounts for _, amounts in got), got


_NAMES = st.sampled_from(["Dunmore", "Okafor", "Fenwick", "Hale", "Lind"])
_VERBS = st.sampled_from(["has", "had", "missed", "scored", "won", "has already missed", "had only"])


@given(_NAMES, _VERBS, st.integers(min_value=2, max_value=9999))
def test_any_name_and_verb_of_having_hold_the_amount(name: str, verb: str, n: int) -> None:
    text = f"In the end {name} {verb} {n:,} of them."
    assert holder(text, text.index(f"{n:,}")) == name


@given(st.sampled_from(["He", "She", "It", "They", "We", "This", "Some"]), _VERBS, st.integers(min_value=2, max_value=999))
def test_no_pronoun_or_determiner_is_a_holder(word: str, verb: str, n: int) -> None:
    text = f"{word} {verb} {n} of them."
    assert holder(text, text.index(str(n))) is None


def test_a_name_before_a_relative_clause_holds_its_amount() -> None:
    """Fails without ``_WHO``: ``Lind, who scored 12 goals`` read no holder."""
    assert _held("The club signed Aron Lind, who scored 12 goals for Tampere last season.", "12") == "Lind"
    assert _held("The club signed a winger, who scored 12 goals last season.", "12") is None


def test_an_amount_before_of_which_is_a_part(pipeline: Pipeline) -> None:
    """Fails without ``of which`` in ``part_after``: ``at least 4,100 of which were form
    letters`` is a part of the objections counted before it, as ``of whom`` is of people."""
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2025-06-02", "text": (
        "The council received nearly 4,800 objections to the bypass plan, at least 4,100 of which were "
        "form letters, a spokesman said.")}))
    roles = {f.ref.text: f.role for f in article_figures(a, loose=True) if f.ref}
    assert roles.get("at least 4,100") == "part", roles
    assert roles.get("nearly 4,800") == "total", roles


def test_a_span_after_a_name_is_still_compared(pipeline: Pipeline) -> None:
    """Only counts have holders: ``Parliament has 21 days`` and ``Lawmakers now have three
    weeks`` are one span allowed, told by two outlets under two names of one body."""
    got = labelled_amounts(
        pipeline,
        "President Okello vetoed the land bill on Monday. Under the constitution, Parliament has 21 days "
        "to reconsider the bill.",
        "The president refused to sign the land bill. Lawmakers now have three weeks to override the veto.")
    assert any({"21 days", "three weeks"} <= amounts for _, amounts in got), got


def test_a_plural_possessive_in_a_partitive_names_the_whole(pipeline: Pipeline) -> None:
    """Fails without ``s'`` in ``figure_measure._PARTITIVE``: in ``10 of the Comets' 16
    games`` the plural's possessive is its apostrophe alone, so the games are what the part
    counts, as in ``10 of the team's 16 games`` (it was read as a count of people)."""
    for text in ("Okafor missed 10 of the Comets' 16 games with an ankle sprain, the club said.",
                 "Okafor missed 10 of the team's 16 games with an ankle sprain, the club said."):
        a = pipeline.run(Article.from_dict({"id": "a", "published": "2025-06-02", "text": text}))
        got = {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref}
        assert got.get("10") == "number of games [missed]", (text, got)
