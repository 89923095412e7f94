"""Lead frames aligned across outlets (story/frames.py): the same act on the same theme in
several outlets' leads is one event whatever each outlet's verb.

The sentences are invented, of other kinds of news than the stories the errors were seen in
(a sinkhole, a blocked merger, a law passed, a painting sold): a school board changing its
calendar, a warehouse fire, a stolen violin sold at auction, a pier collapsing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.frames import _context, frame_groups, happening_nouns, lead_frames
from newskit.story.predicate import base


def _arts(*rows: tuple[str, str], published: str | None = "2026-03-10") -> list[Article]:
    return [Article.from_dict({"id": f"f{n}", "published": published, "title": t, "text": x})
            for n, (t, x) in enumerate(rows)]


CALENDAR = (
    ("Riverton board adopts four-day school week",
     "The Riverton school board on Monday adopted a four-day week for its 12 schools, citing a shortage of "
     "teachers.\nParents were split on the change."),
    ("Four-day week comes to Riverton schools",
     "Riverton's school board approved a four-day week on Monday after a heated three-hour meeting.\n"
     "Classes will run from Tuesday to Friday from August."),
    ("Teachers welcome Riverton's shorter week",
     "The teachers' union welcomed the shorter week the board endorsed on Monday, saying it would help recruitment.\n"
     "Some parents said they would struggle to find childcare."),
)

FIRE = (
    ("Fire guts textile warehouse in Porto",
     "A fire broke out at a textile warehouse in Porto's industrial zone on Sunday night, sending smoke over "
     "the city, firefighters said.\nThe fire was brought under control after six hours."),
    ("Porto warehouse blaze: no injuries",
     "Nobody was hurt in the fire that destroyed a textile warehouse in Porto on Sunday, the civil protection "
     "agency said.\nInvestigators said the fire started in a storage room."),
)

VIOLIN = (
    ("Stolen violin sold in Vienna",
     "A violin by the Cremona maker Lorenzo Storioni sold for 1.2 million euros in Vienna on Tuesday, the "
     "auction house said.\nThe buyer was not named."),
    ("Storioni violin fetches 1.2 million euros",
     "An 18th-century violin by Lorenzo Storioni fetched 1.2 million euros at an auction in Vienna on Tuesday.\n"
     "Bidding lasted 11 minutes."),
    ("Family says violin was stolen in 1990",
     "A family in Graz said on Wednesday that the violin was stolen in 1990 from a music school.\n"
     "The auction house said it had checked the instrument's history."),
)


def _frames(pipeline: Pipeline, rows: tuple[tuple[str, str], ...]) -> list[list[tuple[str, str]]]:
    analyses = [pipeline.run(a) for a in _arts(*rows)]
    return [[(f.article, f.word) for f in g] for g in frame_groups(analyses)]


def test_different_verbs_on_one_theme_are_one_act(pipeline: Pipeline) -> None:
    """"adopted a four-day week" / "approved a four-day week" / "the shorter week the board
    endorsed": three verbs, one theme, one day."""
    groups = _frames(pipeline, CALENDAR)
    week = next(g for g in groups if ("f0", "adopted") in g)
    assert ("f1", "approved") in week


def test_the_aligned_words_are_one_story_event(pipeline: Pipeline) -> None:
    """"sold" and "fetched" (and the headline's "fetches") on one violin and one day."""
    story = build_story([pipeline.run(a) for a in _arts(*VIOLIN)])
    assert any({("f0", "sold"), ("f1", "fetched")} <= {(m.article, m.text) for m in e.mentions}
               for e in story.events)


def test_the_subject_of_a_verb_of_occurring_names_the_happening(pipeline: Pipeline) -> None:
    """"A fire broke out": every "fire" of the story is the happening (a phrasal verb with its
    particle), with the lead predicates whose subject it is ("the fire that destroyed")."""
    analyses = [pipeline.run(a) for a in _arts(*FIRE)]
    groups = frame_groups(analyses)
    assert base("fire") in happening_nouns(groups)
    story = build_story(analyses)
    event = next(e for e in story.events if any(m.text == "broke" for m in e.mentions))
    fires = [m for m in event.mentions if m.text == "fire"]
    assert len({m.article for m in fires}) == 2 and len(fires) >= 3


def test_a_frame_of_another_year_is_another_act(pipeline: Pipeline) -> None:
    """"sold" and "fetched" share the violin and its day; "was stolen in 1990" shares the
    violin only."""
    groups = _frames(pipeline, VIOLIN)
    violin = next(g for g in groups if ("f0", "sold") in g)
    assert ("f1", "fetched") in violin
    assert not any(w == "stolen" for g in groups for _a, w in g)


