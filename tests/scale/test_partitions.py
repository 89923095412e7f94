"""Partitions read back exactly what the default reader reads, however the input is cut."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newskit.partitions import Partition, partitions, read_partition
from newskit.readers import ReadResult, read_inputs
from tests.scale.corpus import SEEDS, write_mixed


def by_partitions(paths: list[str], blocksize: int, **kw: object) -> list[ReadResult]:
    parts = list(partitions(paths, blocksize=blocksize))
    return [r for p in parts for r in read_partition(p, **kw)]  # type: ignore[arg-type]


def test_a_jsonl_file_is_cut_at_line_starts_into_byte_ranges(tmp_path: Path) -> None:
    path = write_mixed(tmp_path / "feed.jsonl", 120)
    parts = list(partitions([str(path)], blocksize=4096))
    assert len(parts) > 5
    assert all(p.path == str(path) and not p.files for p in parts)
    data = path.read_bytes()
    assert [p.start for p in parts[1:]] == [p.end for p in parts[:-1]]
    assert parts[-1].end == len(data)
    assert all(data[p.start - 1:p.start] == b"\n" for p in parts[1:])
    assert by_partitions([str(path)], 4096) == list(read_inputs([str(path)]))


def test_published_default_and_line_ids_survive_the_cut(tmp_path: Path) -> None:
    path = write_mixed(tmp_path / "feed.jsonl", 60)
    got = by_partitions([str(path)], 2000, published="2023-01-02")
    assert got == list(read_inputs([str(path)], published="2023-01-02"))
    assert any(getattr(r, "input", "") == f"{path.stem}:18" for r in got)  # the malformed line 18


def test_folders_mixed_files_and_bad_files_match_the_default_reader(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Putin arrived in Pyongyang on Tuesday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kim waited at the airport.", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"a.txt": {"published": "2024-06-18"}}))
    (tmp_path / "latin.jsonl").write_bytes('{"id": "x", "text": "caf\xe9"}\n'.encode("latin-1"))
    (tmp_path / "bin.jsonl").write_bytes(b'{"id": "y"}\x00\n')
    write_mixed(tmp_path / "c.jsonl", 30)
    paths = [str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "b.txt")]
    for blocksize in (1, 700, 1 << 20):
        assert by_partitions(paths, blocksize) == list(read_inputs(paths))


_LINE = st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False),
              st.text(max_size=6), st.text(min_size=0, max_size=40)),
    st.builds(lambda t: json.dumps({"text": t}), st.text(max_size=30)),
    st.sampled_from(["", "   ", "{broken", "[1, 2]", '{"text": 5}']),
)


@given(lines=st.lists(_LINE, max_size=25), ends=st.lists(st.sampled_from(["\n", "\r\n", "\r"]),
       min_size=1, max_size=3), blocksize=st.integers(1, 300), bom=st.booleans())
def test_any_jsonl_cut_anywhere_reads_the_same(tmp_path_factory: object, lines: list[str],
                                               ends: list[str], blocksize: int, bom: bool) -> None:
    folder = tmp_path_factory.mktemp("p")  # type: ignore[attr-defined]
    path = folder / "x.jsonl"
    body = "".join(line + ends[k % len(ends)] for k, line in enumerate(lines))
    path.write_bytes(("\ufeff" if bom else "").encode() + body.encode("utf-8"))
    assert by_partitions([str(path)], blocksize) == list(read_inputs([str(path)]))


def test_records_read_by_the_driver_are_passed_through() -> None:
    recs = tuple(read_inputs([str(SEEDS)]))
    assert read_partition(Partition(records=recs)) == list(recs)
    assert read_partition(Partition()) == []
