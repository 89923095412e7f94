"""Session 54 (issue #10, helper pairs): a firm quoted by its short name is the whole name
its articles write it by with the words of its trade (``story/short_names.py``,
``trade_named_sources``).

News gives a firm's name whole once (``the city accused Veldtmark Metering of ...``), often
where the firm is no speaker, and shortens it after (``Veldtmark rejected the claim``);
when the short name opens another outlet's article, no earlier rule named the denier whole,
and a pair counted by name saw ``Veldtmark`` where readers see ``Veldtmark Metering``.

Sentences written for these tests (a meter maker, a shipyard, a drug maker), not from the
story sets."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.short_names import _trade_whole
from tests.story.helpers import outlet_pairs

LEAD = ("Tshwala Municipality on Monday accused Veldtmark Metering of pushing a faulty software update to "
        "its prepaid meters, leaving 40,000 homes without power for three days.")
ANSWER = ("Veldtmark rejected the claim, saying the update had been approved by the municipality in writing. "
          "Crews were still replacing meters on Wednesday.")


def test_a_firm_quoted_short_is_the_whole_name_an_article_wrote(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Daily Sun", LEAD), ("Metro Times", ANSWER)])
    assert ("Tshwala Municipality", "Veldtmark Metering") in pairs, pairs
    assert not any(d == "Veldtmark" for _, d in pairs)


def test_two_whole_names_name_none(pipeline: Pipeline) -> None:
    other = "Its sister firm Veldtmark Energy runs the city's street lights."
    pairs = outlet_pairs(pipeline, [("Daily Sun", LEAD + " " + other), ("Metro Times", ANSWER)])
    assert ("Tshwala Municipality", "Veldtmark") in pairs, pairs


def test_only_words_of_a_trade_and_a_legal_form_make_the_name_whole() -> None:
    assert _trade_whole("Korlan", ["Lawyers for Korlan Shipping Ltd said the yard had been paid."]) == {
        "Korlan Shipping"}
    assert _trade_whole("Korlan", ["Korlan Shipping's yard was closed on Monday."]) == {"Korlan Shipping"}
    # the name goes on in a word of its own: another body's name (a museum of the town)
    assert _trade_whole("Korlan", ["The painting was found at the Korlan Maritime Museum."]) == set()
    assert _trade_whole("Korlan", ["Korlan said on Monday it would appeal."]) == set()


def test_the_firms_own_people_are_named_by_the_whole_name_too(pipeline: Pipeline) -> None:
    answer = ANSWER + " \"We followed the approved procedure,\" said Veldtmark spokeswoman Ana Ruiz."
    pairs = outlet_pairs(pipeline, [("Daily Sun", LEAD), ("Metro Times", answer)])
    assert ("Tshwala Municipality", "Ana Ruiz of Veldtmark Metering") in pairs, pairs  # one side with the firm
    assert not any(a.startswith("Ana Ruiz") for a, _ in pairs), pairs  # never the firm's own voice against it
