"""Property tests: names drawn from the plugin's own word lists, put in news sentence frames
with random titles, come back with the right span, entity and title."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.hang_guard import assert_grows_linearly

from newskit_persons import extract_persons
from newskit_persons.lexicon import lexicon


@cache
def _pool(kind: str) -> list[str]:
    """Unambiguous list entries: rare as English words, not places, not role words."""
    lex = lexicon()
    src = lex.given if kind == "given" else lex.surnames
    other = lex.surnames if kind == "given" else lex.given
    out = []
    for w in sorted(src):
        if not (w.isascii() and w.isalpha() and 4 <= len(w) <= 10):
            continue
        if lex.common(w, 2.5) or w in lex.places or w in lex.title_words or w in lex.org_cues:
            continue
        if w in lex.east_asian or w in lex.particles or w in lex.stop_caps or w in other:
            continue
        out.append(w.capitalize())
    return out[::7]  # a spread sample keeps the strategy small


givens = st.sampled_from(_pool("given"))
surnames = st.sampled_from(_pool("surname"))
titles = st.sampled_from(
    ["", "Foreign Minister ", "Russian President ", "Dr. ", "opposition leader ",
     "Deputy Prime Minister ", "striker ", "U.S. Secretary of State "]
)
frames = st.sampled_from(
    [
        "{P} said on Tuesday that the talks would continue.",
        "The decision was welcomed by {P} in a statement.",
        "On Monday, {P} met officials in the capital.",
        "Officials expect {P} to arrive later this week.",
    ]
)


@settings(max_examples=150, deadline=None)
@given(givens, surnames, titles, frames)
def test_rendered_name_is_found(first: str, last: str, title: str, frame: str) -> None:
    name = f"{first} {last}"
    text = frame.format(P=title + name) + f" Later, {last} declined to comment."
    ms = extract_persons(text)
    full = [m for m in ms if m.text == name]
    assert len(full) == 1, (text, [(m.text, m.title) for m in ms])
    m = full[0]
    assert text.find(name) == m.start
    assert m.entity == name
    assert m.title == (title.strip() or None)
    again = [x for x in ms if x.text == last]
    assert again and again[0].entity_id == m.entity_id


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_crashes_and_offsets_slice(text: str) -> None:
    ms = extract_persons(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.entity and m.entity_id and m.entity_id.startswith("person:")
    assert [(m.start, m.end) for m in ms] == sorted((m.start, m.end) for m in ms)


news_words = st.sampled_from(
    ["the", "said", "Putin", "Kim", "Jong-un", "President", "of", ",", ".", "\n", "’s",
     "Vladimir", "leader", "North", "Korean", "By", "Dr.", "J.", "van", "al-", "Square",
     "University", "(", ")", "42", "SOCCER", "-", "Smith", "a", "professor", "at"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(news_words, max_size=60), st.integers(0, 5))
def test_deterministic_and_shift_invariant(words: list[str], shift: int) -> None:
    text = " ".join(words)
    a = extract_persons(text)
    b = extract_persons(text)
    assert a == b
    c = extract_persons(" " * shift + text)
    assert [(m.start - shift, m.end - shift, m.entity, m.title) for m in c] == [
        (m.start, m.end, m.entity, m.title) for m in a
    ]


def _capitalised_words(n: int) -> str:
    words = _pool("given")[:500] + _pool("surname")[:500]
    return " ".join(words[i % len(words)] for i in range(n))


def _hyphen_chain(n: int) -> str:
    return "Kim " + "-".join(["Jong"] * n) + " said."


def _persons_slice(text: str) -> None:
    for m in extract_persons(text):
        assert text[m.start : m.end] == m.text


# Hang guards for backtracking and quadratic steps: the CPU time of a text ten times as long
# against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit that
# a loaded machine's suite broke; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
def test_many_capitalised_words_grow_linearly() -> None:
    assert_grows_linearly(_persons_slice, _capitalised_words, 5_000)


@pytest.mark.timeout(600)
def test_a_long_hyphen_chain_grows_linearly() -> None:
    assert_grows_linearly(_persons_slice, _hyphen_chain, 10_000)


def _lower_outside(text: str, keep: list[tuple[int, int]]) -> str:
    """Lower-case every character outside the kept spans (same length, same offsets)."""
    chars = list(text.lower())
    for a, b in keep:
        chars[a:b] = text[a:b]
    return "".join(chars)


@settings(max_examples=150, deadline=None)
@given(givens, surnames, titles, frames)
def test_lowercasing_other_words_creates_no_person(first: str, last: str, title: str, frame: str) -> None:
    text = frame.format(P=title + f"{first} {last}")
    before = {(m.start, m.end) for m in extract_persons(text)}
    lowered = _lower_outside(text, sorted(before))
    after = {(m.start, m.end) for m in extract_persons(lowered)}
    assert after <= before, (lowered, after - before)


def _persons_and_actors_slice(text: str) -> None:
    from newskit.actors import find_actors

    _persons_slice(text)
    for a in find_actors(text):
        assert text[a.start : a.end] == a.text


@pytest.mark.timeout(600)  # a hang guard (issue #16: was quadratic), as above
@pytest.mark.parametrize("unit", ["June ", "President ", "Mr. "])
def test_long_runs_of_months_and_titles_grow_linearly(unit: str) -> None:
    assert_grows_linearly(_persons_and_actors_slice, lambda n: unit * n, 2_000)
