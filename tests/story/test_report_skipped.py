"""A folder's entries that are no article (a gold/ subfolder) are listed, never announced as unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit.cli import main


def test_a_subfolder_is_listed_as_skipped_not_counted_as_unread(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Putin will visit North Korea on June 18, the Kremlin said.\n")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text("{}")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    main(["story", "--format", "text", str(tmp_path)])
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("(1 article; 1 could not be read)")
    assert "Inputs not read" in out and "BinaryInput" in out
    skipped = out.split("Folder entries skipped (not articles)", 1)[1]
    assert "gold: a folder inside a folder is not read" in skipped and "BinaryInput" not in skipped
