"""``newskit extract`` drops each article's text layer from the cache once the article is
run: nothing that writes its record reads the layer, and a long article's stayed under the
record's pieces (the run's peak memory)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit import textlayer
from newskit.cli import main

_TEXT = ("Ms. Harriet Oduya, the harbour master of Kilbride, said on Thursday that the pier "
         "would be rebuilt by spring. The council said repairs would cost 2.4 million pounds.")


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_each_articles_layer_is_dropped_once_it_is_run(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                       fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "pier", "text": _TEXT}) + "\n")
    assert main(["extract", "--workers", "1", "--format", fmt, "--no-progress", str(src)]) == 0
    assert "Harriet Oduya" in capsys.readouterr().out
    assert _TEXT not in textlayer._CACHE and _TEXT not in textlayer._SHORT
