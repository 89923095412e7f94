"""The central act told again by a summary noun ("the move", "the measure": story/general_anaphors.py)
or by a noun of its own verb no word list holds ("the revocation" of "revoked", "the switch-on"
of "switched on": story/predicate.py ``derived_stems`` and ``particle_stem``, story/act_nouns.py).

The sentences are invented, of kinds of news that are not those the misses were counted in: a
city's ban on cars, a casino's licence, a lighthouse lamp, a zoo's loan of pandas."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.act_nouns import ActWords, is_act_noun, own_date
from newskit.story.general_anaphors import nameable, sums_up_an_act
from newskit.story.predicate import (
    base,
    bounds_time,
    derived_stems,
    is_general_noun_at,
    particle_stem,
)
from tests.story.helpers import event_texts, story_of


def _arts(prefix: str, published: str, *rows: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": f"{prefix}{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


CARS = _arts(
    "oc", "2026-06-10",
    ("Oslo bans private cars from its centre",
     "Oslo's city council banned private cars from the city centre on Tuesday, the mayor said.\n"
     "Shares in the city's largest car-park operator fell 9% after the announcement.\n"
     "The move follows similar bans in Ghent and Pontevedra."),
    ("Oslo council bans cars downtown",
     "The city council of Oslo on Tuesday banned private cars from the centre of the city, officials said.\n"
     "Delivery vans will still be allowed in before 10 a.m."),
    ("Private cars banned from central Oslo",
     "Oslo banned private cars from its city centre on Tuesday, the city council said.\n"
     "Taxis and buses are not affected."),
)


def test_a_summary_noun_after_the_report_of_the_act_names_the_act(pipeline: Pipeline) -> None:
    """"Shares fell after the announcement. The move follows ...": an announcement is the
    report of the act, no act of its own, so "the move" names the ban its article led with."""
    held = event_texts(story_of(pipeline, CARS))
    assert ("oc0", "move") in held


TRAMS = _arts(
    "ot", "2026-06-10",
    ("Oslo bans private cars from its centre",
     "Oslo's city council banned private cars from the city centre on Tuesday, the mayor said.\n"
     "In a separate vote, councillors backed the appointment of Ingrid Dahl as head of the transport agency.\n"
     "The move drew praise from rail unions."),
    (CARS[1]["title"], CARS[1]["text"]),
    (CARS[2]["title"], CARS[2]["text"]),
)


def test_a_summary_noun_after_another_act_names_that_act(pipeline: Pipeline) -> None:
    """An act told right before it ("the appointment of Ingrid Dahl") is what "the move" sums
    up, not the news told further back."""
    held = event_texts(story_of(pipeline, TRAMS))
    assert ("ot0", "move") not in held


def test_what_an_operation_can_name() -> None:
    """An operation is an assault, a rescue, a surgery or a delivery, never a flood; a summary
    noun of an act still names an act of any class when nothing is told before it."""
    operation = nameable("operation")
    assert operation is not None
    assert {"conflict", "rescue", "health", "transfer"} <= operation
    assert "disaster" not in operation
    assert nameable("move") is None


@settings(max_examples=30, deadline=None)
@given(st.sampled_from((
    ("convocation", "convoked"), ("revocation", "revoked"), ("repulsion", "repelled"),
    ("expulsion", "expelled"), ("demolition", "demolished"), ("abolition", "abolished"),
    ("contravention", "contravened"), ("intervention", "intervened"), ("subscription", "subscribed"),
    ("inscription", "inscribed"), ("defiance", "defied"), ("compliance", "complied"),
    ("evolution", "evolved"), ("dissolution", "dissolved"), ("disbursement", "disbursed"),
    ("impoundment", "impounded"), ("acceleration", "accelerated"), ("storming", "stormed"),
)))
def test_a_noun_of_the_act_derives_from_its_verb(pair: tuple[str, str]) -> None:
    """Each noun is made from its verb by a suffix rule of the data, with the stem's change
    ("-ocation" of "-oke", "-ulsion" of "-el", "-olution" of "-olve", "-iance" of "-y")."""
    noun, verb = pair
    assert base(verb) in derived_stems(noun)


def test_a_suffix_rule_does_not_make_a_verb_of_an_unrelated_word() -> None:
    assert base("expelled") not in derived_stems("explosion")
    assert base("revoked") not in derived_stems("vocation")
    assert derived_stems("table") == ()


def test_a_particle_noun_is_its_phrasal_verb() -> None:
    """Hyphened or joined, a particle noun names the act of its verb; "on" and "in" join no
    particle noun here, as many words end so ("prison", "margin"); a plural names many acts."""
    assert particle_stem("switch-on") == base("switched")
    assert particle_stem("start-up") == base("started")
    assert particle_stem("break-in") == base("broke")
    assert particle_stem("shutdown") == base("shut")
    assert particle_stem("walkout") == base("walked")
    assert particle_stem("prison") is None
    assert particle_stem("margin") is None
    assert particle_stem("walkouts") is None
    assert particle_stem("well-being") is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("switch", "start", "shut", "lock", "roll", "hand", "sell", "pull", "turn", "call")),
       st.sampled_from(("on", "in", "up", "off", "out", "over", "down", "back", "away")))
def test_every_hyphened_particle_noun_has_its_verb(verb: str, particle: str) -> None:
    assert particle_stem(f"{verb}-{particle}") == base(verb)


def _noun(text: str, word: str, told: ActWords) -> bool:
    s = text.index(word)
    return is_act_noun(text, s, s + len(word), told.families, told)


def test_a_definite_particle_noun_names_the_act() -> None:
    """"The switch-on" names the act of a story whose central event is told by "switched";
    an indefinite one, or one of a verb the story does not tell, does not."""
    told = ActWords(families=frozenset({"switch"}), stems=frozenset({base("switched")}))
    assert _noun("Crowds cheered as the switch-on lit the old lighthouse.", "switch-on", told)
    assert not _noun("Crowds cheered as a switch-on lit the old lighthouse.", "switch-on", told)
    assert not _noun("Crowds cheered as the start-up lit the old lighthouse.", "start-up", told)


PANDAS = _arts(
    "zp", "2026-02-20",
    ("Regulator revokes casino's licence",
     "The gaming regulator revoked the licence of the Lucky Anchor casino in Valletta on Thursday, "
     "citing repeated breaches of money-laundering rules.\n"
     "The revocation takes effect on March 1, the regulator said."),
    ("Valletta casino loses licence",
     "Malta's gaming regulator revoked the Lucky Anchor casino's licence on Thursday over breaches of "
     "money-laundering rules, officials said."),
    ("Casino licence revoked in Malta",
     "The licence of the Lucky Anchor casino was revoked on Thursday by Malta's gaming regulator, "
     "which cited breaches of anti-laundering rules."),
)


def test_the_noun_of_a_revoking_names_the_news(pipeline: Pipeline) -> None:
    """"The revocation" is the noun of "revoked" ("-ocation" of "-oke"): no event lexicon need
    hold it for it to tell the news its article led with."""
    held = event_texts(story_of(pipeline, PANDAS))
    assert ("zp0", "revocation") in held


def _own(pipeline: Pipeline, text: str, word: str) -> str | None:
    a = pipeline.run(Article.from_dict({"id": "z", "published": "2026-02-20", "title": "", "text": text}))
    s = text.index(word)
    return own_date(a, s, s + len(word))


def test_a_date_that_bounds_a_comparison_is_no_nouns_own(pipeline: Pipeline) -> None:
    """"The largest pardon since 2019" ranks the pardon against all since 2019: the year is the
    comparison's bound, not when the pardon was granted; "the pardon of 2019" is dated so."""
    assert _own(pipeline, "Officials said it was the largest pardon since 2019, and more would follow.", "pardon") is None
    assert _own(pipeline, "Officials recalled the pardon of 2019 and said more would follow.", "pardon") == "2019"


