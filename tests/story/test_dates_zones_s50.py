"""Session 50 (issue #10): one instant told in three time zones ("4:12 a.m. Lisbon time",
"03:12 GMT", "11:12 a.m. Beijing time") is no date the sources differ on; a real
difference of when (a quake at 4:12 in one outlet and 5:40 in another) still is. Articles
invented for the tests."""

from __future__ import annotations

from newskit import Article, analyze
from newskit.story import build_story


def _article(i: int, text: str) -> Article:
    return Article.from_dict({"id": f"z{i}", "text": text, "source": f"Outlet {i}",
                              "published": "2026-05-09T15:00"})


def _date_findings(texts: list[str]) -> list[str]:
    story = build_story([analyze(_article(i, t)) for i, t in enumerate(texts)])
    return [f.summary for f in story.conflicts if f.type == "dates"]


def test_one_instant_in_three_zones_is_no_difference() -> None:
    texts = [
        "A Chinese rocket launched the Azores weather satellite on Saturday. The launch took place "
        "at 4:12 a.m. Lisbon time from the Jiuquan centre.",
        "The Azores satellite was launched on Saturday. The rocket lifted off at 03:12 GMT, the "
        "agency said.",
        "China launched a weather satellite for Portugal on Saturday. The launch took place at "
        "11:12 a.m. Beijing time.",
    ]
    assert _date_findings(texts) == []


def test_two_different_minutes_still_differ() -> None:
    texts = [
        "A strong earthquake struck the island of Faial at 4:12 a.m. on Saturday, officials said. "
        "The quake damaged dozens of homes.",
        "The earthquake hit Faial at 5:40 a.m. on Saturday, the seismology institute said. The "
        "quake damaged homes across the island.",
        "An earthquake shook Faial early on Saturday, damaging homes. The quake struck at 5:40 a.m.",
    ]
    got = _date_findings(texts)
    assert got, got


def test_a_part_of_a_day_and_a_week_read_in_words() -> None:
    from newskit.timex import readable

    assert readable("2026-07-13TEV") == "2026-07-13 evening"
    assert readable("2026-07-13TMO") == "2026-07-13 morning"
    assert readable("2026-W28") == "week 28 of 2026"
    assert readable("2026-07-13T04:02") == "2026-07-13T04:02"
    assert readable("2026-07") == "2026-07"