def test_an_act_told_as_wished_is_no_frame(pipeline: Pipeline) -> None:
    """"vowed to fight the plan", "would appeal": not done, so not the news."""
    a = pipeline.run(_arts(("Residents vow to fight the plan",
                            "Residents vowed to fight the plan and the council would appeal, they said."))[0])
    words = {f.word for f in lead_frames(a, _context([a], frozenset()))}
    assert "fight" not in words and "appeal" not in words


def test_a_phrasal_verb_is_one_predicate_with_its_subject(pipeline: Pipeline) -> None:
    """"The pier gave way": the light verb with its particle is a predicate of its own."""
    a = pipeline.run(_arts(("Old pier collapses", "The old wooden pier at Saltburn gave way on Friday, officials said."))[0])
    frames = lead_frames(a, _context([a], frozenset()))
    gave = next(f for f in frames if f.word == "gave")
    assert gave.subject == base("pier")


def test_undated_documents_give_no_groups(pipeline: Pipeline) -> None:
    """A collection of undated documents (ECB+ topics) need not lead with one news."""
    analyses = [pipeline.run(a) for a in _arts(*CALENDAR, published=None)]
    assert frame_groups(analyses) == []


@settings(max_examples=6, deadline=None)
@given(st.permutations(range(3)))
def test_groups_do_not_depend_on_article_order(pipeline: Pipeline, order: list[int]) -> None:
    analyses = [pipeline.run(a) for a in _arts(*CALENDAR)]
    base_groups = {frozenset((f.article, f.start, f.word) for f in g) for g in frame_groups(analyses)}
    shuffled = [analyses[k] for k in order]
    assert {frozenset((f.article, f.start, f.word) for f in g) for g in frame_groups(shuffled)} == base_groups


def test_an_outlets_verb_of_another_class_joins_the_act(pipeline: Pipeline) -> None:
    """"adopted" (an ordinary action to the events plugin) beside "approved" / "endorsed" (a
    decision): the same act on the same week on the same day joins the central event."""
    story = build_story([pipeline.run(a) for a in _arts(*CALENDAR)])
    held = {(m.article, m.text) for m in story.events[0].mentions}
    assert {("f0", "adopted"), ("f1", "approved"), ("f2", "endorsed")} <= held


FARES = (
    ("Transit authority raises bus fares",
     "The regional transit authority raised bus fares by 10% on Monday, the second time they have been "
     "increased in two years.\nA single ticket now costs 2.20 euros."),
    ("Riders angry at fare rise",
     "Commuters on Monday protested against the increase in fares, saying wages had not kept up.\n"
     "The authority said the rise was needed to pay for new buses."),
)


def test_an_event_noun_with_an_in_complement_names_its_theme(pipeline: Pipeline) -> None:
    """"the increase in fares" (a noun of a verb the story inflects, "increased") is the act on
    the fares that "raised bus fares" and the headline's "raises" tell (a past form after a
    common-noun subject is a verb); "in" takes only a common noun ("a fire in Porto" names a
    place, not a theme)."""
    groups = _frames(pipeline, FARES)
    fares = next(g for g in groups if ("f0", "raises") in g)
    assert ("f1", "increase") in fares and ("f0", "raised") in fares


def test_a_verb_taking_an_infinitive_frames_the_act_after_it(pipeline: Pipeline) -> None:
    """"was poised to reopen", "is set to open": the catenative tells no act of its own."""
    a = pipeline.run(_arts(("Museum to reopen", "The city museum was poised to reopen on Friday, its director said."))[0])
    assert "poised" not in {f.word for f in lead_frames(a, _context([a], frozenset()))}


def test_the_subject_of_a_passive_is_its_theme_even_a_name(pipeline: Pipeline) -> None:
    """"coach Lena Brandt was sacked" / "dismissed coach Lena Brandt": the person a passive
    tells of is what was acted on, not an agent, so one theme across outlets (a coach sacked;
    the error was seen on a central bank governor's removal)."""
    groups = _frames(pipeline, (
        ("Rovers sack coach Brandt", "Rovers on Monday dismissed head coach Lena Brandt after nine defeats in a row."),
        ("Brandt out at Rovers", "Head coach Lena Brandt was sacked by Rovers on Monday, the club said."),
    ))
    assert any({w for _a, w in g} >= {"dismissed", "sacked"} for g in groups)


