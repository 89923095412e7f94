"""Event words learned from the story itself (story/learned.py): a noun in an
event-selecting frame that several articles use is a mention of the story's happening.
The sentences are invented, of other kinds of news than the stories the errors were seen in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.events import story_units
from newskit.story.learned import (
    frame_heads,
    learned_lemmas,
    modifies,
    noun_use,
    participant_verbs,
    participants,
    story_sense_units,
)
from tests.story.helpers import event_texts, story_of


def _heads(text: str) -> list[str]:
    return [w for w, _, _ in frame_heads(text)]


def test_a_preposition_of_time_selects_a_happening() -> None:
    assert _heads("Ferries stayed in port after the squall, the operator said.") == ["squall"]
    assert _heads("Prices have swung wildly since Monday's meltdown on the exchange.") == ["meltdown"]
    assert _heads("Hundreds queued for water amid the shortage.") == ["shortage"]


def test_a_preposition_that_opens_a_clause_selects_nothing() -> None:
    """A verb after the phrase: the preposition is a conjunction, its phrase a subject."""
    assert _heads("The club protested after the referee sent off two players.") == []
    assert _heads("Shares rose after a judge on the panel approved the plan.") == []
    assert _heads("The mayor spoke before the committee was dissolved.") == []


def test_times_and_parts_are_no_happening() -> None:
    assert _heads("Crews worked during the night and until the end of the week.") == []


def test_a_days_possessive_selects_a_happening() -> None:
    assert _heads("Astronomers gathered on the atoll for Friday's total solar eclipse.") == ["eclipse"]
    assert _heads("Residents were still sweeping glass a day after last night's blast.") == ["blast"]
    assert _heads("Shares slipped after Tuesday's buyback, analysts said.") == ["buyback"]


def test_what_a_day_has_that_is_no_happening_is_not_selected() -> None:
    assert _heads("Negotiators missed Monday's deadline and talks resumed.") == []
    assert _heads("The story ran in Sunday's edition of the paper.") == []


def test_a_noun_of_consequence_or_witness_selects_a_happening() -> None:
    assert _heads("Volunteers cleared the aftermath of the avalanche.") == ["avalanche"]
    assert _heads("The victims of the stampede were named on Sunday.") == ["stampede"]


def test_a_verb_of_occurring_a_compound_and_a_possessive_nominalisation() -> None:
    assert _heads("Nobody knows why the blackout happened.") == ["blackout"]
    assert _heads("Aid reached the cyclone-hit islands.") == ["cyclone"]
    assert _heads("Depositors lost savings in the lender's sudden failure.") == ["failure"]
    assert _heads("Fans cheered the team's statement.") == []  # no nominalisation of an act


def test_a_verb_of_phase_with_no_object_selects_a_lasting_condition() -> None:
    """A happening or a condition is what begins, worsens or drags on: the subject of a verb
    of phase with no object after it."""
    assert _heads("Power cuts spread as the heatwave persisted into a second week.") == ["heatwave"]
    assert _heads("Bakeries ran out of flour when the shortage worsened sharply.") == ["shortage"]
    assert _heads("The blackout began shortly after six, the grid operator said.") == ["blackout"]
    assert _heads("Talks resumed as the standoff entered its third week.") == ["standoff"]
    # any determiner of the shared closed class opens the span, not only "its"
    assert _heads("Schools stayed shut as the lockout entered this second week.") == ["lockout"]
    assert _heads("The outage began at about 2:15 a.m. in the east.") == ["outage"]  # a time, no level
    assert _heads("The vigil started in the 2nd district.") == ["vigil"]  # an ordinal, no level


def test_a_verb_of_phase_with_an_agent_or_a_level_selects_nothing() -> None:
    """A catenative's subject is an agent, a level reached tells a measure's course, and a
    place entered is no span of a happening."""
    assert _heads("The union began to ballot its members on Friday.") == []
    assert _heads("The bakery started up a second production line.") == []
    assert _heads("The shares ended at 412 pence in London.") == []
    assert _heads("The index eased to 96.4 in March.") == []
    assert _heads("The delegation entered the chamber at noon.") == []


def test_what_is_declared_or_answered_for_is_a_happening() -> None:
    """A verb of declaring takes the state that begins ("a state of X" declares X); "over"
    after a verb of sanction names what the sanction answers, not a place."""
    assert _heads("The governor declared a state of disaster in three counties.") == ["disaster"]
    assert _heads("Water boards imposed a hosepipe ban across the south.") == ["ban"]
    assert _heads("Regulators fined two lenders over the outage on Friday.") == ["outage"]
    assert _heads("Police detained 1,200 people over the looting.") == ["looting"]
    assert _heads("A drone flew over the stadium on Sunday.") == []
    assert _heads("The mayor declared that the roads were open.") == []


def test_a_framed_word_is_the_story_s_word_in_every_article(pipeline: Pipeline) -> None:
    """Framed in one article, the word is learned for the story; a word no article frames
    is not, nor is anything in a story of one article."""
    one = {"id": "a", "published": "2026-03-02", "text": "Rail traffic stopped after the derecho on Sunday."}
    two = {"id": "b", "published": "2026-03-02", "text": "The derecho flattened barns across the county."}
    other = {"id": "c", "published": "2026-03-02", "text": "Farmers counted losses on Monday."}
    run = [pipeline.run(Article.from_dict(a)) for a in (one, two, other)]
    assert "derecho" in learned_lemmas(run)
    assert "derecho" not in learned_lemmas([run[1], run[2]])
    assert learned_lemmas([run[0]]) == frozenset()


def test_undated_documents_learn_nothing(pipeline: Pipeline) -> None:
    run = [pipeline.run(Article.from_dict({"id": k, "text": "Traffic stopped after the derecho. The derecho passed."}))
           for k in ("a", "b")]
    assert learned_lemmas(run) == frozenset()


def test_a_learned_word_joins_the_central_event(pipeline: Pipeline) -> None:
    """Outlets name the happening with a noun no trigger list has ("glitch"): the story
    learns it from its frames and its mentions join the central event."""
    arts = [
        {"id": "m1", "published": "2026-02-10", "title": "Crypto exchange glitch",
         "text": "Trading halted on Monday after a glitch at the Quarra exchange in Lisbon, the company said.\n"
                 "Customers could not withdraw funds for six hours."},
        {"id": "m2", "published": "2026-02-11", "title": "Quarra users count losses",
         "text": "Users of the Quarra exchange counted their losses on Tuesday.\n"
                 "Monday's glitch wiped out about 40 million euros, analysts said."},
        {"id": "m3", "published": "2026-02-11",
         "text": "Portuguese regulators opened an inquiry into the glitch at Quarra on Tuesday.\n"
                 "The company blamed a software fault."},
    ]
    story = story_of(pipeline, arts)
    held = {t for _, t in event_texts(story) if t.lower() == "glitch"}
    assert held == {"glitch"}
    assert sum(1 for _, t in event_texts(story) if t == "glitch") >= 2
    assert story.events[0].when is not None and story.events[0].when.startswith("2026-02-09")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc defthe after.,'s-hit"), max_size=80))
def test_frame_heads_slice_the_text(text: str) -> None:
    for w, s, e in frame_heads(text):
        assert text[s:e] == w and w.islower()


def _arts(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"x{n}", "published": "2026-05-04", "text": t} for n, t in enumerate(texts)]


def test_the_central_participants_are_what_several_leads_name(pipeline: Pipeline) -> None:
    run = [pipeline.run(Article.from_dict(a)) for a in _arts(
        "A pedestrian bridge over the Tamar came down on Sunday, officials said.",
        "Engineers inspected the bridge on Monday.",
        "Traffic resumed on Tuesday.")]
    assert "bridg" in participants(run) or "bridge" in participants(run)
    assert "tamar" not in participants(run)


def test_a_phrasal_verb_of_a_central_participant_is_its_change(pipeline: Pipeline) -> None:
    """A phrasal verb after a central participant, with no object: the participant's change
    ("the crane came down"); a participle, a passive or a verb with an object is not."""
    run = [pipeline.run(Article.from_dict(a)) for a in _arts(
        "The crane came down onto the rail line on Sunday.",
        "The crane's operator was questioned after the crane toppled, police said.",
        "Rail services were suspended. The crane lifted beams all week.")]
    found = {(art, w) for art, got in participant_verbs(run).items() for w, _, _ in got}
    assert ("x0", "came") in found
    assert not any(w in ("lifted", "questioned", "suspended") for _, w in found)


def test_the_central_event_is_named_by_the_event_plugin_s_words(pipeline: Pipeline) -> None:
    """Learned words join the central event, but its trigger stays a word the events plugin
    read (they may be many: "the curve" told four times in a derailment story)."""
    arts = [
        {"id": "f1", "published": "2026-07-01", "title": "Ferry capsizes off Lesbos",
         "text": "A ferry capsized off Lesbos on Tuesday after the squall, the coastguard said.\n"
                 "The squall hit the harbour at noon."},
        {"id": "f2", "published": "2026-07-01",
         "text": "The ferry capsized near Mytilene on Tuesday during the squall.\nThe squall passed within an hour."},
    ]
    story = story_of(pipeline, arts)
    assert story.events[0].trigger != "squall"


def test_a_noun_before_a_noun_modifies_it() -> None:
    text = "Police sealed the parade route after the explosion. The marathon's finish line moved."
    at = text.index
    assert modifies(text, at("parade"), at("parade") + 6)
    assert not modifies(text, at("explosion"), at("explosion") + 9)
    assert modifies(text, at("marathon"), at("marathon") + 8)  # a possessive
    verb = "Rangers sacked coach Ellis on Friday."
    assert not modifies(verb, verb.index("sacked"), verb.index("sacked") + 6)  # a verb takes its object


def test_a_setting_named_as_a_modifier_is_not_the_news(pipeline: Pipeline) -> None:
    """Outlets name the setting ("the parade stage", "Parade organisers") in their headlines
    and leads more often than the happening: as a modifier it does not support the setting as
    the story's central event."""
    arts = [
        {"id": "p1", "published": "2026-08-03", "title": "Parade organisers shaken after stabbing",
         "text": "A teenager was stabbed near the parade stage in Leeds on Sunday afternoon, police said.\n"
                 "The parade committee said it was shocked."},
        {"id": "p2", "published": "2026-08-03", "title": "Man held over Leeds stabbing",
         "text": "Police arrested a man after a stabbing at the Leeds carnival on Sunday.\nThe parade's stewards gave first aid."},
        {"id": "p3", "published": "2026-08-04", "title": "Parade route to change",
         "text": "Organisers of the Leeds parade said the parade route would change next year.\n"
                 "The parade marshals met on Monday."},
    ]
    story = story_of(pipeline, arts)
    assert story.events[0].trigger in ("stabbed", "stabbing")


