"""The story over invented multi-article stories and over the seeds (gold mentions)."""

from __future__ import annotations

import json
import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Analysis, SpanRef, Story
from newskit.report import render
from newskit.serialize import dumps, story_to_json
from newskit.story import build_story
from tests.story.goldkit import gold_analyses
from tests.story.helpers import make


def merger() -> list[Analysis]:
    return [
        make("m1", "Acme Corp agreed to acquire Globex for $5 billion, the companies said on Monday.",
             "2024-03-05", dates=[("Monday", "2024-03-04")],
             quantities=[("$5 billion", 5_000_000_000, "USD")],
             quotes=[("Acme Corp agreed to acquire Globex for $5 billion", "Acme", "said")]),
        make("m2", "Acme will buy Globex in a deal worth about $5.2 billion, analyst Jane Roe said.",
             "2024-03-05", quantities=[("about $5.2 billion", Decimal("5.2e9"), "USD")],
             persons=[("Jane Roe", "Jane Roe")],
             quotes=[("Acme will buy Globex in a deal worth about $5.2 billion", "Jane Roe", "said")]),
        make("m3", "Acme's acquisition of Globex, valued at $4.8 billion, was approved by regulators, "
             "according to Reuters.", "2024-03-06",
             quantities=[("$4.8 billion", Decimal("4.8e9"), "USD")]),
    ]


def quake() -> list[Analysis]:
    return [
        make("q1", "A powerful earthquake struck Turkey on Monday, killing 120 people, officials said.",
             "2023-02-07", dates=[("Monday", "2023-02-06")], quantities=[("120", 120, "person")],
             quotes=[("A powerful earthquake struck Turkey on Monday, killing 120 people",
                      "Turkish officials", "said")]),
        make("q2", "The earthquake in Turkey has killed at least 150 people, the health ministry said.",
             "2023-02-07", quantities=[("at least 150", 150, "person")],
             quotes=[("The earthquake in Turkey has killed at least 150 people",
                      "Turkish health ministry", "said")]),
        make("q3", "An earthquake hit Japan on Tuesday. No deaths were reported.", "2023-05-10",
             dates=[("Tuesday", "2023-05-09")]),
        make("q4", "The 1999 earthquake in Turkey killed thousands.", "2023-02-07",
             dates=[("1999", "1999")]),
    ]


def bribery() -> list[Analysis]:
    return [
        make("b1", "Prosecutors alleged that Mayor John Smith took bribes from contractors. "
             "Smith has denied the allegations.", "2024-01-10",
             persons=[("John Smith", "John Smith"), ("Smith@2", "John Smith")]),
        make("b2", "Police said that John Smith took bribes from contractors.", "2024-01-11",
             persons=[("John Smith", "John Smith")]),
        make("b3", "Smith did not deny that he met the contractors.", "2024-01-12",
             persons=[("Smith", "John Smith")]),
    ]


def test_merger_one_event_three_sources_and_conflicting_values() -> None:
    story = build_story(merger())
    deals = [e for e in story.events if e.type == "business"]
    assert len(deals) == 1, [e.mentions for e in story.events]
    assert deals[0].sources == ("m1", "m2", "m3")
    figures = [f for f in story.conflicts if f.type == "figures"]
    assert figures and figures[0].measure == "deal value" and figures[0].label == "conflicting"
    assert "4,800,000,000" in figures[0].summary or "4.8" in figures[0].summary
    assert "Jane Roe" in figures[0].summary and "Acme" in figures[0].summary


def test_quake_tolls_conflict_and_other_quakes_stay_apart() -> None:
    story = build_story(quake())
    quakes = [e for e in story.events if e.type == "disaster"]
    turkey_2023 = [e for e in quakes if e.country == "Turkey" and e.when and e.when.startswith("2023")]
    assert len(turkey_2023) == 1 and set(turkey_2023[0].sources) == {"q1", "q2"}
    assert any(e.country == "Japan" for e in quakes)
    assert any(e.when == "1999" and e.sources == ("q4",) for e in quakes)
    figures = [f for f in story.conflicts if f.type == "figures"]
    assert len(figures) == 1
    assert "120" in figures[0].summary and "150" in figures[0].summary


