"""Session 53 (issue #10, helper pairs): two kinds of a wrong or missing party in an
allegation/denial pair.

* *A described group keeps its voice when the story names the body it stands for*
  (``story/voices.py``): ``Farmers in the district accused ...`` is named ``... Farmers'
  Union`` by the parties rule, and the person the lead names next (``"...," said Ana
  Kos``) was no longer read as the group's voice, so the denial that answers the group
  did not answer her; a description less where its people are from (``growers in the
  Dalen valley``) describes them too.
* *A body's bare noun is the phrase its article named it by just before*
  (``story/antecedent_nouns.py``): ``accused the fisheries ministry of ... . The ministry
  called the accusation baseless`` gives the denier ``fisheries ministry``, not
  ``ministry``; ``the province of Zeland``, ``the Hotel Bellavista`` likewise; two such
  phrases, or words that say how much of a body (``the whole province``), name none.

Sentences written for these tests (orchards, a fisheries ministry, a province, a hotel),
not from the story sets."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.antecedent_nouns import _antecedent
from tests.story.helpers import outlet_pairs

ORCHARDS = ("Farmers in the Dalen valley accused the water board on Tuesday of cutting irrigation too early. "
            "\"We wrote to them twice and nobody came for ten days,\" said Ana Kos, who grows pears near Dalen. "
            "The Dalen Valley Farmers' Union said 40 farms had lost their crop. "
            "Water board chairman Tomas Berg rejected the criticism.")


def _claims(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    story = build_story([pipeline.run(Article.from_dict(
        {"id": "a0", "source": "Valley News", "published": "2025-06-01", "text": text}))])
    return [(c.stance, c.source or "") for c in story.claims]


def test_a_described_group_named_by_its_body_keeps_the_voice_named_next(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Valley News", ORCHARDS)])
    assert ("Dalen Valley Farmers' Union", "Tomas Berg of Water board") in pairs  # the group, named by its body
    assert ("Ana Kos", "Tomas Berg of Water board") in pairs


def test_a_description_less_where_its_people_are_from_keeps_its_voice(pipeline: Pipeline) -> None:
    text = ORCHARDS.replace("Farmers in", "Growers in").replace("Farmers' Union", "Orchard Union")
    assert ("Ana Kos", "Tomas Berg of Water board") in outlet_pairs(pipeline, [("Valley News", text)])


def test_a_voice_after_the_lead_is_no_voice_of_the_group(pipeline: Pipeline) -> None:
    text = ("Water board chairman Tomas Berg said the reservoir was at a third of its level. " * 4) + ORCHARDS
    assert ("Ana Kos", "Tomas Berg of Water board") not in outlet_pairs(pipeline, [("Valley News", text)])


def test_a_bare_noun_is_the_phrase_its_article_named_the_body_by(pipeline: Pipeline) -> None:
    text = ("Trawler owners accused the fisheries ministry of hiding the true catch figures. "
            "The ministry called the accusation baseless.")
    assert ("denies", "fisheries ministry") in _claims(pipeline, text)
    pairs = outlet_pairs(pipeline, [("Coast Radio", text)])
    assert any(d == "fisheries ministry" for _, d in pairs)


def test_a_noun_opening_a_name_or_with_a_name_after_of(pipeline: Pipeline) -> None:
    hotel = "Guests accused the Hotel Bellavista of ignoring a broken boiler. The hotel denied the claim."
    assert ("denies", "Hotel Bellavista") in _claims(pipeline, hotel)
    text = "Fishermen said the province of Zeland had dredged the bay. The province denied the claim."
    assert _antecedent(text, "province", text.index("The province"), 800) == "province of Zeland"


def test_two_phrases_or_words_of_quantity_name_no_body() -> None:
    two = "The health ministry said 40 people were ill. The finance ministry said it was costly. The ministry"
    assert _antecedent(two, "ministry", two.rindex("The ministry"), 800) is None
    whole = "Floods covered the whole province on Monday. The province said roads were shut."
    assert _antecedent(whole, "province", whole.rindex("The province"), 800) is None
    bare = "Campaigners accused the ministry of delay. The ministry denied it."
    assert _antecedent(bare, "ministry", bare.rindex("The ministry"), 800) is None
    lower = "She met the hotel staff. The hotel said rooms were free."
    assert _antecedent(lower, "hotel", lower.rindex("The hotel"), 800) is None  # "hotel staff": no name


def test_a_person_of_a_bare_noun_speaks_for_the_body_so_named(pipeline: Pipeline) -> None:
    text = ("Anglers accused the Tarn river trust of draining the lower pools. The trust denied the allegation. "
            "\"We have not lowered the water by a single centimetre,\" said Mia Holt.")
    sources = {s for _, s in _claims(pipeline, text)}
    assert "Tarn river trust" in sources, sources
    assert "Mia Holt of Tarn river trust" in sources, sources
    assert not any(a.startswith("Mia Holt") for a, _ in outlet_pairs(pipeline, [("Dale Post", text)]))
