"""``newskit extract`` writes a record that waited in a temporary file the same as one
held in memory, in every format it writes record by record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit import spool
from newskit.cli import main

_TEXT = ("Ms. Harriet Oduya, the harbour master of Kilbride, said on Thursday that the pier "
         "would be rebuilt by spring. \u201cWe have waited nine years,\u201d she said. The council "
         "said repairs would cost 2.4 million pounds, and Mr. Aled Pryce, its treasurer, said "
         "the levy on ferries would rise by 12 percent from April 1.")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_a_spooled_record_is_written_the_same(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"pier{k}", "text": _TEXT * k}) + "\n" for k in (1, 3)))
    args = ["extract", "--workers", "1", "--format", fmt, "--no-progress", str(src)]
    assert main(args) == 0
    held = capsys.readouterr().out
    monkeypatch.setattr(spool, "SPOOL_CHARS", 16)  # every record past its first piece on disk
    assert main(args) == 0
    assert capsys.readouterr().out == held
    assert "Harriet Oduya" in held and "2.4 million pounds" in held
