"""Session 58 (issue #10): one person written with and without a middle initial (``Karen B.
Olson`` in one outlet, ``Karen Olson`` in another) is one source, not two independent
sources agreeing; two different initials (``George W. Bush``, ``George H. W. Bush``) are two
people. Read on real multi-outlet news (ECB+), where US outlets give the initial in one
article and not in the next."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story import build_story
from newskit.story.spellings import _without_initials
from tests.story.helpers import outlet_articles


def _sources(pipeline: Pipeline, texts: list[str]) -> set[str | None]:
    story = build_story([pipeline.run(a) for a in outlet_articles(texts)])
    return {c.source for c in story.claims}


def test_a_middle_initial_names_one_person(pipeline: Pipeline) -> None:
    sources = _sources(pipeline, [
        "Fire chief Karen B. Olson said the warehouse fire was set deliberately on Tuesday.",
        "The warehouse fire was set deliberately, Karen Olson, the fire chief, said on Tuesday.",
        "Investigators said the warehouse fire was set deliberately on Tuesday.",
    ])
    assert sources == {"Karen B. Olson", "investigators"}


def test_two_different_initials_stay_two_people(pipeline: Pipeline) -> None:
    sources = _sources(pipeline, [
        "Former governor Daniel R. Ames said the dam had been built too fast.",
        "Daniel T. Ames, his son and the current mayor, said the dam had been built too fast.",
        "Daniel Ames said the dam had been built too fast, according to the paper.",
    ])
    assert {"Daniel R. Ames", "Daniel T. Ames"} <= sources


def test_the_initials_read() -> None:
    assert _without_initials("Karen B. Olson") == ("Karen Olson", "B")
    assert _without_initials("George H. W. Bush") == ("George Bush", "HW")
    assert _without_initials("J. K. Rowling") == ("J. K. Rowling", "")  # initials first: no middle
    assert _without_initials("Mark Jay Heller") == ("Mark Jay Heller", "")


_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=1, max_size=4), st.lists(st.sampled_from("ABCDEFGHJKLMNPRSTW"), max_size=2))
def test_initials_come_off_and_nothing_else(words: list[str], letters: list[str]) -> None:
    name = " ".join([words[0], *(f"{x}." for x in letters), *words[1:]]) if len(words) > 1 else words[0]
    bare, got = _without_initials(name)
    assert bare == " ".join(words)
    assert got == ("".join(letters) if len(words) > 1 else "")
