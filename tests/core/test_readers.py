"""Every kind of bad input gives an error record for that input; the batch goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newskit import Article, ErrorRecord
from newskit.readers import read_inputs


def results(paths: list[str], **kw: object) -> list[Article | ErrorRecord]:
    return list(read_inputs(paths, **kw))  # type: ignore[arg-type]


def test_txt_folder_with_meta_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Putin arrived today.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kim waited.", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"a.txt": {"published": "2024-06-18", "source": "X"}}))
    got = results([str(tmp_path)], published="2024-01-01")
    assert all(isinstance(r, Article) for r in got)
    a, b = got
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.id, str(a.published), a.source) == ("a", "2024-06-18", "X")
    assert str(b.published) == "2024-01-01"  # the default applies where nothing is stated


def test_bad_inputs_each_give_one_error_record(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "ok.txt").write_text("Fine text.")
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "lines.jsonl").write_text('{"id": "j1", "text": "x"}\n{broken\n[1]\n{"id": "j4", "text": 5}\n')
    got = results([str(tmp_path / n) for n in
                   ("bin.txt", "latin.txt", "empty.txt", "ok.txt", "bad.json", "lines.jsonl", "missing.txt")])
    kinds = [r.error if isinstance(r, ErrorRecord) else "ok" for r in got]
    assert kinds == ["BinaryInput", "EncodingError", "EmptyText", "ok", "MalformedJSON",
                     "ok", "MalformedJSON", "InvalidArticle", "InvalidArticle", "ReadError"]
    assert all(r.input for r in got if isinstance(r, ErrorRecord))


def test_huge_input_is_refused_with_a_record(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("a" * 101)
    (got,) = results([str(tmp_path / "big.txt")], max_chars=100)
    assert isinstance(got, ErrorRecord) and got.error == "TooLarge"


class _Stdin(io.TextIOWrapper):
    pass


def test_stdin_jsonl_and_plain_text() -> None:
    raw = b'{"id": "a", "text": "One."}\n\xff\xfe\n{"id": "b", "text": "Two.", "published": "2024-06-17"}\n'
    got = results(["-"], stdin=io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert [getattr(r, "id", None) or r.error for r in got] == ["a", "EncodingError", "b"]  # type: ignore[union-attr]
    plain = results(["-"], stdin=io.TextIOWrapper(io.BytesIO(b"Just a text.\nTwo lines.\n"), encoding="utf-8"))
    assert len(plain) == 1 and isinstance(plain[0], Article) and plain[0].text.startswith("Just")


def test_an_object_wrapping_its_articles_in_an_articles_list_is_read_as_those_articles(tmp_path: Path) -> None:
    # the shape news APIs answer with and newskit's own story files take
    story = {"status": "ok", "articles": [
        {"id": "wire-1", "text": "Flooding closed the port on Monday.", "published": "2026-03-02"},
        {"text": "The port reopened on Wednesday.", "source": "Harbour Times"},
        {"title": "no text here"},
    ]}
    (tmp_path / "story.json").write_text(json.dumps(story), encoding="utf-8")
    got = results([str(tmp_path / "story.json")])
    assert [r.id if isinstance(r, Article) else r.input for r in got] == ["wire-1", "story[1]", "story[2]"]
    assert isinstance(got[1], Article) and got[1].source == "Harbour Times"
    assert isinstance(got[2], ErrorRecord)  # the item without text is reported, not dropped


def test_an_articles_field_inside_an_article_is_no_wrapper(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "The port reopened.", "articles": ["a", "b"]}))
    got = results([str(tmp_path / "one.json")])
    assert len(got) == 1 and isinstance(got[0], Article) and got[0].text == "The port reopened."
