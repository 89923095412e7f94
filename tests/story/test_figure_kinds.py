"""Kinds of amounts that must not be compared, or must be, read from real-style sentences
(two or three short outlets each; not the stories scored in bench/figures_eval.py)."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures
from tests.story.helpers import amounts, article_measures, figure_conflicts, figures_by_measure


def _findings(pipeline: Pipeline, *texts: str) -> dict[str, set[str]]:
    return {f.measure or "": amounts(f) for f in figure_conflicts(pipeline, texts)}


def test_two_candidates_vote_shares_are_never_compared(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "Mayor Ana Costa won 52% of the vote on Sunday. Her challenger, Pedro Lima, won 45% of the vote.",
                    "Ana Costa won 54% of the vote, official results showed.")
    assert not any("45%" in amounts for amounts in got.values()), got
    assert {"52%", "54%"} in got.values(), got


def test_a_share_of_something_else_is_not_a_vote_share(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Ana Costa led with 51% of the vote, with 90% of precincts reporting.")
    assert got["90%"] == "share counted" and got["51%"].startswith("vote share")


def test_turnout_rate_and_number_of_voters_stay_apart(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Turnout was 58 percent, the commission said.",
                    "About 4.2 million people voted, a turnout of 61%.")
    assert got == {"turnout": {"58 percent", "61%"}}, got


def test_a_margin_is_its_own_measure(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Costa won by a margin of about 12,000 votes.",
                    "Costa received 310,000 votes to Lima's 301,500, a difference of 8,500.")
    assert got == {"margin": {"about 12,000", "8,500"}}, got


def test_a_count_said_to_be_an_earlier_one_is_not_a_total(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The toll rose to 40. Officials had initially reported 12 deaths.")
    assert got["12"] == "earlier" and got["40"] == "deaths"


def test_what_is_said_of_the_counted_people_is_the_measure(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "At least 30 passengers remain missing after the bus plunged into the river.")
    assert got["At least 30"] == "missing"
    got = article_measures(pipeline, "The bus was carrying 52 passengers when it left the station.")
    assert got["52"] == "people on board"


def test_a_sum_or_count_named_by_its_noun(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The kidnappers demanded a ransom of $2 million, police said.",
                    "The ransom paid by the family was $5 million, a lawyer said.")
    assert got == {"ransom": {"$2 million", "$5 million"}}, got
    got = article_measures(pipeline, "The company said the number of customers affected had risen to 3 million.")
    assert got["3 million"] == "number of customers [affected]"


def test_coordinated_counts_share_their_verb_and_plurals_are_written(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The strike killed five children and 12 women, officials said.")
    assert got == {"five": "deaths (children)", "12": "deaths (women)"}, got
    got = article_measures(pipeline, "The storm killed seven people and forced 12,000 residents from their homes.")
    assert got["seven"] == "deaths" and got["12,000"] != "deaths", got


def test_a_fine_is_its_own_fixed_measure(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Regulators fined Orbis Bank $12 million on Tuesday. The fine of $12 million is the "
                              "largest the agency has imposed.")
    assert got == {"$12 million": "fine"}

def test_a_rising_count_after_a_lower_bound_is_an_update(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "At least 8 people died when the bridge collapsed, police said.",
                             "The bridge collapse has killed 12 people, police said.")
    assert got == {"deaths": ("updated", {"At least 8", "12"})}, got
    got = figures_by_measure(pipeline, "More than 300 people were hurt in the blast.", "Nearly 400 people were injured, the agency said.")
    assert got["injured"][0] == "updated", got


def test_a_lower_bound_and_a_count_on_the_same_day_are_consistent(pipeline: Pipeline) -> None:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": "2025-06-02", "source": f"Outlet {i}"})
            for i, t in enumerate(["At least 8 people died when the bridge collapsed.",
                                   "The bridge collapse killed 12 people, police said."])]
    story = build_story([pipeline.run(a) for a in arts])
    assert [f.label for f in story.conflicts if f.type == "figures"] == ["consistent"]


def test_two_sources_in_one_article_differ(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Police said 3,000 people took part in the march, while organizers said 12,000 people marched.")
    assert got == {"crowd size": ("conflicting", {"3,000", "12,000"})}, got


def test_workers_killed_are_the_death_toll_not_a_subgroup(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Two workers were killed when the scaffolding fell, the firm said.",
                             "The death toll rose to five, the firm said.")
    assert got == {"deaths": ("updated", {"Two", "five"})}, got


def test_an_earlier_event_named_in_another_clause_keeps_its_own_era(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "It was the worst accident at the port since the 2019 explosion, which killed five.")
    assert got["five"] == "deaths in 2019", got
    got = article_measures(pipeline, "The fire has now killed 31 people, the deadliest since a blaze in March 2021 killed "
                              "more than 80.")
    assert got == {"31": "deaths", "more than 80": "deaths in 2021"}, got
    got = article_measures(pipeline, "Since 2019, floods in the valley have killed 40 people.")
    assert got["40"] == "deaths", got


def test_a_date_in_a_relative_clause_closed_before_the_amount_dates_only_that_clause(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The museum, which reopened in 2019, drew 1.2 million visitors, the council said.")
    assert got == {"1.2 million": "number of visitors [drew]"}, got
    got = article_measures(pipeline, "The dam, which burst in 2019 and killed 270 people, was rebuilt; floods have now "
                                     "killed 12 people.")
    assert got == {"270": "deaths in 2019", "12": "deaths"}, got


def test_a_cue_across_a_new_clause_is_not_the_amounts(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "Nine climbers were found alive and two died, the park said, so that all 11 climbers "
                              "are now accounted for.")
    assert got.get("11") != "deaths" and got["two"] == "deaths", got


def test_everyone_a_part_is_counted_out_of_is_no_total(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The union said 30 of its members were trapped, out of 180 workers who were "
                              "underground at the time.")
    assert got == {"30": "trapped", "180": "whole"}, got
    got = article_measures(pipeline, "The ban will keep the club out of 12 matches, the league said.")
    assert got.get("12") != "whole", got


def test_a_speed_with_no_cue_is_a_speed_and_a_limit_is_not(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The bus was doing 88 km/h on a stretch with a speed limit of 60 km/h, police said.")
    assert got == {"88 km/h": "speed", "60 km/h": "speed limit"}, got
    got = figures_by_measure(pipeline, "Coast guard commander Ana Ruiz said the ferry was moving at 19 knots. The "
                            "captain's lawyer said the ferry had slowed to about 12 knots before the turn.")
    assert got == {"speed": ("conflicting", {"19 knots", "about 12 knots"})}, got


def test_things_counted_by_what_happened_to_them(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Seven wagons of the freight train derailed outside the station, the operator said.",
                             "Ten of the train's 30 wagons came off the rails, the operator said, while police put the "
                             "number at eight.")
    assert got == {"derailed": ("conflicting", {"Seven", "Ten", "eight"})}, got
    got = article_measures(pipeline, "Ten of the train's 30 wagons came off the rails.")
    assert got == {"Ten": "derailed", "30": "whole"}, got


def test_a_named_sayer_gives_the_amounts_of_its_clause(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Dunmore Foods said on Friday the withdrawal of its canned soups would cost up to $12 "
                            "million. Analysts at Kestrel Capital put the cost of replacing the stock at about $30 "
                            "million.")
    assert got == {"cost": ("conflicting", {"up to $12 million", "about $30 million"})}, got


def test_a_noun_coordinated_with_another_counts_more(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The orchestra, which employs about 120 musicians and staff, cancelled its tour. It "
                              "has 85 musicians on its books.")
    assert got == {"about 120": "number of musicians and staff, held", "85": "number of people, held"}, got


def test_places_are_counted_for_what_happened_there(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The salmonella outbreak has sickened 40 people in six countries, health officials said.",
                             "The cheese was sold in 14 countries. The outbreak has grown to 52 illnesses in eight countries.")
    assert got["number of countries (illnesses)"] == ("updated", {"six", "eight"}), got
    assert not any("14" in amounts for _, amounts in got.values()), got


def test_hospitalised_is_its_own_measure(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Nine of the sick were hospitalised, the agency said.",
                             "The outbreak has sickened 30 people, and 13 have been hospitalised.")
    assert got == {"hospitalised": ("updated", {"Nine", "13"})}, got


def test_a_sum_named_by_a_possessive_subject(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The festival, whose budget of about $3 million is paid by the city, was cancelled.",
                             "The festival's annual budget is $2.4 million, according to city records.")
    assert got == {"budget": ("conflicting", {"about $3 million", "$2.4 million"})}, got


def test_the_subject_of_rose_to_names_the_measure_however_far(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The number of people killed when the tour bus plunged into the gorge near the "
                              "village on Sunday evening rose overnight to 17, police said.")
    assert got["17"] == "deaths", got
    got = article_measures(pipeline, "Divers had pulled 20 passengers out alive by noon, and the death toll rose to six.")
    assert got == {"20": "survivors", "six": "deaths"}, got


def test_counts_of_one_thing_with_qualifiers_that_agree_are_one_measure(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The company is recalling about 1.2 million jars of peanut butter sold online.",
                             "The recall covers 1.25 million jars, the regulator said.",
                             "Roughly 1.2 million jars of peanut butter are affected.")
    assert list(got.values()) == [("consistent", {"about 1.2 million", "1.25 million", "Roughly 1.2 million"})], got


def test_an_age_after_a_name_is_no_figure(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The driver, Tom Hale, 58, was arrested at the scene.")
    assert "58" not in got, got


def test_doping_cases_counted_over_time(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The federation suspended the club after two of its players returned positive tests.",
                             "That brings the number of Ardent players facing doping cases to three.")
    assert got == {"doping cases": ("updated", {"two", "three"})}, got


def test_a_date_opening_the_sentence_dates_its_subordinate_clause_too(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "In 2018, the club was fined after three players failed tests.")
    assert got["three"] == "doping cases in 2018", got


def test_only_a_subgroup_noun_makes_a_subgroup(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Gunmen kidnapped 31 students from a college dormitory, police said.",
                             "Armed men abducted at least 40 pupils from the college, a local official said.")
    assert got == {"abducted": ("conflicting", {"31", "at least 40"})}, got
    got = article_measures(pipeline, "The air strike killed four children and nine women, medics said.")
    assert got == {"four": "deaths (children)", "nine": "deaths (women)"}, got


def test_fines_damages_and_outages_are_measures(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Regulators fined the airline $3 million for the delays.",
                             "The airline was fined $4.5 million, the transport ministry said.")
    assert got == {"fine": ("conflicting", {"$3 million", "$4.5 million"})}, got
    got = article_measures(pipeline, "The storm left 80,000 customers without power and caused about $2 billion in damage.")
    assert got == {"80,000": "without power", "about $2 billion": "damage"}, got


def test_a_round_sum_with_a_scale_word_is_rounded_at_its_last_written_digit(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The regulator fined the carmaker 80 million euros.",
                             "The carmaker was fined 84 million euros, the regulator said.")
    assert got == {"fine": ("conflicting", {"80 million euros", "84 million euros"})}, got
    got = figures_by_measure(pipeline, "The recall covers 4.1 million cars.", "The company is recalling 4.12 million cars.")
    assert got == {"number of cars": ("consistent", {"4.1 million", "4.12 million"})}, got


def test_more_ways_news_counts_people(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "At least 23 people drowned when the ferry sank, and 60 were rescued.")
    assert got == {"At least 23": "deaths", "60": "survivors"}, got
    got = article_measures(pipeline, "The landslide buried dozens of homes, trapping 14 villagers, police said.")
    assert got["14"] == "trapped", got
    got = article_measures(pipeline, "About 8,000 teachers walked off the job on Monday. The union has 20,000 members.")
    assert got["About 8,000"] == "strikers", got
    assert got["20,000"] != got["About 8,000"], got


def test_one_of_the_worst_is_a_rank_not_a_count(pipeline: Pipeline) -> None:
    got = article_measures(pipeline, "The fire, one of the deadliest in the city's history, killed 31 people.")
    assert "one" not in got and got["31"] == "deaths", got


def test_a_jury_award_and_its_plaintiffs(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "A jury ordered the insurer to pay $120 million in damages. About 900 farmers joined "
                            "the lawsuit.", "Jurors awarded $126 million to the plaintiffs, filed on behalf of 1,400 farmers.")
    assert got == {"compensation": ("conflicting", {"$120 million", "$126 million"}),
                   "plaintiffs": ("updated", {"About 900", "1,400"})}, got


def test_a_fall_by_an_amount_is_a_change_not_a_level(pipeline: Pipeline) -> None:
    """``fell by 12%`` is how much a level moved, as ``rose by`` is: never the level itself."""
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2025-06-02",
                                        "text": "Bus ridership in the city fell by 12% over two years, the authority said."}))
    roles = {f.ref.text: f.role for f in article_figures(a, loose=True) if f.ref}
    assert roles == {"12%": "increment", "two years": "total"}, roles


def test_the_number_of_participle_noun_names_the_noun_and_what_happened(pipeline: Pipeline) -> None:
    """Fails on the old rule: ``the number of affected workers`` was read as a count of
    ``affected``; the participle before the noun says what happened to them, as one after it
    does (``the number of patients affected``)."""
    got = article_measures(pipeline, "The union put the number of affected drivers at more than 1,300.")
    assert got["more than 1,300"] == "number of drivers [affected]", got
    got = article_measures(pipeline, "The council put the number of flooded cellars at 240.")
    assert got["240"] == "number of cellars [flooded]", got


def test_a_verb_after_and_is_no_second_counted_noun(pipeline: Pipeline) -> None:
    """``cancelled 30 ferries and stranding ...``: the word after ``and`` opens a second
    clause, so the count is of ferries alone and joins another outlet's count of them."""
    got = article_measures(pipeline, "The gale cancelled more than 30 ferries and stranding hundreds of lorries at the port.")
    assert got["more than 30"].startswith("number of ferries"), got
    assert "and stranding" not in got["more than 30"], got
    hurt = article_measures(pipeline, "The blast hurt 12 workers and damaged the roof of the depot.")
    assert "and damaged" not in hurt["12"], hurt
    kept = article_measures(pipeline, "The orchestra, which employs about 120 musicians and staff, cancelled its tour.")
    assert kept["about 120"].startswith("number of musicians and staff"), kept


