"""Mentions told with different words joined when nothing in their arguments sets them
apart (issue #10): a definite event noun after an article's lead names what the article led
with. Sentences are invented, of other kinds of news than the stories the errors were seen
in (an air strike, a resignation)."""

from __future__ import annotations

from newskit.story.events import attach_anaphors, definite_anaphors, merge_events, story_units
from tests.story.helpers import make


def test_a_definite_event_noun_after_the_lead_joins_what_the_article_led_with() -> None:
    a = make("a1", "A gas explosion tore through the Kestrel coal mine on Tuesday, trapping 30 miners, the company "
             "said.\nRescue teams worked through the night.\nThe fire burned for six hours before crews could enter "
             "the shaft.\nThe 2019 fire at the same mine killed two workers.", "2025-06-04",
             dates=[("Tuesday", "2025-06-03"), ("2019", "2019")])
    units = story_units([a])
    texts = [(u.ref.text, u.sentence_index) for u in units]
    explosion, fire = texts.index(("explosion", 0)), texts.index(("fire", 2))
    anaphors = definite_anaphors(units, {"a1": a.article.text})
    assert anaphors.get(fire) == explosion
    assert texts.index(("burned", 2)) not in anaphors  # a verb after the noun phrase heads none
    assert texts.index(("fire", 3)) not in anaphors  # another year's fire
    # the central event (first) takes the anaphor; nothing else moves
    clusters = attach_anaphors([[units[explosion]], *([u] for k, u in enumerate(units) if k != explosion)],
                               {"a1": a.article.text})
    assert {u.key for u in clusters[0]} == {units[explosion].key, units[fire].key}
    assert len(clusters) == len(units) - 1


def test_a_pitch_invasion_told_again_by_its_noun_only_in_dated_news() -> None:
    text = ("Fans stormed the pitch at Halden Stadium on Saturday after the final whistle, police said.\n"
            "Stewards were overwhelmed.\nThe invasion lasted ten minutes.")
    dated = story_units([make("a1", text, "2025-05-11", dates=[("Saturday", "2025-05-10")])])
    words = [u.ref.text for u in dated]
    assert definite_anaphors(dated, {"a1": text}) == {words.index("invasion"): words.index("stormed")}
    # a document with no publication date (a collection's) need not lead with its news
    undated = story_units([make("a1", text, None, dates=[("Saturday", "2025-05-10")])])
    assert definite_anaphors(undated, {"a1": text}) == {}


def test_a_word_of_the_leads_family_is_the_antecedent_before_one_of_its_class() -> None:
    text = ("Health Minister Ana Ribeiro resigned on Monday over a hospital contracts inquiry.\n"
            "Her deputy will stand in.\nThe departure leaves the cabinet without a health minister.")
    units = story_units([make("a1", text, "2025-05-13", dates=[("Monday", "2025-05-12")],
                              persons=[("Ana Ribeiro", "Ana Ribeiro")])])
    words = [u.ref.text for u in units]
    found = definite_anaphors(units, {"a1": text})
    assert found.get(words.index("departure")) == words.index("resigned")
    assert words.index("leaves") not in found  # the verb after "The departure" heads no noun phrase


def test_a_decision_told_again_by_a_kin_class_and_a_count_never() -> None:
    text = ("A tribunal convicted the former mayor of Vellan of bribery on Thursday.\nShe denied wrongdoing.\n"
            "The decision can be appealed.")
    units = story_units([make("a1", text, "2025-03-07", dates=[("Thursday", "2025-03-06")])])
    words = [u.ref.text for u in units]
    # a conviction (legal) told again as "the decision" (a decision): kin classes of a body's act
    assert definite_anaphors(units, {"a1": text}) == {words.index("decision"): words.index("convicted")}
    quake = ("A strong earthquake shook the coastal city of Marvela on Sunday.\nRoads were closed.\n"
             "The death toll rose overnight, and then the tremor was felt again.")
    units = story_units([make("b1", quake, "2025-03-10", dates=[("Sunday", "2025-03-09")])])
    found = {units[k].ref.text: units[h].ref.text for k, h in definite_anaphors(units, {"b1": quake}).items()}
    assert found.get("tremor") == "earthquake"
    assert "death" not in found  # the toll counts the news; it is not the news


def test_an_outlet_leading_with_a_kin_word_on_the_central_day_joins_the_central_event() -> None:
    arts = [
        make("a1", "The Harlow University board approved a 7% tuition increase on Friday, the university said.\n"
             "Students protested outside.", "2025-04-05", dates=[("Friday", "2025-04-04")]),
        make("b1", "Harlow University trustees voted 9-2 on Friday to raise tuition by 7% next year.\n"
             "The student union called it a betrayal.", "2025-04-05", dates=[("Friday", "2025-04-04")]),
        make("c1", "The approval of the increase on Friday angered students at Harlow University.\n"
             "Fees will reach $14,000.", "2025-04-06", dates=[("Friday", "2025-04-04")]),
    ]
    central = {(m.article, m.text) for m in merge_events(arts)[0].mentions}
    # b1 tells the news only in its own word ("voted": a political act beside "approved", a decision)
    assert {("a1", "approved"), ("b1", "voted"), ("c1", "approval")} <= central
    assert ("a1", "protested") not in central  # a1 already led with the news: the rest of its lead is more
    other_day = make("b1", "Harlow University trustees voted 9-2 on Tuesday to raise tuition by 7% next year.",
                     "2025-04-05", dates=[("Tuesday", "2025-04-01")])
    central = {(m.article, m.text) for m in merge_events([arts[0], other_day, arts[2]])[0].mentions}
    assert ("b1", "voted") not in central  # another day's vote