def test_a_date_of_the_sentence_before_is_no_nouns_own(pipeline: Pipeline) -> None:
    """"... its lowest level since March. The move ...": a date that ends the sentence before
    is that sentence's, whatever its distance to the noun after it."""
    text = "The franc fell to its weakest level in March 2025. The move surprised traders."
    assert _own(pipeline, text, "move") is None


def test_what_bounds_a_date() -> None:
    text = "the first cut since 2020 and the cut of 2020"
    assert bounds_time(text, text.index("2020"))
    assert not bounds_time(text, text.rindex("2020"))


def _sums(text: str, word: str) -> bool:
    from newskit.story.summed_up import sums_up

    s = text.index(word)
    return sums_up(text, s, s + len(word))


def test_a_summary_noun_after_in_a_sums_up_its_sentence() -> None:
    assert _sums("The board cut the dividend, in a move that angered savers.", "move")
    assert _sums("The board cut the dividend in a rare step for the bank.", "step")
    assert not _sums("The board said the move angered savers.", "move")  # definite: read by its antecedent
    assert not _sums("Savers expect a move on the dividend.", "move")  # no "in a"
    assert not _sums("The board cut the dividend in a meeting on Friday.", "meeting")  # no summary noun


LIGHTHOUSE = _arts(
    "lh", "2026-11-05",
    ("Harbour board shuts Kessock lighthouse",
     "The harbour board shut the Kessock lighthouse on Wednesday after 180 years of service, in a move "
     "that fishermen said would endanger boats in winter storms.\n"
     "The board said satellite navigation had made the light obsolete."),
    ("Kessock light goes dark",
     "The Kessock lighthouse was shut by the harbour board on Wednesday, ending 180 years of service."),
    ("Historic lighthouse shut",
     "The harbour board on Wednesday shut the Kessock lighthouse, which has guided boats since 1846."),
)


