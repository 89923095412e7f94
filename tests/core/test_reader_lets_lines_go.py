"""The JSON Lines readers hold none of a line once its article is out: a long article's
line (its bytes, split off again, and its text) stayed in the readers' suspended frames
while the pipeline ran it, about three times the line's size above the article itself."""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article
from newskit.readers import ReadResult, decoded_lines, read_inputs

_SENTENCE = ("The café owners of Port Ellery said on Tuesday that the harbour toll would rise to "
             "€4.50 a berth, a rise the council’s treasurer, Ms. Inés Carrow, called modest. ")


def _lines() -> bytes:
    long_text = _SENTENCE * 3000  # about 550,000 characters, not plain ASCII
    rows = [{"id": "toll", "text": long_text, "published": "2025-03-04"},
            {"id": "pier", "text": "The pier reopened on Friday, the harbour master said."}]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _held_while_out(results: Iterator[ReadResult]) -> tuple[int, Article]:
    """What is traced while the first article is out, less its text."""
    first = next(results)
    assert isinstance(first, Article)
    return tracemalloc.get_traced_memory()[0] - sys.getsizeof(first.text), first


def _measure(read: Iterator[ReadResult]) -> tuple[int, Article, ReadResult]:
    tracemalloc.start()
    try:
        held, first = _held_while_out(read)
    finally:
        tracemalloc.stop()
    return held, first, next(read)


def test_a_jsonl_file_holds_no_line_while_its_article_runs(tmp_path: Path) -> None:
    data = _lines()
    path = tmp_path / "harbour.jsonl"
    path.write_bytes(data)
    held, first, second = _measure(read_inputs([str(path)]))
    assert first.id == "toll" and first.text.startswith("The café owners")
    assert isinstance(second, Article) and second.id == "pier"
    # before: the line's bytes twice and its text, about 1.8 MB here
    assert held < len(data) // 10


def test_stdin_holds_no_line_while_its_article_runs() -> None:
    data = _lines()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    held, first, second = _measure(read_inputs(["-"], stdin=stdin))
    assert first.id == "toll" and first.text.endswith("called modest. ")
    assert isinstance(second, Article) and second.id == "pier"
    assert held < len(data) // 10


def test_plain_text_on_stdin_is_one_article_as_before() -> None:
    text = "Ferries to Inishcorr ran late on Monday.\r\nThe operator blamed fog.\n"
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    (art,) = list(read_inputs(["-"], stdin=stdin))
    assert isinstance(art, Article) and art.id == "stdin" and art.text == text


def _reference(raw_lines: list[bytes], first_line: int, file_start: bool) -> list[tuple[int, str | None]]:
    """The lines as the readers numbered and decoded them before (None: a bad byte)."""
    out: list[tuple[int, str | None]] = []
    n = first_line
    for raw in raw_lines:
        for piece in raw.splitlines() or [b""]:
            try:
                out.append((n, piece.decode("utf-8-sig" if file_start and n == first_line else "utf-8")))
            except UnicodeDecodeError:
                out.append((n, None))
            n += 1
    return out


@given(st.lists(st.binary(max_size=30) | st.text(alphabet="ab\r\n\ufeffé", max_size=12).map(str.encode),
                max_size=6),
       st.integers(min_value=1, max_value=5), st.booleans())
def test_decoded_lines_number_and_decode_as_before(raw_lines: list[bytes], first_line: int, file_start: bool) -> None:
    got = [(n, x if isinstance(x, str) else None)
           for n, x in decoded_lines(raw_lines, "feed.jsonl", "feed", first_line=first_line, file_start=file_start)]
    assert got == _reference(raw_lines, first_line, file_start)
