"""The fitted chooser of the central event (story/central_model.py): its weights are data
naming its features, it keeps the two vetoes, and it reads what most articles tell first.
Stories written for these tests."""

from __future__ import annotations

import attrs

from newskit.datafiles import package_json
from newskit.story.central_model import FEATURES, CentralModel, load_model
from newskit.story.events import merge_events
from tests.story.centralkit import candidate
from tests.story.helpers import make


def test_the_shipped_weights_name_every_feature_and_nothing_else() -> None:
    data = package_json("newskit", "central_weights.json")
    assert set(data["weights"]) == set(FEATURES)
    model = load_model()
    assert model is not None and len(model.weights) == len(FEATURES)


def test_the_candidate_with_the_highest_score_is_chosen_the_first_on_equal_scores() -> None:
    model = CentralModel(weights=tuple(1.0 if n == "leads" else 0.0 for n in FEATURES))
    assert model.choose([candidate(leads=0.2), candidate(leads=0.9), candidate(leads=0.5)]) == 1
    assert model.choose([candidate(leads=0.5), candidate(leads=0.5)]) == 0


def test_an_event_told_only_as_possible_and_an_ordinary_action_are_vetoed() -> None:
    model = CentralModel(weights=tuple(1.0 if n == "leads" else 0.0 for n in FEATURES))
    assert model.choose([candidate(leads=1.0, possible=True), candidate(leads=0.1)]) == 1
    assert model.choose([candidate(leads=1.0, named_class=False), candidate(leads=0.1)]) == 1
    assert model.choose([candidate(leads=1.0, possible=True)]) == 0  # nothing else: it stays


def test_an_ordinary_action_a_headline_names_competes_with_the_named_classes() -> None:
    """"Champion stops challenger in fourth round": the outlet made the act its news, so
    the general-action veto lifts and the scores choose; unheadlined, the veto holds."""
    model = CentralModel(weights=tuple(1.0 if n == "leads" else 0.0 for n in FEATURES))
    headlined = candidate(leads=1.0, named_class=False, headlines=0.5)
    assert model.choose([headlined, candidate(leads=0.1)]) == 0
    assert model.choose([attrs.evolve(headlined, headlines=0.0), candidate(leads=0.1)]) == 1
    assert model.choose([attrs.evolve(headlined, leads=0.05), candidate(leads=0.1)]) == 1  # scores decide


def test_a_toll_yields_to_its_cause_unless_it_is_a_named_person_s_death() -> None:
    model = CentralModel(weights=tuple(1.0 if n == "leads" else 0.0 for n in FEATURES))
    assert model.choose([candidate(leads=1.0, yields=True), candidate(leads=0.1)]) == 1
    assert model.choose([candidate(leads=1.0, yields=True, named_toll=True), candidate(leads=0.1)]) == 0


def test_a_death_every_outlet_leads_with_is_central_not_the_illness_before_it() -> None:
    """The hand order put the heart attack first (a death yields to its cause); the death
    of a named person is news of its own, and what every article tells first."""
    a = make("a1", "Jazz singer Mara Lind died on Sunday at her home in Lyon, her family said.\n"
                   "Lind had suffered a heart attack in March and never fully recovered.\n"
                   "The attack forced her to cancel a tour.", "2025-02-03",
             dates=[("Sunday", "2025-02-02"), ("March", "2024-03")], persons=[("Mara Lind", "Mara Lind")])
    b = make("b1", "Mara Lind, the jazz singer, has died aged 81.\n"
                   "She died peacefully on Sunday, her publicist said.\n"
                   "A heart attack last year ended her touring career.", "2025-02-03",
             dates=[("Sunday", "2025-02-02"), ("last year", "2024")], persons=[("Mara Lind", "Mara Lind")])
    c = make("c1", "Singer Mara Lind dies at 81.\nLind died on Sunday in Lyon.", "2025-02-03",
             dates=[("Sunday", "2025-02-02")], persons=[("Mara Lind", "Mara Lind")])
    central = merge_events([a, b, c])[0]
    assert central.trigger == "died" and central.when == "2025-02-02"
    assert {m.article for m in central.mentions} == {"a1", "b1", "c1"}


def test_a_stabbing_led_with_beside_clashes_is_no_toll_of_them() -> None:
    """A cluster of a toll's class (violence) led with beside a cause (clashes) yields to it
    only when its words are a toll's ("died", "injured"): a stabbing the clashes followed
    is the news, and the clashes stay an event of their own."""
    a = make("a1", "Student stabbed outside Leeds nightclub.\nA student was stabbed outside a nightclub "
                   "in Leeds on Saturday, and clashes broke out between rival groups.\nThe student is in "
                   "hospital.", "2025-03-02", dates=[("Saturday", "2025-03-01")])
    b = make("b1", "Leeds nightclub stabbing.\nClashes erupted outside a Leeds nightclub after a student "
                   "was stabbed on Saturday.\nPolice are appealing for witnesses.", "2025-03-02",
             dates=[("Saturday", "2025-03-01")])
    c = make("c1", "Student stabbed in Leeds.\nA student was stabbed and rival groups clashed outside a "
                   "Leeds club on Saturday night.", "2025-03-02", dates=[("Saturday", "2025-03-01")])
    central, *rest = merge_events([a, b, c])
    assert central.type == "violence"
    assert {m.text.lower() for m in central.mentions} <= {"stabbed", "stabbing"}
    assert {m.article for m in central.mentions} == {"a1", "b1", "c1"}
    assert any("clash" in m.text.lower() for e in rest for m in e.mentions)
