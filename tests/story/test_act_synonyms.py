"""The central act told again by a definite noun of another word for it (story/act_synonyms.py,
data/act_synonyms.json from WordNet): "the prohibition" where the leads say "banned".

The sentences are invented, of kinds of news the story sets do not hold: a city's ban on
rental scooters, a hoard of coins turned up by a plough, a burst water main."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.act_synonyms import SynonymAnaphor, synonym_groups
from newskit.story.event_nouns import told_again
from newskit.story.features import family
from tests.story.helpers import dated_articles, event_texts, story_of


def _told_by(*words: str) -> SynonymAnaphor:
    """The test of a central event told by ``words`` (their families as its own)."""
    return SynonymAnaphor(frozenset(words), frozenset(family(w) for w in words))


BANNED = _told_by("banned")


def _at(anaphor: SynonymAnaphor, text: str, word: str) -> bool:
    s = text.index(word)
    return anaphor(text, s, s + len(word))


def test_synonyms_by_their_usual_senses() -> None:
    """Words whose usual senses share a WordNet synset are synonyms, in any inflection; a
    thing's synonyms ("ship" / "vessel") are not read, nor words of unrelated acts."""
    assert synonym_groups("prohibition") & synonym_groups("banned")
    assert synonym_groups("find") & synonym_groups("discovered")
    assert synonym_groups("find") & synonym_groups("found")  # an irregular form
    assert synonym_groups("callback") & synonym_groups("recalls")
    assert not synonym_groups("ship") & synonym_groups("vessel")
    assert not synonym_groups("prohibition") & synonym_groups("flooded")


def test_a_definite_synonym_is_an_anaphor() -> None:
    assert _at(BANNED, "Operators said the prohibition would cost 40 jobs.", "prohibition")
    assert _at(BANNED, "Residents welcomed the council's prohibition on Friday.", "prohibition")


def test_not_an_anaphor() -> None:
    assert not _at(BANNED, "Residents called for a prohibition of the scooters.", "prohibition")  # indefinite
    assert not _at(BANNED, "The prohibition order was signed.", "prohibition")  # a modifier
    assert not _at(BANNED, "The prohibition of alcohol ended in 1933.", "prohibition")  # a complement
    assert not _at(BANNED, "The first prohibition came in 2019.", "prohibition")  # ranked
    assert not _at(BANNED, "The council said the ban would stay.", "ban")  # the act's own family
    assert not _at(BANNED, "The council said the closure would stay.", "closure")  # no synonym


def test_a_word_that_can_be_a_verb_only_right_after_its_determiner() -> None:
    burst = _told_by("explosion")
    assert _at(burst, "Witnesses said the burst shook the street.", "burst")
    assert not _at(burst, "A driver was hurt when the water main burst under him.", "burst")
    found = _told_by("discovery")
    assert not _at(found, "The coins found in the field were Roman.", "found")  # a past form


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("The a the prohibition find's burst of ,.\nAB"), max_size=60),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=12))
def test_an_anaphor_is_a_lower_case_synonym(text: str, start: int, size: int) -> None:
    """Whatever the span, an anaphor is a lower-case synonym told again, and reading it
    never fails."""
    end = min(len(text), start + size)
    start = min(start, end)
    if BANNED(text, start, end):
        word = text[start:end]
        assert word.islower() and synonym_groups(word) & BANNED.groups
        assert told_again(text, start, end)


SCOOTERS_ROWS = (
    ("Port Alder bans rental e-scooters",
     "The city council of Port Alder banned rental e-scooters on Tuesday, citing a rise in injuries, "
     "officials said.\nThe prohibition will be reviewed after a year, the council said."),
    ("Port Alder council bans e-scooter rentals",
     "Port Alder's council on Tuesday banned the rental of electric scooters in the city, the mayor "
     "said.\nThree operators run about 1,200 scooters there."),
)
SCOOTERS = dated_articles("sy", "2026-04-08", *SCOOTERS_ROWS)


def test_the_prohibition_names_the_ban(pipeline: Pipeline) -> None:
    """An outlet that refers back to the council's ban by a noun of another word for it
    ("the prohibition") tells the central event again."""
    held = event_texts(story_of(pipeline, SCOOTERS))
    assert ("sy0", "banned") in held and ("sy0", "prohibition") in held


def test_undated_articles_are_not_read(pipeline: Pipeline) -> None:
    """As every anaphor layer, only articles with a publication date are read."""
    undated = dated_articles("sy", None, *SCOOTERS_ROWS)
    assert ("sy0", "prohibition") not in event_texts(story_of(pipeline, undated))
