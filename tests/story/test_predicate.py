"""The story's central event as the predicate its leads share (story/predicate.py).

The sentences are invented, of other kinds of news than the stories the errors were seen in
(a fine, a rate cut, a prisoner swap): a city doubling its parking fees, a ministry scrapping
tuition fees, a club postponing a match, a union renewing a contract."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.predicate import base, family_of, lead_predicate, story_bases
from tests.story.helpers import story_of


def test_inflections_are_one_stem() -> None:
    assert base("doubled") == base("doubles") == base("doubling") == base("double")
    assert base("scrapped") == base("scrapping") == base("scrap")
    assert base("struck") == base("strike")  # an irregular past form
    assert base("annulled") == base("annul")


def test_a_derived_noun_is_its_verb_only_when_the_story_uses_the_verb() -> None:
    """The closed class of derivational suffixes applied to the story's own words: the
    noun joins a verb the story says, never by a list of event words."""
    bases = story_bases(["The club postponed the derby.", "Fans learned the eviction date.", "Crews renewed it."])
    assert family_of("postponement", bases) == base("postponed")
    assert family_of("renewal", bases) == base("renewed")
    assert family_of("eviction", frozenset()) == base("eviction")  # no "evicted" in the story
    assert family_of("postponement", frozenset()) == base("postponement")


def test_a_short_stem_takes_no_suffix_off() -> None:
    """"finance" and "final" are not forms of "fine": a derivation keeps a stem of four letters."""
    bases = story_bases(["The city fined the firm."])
    assert family_of("finance", bases) != base("fined")
    assert family_of("final", bases) != base("fined")


def _arts(*rows: tuple[str, str]) -> list[dict[str, str]]:
    return [{"id": f"p{n}", "published": "2026-04-14", "title": t, "text": x} for n, (t, x) in enumerate(rows)]


PARKING = _arts(
    ("Lisbon doubles parking fees in the old town",
     "Lisbon's city council on Monday doubled the hourly fee for street parking in the historic centre, "
     "saying it wanted fewer cars in narrow streets.\nResidents' permits are not affected."),
    ("Drivers fume as parking charges double",
     "Motorists reacted angrily on Tuesday after the council voted to double parking charges in the old town.\n"
     "Shop owners said they would lose customers."),
    ("What the new parking fees mean for you",
     "The doubling of parking fees takes effect on May 1, the council said.\n"
     "Drivers with electric cars will pay the old rate until next year."),
)


def test_the_predicate_the_leads_share_is_the_news(pipeline: Pipeline) -> None:
    """Every lead names the act in its own form ("doubles", "to double", "the doubling");
    the nouns the leads share ("parking", "fees", "council") are no predicate anywhere."""
    run = [pipeline.run(Article.from_dict(a)) for a in PARKING]
    assert lead_predicate(run) == base("double")


def test_a_toll_s_change_is_no_predicate(pipeline: Pipeline) -> None:
    """"The death toll rose" tells a count; the predicate is the happening both leads name."""
    run = [pipeline.run(Article.from_dict(a)) for a in _arts(
        ("Bus plunges into gorge in Nepal", "A crowded bus plunged into a gorge in western Nepal on Sunday, police said."),
        ("Nepal bus toll rises to 19", "The death toll rose to 19 on Monday, a day after the bus plunged into a gorge."))]
    assert lead_predicate(run) == base("plunged")


def test_a_story_of_one_article_has_no_shared_predicate(pipeline: Pipeline) -> None:
    run = [pipeline.run(Article.from_dict(PARKING[0]))]
    assert lead_predicate(run) is None


TUITION = [
    {"id": "t1", "published": "2026-09-02", "title": "Ministry scraps tuition fees for nursing students",
     "text": "The education ministry on Tuesday scrapped tuition fees for nursing students at public universities, "
             "officials said.\nAbout 40,000 students are expected to benefit."},
    {"id": "t2", "published": "2026-09-02", "title": "Nursing students cheer end of fees",
     "text": "Student unions welcomed the ministry's plan to scrap fees for nursing degrees.\n"
             "The scrapping of fees will cost the state about 90 million a year, the ministry said."},
    {"id": "t3", "published": "2026-09-03", "title": "Universities weigh cost of fee scrapping",
     "text": "University rectors said on Wednesday that they had not been consulted before the ministry "
             "scrapped the fees.\nThey asked for compensation."},
]


def test_every_form_of_the_predicate_joins_the_central_event(pipeline: Pipeline) -> None:
    """The act is no trigger in any form; its forms in every article make the central event,
    dated by the lead's own clause ("on Tuesday scrapped")."""
    story = story_of(pipeline, TUITION)
    central = story.events[0]
    held = {(m.article, m.text) for m in central.mentions}
    assert {("t1", "scrapped"), ("t2", "scrap"), ("t2", "scrapping"), ("t3", "scrapped")} <= held
    assert central.when is not None and central.when.startswith("2026-09-01")


