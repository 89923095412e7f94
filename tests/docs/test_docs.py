"""Docs are enforced: every hook has a reference section with its exact signature."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import pytest

from newskit import get_plugin_manager, hookspecs

DOCS = Path(__file__).resolve().parents[2] / "docs"
HOOKS = [name for name, fn in vars(hookspecs).items()
         if name.startswith("newskit_") and callable(fn)]


def _all_hookspecs() -> dict[str, Callable[..., object]]:
    """The core's hookspecs and those the bundled plugins own (added when they load)."""
    pm = get_plugin_manager(allow=BUNDLED, deny=())
    out: dict[str, Callable[..., object]] = {}
    for name in vars(pm.hook):
        spec = getattr(getattr(pm.hook, name), "spec", None)
        if spec is not None:
            out[name] = spec.function
    return out


BUNDLED = ["dates", "quantities", "persons", "quotes", "claims", "events"]
ALL_HOOKS = _all_hookspecs()


@pytest.mark.parametrize("name", sorted(ALL_HOOKS))
def test_every_hook_has_a_reference_section(name: str) -> None:
    args = ", ".join(inspect.signature(ALL_HOOKS[name]).parameters)
    assert f"## {name}({args})" in (DOCS / "plugins" / "hooks.md").read_text(encoding="utf-8")


def test_plugin_owned_hooks_are_found() -> None:
    assert set(HOOKS) < set(ALL_HOOKS)
    assert "newskit_register_units" in ALL_HOOKS


def test_hookspecs_are_found() -> None:
    assert len(HOOKS) >= 4


@pytest.mark.parametrize("page", ["quickstart.md", "model.md", "json.md", "plugins/writing.md",
                                  "plugins/hooks.md", "plugins/testing.md"])
def test_doc_pages_exist(page: str) -> None:
    assert (DOCS / page).read_text(encoding="utf-8").startswith("# ")


def _doctest_blocks(page: str) -> list[str]:
    """The ```python blocks after a ``<!-- doctest`` marker, up to the next heading."""
    blocks: list[str] = []
    active = False
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("<!-- doctest"):
            active = True
        elif line.startswith("#"):
            active = False
        elif active and line.strip() == "```python":
            j = lines.index("```", i + 1)
            blocks.append("\n".join(lines[i + 1 : j]))
            i = j
        i += 1
    return blocks


@pytest.mark.parametrize("page", ["plugins/writing.md", "plugins/hooks.md", "plugins/testing.md"])
def test_marked_code_blocks_run(page: str) -> None:
    blocks = _doctest_blocks(page)
    assert blocks, f"{page} has no marked code block"
    for code in blocks:
        exec(compile(code, page, "exec"), {"__name__": "docs"})


def test_the_readme_shows_claims_and_events_as_they_come_out() -> None:
    """#13: the README showed mentions only; its example now prints claims and events,
    and the output its comments show is the output newskit gives."""
    from newskit import Article, Pipeline

    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "for c in analysis.claims" in readme and "for e in analysis.events" in readme
    assert "# Kremlin asserts said 'Russian President Vladimir Putin" in readme
    assert "# movement visit ('Vladimir Putin',) North Korea 2024-06-18/2024-06-19" in readme
    a = Pipeline.build().run(Article.from_dict({
        "id": "a1", "published": "2024-06-17",
        "text": "Russian President Vladimir Putin will visit North Korea on June 18-19, "
                "the Kremlin said on Monday."}))
    assert [(c.source, c.stance, c.cue) for c in a.claims] == [("Kremlin", "asserts", "said")]
    assert [(e.type, e.trigger, e.who, e.where, e.when) for e in a.events] == [
        ("movement", "visit", ("Vladimir Putin",), "North Korea", "2024-06-18/2024-06-19")]
