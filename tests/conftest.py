"""Shared test configuration: hypothesis profiles and plugin-manager fixtures.

HYPOTHESIS_PROFILE=ci (the default under CI=true) keeps example counts modest;
``dev`` is quicker still for local iteration.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
