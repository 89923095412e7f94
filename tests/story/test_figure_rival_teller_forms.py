"""Session 50: a rival's clause names its teller in more of the forms news uses: a verb of
telling in the plural present (``, but fishermen say``), a verb of speaking of an amount
(``; the union speaks of up to 600``) and a teller described between a pair of commas
(``, while Harbour Watch, a residents' group, says``, ``; the operator, which runs the
line, says``); the two readings then join though one article tells both
(``figure_model.told_rivals``). An aside that is no description (``, citing firefighters,``)
still names none. Invented sentences: a ferry's delay, a quarry's jobs, a lagoon's fish,
a tram line's strike."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_rival import rival_teller
from tests.story.helpers import joined_groups


def test_a_plural_verb_of_telling_names_the_teller() -> None:
    """Fails without ``rival_telling_cues``: ``say`` was no verb of telling."""
    text = "The ferry company said the crossing was delayed by about 3 hours, but passengers say they waited 7 hours."
    assert rival_teller(text, 0, text.index("7 hours"), 0) == "passengers"


def test_a_verb_of_speaking_of_names_the_teller() -> None:
    """Fails without ``told_again_cues`` among the cues: ``speaks of`` named no one."""
    text = "The quarry owner says fewer than 90 jobs will go; the regional miners' union speaks of up to 250."
    assert rival_teller(text, 0, text.index("up to 250"), 0) == "regional miners' union"


def test_a_teller_described_between_commas_is_named() -> None:
    """Fails without the apposition dropped: the commas made the opening no plain phrase."""
    text = ("The council puts the fish killed at 2 tonnes, while Lagoon Watch, a residents' group, says it has "
            "counted 9 tonnes.")
    assert rival_teller(text, 0, text.index("9 tonnes"), 0) == "Lagoon Watch"
    relative = "The operator said 40 trams ran; the drivers' union, which called the strike, says 12 ran."
    assert rival_teller(relative, 0, relative.index("12"), 0) == "drivers' union"


def test_an_aside_that_describes_no_teller_names_none() -> None:
    aside = "Traders said 60 stalls burned, while local radio, citing firefighters, reported 20."
    assert rival_teller(aside, 0, aside.index("20"), 0) is None
    pronoun = "Traders said 60 stalls burned, but they say 20 were rebuilt."
    assert rival_teller(pronoun, 0, pronoun.index("20"), 0) is None


def _groups(pipeline: Pipeline, texts: tuple[str, ...]) -> list[set[tuple[str, str]]]:
    return joined_groups(pipeline, texts, "2025-04-0{n}")


def test_two_readings_one_sentence_sets_apart_join(pipeline: Pipeline) -> None:
    """Each reading joins the outlet that restates it; the rival's clause says the two are
    one measure, so the groups join though they share the article."""
    told = _groups(pipeline, (
        "The council puts the fish killed in the lagoon at 2 tonnes, while Lagoon Watch, a residents' group, says "
        "it has counted 9 tonnes.",
        "The council said 2 tonnes of fish had died in the lagoon since Monday.",
        "Lagoon Watch said its volunteers had collected 9 tonnes of dead fish.",
    ))
    assert any({("a0", "2 tonnes"), ("a0", "9 tonnes"), ("a1", "2 tonnes"), ("a2", "9 tonnes")} <= g for g in told), told