def test_people_who_lose_their_jobs_are_job_cuts(pipeline: Pipeline) -> None:
    """``lost their jobs``, ``out of work``, ``job losses``: a count of jobs cut told by
    the people who lose them, so a union's and a company's counts are one measure."""
    got = figures_by_measure(pipeline,
                             "The brewery's union says 340 people have lost their jobs at the Lorne plant.",
                             "The brewery said about 260 staff would be made redundant when the Lorne plant shuts.",
                             "The brewery put the job losses at about 260.")
    assert got.get("job cuts", (None, set()))[1] >= {"340", "about 260"}, got
    alone = article_measures(pipeline, "Some 90 dockers were out of work after the crane collapsed.")
    assert alone["Some 90"] == "job cuts", alone


def test_a_stoppage_counts_strikers(pipeline: Pipeline) -> None:
    """``joined the stoppage``: the union's count of strikers, disputed in the same article
    by the operator's count of workers on strike."""
    got = figures_by_measure(pipeline, "The Harbour Pilots' Guild said 900 of its members had joined the stoppage. "
                                       "The port authority put the number of pilots on strike at about 600.")
    assert got.get("strikers") == ("conflicting", {"900", "about 600"}), got


def test_a_rate_adjective_inside_the_of_phrase_makes_a_rate(pipeline: Pipeline) -> None:
    """``about 90,000 barrels of daily output``: the rate is told inside the amount's
    of-phrase, so it is the per-day measure another outlet's ``90,000 barrels a day`` is,
    and never a count beside a one-off amount; an of-phrase without one stays a count."""
    got = article_measures(pipeline, "The refinery fire knocked out about 90,000 barrels of daily output, traders said.")
    assert got["about 90,000 barrels"].endswith("per day"), got
    got = article_measures(pipeline, "The smelter shutdown removes 120,000 tonnes of annual zinc capacity.")
    assert got["120,000 tonnes"].endswith("per year"), got
    plain = article_measures(pipeline, "Crews pumped 12,000 barrels of seawater into the hold.")
    assert "per" not in plain["12,000 barrels"], plain


