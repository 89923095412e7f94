"""Issue #14, session 14: attributions by verbs of thinking and their nouns, as PolNeAR
marks them (a quantifier as subject, an object with an infinitive, a document heading what
it records, a belief that ends its sentence, a point of view opening one, a possessor with
modifiers or a bare plural). Sentences written for these tests, from mining, fishing,
fashion, sport, astronomy, energy and wine news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Many fear the smelter will close before the winter.", "Many"),
        ("Some believe the comet will be visible to the naked eye.", "Some"),
        ("The mine reopened in March, but few expect the seam to last another decade.", "few"),
        ("Most agreed the season had been the best in a generation.", "Most"),
        ("However, many believe the vintage will be the best in a decade.", "many"),
        ("In the fishing ports of the west, some fear the quota will be halved.", "some"),
    ],
)
def test_a_quantifier_opening_its_clause_is_a_subject(text: str, speaker: str) -> None:
    assert [s for _, s in reported_with_speakers(text)] == [speaker]


def test_a_quantifier_after_its_subject_is_no_subject() -> None:
    text = "The skippers, Ana Ruiz and Tom Hale, both said the catch had been poor."
    assert "both" not in [s for _, s in reported_with_speakers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Some fear of heights is normal among new climbers.",
        "There was some hope in the dressing room after the draw.",
    ],
)
def test_a_quantifier_before_a_noun_reports_nothing(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Brokers expect the copper price to rise in the spring.", "the copper price to rise", "Brokers"),
        ("The utility expects its wind farms to supply half the region by 2030.", "its wind farms to supply",
         "The utility"),
        ("Geologists estimate the deposit to hold 40 million tonnes of ore.", "the deposit to hold", "Geologists"),
        ("Detectives believe him to be in his thirties.", "him to be in his thirties", "Detectives"),
    ],
)
def test_an_object_and_infinitive_after_a_verb_of_thinking(text: str, content: str, speaker: str) -> None:
    [(got, who)] = reported_with_speakers(text)
    assert got.startswith(content) and who == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The miner expects to hire 200 workers at the new pit.",
        "The label considers the collection essential to keeping its Paris store open.",
        "The fashion house expects a letter to the regulator within days.",
    ],
)
def test_no_object_infinitive_without_an_object_or_a_verb(text: str) -> None:
    assert reported_with_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Footage of the match shows that the ball had crossed the line.", "Footage of the match"),
        ("Video from the harbour shows that the trawler was listing before it sank.", "Video from the harbour"),
        ("Data from the 2021 Fisheries Census show that catches fell by a third.", "Fisheries Census"),
    ],
)
def test_a_document_heads_what_it_records(text: str, speaker: str) -> None:
    [(_, who)] = reported_with_speakers(text)
    assert who is not None and speaker in who, who


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The smelter will reopen in May, the owners expect.", "the owners"),
        ("The vintage will be small but fine, growers hope.", "growers"),
        ("The telescope was never properly calibrated, the astronomers felt.", "the astronomers"),
    ],
)
def test_a_belief_ending_its_sentence_attributes_the_clause(text: str, speaker: str) -> None:
    [(_, who)] = reported_with_speakers(text)
    assert who == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Copper prices rose, as traders had expected.",
        "If you have never worked underground, you just would not understand.",
        "The pitch was heavy after the rain and, you know, the ball stuck.",
    ],
)
def test_no_belief_at_a_sentence_end_without_a_subject_clause(text: str) -> None:
    assert reported_with_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("In the coach's view, the pitch was unplayable.", "the pitch was unplayable", "the coach"),
        ("In the opinion of the two referees, the goal should stand.", "the goal should stand", "the two referees"),
        ("In her view, the mine should never have been licensed.", "the mine should never", "her"),
    ],
)
def test_a_point_of_view_opening_a_sentence(text: str, content: str, speaker: str) -> None:
    [(got, who)] = reported_with_speakers(text)
    assert got.startswith(content) and who == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In the eyes of the law, the trawler had been abandoned.",
        "In May, the pitch was relaid with a hybrid surface.",
    ],
)
def test_no_point_of_view_without_an_owner_who_speaks(text: str) -> None:
    assert reported_with_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The geological survey's warning that the slope could give way was ignored.", "The geological survey"),
        ("Growers' hope that the frost would spare the vines was dashed.", "Growers"),
        ("The local fishermen's fear that the quota would be halved came true.", "The local fishermen"),
    ],
)
def test_a_possessor_with_modifiers_or_a_bare_plural_owns_its_claim(text: str, speaker: str) -> None:
    [(_, who)] = reported_with_speakers(text)
    assert who == speaker


def test_a_past_verb_between_noun_and_possessor_names_no_owner() -> None:
    text = "The striker's departure raised fears that the club would be relegated."
    assert all(who != "The striker" for _, who in reported_with_speakers(text))


def test_a_company_is_not_the_people_named_before_it() -> None:
    text = ("Toronto analysts expect the slump in nickel prices to continue into next year. "
            "The company said its output had fallen by 12 percent.")
    company = [q for q in all_quotes(text) if spoken(text, q) == "The company"]
    assert company and all("analysts" not in (q.speaker or "") for q in company)


_QUANTIFIERS = ["Many", "Some", "Few", "Most", "Several", "Both"]
_VERBS = ["believe", "fear", "think", "expect", "hope", "suspect", "say", "argue", "feared", "believed"]
_CLAUSES = ["the harvest will be late", "the ore grade has fallen", "the final was fixed", "the price will hold"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_QUANTIFIERS), st.sampled_from(_VERBS), st.sampled_from(_CLAUSES))
def test_any_quantifier_subject_reports_its_clause(quantifier: str, verb: str, clause: str) -> None:
    text = f"{quantifier} {verb} {clause}."
    assert reported_with_speakers(text) == [(clause, quantifier)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("They both believe the medal was deserved.", "They"),
        ("We all said the vintage would be early.", "We"),
    ],
)
def test_a_quantifier_after_a_pronoun_floats(text: str, speaker: str) -> None:
    assert [s for _, s in reported_with_speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Footage of the final lap shows him with both hands off the handlebars.", "him with both hands",
         "Footage of the final lap"),
        ("The survey shows wine exports ahead of last year by a tenth.", "wine exports ahead", "The survey"),
        ("Customs records reveal a pattern of late declarations.", "a pattern of late declarations",
         "Customs records"),
    ],
)
def test_a_document_shows_its_object(text: str, content: str, speaker: str) -> None:
    [(got, who)] = reported_with_speakers(text)
    assert got.startswith(content) and who == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper showed his class in the second half.",
        "The footage showed up online within an hour.",
        "Fresh video surfaced showing the rider crossing the line.",
    ],
)
def test_no_object_shown_without_a_document_or_a_finite_verb(text: str) -> None:
    assert reported_with_speakers(text) == []
