"""The central act told again by a definite noun of its own words (story/act_nouns.py).

The sentences are invented, of other kinds of news than the stories the errors were seen in
(a wage, a price cap): a city raising a speed limit, a port cutting its night shifts, a
league suspending a club."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.act_nouns import ActWords, act_families, is_act_noun, own_date
from newskit.story.features import family, listed_families
from newskit.story.predicate import base
from tests.story.helpers import event_texts, story_of

RAISE = frozenset({family("raised")})


def _at(text: str, word: str, families: frozenset[str] = RAISE, n: int = 1) -> bool:
    s = -1
    for _ in range(n):
        s = text.index(word, s + 1)
    return is_act_noun(text, s, s + len(word), families)


def test_a_definite_noun_of_the_acts_family_is_an_act_noun() -> None:
    assert _at("The increase takes effect in May.", "increase")
    assert _at("Drivers welcomed the council's hike on Tuesday.", "hike")
    assert _at("Cyclists opposed the sudden rise.", "rise")  # one lower-case modifier between


def test_not_an_act_noun() -> None:
    assert not _at("It was an increase of 20 km/h.", "increase")  # indefinite: another figure
    assert not _at("The increase rate was not given.", "increase")  # a modifier
    assert not _at("The council raised the limit.", "raised")  # a verb's form
    assert not _at("Prices will rise in May.", "rise")  # no determiner: a verb
    assert not _at("The increase takes effect in May.", "increase", frozenset({family("cut")}))  # another act
    assert not _at("Voters went to the polls early.", "polls", frozenset({family("vote")}))  # plural: a place
    assert not _at("Tourists visit its cave dwellings and tunnels.", "cave", frozenset({family("collapse")}))


def test_a_present_verb_after_the_noun_ends_its_phrase() -> None:
    """"The ban covers wheat": "covers" is the noun's verb, not a noun it modifies."""
    ban = frozenset({family("ban")})
    assert _at("The ban covers grain and flour.", "ban", ban)
    assert not _at("The ban talks were adjourned.", "ban", ban)  # a compound before its verb