def test_denial_contests_allegation_and_agreement_corroborates() -> None:
    story = build_story(bribery())
    by_article = {(c.article, c.stance) for c in story.claims}
    assert ("b1", "alleges") in by_article and ("b1", "denies") in by_article
    assert not any(c.article == "b3" and c.stance == "denies" for c in story.claims)
    denial = next(c for c in story.claims if c.stance == "denies")
    assert denial.source == "John Smith" and denial.responds_to is not None
    contested = [f for f in story.conflicts if f.type == "contested"]
    assert len(contested) == 1 and "John Smith" in contested[0].summary
    corroborated = [f for f in story.corroborations if f.about == contested[0].about]
    assert corroborated and "police" in corroborated[0].summary and "prosecutors" in corroborated[0].summary


def test_seeds_story_on_gold_mentions() -> None:
    story = build_story(gold_analyses())
    visit = max(story.events, key=lambda e: len(e.mentions))
    assert len(visit.sources) == 5 and visit.country == "North Korea"
    assert visit.when in ("2024-06-18", "2024-06-18/2024-06-19")
    years = {e.when[:4] for e in story.events if e.when and e.type == "movement"
             and e.country == "North Korea" and "Vladimir Putin" in e.who}
    assert {"2000", "2024"} <= years  # the 2000 and 2024 visits stay apart
    kinds = {f.type for f in story.conflicts}
    assert {"contested", "figures"} <= kinds
    figures = next(f for f in story.conflicts if f.type == "figures" and (f.measure or "").startswith("number of containers"))
    assert "7,000" in figures.summary and "11,000" in figures.summary


def _check_slices(story: Story, analyses: list[Analysis]) -> None:
    texts = {a.article.id: a.article.text for a in analyses}
    refs = [m for e in story.events for m in e.mentions + e.evidence]
    refs += [m for p in story.people for m in p.mentions]
    refs += [r for f in story.corroborations + story.conflicts for r in f.refs]
    for r in refs:
        assert texts[r.article][r.start:r.end] == r.text
    for c in story.claims:
        assert texts[c.article][c.start:c.end] == c.text


@pytest.fixture(scope="module")
def seeds() -> list[Analysis]:
    return gold_analyses()


def test_spans_slice(seeds: list[Analysis]) -> None:
    every = seeds + merger() + quake() + bribery()
    _check_slices(build_story(every), every)


@settings(max_examples=8, deadline=None)
@given(st.randoms(use_true_random=False))
def test_order_independent(seeds: list[Analysis], rnd: random.Random) -> None:
    shuffled = list(seeds) + quake()
    rnd.shuffle(shuffled)
    a = dumps(story_to_json(build_story(shuffled)))
    b = dumps(story_to_json(build_story(sorted(shuffled, key=lambda x: x.article.id))))
    assert a == b


def test_unrelated_article_adds_nothing(seeds: list[Analysis]) -> None:
    base = build_story(seeds)
    more = build_story([*seeds, *merger()])
    old = {json.dumps([(m.article, m.start) for m in e.mentions]) for e in base.events}
    new_events = [e for e in more.events if any(m.article.startswith("0") for m in e.mentions)]
    assert {json.dumps([(m.article, m.start) for m in e.mentions]) for e in new_events} == old
    assert [c for c in more.claims if c.article.startswith("0")] == list(base.claims)


