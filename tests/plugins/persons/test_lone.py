"""One-word names never written in full, accepted only on strong context."""

from __future__ import annotations

import pytest
from tests.hang_guard import assert_grows_linearly
from tests.plugins.persons.helpers import person_names

from newskit_persons import extract_persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trump said on Twitter that the trade deal was dead.", "Trump"),
        ("The deal is dead, said Obama on Monday.", "Obama"),
        ("“It is over,” said Netanyahu.", "Netanyahu"),
        ("President Trump signed the order on Friday.", "Trump"),
        ("Mr. Johnson declined to comment.", "Johnson"),
        ("Merkel's spokesman said the talks would continue.", "Merkel"),
        ("Chancellor Merkel met the delegation in Berlin.", "Merkel"),
        ("Senator Warren argued that the bill was flawed.", "Warren"),
        ("“We will win,” Macron told reporters in Paris.", "Macron"),
        ("Lavrov told reporters in Geneva that no deal was near.", "Lavrov"),
        ("Obama also told the crowd to vote early.", "Obama"),
        ("Trump has argued the election was stolen.", "Trump"),
        ("The vote was rigged, Sanders tweeted late on Tuesday.", "Sanders"),
        ("Clinton’s aides were coy about the strategy.", "Clinton"),
        ("The Obama administration announced the waiver last month.", "Obama"),
        ("He said the Trump campaign had stayed silent.", "Trump"),
        ("He thanked his wife, Laura, who spoke of her illness.", "Laura"),
        ("The plan is dead, said Merkel Friday.", "Merkel"),
        ("Merkel, 64, said she would not run again.", "Merkel"),
        ("Putin to visit N. Korea in coming weeks\n\nThe Russian leader will travel in June.", "Putin"),
        ("Macron visits Hanoi\nThe French leader arrived on Tuesday.", "Macron"),
    ],
)
def test_lone_name_with_strong_context(text: str, name: str) -> None:
    got = extract_persons(text)
    assert name in [m.text for m in got]
    m = next(m for m in got if m.text == name)
    assert text[m.start : m.end] == name
    assert m.entity == name


@pytest.mark.parametrize(
    "text",
    [
        "Apple said profits rose in the third quarter.",
        "Moscow said it would respond to the sanctions.",
        "Reuters said the report was false.",
        "The Kremlin said it had no comment.",
        "Sunday said nothing about the vote.",
        "Washington said it would respond.",
        "Google told reporters it would comply.",
        "Officials said the bridge was closed.",
        "Analysts told Reuters the rally would fade.",
        "Witnesses said the car exploded near the market.",
        "Demonstrators said they wanted justice.",
        "Interfax said the plane landed safely.",
        "Cofinec said its shares would be listed in Prague.",
        "Hamas said it fired the rockets.",
        "Brussels said the rules would apply.",
        "Microsoft said revenue rose.",
        "Xinhua said the typhoon killed 12 people.",
        "Whitehall said the talks continued.",
        "The Bank of Canada said rates would hold.",
        "The senator from Texas says he cannot allow it.",
        "Everyone said it was fine.",
        "Boeing's spokesman declined to comment.",
        "Democrats said the vote was rigged.",
        "The Guardian told readers the story was true.",
        "The Labor campaign focused on wages.",
        "He is a lawyer at Bailey & Glasser, who represents the union.",
        "Ryanair to cut 3,000 jobs\n\nThe airline said on Monday.",
        "Analysts expect Putin to visit soon.",
        "Berlin said on Monday that the pipeline was safe.",
        "Rebels said they had taken the town.",
        "Polls said the race was tied.",
        "Sales at Honda, 12, fell.",
        "Figures said the economy shrank.",
        "Africa said nothing about the summit.",
        "The state would get 20 percent of the sum Ruch says it needs.",
    ],
)
def test_not_a_person(text: str) -> None:
    assert person_names(text) == []


def test_lone_name_links_across_article() -> None:
    text = "Trump said the wall would be built. Later, Trump told supporters in Ohio to be patient."
    got = extract_persons(text)
    assert [m.text for m in got] == ["Trump", "Trump"]
    assert len({m.entity_id for m in got}) == 1


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
def test_lone_cue_adversarial_grows_linearly() -> None:
    def persons_slice(text: str) -> None:
        for m in extract_persons(text):
            assert text[m.start : m.end] == m.text

    assert_grows_linearly(persons_slice, lambda n: "Smith said " * (5 * n) + "said " * (5 * n) + "X's " * (2 * n),
                          500)
