"""Session 47 (issue #10): "Sources date X differently" sets against each other only
readings within ``date_gap_days`` of one another. Outlets that disagree on a date disagree
by a day or two; a reading a month or a year away is another happening the events stage
joined (an earlier robbery of the same shop), and the report said the sources differed."""

from __future__ import annotations

from newskit.story import build_story
from newskit.story.claims import _near_readings
from tests.story.helpers import make


def _date_findings(*texts: tuple[str, str, str]) -> list[str]:
    an = [make(f"r{i}", text, "2026-09-25", dates=[(said, value)]) for i, (text, said, value) in enumerate(texts)]
    return [f.summary for f in build_story(an).conflicts if f.type == "dates"]


def test_a_reading_a_month_away_is_no_disagreement() -> None:
    assert _near_readings([("2026-06", {"A"}), ("2026-09-23", {"B", "C", "D"})]) == [("2026-09-23", {"B", "C", "D"})]
    assert _near_readings([("2025", {"A"}), ("2026-09-23", {"B", "C"})]) == [("2026-09-23", {"B", "C"})]


def test_readings_a_day_apart_still_differ() -> None:
    got = _near_readings([("2026-04-20", {"A"}), ("2026-04-21", {"B"}), ("2026-05", {"C"})])
    assert got == [("2026-04-20", {"A"}), ("2026-04-21", {"B"})]


def test_the_story_reports_a_day_and_not_a_month() -> None:
    near = _date_findings(("Robbers raided the Kestrel jewellery shop on Wednesday.", "Wednesday", "2026-09-23"),
                          ("Robbers raided the Kestrel jewellery shop on Tuesday.", "Tuesday", "2026-09-22"))
    assert len(near) == 1 and "2026-09-22" in near[0] and "2026-09-23" in near[0], near
    far = _date_findings(("Robbers raided the Kestrel jewellery shop on Wednesday.", "Wednesday", "2026-09-23"),
                         ("Robbers raided the Kestrel jewellery shop in June.", "June", "2026-06"),
                         ("Robbers raided the Kestrel jewellery shop on Wednesday.", "Wednesday", "2026-09-23"))
    assert far == [], far
