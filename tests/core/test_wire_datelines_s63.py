"""Wire datelines the text layer must read whole (session 63): a US state's AP abbreviation
inside a dateline ends no sentence, a dateline of a date alone before the agency is one, and
a number word the dateline's dash capitalises is a count, never a name."""

from __future__ import annotations

import pytest

from newskit import layer
from newskit.actors import find_actors


@pytest.mark.parametrize("text", [
    "GEISMAR, La. (AP) — An explosion tore through a chemical plant on Tuesday night, officials said.",
    "PARADISE, Calif. (AP) — A wildfire destroyed 40 homes before dawn, fire officials said.",
    "MONTPELIER, Vt. (AP) — Flood waters rose through the town overnight.",
])
def test_a_state_abbreviation_inside_a_dateline_ends_no_sentence(text: str) -> None:
    lay = layer(text)
    assert [(s.start, s.end) for s in lay.sentences] == [(0, len(text))]
    dateline = [f for f in lay.furniture if f.kind == "dateline"]
    assert len(dateline) == 1
    assert lay.lead[0].start == dateline[0].end


def test_the_news_after_a_dateline_still_splits_into_its_sentences() -> None:
    text = "PARADISE, Calif. (AP) — A wildfire destroyed 40 homes. Crews contained it by noon."
    assert [text[s.start:s.end] for s in layer(text).sentences] == [
        "PARADISE, Calif. (AP) — A wildfire destroyed 40 homes.", "Crews contained it by noon."]


@pytest.mark.parametrize(("text", "dateline"), [
    ("March 18 (Reuters) - Four people were killed in the blast, the company said.", "March 18 (Reuters) - "),
    ("Sept. 3 (Reuters) - Oil prices rose on Monday.", "Sept. 3 (Reuters) - "),
])
def test_a_date_alone_before_the_agency_is_a_dateline(text: str, dateline: str) -> None:
    found = [f for f in layer(text).furniture if f.kind == "dateline"]
    assert [text[f.start:f.end] for f in found] == [dateline]


@pytest.mark.parametrize("text", [
    "Mayday 5 (AP) - the call came late.",
    "On March 18 (Reuters) - the day before, that is - it rained.",
])
def test_a_word_that_only_looks_like_a_month_opens_no_dateline(text: str) -> None:
    assert not [f for f in layer(text).furniture if f.kind == "dateline"]


@pytest.mark.parametrize("text", [
    "March 18 (Reuters) - Four people were killed and 31 were injured in the blast.",
    "LONDON (Reuters) - Twelve miners were trapped underground on Friday.",
    "MANILA (AP) - Dozens of homes were flattened by the storm.",
])
def test_a_number_word_after_a_datelines_dash_is_no_actor(text: str) -> None:
    names = [a.text for a in find_actors(text)]
    assert not any(n in ("Four", "Twelve", "Dozens") for n in names)


def test_a_number_word_opening_a_longer_name_still_names_it() -> None:
    text = "The chain said Four Seasons Hotels would close the resort in May."
    assert "Four Seasons Hotels" in [a.text for a in find_actors(text)]
