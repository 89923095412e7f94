"""Session 58 (helper background): an undated amount of an earlier or like instance of what
the story tells is background, left out of the story's figures (``figure_instance``): ``a
similar collapse at a mine in the north killed more than 80``, ``broke the previous record of
212 kilograms``. Invented sentences: a mine collapse, a weightlifting record, a speech in a
legislature, a fuel price rise."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.figure_instance import of_earlier_instance
from tests.story.helpers import article_measures, labelled_amounts


def _instance(text: str, amount: str) -> bool:
    return of_earlier_instance(text, 0, text.index(amount))


def test_the_subject_or_the_of_phrase_of_another_instance_holds_its_amount() -> None:
    """Fails without ``figure_instance``: none of these was read as another instance's."""
    assert _instance("Weeks after a similar collapse at a mine in the north killed more than 80 workers.", "80")
    assert _instance("The previous longest speech in the assembly ran to just over 11 hours.", "11")
    assert _instance("Her lift was two kilograms more than the previous record of 212 kilograms.", "212")
    assert _instance("The previous rise, in March, took diesel from 610 to 655 francs a litre.", "655")
    assert _instance("In July a similar robbery on the coast road netted the gang about R4 million.", "R4 million")
    assert _instance("The new rule replaces a previous limit of 60 hours a week.", "60")


def test_a_reading_a_time_an_object_or_another_clause_is_no_instance() -> None:
    """An earlier reading of the story's own count, a time, a phrase that is the object of
    another verb, and an amount in another clause are the story's."""
    assert not _instance("Police raised the toll to 14 from an earlier count of nine.", "nine")
    assert not _instance("Shares rose 4% from the previous day's close.", "4%")
    assert not _instance("The firm must restore its previous tariffs within 30 days.", "30")
    assert not _instance("The driver, who had a previous conviction, drove 18 kilometres the wrong way.", "18")
    assert not _instance("The style suggests an earlier burial about 1,300 years old.", "1,300")
    assert not _instance("Unlike a similar blast last spring, this one killed 12 people.", "12")


def test_a_clause_opened_by_a_span_of_months_or_more_is_another_events() -> None:
    """Fails without ``instance_spans``: an amount in a clause told ``three years after``
    was the story's."""
    assert _instance("The collapse came three years after 41 people died when a footbridge gave way.", "41")
    assert _instance("It comes 14 months after a cluster of 19 poisonings prompted a recall.", "19")
    assert _instance("The fine comes a year after the agency fined the firm 300,000 pesos.", "300,000")


def test_a_span_of_days_a_duration_or_an_amount_outside_the_clause_is_the_storys() -> None:
    """Days and weeks after tell of the story's own event; ``for a month after`` is how long
    the main verb lasted; an amount after the clause's comma is the main clause's."""
    assert not _instance("Two days after the quake, 31 people were still missing.", "31")
    assert not _instance("Three weeks after the spill killed 2,000 birds, the beach reopened.", "2,000")
    assert not _instance("The plant was shut for a month after a leak sickened 40 workers.", "40")
    assert not _instance("Six months after the flood, 3,000 people remain in shelters.", "3,000")


def test_another_instances_toll_is_not_this_ones_rival(pipeline: Pipeline) -> None:
    """Fails without ``figure_instance``: the earlier collapse's 80 stood against this one's
    toll as a conflicting count of deaths."""
    got = labelled_amounts(
        pipeline,
        "At least 23 miners were killed when a shaft collapsed at the Korvo mine on Monday, officials said.",
        "The collapse killed 23 miners, officials said. Weeks earlier a similar collapse at a mine in the "
        "north killed more than 80 workers.")
    assert not any("more than 80" in amounts for _, amounts in got), got


def test_a_dated_instance_keeps_its_era(pipeline: Pipeline) -> None:
    """A date in the clause already names the instance's time: its amount stays, as
    background of its year (``deaths in 2019``)."""
    got = article_measures(pipeline, "A similar collapse in 2019 killed 41 miners.")
    assert got.get("41", "").endswith("in 2019"), got


@given(st.sampled_from(["previous", "earlier", "similar", "prior"]),
       st.sampled_from(["crash", "strike", "flood", "record attempt", "auction"]),
       st.integers(min_value=2, max_value=9999))
def test_any_instance_phrase_opening_the_clause_holds_the_amount(adjective: str, noun: str, n: int) -> None:
    article = "An" if adjective[0] in "aeiou" else "A"
    text = f"{article} {adjective} {noun} on the island cost {n:,} jobs."
    assert of_earlier_instance(text, 0, text.index(f"{n:,}"))
    assert not of_earlier_instance(f"Officials said {n:,} jobs went.", 0, len("Officials said "))
