"""A death that is the news is no toll of another happening (story/central.py
``_one_death``): when the leads tell a death ("the actor died") or the central event is a
killing that names the person ("hanged himself", "stabbed his mother"), an outlet's "was
found dead" or "died" of that person tells the same death and joins the central event;
a death most of whose mentions name other people stays apart, one outlet's stray name does
not set it apart. Stories written for these tests (a death in custody, a stabbing, a murder)."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Event, SpanRef
from newskit.story import build_story
from newskit.story.central import kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma
from tests.story.helpers import titled_articles

_CUSTODY = [
    ("2026-02-11", "Burglary suspect hangs himself in Dunmore jail",
     "Peter Grady, a suspect in a string of burglaries, hanged himself in his cell at Dunmore jail "
     "on Tuesday night, police said. Grady had been arrested on Monday."),
    ("2026-02-11", "Suspect hanged himself hours after arrest",
     "Peter Grady hanged himself in a cell at Dunmore jail on Tuesday, hours after his arrest. "
     "An inquiry into his death has begun."),
    ("2026-02-11", "Burglary suspect found dead in cell",
     "Peter Grady was found dead in his cell at Dunmore jail late on Tuesday, police said. "
     "Guards had checked on him an hour earlier."),
]


def _first_words(rows: list[tuple[str, str, str]]) -> set[str]:
    story = build_story([Pipeline.build().run(a) for a in titled_articles(rows)])
    return {m.text.lower() for m in story.events[0].mentions}


def test_the_death_of_the_person_a_killing_names_is_that_killing() -> None:
    words = _first_words(_CUSTODY)
    assert "hanged" in words
    assert "dead" in words


_OTHER_DEATH = [
    ("2026-06-02", "Man stabbed his neighbour in Kelton",
     "A man stabbed his neighbour Joan Farr outside her home in Kelton on Monday, police said. "
     "Farr was taken to hospital."),
    ("2026-06-02", "Kelton man stabs neighbour",
     "Police said a Kelton man stabbed Joan Farr, his neighbour, on Monday evening. "
     "In an unrelated case, Tom Breen was found dead in Kelton on Sunday."),
]


def test_a_death_of_another_person_stays_apart() -> None:
    assert "dead" not in _first_words(_OTHER_DEATH)


_MURDER = [
    ("2026-04-20", "Woman murdered at Kelton farm",
     "A woman was murdered at a farm outside Kelton on Saturday night, police said. "
     "Her family has been told."),
    ("2026-04-20", "Kelton farm murder",
     "A woman was murdered at a farm near Kelton on Saturday. "
     "Detectives appealed for witnesses."),
    ("2026-04-20", "Body found at Kelton farm",
     "A woman was found dead at a farm near Kelton late on Saturday, the Ardmore Courier reported. "
     "Police said she had been murdered."),
]


def test_a_death_joins_a_killing_the_leads_tell() -> None:
    words = _first_words(_MURDER)
    assert "murdered" in words
    assert "dead" in words


def _unit(article: str, word: str, cls: str, *, who: frozenset[str] = frozenset()) -> Unit:
    ref = SpanRef(article=article, start=40, end=40 + len(word), text=word)
    source = Event(id=f"{article}:0", type=cls, trigger=word, when=None, mentions=(ref,))
    return Unit(key=(article, 40, 40 + len(word)), ref=ref, source=source, event=0,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=who, lead=True,
                sentence=(), doc=(), published=None)


_KILLING = [_unit(f"h{n}", "hanged", "violence") for n in range(3)]


def test_one_outlets_stray_name_keeps_no_death_of_the_news_apart() -> None:
    deaths = [_unit("a", "dead", "violence", who=frozenset({"sicilian"})),
              _unit("b", "dead", "violence"), _unit("c", "died", "violence")]
    assert kept_apart(deaths, _KILLING, excluded) is None


def test_a_death_whose_outlets_name_other_people_stays_apart() -> None:
    deaths = [_unit("a", "dead", "violence", who=frozenset({"tombreen"})),
              _unit("b", "dead", "violence", who=frozenset({"annmoss"})), _unit("c", "died", "violence")]
    assert kept_apart(deaths, _KILLING, excluded) == "participant"
