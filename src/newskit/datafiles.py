"""Rule data shipped inside a package (``<package>/data/<name>.json``), read once.

Word lists and tables live apart from the code that uses them; this is the one place that
finds and parses them, cached so a file is read at most once per process.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from newskit.patterns import read_data

__all__ = ["package_json"]


@cache
def package_json(package: str, name: str) -> Any:
    """The parsed JSON file ``data/<name>`` of the importable ``package``.

    The result is shared between callers: treat it as read-only."""
    return json.loads(read_data(package, name))
