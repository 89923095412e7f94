"""Shared test configuration: hypothesis profiles and the default pipeline.

HYPOTHESIS_PROFILE=ci (the default under CI=true) keeps example counts modest and is
derandomised: a CI run gives the same verdict on the same commit, so a landing never
depends on the luck of the draw. ``dev`` (the default elsewhere) is quicker and random, so
local runs keep exploring; ``explore`` is random with many more examples, for a long hunt
(``HYPOTHESIS_PROFILE=explore make test``). A failure found at random is a real bug: fix it
and keep its example as an ``@example``.

newskit keeps compiled patterns and word tables in a cache directory
(:mod:`newskit.patterns`, by default the user's ``~/.cache/newskit``). A test run must not
write there, nor depend on what an earlier run left: each session (each xdist worker too)
uses a fresh directory of its own, set before newskit is imported, so every process the
tests start (CLI runs, pool and Dask workers) inherits it; it is removed at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from newskit import Pipeline

SESSION_CACHE_DIR = tempfile.mkdtemp(prefix="newskit-tests-cache-")
os.environ["NEWSKIT_CACHE_DIR"] = SESSION_CACHE_DIR
atexit.register(shutil.rmtree, SESSION_CACHE_DIR, ignore_errors=True)

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline with every installed plugin, built once a session: building it
    loads every plugin's word tables, and running it changes nothing in it."""
    from newskit import Pipeline  # only now: the cache directory above is set first

    return Pipeline.build()
