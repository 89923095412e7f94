"""The cross-process pattern cache (``newskit.patterns``): a cached pattern is the pattern.

A pattern built from stored opcodes must match exactly what ``regex.compile`` gives, on
every text; anything the cache cannot vouch for (a damaged file, named lists, the cache
turned off) must fall back to ``regex.compile``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import patterns
from newskit.text import compile_pattern

#: Patterns of the kinds the plugins compile: named groups, case folding, lookarounds,
#: possessive runs, a reverse search, Unicode properties, VERSION1 set operations.
PATTERNS: list[tuple[str, int]] = [
    (r"(?<![\p{L}\p{N}])(?P<n>\d{1,3}(?:,\d{3})++)(?:\s++(?i:(?P<s>million|billion)))?", 0),
    (r"(?i)\b(?:said|told|added)\s+(?P<who>[\p{Lu}][\p{L}'’-]+)", 0),
    (r"(?r)(?<![\p{L}])(?i:(?P<o>between|from))\s+\Z", 0),
    (r"[\p{L}--[aeiou]]+", regex.V1),
    (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{4}-\d{2}-\d{2}", regex.I),
]
SENTENCES = [
    "Officials said 1,250 people were evacuated from Shelby on Monday, police told Reuters.",
    "Between 20 and 30 million dollars, the ministry ADDED O'Neill, on 2024-06-20.",
    "Über 3 Millionen Menschen; strength in numbers: 4,000,000 billion.",
]


def _spans(p: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache directory and a fresh module state (as a new process has)."""
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path))
    _fresh()
    yield tmp_path
    _fresh()


def _fresh() -> None:
    patterns._stored.clear()
    patterns._used.clear()
    patterns._state.update(loaded=False, dirty=False)


def test_a_stored_pattern_matches_as_regex_compile_does(cache_dir: Path) -> None:
    for source, flags in PATTERNS:
        compile_pattern(source, flags)
    patterns.save()
    assert patterns.cache_file() is not None and patterns.cache_file().is_file()  # type: ignore[union-attr]
    _fresh()  # the next process: every pattern comes from the file
    for source, flags in PATTERNS:
        cached = compile_pattern(source, flags)
        assert (source, flags, int(regex.DEFAULT_VERSION)) in patterns._used
        plain = regex.compile(source, flags)
        assert cached.pattern == plain.pattern and cached.flags == plain.flags
        assert cached.groupindex == plain.groupindex
        for text in SENTENCES:
            assert _spans(cached, text) == _spans(plain, text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab ,0123456789MmBbidlonsaftwery’'-\u00fc\n", max_size=80))
def test_cached_and_plain_patterns_agree_on_any_text(text: str) -> None:
    for source, flags in PATTERNS:
        compile_pattern(source, flags)  # parsed and stored the first time (the session's cache starts empty)
        assert (source, flags, int(regex.DEFAULT_VERSION)) in patterns._stored  # so this one is from the opcodes
        assert _spans(compile_pattern(source, flags), text) == _spans(regex.compile(source, flags), text)


def test_the_tests_keep_their_cache_out_of_the_users() -> None:
    import tempfile

    got = patterns.cache_dir()  # tests/conftest.py: a fresh directory of the session's
    assert got is not None and got.name.startswith("newskit-tests-cache-")
    assert got.parent == Path(tempfile.gettempdir()) and got.is_dir()


def test_a_damaged_file_is_ignored(cache_dir: Path) -> None:
    compile_pattern(*PATTERNS[0])
    patterns.save()
    path = patterns.cache_file()
    assert path is not None
    blob = bytearray(path.read_bytes())
    blob[-3] ^= 0xFF
    path.write_bytes(bytes(blob))
    assert patterns._read(path) == {}
    _fresh()
    got = compile_pattern(*PATTERNS[0])
    assert _spans(got, SENTENCES[0]) == _spans(regex.compile(*PATTERNS[0]), SENTENCES[0])


def test_named_lists_and_the_cache_turned_off_fall_back(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ("x", 0, [1], {}, {}, {"w": frozenset({"a"})}, [frozenset({"a"})], 0, (), 0, 0)
    assert not patterns._storable(args)
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", "")
    _fresh()
    assert patterns.cache_file() is None
    got = compile_pattern(r"\bnews\b", regex.I)
    assert got.findall("News and news") == ["News", "news"]


def test_routed_sends_plain_compiles_through_the_cache_and_restores_regex(cache_dir: Path) -> None:
    original = regex.compile
    with patterns.routed():
        got = regex.compile(*PATTERNS[1])
        listed = regex.compile(r"\L<w>", w=["said", "told"])  # a named list: regex's own compile
    assert regex.compile is original
    assert (PATTERNS[1][0], PATTERNS[1][1], int(regex.DEFAULT_VERSION)) in patterns._stored
    assert _spans(got, SENTENCES[0]) == _spans(original(*PATTERNS[1]), SENTENCES[0])
    assert listed.findall("he said, she told") == ["said", "told"]


def test_cached_tables_are_rebuilt_when_a_source_changes(cache_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "words.txt"
    src.write_text("alpha\nbeta\n", encoding="utf-8")
    calls: list[int] = []

    def build() -> frozenset[str]:
        calls.append(1)
        return frozenset(src.read_text(encoding="utf-8").split())

    assert patterns.cached_tables("t", [src], build) == {"alpha", "beta"}
    assert patterns.cached_tables("t", [src], build) == {"alpha", "beta"}
    assert len(calls) == 1  # the second came from the file
    src.write_text("alpha\nbeta\ngamma\n", encoding="utf-8")
    assert patterns.cached_tables("t", [src], build) == {"alpha", "beta", "gamma"}
    assert len(calls) == 2


def test_cached_tables_of_objects_marshal_cannot_store_are_built(cache_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "words.txt"
    src.write_text("x", encoding="utf-8")
    got = patterns.cached_tables("obj", [src], lambda: [object()])
    assert len(got) == 1 and not list(cache_dir.glob("tables-obj*"))


def test_installs_with_other_sources_keep_their_own_tables(cache_dir: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("a", encoding="utf-8")
    two.write_text("b", encoding="utf-8")
    calls: list[str] = []

    def build(src: Path) -> str:
        calls.append(src.name)
        return src.read_text(encoding="utf-8")

    for _ in range(2):  # alternating, as two checkouts sharing one cache directory do
        assert patterns.cached_tables("t", [one], lambda: build(one)) == "a"
        assert patterns.cached_tables("t", [two], lambda: build(two)) == "b"
    assert calls == ["one.txt", "two.txt"]
    assert len(list(cache_dir.glob("tables-t-*.marshal"))) == 2