def test_a_verb_of_a_central_participant_with_a_path_is_its_change(pipeline: Pipeline) -> None:
    """A past form after a central participant with a preposition of path and no object:
    where the participant went ("the tram ploughed into a shelter"); a form of being or
    saying before a path is none ("the tram was into its last stop")."""
    run = [pipeline.run(Article.from_dict(a)) for a in _arts(
        "A runaway tram ploughed into a bus shelter in Graz on Sunday, police said.",
        "The tram derailed on a bend, the operator said.",
        "The tram was into its last loop when the brakes went. The tram carried 40 people.")]
    found = {(art, w) for art, got in participant_verbs(run).items() for w, _, _ in got}
    assert ("x0", "ploughed") in found
    assert not any(w in ("was", "carried", "said") for _, w in found)


def test_what_a_force_of_nature_did_is_a_happening(pipeline: Pipeline) -> None:
    """A past form after a force of nature or a body of water tells what it did, with or
    without an object; not in a clause of setting, after a preposition, or a level reached."""
    run = [pipeline.run(Article.from_dict(a)) for a in _arts(
        "The creek burst its banks on Saturday night, cutting off two hill villages, officials said.",
        "Mud first swept into the valley shortly after midnight. Lava engulfed the ski lodge.",
        "The pump house where the water collected was shut. The creek crested at nearly 4.1 metres "
        "on Sunday. Flooding along the creek killed two people.")]
    found = {(art, w) for art, got in participant_verbs(run).items() for w, _, _ in got}
    assert {("x0", "burst"), ("x1", "swept"), ("x1", "engulfed")} <= found
    assert not any(w in ("collected", "crested", "killed", "was") for _, w in found)


