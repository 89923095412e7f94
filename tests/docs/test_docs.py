"""Docs are enforced: every hook has a reference section with its exact signature."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from newskit import hookspecs

DOCS = Path(__file__).resolve().parents[2] / "docs"
HOOKS = [name for name, fn in vars(hookspecs).items()
         if name.startswith("newskit_") and callable(fn)]


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_has_a_reference_section(name: str) -> None:
    args = ", ".join(inspect.signature(getattr(hookspecs, name)).parameters)
    assert f"## {name}({args})" in (DOCS / "plugins" / "hooks.md").read_text(encoding="utf-8")


def test_hookspecs_are_found() -> None:
    assert len(HOOKS) >= 4


@pytest.mark.parametrize("page", ["quickstart.md", "model.md", "json.md", "plugins/writing.md",
                                  "plugins/hooks.md", "plugins/testing.md"])
def test_doc_pages_exist(page: str) -> None:
    assert (DOCS / page).read_text(encoding="utf-8").startswith("# ")
