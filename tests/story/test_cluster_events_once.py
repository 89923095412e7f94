"""A cluster's story event read once per story (issue #11): the central event's choice and
the story's events both build the events of the same clusters; the id is numbered by the
ids already used, as before.

The sentences are invented: a bridge closed over cracks, told by two outlets."""

from __future__ import annotations

import attrs
import pytest

from newskit import Pipeline
from newskit.model import Event
from newskit.story import events
from newskit.story.features import Unit
from tests.story.helpers import make


def _units() -> list[Unit]:
    arts = [make("br1", "Engineers closed the Tarn bridge on Monday after an inspection found cracks.", "2026-02-03"),
            make("br2", "The Tarn bridge was closed on Monday. The closure will last a month.", "2026-02-03")]
    return events.story_units(arts)


def test_a_clusters_event_is_read_once_and_numbered_by_the_ids_used(monkeypatch: pytest.MonkeyPatch,
                                                                     pipeline: Pipeline) -> None:
    units = _units()
    assert units
    read: list[int] = []
    real = events._cluster_event

    def spy(us: list[Unit]) -> Event:
        read.append(len(us))
        return real(us)

    monkeypatch.setattr(events, "_cluster_event", spy)
    events._CLUSTER_EVENTS.clear()
    fresh = real(units)
    used: set[str] = set()
    first = events._story_event(units, used)
    again = events._story_event(list(units), used)  # the same units: read once, numbered apart
    assert read == [len(units)]
    assert first == fresh and first.id in {"event:" + u for u in used}
    assert again.id == f"{first.id}-2" and attrs.evolve(again, id=first.id) == first
    assert events._story_event(units, set()) is first  # a fresh story's first id
    assert events._story_event(units[:1], set()) == real(units[:1])  # other units: read afresh
    assert read == [len(units), 1]
