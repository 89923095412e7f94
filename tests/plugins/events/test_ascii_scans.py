"""Issue #11, session 21: the events plugin's scans of a plain ASCII text (its trigger
tokens, the words around a trigger, the change words) run in the standard library's engine;
each must find exactly what its ``regex`` pattern finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit_events import amounts, mention, triggers
from newskit_events.amounts import amount_changes

#: the characters the patterns tell apart (letters of both cases, digits, inner marks,
#: hyphens, the four control characters the engines read differently) and a few others
_ASCII = st.text(alphabet=st.sampled_from("aZqMeR09 '-._,\n\t\x1c\x1fxs"), max_size=120)
_WORDS = st.sampled_from(["rose", "Rose", "ROSE", "rising", "Raised", "fell", "fallen", "cut", "Cuts", "hike",
                          "sell-off", "Sell-Off", "increase", "decreased", "prices", "fares", "the", "a", "by",
                          "3%", "$5", "U.N.", "stand-off", "-", "tolls", "peso", "plunged", "x"])
_GAPS = st.sampled_from([" ", "", "-", "  ", "\n", ", ", ". "])
_NEWS = st.lists(st.tuples(_WORDS, _GAPS), max_size=25).map(lambda ps: "".join(a + b for a, b in ps))


@given(_ASCII | _NEWS | st.text(alphabet=st.characters(codec="ascii"), max_size=80))
@example("The peso's sell-off -- stand-off -rose- U.N. 3rd")
def test_the_trigger_tokens_are_the_full_patterns(text: str) -> None:
    assert [m.span() for m in triggers._tokens(text)] == [m.span() for m in triggers._TOKEN.finditer(text)]


@given(_ASCII | _NEWS, st.integers(min_value=0, max_value=130), st.integers(min_value=1, max_value=6))
@example("Officials said the U.N.'s fees rose 3.5% in Q3", 30, 4)
def test_the_words_around_a_position_are_the_full_patterns(text: str, pos: int, n: int) -> None:
    pos = min(pos, len(text))
    assert mention.words_before(text, pos, n) == \
        [w.lower() for w in mention.WORD.findall(text[max(0, pos - 60):pos])[-n:]]
    assert mention.words_after(text, pos, n) == \
        [w.lower().rstrip(".") for w in mention.WORD.findall(text[pos:pos + 80])[:n]]


@settings(max_examples=150, deadline=None)
@given(_NEWS | _ASCII)
@example("Fares ROSE, the Sell-Off deepened and rallied-")
@example("cut-rate rose9 x-fell 9rose _rose rally--ing sell-offs 'cut cutter")
def test_the_change_words_are_the_case_insensitive_patterns(text: str) -> None:
    assert list(amounts._change_spans(text)) == [m.span() for m in amounts._may_change().finditer(text)]


def test_a_lowered_scan_is_offered_for_the_bundled_heads() -> None:
    assert amounts._may_change_lowered() is not None
    assert all(h == h.lower() for h in amounts._change_heads())


def test_change_words_in_any_case_are_read_alike() -> None:
    text = "Tolls ROSE 5% on Monday after the operator Raised fares by $2."
    curly = text + " It’s the second rise."  # not ASCII: the regex engine's scan
    plain = amount_changes(text, [])
    assert [(s, e, form) for s, e, form, *_ in plain] == [(6, 10, "rose"), (43, 49, "raised")]
    assert [f[:3] for f in amount_changes(curly, [])][:2] == [f[:3] for f in plain]
