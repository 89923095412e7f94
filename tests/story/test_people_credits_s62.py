"""The people of a story are those its news tells of: the reporters and editors a byline or
a wire's credit line names wrote the article (sentences written for the tests)."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def _people(*texts: str) -> set[str]:
    pipeline = Pipeline.build()
    analyses = [pipeline.run(Article(id=f"a{i}", text=t, published="2026-05-04")) for i, t in enumerate(texts)]
    return {p.name for p in build_story(analyses).people}


def test_bylined_and_credited_writers_are_no_people_of_the_story() -> None:
    wire = ("By Marta Olsen\n"
            "OSLO (Reuters) - Ferry operator Fjordlink said on Monday it would cut 120 jobs, "
            "chief executive Henrik Dahl told reporters.\n"
            "Reporting by Marta Olsen and Piotr Zielinski in Oslo; Editing by Sarah Whitcombe")
    paper = ("Fjordlink will cut about 120 jobs, chief executive Henrik Dahl said on Monday.\n"
             "Associated Press writer Julia Brandt in Bergen contributed to this report.")
    assert _people(wire, paper) == {"Henrik Dahl"}


def test_a_writer_named_in_the_news_itself_stays_a_person_of_the_story() -> None:
    text = ("Reporting by Anna Weiss; Editing by Tom Hale\n")
    news = "Journalist Anna Weiss was released on Tuesday after two days in custody, her lawyer said."
    assert _people(news + "\n" + text) == {"Anna Weiss"}
