"""The events linker: triggers, arguments, in-article coreference, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.hang_guard import assert_grows_linearly

from newskit import Article, DateMention, Event, PersonMention
from newskit_events import EventsLinker


def _events(text: str, *mentions: tuple[str, str, str], published: str = "2024-06-17") -> list[Event]:
    """mentions: (kind, surface, value/entity)."""
    ms = []
    for kind, surface, val in mentions:
        s = text.index(surface)
        if kind == "date":
            ms.append(DateMention(start=s, end=s + len(surface), text=surface, value=val))
        else:
            ms.append(PersonMention(start=s, end=s + len(surface), text=surface, entity=val))
    art = Article.from_dict({"id": "a", "text": text, "published": published})
    return [e for e in EventsLinker().link(art, ms, ()) if isinstance(e, Event)]


def test_visit_with_agent_place_time() -> None:
    text = "Russian President Vladimir Putin will visit North Korea on June 18-19, the Kremlin said."
    [ev] = _events(text, ("person", "Vladimir Putin", "Vladimir Putin"),
                   ("date", "June 18-19", "2024-06-18/2024-06-19"))
    assert ev.type == "movement" and ev.who == ("Vladimir Putin",)
    assert ev.where == "North Korea" and ev.when == "2024-06-18/2024-06-19"
    assert {r.text for r in ev.evidence} >= {"Vladimir Putin", "North Korea", "June 18-19"}


def test_possessive_agent_and_coreference_in_article() -> None:
    text = ("Putin's visit to Pyongyang begins on Tuesday. The visit is his first since 2000. "
            "Kim Jong Un's trip to Russia in September was the last summit.")
    evs = _events(text, ("person", "Putin", "Vladimir Putin"), ("person", "Kim Jong Un", "Kim Jong Un"),
                  ("date", "Tuesday", "2024-06-18"), ("date", "September", "2023-09"))
    putin = next(e for e in evs if "Vladimir Putin" in e.who)
    kim = next(e for e in evs if "Kim Jong Un" in e.who)
    assert [m.text for m in putin.mentions] == ["visit", "visit"]
    assert putin.country == "North Korea" and putin.when == "2024-06-18"
    assert kim.country == "Russia" and kim.when == "2023-09"


def test_distinct_visits_by_date_stay_apart() -> None:
    text = ("Putin visited North Korea in July 2000. Putin will visit North Korea on June 18.")
    evs = _events(text, ("person", "Putin", "Vladimir Putin"), ("date", "July 2000", "2000-07"),
                  ("date", "June 18", "2024-06-18"))
    assert len([e for e in evs if e.type == "movement"]) == 2


def test_general_news_triggers() -> None:
    text = ("A powerful earthquake struck Turkey on Monday. Police arrested a man in Paris. "
            "Acme agreed to acquire Globex. The Lakers beat the Celtics.")
    types = {e.type for e in _events(text, ("date", "Monday", "2023-02-06"))}
    assert {"disaster", "legal", "business", "contest"} <= types


def test_conditional_triggers_need_context() -> None:
    # out of its context a conditional word is no event of its class; a past verb is still
    # the ordinary action it names (class "action", data/general_events.json)
    assert [e.type for e in _events("The company provided an update on its plans.")] == ["action"]
    assert [e.type for e in _events("North Korea provided weapons to Russia.")] == ["transfer"]


def test_reporting_verbs_are_not_events() -> None:
    assert not _events("The minister said on Monday that talks were useful, officials noted.",
                       ("date", "Monday", "2024-06-17")) or all(
        e.type == "meeting" for e in _events("The minister said on Monday that talks were useful."))


def test_date_of_speech_act_not_given_to_event() -> None:
    text = "On June 17, Miller reiterated the allegations, claiming North Korea provided weapons to Russia."
    [ev] = _events(text, ("date", "June 17", "2024-06-17"), ("person", "Miller", "Matthew Miller"))
    assert ev.when is None


def test_spans_slice_and_deterministic() -> None:
    text = open_seed()
    a = _events(text)
    b = _events(text)
    assert a == b
    for e in a:
        for r in e.mentions + e.evidence:
            assert text[r.start:r.end] == r.text


def open_seed() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[3] / "seeds" / "004_51b14e41d01b131f.txt").read_text("utf-8")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("visit war to in of North Korea Putin's , . \n\"“”'’")),
               max_size=300))
def test_never_raises(text: str) -> None:
    for e in _events(text):
        for r in e.mentions:
            assert text[r.start:r.end] == r.text


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
@pytest.mark.parametrize(("unit", "tail", "size"), [
    ("9", "", 100_000), (" ", "", 10_000), ("\u201c", "", 5_000), ("visit ", "", 5_000),
    ("Putin's ", "visit", 2_000), ("A" * 30 + " ", "", 2_000), ("1,2.3-", "", 10_000),
])
def test_adversarial_inputs_grow_linearly(unit: str, tail: str, size: int) -> None:
    assert_grows_linearly(_events, lambda n: unit * n + tail, size)


# ---------------------------------------------------------------- trigger coverage

def _kinds(text: str, *mentions: tuple[str, str, str]) -> dict[str, str]:
    """Trigger text -> class of every event mention in ``text``."""
    return {m.text: e.type for e in _events(text, *mentions) for m in e.mentions}


@pytest.mark.parametrize(("text", "expected"), [
    ("A 6.0 temblor struck the Napa Valley early Sunday, and aftershocks rattled residents.",
     {"temblor": "disaster", "struck": "disaster", "aftershocks": "disaster"}),
    ("The skydiver leapt from the capsule and landed safely in New Mexico after a record jump.",
     {"leapt": "movement", "landed": "movement", "jump": "movement"}),
    ("Voters elected a new mayor on Tuesday, and the runoff vote is set for May.",
     {"elected": "political", "runoff": "political", "vote": "political"}),
    ("He pleaded not guilty at his arraignment after the indictment; the verdict and sentencing follow.",
     {"pleaded": "legal", "arraignment": "legal", "indictment": "legal", "verdict": "legal",
      "sentencing": "legal"}),
    ("Police arrested two men, charged them with arson and convicted a third, who was later acquitted on appeal.",
     {"arrested": "legal", "charged": "legal", "arson": "crime", "convicted": "legal",
      "acquitted": "legal"}),
    ("Gunmen opened fire on a crowd, killing three people and wounding 12 in the shooting.",
     {"fire": "conflict", "killing": "violence", "wounding": "violence", "shooting": "violence"}),
    ("A fire destroyed the warehouse, and floods damaged homes before the plane crashed.",
     {"fire": "disaster", "destroyed": "disaster", "floods": "disaster", "damaged": "disaster",
      "crashed": "disaster"}),
    ("Acme agreed to acquire Globex, its second acquisition after the merger with Initech.",
     {"acquire": "business", "acquisition": "business", "merger": "business"}),
    ("The club fired its coach, hired a successor and announced the resignation of its chairman.",
     {"fired": "personnel", "hired": "personnel", "announced": "announcement", "resignation": "personnel"}),
    ("The actress won the award for best actress and received a nomination last year.",
     {"won": "contest", "award": "award", "nomination": "personnel"}),
    ("Klitschko stopped Thompson in the sixth round to retain his heavyweight titles.",
     {"round": "contest", "retain": "award"}),
    ("Apple unveiled a new phone and launched a streaming service.",
     {"unveiled": "announcement", "launched": "announcement"}),
])
def test_event_kinds_in_news_sentences(text: str, expected: dict[str, str]) -> None:
    got = _kinds(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    "Officials said the plan was useful, the minister told reporters.",  # reporting verbs
    "A bomb and artillery shells were found near the border.",  # weapons, not events
    "Kim hasn’t hosted a world leader in Pyongyang since 2019.",  # negated
    "No injuries were reported.",
    "The fire department has a new fire chief.",  # modifiers
    "The show's host and the ceremony's producers were named.",
])
def test_not_events(text: str) -> None:
    got = _kinds(text)
    # "were named" is no appointment here, only the ordinary action of naming
    assert not {k: v for k, v in got.items() if k.lower() not in {"ceremony"} and (k, v) != ("named", "action")}


def test_headline_verbs_count_inside_capitalised_runs() -> None:
    got = _kinds("Technicolor Star Dies At Age 91\nSheriff Deputy Shot And Killed In Ambush")
    assert {"Dies", "Killed"} <= set(got)


def test_trigger_inside_a_known_institution_is_not_an_event() -> None:
    assert "Investigation" not in _kinds("The Federal Bureau of Investigation said nothing.")


# ---------------------------------------------------------------- arguments

def test_announcer_is_no_party_to_the_agreement() -> None:
    text = ("Putin's foreign policy adviser, Yuri Ushakov, previously indicated that the leaders might "
            "negotiate a partnership agreement.")
    evs = _events(text, ("person", "Yuri Ushakov", "Yuri Ushakov"), ("person", "Putin", "Vladimir Putin"))
    agreement = next(e for e in evs if e.type == "agreement")
    assert "Yuri Ushakov" not in agreement.who


def test_spokesman_and_agency_are_no_participants() -> None:
    text = ("Kremlin spokesman Dmitry Peskov said Putin will visit Hanoi. "
            "The Central Weather Administration said the earthquake struck Hualien.")
    evs = _events(text, ("person", "Dmitry Peskov", "Dmitry Peskov"), ("person", "Putin", "Vladimir Putin"))
    visit = next(e for e in evs if e.type == "movement")
    quake = next(e for e in evs if e.type == "disaster")
    assert visit.who == ("Vladimir Putin",) and quake.who == ()


def test_date_goes_to_its_own_clause() -> None:
    text = "Putin arrived in Pyongyang on Tuesday, while Kim had visited Russia in September."
    evs = _events(text, ("person", "Putin", "Vladimir Putin"), ("person", "Kim", "Kim Jong Un"),
                  ("date", "Tuesday", "2024-06-18"), ("date", "September", "2023-09"))
    when = {e.who: e.when for e in evs}
    assert when[("Vladimir Putin",)] == "2024-06-18" and when[("Kim Jong Un",)] == "2023-09"


def test_prepositional_date_modifies_the_noun_before_it() -> None:
    text = "Kim Il Sung's visit to Moscow in 1984 was announced only after the train had crossed the border."
    evs = _events(text, ("person", "Kim Il Sung", "Kim Il Sung"), ("date", "1984", "1984"))
    visit = next(e for e in evs if any(m.text == "visit" for m in e.mentions))
    assert visit.when == "1984"
    assert all(e.when is None for e in evs if e is not visit)


def test_generic_activity_is_no_event() -> None:
    text = "North Korea seeks support, but acquiring such technologies may prove challenging."
    assert not [e for e in _events(text) if e.type == "business"]


# ---------------------------------------------------------------- long inputs (issue #16)

def _dated_sentence(k: int) -> tuple[Article, tuple[DateMention, ...], int]:
    """One sentence of ``k`` visits, each with its date, and the dates."""
    unit = "Putin visited Pyongyang on June 18, 2024 and "
    text = unit * k
    off = unit.index("June 18, 2024")
    dates = tuple(DateMention(start=i * len(unit) + off, end=i * len(unit) + off + 13, text="June 18, 2024",
                              value="2024-06-18") for i in range(k))
    return Article.from_dict({"id": "a", "text": text, "published": "2024-06-20"}), dates, k


def _every_visit_linked(case: tuple[Article, tuple[DateMention, ...], int]) -> None:
    art, dates, k = case
    evs = [e for e in EventsLinker().link(art, dates, ()) if isinstance(e, Event)]
    assert sum(len(e.mentions) for e in evs) == k


# A hang guard (quadratic date assignment took minutes here), as above.
@pytest.mark.timeout(600)
def test_long_sentence_with_dates_and_triggers_grows_linearly() -> None:
    assert_grows_linearly(_every_visit_linked, _dated_sentence, 1_000)


# ---------------------------------------------------------------- properties

_NEWS_WORDS = ["Putin", "Kim", "visited", "the", "quake", "struck", "Taiwan", "on", "June", "18", ",", ".",
               "police", "arrested", "a", "man", "who", "was", "fired", "not", "fire", "opened", "\n",
               "in", "Pyongyang", "election", "said", "that", "killed", "rehab", "checked", "into"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_NEWS_WORDS), max_size=80))
def test_spans_slice_and_output_is_deterministic(words: list[str]) -> None:
    text = " ".join(words)
    a, b = _events(text), _events(text)
    assert a == b
    for e in a:
        for r in e.mentions + e.evidence:
            assert text[r.start:r.end] == r.text


def test_steps_of_a_case_are_separate_events() -> None:
    text = ("A federal judge on Friday sentenced former mayor Daniel Reyes to eight years in prison. "
            "Reyes was convicted in February of accepting bribes. His lawyers said they would appeal the sentence.")
    evs = _events(text, ("person", "Daniel Reyes", "Daniel Reyes"), ("person", "Reyes", "Daniel Reyes"),
                  ("date", "Friday", "2024-06-14"), ("date", "February", "2024-02"))
    by_word = {m.text: e for e in evs for m in e.mentions}
    assert by_word["sentence"] is by_word["sentenced"]
    assert by_word["convicted"] is not by_word["sentenced"] and by_word["appeal"] is not by_word["sentenced"]
    assert by_word["sentenced"].when == "2024-06-14" and by_word["convicted"].when == "2024-02"


# ---------------------------------------------------------------- derivation and wider classes

@pytest.mark.parametrize(("text", "expected"), [
    # nominalisations of listed verbs, made by rule ("relocate" -> "relocation")
    ("The relocation of the embassy and the incarceration of two activists drew protests.",
     {"relocation": "movement", "incarceration": "legal"}),
    ("The treaty's ratification came weeks after the annexation of the peninsula.",
     {"ratification": "political", "annexation": "conflict"}),
    # verbs of listed nouns, read back from -ion ("confession" -> "confess")
    ("The suspect confessed on Monday, and surgeons amputated his leg.",
     {"confessed": "legal", "amputated": "health"}),
])
def test_derived_triggers(text: str, expected: dict[str, str]) -> None:
    got = _kinds(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters hurled stones at the police, and a brawl broke out near the stadium.",
     {"hurled": "conflict", "stones": None, "brawl": "conflict"}),
    ("The climber passed away after a fall; his partner had walked to the camp for help.",
     {"passed": "violence", "walked": "movement"}),
    ("The singer underwent surgery and remains in a coma.",
     {"underwent": "health", "surgery": "health", "coma": "health"}),
    ("Thieves broke into the museum and hacked into its alarm system.",
     {"broke": "crime", "hacked": "crime"}),
    ("The boxer won the rematch by knockout in a bout that ended early.",
     {"rematch": "contest", "knockout": "contest", "bout": "contest"}),
])
def test_wider_news_classes(text: str, expected: dict[str, str]) -> None:
    got = _kinds(text)
    assert {k: got.get(k) for k in expected} == expected


def test_communication_acts_are_events_framing_verbs_are_not() -> None:
    """A message sent, a statement issued, an apology, a broadcast are acts of their own;
    "said" and "told" only frame what was said (claims)."""
    got = _kinds("The mayor sent a message to the families and issued an apology on Friday, "
                 "an aide said, and told reporters the city would publish the report.")
    assert got.get("message") == "communication" and got.get("apology") == "communication"
    assert got.get("issued") == "communication" and got.get("publish") == "communication"
    assert "said" not in got and "told" not in got


def test_attending_is_no_event_of_its_own() -> None:
    """Attending joins the event attended: the summit is the event, not the attendance."""
    got = _kinds("The summit in Rome, attended by the prime minister, ended on Friday.")
    assert got == {"summit": "meeting"}


@given(st.sampled_from(["relocation", "incarceration", "ratification", "annexation", "brawl", "coma",
                        "knockout", "rematch"]),
       st.sampled_from(["", "The ", "After the ", "Reports of a "]))
@settings(max_examples=40, deadline=None)
def test_derived_and_new_noun_triggers_found_in_any_frame(word: str, lead: str) -> None:
    """A noun trigger is one whatever determiner or phrase stands before it."""
    text = f"{lead}{word} was reported in Lisbon on Monday."
    got = _kinds(text)
    assert word in got


def test_occurrence_verbs_join_the_event_they_tell_of() -> None:
    """"The fire broke out", "the crash happened": the verb tells of its subject's event,
    a mention of that event, not a second one."""
    evs = _events("A fire broke out in a warehouse in Lyon late on Monday. The blaze happened "
                  "during a storm, and a worker fell from the roof.")
    kinds = {m.text: e.type for e in evs for m in e.mentions}
    assert kinds.get("broke") in ("incident", "disaster")
    assert kinds.get("happened") in ("incident", "disaster") and kinds.get("fell") == "disaster"


@pytest.mark.parametrize(("text", "expected"), [
    ("The plane took off from Denver two hours late and landed in Boise after the delay.",
     {"took": "movement", "delay": "decision"}),
    ("A pedestrian was hit by a bus, and the driver was later struck by a cyclist.",
     {"hit": "violence", "struck": "violence"}),
    ("The company will cut 300 jobs, and the candidate conceded defeat on Tuesday.",
     {"cut": "business", "conceded": "political"}),
    ("Rebels detonated a car bomb before the garrison surrendered.",
     {"detonated": "conflict", "surrendered": "conflict"}),
])
def test_more_general_news_verbs(text: str, expected: dict[str, str]) -> None:
    got = _kinds(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    "Putin chose China as the first country on his list.",  # choosing is no appointment
    "The talks could take place in June.",  # a light verb: the talks are the event
    "Spirits fell sharply and the cut in the second act was welcome.",  # no fall from anywhere, no job cuts
])
def test_general_verbs_need_their_context(text: str) -> None:
    got = _kinds(text)
    # no named class out of context; "fell" is still the ordinary action (prices fell)
    assert not {k: v for k, v in got.items() if k.lower() in {"chose", "take", "place", "fell", "cut"}
                and v != "action"}
    assert "cut" not in got and "take" not in got


# ---------------------------------------------------------------- modality: expected and possible events

@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The army attacked the town on Monday.", "attacked", None),
    ("Officials said the army would attack the town before dawn.", "attack", "hypothetical"),
    ("The president will visit Hanoi next week.", "visit", "future"),
    ("The company plans to acquire its rival for $2 billion.", "acquire", "future"),
    ("The prisoner tried to flee the country.", "flee", "hypothetical"),
    ("A possible strike by dock workers worried the port authority.", "strike", "hypothetical"),
    ("The planned merger of the two banks needs approval.", "merger", "future"),
    ("If the dam fails, the valley will flood.", "flood", "hypothetical"),
    ("On May 7 the minister visited Beijing.", "visited", None),  # the month is no modal
])
def test_modality_of_an_event(text: str, trigger: str, modality: str | None) -> None:
    [ev] = [e for e in _events(text) if any(m.text == trigger for m in e.mentions)]
    assert ev.modality == modality


def test_one_asserting_verb_makes_the_event_a_happening() -> None:
    """The plan and the deed are one event: once a verb states it happened, it is no longer
    only expected; a bare noun ("the visit") asserts nothing either way."""
    evs = _events("The premier will visit Lagos on Friday. The visit was announced on Monday.")
    assert [e.modality for e in evs if e.type == "movement"] == ["future"]
    evs = _events("The premier will visit Lagos on Friday. He visited Lagos on Friday as planned.",
                  ("date", "Friday", "2024-06-21"))
    assert [e.modality for e in evs if e.type == "movement"] == [None]


@given(st.sampled_from(["would", "could", "might", "will", "may"]),
       st.sampled_from(["attack", "visit", "acquire", "arrest"]))
@settings(max_examples=30, deadline=None)
def test_an_auxiliary_always_marks_a_verb(aux: str, verb: str) -> None:
    text = f"Officials said the group {aux} {verb} the company in March."
    evs = [e for e in _events(text) if any(m.text == verb for m in e.mentions)]
    assert evs and all(e.modality == ("future" if aux == "will" else "hypothetical") for e in evs)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pop Singer Checks Into Clinic After Collapse", {"Checks": "movement"}),
    ("The actor was cast as a detective in the new series.", {"cast": "performance"}),
])
def test_verb_senses_in_headlines_and_phrases(text: str, expected: dict[str, str]) -> None:
    got = _kinds(text)
    assert {k: got.get(k) for k in expected} == expected


def test_a_breach_of_rules_is_no_event() -> None:
    assert "breaches" not in _kinds("Inspectors listed breaches of the sanctions regime.")


def test_drunk_driving_is_an_offence() -> None:
    evs = _events("The actor was arrested for drunk driving on Sunday in Malibu.", ("date", "Sunday", "2024-06-16"))
    kinds = {m.text: e.type for e in evs for m in e.mentions}
    assert kinds.get("driving") == "crime" and kinds.get("arrested") == "legal"