def test_an_infinitive_after_a_verb_of_agreeing_is_the_act(pipeline: Pipeline) -> None:
    """"The school board voted 5-2 on Monday to close two schools": the closing is told as
    done (the error was seen on a council budget); "vowed to fight" is not."""
    a = pipeline.run(_arts(("Board votes to close schools",
                            "The school board voted 5-2 on Monday to close two primary schools in the north "
                            "of the district."))[0])
    frames = lead_frames(a, _context([a], frozenset()))
    assert {f.word: f.theme for f in frames}.get("close") == base("school")


def test_a_verb_of_occurring_after_the_first_sentence_names_no_happening(pipeline: Pipeline) -> None:
    """"the union had opened with a demand of 12%" in a lead's second sentence tells a detail
    of a party, not the news: "union" is no happening noun, and the outlets' "union"s are no
    event (the word opens the lead in the headline or the first sentence only)."""
    rows = (
        ("Dock workers accept pay offer, ending strike at Gdansk port",
         "Dock workers at the port of Gdansk accepted a 7% pay rise on Thursday, ending a nine-day strike.\n"
         "Talks had stalled for a week after the union had opened with a demand of 12%, officials said."),
        ("Gdansk strike ends as union backs deal",
         "The dockers' union at Gdansk approved a pay deal on Thursday that ends a strike which had "
         "halted container traffic.\nThe union said members voted by a large majority."),
    )
    analyses = [pipeline.run(a) for a in _arts(*rows)]
    assert base("union") not in happening_nouns(frame_groups(analyses))
    story = build_story(analyses)
    assert not any(m.text == "union" for e in story.events for m in e.mentions)


def _nouns(pipeline: Pipeline, rows: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return happening_nouns(frame_groups([pipeline.run(a) for a in _arts(*rows)]))


def test_a_verb_of_occurring_with_an_object_tells_an_agents_act(pipeline: Pipeline) -> None:
    """"Engineers opened the sluice gates": an object after a verb of occurring that is no
    verb of impact makes its subject an agent, no happening; "a storm hit the coast" keeps its
    happening."""
    rows = (
        ("Engineers open sluice gates as Danube rises",
         "Engineers opened the sluice gates of the Gabcikovo barrage on Monday to ease pressure on the dykes."),
        ("Sluice gates opened at Gabcikovo",
         "Water authorities opened the sluice gates of the Gabcikovo barrage on Monday, the ministry said."),
    )
    nouns = _nouns(pipeline, rows)
    assert base("engineer") not in nouns and base("authority") not in nouns
    storm = (
        ("Storm batters Brittany", "A storm hit the coast of Brittany on Monday, cutting power to 80,000 homes."),
        ("Brittany counts storm damage", "The storm that hit Brittany on Monday uprooted trees in Brest."),
    )
    assert base("storm") in _nouns(pipeline, storm)


def test_breaking_out_of_a_place_is_no_happening(pipeline: Pipeline) -> None:
    """"Two wolves broke out of their enclosure": an escape by its agents, not "wolves" as a
    happening (every "wolves" of the story would be the event)."""
    rows = (
        ("Wolves escape from Bavarian wildlife park",
         "Two wolves broke out of their enclosure at a wildlife park near Passau on Sunday, police said."),
        ("Passau wolves recaptured",
         "Two wolves that broke out of an enclosure near Passau on Sunday were recaptured on Monday."),
    )
    assert base("wolve") not in _nouns(pipeline, rows) and base("wolf") not in _nouns(pipeline, rows)


def test_a_pronoun_subject_names_no_happening(pipeline: Pipeline) -> None:
    """"on the day it opened": the pronoun's noun is not read here, so no noun before it is
    taken for the happening (a bridge is no event)."""
    rows = (
        ("Crowds cross new Danube bridge",
         "More than 40,000 people walked across the new bridge in Novi Sad on the day it opened, the city said."),
        ("Novi Sad bridge draws crowds",
         "The new bridge in Novi Sad drew 40,000 walkers on Saturday, the day it opened to the public."),
    )
    assert base("bridge") not in _nouns(pipeline, rows)


def test_the_of_complement_of_an_object_is_a_theme_too(pipeline: Pipeline) -> None:
    """"opened the sluice gates of the barrage late on Monday": the act is done to the gates
    and to the barrage as a whole (another outlet says "the barrage release"); the adverb
    ends the phrase."""
    a = pipeline.run(_arts(("Gates opened", "Engineers opened the sluice gates of the Gabcikovo barrage late on "
                                            "Monday, the ministry said."))[0])
    themes = {f.theme for f in lead_frames(a, _context([a], frozenset())) if f.word == "opened"}
    assert {base("gates"), base("barrage")} <= themes