def test_people_still_admitted_are_hospitalised(pipeline: Pipeline) -> None:
    """``14 guests had been admitted``, ``23 were still admitted``: in a poisoning story the
    bare passive counts the hospitalised, the measure another outlet's ``in hospital`` names."""
    got = article_measures(pipeline, "The clinic said 17 diners had been admitted since Sunday.")
    assert got["17"] == "hospitalised", got
    got = article_measures(pipeline, "A spokesman said 9 were still admitted on Tuesday.")
    assert got["9"] == "hospitalised", got


def test_two_rates_of_one_unit_of_time_may_join(pipeline: Pipeline) -> None:
    """``about 80,000 visitors a year`` / ``roughly 95,000 a year``: two outlets' rates of
    one unit of time compare as two counts do (one named by its noun, the other loose);
    before, any rate was a measure of its own that nothing joined."""
    got = _findings(pipeline,
                    "The lighthouse museum on the cape receives about 80,000 visitors a year, the council said.",
                    "Tourism officials said the museum's attendance, now roughly 95,000 a year, could double after "
                    "the listing.")
    assert {"about 80,000", "roughly 95,000"} in got.values(), got


def test_rates_of_two_units_of_time_stay_apart(pipeline: Pipeline) -> None:
    """A rate per day and a rate per year are two measures, whatever their values."""
    got = _findings(pipeline, "The quarry ships about 2,000 tonnes of granite a day, the operator said.",
                    "Residents said the quarry ships roughly 2,400 tonnes of granite a year.")
    assert not any("about 2,000 tonnes" in a for a in got.values()), got


def test_a_reward_offered_is_no_deal_value(pipeline: Pipeline) -> None:
    """Session 45: "offered a reward of 100,000 zlotys" was a deal value by its verb; a
    reward is its own measure, and may be raised."""
    got = _findings(pipeline, "Norsk Vakt has offered a reward of 200,000 kroner for information leading to the "
                              "capture of the robbers.",
                    "The reward of about €17,000 remains on offer for information on the other suspects.")
    assert got == {"reward": {"200,000 kroner", "about €17,000"}}, got


def test_a_cue_named_as_the_amounts_source_is_not_its_measure(pipeline: Pipeline) -> None:
    """Session 45: "at least 50 people on board, citing survivors' accounts" was a count of
    survivors; the survivors tell the count."""
    got = article_measures(pipeline, "The navy said there had been at least 50 people on board, citing survivors' "
                                     "accounts.")
    assert got["at least 50"] == "people on board", got
