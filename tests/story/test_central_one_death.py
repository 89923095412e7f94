"""A death that is the news is no toll of another happening (story/central.py
``_one_death``): when the leads tell a death ("the actor died") or the central event is a
killing that names the person ("hanged himself", "stabbed his mother"), an outlet's "was
found dead" or "died" of that person tells the same death and joins the central event;
a death of another person stays apart. Stories written for these tests (a death in custody,
a stabbing)."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story import build_story
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
