"""Start-up's lazy data (issue #11): word tables made bucket by bucket, plugin data read
without ``importlib.resources``, derived tables cached for exactly their inputs.

Each is a faster way to the very same value: the tests compare it with the plain one."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import patterns
from newskit.patterns import WordSet, WordTable, data_file, read_data, word_buckets

#: words that share prefixes, are shorter than a bucket's prefix, empty, or not ASCII
_words = st.text(alphabet="abcé' -", max_size=6)


@given(st.lists(_words, max_size=40), st.lists(_words, max_size=5), st.lists(_words, max_size=20))
def test_a_word_set_holds_exactly_the_words_of_its_lines(lines: list[str], extra: list[str],
                                                         probes: list[str]) -> None:
    got = WordSet(word_buckets(lines), extra)
    want = frozenset(lines) | frozenset(extra)
    for w in [*lines, *extra, *probes]:
        assert (w in got) == (w in want)
    assert set(got) == want and len(got) == len(want)


@given(st.lists(st.tuples(_words, st.integers(0, 70)), max_size=40), st.lists(_words, max_size=20))
def test_a_word_table_reads_as_the_dict_its_lines_fill(rows: list[tuple[str, int]], probes: list[str]) -> None:
    lines = [f"{w}\t{z / 10}" if z else f"{w}\t" for w, z in rows]
    want: dict[str, float] = {}
    for line in lines:  # the later of two lines of one word counts
        w, _, z = line.partition("\t")
        want[w] = float(z or 0)
    got = WordTable(word_buckets(lines, table=True))
    for w in [*want, *probes]:
        assert got.get(w, 0.0) == want.get(w, 0.0) and (w in got) == (w in want)
    assert dict(got) == want


def test_word_tables_answer_other_keys_as_absent() -> None:
    words = WordSet(word_buckets(["Moscow", "Kyiv"]))
    freq = WordTable(word_buckets(["the\t7.7"], table=True))
    assert 3 not in words and None not in freq and freq.get(3, 1.5) == 1.5  # type: ignore[call-overload]
    assert "moscow" not in words and "Moscow" in words and freq["the"] == 7.7
    with pytest.raises(KeyError):
        freq["them"]


def test_a_word_set_makes_only_the_buckets_looked_up() -> None:
    words = WordSet(word_buckets(["alpha", "alps", "beta", "gamma"]))
    assert "alpine" not in words and "alps" in words
    assert list(words._sets) == ["alp"]


_BUNDLED = ["newskit_claims", "newskit_dates", "newskit_events", "newskit_persons",
            "newskit_quantities", "newskit_quotes", "newskit"]


@pytest.mark.parametrize("package", _BUNDLED)
def test_plugin_data_reads_as_importlib_resources_reads_it(package: str) -> None:
    folder = resources.files(package).joinpath("data")
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    assert names
    for name in names:
        assert read_data(package, name) == folder.joinpath(name).read_text("utf-8")
        assert data_file(package, name) == Path(str(folder.joinpath(name)))


def test_missing_plugin_data_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        read_data("newskit_dates", "no-such-file.json")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_cached_tables_keep_one_value_per_content(cache_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "rules.txt"
    src.write_text("x", encoding="utf-8")
    calls: list[str] = []

    def build(content: str) -> list[str]:
        calls.append(content)
        return sorted(json.loads(content))

    for content in ('["b", "a"]', '["b", "a"]', '["c"]', '["b", "a"]'):
        assert patterns.cached_tables("c", [src], lambda c=content: build(c), content=content) == \
            sorted(json.loads(content))
    assert calls == ['["b", "a"]', '["c"]', '["b", "a"]']  # the same inputs again: from the file


def test_the_actor_tables_from_the_cache_are_those_built(cache_dir: Path) -> None:
    from newskit import actors

    built = actors._build_tables()
    for _ in range(2):  # written, then read back
        actors._tables.cache_clear()
        got = actors._tables()
        assert got == built and [list(t) for t in got] == [list(t) for t in built]  # same order too
        assert all(isinstance(v, list) for v in got[0].values())
    actors._tables.cache_clear()
    assert actors.place_country("Moscow") == "Russia"