def test_a_form_that_modifies_a_noun_is_not_the_act(pipeline: Pipeline) -> None:
    story = story_of(pipeline, [*TUITION, {"id": "t4", "published": "2026-09-03", "title": "",
                                          "text": "Scrap metal dealers reported a quiet week.\nThe scrap yard closed."}])
    held = {(m.article, m.text) for m in story.events[0].mentions}
    assert ("t4", "scrap") not in held


@settings(max_examples=30, deadline=None)
@given(st.permutations(range(3)))
def test_the_predicate_does_not_depend_on_article_order(pipeline: Pipeline, order: list[int]) -> None:
    run = [pipeline.run(Article.from_dict(TUITION[k])) for k in order]
    assert lead_predicate(run) == base("scrap")


def test_a_general_noun_is_an_anaphor_only_when_definite_and_a_head() -> None:
    from newskit.story.predicate import _anaphor

    def at(text: str, word: str) -> bool:
        s = text.index(word)
        return _anaphor(text, s, s + len(word))

    assert at("Parents welcomed the decision on Monday.", "decision")
    assert at("Unions criticised the ministry's abrupt move.", "move")
    assert not at("A decision is expected next week.", "decision")  # indefinite
    assert not at("The national disaster agency sent tents.", "disaster")  # a modifier
    assert not at("Residents were told to move their cars.", "move")  # a verb


def test_a_definite_general_noun_joins_the_central_event(pipeline: Pipeline) -> None:
    """"The decision", "the move" name the act the story leads with, in any article."""
    arts = [TUITION[0],
            {**TUITION[1], "text": TUITION[1]["text"] + "\nStudents said the decision was overdue."},
            {**TUITION[2], "text": TUITION[2]["text"] + "\nOne rector called the move rushed."}]
    held = {(m.article, m.text) for m in story_of(pipeline, arts).events[0].mentions}
    assert {("t2", "decision"), ("t3", "move")} <= held


def test_a_general_noun_after_another_happening_stays_with_it(pipeline: Pipeline) -> None:
    """A happening named by a noun nearer before it is what the general noun refers to."""
    extra = {"id": "t4", "published": "2026-09-03", "title": "Students march in the capital",
             "text": "Thousands of nursing students joined a march in the capital on Wednesday.\n"
                     "A protest outside parliament turned violent later in the day. Police defended the decision "
                     "to clear the square."}
    held = {(m.article, m.text) for m in story_of(pipeline, [*TUITION, extra]).events[0].mentions}
    assert ("t4", "decision") not in held


def test_two_heads_of_one_compound_are_one_act(pipeline: Pipeline) -> None:
    """Outlets write "betting ban" and "betting suspension": heads that share a modifier with
    the lead predicate in the leads tell the same act; a plural before a word is a subject
    ("players bet"), not a modifier."""
    from newskit.story.predicate import predicate_families

    arts = [
        {"id": "b1", "published": "2026-03-06", "title": "Goalkeeper Rusu handed two-year betting ban",
         "text": "The Moldovan football league on Friday banned goalkeeper Ion Rusu for two years for betting on "
                 "matches of his own club.\nRusu said he would appeal."},
        {"id": "b2", "published": "2026-03-06", "title": "Rusu to fight betting suspension",
         "text": "Ion Rusu's lawyer said on Friday the goalkeeper would challenge his suspension, which was "
                 "imposed after players bet on two matches.\nThe club said it respected the ban."},
    ]
    run = [pipeline.run(Article.from_dict(a)) for a in arts]
    fams = predicate_families(run, frozenset({base("suspension"), base("ban")}))
    assert base("ban") in fams and base("suspension") in fams


def test_a_happening_before_its_sentences_act_is_not_dated_by_it(pipeline: Pipeline) -> None:
    """"cleared rubble on Thursday after the collapse of a car park": the collapse came before
    Thursday's act, so Thursday is not its date ("since", "following" and "had caused the
    collapse" alike); "after the roof caved in" is a clause of its own, dated by its sentence,
    and the object of a verb in the simple past ("discussed the collapse") keeps its date."""
    from newskit.story.predicate import _context

    text = ("Crews cleared rubble in Leeds on Thursday after the collapse of a car park. "
            "Engineers said on Friday that a crack had caused the collapse. "
            "Shoppers fled on Tuesday after the roof caved in. "
            "The council on Wednesday discussed the collapse.")
    a = pipeline.run(Article.from_dict({"id": "cp", "published": "2026-05-08", "title": "Car park", "text": text}))

    def when(word: str, n: int = 1) -> str | None:
        pos = -1
        for _ in range(n):
            pos = text.index(word, pos + 1)
        return _context(a, pos)[0]

    assert when("collapse") is None and when("collapse", 2) is None
    assert when("caved") == "2026-05-05"
    assert when("collapse", 3) == "2026-05-06"
