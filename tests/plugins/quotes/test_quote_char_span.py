"""The quotes plugin's ``Doc.has_quote_char`` (issue #11, session 53): whether a span holds a
double quotation mark of any style is read by ``frozenset.isdisjoint`` at C speed, not by a
generator resumed once a character. The same answers as testing each character."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quotes.doc import Doc

_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab \"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033'\u2018\u2019", max_size=20),
    st.integers(-3, 25),
    st.integers(-3, 25),
)
def test_has_quote_char_reads_any_double_mark(text: str, a: int, b: int) -> None:
    """The same answer as testing each character of the slice."""
    doc = Doc(text, [])
    assert doc.has_quote_char(a, b) is any(c in _MARKS for c in text[a:b])


def test_has_quote_char_reads_no_character_in_python() -> None:
    """A long span is read without a Python step per character: the old generator was
    resumed once a character (each resumption a profiler ``call``)."""
    doc = Doc("The ferry \u201cwill sail\u201d at dawn, the harbour master said. " * 50, [])
    assert doc.has_quote_char(0, len(doc.text)) is True
    assert doc.has_quote_char(22, 50) is False  # 'at dawn, the harbour master said.'
    assert doc.has_quote_char(10, 11) is True  # the opening mark alone
    calls: list[str] = []
    sys.setprofile(lambda frame, event, arg: calls.append(event) if event == "call" else None)
    try:
        doc.has_quote_char(30, len(doc.text) - 30)
    finally:
        sys.setprofile(None)
    assert calls.count("call") <= 1  # the method's own frame, no generator's
