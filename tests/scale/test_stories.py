"""`newskit stories`: a mixed stream grouped into stories, each built as `story` builds one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Analysis, Article, Pipeline
from newskit.serialize import dumps, story_to_json
from newskit.stories import GroupingOptions, StoryGrouper, article_features, group_stories
from newskit.story import build_story
from tests.scale.corpus import SEEDS, analyse, write_mixed

ROOT = Path(__file__).resolve().parents[2]

QUAKE = [
    "A magnitude 7.1 earthquake struck eastern Turkey on Sunday, killing at least 200 people "
    "in the city of Van, the Turkish disaster agency said. Rescuers searched collapsed buildings.",
    "Rescuers in Van pulled survivors from the rubble on Monday after the earthquake that hit "
    "eastern Turkey. Prime Minister Recep Tayyip Erdogan visited the quake zone.",
    "The death toll from the Van earthquake in eastern Turkey rose to 366, the disaster agency "
    "said, as aftershocks shook the city and survivors slept in tents.",
]
VISIT = [
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North "
    "Korean leader Kim Jong Un, the Kremlin said.",
    "Kim Jong Un greeted Vladimir Putin at Pyongyang airport; the two leaders signed a "
    "partnership pact, North Korean state media reported.",
    "Putin and Kim pledged mutual help in Pyongyang, a pact the United States said was a concern. "
    "The Kremlin said Putin would fly on to Vietnam.",
]


def groups(analyses: list[Analysis], **kw: object) -> list[list[str]]:
    opts = GroupingOptions(**kw)  # type: ignore[arg-type]
    return [[a.article.id for a in members] for _, members in group_stories(analyses, opts)]


def test_two_interleaved_events_become_two_stories(pipeline: Pipeline) -> None:
    q = analyse(pipeline, QUAKE, "q", "2011-10-24")
    v = analyse(pipeline, VISIT, "v", "2011-10-24")
    stream = [x for pair in zip(q, v, strict=True) for x in pair]
    assert sorted(groups(stream)) == [["q0", "q1", "q2"], ["v0", "v1", "v2"]]


def test_the_same_news_weeks_apart_is_two_stories(pipeline: Pipeline) -> None:
    early = analyse(pipeline, QUAKE, "early", "2011-10-24")
    late = analyse(pipeline, QUAKE, "late", "2011-11-20")
    # what is tested is the window, not the similarity: a looser threshold keeps the test from
    # hanging on how many event mentions the events plugin finds in these three short texts
    got = groups(early + late, window_days=7, threshold=0.15)
    assert got == [["early0", "early1", "early2"], ["late0", "late1", "late2"]]
    # the early story closed when the clock passed its window, before the stream ended
    grouper = StoryGrouper(GroupingOptions(window_days=7))
    closed = [sid for a in early + late for sid, _ in grouper.add(a)]
    assert closed == ["s1"]


def test_features_are_what_newskit_extracted(pipeline: Pipeline) -> None:
    (a,) = analyse(pipeline, VISIT[:1], "v", "2024-06-19")
    f = article_features(a)
    assert "person:vladimirputin" in f and "person:kimjongun" in f
    assert "term:pyongyang" in f and "term:the" not in f and "term:said" not in f
    assert any(k.startswith("event:") for k in f)


@pytest.fixture(scope="module")
def pool(pipeline: Pipeline) -> list[Analysis]:
    return analyse(pipeline, QUAKE, "q", "2011-10-24") + analyse(pipeline, VISIT, "v", "2011-10-25")


@settings(max_examples=30, deadline=None)
@given(order=st.permutations(range(6)), threshold=st.floats(0.0, 1.0))
def test_every_article_is_in_exactly_one_story_in_any_order(pool: list[Analysis], order: list[int],
                                                            threshold: float) -> None:
    stream = [pool[i] for i in order]
    got = groups(stream, threshold=threshold)
    flat = [i for g in got for i in g]
    assert sorted(flat) == sorted(a.article.id for a in pool)
    assert got == groups(stream, threshold=threshold)  # deterministic


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newskit.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)


def test_json_is_one_object_with_stories_built_as_story_builds_them(tmp_path: Path,
                                                                    pipeline: Pipeline) -> None:
    feed = write_mixed(tmp_path / "feed.jsonl", 60)
    proc = run_cli("stories", str(feed), "--format", "json", "--no-progress")
    assert proc.returncode == 1  # the feed has a malformed line
    data = json.loads(proc.stdout)
    assert set(data) == {"stories", "errors"}
    assert [e["error"] for e in data["errors"]] == ["MalformedJSON"]
    ids = [i for s in data["stories"] for i in s["articles"]]
    assert len(ids) == len(set(ids)) == 59  # 60 lines, line 18 malformed
    by_id = {a.article.id: a for a in (pipeline.run(x) for x in _articles(feed))}
    for s in data["stories"]:
        expected = story_to_json(build_story([by_id[i] for i in s["articles"]], pm=pipeline.pm))
        assert dumps({k: v for k, v in s.items() if k != "id"}) == dumps(expected)


def _articles(feed: Path) -> list[Article]:
    from newskit.readers import read_inputs

    return [r for r in read_inputs([str(feed)]) if isinstance(r, Article)]


def test_readable_formats_list_stories_with_their_central_events() -> None:
    for fmt, mark in (("text", "== s1: 5 articles"), ("markdown", "## s1: 5 articles"),
                      ("html", "<h2>s1: 5 articles</h2>")):
        proc = run_cli("stories", str(SEEDS), "--format", fmt, "--no-progress")
        assert proc.returncode == 0, proc.stderr
        assert mark in proc.stdout and "visit" in proc.stdout


def test_stories_on_the_dask_engine_are_byte_identical(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    feed = write_mixed(tmp_path / "feed.jsonl", 120)
    plain = run_cli("stories", str(feed), "--format", "json", "--no-progress")
    dask = run_cli("stories", str(feed), "--format", "json", "--no-progress",
                   "--engine", "dask", "--workers", "2")
    assert dask.stdout == plain.stdout and dask.returncode == plain.returncode


def test_stories_built_in_the_worker_pool_are_those_built_in_one_process(tmp_path: Path) -> None:
    feed = write_mixed(tmp_path / "feed.jsonl", 120)
    one = run_cli("stories", str(feed), "--format", "json", "--no-progress", "--workers", "1")
    pool = run_cli("stories", str(feed), "--format", "json", "--no-progress", "--workers", "2")
    assert pool.stdout == one.stdout and pool.returncode == one.returncode == 1
    assert len(json.loads(pool.stdout)["stories"]) > 1


#: three reports of one flood and two of one rate decision, written for these tests: the
#: first flood report shares few words with the second, which starts its own story; the
#: third links the two
FLOOD = {
    "flood1": "Flooding along the Danube forced thousands of residents from their homes in "
              "Hungary as the river rose to a record level.",
    "flood2": "Hungarian officials opened emergency shelters while Danube waters kept rising "
              "near Budapest and volunteers stacked sandbags.",
    "flood3": "Sandbags and shelters: volunteers in Budapest worked through the night as the "
              "Danube flooding reached the city's embankments.",
}
RATES = {
    "bank1": "The central bank raised interest rates by half a point on Thursday, citing "
             "stubborn inflation in services and wages.",
    "bank2": "Mortgage lenders said they would pass the higher interest rates on to borrowers "
             "after the central bank decision.",
}


def _plain(ids_days: list[tuple[str, str | None]]) -> list[Analysis]:
    texts = {**FLOOD, **RATES}
    return [Analysis(article=Article.from_dict({"id": i, "text": texts[i], "published": d}))
            for i, d in ids_days]


def test_a_story_split_by_the_stream_order_is_joined_when_it_closes() -> None:
    stream = _plain([("flood1", None), ("bank1", None), ("flood2", None), ("bank2", None),
                     ("flood3", None)])
    assert groups(stream, link_threshold=None) == [["flood1"], ["bank1", "bank2"], ["flood2", "flood3"]]
    assert groups(stream) == [["flood1", "flood2", "flood3"], ["bank1", "bank2"]]


def test_a_closing_story_that_joins_an_open_one_stays_open_under_the_older_id() -> None:
    stream = _plain([("flood1", "2024-05-01"), ("flood2", "2024-05-03"), ("flood3", "2024-05-09"),
                     ("bank1", "2024-05-09")])
    grouper = StoryGrouper()
    closed = [c for a in stream for c in grouper.add(a)]
    assert closed == []  # on 05-09 flood1's story was stale, but it joined the open flood story
    assert [(sid, [a.article.id for a in m]) for sid, m in grouper.finish()] == [
        ("s1", ["flood1", "flood2", "flood3"]), ("s3", ["bank1"])]


def test_stories_close_together_when_they_join_as_they_close() -> None:
    stream = _plain([("flood1", "2024-05-01"), ("bank1", "2024-05-01"), ("flood2", "2024-05-02"),
                     ("flood3", "2024-05-02"), ("bank2", "2024-05-20")])
    grouper = StoryGrouper()
    closed = [(sid, [a.article.id for a in m]) for a in stream for sid, m in grouper.add(a)]
    assert closed == [("s1", ["flood1", "flood2", "flood3"]), ("s2", ["bank1"])]


def _base(sid: str) -> str:
    return sid.split(".")[0]


@settings(max_examples=30, deadline=None)
@given(order=st.permutations(range(6)), cap=st.integers(1, 4))
def test_a_story_over_the_cap_is_handed_on_in_parts_that_make_the_same_story(
        pool: list[Analysis], order: list[int], cap: int) -> None:
    stream = [pool[i] for i in order]
    whole = {sid: [a.article.id for a in m] for sid, m in group_stories(stream, GroupingOptions(max_story_articles=None))}
    parts = list(group_stories(stream, GroupingOptions(max_story_articles=cap)))
    assert all(0 < len(m) <= cap for _, m in parts)
    joined: dict[str, list[str]] = {}
    for sid, m in parts:
        joined.setdefault(_base(sid), []).extend(a.article.id for a in m)
    assert {k: sorted(v) for k, v in joined.items()} == {k: sorted(v) for k, v in whole.items()}


def test_parts_are_handed_on_as_they_fill_not_when_the_story_closes() -> None:
    stream = _plain([("flood1", None), ("flood2", None), ("flood3", None), ("bank1", None)])
    grouper = StoryGrouper(GroupingOptions(max_story_articles=1, link_threshold=None))
    out = [[(sid, [a.article.id for a in m]) for sid, m in grouper.add(a)] for a in stream]
    assert out == [[("s1", ["flood1"])], [("s2", ["flood2"])], [("s2.2", ["flood3"])], [("s3", ["bank1"])]]
    assert grouper.finish() == []  # every article was handed on already


#: three reports of one wildfire, written for these tests: the first shares a few words
#: with the first flood report ("thousands of residents"), enough to join a one-article
#: story, while the other two share nothing with the floods
FIRE = {
    "fire1": "Thousands of residents fled a wildfire in the hills above Los Angeles.",
    "fire2": "Firefighters battled the Los Angeles wildfire from helicopters as dry winds "
             "pushed the flames toward canyon neighbourhoods.",
    "fire3": "Flames and dry winds: the canyon wildfire near Los Angeles burned more hillsides "
             "as firefighters dropped retardant from helicopters.",
}
TWO_EVENTS = [["fire1", "fire2", "fire3"], ["flood1", "flood2", "flood3"]]


def _undated(ids: list[str]) -> list[Analysis]:
    texts = {**FLOOD, **RATES, **FIRE}
    return [Analysis(article=Article.from_dict({"id": i, "text": texts[i]})) for i in ids]


def _as_sets(got: list[list[str]]) -> list[list[str]]:
    return sorted(sorted(g) for g in got)


def test_an_article_that_joined_another_events_young_story_is_taken_out_when_it_closes() -> None:
    stream = _undated(["flood1", "fire1", "fire2", "flood2", "fire3", "flood3"])
    # fire1 joins the one-article flood story, and the fire reports follow it in
    assert groups(stream, link_threshold=None) == [["flood1", "fire1", "fire2", "fire3"], ["flood2", "flood3"]]
    got = [(sid, [a.article.id for a in m]) for sid, m in group_stories(stream)]
    assert [sid for sid, _ in got] == ["s1", "s2"]  # the first piece keeps the story's id
    assert _as_sets([m for _, m in got]) == TWO_EVENTS


def test_a_pair_of_stories_is_scored_again_after_one_of_them_grew() -> None:
    # flood1 first joins the other flood reports at closing; the pair (flood1, fires) was
    # scored when flood1 stood alone, and must not be joined on that stale score
    stream = _undated(["flood1", "fire2", "fire1", "flood2", "fire3", "flood3"])
    assert _as_sets(groups(stream)) == TWO_EVENTS


@settings(max_examples=40, deadline=None)
@given(order=st.permutations(["flood1", "flood2", "flood3", "fire1", "fire2", "fire3", "bank1", "bank2"]))
def test_the_same_articles_make_the_same_stories_in_any_order(order: list[str]) -> None:
    assert _as_sets(groups(_undated(order))) == [["bank1", "bank2"], *TWO_EVENTS]


def test_a_story_that_handed_on_a_part_keeps_its_shape() -> None:
    stream = _undated(["flood1", "fire1", "fire2", "flood2", "fire3", "flood3"])
    parts = [[a.article.id for a in m] for _, m in group_stories(stream, GroupingOptions(max_story_articles=4))]
    # the first story's part was written when it reached four articles: flood1 stays in it
    assert parts == [["flood1", "fire1", "fire2", "fire3"], ["flood2", "flood3"]]


def test_a_story_too_large_to_split_keeps_its_articles() -> None:
    stream = _undated(["flood1", "fire1", "fire2", "flood2", "fire3", "flood3"])
    # the four-article story is over the cap: flood1 is neither split off nor moved
    assert groups(stream, split_max_articles=3) == [["flood1", "fire1", "fire2", "fire3"], ["flood2", "flood3"]]
