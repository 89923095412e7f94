"""Reading inputs (#13, #16): encodings, folder rules, id scheme, hostile JSON, web pages.

The rule every test here checks one way or another: each input yields exactly one record,
in input order, and a bad input never stops the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, ErrorRecord
from newskit import readers as readers_mod
from newskit.readers import read_inputs

HTML = Path(__file__).resolve().parents[1] / "data" / "html"
GOOD = '{"id": "g", "text": "Putin visited Pyongyang on June 18."}\n'


def outcome(r: Article | ErrorRecord) -> str:
    return r.error if isinstance(r, ErrorRecord) else "ok"


def read(paths: list[Path | str], **kw: object) -> list[Article | ErrorRecord]:
    return list(read_inputs([str(p) for p in paths], **kw))  # type: ignore[arg-type]


# ------------------------------------------------------------------ encodings

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = "Kim Jong Un greeted Putin in Pyongyang on June 19, 2024."
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    (art,) = read([tmp_path / "a.txt"])
    assert isinstance(art, Article) and art.text == text


def test_utf16_json_lines_are_read_per_line(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes((GOOD + "{bad\n" + GOOD).encode("utf-16"))
    assert [outcome(r) for r in read([tmp_path / "a.jsonl"])] == ["ok", "MalformedJSON", "ok"]


def test_utf16_without_a_mark_is_still_binary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Kim met Putin.".encode("utf-16-le"))
    assert [outcome(r) for r in read([tmp_path / "a.txt"])] == ["BinaryInput"]


def test_one_bad_byte_in_json_lines_costs_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(GOOD.encode() + b'{"text": "caf\xe9"}\n' + GOOD.encode())
    got = read([tmp_path / "a.jsonl"])
    assert [outcome(r) for r in got] == ["ok", "EncodingError", "ok"]
    assert got[1].input == "a:2"  # type: ignore[union-attr]


# ------------------------------------------------------------------ folders and ids

def test_folder_reports_every_entry_it_does_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Putin arrived.", encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01")
    (tmp_path / "config.json").write_text('{"model": "x", "threshold": 0.5}')
    (tmp_path / "gold.json").write_text('[{"start": 0, "end": 5, "label": "PER"}]')
    (tmp_path / "meta.json").write_text('{"a.txt": {"source": "Wire"}}')
    (tmp_path / "sub").mkdir()
    got = read([tmp_path])
    assert [(outcome(r), getattr(r, "id", None) or r.input) for r in got] == [  # type: ignore[union-attr]
        ("ok", "a"), ("Skipped", "blob"), ("Skipped", "config"), ("Skipped", "gold"),
        ("Skipped", "sub")]
    assert got[0].source == "Wire"  # type: ignore[union-attr]
    assert all(str(tmp_path) in r.message for r in got if isinstance(r, ErrorRecord))


@pytest.mark.parametrize("name", ["README.md", "readme.txt", "LICENSE", "LICENCE.txt", "CHANGELOG.md",
                                  "CONTRIBUTING.md", "README.en.md"])
def test_a_folder_s_own_documentation_is_skipped(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.txt").write_text("The ferry service resumed on Monday.", encoding="utf-8")
    (tmp_path / name).write_text("# About these files\n", encoding="utf-8")
    got = read([tmp_path])
    assert [outcome(r) for r in got] == (["Skipped", "ok"] if name < "a.txt" else ["ok", "Skipped"])
    skipped = next(r for r in got if isinstance(r, ErrorRecord))
    assert "documentation" in skipped.message and name in skipped.message
    assert [outcome(r) for r in read([tmp_path / name])] == ["ok"]  # named, it is read


@pytest.mark.parametrize("name", ["readmission.txt", "licensing-deal.txt", "authorsguild.md", "news.txt"])
def test_articles_named_like_documentation_are_read(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("The hospital cut its readmission rate.", encoding="utf-8")
    assert [outcome(r) for r in read([tmp_path])] == ["ok"]


def test_a_named_json_file_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"model": "x"}')
    assert [outcome(r) for r in read([tmp_path / "config.json"])] == ["NotArticles"]


def test_ids_follow_one_scheme_whatever_the_outcome(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Putin arrived.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 BOM, lone surrogate
    (tmp_path / "lines.jsonl").write_text('{"text": "One."}\nnot json\n')
    (tmp_path / "list.json").write_text('[{"text": "One."}, {"text": 5}]')
    got = read([tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "lines.jsonl",
                tmp_path / "list.json", tmp_path / "missing.txt"])
    ids = [r.id if isinstance(r, Article) else r.input for r in got]
    assert ids == ["good", "bad", "lines:1", "lines:2", "list[0]", "list[1]", "missing"]
    assert [outcome(r) for r in got] == ["ok", "EncodingError", "ok", "MalformedJSON", "ok",
                                         "InvalidArticle", "ReadError"]


def test_an_unreadable_folder_is_one_record_and_the_rest_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the tests may run as root, which reads any folder: the refusal is simulated
    locked = tmp_path / "locked"
    locked.mkdir()
    real = readers_mod._list_dir

    def list_dir(folder: Path) -> list[Path]:
        if folder == locked:
            raise PermissionError(13, "Permission denied")
        return real(folder)

    monkeypatch.setattr(readers_mod, "_list_dir", list_dir)
    (tmp_path / "a.jsonl").write_text(GOOD)
    got = read([tmp_path / "a.jsonl", locked, tmp_path / "a.jsonl"])
    assert [outcome(r) for r in got] == ["ok", "ReadError", "ok"]
    assert "Permission denied" in got[1].message  # type: ignore[union-attr]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_links_out_of_a_folder_are_not_followed_unless_asked(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("A private file outside the folder.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin arrived.")
    os.symlink(outside, folder / "b.txt")
    os.symlink(folder / "a.txt", folder / "c.txt")  # inside the folder: read
    os.symlink(tmp_path / "nowhere.txt", folder / "d.txt")
    os.symlink(folder / "e.txt", folder / "e.txt")  # a loop
    assert [outcome(r) for r in read([folder])] == ["ok", "Skipped", "ok", "ReadError", "ReadError"]
    followed = read([folder], follow_links=True)
    assert [outcome(r) for r in followed][:3] == ["ok", "ok", "ok"]
    assert followed[1].text == outside.read_text()  # type: ignore[union-attr]


def test_the_size_limit_is_configurable_and_refuses_big_files_unread(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a" * 101)
    assert [outcome(r) for r in read([tmp_path / "a.txt"], max_chars=100)] == ["TooLarge"]
    assert [outcome(r) for r in read([tmp_path / "a.txt"], max_chars=101)] == ["ok"]
    (tmp_path / "b.txt").write_text("b" * 1000)  # over 4 bytes a character: not even read
    (rec,) = read([tmp_path / "b.txt"], max_chars=100)
    assert isinstance(rec, ErrorRecord) and "bytes" in rec.message and "--max-chars" in rec.message
    with pytest.raises(ValueError, match="at least 1"):
        read([tmp_path / "a.txt"], max_chars=0)


# ------------------------------------------------------------------ hostile JSON (#16)

def _nested_json(tmp: Path) -> Path:
    (tmp / "bad.json").write_text("[" * 100_000)
    return tmp / "bad.json"


def _nested_line(tmp: Path) -> Path:
    (tmp / "bad.jsonl").write_text('{"text": "x", "meta": ' + "[" * 100_000 + "\n")
    return tmp / "bad.jsonl"


def _big_int_line(tmp: Path) -> Path:
    (tmp / "bad.jsonl").write_text('{"text": "The debt.", "n": ' + "9" * 5000 + "}\n")
    return tmp / "bad.jsonl"


def _big_int_doc(tmp: Path) -> Path:
    (tmp / "bad.json").write_text('{"text": "The debt.", "n": ' + "9" * 5000 + "}")
    return tmp / "bad.json"


def _nan_line(tmp: Path) -> Path:
    (tmp / "bad.jsonl").write_text('{"text": "The debt.", "n": NaN}\n')
    return tmp / "bad.jsonl"


def _deep_but_parsable(tmp: Path) -> Path:
    depth = sys.getrecursionlimit() - 50  # json parses it; copying it into metadata must not crash
    (tmp / "bad.jsonl").write_text('{"text": "x", "meta": ' + "[" * depth + "]" * depth + "}\n")
    return tmp / "bad.jsonl"


BAD_INPUTS: dict[str, Callable[[Path], Path]] = {
    "nested .json file": _nested_json, "nested JSON line": _nested_line,
    "4,300+ digit integer (line)": _big_int_line, "4,300+ digit integer (.json)": _big_int_doc,
    "NaN": _nan_line,
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_a_bad_record_between_two_good_ones_gives_three_records(tmp_path: Path, name: str) -> None:
    (tmp_path / "good.jsonl").write_text(GOOD)
    bad = BAD_INPUTS[name](tmp_path)
    got = read([tmp_path / "good.jsonl", bad, tmp_path / "good.jsonl"])
    assert [outcome(r) for r in got] == ["ok", "MalformedJSON", "ok"]
    assert got[1].input == "bad" + (":1" if bad.suffix == ".jsonl" else "")  # type: ignore[union-attr]


def test_json_nested_just_under_the_limit_is_one_record(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(GOOD)
    got = read([tmp_path / "good.jsonl", _deep_but_parsable(tmp_path), tmp_path / "good.jsonl"])
    assert len(got) == 3 and outcome(got[0]) == outcome(got[2]) == "ok"


def test_a_nested_meta_json_is_one_record_and_its_texts_are_still_read(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(GOOD)
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "meta.json").write_text("[" * 100_000)
    (folder / "a.txt").write_text("Putin arrived.")
    (folder / "b.txt").write_text("Kim waited.")
    got = read([tmp_path / "good.jsonl", folder, tmp_path / "good.jsonl"])
    assert [outcome(r) for r in got] == ["ok", "MalformedJSON", "ok", "ok", "ok"]
    assert got[1].input == "meta"  # type: ignore[union-attr]


# one generated input per kind; the property: one record per input, in order
_MAKERS: dict[str, tuple[str, bytes, str]] = {
    "good": (".jsonl", GOOD.encode(), "ok"),
    "text": (".txt", b"Kim waited in Pyongyang.", "ok"),
    "utf16": (".txt", "Kim waited.".encode("utf-16"), "ok"),
    "binary": (".txt", b"\x89PNG\x00\x00", "BinaryInput"),
    "latin1": (".txt", "caf\xe9".encode("latin-1"), "EncodingError"),
    "empty": (".txt", b"  \n", "EmptyText"),
    "nested": (".json", b"[" * 50_000, "MalformedJSON"),
    "bigint": (".jsonl", b'{"text": "x", "n": ' + b"1" * 4400 + b"}\n", "MalformedJSON"),
    "noarticle": (".json", b'{"a": 1}', "NotArticles"),
    "invalid": (".jsonl", b'{"text": 5}\n', "InvalidArticle"),
}


@settings(max_examples=30, deadline=None)
@given(kinds=st.lists(st.sampled_from(sorted(_MAKERS)), min_size=1, max_size=8))
def test_every_input_yields_exactly_one_record_in_order(tmp_path_factory: pytest.TempPathFactory,
                                                         kinds: list[str]) -> None:
    folder = tmp_path_factory.mktemp("mix")
    paths = []
    for k, kind in enumerate(kinds):
        suffix, data, _ = _MAKERS[kind]
        path = folder / f"{k:02d}_{kind}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    got = read(paths)
    assert [outcome(r) for r in got] == [_MAKERS[k][2] for k in kinds]
    ids = [r.id if isinstance(r, Article) else r.input for r in got]
    assert ids == ["g" if k == "good" else p.stem + (":1" if p.suffix == ".jsonl" else "")
                   for p, k in zip(paths, kinds, strict=True)]


def test_json_lines_are_read_a_line_at_a_time_not_whole(tmp_path: Path) -> None:
    """Issue 16: a JSON Lines file was read whole (an 8 MB file held 8 MB and more);
    streamed, reading it holds about one line, whatever the file's size."""
    import tracemalloc

    line = '{"text": "' + "Putin visited Pyongyang on June 18. " * 50 + '"}\n'
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(8_000_000 // len(line)):
            fh.write(line)
    tracemalloc.start()
    try:
        count = sum(1 for r in read_inputs([str(path)]) if isinstance(r, Article))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 8_000_000 // len(line)
    assert peak < 2_000_000, f"{peak:,} bytes held to read an 8 MB file"
