"""Shared fixtures of the scale tests: one pipeline per module that asks for it."""

from __future__ import annotations

import pytest

from newskit import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()
