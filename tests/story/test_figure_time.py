"""Figures across sources, session 6: the label of a difference composed from when each
amount was stated and how it is told, and what an amount measures read from its clause
(sentences written for these tests, each about another kind of news than the stories where
the kind of error was seen)."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.figures import article_figures
from tests.story.helpers import article_measures, figures_by_measure

# -- labels --------------------------------------------------------------------------


def test_a_later_count_of_what_happened_is_an_update_whoever_gives_it(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Nine had been recaptured by the evening, police said.",
                             "Guards have recaptured 17 of the escaped inmates, the ministry said on Monday.")
    assert got == {"number of people (recaptured)": ("updated", {"Nine", "17"})}, got


def test_a_value_said_to_have_changed_is_an_update(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Brightwave offered $18 a share for the chipmaker, the company said.",
                             "Brightwave raised its offer to $21 a share on Thursday after the board refused to engage.")
    assert got == {"share price offered": ("updated", {"$18", "$21"})}, got


def test_a_property_two_sources_give_differently_conflicts_whenever_they_spoke(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The new runway is 3 km long, the airport said.",
                             "The runway, 3.6 km long, will open in May, the ministry said.")
    assert got == {"length": ("conflicting", {"3 km", "3.6 km"})}, got


def test_a_finished_event_counted_again_the_same_day_conflicts(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Twelve cars were swept away by the flash flood, police said.",
                             "Firefighters said 17 cars had been swept away when the river burst its banks.",
                             published=("2025-06-01T08:00", "2025-06-01T15:00"))
    assert got == {"number of cars": ("conflicting", {"Twelve", "17"})}, got


def test_a_count_told_as_its_state_the_same_day_is_an_update(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "About 40 flights were cancelled on Friday morning, the airport said.",
                             "The airport said 95 flights have now been cancelled.",
                             published=("2025-06-01T08:00", "2025-06-01T18:00"))
    assert got == {"number of flights": ("updated", {"About 40", "95"})}, got


def test_a_count_falling_with_down_from_is_an_update(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Eleven patients were in intensive care, the hospital said.",
                             "Seven patients remain in intensive care, down from eleven on Monday.")
    assert [v[0] for v in got.values()] == ["updated"], got


def test_a_week_in_a_statement_dates_what_is_told_not_the_telling(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({
        "id": "a", "published": "2025-06-05T10:00",
        "text": "The bank said on Thursday that the number of accounts affected by last week's breach had risen to 2 million."}))
    got = {f.ref.text: f.stated for f in article_figures(a) if f.ref}
    assert got["2 million"] is not None and got["2 million"].startswith("2025-06-05"), got


# -- measures ------------------------------------------------------------------------


def test_a_counted_noun_that_names_the_measure(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Officials have recorded 31 deaths from the heatwave. Police made 120 arrests at the match.")
    assert got == {"31": "deaths", "120": "arrested"}, got


def test_an_age_ending_a_sentence_or_bounding_persons_is_no_count(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Most of the victims were pensioners over 80. The club was founded by Ana Ruiz, 71.")
    assert "over 80" not in got and "71" not in got, got


def test_the_subject_of_rose_to_is_in_its_own_clause(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "One more climber has died and the number of people rescued from the mountain has risen to 23.")
    assert got.get("23") == "survivors", got


def test_a_relative_clause_after_a_counted_object_is_not_its_measure(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Volunteers have located 14 of the hikers who went missing on Saturday.")
    assert got == {"14": "number of people (locat)"}, got


def test_a_participle_before_the_counted_noun_is_no_verb(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "About 2,000 abandoned cars were towed away from the motorway.")
    assert got == {"About 2,000": "number of cars [towed]"}, got


def test_an_aside_between_a_count_and_its_verb(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Eleven paintings, including two by Goya, were stolen from the museum.")
    assert got.get("Eleven") == "number of paintings [stolen]", got


def test_what_a_place_or_body_has_is_a_property(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The ferry, built for 400 passengers, was carrying 612 people when it capsized. "
                              "The island, a community of 3,000, has one clinic. The operator employs 1,200 people.")
    assert {k: got.get(k) for k in ("400", "612", "3,000", "1,200")} == {
        "400": "number of people, capacity", "612": "people on board",
        "3,000": "number of people, held", "1,200": "number of people, held"}, got


def test_a_property_is_not_compared_with_a_count_of_events(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The stadium, which holds 40,000 fans, was evacuated.",
                             "Some 31,000 fans were evacuated from the stadium, police said.")
    assert not any("40,000" in v[1] for v in got.values()), got


def test_a_count_per_unit_of_time_is_a_rate(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The mill, which grinds 5,000 tonnes of grain a day, burned down. "
                              "About 3,500 tonnes of grain were destroyed.")
    assert got["5,000 tonnes"].endswith("per day") and not got["About 3,500 tonnes"].endswith("per day"), got


def test_a_rate_told_by_an_average_day_or_by_every_week_is_a_rate(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The ferry carries 2,300 passengers on an average weekday, the operator said.",
                             "About 2,500 passengers a day use the ferry, the port authority said.")
    assert [k for k in got if k.endswith("per day")] and any(v[1] == {"2,300", "About 2,500"} for v in got.values()), got
    rates = article_measures(pipeline, "The mint strikes 40,000 coins every week.")
    assert rates["40,000"].endswith("per week"), rates


def test_a_cue_written_with_hyphens_is_the_same_cue(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Shareholders rejected the $30-a-share bid from Corwin.")
    assert got == {"$30": "share price offered"}, got


def test_an_ordinal_before_a_noun_is_no_fraction(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "A fifth climber died on Sunday. A fifth of the climbers turned back.")
    assert "A fifth" in got and list(got) == ["A fifth"] and got["A fifth"] != "deaths", got


def test_a_deadline_is_no_time_of_statement(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({
        "id": "a", "published": "2025-06-05T10:00",
        "text": "The plan will add about 900 teaching posts by 2028, the minister said."}))
    got = {f.ref.text: f.stated for f in article_figures(a) if f.ref}
    assert got["about 900"] is not None and got["about 900"].startswith("2025-06-05"), got


def test_a_fall_measures_a_drop(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The cable car plunged some 60 metres into the gorge, rescuers said.",
                             "The cabin fell about 35 metres before hitting the rocks, investigators said.")
    assert got == {"drop": ("conflicting", {"some 60 metres", "about 35 metres"})}, got


def test_a_noun_coordinated_with_another_does_not_open_a_clause(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "About 80,000 homes and shops in the valley lost power after the storm.")
    assert got == {"About 80,000": "without power"}, got


def test_the_verb_of_the_count_beats_a_cue_after_it(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Three people died during the heatwave in Seville, officials said.")
    assert got == {"Three": "deaths"}, got


def test_things_counted_as_a_verbs_object(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Looters stole four trucks from the depot, police said.",
                             "Six trucks were stolen from the depot, the company said.")
    assert got == {"number of trucks": ("updated", {"four", "Six"})}, got


def test_one_of_a_whole_is_no_property(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The reef is home to one of the largest coral colonies in the region.")
    assert "one" not in got, got


def test_people_counted_by_where_they_are(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Eight miners were in critical condition, the mine operator said.",
                             "Five miners remain in critical condition, doctors said on Tuesday.")
    assert got == {"number of people (in critical condition)": ("updated", {"Eight", "Five"})}, got


def test_a_participle_of_reporting_names_the_source(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({
        "id": "a", "published": "2025-06-02",
        "text": "Organisers said 4,000 runners had finished, more than the 3,100 counted by the city."}))
    got = {f.ref.text: f.source for f in article_figures(a) if f.ref}
    assert got.get("3,100") == "city", got


def test_a_noun_other_outlets_count_with_a_verb_beats_a_cue(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Eleven miners escaped from the flooded shaft on Sunday, the company said.",
                             "Fourteen miners had fled the shaft, a union official said.")
    assert got == {"number of miners": ("updated", {"Eleven", "Fourteen"})}, got


def test_a_length_of_a_stretch_is_measured_by_its_noun(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Snow closed 30 km of the motorway on Friday, police said.",
                             "Drifts have blocked about 32 kilometres of the motorway, the road agency said.")
    assert got == {"length of motorway": ("consistent", {"30 km", "about 32 kilometres"})}, got


def test_a_share_a_body_holds_is_its_stake(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The pension fund already holds 12% of the airline, its filings show.",
                             "The fund, which owns about 12.5 percent of the carrier, backed the plan.")
    assert got == {"stake": ("consistent", {"12%", "about 12.5 percent"})}, got


def test_persons_a_body_has_are_people_held_and_keep_their_own_time(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The university, which has 41,000 students, was founded in 1905. "
                              "The city employs about 9,000 workers.")
    assert got == {"41,000": "number of people, held", "about 9,000": "number of people, held"}, got


def test_a_partitive_of_things_counts_the_things_and_one_of_people_counts_people(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The chain said it had shut 37 of its stores in the afternoon.")
    assert got == {"37": "number of stores [shut]"}, got
    people = article_measures(pipeline, "Guards recaptured 17 of the escaped inmates overnight.")
    assert people == {"17": "number of people (recaptur)"}, people
