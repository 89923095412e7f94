"""A lone name the story writes elsewhere with a firm's legal form after it is the firm, not
a person of the story (``Norway's Halvorsen`` beside ``Halvorsen ASA``); the legal forms of
other countries end a firm's name as ``Inc`` does (sentences written for the tests)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.actors import find_actors, written_as_firm
from newskit.story import build_story


def _people(*texts: str) -> set[str]:
    pipeline = Pipeline.build()
    analyses = [pipeline.run(Article(id=f"a{i}", text=t, published="2026-09-14")) for i, t in enumerate(texts)]
    return {p.name for p in build_story(analyses).people}


def test_a_lone_name_written_elsewhere_as_a_firms_is_no_person() -> None:
    wire = ("Norwegian defence group Halvorsen ASA agreed on Monday to buy drone maker Skyreach "
            "for $2.1 billion, chief executive Ingrid Solberg said.")
    local = ("Skyreach is being sold to Norway's Halvorsen for $2.1 billion. Halvorsen said no jobs "
             "would move, according to Skyreach CEO Marcus Bell.")
    assert _people(wire, local) == {"Ingrid Solberg", "Marcus Bell"}


def test_a_lone_surname_stays_a_person_when_no_firm_bears_it() -> None:
    first = "Trade minister Kari Halvorsen said on Monday the deal was welcome."
    second = "Halvorsen told reporters the deal would be reviewed."
    assert _people(first, second) == {"Kari Halvorsen"}


@pytest.mark.parametrize(("text", "firm", "name"), [
    ("Investors sold Halvorsen ASA shares in Oslo on Monday.", "Halvorsen ASA", "Halvorsen"),
    ("Vantor GmbH said it would close the plant in June.", "Vantor GmbH", "Vantor"),
    ("Kestrel Oyj said it would cut 200 jobs.", "Kestrel Oyj", "Kestrel"),
])
def test_a_legal_form_of_another_country_ends_the_firms_name(text: str, firm: str, name: str) -> None:
    assert (firm, name) in [(a.text, a.name) for a in find_actors(text)]
    assert written_as_firm(text) == {name}


def test_a_firm_of_several_name_words_lends_no_word_as_its_name() -> None:
    assert written_as_firm("Ocean Bolt Ltd and Banco Mercantil SA said.") == frozenset()
