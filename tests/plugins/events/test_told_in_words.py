"""Session 5 kinds (issue #10): happenings told by phrases and nouns that were no triggers or
were read as another class - a labour strike ("walked off the job", "the stoppage",
"industrial action", "a nationwide strike by nurses"), a structure that gives way or fails,
homes that lose power ("a power cut"), people seized (an abduction, not a confiscation) - and
the same words where they tell of something else. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family, phrase_lemma


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Bus drivers walked off the job in Leeds on Monday over pay.", "walked", "political"),
    ("The stoppage closed every depot in the city.", "stoppage", "political"),
    ("The union threatened further industrial action in May.", "action", "political"),
    ("A nationwide strike by nurses shut clinics across the country.", "strike", "political"),
    ("The roof of the sports hall gave way under the weight of snow.", "gave", "disaster"),
    ("The dam failed after three days of rain.", "failed", "disaster"),
    ("About 50,000 homes lost power in the storm.", "lost", "disaster"),
    ("A power cut left the hospital on generators.", "cut", "disaster"),
    ("Pirates seized 12 sailors off the coast of Benin.", "seized", "violence"),
])
def test_a_happening_told_in_these_words(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("A missile strike on the depot killed two guards.", "strike", "political"),
    ("The government gave way to pressure from farmers.", "gave", "disaster"),
    ("Talks on a new contract failed in March.", "failed", "disaster"),
    ("The champions lost the final 2-1.", "lost", "disaster"),
    ("Customs officers seized two tonnes of cocaine at the port.", "seized", "violence"),
])
def test_the_same_words_telling_something_else(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) != kind


@pytest.mark.parametrize(("a", "b"), [
    (phrase_lemma("walked", "off"), "walkout"), ("stoppage", "walkout"), (phrase_lemma("gave", "way"), "collapse"),
    (phrase_lemma("lost", "power"), "blackout"), ("outage", "blackout"),
])
def test_one_happening_one_family(a: str, b: str) -> None:
    assert family(a) == family(b)


@pytest.mark.parametrize(("text", "word"), [
    ("The old levee failed on Tuesday night.", "failed"),
    ("A section of the stadium roof gave way during the match.", "gave"),
])
def test_a_structure_failing_on_a_day(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "disaster"


@pytest.mark.parametrize("text", [
    "The bridge failed a safety inspection in 2023.",
    "The hospital failed to report the outbreak.",
])
def test_a_structure_failing_a_check_is_no_collapse(text: str) -> None:
    assert _kinds(text).get("failed") != "disaster"


@pytest.mark.parametrize(("text", "word"), [
    ("Train drivers and the rail operator agreed a 7% pay rise on Friday.", "agreed"),
    ("The two militias agreed on Sunday to a ceasefire in the port.", "agreed"),
    ("The pay settlement runs for three years.", "settlement"),
])
def test_an_agreement_told_by_its_verb_or_a_settlement(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "agreement"


@pytest.mark.parametrize(("text", "word"), [
    ("Both sides agreed that the figures were wrong.", "agreed"),
    ("Soldiers guarded the Israeli settlement near the road.", "settlement"),
])
def test_agreeing_with_a_view_or_a_settled_place_is_no_agreement(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "agreement"


@pytest.mark.parametrize(("text", "word"), [
    ("A twister flattened a trailer park outside Moore.", "twister"),
    ("The tornado touched down near the highway at dusk.", "touched"),
    ("A minibus plunged into a river in Nepal on Friday.", "plunged"),
    ("A fuel truck overturned on the motorway near Lyon.", "overturned"),
    ("Two climbers were buried by a snow slide on the north face.", "slide"),
])
def test_a_mishap_told_by_its_subject(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "disaster"


@pytest.mark.parametrize(("text", "word"), [
    ("The plane touched down in Lisbon at noon.", "touched"),
    ("Shares plunged 12% after the profit warning.", "plunged"),
    ("The supreme court overturned the ruling on appeal.", "overturned"),
    ("Investors feared a slide in prices.", "slide"),
])
def test_the_same_verbs_with_other_subjects(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "disaster"


@pytest.mark.parametrize(("text", "mention"), [
    ("The bulk carrier ran aground off the island on Friday.", "ran aground"),
    ("The freight train left the rails outside the town.", "left the rails"),
])
def test_a_trigger_read_with_a_phrase_holds_the_phrase(text: str, mention: str) -> None:
    """Session 11 (lead): the words a sense's phrase takes are part of its mention, so a
    reader who marks the particle (``aground``) and one who marks the verb meet."""
    assert mention in _kinds(text), _kinds(text)
