"""What an amount measures, read from its clause's syntax rather than a list of cue words:
its verb, the head of its noun phrase, its dimension, an age's shape, a part of a total
given before. Sentences written for these tests (not taken from any scored story)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_syntax import is_age, is_criterion, predicate, verb_lemma
from tests.story.helpers import amounts, article_measures, figure_conflicts


def _findings(pipeline: Pipeline, *texts: str) -> dict[str, tuple[str, set[str]]]:
    return {f.measure or "": (f.label or "", amounts(f))
            for f in figure_conflicts(pipeline, texts, "2025-06-0{n}T0{n}:00")}


def _q(text: str, amount: str) -> QuantityMention:
    start = text.index(amount)
    return QuantityMention(start=start, end=start + len(amount), text=amount, value=1)


@pytest.mark.parametrize(("text", "amount", "age"), [
    ("A 64-year-old fisherman was among the dead.", "64-year-old", True),
    ("The driver, aged 52, was arrested.", "52", True),
    ("Her son is 9 years old.", "9", True),
    ("Pupils aged between 11 and 16 were sent home.", "11", True),
    ("Nine years of drought left 52 villages without water.", "52", False),
    ("Two sisters, aged 15 and 17, were rescued from the roof.", "17", True),
    ("Three hikers, aged 22, 24 and 31, were found alive.", "31", True),
    ("Only 16-year-olds may enrol in the course.", "16-year-olds", True),
    ("Okafor was 27 when he was first elected.", "27", True),
    ("She was 19 when the war began.", "19", True),
    ("The toll was 27 when rescuers left the site.", "27", False),
    ("Rescuers freed 15 and 17 miners on two days.", "17", False),
    ("The youngest of the dead was 19, a student from the capital.", "19", True),
    ("The oldest of the five climbers, a retired teacher, is 71.", "71", True),
    ("The largest of the camps was 40 kilometres from the border.", "40", False),
])
def test_an_age_has_the_shape_of_an_age(text: str, amount: str, age: bool) -> None:
    assert is_age(text, _q(text, amount)) is age


def test_an_age_is_never_compared_with_a_toll(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The avalanche killed three skiers. A 58-year-old guide was among them.",
                    "Five skiers died in the avalanche, the mountain police said.")
    assert got == {"deaths": ("updated", {"three", "Five"})}, got


@pytest.mark.parametrize(("text", "amount", "criterion"), [
    ("The decree bans concerts with more than 2,000 spectators after dark.", "more than 2,000", True),
    ("The council will consult on closing villages schools with fewer than 25 pupils.", "fewer than 25", True),
    ("The tax applies to companies with at least 250 employees.", "at least 250", True),
    ("Two ferries with more than 300 passengers were held in port.", "more than 300", False),
    ("The ferries with more than 300 passengers were held in port.", "more than 300", False),
    ("Police said more than 300 passengers were stranded.", "more than 300", False),
    ("The tax applies to companies with 250 employees.", "250", False),
])
def test_a_bound_naming_a_class_by_its_size_is_a_criterion(text: str, amount: str, criterion: bool) -> None:
    assert is_criterion(text, _q(text, amount)) is criterion


def test_a_criterion_is_never_compared_with_a_count(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The race, with about 7,000 participants, started at 8 a.m. on Sunday.",
                    "The region on Monday banned races and other events with more than 500 participants during "
                    "heat alerts.")
    assert got == {}, got
    got = _findings(pipeline, "The school, which has 31 pupils, will close in July, the council said.",
                    "Several councils are consulting on closures of schools with fewer than 40 pupils.",
                    "Parents said the school had 38 pupils.")
    assert [a for _, a in got.values()] == [{"31", "38"}], got


@pytest.mark.parametrize(("word", "lemma"), [
    ("cancelled", "cancel"), ("canceled", "cancel"), ("cancelling", "cancel"),
    ("stopped", "stop"), ("waiting", "wait"), ("waited", "wait"), ("fell", "fall"), ("fallen", "fall"),
])
def test_forms_of_one_verb_share_a_lemma(word: str, lemma: str) -> None:
    assert verb_lemma(word) == lemma


@pytest.mark.parametrize(("text", "amount", "lemma", "role"), [
    ("Thirty-one barges were still waiting at the lock.", "Thirty-one", "wait", "subject"),
    ("At least six boats sank in the harbour.", "At least six", "sink", "subject"),
    ("Coast guard crews airlifted 35 people from the island.", "35", "airlift", "object"),
    ("The storm hit 35 towns.", "35", "hit", "object"),
])
def test_the_verb_of_an_amount_is_read_from_its_clause(text: str, amount: str, lemma: str, role: str) -> None:
    p = predicate(text, (0, len(text)), _q(text, amount))
    assert p is not None and (p.lemma, p.role) == (lemma, role)


def test_no_verb_no_predicate() -> None:
    text = "About 40 trucks, most of them empty, stood at the border."
    assert predicate(text, (0, len(text)), _q(text, "About 40")) is None


def test_counted_things_with_a_verb_and_no_cue_are_compared(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "At least six boats sank when the storm reached the harbour on Friday.",
                    "Eight boats had sunk, the port authority said.")
    assert got == {"number of boats": ("updated", {"At least six", "Eight"})}, got  # a count of what happened, a day later


def test_people_counted_by_a_verb_no_cue_names(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Coast guard helicopters airlifted 35 people from the flooded island.",
                    "Helicopters airlifted 41 people from the island, the coast guard said.")
    assert got == {"number of people (airlifted)": ("updated", {"35", "41"})}, got


def test_the_head_of_an_of_phrase_names_the_measure(pipeline: Pipeline) -> None:
    assert article_measures(pipeline, "The ministry put the total cost of the merger at $3.2 billion.") == \
        {"$3.2 billion": "cost"}


def test_a_part_of_a_total_given_before_is_not_compared_with_the_total(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "More than 9,000 people were evacuated from the valley. Some 700 evacuees were sleeping "
                    "in a school gym on Tuesday night.",
                    "About 12,000 people have been evacuated, the regional government said.")
    assert got == {"displaced": ("updated", {"More than 9,000", "About 12,000"})}, got


def test_what_is_said_of_a_count_with_no_total_before_is_the_count(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Ticket records show that 412 passengers were booked on the ferry.")
    assert got == {"412": "people on board"}, got


def test_a_length_measures_the_dimension_its_adjective_names(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The plume of ash rose 9 km high above the crater, 30 km away from the town.")
    assert got == {"9 km": "height"}, got  # 30 km away: where, not how much


def test_a_length_nothing_names_is_not_compared(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Firefighters held a line for 14 km on Monday.",
                    "The fire front stretched along 20 km of the ridge.")
    assert got == {}, got


def test_a_much_smaller_count_after_a_total_in_one_article_is_a_part(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "About 8,000 people fled their homes. By evening 650 people had fled to the sports hall.",
                    "Some 9,500 people have fled their homes, the governor said.")
    assert got == {"displaced": ("updated", {"About 8,000", "Some 9,500"})}, got


def test_two_sources_of_one_article_are_not_a_part_and_its_total(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Organisers said 90,000 people marched, while police put the number at 30,000.")
    assert got == {"90,000": "crowd size", "30,000": "crowd size"}, got


def test_one_count_told_with_other_verbs_by_other_outlets_is_one_measure(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Seven barges sank near the dam on Sunday.",
                    "Nine barges went down in the storm, the river authority said.")
    assert got == {"number of barges": ("updated", {"Seven", "Nine"})}, got


def test_two_verbs_of_one_noun_in_one_article_are_two_counts(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The camp holds about 400 refugees. Twelve refugees escaped during the night.",
                    "Fifteen refugees escaped from the camp, the ministry said.")
    assert got == {"number of refugees": ("updated", {"Twelve", "Fifteen"})}, got  # the camp's 400 is a property


def test_other_verbs_far_apart_in_value_are_other_counts(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The prison holds about 900 inmates, the ministry said.",
                    "Twenty-six inmates escaped through a tunnel, the ministry said.",
                    "At least 30 inmates escaped on Sunday night, police said.")
    assert got == {"number of inmates": ("updated", {"Twenty-six", "At least 30"})}, got  # 900 held: a property


def test_another_count_with_nothing_to_add_to_is_a_count(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The blast killed four workers. Another 19 people were injured.",
                    "Twenty-two people were injured in the blast, the plant's operator said.")
    assert got == {"injured": ("updated", {"19", "Twenty-two"})}, got


def test_an_increment_of_a_count_the_article_gives_stays_an_increment(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Divers recovered three more bodies, bringing the toll to 14.")
    assert got == {"three": "increment", "14": "deaths"}, got


@pytest.mark.parametrize("text", [
    "The eruption sent a column of ash 7 km into the sky.",
    "The ash plume rose 7 km above the summit.",
    "The ash reached a height of 7 km.",
])
def test_a_height_is_told_in_several_ways(pipeline: Pipeline, text: str) -> None:
    assert article_measures(pipeline, text) == {"7 km": "height"}


def test_a_sum_named_by_its_verb(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The hijackers are demanding 40 million pesos, police said.",
                    "The gang demanded 25 million pesos for the release of the crew.")
    assert list(got.values()) == [("conflicting", {"40 million pesos", "25 million pesos"})], got


def test_a_vague_amount_the_exact_ones_agree_with_says_nothing_apart(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Hundreds of residents were evacuated on Monday.",
                    "About 300 residents were evacuated, the mayor said.",
                    "Some 340 residents were evacuated, the fire service said.")
    assert all("Hundreds" not in amounts for _, amounts in got.values()), got
    got = _findings(pipeline, "Tens of thousands of people marched in the capital.",
                    "About 8,000 people marched, police said.")
    assert [amounts for _, amounts in got.values()] == [{"Tens of thousands", "About 8,000"}], got


def test_a_vague_plural_is_a_floor_an_amount_above_it_agrees_with(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Hundreds of hikers were trapped in the valley by the flood on Sunday.",
                    "Some 1,400 hikers were trapped in the valley, park officials said.")
    assert got == {}, got
    got = _findings(pipeline, "Several miners were injured in the blast at the colliery on Monday.",
                    "Twenty miners were injured in the blast, the hospital said on Tuesday.")
    assert got == {}, got
    got = _findings(pipeline, "Dozens of villages were cut off by the floods, officials said.",
                    "Five villages were cut off by the floods, the regional governor said.")
    assert [amounts for _, amounts in got.values()] == [{"Dozens", "Five"}], got


def test_a_temperature_is_a_places(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Temperatures reached 46.2C in Seville and 44C in Madrid on Tuesday.",
                    "The mercury climbed to 47.1C in Seville, the weather agency said.")
    assert [amounts for _, amounts in got.values()] == [{"46.2C", "47.1C"}], got
    assert article_measures(pipeline, "It was the hottest day on record, at 45C.") == {}


def test_power_is_compared_when_a_verb_says_what_it_is(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The fault disconnected 2,100 megawatts of generation.",
                    "About 2,900 megawatts of generation were disconnected, the regulator said.",
                    "The new plant will have a capacity of 600 MW.")
    assert [amounts for _, amounts in got.values()] == [{"2,100 megawatts", "About 2,900 megawatts"}], got


def test_n_more_stays_an_increment_alone(pipeline: Pipeline) -> None:
    assert article_measures(pipeline, "Rescuers pulled two more bodies from the river on Friday.") == {"two": "increment"}


def test_a_ballot_result_is_a_share_in_favour_or_against(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Members voted to accept the offer, with 58% in favour and 42% against.")
    assert got == {"58%": "share in favour", "42%": "share against"}, got
    got = article_measures(pipeline, "Some 61% of voting members backed the agreement, the union said.")
    assert got == {"Some 61%": "share in favour"}, got


def test_another_estimate_is_no_part(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "About 50,000 people rallied in the square, organisers said.\n"
                              "Police put the crowd at about 12,000.")
    assert got == {"About 50,000": "crowd size", "about 12,000": "crowd size"}, got


@pytest.mark.parametrize(("text", "amount", "measure"), [
    ("The freighter was carrying 1,800 containers when it ran aground.", "1,800", "number of containers [carrying]"),
    ("The floods killed 2,000 cattle, the farmers' union said.", "2,000", "number of cattles"),
    ("The floods killed 14 villagers, the governor said.", "14", "deaths"),
    ("The ferry was carrying 230 commuters.", "230", "people on board"),
])
def test_only_persons_are_counted_by_a_people_measure(pipeline: Pipeline, text: str, amount: str, measure: str) -> None:
    assert article_measures(pipeline, text).get(amount) == measure


_WORDS = st.sampled_from(["ships", "were", "still", "waiting", "fell", "cancelled", "of", "the", "students", "had",
                          "been", "freed", "Police", "said", "into", "river", "quickly", "demanding", ",", "and"])


@settings(max_examples=200, deadline=None)
@given(before=st.lists(_WORDS, max_size=6), after=st.lists(_WORDS, max_size=8))
def test_a_predicate_is_a_verb_of_the_clause(before: list[str], after: list[str]) -> None:
    head = " ".join(before) + (" " if before else "")
    text = head + "42 " + " ".join(after)
    q = QuantityMention(start=len(head), end=len(head) + 2, text="42", value=42)
    p = predicate(text, (0, len(text)), q)
    if p is not None:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start:p.end].lower() == p.word
        assert p.role == ("subject" if p.start >= q.end else "object")
        assert p.lemma and len(p.lemma) <= len(p.word) + 1
