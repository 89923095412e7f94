"""Analysis tables (#13): Parquet that round-trips, read back without newskit."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from newskit import Analysis, Article, ErrorRecord, Pipeline, QuantityMention
from newskit.tables import to_arrow, write_parquet

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pq")
    bad = out / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    proc = subprocess.run([sys.executable, "-m", "newskit", "extract", "--format", "parquet",
                           "--output", str(out / "tables"), str(SEEDS), str(bad)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # the unreadable input
    assert proc.stdout == ""
    return out / "tables"


def test_every_mention_read_back_slices_its_article_text(tables_dir: Path) -> None:
    texts = dict(zip(*pq.read_table(tables_dir / "articles.parquet").select(["id", "text"])
                     .to_pydict().values(), strict=True))
    kinds = sorted(p.stem for p in tables_dir.glob("mentions_*.parquet"))
    assert {"mentions_date", "mentions_person", "mentions_quantity", "mentions_quote"} <= set(kinds)
    checked = 0
    for kind in kinds:
        for m in pq.read_table(tables_dir / f"{kind}.parquet").to_pylist():
            assert texts[m["article_id"]][m["start"]:m["end"]] == m["text"]
            checked += 1
    assert checked > 100
    for c in pq.read_table(tables_dir / "claims.parquet").to_pylist():
        assert texts[c["article_id"]][c["start"]:c["end"]] == c["text"]


def test_articles_hold_one_row_per_input_and_errors_name_them(tables_dir: Path) -> None:
    arts = pq.read_table(tables_dir / "articles.parquet").to_pylist()
    assert [a["id"] for a in arts] == [p.stem for p in sorted(SEEDS.glob("*.txt"))] + ["gold", "bad"]
    errors = pq.read_table(tables_dir / "errors.parquet").to_pylist()
    assert [(e["article_id"], e["error"]) for e in errors] == [("gold", "Skipped"), ("bad", "BinaryInput")]
    assert str(arts[0]["published"]) == "2024-06-17"
    assert pq.read_table(tables_dir / "events.parquet").num_rows > 0


def test_duckdb_reads_the_tables_without_newskit(tables_dir: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    q = (f"SELECT a.source IS NULL AS nosrc, count(*) AS n FROM '{tables_dir}/mentions_person.parquet' m "
         f"JOIN '{tables_dir}/articles.parquet' a ON a.id = m.article_id "
         "WHERE substr(a.text, m.start + 1, m.\"end\" - m.start) = m.text GROUP BY 1")
    got = duckdb.sql(q).fetchall()
    total = pq.read_table(tables_dir / "mentions_person.parquet").num_rows
    assert sum(n for _, n in got) == total > 0


def test_numbers_too_large_for_int64_keep_an_exact_column() -> None:
    text = "The debt was 100000^999 dollars and 12 ships, 2.5 tons."
    big = 10**30
    mentions = (QuantityMention(start=13, end=23, text=text[13:23], value=big),
                QuantityMention(start=36, end=38, text="12", value=12),
                QuantityMention(start=46, end=49, text="2.5", value=Decimal("2.5")))
    a = Analysis(article=Article(id="d", text=text), mentions=mentions)
    t = to_arrow([a])["mentions_quantity"]
    assert t.schema.field("value").type == pa.float64()
    assert t.column("value_exact").to_pylist() == [str(big), "12", "2.5"]
    assert t.column("value").to_pylist()[1:] == [12.0, 2.5]


def test_mixed_values_become_json_text_not_an_error() -> None:
    arts = [Article(id="a", text="x", metadata={"tags": ["a"]}), Article(id="b", text="y")]
    errs = [ErrorRecord(stage="read", message="m", error="E", input="b")]
    t = to_arrow([Analysis(article=arts[0]), Analysis(article=arts[1], errors=tuple(errs))])
    assert json.loads(t["articles"].column("metadata").to_pylist()[0]) == {"tags": ["a"]}
    assert t["errors"].column("article_id").to_pylist() == ["b"]
    assert t["claims"].num_rows == 0 and t["events"].num_rows == 0


def test_a_story_adds_timeline_people_and_findings(tmp_path: Path) -> None:
    from newskit.story import build_story

    pipeline = Pipeline.build()
    analyses = [pipeline.run(Article.from_dict({"id": p.stem, "text": p.read_text(encoding="utf-8"),
                                                "published": "2024-06-17"}))
                for p in sorted(SEEDS.glob("*.txt"))]
    paths = write_parquet(analyses, tmp_path / "t", mention_types=pipeline.mention_types(),
                          story=build_story(analyses))
    assert {"story_events", "people", "findings"} <= set(paths)
    findings = pq.read_table(paths["findings"]).to_pylist()
    assert {f["finding"] for f in findings} <= {"corroborations", "conflicts"} and findings
    people = pq.read_table(paths["people"]).to_pylist()
    assert any(p["name"] == "Kim Jong Un" for p in people)


def test_parquet_is_written_in_row_groups_with_one_type_per_column(tmp_path: Path) -> None:
    """Streamed (#13): rows are spilled in chunks and written as row groups; a column
    whose chunks disagree (whole numbers, then fractions; a number, then a list) keeps
    one type over the file, and every value reads back."""
    arts = [Article(id=f"a{i}", text="x" * 10, metadata={"n": i}) for i in range(7)]
    values: list[object] = [1, 2, 2**60 + 1, 3.5, 4, [1, 2], "five"]
    analyses = [Analysis(article=a, mentions=(QuantityMention(start=0, end=1, text="x", value=v),))  # type: ignore[arg-type]
                for a, v in zip(arts, values, strict=True)]
    paths = write_parquet(iter(analyses), tmp_path / "t", row_group=2)
    f = pq.ParquetFile(paths["mentions_quantity"])
    assert f.metadata.num_row_groups == 4
    got = f.read().to_pylist()
    assert [r["article_id"] for r in got] == [a.id for a in arts]
    assert [r["value"] for r in got] == ["1", "2", str(2**60 + 1), "3.5", "4", "[1, 2]", '"five"']  # JSON text
    arts_back = pq.read_table(paths["articles"]).to_pylist()
    assert [r["id"] for r in arts_back] == [a.id for a in arts]
    assert not list((tmp_path / "t").glob(".newskit-spill-*"))  # the spill is removed
    numbers = write_parquet(analyses[:5], tmp_path / "n", row_group=2)  # ints, a big int, a fraction
    rows = pq.read_table(numbers["mentions_quantity"]).to_pylist()
    assert [r["value"] for r in rows] == [1.0, 2.0, float(2**60 + 1), 3.5, 4.0]
    assert [r["value_exact"] for r in rows] == ["1", "2", str(2**60 + 1), "3.5", "4"]
