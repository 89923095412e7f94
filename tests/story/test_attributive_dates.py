"""A date hyphened to the noun it describes ("a 19th-century statue", "the 1990s-era rules")
names that thing's era, never the time of the act told in its sentence: the story must not
date a statue's toppling to the nineteenth century. A day so joined ("a Monday-night raid")
still dates the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, DateMention, Pipeline
from newskit.story import build_story
from newskit.timex import attributive_date


def _date(text: str, surface: str, value: str) -> DateMention:
    s = text.index(surface)
    return DateMention(start=s, end=s + len(surface), text=surface, value=value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Protesters pulled down a 19th-century statue in the square.", "19th-century", "18"),
    ("The council scrapped the 1990s-era parking rules on Tuesday.", "1990s", "199"),
    ("Divers found a 1720s-built hull near the reef.", "1720s", "172"),
])
def test_a_hyphened_era_is_attributive(text: str, surface: str, value: str) -> None:
    assert attributive_date(text, _date(text, surface, value))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Police carried out a Monday-night raid on the depot.", "Monday", "2026-03-02"),
    ("The statue was pulled down in 1998 by protesters.", "1998", "1998"),
    ("The hull dates from the 18th century, divers said.", "the 18th century", "17"),
])
def test_a_time_of_the_act_is_not_attributive(text: str, surface: str, value: str) -> None:
    assert not attributive_date(text, _date(text, surface, value))


def test_a_century_modifier_never_dates_the_central_act() -> None:
    texts = [
        ("a", "2026-03-03T10:00", "Protesters have toppled a bronze statue of 19th-century mill owner Silas Brant "
         "in Harwick during a rally.\nThe rally began at noon on Monday. Police said no one was hurt."),
        ("b", "2026-03-03T12:00", "A statue of 19th-century industrialist Silas Brant has been toppled by "
         "protesters in Harwick.\nThe crowd gathered on Monday and dragged it into the canal."),
    ]
    pipeline = Pipeline.build()
    analyses = [pipeline.run(Article.from_dict({"id": i, "published": p, "text": t})) for i, p, t in texts]
    when = build_story(analyses).events[0].when
    assert when is not None and when.startswith("2026")
