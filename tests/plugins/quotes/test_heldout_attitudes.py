"""Issue #14, all-attribution recall: beliefs and ``that``-less clauses, indirect questions,
attributions by nouns, findings of documents, and two more stance frames.

Every sentence here was written for these tests (none is copied from a corpus); persons
come from the real persons plugin, as in the pipeline.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import indirect_quotes as quotes
from tests.plugins.quotes.helpers import spoken

from newskit import QuoteMention
from newskit_persons import extract_persons
from newskit_quotes import extract_quotes


def only(text: str) -> QuoteMention:
    got = quotes(text)
    assert len(got) == 1, got
    return got[0]


# ---------------------------------------------------------------- beliefs, bare clauses

@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor believes the new bridge will open by spring.", "the new bridge will open by spring",
         "The mayor"),
        ("Officials expect the storm will reach the coast on Friday.", "the storm will reach the coast on Friday",
         "Officials"),
        ("The firm announced Monday it would close two plants in Ohio.", "it would close two plants in Ohio",
         "The firm"),
        ("Engineers noted the pumps were running again by noon.", "the pumps were running again by noon",
         "Engineers"),
    ],
)
def test_a_clause_without_that_is_reported(text: str, content: str, speaker: str) -> None:
    q = only(text)
    assert q.text == content
    assert spoken(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Officials believe the report.",  # an object, no clause
        "The firm considered the offer on Monday.",  # (a verb of saying reports its object: session 9)
        "Voters expect a close race in the north.",
        "She thinks about the old harbour every day.",
        "This visit underscores the growing ties with the secretive northern neighbour.",
    ],
)
def test_an_object_is_no_clause(text: str) -> None:
    assert quotes(text) == []


# ---------------------------------------------------------------- indirect questions

@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rivera asked whether the ferry had been inspected.", "whether the ferry had been inspected"),
        ("The senator asked the minister why the report was delayed.", "why the report was delayed"),
        ("Residents wondered how long the water would stay.", "how long the water would stay"),
        ("Reporters asked if the company would pay for the repairs.", "if the company would pay for the repairs"),
    ],
)
def test_an_indirect_question_is_reported(text: str, content: str) -> None:
    assert only(text).text == content


def test_a_request_is_no_question() -> None:
    assert [q for q in quotes("She asked to speak with the mayor.") if q.cue == "asked"] == []


# ---------------------------------------------------------------- attributions by nouns

def test_a_possessor_owns_the_claim() -> None:
    t = "The governor's claim that the roads were safe angered residents."
    q = only(t)
    assert q.text.startswith("the roads were safe") and q.cue == "claim"
    assert spoken(t, q) == "The governor"


def test_a_possessive_pronoun_resolves_to_its_person() -> None:
    t = "Mayor Ana Ruiz spoke on Monday. Her view is that the tunnel will never pay for itself."
    q = only(t)
    assert q.text == "the tunnel will never pay for itself"
    assert q.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "The plan's assumption that prices will fall is wrong.",  # a thing holds no view
        "The claim that the roads were safe angered residents.",  # no owner named
        "Her warning that night was ignored by the crew.",  # no clause after "that"
    ],
)
def test_a_noun_without_a_speaking_owner_or_clause_is_no_attribution(text: str) -> None:
    assert [q for q in quotes(text) if q.cue in ("assumption", "claim", "warning")] == []


# ---------------------------------------------------------------- documents and stances

def test_a_survey_shows_what_it_found() -> None:
    t = "A new survey shows that most renters cannot afford a home."
    q = only(t)
    assert q.text == "most renters cannot afford a home" and spoken(t, q) == "A new survey"


def test_television_shows_are_no_cue() -> None:
    assert quotes("The shows that air at night are popular with teenagers.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union called on the city to reopen the talks.", "the city to reopen the talks"),
        ("Parents asked for more buses on the route.", "more buses on the route"),
    ],
)
def test_appeals_are_stances(text: str, content: str) -> None:
    assert only(text).text == content


# ---------------------------------------------------------------- property

SUBJECTS = ["The mayor", "Officials", "The agency", "Ana Ruiz", "She", "Analysts"]
VERBS = ["believes", "believe", "thinks", "expects", "fears", "announced", "noted", "acknowledged"]
CLAUSES = ["the bridge will reopen soon", "it would cost more than planned", "prices were rising again",
           "the vote could be delayed", "they have enough fuel"]


@given(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(CLAUSES),
       st.sampled_from(["", "that "]))
def test_a_reported_clause_is_the_content_with_or_without_that(
    subject: str, verb: str, clause: str, that: str
) -> None:
    text = f"{subject} {verb} {that}{clause}."
    got = quotes(text)
    assert [q.text for q in got] == [clause]
    assert spoken(text, got[0]) == subject


# ---------------------------------------------------------------- who speaks

def test_a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker() -> None:
    t = "The plan was praised by Dana Whitfield, who stressed that the tax would fall on few families."
    # the passive before it is hers too (session 34: "was praised by" is a stance)
    [q] = [q for q in quotes(t) if q.cue == "stressed"]
    assert q.speaker == "Dana Whitfield"
    assert spoken(t, q) == "who"


def test_a_transcript_quoted_whole_is_one_turn_per_label() -> None:
    t = ("Part of the interview follows:\n\n"
         '"HOST: Will the bridge open before winter? People are asking every day.\n\n'
         '"(CROSSTALK.)\n\n'
         '"MORALES: It will open in November, and the tolls will stay where they are.\n\n'
         '"HOST: And the ferry?"')
    got = [(spoken(t, q), q.text) for q in extract_quotes(t, extract_persons(t))]
    assert got == [
        ("HOST", "Will the bridge open before winter? People are asking every day"),
        ("MORALES", "It will open in November, and the tolls will stay where they are"),
        ("HOST", "And the ferry?"),
    ]


def test_a_quotation_without_a_label_is_not_split() -> None:
    t = 'She said: "We will rebuild.\n\n"HOST: nobody asked me," she added.'
    assert all(q.speaker != "HOST" for q in extract_quotes(t, extract_persons(t)))


# ---------------------------------------------------------------- plural "say"

def test_a_postposed_plural_say_attributes_the_clause_before() -> None:
    t = "Rules unclear on whether night workers are covered, lawyers say.\n\nThe plan is vague."
    q = only(t)
    assert q.text == "Rules unclear on whether night workers are covered" and spoken(t, q) == "lawyers"


def test_an_attribution_set_off_by_commas_before_its_clause() -> None:
    t = "But in recent weeks, aides to the governor say, the budget talks have stalled again."
    q = only(t)
    assert spoken(t, q) == "aides to the governor"
    assert q.text.endswith("the budget talks have stalled again")


def test_an_apposition_after_the_attribution_is_no_clause() -> None:
    t = "The deal, officials said, the largest of its kind, was signed at dawn."
    assert all(not q.text.startswith("the largest") for q in quotes(t))
