"""The CLI contract: formats, exit codes, one output record per input, in order."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newskit.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "newskit.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


def test_extract_jsonl_on_stdin_speaks_the_scorer_contract() -> None:
    lines = "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": "2024-06-17"})
                    + "\n" for p in sorted(SEEDS.glob("*.txt")))
    code, out, _ = run(["extract", "--format", "jsonl", "-"], lines)
    assert code == 0
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    for r in rows:
        text = r["article"]["text"]
        assert r["errors"] == []
        for m in r["mentions"]:
            assert {"kind", "start", "end", "text"} <= set(m)
            assert text[m["start"]:m["end"]] == m["text"]


def test_bad_lines_get_error_records_in_place_and_exit_1() -> None:
    stdin = '{"id": "a", "text": "Putin visited Moscow."}\nnot json\n{"id": "c", "text": "Kim left."}\n'
    code, out, _ = run(["extract", "--load-plugins", "example-places", "-"], stdin)
    assert code == 1
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "stdin:2", "c"]
    assert rows[1]["errors"][0]["error"] == "MalformedJSON"
    assert rows[0]["mentions"][0]["kind"] == "place"


def test_empty_article_is_reported_but_does_not_fail_the_run() -> None:
    code, out, _ = run(["extract", "-"], '{"id": "e", "text": ""}\n')
    assert code == 0
    assert json.loads(out)["errors"][0]["error"] == "EmptyText"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "xml"])
    assert exc.value.code == 2
    assert main(["extract", "--published", "June", str(SEEDS)]) == 2
    assert "not an ISO-8601" in capsys.readouterr().err


def test_text_and_json_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "text", "--load-plugins", "example-places", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "== 000_02cc98526f9e9d4d  (published 2024-06-17)" in out
    assert "place" in out and "'North Korea'" in out
    assert main(["extract", "--format", "json", "--omit-text", str(SEEDS / "000_02cc98526f9e9d4d.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and "text" not in data[0]["article"]


def test_workers_keep_input_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": f"Trip {i} to Seoul."}) + "\n" for i in range(20)))
    code, out, _ = run(["extract", "--workers", "2", "--load-plugins", "example-places", str(src)])
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == [str(i) for i in range(20)]


def test_plugins_command_lists_components_and_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--format", "json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["quotes"]["components"][0]["requires"] == ["person"]
    assert rows["example-places"]["distribution"] == "newskit-example-places"
    assert main(["plugins"]) == 0
    assert "extractor dates: provides date" in capsys.readouterr().out


def test_story_json_is_one_line_object() -> None:
    lines = "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n"
                    for p in sorted(SEEDS.glob("*.txt")))
    code, out, _ = run(["story", "--format", "json", "-"], lines)
    assert code == 0
    assert len(out.strip().splitlines()) == 1
    story = json.loads(out)
    assert {"events", "claims", "people"} <= set(story)
