"""Web pages in (#13): text and metadata through the html extra, record fields winning."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newskit import Article, ErrorRecord
from newskit.readers import read_inputs

pytest.importorskip("trafilatura")

HTML = Path(__file__).resolve().parents[1] / "data" / "html"
GOOD = '{"id": "g", "text": "Putin visited Pyongyang on June 18."}\n'


def outcome(r: Article | ErrorRecord) -> str:
    return r.error if isinstance(r, ErrorRecord) else "ok"


def read(paths: list[Path | str]) -> list[Article | ErrorRecord]:
    return list(read_inputs([str(p) for p in paths]))




def test_a_saved_news_page_gives_text_title_source_date_and_url() -> None:
    (art,) = read([HTML / "harbour-gazette-port-strike.html"])
    assert isinstance(art, Article)
    assert art.id == "harbour-gazette-port-strike"
    assert art.title == "Dock workers walk out as port talks collapse"
    assert art.source == "The Harbour Gazette" and art.byline == "Maria Okonkwo"
    assert str(art.published) == "2024-03-11"  # published, not modified (2024-03-12)
    assert art.url == "https://www.harbourgazette.example/business/2024/03/11/dock-workers-strike"
    assert "about 4,000 workers had joined the walkout" in art.text
    for boilerplate in ("cookies", "Subscribe", "All rights reserved", "Sign up", "Shipping rates"):
        assert boilerplate not in art.text


def test_json_ld_metadata_is_read() -> None:
    (art,) = read([HTML / "valley-courier-flood.html"])
    assert isinstance(art, Article)
    assert (art.source, art.byline, str(art.published)) == ("Valley Courier", "Tom Alvarez", "2023-11-04")
    assert "Stay safe everyone" not in art.text  # comments are not the article


def test_a_page_without_an_article_is_an_empty_text_record() -> None:
    assert [outcome(r) for r in read([HTML / "no-article.html"])] == ["EmptyText"]


def test_meta_json_and_records_win_over_what_the_page_says(tmp_path: Path) -> None:
    page = (HTML / "valley-courier-flood.html").read_text(encoding="utf-8")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (tmp_path / "meta.json").write_text('{"p.html": {"published": "2023-11-05", "id": "flood"}}')
    line = json.dumps({"id": "r1", "html": page, "source": "Wire copy"})
    (tmp_path / "pages.jsonl").write_text(line + "\n")
    a, b = read([tmp_path])
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.id, str(a.published), a.source) == ("flood", "2023-11-05", "Valley Courier")
    assert (b.id, b.source, b.title) == ("r1", "Wire copy", "River bursts its banks in Millbrook, hundreds evacuated")
    assert "html" not in b.metadata and b.text == a.text


def test_without_the_html_extra_each_page_is_an_error_naming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    (tmp_path / "good.jsonl").write_text(GOOD)
    got = read([tmp_path / "good.jsonl", HTML / "valley-courier-flood.html", tmp_path / "good.jsonl"])
    assert [outcome(r) for r in got] == ["ok", "MissingExtra", "ok"]
    assert "newskit[html]" in got[1].message  # type: ignore[union-attr]


def test_a_story_over_a_folder_of_pages_names_the_outlets() -> None:
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "newskit", "story", "--format", "json", str(HTML)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr  # the page without an article is EmptyText: soft
    story = json.loads(proc.stdout)
    assert story["articles"] == ["harbour-gazette-port-strike", "valley-courier-flood"]
    assert [s["outlet"] for s in story["sources"]] == ["The Harbour Gazette", "Valley Courier"]
    assert [e["error"] for e in story["errors"] if e["stage"] == "read"] == ["EmptyText"]