def test_in_a_move_names_the_act_its_sentence_told(pipeline: Pipeline) -> None:
    """"Shut the lighthouse ..., in a move that fishermen said ...": the move is the shutting
    its sentence told last before it."""
    held = event_texts(story_of(pipeline, LIGHTHOUSE))
    assert ("lh0", "move") in held


FERRY = _arts(
    "fc", "2026-09-03",
    ("Island council scraps ferry fares",
     "The council of Arran Isle scrapped fares on its ferry to the mainland on Tuesday, the council leader said.\n"
     "Shopkeepers in the harbour said the change would bring more day visitors.\n"
     "A petition against the change had gathered 300 signatures by Wednesday."),
    ("Free ferry for Arran Isle",
     "Arran Isle's council on Tuesday scrapped all fares on the mainland ferry, officials said.\n"
     "The ferry carries about 900 passengers a day."),
    ("Arran Isle ends ferry fares",
     "Fares on the Arran Isle ferry were scrapped on Tuesday by the island council, its leader said.\n"
     "Residents had asked for free crossings for years."),
)


def test_the_change_sums_up_the_act_like_the_move(pipeline: Pipeline) -> None:
    """"The change" is a summary noun of an act, as "the move" is: what someone decided and
    did, here the scrapping of the fares told first, wherever it is said again."""
    held = event_texts(story_of(pipeline, FERRY))
    assert ("fc0", "change") in held
    assert nameable("change") is None


CHANGE_AFTER_A_STORM = _arts(
    "fs", "2026-09-03",
    ("Island council scraps ferry fares",
     "The council of Arran Isle scrapped fares on its ferry to the mainland on Tuesday, the council leader said.\n"
     "The ferry was delayed on Wednesday by a storm.\n"
     "Skippers said the storm forced a change of route."),
    (FERRY[1]["title"], FERRY[1]["text"]),
    (FERRY[2]["title"], FERRY[2]["text"]),
)


def test_an_indefinite_change_sums_up_nothing(pipeline: Pipeline) -> None:
    """"A change of route" is no anaphor: only a definite summary noun refers back."""
    held = event_texts(story_of(pipeline, CHANGE_AFTER_A_STORM))
    assert ("fs0", "change") not in held



SKI = _arts(
    "sk", "2026-10-14",
    ("Bormio to stage 2031 ski championships",
     "Bormio will host the 2031 world ski championships after being picked over Are by the federation's congress.\n"
     "The decision ends a ten-year wait for the Italian resort.\n"
     "The congress voted 31 to 22."),
    ("Bormio gets 2031 championships",
     "Bormio won a vote of the Alpine Ski Federation on Tuesday to stage the 2031 world championships, officials said.\n"
     "The Italian resort last staged them in 2005."),
    ("Federation picks Bormio for 2031",
     "Members of the Alpine Ski Federation voted for Bormio on Tuesday as the 2031 championships host.\n"
     "Bormio beat Are by 31 votes to 22."),
)


def test_the_decision_names_an_act_never_the_meeting_before_it(pipeline: Pipeline) -> None:
    """"The decision" sums up what someone decided, as "the move" does: the hosting and the
    championships named right before it are a meeting and a contest, nothing anyone decided,
    so it names the choice its article led with."""
    held = event_texts(story_of(pipeline, SKI))
    assert ("sk0", "decision") in held


