"""pytest plugin shipped with newskit (entry point ``pytest11``): fixtures for plugin authors.

``newskit_pm``        a fresh plugin manager with no entry points loaded (register your plugin)
``newskit_contract``  the :func:`~newskit.testing.check_extractor` function
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newskit.plugins import PluginManager, get_plugin_manager


@pytest.fixture
def newskit_pm() -> PluginManager:
    """An isolated plugin manager: core policies only, nothing from entry points."""
    return get_plugin_manager(entry_points=False)


@pytest.fixture
def newskit_contract() -> Callable[..., Any]:
    from newskit.testing.contract import check_extractor

    return check_extractor