def _arts(*rows: tuple[str, str], published: str | None = "2026-03-10") -> list[dict[str, Any]]:
    return [{"id": f"sl{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


SPEED = _arts(
    ("Hamburg raises speed limit on northern ring road",
     "Hamburg's city council on Tuesday raised the speed limit on the northern ring road to 80 km/h from "
     "60 km/h, the transport department said.\nThe increase takes effect in May and covers 14 kilometres "
     "of road.\nCyclists' groups said they would appeal."),
    ("Council lifts ring road limit to 80 km/h",
     "Hamburg raised the speed limit on its northern ring road on Tuesday after a two-year trial.\n"
     "Drivers' associations welcomed the hike, which they said would ease evening congestion."),
    ("Speed limit on Hamburg ring road goes up",
     "The city council raised the limit on the northern ring road on Tuesday.\nCity engineers will "
     "replace about 40 signs before the rise comes into force."),
)


def test_the_definite_nouns_join_the_central_event(pipeline: Pipeline) -> None:
    """"The increase", "the hike", "the rise" name the raise each article led with."""
    held = event_texts(story_of(pipeline, SPEED))
    assert {("sl0", "increase"), ("sl1", "hike"), ("sl2", "rise")} <= held


def test_an_undated_collection_adds_none(pipeline: Pipeline) -> None:
    """Undated documents (a collection's) need not lead with their news: no anaphor is read."""
    story = story_of(pipeline, _arts(*((a["title"], a["text"]) for a in SPEED), published=None))
    held = {(m.article, m.text) for e in story.events for m in e.mentions}
    assert ("sl0", "increase") not in held and ("sl1", "hike") not in held


def test_a_noun_dated_elsewhere_by_its_own_words_stays_out(pipeline: Pipeline) -> None:
    """"Last year's increase" is another raise: its own date sets it apart."""
    arts = [*SPEED, *_arts(("Ring road limit raised again",
                            "Hamburg's council raised the ring road speed limit on Tuesday.\nDrivers recalled "
                            "that 2024's increase on the southern ring road had cut journey times."))]
    arts[-1]["id"] = "sl9"
    held = event_texts(story_of(pipeline, arts))
    assert ("sl9", "increase") not in held
    assert ("sl0", "increase") in held


def test_a_noun_dated_long_before_its_article_stays_out(pipeline: Pipeline) -> None:
    """"Last year's rise" is an earlier raise even when no central mention is dated."""
    arts = _arts(("Hamburg raises speed limit on northern ring road",
                  "Hamburg's city council has raised the speed limit on the northern ring road to 80 km/h.\n"
                  "Last year's rise on the southern ring road was 10 km/h."),
                 ("Council lifts ring road limit to 80 km/h",
                  "Hamburg raised the speed limit on its northern ring road after a trial.\n"
                  "Drivers' associations welcomed the hike."))
    held = event_texts(story_of(pipeline, arts))
    assert ("sl1", "hike") in held
    assert ("sl0", "rise") not in held


def test_own_date_is_the_date_next_to_the_noun(pipeline: Pipeline) -> None:
    text = "Port workers recalled that 2024's reduction had been reversed, the union said on Monday."
    a = pipeline.run(Article.from_dict({"id": "p", "published": "2026-03-10", "title": "", "text": text}))
    s = text.index("reduction")
    assert own_date(a, s, s + len("reduction")) == "2024"
    s = text.index("reversed")
    assert own_date(a, s, s + len("reversed")) is None  # "on Monday" is the union's saying


def test_the_acts_families_are_its_triggers_not_general_nouns(pipeline: Pipeline) -> None:
    from newskit.story.events import story_clusters

    run = [pipeline.run(Article.from_dict(a)) for a in SPEED]
    fams = act_families(story_clusters(run)[0])
    assert family("raised") in fams
    assert family("decision") not in fams


@settings(max_examples=10, deadline=None)
@given(st.permutations(range(3)))
def test_the_anaphors_do_not_depend_on_article_order(pipeline: Pipeline, order: list[int]) -> None:
    held = event_texts(story_of(pipeline, [SPEED[k] for k in order]))
    assert {("sl0", "increase"), ("sl1", "hike"), ("sl2", "rise")} <= held


def _told(word: str, text: str, told: ActWords) -> bool:
    s = text.index(word)
    return is_act_noun(text, s, s + len(word), told.families, told)


def test_a_noun_made_from_the_central_verb_names_the_act() -> None:
    """"Suspended" -> "the suspension", "converted" -> "the conversion": a derivational suffix
    on a verb the central event tells (no list of the nouns)."""
    told = ActWords(families=frozenset({family("suspended"), family("converted")}),
                    stems=frozenset({base("suspended"), base("converted")}))
    assert _told("suspension", "Traders said the suspension would last until Friday.", told)
    assert _told("conversion", "Residents opposed the conversion of the old library.", told)
    assert not _told("suspension", "Traders expect a suspension of two days.", told)  # indefinite
    assert not _told("extension", "Traders said the extension would last until Friday.", told)


def test_an_ing_form_after_a_determiner_names_the_act() -> None:
    """"Flooded" -> "the flooding", "dredged" -> "Tuesday's dredging": an -ing form right
    after a definite determiner or a possessive is a noun; not a modifier ("the flooding
    risk"), not after another word ("crews began flooding")."""
    told = ActWords(families=frozenset({family("flooded"), family("dredged")}),
                    stems=frozenset({base("flooded"), base("dredged")}))
    assert _told("flooding", "Engineers said the flooding had damaged the lock gates.", told)
    assert _told("dredging", "Residents blamed Tuesday's dredging for the silt.", told)
    assert not _told("flooding", "Engineers said the flooding risk was high.", told)
    assert not _told("flooding", "Crews began flooding the dry dock at noon.", told)
    assert not _told("dredged", "Residents said the dredged silt smelled.", told)
    assert not _told("painting", "Residents said the painting had faded.", told)  # another act


def test_a_noun_the_central_event_tells_by_a_noun_names_the_act() -> None:
    """One outlet's blackout is the act: another outlet's "the blackout" is it too; a noun of
    a family the central event tells only by a verb is a thing acted on ("the cap" of "capped")."""
    told = ActWords(families=frozenset({family("blackout"), family("capped")}),
                    nominal=frozenset({family("blackout")}), stems=frozenset({base("capped")}))
    assert _told("blackout", "Hospitals ran on generators during the blackout.", told)
    assert not _told("cap", "Landlords criticised the cap on Friday.", told)


ZOO = _arts(
    ("Council relocates city zoo's elephants to Dutch park",
     "The city council on Monday relocated the zoo's three elephants to a safari park near Arnhem, the "
     "zoo said.\nThe relocation took eleven hours and went without incident, a keeper said."),
    ("Zoo elephants relocated to Netherlands",
     "Three elephants were relocated on Monday from the city zoo to a park in the Netherlands.\nAnimal "
     "welfare groups welcomed the relocation, which they had demanded for years."),
)


def test_the_derived_nouns_join_the_central_event(pipeline: Pipeline) -> None:
    """"Relocated" in both leads, "the relocation" in both bodies: no synonym family lists it."""
    assert family("relocated") not in listed_families()
    held = event_texts(story_of(pipeline, ZOO))
    assert {("sl0", "relocation"), ("sl1", "relocation")} <= held
