"""Issue #14, session 16: speaker grammar that carries to unseen news - one long appositive
between a quotation's speaker and a postposed cue, and labels whose object holds a
modifier or a second noun phrase (``called the quota cut and the demand for new nets a
ploy``), not a time adverbial (``called the vet a day later``). Sentences written for
these tests, from fisheries, farming, science and veterinary news; none is taken from a
corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, indirect_quotes, spoken


def test_a_long_aside_after_the_name_still_leads_to_the_cue() -> None:
    text = ('"The reef is recovering faster than any of us had hoped," Amara Osei, a marine biologist '
            "at the University of Ghana and a former adviser to the West African Fisheries Commission, "
            "said of the survey.")
    assert [spoken(text, q) for q in all_quotes(text)] == ["Amara Osei"]


def test_a_long_aside_in_typeset_marks() -> None:
    text = ("''The harvest will be the smallest in a decade,'' Tomas Ferreira, director of the "
            "regional growers' association and a lecturer at the agricultural college of the "
            "University of Porto, said on Monday.")
    assert [spoken(text, q) for q in all_quotes(text)] == ["Tomas Ferreira"]




@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Fishermen called the quota cut and the demand for new nets a cynical ploy aimed at closing the harbour.",
         "the quota cut and the demand for new nets a cynical ploy"),
        ("The mayor called the plan for a bypass a waste of money.", "the plan for a bypass a waste of money"),
    ],
)
def test_a_label_whose_object_has_a_modifier_or_a_second_phrase(text: str, content: str) -> None:
    (q,) = indirect_quotes(text)
    assert q.text.startswith(content)
    assert q.cue == "called"


@pytest.mark.parametrize(
    "text",
    [
        "She called the vet a day later.",
        "She called the vet and the owner a week after the storm.",
        "The coach called reporters into a room after the match.",
        "She called the police for a second time.",
        "Fishermen called the meeting and a vote was held.",
    ],
)
def test_no_label_without_a_predicate(text: str) -> None:
    assert all(q.cue != "called" for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ruling left many growers feeling that their orchards were lost.", "many growers"),
        ("The price war has left many residents saying that the mill will close.", "many residents"),
        ("The flood left bakers saying that the mill would not reopen.", "bakers"),
        ("The toll rise left local shopkeepers saying that trade would fall.", "local shopkeepers"),
    ],
)
def test_the_object_of_a_verb_of_leaving_speaks_its_participle(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in indirect_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry firm is fighting to keep the vessel with its crew in Oslo, saying the repairs can wait.",
        "Earlier that day, the Holt family sent a letter to the harbour police explaining that the boat was missing.",
    ],
)
def test_no_object_across_a_comma_or_a_preposition(text: str) -> None:
    speakers = [spoken(text, q) for q in indirect_quotes(text)]
    assert not any(s and ("Oslo" in s or "police" in s) for s in speakers)


def test_left_is_the_verb_after_a_subject() -> None:
    text = "The players left the pitch saying that the referee had been biased."
    assert [spoken(text, q) for q in indirect_quotes(text)] == ["The players"]


def test_a_view_s_object_stops_at_its_first_preposition() -> None:
    text = ("For the chairman, who views the rivalry with the city club over the stadium as an existential "
            "struggle, winning the derby would settle the question.")
    assert all(q.cue != "views" for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The dockers' union issued a statement demanding a shorter night shift.", "a shorter night shift",
         "The dockers' union"),
        ("The football club posted a video urging fans to stay away from the stadium.",
         "fans to stay away from the stadium", "The football club"),
    ],
)
def test_a_participle_after_a_document_is_its_issuer_s_stance(text: str, content: str, speaker: str) -> None:
    assert [(q.text, spoken(text, q)) for q in indirect_quotes(text)] == [(content, speaker)]


def test_a_participle_after_another_noun_is_no_stance() -> None:
    text = "The ferry crew found a passenger demanding a refund at the gangway."
    assert all(q.cue != "demanding" for q in indirect_quotes(text))
