"""Claims across articles (interim)."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.model import Analysis, Claim, Event, Finding


def group_claims(analyses: Sequence[Analysis], events: Sequence[Event]
                 ) -> tuple[tuple[Claim, ...], tuple[Finding, ...], tuple[Finding, ...]]:
    return tuple(c for a in analyses for c in a.claims), (), ()
