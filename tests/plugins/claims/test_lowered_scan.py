"""Issue #11, session 21: the accusation words of a claim's content are found case by case
on the lowered text when it is plain ASCII; they must be where the case-insensitive pattern
finds them, and the stance read from them must not depend on the letters' case."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.vocabulary import using
from newskit_claims import stance
from newskit_claims.grammar import patterns

from .helpers import claim_sources

_WORDS = st.sampled_from(["Fraud", "fraud", "FRAUD", "bribes", "took", "Took", "Bribes", "cover-up", "Cover-Up",
                          "violated", "Smuggling", "the", "may", "have", "if", "he", "Laundering", "x", "3",
                          "fraudster", "-", "'", "’"])
_GAPS = st.sampled_from([" ", "", "  ", ", ", "\n", "-"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=20).map(lambda ps: "".join(a + b for a, b in ps)))
@example("He TOOK  Bribes and ran a Cover-Up, then fraudster-like laundering")
def test_the_accusations_are_where_the_full_pattern_finds_them(content: str) -> None:
    with using(None):
        assert list(stance._accusations(content)) == [m.start() for m in patterns()["accusation"].finditer(content)]


def test_the_bundled_accusations_have_a_lowered_pattern() -> None:
    with using(None):
        assert patterns().lowered("accusation") is not None
        assert patterns().lowered("predictive") is None  # a case-sensitive pattern: none offered


def test_an_accusation_in_capitals_alleges_as_in_lower_case(pipeline: Pipeline) -> None:
    lower = "Opposition leader Maria Santos said the minister took bribes from a road contractor."
    got = claim_sources(pipeline, lower)
    assert ("Maria Santos", "alleges") in got
    assert claim_sources(pipeline, lower.replace("took bribes", "TOOK BRIBES")) == got
    assert claim_sources(pipeline, lower.replace("took bribes", "Took Bribes")) == got