def test_duplicate_article_adds_sources_not_conflicts(seeds: list[Analysis]) -> None:
    import attrs

    def moved(r: SpanRef | None) -> SpanRef | None:
        return None if r is None else attrs.evolve(r, article="zz-copy")

    dup = [attrs.evolve(seeds[1], article=attrs.evolve(seeds[1].article, id="zz-copy"),
                        claims=tuple(attrs.evolve(c, article="zz-copy", id=None, source_ref=moved(c.source_ref),
                                                  cue_ref=moved(c.cue_ref),
                                                  mentions=tuple(attrs.evolve(m, article="zz-copy")
                                                                 for m in c.mentions))
                                     for c in seeds[1].claims),
                        events=tuple(attrs.evolve(e, sources=("zz-copy",), mentions=tuple(
                            attrs.evolve(m, article="zz-copy") for m in e.mentions), evidence=tuple(
                            attrs.evolve(m, article="zz-copy") for m in e.evidence))
                            for e in seeds[1].events))]
    base = build_story(seeds)
    more = build_story([*seeds, *dup])
    assert {(f.type, f.about) for f in more.conflicts} == {(f.type, f.about) for f in base.conflicts}
    assert len(more.events) == len(base.events)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_render(seeds: list[Analysis], fmt: str) -> None:
    story = build_story(seeds)
    out = render(story, seeds, fmt)
    assert "Timeline" in out and "2024-06" in out
    if fmt != "html":
        assert "[001_04a47c1ca7d95a89:" in out
        assert "Figures across sources" in out
        assert out.index("Summary") < out.index("Timeline")
        assert max(len(line) for line in out.splitlines()) <= 160


def test_empty_story() -> None:
    story = build_story([])
    assert story.events == () and story.claims == ()
    assert "Timeline" in render(story, [], "text")


def test_dates_that_disagree_are_reported() -> None:
    an = [
        make("v1", "Vladimir Putin arrived in Hanoi on June 19 for talks.", "2024-06-21",
             dates=[("June 19", "2024-06-19")], persons=[("Vladimir Putin", "Vladimir Putin")]),
        make("v2", "Vladimir Putin arrived in Hanoi on June 20, state media said.", "2024-06-21",
             dates=[("June 20", "2024-06-20")], persons=[("Vladimir Putin", "Vladimir Putin")]),
        make("v3", "Vladimir Putin arrived in Hanoi on March 3.", "2024-06-21",
             dates=[("March 3", "2024-03-03")], persons=[("Vladimir Putin", "Vladimir Putin")]),
    ]
    story = build_story(an)
    arrivals = [e for e in story.events if e.type == "movement"]
    assert len(arrivals) == 2  # March is another visit
    dates = [f for f in story.conflicts if f.type == "dates"]
    assert len(dates) == 1 and "2024-06-19" in dates[0].summary and "2024-06-20" in dates[0].summary
    assert dates[0].label == "conflicting" and "article 1" in dates[0].summary  # outlets, not ids


def test_times_told_at_different_precision_are_one_time() -> None:
    from newskit.story.claims import _differ

    assert not _differ("2024-04-03T07:58", "2024-04-03T08:00")
    assert not _differ("2024-04-03", "2024-04-03T07:58")
    assert _differ("2024-04-03T07:58", "2024-04-03T11:00")
    assert _differ("2024-06-19", "2024-06-20")


def test_a_day_told_inside_one_finer_time_is_that_reading() -> None:
    """Session 45: "2026-11-24 (two outlets) vs 2026-11-24T23:48 (a third) vs
    2026-11-25T14:05" read as three differing dates; the day holds the first time, so the
    finding shows two readings. A month that holds both is shown apart, not given to one."""
    from newskit.story.claims import _readings

    got = _readings({"2026-11-24": {"A", "B"}, "2026-11-24T23:48": {"C"}, "2026-11-25T14:05": {"D"}})
    assert got == [("2026-11-24T23:48", {"A", "B", "C"}), ("2026-11-25T14:05", {"D"})]
    # an outlet's own second date beside the date it shares with others: another event
    got = _readings({"1989": {"A"}, "2026-08-09T04:30": {"A", "B", "C"}})
    assert got == [("2026-08-09T04:30", {"A", "B", "C"})]
    got = _readings({"2026-08-08": {"A", "C"}, "2026-08-09": {"B", "C"}})
    assert got == [("2026-08-08", {"A", "C"}), ("2026-08-09", {"B", "C"})]
    got = _readings({"2026-11": {"A"}, "2026-11-24": {"C"}, "2026-11-25": {"D"}})
    assert [w for w, _ in got] == ["2026-11", "2026-11-24", "2026-11-25"]