BEACHES = _arts(
    "bo", "2026-07-21",
    ("Governor closes beaches over algae",
     "The governor of Westport province closed all public beaches on Monday after a toxic algae bloom, her office said.\n"
     "Lifeguards were sent home at noon.\n"
     "The order will stay in force for at least ten days, officials said."),
    ("Westport beaches closed",
     "Westport's governor on Monday closed the province's public beaches because of toxic algae, officials said.\n"
     "Hotels reported cancellations."),
    ("Algae shuts Westport beaches",
     "All public beaches in Westport province were closed by the governor on Monday, her spokesman said.\n"
     "Tests of the water will be repeated on Friday."),
)


def test_the_order_sums_up_the_act_ordered(pipeline: Pipeline) -> None:
    """"The order" is what someone ordered, a summary noun of an act as "the decree" is."""
    held = event_texts(story_of(pipeline, BEACHES))
    assert ("bo0", "order") in held


def test_a_word_before_it_can_make_the_order_a_state_of_things() -> None:
    """"The world order", "the public order" are no act, nor is a penalty a keeper saves:
    one of the two words before vetoes the sense (``predicate.json`` ``general_noun_vetoes``);
    "the governor's order", "the order", a penalty to contest are acts."""
    for text, holds in (("against the world order.", False), ("restore the public order.", False),
                        ("the governor's order was", True), ("The order will", True),
                        ("the decree was", True), ("the global decision", True),
                        ("The keeper saved the penalty.", False), ("a late penalty", False),
                        ("The penalty of 3 million euros", True), ("would contest the penalty.", True),
                        ("The fine of 4 million euros", True)):
        word = next(w for w in ("order", "decree", "decision", "penalty", "fine") if w in text)
        s = text.index(word)
        assert is_general_noun_at(text, s, s + len(word)) is holds, text


WELLS = _arts(
    "rw", "2026-05-06",
    ("Court orders chemical firm to pay farmers",
     "A court in Ravenna on Tuesday ordered Belmonte Chemicals to pay 30 million euros to 200 farmers, their lawyers said.\n"
     "A 2019 solvent spill from the same plant was settled out of court.\n"
     "Belmonte shares fell 3% after the judgment, and the company said it would appeal."),
    ("Belmonte must pay Ravenna farmers",
     "Belmonte Chemicals was ordered on Tuesday by a Ravenna court to pay 30 million euros to local farmers.\n"
     "The company denies any fault."),
    ("Ravenna farmers win 30 million euros",
     "A Ravenna court on Tuesday ordered the chemicals group Belmonte to pay farmers 30 million euros, court papers show.\n"
     "An appeal is expected."),
)


def test_the_judgment_names_the_act_of_the_court_never_the_leak_before_it(pipeline: Pipeline) -> None:
    """"The judgment", like "the decision", sums up an act someone decided: the earlier spill
    named in the sentence before is a happening no one chose, so the judgment is the order
    to pay."""
    held = event_texts(story_of(pipeline, WELLS))
    assert ("rw0", "judgment") in held


def test_the_nouns_of_a_court_s_act_sum_up_an_act() -> None:
    """A ruling, a judgment, a verdict is what a court decided, as a decision, an order or a
    decree is what someone decided; a tragedy or an incident is no act."""
    for word in ("ruling", "judgment", "verdict", "decision", "order", "decree", "sanction", "fine", "penalty",
                 "change", "Move"):
        assert sums_up_an_act(word), word
    for word in ("tragedy", "incident", "episode", "failure"):
        assert not sums_up_an_act(word), word


REGATTA = _arts(
    "rg", "2026-08-12",
    ("Rowing club docked points for doping",
     "The national rowing federation on Monday docked Lakeside Rowing Club 20 points over a doping case, the federation said.\n"
     "The club said it was stunned by the sanction and would appeal."),
    ("Lakeside loses 20 points",
     "Lakeside Rowing Club was docked 20 points by the national federation on Monday, officials said.\n"
     "The club is now fourth in the league."),
    ("Federation docks Lakeside 20 points",
     "The rowing federation docked Lakeside 20 points on Monday after one of its rowers failed a test.\n"
     "The season ends in October."),
)


def test_the_sanction_sums_up_the_penalty(pipeline: Pipeline) -> None:
    """"The sanction" (one, definite) is the penalty someone decided, told again; "sanctions"
    on a country are many acts, never one anaphor."""
    held = event_texts(story_of(pipeline, REGATTA))
    assert ("rg0", "sanction") in held
