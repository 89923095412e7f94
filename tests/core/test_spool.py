"""A spool holds text in memory up to its limit and past it in a temporary file, and copies
all of it out the same; without a temporary file it holds everything in memory."""

from __future__ import annotations

import io
import tempfile
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import spool
from newskit.spool import Spool, SpoolError

# lone surrogates, accents, CJK and line breaks of every kind: written and copied out as they are
_pieces = st.lists(st.text(st.characters(codec=None, exclude_categories=()), max_size=40), max_size=12)


@given(_pieces, st.integers(0, 120))
def test_what_is_copied_out_is_what_was_written(pieces: list[str], limit: int) -> None:
    with Spool(limit) as s:
        s.writelines(pieces)
        assert s.on_disk == (sum(map(len, pieces)) > limit)
        out = io.StringIO()
        s.copy_to(out)
    assert out.getvalue() == "".join(pieces)


def test_the_default_limit_is_read_when_a_spool_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool, "SPOOL_CHARS", 10)
    with Spool() as s:
        s.write("The ferry to Inishmore left at 07:40.")
        assert s.on_disk


def test_without_a_temporary_file_the_text_stays_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError("read-only /tmp")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    with Spool(8) as s:
        s.writelines(["Tolls on the Severn crossing ", "fell by \u00a31.20 ", "on Monday.\ud800"])
        assert not s.on_disk
        out = io.StringIO()
        s.copy_to(out)
    assert out.getvalue() == "Tolls on the Severn crossing fell by \u00a31.20 on Monday.\ud800"


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_file_that_cannot_be_written_is_a_spool_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: _FullDisk())
    with Spool(4) as s, pytest.raises(SpoolError):
        s.writelines(["Grain prices ", "rose again."])
