"""Issue #11, session 34: a family whose every match starts at one of its trigger tokens
(``STARTS_AT_TRIGGERS``: clock times) is tried at those starts alone on a plain ASCII
text; it must find what its pattern finds scanning every position of the windows."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit_dates import extractor, find_dates
from newskit_dates.extractor import _at_triggers, _merged, _windows
from newskit_dates.grammar import STARTS_AT_TRIGGERS, patterns


def _hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """The trigger scan of ``extractor._found``: each key's token spans, in text order."""
    pats = patterns()
    hits: dict[str, list[tuple[int, int]]] = {}
    for t in pats.tokens(text, True):
        tok = t.group()
        if tok[0].isdigit():
            hits.setdefault("digit", []).append(t.span())
        for key in pats.trigger_words.get(tok.lower(), ()):
            hits.setdefault(key, []).append(t.span())
    return hits


def _both(text: str, family: str) -> tuple[list[object], list[object]]:
    """The family's matches (spans and groups) scanned over its windows, and tried at its
    triggers' starts."""
    pats = patterns()
    keys, left, right = pats.family_triggers[family]
    spans = _merged(_hits(text), keys, {})
    windows = _windows(spans, left, right, len(text))
    pat = pats.family(family)
    scanned = [(m.span(), m.groups()) for a, b in windows for m in pat.finditer(text, a, b)]
    tried = [(m.span(), m.groups()) for m in _at_triggers(pat, text, windows, spans)]
    return scanned, tried


NEWS = [
    "The quake struck at 3:42 a.m. local time (1842 GMT) on Tuesday, and aftershocks followed at noon.",
    "Polls close at 8 p.m. EDT; results are due by midnight Friday, officials said at 10.30am.",
    "Trading resumed at 0800 GMT, 4 in the morning in New York, after a halt at 16:51 KST on 3 June.",
    "Flight A320-200 left gate 12 at 7pm, landing at 11 at night; at 9 o'clock in the evening it rained.",
    "NOON: the MIDNIGHT deadline passed at 12:00 on June 3, 2024, about 3pm today.",
]

_WORDS = st.sampled_from(
    ["3", "03", "12", "1842", "0800", "16:51", "7.45pm", "10.30", "p.m.", "pm", "a.m.", "AM", "EDT", "GMT", "KST",
     "local", "time", "noon", "Noon", "MIDNIGHT", "midnight", "Noontime", "at", "around", "by", "in", "the",
     "morning", "night", "o'clock", "on", "June", "3rd", "Friday", "today", "x", "-", ":", ",", ".", "A320",
     "_5", "(", ")"]
)
_GAPS = st.sampled_from([" ", "", "  ", "\n", ", ", "-", "\t"])


def test_news_sentences() -> None:
    for text in NEWS:
        for family in STARTS_AT_TRIGGERS:
            scanned, tried = _both(text, family)
            assert tried == scanned
    assert len(_both(NEWS[0], "time")[0]) >= 3


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=30))
@example([("at", " "), ("3", ":"), ("42", " "), ("p.m.", " "), ("EDT", "")])
@example([("7", " "), ("p.m.", " "), ("June", " "), ("12", " "), ("pm", "")])  # a start inside a match
def test_same_matches_as_the_windows_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    for family in STARTS_AT_TRIGGERS:
        scanned, tried = _both(text, family)
        assert tried == scanned


def test_no_empty_match() -> None:
    """A family tried at its starts alone never matches the empty string (the scan steps
    past an empty match where the starts would not)."""
    for family in STARTS_AT_TRIGGERS:
        pat = patterns().family(family)
        for text in ["", " ", "x", "at ", "noon", "3"]:
            assert all(m.end() > m.start() for m in pat.finditer(text))


def test_dates_found_as_without_the_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor finds the same dates with the starts tried alone as with every family
    scanning its windows."""
    want = {}
    with monkeypatch.context() as m:
        m.setattr(extractor, "STARTS_AT_TRIGGERS", frozenset())
        for text in NEWS:
            want[text] = [(r.start, r.end, r.value) for r in find_dates(text)]
    for text in NEWS:
        assert [(r.start, r.end, r.value) for r in find_dates(text)] == want[text]
    assert any(v.endswith("T21:00") for v in (x[2] for x in want[NEWS[3]]))