_LIBRARY = [
    {"id": "c1", "published": "2026-03-02",
     "text": "The city of Brennport made an offer for the old Carnegie library on Monday, the mayor said.\n"
             "The council will debate the offer next week."},
    {"id": "c2", "published": "2026-03-02",
     "text": "Brennport has made an offer for the disused Carnegie library, officials said on Monday.\n"
             "Preservation groups praised the offer."},
    {"id": "c3", "published": "2026-03-03",
     "text": "The owners of the Carnegie library in Brennport will answer the city by Friday.\n"
             "Their lawyer said the offer was too low. He did not offer a figure. The offer letter came by post."},
]


def test_a_noun_keeps_the_sense_the_story_s_leads_read_it_in(pipeline: Pipeline) -> None:
    """Two leads read "an offer for"; a third outlet's "the offer" has no such context of
    its own, but it is the story's offer: a mention of it. Its verb ("did not offer a
    figure") and a noun it modifies ("the offer letter") are not carried."""
    run = [pipeline.run(Article.from_dict(a)) for a in _LIBRARY]
    added = [(u.ref.article, u.ref.start) for u in story_sense_units(run, story_units(run))]
    text = _LIBRARY[2]["text"]
    assert added == [("c3", text.index("offer was"))]


def test_a_word_one_lead_reads_is_not_the_story_s(pipeline: Pipeline) -> None:
    arts = [dict(a) for a in _LIBRARY]
    arts[1]["text"] = "Brennport wants the disused Carnegie library, officials said on Monday."
    run = [pipeline.run(Article.from_dict(a)) for a in arts]
    assert story_sense_units(run, story_units(run)) == []


def test_a_noun_use() -> None:
    text = "They made an eight-year offer. Analysts doubted Thursday's 31-24 win. He will offer them a job."
    assert noun_use(text, text.index("offer"), text.index("offer") + 5)
    assert noun_use(text, text.index("win"), text.index("win") + 3)
    assert not noun_use(text, text.index("offer them"), text.index("offer them") + 5)


def test_a_quantifying_determiner_opens_the_next_phrase_never_extends_the_last() -> None:
    """A preposition of time selects one noun phrase: a determiner such as "another" or
    "every" opens the next one, whose head is no happening ("before Lind's resignation
    another director, ..." does not make "director" an event word), and after a preposition
    it opens the phrase the preposition selects ("after another collapse")."""
    assert [w for w, _, _ in frame_heads("The day before Lind's resignation another director, "
                                         "Jonas Berg, quit.")] == []
    assert [w for w, _, _ in frame_heads("A week after the storm every ferry, even the largest, "
                                         "stayed in port.")] == []
    assert [w for w, _, _ in frame_heads("After another collapse, the mine shut.")] == ["collapse"]
