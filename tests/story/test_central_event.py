"""The story's central event on invented multi-outlet stories: the happening the articles
lead with, one timeline entry, never a casualty count or a past event of the same kind."""

from __future__ import annotations

from newskit import Pipeline
from tests.story import figure_stories as stories
from tests.story.helpers import story_of as _story


def test_quake_is_the_central_event_not_its_injured(pipeline: Pipeline) -> None:
    story = _story(pipeline, stories.QUAKE)
    central = story.events[0]
    assert central.type == "disaster" and central.trigger in ("earthquake", "quake"), central
    assert set(central.sources) == {a["id"] for a in stories.QUAKE}
    assert central.when is not None and central.when.startswith("2024-04-03")


def test_past_quake_sentences_stay_out_of_the_central_event(pipeline: Pipeline) -> None:
    story = _story(pipeline, stories.QUAKE)
    texts = {a["id"]: a["text"] for a in stories.QUAKE}
    for m in story.events[0].mentions:
        line = texts[m.article][texts[m.article].rfind("\n", 0, m.start) + 1:].split("\n", 1)[0]
        assert "1999" not in line, m


def test_an_event_every_source_only_deems_possible_is_not_central(pipeline: Pipeline) -> None:
    """Both outlets lead with a strike that might come; the walkout that happened is the news."""
    arts = [
        {"id": "o1", "published": "2024-03-04",
         "text": "Rail workers could strike across the country next month, analysts warned.\n"
                 "Fares rose in January. Many trains were late.\n"
                 "Union members walked out on Monday at three depots in Leeds."},
        {"id": "o2", "published": "2024-03-04",
         "text": "Rail workers might strike across the country, the minister said.\n"
                 "Fares rose in January. Many trains were late.\n"
                 "Dock workers walked out on Monday in Leeds, the union said."},
    ]
    story = _story(pipeline, arts)
    strike = [e for e in story.events if e.trigger == "strike"]
    assert strike and all(e.modality == "hypothetical" for e in strike)
    assert story.events[0].trigger == "walked" and story.events[0].modality is None


def test_an_ordinary_action_the_headlines_name_is_central(pipeline: Pipeline) -> None:
    """"Petrov stops Okoro in fourth round": "stopped" is an ordinary action to the events
    plugin and no lead predicate ("stop" is a phase verb), the round and the bout are
    contests, but every headline names the stopping: the outlets made it their news
    (story/central_model.py ``choose``; without the headlines' say the round was chosen)."""
    arts = [
        {"id": "b1", "source": "Ring Daily", "published": "2026-05-10",
         "title": "Petrov stops Okoro in fourth round",
         "text": "Heavyweight champion Ivan Petrov stopped challenger Sam Okoro in the fourth round on "
                 "Saturday night in Kyiv.\nPetrov retained his title in front of 40,000 fans.\n"
                 "The referee halted the bout after Okoro was knocked down twice."},
        {"id": "b2", "source": "Sports Wire", "published": "2026-05-10",
         "title": "Petrov retains crown, stops Okoro",
         "text": "Ivan Petrov stopped Sam Okoro in four rounds on Saturday to keep his heavyweight belts.\n"
                 "The champion retained the title with a brutal right hand.\n"
                 "Okoro had won all 22 of his previous fights."},
        {"id": "b3", "source": "Evening Post", "published": "2026-05-11",
         "title": "Champion Petrov stops challenger",
         "text": "Champion Ivan Petrov stopped Sam Okoro in the fourth round of their title fight in Kyiv "
                 "on Saturday.\nPetrov will now face the winner of a bout in London next month."},
    ]
    central = _story(pipeline, arts).events[0]
    assert central.trigger == "stopped" and central.when == "2026-05-09", central
    assert set(central.sources) == {"b1", "b2", "b3"}, central


def test_a_surname_and_the_full_name_are_one_participant(pipeline: Pipeline) -> None:
    arts = [{"id": "v1", "source": "Andes Post", "published": "2026-03-09",
             "text": "Elena Vargas won the presidential runoff on Sunday, the electoral council said."},
            {"id": "v2", "source": "Metro Wire", "published": "2026-03-09",
             "text": "Vargas won Sunday's presidential runoff, official results showed."}]
    central = _story(pipeline, arts).events[0]
    assert "Vargas" not in central.who and "Elena Vargas" in central.who, central.who
