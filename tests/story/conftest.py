"""Fixtures shared by the story tests."""

from __future__ import annotations

import pytest

from newskit import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline with every installed plugin, built once for the story tests."""
    return Pipeline.build()
