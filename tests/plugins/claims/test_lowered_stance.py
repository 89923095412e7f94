"""Issue #11, session 23: the patterns that read a claim's content as a denial are matched
case by case on the lowered content when it is plain ASCII; they must answer as the
case-insensitive patterns do, whatever the letters' case."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.vocabulary import using
from newskit_claims import stance
from newskit_claims.grammar import patterns

from .helpers import claim_sources

_WORDS = st.sampled_from(["the", "The", "THE", "claims", "Claim", "allegations", "ALLEGATIONS", "were", "Was", "is",
                          "baseless", "Baseless", "untrue", "false", "not", "Not", "true", "no", "No", "such",
                          "evidence", "found", "Found", "that", "none", "of", "its", "staff", "had", "been",
                          "involved", "nothing", "wrong", "done", "We", "deny", "Deny", "there", "truth", "Kovac",
                          "made", "by", "against", "X1", "-", "'", "\u201c"])
_GAPS = st.sampled_from([" ", "", "  ", ", ", "\n", ". "])
_NAMES = [*stance._DENYING_CONTENT, "charge_opening", "none_start"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=16).map(lambda ps: "".join(a + b for a, b in ps)),
       st.sampled_from(_NAMES))
@example("The Allegations were BASELESS", "false_content")
@example("No such Warning was ever given", "none_such")
@example("It had Found no evidence of fraud", "found_none")
def test_the_lowered_content_answers_as_the_pattern(content: str, name: str) -> None:
    with using(None):
        p = patterns()
        assert p.lowered(name) is not None
        low = stance._lowered(content)
        assert stance._matches(p, name, content, low) == (p[name].match(content) is not None)


def test_a_denial_in_capitals_denies_as_in_lower_case(pipeline: Pipeline) -> None:
    text = "Council leader Ana Kovac said the allegations were completely baseless."
    got = claim_sources(pipeline, text)
    assert ("Ana Kovac", "denies") in got
    assert claim_sources(pipeline, text.replace("allegations were completely baseless",
                                                "ALLEGATIONS WERE COMPLETELY BASELESS")) == got
