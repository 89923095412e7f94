"""A subject set off by an appositive still opens a clause (story/learned.py
``_clause_follows``): "after its owner, Brightwater Holdings, said" is a conjunction and its
clause, not a preposition of time and a happening. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.learned import frame_heads


def _heads(text: str) -> list[str]:
    return [w for w, _, _ in frame_heads(text)]


def test_a_subject_with_a_name_in_apposition_opens_a_clause() -> None:
    assert _heads("The mill shut on Monday, a day after its owner, Brightwater Holdings, said it "
                  "would stop paying suppliers.") == []
    assert _heads("Trading was halted after the company's finance director, Ines Marlow, was "
                  "questioned by police.") == []


def test_an_age_in_apposition_is_read_past() -> None:
    assert _heads("The club appealed after its captain, 29, was banned for six matches.") == []


def test_a_participle_clause_between_commas_is_no_appositive() -> None:
    """", draining the harbour," tells what the happening did: the noun before it stays one."""
    assert _heads("Fishermen said the water fell back after the tremor, draining the harbour, "
                  "before it surged in again.") == ["tremor"]


def test_a_happening_with_no_clause_after_it_stays_one() -> None:
    assert _heads("Schools stayed shut after the blackout, officials said.") == ["blackout"]


_NAMES = st.lists(st.sampled_from(["Brightwater", "Holdings", "Ines", "Marlow", "Kestrel", "Group", "AG"]),
                  min_size=1, max_size=4).map(" ".join) | st.sampled_from(["29", "52", "61"])
_NOUNS = st.sampled_from(["owner", "lender", "regulator", "chairman", "contractor", "insurer"])
_VERBS = st.sampled_from(["was arrested", "said", "had warned", "is expected", "was questioned", "resigned"])


@settings(max_examples=60, deadline=None)
@given(noun=_NOUNS, name=_NAMES, verb=_VERBS)
def test_the_subject_of_a_clause_after_after_is_never_a_happening(noun: str, name: str, verb: str) -> None:
    text = f"Shares in the firm fell on Friday, two days after its {noun}, {name}, {verb} in the capital."
    assert noun not in _heads(text)
