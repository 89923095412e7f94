"""The CLI's rough edges (#13) and its bookkeeping (#16): each was broken once."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newskit.cli import _expected_records, main

GOOD = {"id": "g", "text": "Russian President Vladimir Putin visited Pyongyang on June 19, 2024, "
        "the Kremlin said. North Korea denied that it had sent weapons."}


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "newskit", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


def test_python_dash_m_newskit_runs_the_command() -> None:
    code, out, _ = run(["--version"])
    assert code == 0 and out.startswith("newskit ")


def test_user_data_never_collides_with_the_cli_bookkeeping(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    lines = [GOOD, {"id": "x", "text": "Kim waited.", "_read_error": True}, "not json", GOOD]
    src = tmp_path / "in.jsonl"
    src.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines))
    assert main(["extract", "--load-plugins", "example-places", str(src)]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["g", "x", "in:3", "g"]
    assert rows[1]["article"]["metadata"] == {"_read_error": True} and rows[1]["errors"] == []
    assert rows[2]["errors"][0]["error"] == "MalformedJSON"


@pytest.mark.parametrize("bad", ["0", "-3", "two"])
def test_workers_must_be_a_positive_whole_number(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--workers", bad, "-"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--workers" in err and ("at least 1" in err or "whole number" in err)


def test_help_states_formats_defaults_limits_and_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for needed in ("default: jsonl", "jsonl, json, text, parquet", "default: 5000000",
                   "--max-chars", "claims", "events", "quote", "quantity", ".html"):
        assert needed in text, needed
    with pytest.raises(SystemExit):
        main(["story", "--help"])
    assert "default: text" in " ".join(capsys.readouterr().out.split())


def test_max_chars_is_applied(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kim waited in Pyongyang for a long time.")
    assert main(["extract", "--max-chars", "10", str(tmp_path / "a.txt")]) == 1
    cap = capsys.readouterr()
    assert json.loads(cap.out)["errors"][0]["error"] == "TooLarge"
    assert "TooLarge" in cap.err


def test_text_format_shows_claims_and_events(capsys: pytest.CaptureFixture[str]) -> None:
    src = json.dumps(GOOD) + "\n"
    code, out, _ = run(["extract", "--format", "text", "-"], src)
    assert code == 0
    assert "  claim " in out and "Kremlin" in out
    assert "  event " in out and "'visited'" in out


def test_read_errors_go_to_stderr_too(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    (tmp_path / "x.bin").write_bytes(b"\x00")
    code, out, err = run(["extract", str(tmp_path)])
    assert code == 1
    assert "error: BinaryInput:" in err and "x.bin" in err
    assert "newskit: skipped: " in err and "skipped: Skipped" not in err  # said once, not twice
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["bin", "x"]


def test_story_counts_only_readable_articles_and_lists_the_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD["text"])
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.json").write_text("{broken")
    (tmp_path / "d.txt").write_bytes("caf\xe9".encode("latin-1"))
    code, out, err = run(["story", str(tmp_path)])
    assert code == 1
    assert out.startswith("Story") and "(1 article; 3 could not be read)" in out.splitlines()[0]
    assert "Inputs not read" in out and "BinaryInput" in out and "MalformedJSON" in out
    assert err.count("error:") == 3
    code, out, _ = run(["story", "--format", "json", str(tmp_path)])
    story = json.loads(out)
    assert story["articles"] == ["a"]
    assert [e["error"] for e in story["errors"]] == ["BinaryInput", "MalformedJSON", "EncodingError"]


def test_story_over_nothing_readable_says_so(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    for fmt, head in (("text", "Story (0 articles; 1 could not be read)"),
                      ("markdown", "# Story (0 articles; 1 could not be read)"),
                      ("html", "Inputs not read"), ("json", "\"BinaryInput\"")):
        code, out, _ = run(["story", "--format", fmt, str(tmp_path)])
        assert code == 1 and head in out, fmt


def test_plugins_columns_stay_aligned_with_long_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith(" ")]
    header = lines[0]
    assert header.split()[:3] == ["PLUGIN", "VERSION", "STATUS"]
    col = header.index("STATUS")
    assert any(len(ln.split()[0]) > 12 for ln in lines[1:])  # example-places is long
    for ln in lines[1:]:
        assert ln[col - 2:col] == "  " and ln[col] != " ", ln


def test_parquet_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "parquet", "-"])
    assert exc.value.code == 2 and "--output" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_long_runs_show_a_progress_bar_when_the_total_is_known(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """#13: a bar with the share done and the time left (files and folders: the records
    are counted before the run), a count and a rate where the total cannot be known."""
    (tmp_path / "feed.jsonl").write_text("".join(f'{{"text": "Kim met Putin {i}."}}\n' for i in range(3)))
    (tmp_path / "a.txt").write_text("Kim left.")
    (tmp_path / "b.bin").write_bytes(b"\x00")
    assert _expected_records([str(tmp_path)], False) == 5  # a.txt, b.bin (skipped), feed: 3 lines
    assert _expected_records([str(tmp_path), "-"], False) is None
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    assert main(["extract", str(tmp_path), "--load-plugins", "persons"]) == 0
    shown = term.getvalue()
    assert "[####################] 100% 5/5 articles" in shown and "left" in shown
    assert " 20% 1/5 articles" in shown


def test_story_of_a_folder_reads_its_articles_not_its_readme(tmp_path: Path) -> None:
    """A folder of articles often carries its README.md, LICENSE or CHANGELOG.md: no article
    (a seeds-like folder read the README as a sixth outlet); named, the file is read."""
    (tmp_path / "a.txt").write_text(GOOD["text"])
    (tmp_path / "README.md").write_text("# Harbour strike coverage\n\nFive outlets on the dock strike.\n")
    (tmp_path / "LICENSE").write_text("CC BY 4.0\n")
    (tmp_path / "changelog.txt").write_text("2024-06-20: added the wire copy.\n")
    code, out, err = run(["story", "--format", "json", str(tmp_path)])
    assert code == 0
    assert json.loads(out)["articles"] == ["a"]
    assert err.count("the folder's own documentation") == 3
    code, out, _ = run(["story", "--format", "json", str(tmp_path), str(tmp_path / "README.md")])
    assert sorted(json.loads(out)["articles"]) == ["README", "a"]
