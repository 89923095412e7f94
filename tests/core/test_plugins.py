"""Plugin discovery through real entry points (the example third-party plugin is installed
in the test environment) and through throwaway distributions made on the fly."""

from __future__ import annotations

import sys
from pathlib import Path

import pluggy
import pytest

from newskit import Pipeline, PluginLoadError, get_plugin_manager


def test_example_third_party_plugin_is_discovered_through_its_entry_point() -> None:
    pm = get_plugin_manager(allow=["example-places"])
    info = {p.name: p for p in pm.report}
    assert info["example-places"].status == "loaded"
    assert info["example-places"].distribution == "newskit-example-places"
    p = Pipeline.build(pm)
    assert [c.name for c in p.components] == ["example-places"]
    from newskit import Article

    a = p.run(Article(id="x", text="Putin flew from Moscow to Pyongyang."))
    assert [(m.kind, m.text) for m in a.mentions] == [("place", "Moscow"), ("place", "Pyongyang")]


def test_bundled_plugins_load_through_the_same_entry_point_group() -> None:
    pm = get_plugin_manager()
    loaded = {p.name for p in pm.report if p.status == "loaded"}
    assert {"dates", "quantities", "persons", "quotes"} <= loaded


def _fake_distribution(tmp_path: Path, name: str, module_source: str) -> None:
    """A module plus a dist-info declaring it under the newskit entry-point group."""
    mod = f"nk_fake_{name.replace('-', '_')}"
    (tmp_path / f"{mod}.py").write_text(module_source, encoding="utf-8")
    dist = tmp_path / f"nk_fake_{name.replace('-', '_')}-9.9.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: nk-fake-{name}\nVersion: 9.9\n")
    (dist / "entry_points.txt").write_text(f"[newskit]\nfake-{name} = {mod}\n")


@pytest.fixture
def fake_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for k in [k for k in sys.modules if k.startswith("nk_fake_")]:
        del sys.modules[k]


def test_broken_plugin_is_skipped_with_a_report(fake_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fake_distribution(fake_site, "broken", "raise ImportError('needs a missing library')\n")
    pm = get_plugin_manager(strict=False)
    failed = {p.name: p for p in pm.load_errors}
    assert "fake-broken" in failed
    assert failed["fake-broken"].version == "9.9"
    assert "needs a missing library" in (failed["fake-broken"].error or "")
    assert "skipped plugin 'fake-broken'" in capsys.readouterr().err
    # the others still load and the pipeline still builds
    assert any(p.name == "dates" and p.status == "loaded" for p in pm.report)
    Pipeline.build(pm)


def test_broken_plugin_raises_in_strict_mode(fake_site: Path) -> None:
    _fake_distribution(fake_site, "broken2", "raise ImportError('nope')\n")
    with pytest.raises(PluginLoadError, match=r"fake-broken2.*9\.9.*nope"):
        get_plugin_manager(strict=True)


def test_misspelt_hook_fails_loudly(fake_site: Path) -> None:
    _fake_distribution(fake_site, "typo", (
        "from newskit import hookimpl\n"
        "@hookimpl\n"
        "def newskit_register_extractor(register):\n"
        "    pass\n"))
    with pytest.raises(PluginLoadError, match="fake-typo"):
        get_plugin_manager(strict=True)
    pm = get_plugin_manager(strict=False)  # non-strict: reported and unregistered
    assert "fake-typo" in {p.name for p in pm.load_errors}
    assert not pm.has_plugin("fake-typo")


def test_directly_registered_misspelt_hook_fails() -> None:
    class Typo:
        from newskit import hookimpl

        @hookimpl
        def newskit_register_extractor(self, register):  # type: ignore[no-untyped-def]
            pass

    with pytest.raises(pluggy.PluginValidationError):
        get_plugin_manager(entry_points=False, plugins=[Typo()])


def test_allow_and_deny_lists_from_arguments_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    pm = get_plugin_manager(allow=["dates"])
    status = {p.name: p.status for p in pm.report}
    assert status["dates"] == "loaded" and status["persons"] == "blocked"
    monkeypatch.setenv("NEWSKIT_DISABLE_PLUGINS", "quotes, persons")
    status = {p.name: p.status for p in get_plugin_manager().report}
    assert status["quotes"] == "blocked" and status["persons"] == "blocked"
    assert status["dates"] == "loaded"
    monkeypatch.setenv("NEWSKIT_LOAD_PLUGINS", "")
    assert not [p for p in get_plugin_manager().report if p.status == "loaded"]
