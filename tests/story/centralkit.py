"""Candidates for the central event's model, written for tests: a plain one with every
feature off, and a model that weighs only how many leads tell an event."""

from __future__ import annotations

import attrs

from newskit.story.central_model import FEATURES, CentralModel, Prominence

#: a model that chooses by the share of leads alone, so a test sets who would win
BY_LEADS = CentralModel(weights=tuple(1.0 if n == "leads" else 0.0 for n in FEATURES))


def candidate(**changes: object) -> Prominence:
    """A candidate with every feature off but those ``changes`` set."""
    plain = Prominence(named_class=True, possible=False, yields=False, headlines=0.0, leads=0.0,
                       lead_articles=0.0, articles=0.5, mentions=1.0, dated=False, ahead=False, toll=False,
                       report=False, befell=False, first_told=0.0, opening=0.0, framing=0.0, lone=False)
    return attrs.evolve(plain, **changes)  # type: ignore[arg-type]
