"""Issue #11, session 23: the cue, finding and plea constructions are found on the lowered text of a
plain ASCII article, then read at each place by the pattern itself; the matches must be the
pattern's own, in any case of letters and wherever the sentence starts and ends."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit import Pipeline, Span
from newskit.vocabulary import using
from newskit_claims import gates
from newskit_claims.grammar import patterns

from .helpers import claim_sources

_WORDS = st.sampled_from(["alleged", "Alleged", "ALLEGED", "denied", "Denies", "has", "Had", "also", "repeatedly",
                          "reported", "REPORTED", "claim", "claims", "Claimed", "that", "pleaded", "Pleads", "not",
                          "guilty", "Guilty", "entered", "a", "plea", "of", "pleas", "Kovac", "unalleged", "3",
                          "confirmed", "insisted", "-", "'", "said", "An", "audit", "Review", "commissioned",
                          "by", "the", "Ministry", "found", "FOUND", "no", "evidence", "wrongdoing", "cleared",
                          "any", "Inspectors"])
_GAPS = st.sampled_from([" ", "", "  ", ", ", "\n", "-", ". "])
_TEXTS = st.lists(st.tuples(_WORDS, _GAPS), max_size=24).map(lambda ps: "".join(a + b for a, b in ps))


def _full(name: str, text: str, sent: Span) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in patterns()[name].finditer(text, sent.start, sent.end)]


def _scanned(name: str, text: str, sent: Span) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in gates.scan(name, text, sent, frozenset({name}))]


@settings(max_examples=150, deadline=None)
@given(_TEXTS, st.integers(0, 12), st.integers(0, 12), st.sampled_from(sorted(gates.LOWERED_SCANS)))
@example("Kovac has also Alleged that, and PLEADED not guilty-", 0, 0, "cue")
@example("They Entered a plea of NOT GUILTY pleas", 0, 0, "plea")
@example("Kovac alleged3", 0, 1, "cue")  # the sentence ends inside a word: no match runs past it
@example("Ana pleaded not guiltyx", 0, 1, "plea")
@example("An Audit commissioned by the Ministry FOUND no evidence", 0, 0, "finding")
def test_the_lowered_scan_finds_the_patterns_matches(text: str, lo: int, cut: int, name: str) -> None:
    start = min(lo, len(text))
    sent = Span(start=start, end=max(start, len(text) - cut))
    with using(None):
        assert _scanned(name, text, sent) == _full(name, text, sent)


def test_the_listed_patterns_have_a_lowered_pattern() -> None:
    with using(None):
        assert all(patterns().lowered(name) is not None for name in gates.LOWERED_SCANS)


@pytest.mark.parametrize("text", ["Mayor Ana Kovac alleged that the contract was rigged.",
                                  "Mayor Ana Kovač alleged that the contract was rigged."])
def test_a_cue_in_capitals_reads_as_in_lower_case(pipeline: Pipeline, text: str) -> None:
    """The ASCII article (lowered scan) and one with a letter beyond ASCII (the pattern's own
    scan) give the same claim, whatever the cue's case."""
    got = claim_sources(pipeline, text)
    assert any(stance == "alleges" for _, stance in got)
    assert claim_sources(pipeline, text.replace("alleged", "ALLEGED")) == got
