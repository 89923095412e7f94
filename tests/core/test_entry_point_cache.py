"""Entry points read once per state of ``sys.path`` (``newskit.plugins.entry_points``).

The cached list must be what ``importlib.metadata`` says, and a distribution installed
after the cache was written must be seen.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newskit import plugins


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path / "cache"))
    plugins._discovered.clear()
    yield tmp_path / "cache"
    plugins._discovered.clear()


def test_the_cached_entry_points_are_importlib_metadata_s(cache_dir: Path) -> None:
    first = plugins.entry_points()
    assert len(list(cache_dir.glob("entry-points-*.json"))) == 1
    plugins._discovered.clear()  # the next process reads the file
    assert plugins.entry_points() == first == plugins._scan_entry_points()
    assert {"dates", "quantities", "persons", "quotes", "claims", "events"} <= {e.name for e in first}
    assert all(e.distribution == "newskit" for e in first if e.name == "dates")


def test_a_distribution_installed_later_is_seen(cache_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    before = {e.name for e in plugins.entry_points()}
    (site / "nk_later.py").write_text("X = 1\n", encoding="utf-8")
    dist = site / "nk_later-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: nk-later\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[newskit]\nlater = nk_later:X\n")
    plugins._discovered.clear()
    after = {e.name: e for e in plugins.entry_points()}
    assert "later" not in before and after["later"].version == "1.0"
    assert after["later"].distribution == "nk-later"
    assert after["later"].load() == 1
    sys.modules.pop("nk_later", None)


def test_a_damaged_cache_file_is_read_afresh(cache_dir: Path) -> None:
    first = plugins.entry_points()
    for path in cache_dir.glob("entry-points-*.json"):
        path.write_text("{not json", encoding="utf-8")
    plugins._discovered.clear()
    assert plugins.entry_points() == first
