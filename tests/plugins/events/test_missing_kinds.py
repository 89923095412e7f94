"""Event kinds whose words were no triggers: a product recall, a ban that bars someone from something, a cave-in or a rockfall, a train that
jumps the tracks; and the same words where they tell of no event (remembering, a banned
substance). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_dates as _dated
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Brightway Foods is recalling 80,000 jars of peanut butter over salmonella.", "recalling", "business"),
    ("The carmaker recalled 1.2 million SUVs to fix faulty airbags.", "recalled", "business"),
    ("The recall covers tins with best-before dates in 2027.", "recall", "business"),
    ("The league barred the club from European competition for two seasons.", "barred", "decision"),
    ("The federation banned the sprinter for four years.", "banned", "decision"),
    ("Part of the tunnel caved in during the night shift.", "caved", "disaster"),
    ("A cave-in trapped nine workers at the quarry.", "cave-in", "disaster"),
    ("The rockfall blocked the main haulage way.", "rockfall", "disaster"),
    ("Two men were hurt when the roof fell in the old shaft.", "fell", "disaster"),
    ("The freight train jumped the tracks outside Dunmore.", "jumped", "disaster"),
    ("Four wagons left the tracks on a bend near Tullow.", "left", "disaster"),
    ("Two carriages came off the tracks as the train entered the station.", "came", "disaster"),
])
def test_event_kinds_that_were_missing(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) == kind


@pytest.mark.parametrize(("text", "word"), [
    ("She recalled that the plant had flooded twice before.", "recalled"),
    ("He recalled how the crowd fell silent.", "recalled"),
    ("The mayor faces a recall vote in June.", "recall"),
    ("Tests found a banned substance in his sample.", "banned"),
])
def test_the_same_words_elsewhere_are_no_event(text: str, word: str) -> None:
    assert word not in _kinds(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Dozens of fans jumped the queue at the gate.", "jumped"),
    ("The minister left the talks early.", "left"),
    ("She came off the bench in the second half.", "came"),
    ("Prices fell sharply in March.", "fell"),
])
def test_only_a_train_leaving_its_tracks_is_a_derailment(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "disaster"


@pytest.mark.parametrize(("a", "b"), [
    ("derailed", "crash"), ("derailment", "collision"), ("recalling", "withdrawal"),
    ("suspended", "ban"), ("barred", "suspension"), ("caved", "collapse"), ("cave-in", "rockfall"),
])
def test_synonyms_of_one_happening_share_a_trigger_family(a: str, b: str) -> None:
    assert family(a) == family(b)


@pytest.mark.parametrize(("text", "word"), [
    ("The recall, announced on Monday, covers 3,000 jars of honey.", "recall"),
    ("The curfew, which was imposed on Monday, emptied the streets.", "curfew"),
])
def test_an_event_noun_announced_on_a_day_is_of_that_day(text: str, word: str) -> None:
    assert _dated(text, "Monday", "2025-05-05").get(word) == "2025-05-05"


def test_a_date_after_announcing_with_no_event_noun_before_it_dates_nothing() -> None:
    assert _dated("Officials announced on Monday that talks would resume.", "Monday", "2025-05-05").get(
        "talks") is None
