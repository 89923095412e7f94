"""``write_record`` writes the record's text a piece at a time through a spool: a long
record waits in a temporary file, not in memory, and is the same text; a value that fails
half-way still gives the fallback record and nothing of the record before it."""

from __future__ import annotations

import io
import json
import tempfile
import tracemalloc
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Analysis, Article, QuantityMention, serialize, spool
from newskit.serialize import record_json, write_record

from .test_serialize import analyses


def _written(a: Analysis, **kw: Any) -> str:
    out = io.StringIO()
    write_record(a, out, **kw)
    return out.getvalue()


@given(analyses(), st.integers(0, 200), st.integers(1, 3))
def test_the_record_written_is_record_json(a: Analysis, limit: int, batch: int) -> None:
    old = spool.SPOOL_CHARS, serialize._ITEMS_AT_ONCE
    spool.SPOOL_CHARS, serialize._ITEMS_AT_ONCE = limit, batch  # on disk or not; several batches
    try:
        for include_text in (True, False):
            assert _written(a, include_text=include_text) == record_json(a, include_text=include_text)
    finally:
        spool.SPOOL_CHARS, serialize._ITEMS_AT_ONCE = old


_LINE = "Ferries to Skellig ran 3 times on Monday, the harbour office at Portmagee said. "


def _ferries(n: int, bad_at: int | None = None) -> Analysis:
    text = _LINE * n
    at = _LINE.index("3")
    ms = [QuantityMention(start=k * len(_LINE) + at, end=k * len(_LINE) + at + 1, text="3", source="t",
                          value=Decimal(3)) for k in range(n)]
    if bad_at is not None:
        ms[bad_at] = QuantityMention(start=ms[bad_at].start, end=ms[bad_at].end, text="3", source="t",
                                     value=object())  # type: ignore[arg-type]
    return Analysis(article=Article(id="ferries", text=text), mentions=tuple(ms))


def test_a_value_that_fails_late_gives_only_the_fallback_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool, "SPOOL_CHARS", 1000)  # the batches before it are on disk by then
    a = _ferries(900, bad_at=850)
    got = _written(a)
    assert got == record_json(a)
    row = json.loads(got)
    assert row["mentions"] == [] and row["errors"][0]["error"] == "SerializationError"
    assert row["article"]["text"] == a.article.text


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_temporary_file_that_cannot_be_written_still_gives_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool, "SPOOL_CHARS", 1000)
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: _FullDisk())
    a = _ferries(600)
    assert _written(a) == record_json(a)
    assert _written(a, include_text=False) == record_json(a, include_text=False)


class _Discard(io.StringIO):
    def write(self, text: str) -> int:
        return len(text)


def test_a_long_record_is_not_held_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The record's pieces wait in the temporary file: writing a record of over 1,500,000
    characters (its mentions; the article's text is one piece) holds a few batches at a
    time, not all of it."""
    monkeypatch.setattr(spool, "SPOOL_CHARS", 1 << 16)
    monkeypatch.setattr(serialize, "_ITEMS_AT_ONCE", 32)  # a batch's dicts: about 70 kB at once
    a = _ferries(10_000)
    size = len(record_json(a, include_text=False))
    assert size > 1_500_000
    write_record(_ferries(2), _Discard())
    tracemalloc.start()
    try:
        write_record(a, _Discard(), include_text=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < size / 3


_marks = st.text(st.sampled_from(['"', "\\", "\n", "\t", "\x00", "\u2028", "\ud800", "\udfff", "é", "😀", "a", " "]),
                 max_size=80)


@given(_marks, st.integers(1, 6), st.dictionaries(st.sampled_from(["desk", "byline"]), _marks.map(lambda s: s[:3]),
                                                   max_size=2))
def test_a_long_text_is_dumped_a_piece_at_a_time_the_same(text: str, chunk: int, metadata: dict[str, str]) -> None:
    """The article's text is dumped ``_CHARS_AT_ONCE`` characters at a time, not whole (a
    second copy of a long text); escapes and lone surrogates at a piece's edge join to
    the whole text's."""
    a = Analysis(article=Article(id="quay \ud800", text=text, metadata=metadata))
    old = serialize._CHARS_AT_ONCE
    serialize._CHARS_AT_ONCE = chunk
    try:
        assert _written(a) == record_json(a) == serialize.dumps(serialize.analysis_to_json(a))
        parts = serialize.record_parts(a)
        assert "".join(parts) == record_json(a)
        assert max(map(len, parts)) <= 64  # no piece holds the whole text (up to 480 characters)
    finally:
        serialize._CHARS_AT_ONCE = old
