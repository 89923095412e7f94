"""Issue 16, in-process: nothing a plugin does, returns or registers stops the batch.

Each test names the finding it covers; every one failed on the code before the fix.
Hangs are bounded by pytest-timeout (a hang guard, not a timing assertion).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterable, Sequence
from typing import ClassVar

import attrs
import pytest
import regex
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

from newskit import (
    Analysis,
    Article,
    Claim,
    Event,
    Extractor,
    Mention,
    Pipeline,
    PluginLoadError,
    QuantityMention,
    Register,
    guard,
    hookimpl,
)
from newskit.guard import plugin_guard
from newskit.serialize import make_converter, record_json

from .helpers import Capitals, ExtractorPlugin, LinkerPlugin
from .probes import Probe

pytestmark = pytest.mark.timeout(60)


def build(*plugins: object, strict: bool = False) -> Pipeline:
    from newskit import get_plugin_manager

    return Pipeline.build(get_plugin_manager(entry_points=False, plugins=plugins, strict=strict))


def article(i: int | str, text: str = "Kim met Putin in Moscow.") -> Article:
    return Article(id=str(i), text=text)


# ------------------------------------------------------------ what a plugin raises


@pytest.mark.parametrize("word, error", [("SYSEXIT", "SystemExit"), ("FAKE-CTRL-C", "KeyboardInterrupt"),
                                         ("OWN-BASE", "PluginBaseException")])
def test_base_exceptions_in_a_plugin_become_error_records(word: str, error: str) -> None:
    p = build(ExtractorPlugin(Probe(), Capitals()))
    got = list(p.run_many([article(1), article(2, f"Kim said {word}."), article(3)], timeout=None))
    assert [a.article.id for a in got] == ["1", "2", "3"]
    assert [(e.component, e.error) for e in got[1].errors] == [("probe", error)]
    assert {m.text for m in got[1].mentions} == {"Kim"}  # the other component went on
    assert got[0].errors == got[2].errors == ()


def test_a_real_interrupt_still_stops_the_run() -> None:
    class Interrupted:
        name, provides, requires = "interrupted", frozenset({"x"}), frozenset[str]()

        def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl-C while a plugin runs
            return ()

    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signals reach the main thread only")
    # a shell starts background jobs with SIGINT ignored; Ctrl-C's own handler, as in a terminal
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            build(ExtractorPlugin(Interrupted())).run(article(1))
        # and the guard put the handler back
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_hanging_plugin_gets_a_timeout_record_and_the_rest_go_on() -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("the in-process limit needs the main thread")
    p = build(ExtractorPlugin(Probe(), Capitals()))
    got = list(p.run_many([article(1), article(2, "Kim HANG."), article(3)], timeout=0.3))
    assert [a.article.id for a in got] == ["1", "2", "3"]
    assert [(e.error, e.component) for e in got[1].errors] == [("ArticleTimeout", "probe")]
    assert got[1].mentions == ()
    assert got[2].errors == () and got[2].mentions
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_time_limit_holds_off_the_main_thread_too() -> None:
    # a Dask worker runs its tasks in a thread: no signal reaches it, a timer does
    p = build(ExtractorPlugin(Probe(), Capitals()))
    got: list[Analysis] = []

    def work() -> None:
        got.extend(p.run(article(i, t), timeout=0.3) for i, t in enumerate(["Kim met.", "Kim HANG.", "Kim met."]))

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive()
    assert [[(e.error, e.component) for e in a.errors] for a in got] == [[], [("ArticleTimeout", "probe")], []]
    assert got[2].mentions


def test_a_limit_not_reached_off_the_main_thread_never_fires_later() -> None:
    done: list[bool] = []

    def work() -> None:
        with plugin_guard(0.05):
            done.append(True)
        time.sleep(0.3)  # past the limit: the timer was cancelled with the guard
        done.append(True)

    t = threading.Thread(target=work)
    t.start()
    t.join(5)
    assert done == [True, True]


# ------------------------------------------------------------ worker processes


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_worker_that_dies_costs_one_error_record_not_the_batch() -> None:
    p = build(ExtractorPlugin(Probe(), Capitals()))
    texts = [f"Kim met Putin {i}." for i in range(10)]
    texts[4] = "EXIT-WORKER here."
    got = list(p.run_many([article(i, t) for i, t in enumerate(texts)], workers=2, window=3, timeout=None))
    assert [a.article.id for a in got] == [str(i) for i in range(10)]
    assert [e.error for e in got[4].errors] == ["WorkerDied"]
    assert "exited with code 3" in got[4].errors[0].message
    assert all(a.errors == () and a.mentions for i, a in enumerate(got) if i != 4)


class _SwallowsTermination:
    """An object whose finalizer is where the SIGTERM handler happens to run: Python
    prints the handler's exception as "Exception ignored" and goes on."""

    def __del__(self) -> None:
        guard._terminate(signal.SIGTERM, None)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.timeout(60)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_termination_whose_exit_a_finalizer_swallowed_still_ends_the_run() -> None:
    p = build(ExtractorPlugin(Probe(), Capitals()))
    with pytest.raises(SystemExit) as exc, guard.exit_on_termination():
        _SwallowsTermination()  # collected at once: the exit it raised is lost
        list(p.run_many([article(0, "Kim HANG."), article(1, "Kim HANG.")], workers=2, timeout=None))
    assert exc.value.code == 128 + signal.SIGTERM


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_worker_stuck_past_its_limit_is_killed_and_replaced() -> None:
    p = build(ExtractorPlugin(Probe(), Capitals()))
    arts = [article(0), article(1, "Kim STUCK."), article(2, "Kim HANG."), article(3)]
    got = list(p.run_many(arts, workers=2, timeout=0.5))
    assert [a.article.id for a in got] == ["0", "1", "2", "3"]
    assert [e.error for e in got[1].errors] == ["ArticleTimeout"]  # killed from outside
    assert [(e.error, e.component) for e in got[2].errors] == [("ArticleTimeout", "probe")]
    assert got[0].errors == got[3].errors == ()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_worker_results_match_serial_results_with_plugins_of_a_test_manager() -> None:
    p = build(ExtractorPlugin(Capitals()))
    arts = [article(i, f"Kim met Putin {i} times.") for i in range(7)]
    assert list(p.run_many(arts, timeout=None)) == list(p.run_many(arts, workers=2, window=2))


# ------------------------------------------------------------ what a plugin registers


class RaisesOnRegistration:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    @hookimpl
    def newskit_register_extractors(self, register: Register[Extractor]) -> None:
        raise self.exc


@pytest.mark.parametrize("exc", [RuntimeError("no data"), SystemExit(3)])
def test_a_plugin_whose_registration_raises_is_skipped_and_reported(exc: BaseException) -> None:
    from newskit import get_plugin_manager

    bad = RaisesOnRegistration(exc)
    pm = get_plugin_manager(entry_points=False, plugins=[ExtractorPlugin(Capitals()), bad])
    p = Pipeline.build(pm)
    assert [c.name for c in p.components] == ["test-capitals"]
    assert [(f.name, (f.error or "").split(":")[0]) for f in pm.load_errors] == [
        (str(id(bad)), type(exc).__name__)]
    assert p.run(article(1)).mentions
    with pytest.raises(PluginLoadError):
        get_plugin_manager(entry_points=False, plugins=[RaisesOnRegistration(exc)], strict=True)


@pytest.mark.parametrize("junk", [object(), type("NoName", (), {"extract": lambda s, a, m: ()})(),
                                  type("Str", (), {"name": "s", "provides": "person", "requires": (),
                                                   "extract": lambda s, a, m: ()})()])
def test_registering_something_that_is_not_a_component_fails_that_plugin(junk: object) -> None:
    from newskit import get_plugin_manager

    pm = get_plugin_manager(entry_points=False, plugins=[ExtractorPlugin(junk), ExtractorPlugin(Capitals())])
    assert [c.name for c in Pipeline.build(pm).components] == ["test-capitals"]
    assert len(pm.load_errors) == 1 and "RegistrationError" in (pm.load_errors[0].error or "")


@frozen(kw_only=True)
class FakeQuantity(Mention):
    kind: ClassVar[str] = "quantity"  # taken by newskit's QuantityMention
    amount: int = 0


class TakesAKind:
    @hookimpl
    def newskit_register_mention_types(self, register: Register[type[Mention]]) -> None:
        register(FakeQuantity)


def test_a_mention_kind_already_taken_fails_that_plugin_not_the_run() -> None:
    from newskit import get_plugin_manager

    pm = get_plugin_manager(entry_points=False, plugins=[ExtractorPlugin(Capitals()), TakesAKind()])
    p = Pipeline.build(pm)
    assert p.mention_types() == []
    assert "'quantity'" in (pm.load_errors[0].error or "")
    conv = make_converter(p.mention_types())  # used to raise ValueError: exit 2, 0 records
    assert json.loads(record_json(p.run(article(1)), converter=conv))["mentions"]


# ------------------------------------------------------------ what a plugin returns


@frozen(kw_only=True)
class Unchecked(Mention):
    """Redeclares the offsets without the base class's validators."""

    kind: ClassVar[str] = "person"
    start: int = 0
    end: int = 0
    text: str = ""


class Returns:
    name, provides, requires = "returns", frozenset({"person"}), frozenset[str]()

    def __init__(self, *mentions: Mention) -> None:
        self.mentions = mentions

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        return self.mentions


@pytest.mark.parametrize("bad", [Unchecked(start=-5, end=3, text="Kim met "[-5:3]),
                                 Unchecked(start=4, end=2, text=""),
                                 Unchecked(start=1_000_000, end=1_000_003, text="")])
def test_mentions_are_checked_whatever_validators_a_subclass_kept(bad: Mention) -> None:
    a = build(ExtractorPlugin(Returns(bad))).run(article(1))
    assert a.mentions == ()
    assert [e.error for e in a.errors] == ["InvalidMention"]


class FarAwayPolicy:
    @hookimpl(tryfirst=True)
    def newskit_resolve_overlaps(self, article: Article, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        far = attrs.evolve(mentions[0], start=1_000_000, end=1_000_003)
        return (*mentions[1:], far)


def test_the_overlap_hook_result_is_checked() -> None:
    a = build(ExtractorPlugin(Capitals()), FarAwayPolicy()).run(article(1))
    assert [m.text for m in a.mentions] == ["Putin", "Moscow"]
    assert [(e.stage, e.error) for e in a.errors] == [("overlaps", "InvalidMention")]


class BadClaims:
    name, provides, requires = "bad-claims", frozenset({"claim"}), frozenset({"person"})

    def link(self, article: Article, mentions: Sequence[Mention],
             found: Sequence[Claim | Event]) -> Iterable[Claim | Event]:
        yield Claim(article=article.id, start=0, end=3, text="Kim")
        yield Claim(article=article.id, start=0, end=3, text="XYZ")
        yield Claim(article=article.id, start=900, end=903, text="abc")


def test_claims_that_do_not_slice_are_reported_not_kept() -> None:
    a = build(ExtractorPlugin(Capitals()), LinkerPlugin(BadClaims())).run(article(1))
    assert [c.text for c in a.claims] == ["Kim"]
    assert [e.error for e in a.errors] == ["InvalidLink", "InvalidLink"]


# ------------------------------------------------------------ what cannot be written


def test_a_record_that_cannot_be_written_becomes_an_error_record() -> None:
    weird = QuantityMention(start=0, end=3, text="Kim", value=object())  # type: ignore[arg-type]
    row = json.loads(record_json(Analysis(article=article(1), mentions=(weird,))))
    assert row["id"] == "1" and row["mentions"] == []
    assert row["errors"][0]["error"] == "SerializationError"


def test_newskit_plugins_lists_plugins_even_when_the_pipeline_cannot_be_built(
        capsys: pytest.CaptureFixture[str]) -> None:
    from newskit.cli import main

    assert main(["plugins", "--load-plugins", "quotes"]) == 2  # quotes requires person
    out, err = capsys.readouterr()
    assert "quotes" in out and "loaded" in out
    assert "requires 'person'" in err


@pytest.mark.parametrize("value", ["9999-12-31", "9999-12-31T23", "9999-W52", "9999-Q4", "9999-WI", "9999",
                                   "999X", "99XX", "2024-02-30", "2024-02-30/2024-03-01", "0000-01-01",
                                   "2024-W53"])
def test_calendar_edges_never_raise(value: str) -> None:
    """9999-12-31 made the claims and events linkers raise OverflowError (issue 16)."""
    from newskit.timex import compatible, interval

    got = interval(value)
    assert got is None or got[0] < got[1]
    assert compatible(value, "2024-06-18") in (True, False)


def test_the_last_day_there_is_keeps_its_events_and_claims() -> None:
    from newskit import get_plugin_manager

    pipeline = Pipeline.build(get_plugin_manager(allow=["dates", "quantities", "persons", "quotes", "claims", "events"]))
    a = pipeline.run(Article.from_dict({"id": "d", "published": "9999-12-31", "text":
                                        "Putin visited Pyongyang on 9999-12-31, the Kremlin said on Monday."}))
    assert a.errors == ()
    assert a.events


def _no_constants(name: str) -> object:
    raise AssertionError(f"bare {name} in the JSON output")


_ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())


@given(text=st.text(_ANY_CHAR, max_size=40),
       meta=st.dictionaries(st.text(_ANY_CHAR, max_size=4),
                            st.one_of(st.floats(), st.integers(), st.text(_ANY_CHAR, max_size=5),
                                      st.just(10**5000), st.just(-(10**4301))), max_size=4))
def test_any_record_is_strict_json_in_utf8(text: str, meta: dict[str, object]) -> None:
    """Lone surrogates, NaN, infinities and integers too long to print all write (issue 16)."""
    out = record_json(Analysis(article=Article(id=text[:3], text=text, metadata=meta)))
    out.encode("utf-8")  # strict
    row = json.loads(out, parse_constant=_no_constants)
    assert row["errors"] == []
    if not regex.search(r"[\ud800-\udbff][\udc00-\udfff]", text):  # a split pair reads back joined
        assert row["article"]["text"] == text


def test_numbers_json_cannot_carry_have_a_documented_exact_form() -> None:
    from decimal import Decimal

    from newskit.serialize import analysis_from_json

    big = Decimal(10) ** 4995
    values: list[int | Decimal] = [10**4995, big, Decimal("1.5E-400"), Decimal("-2.5E+300"), 12345678901234567890]
    art = Article(id="n", text="x" * 10, metadata={"nan": float("nan"), "inf": float("-inf")})
    a = Analysis(article=art, mentions=tuple(QuantityMention(start=0, end=1, text="x", value=v)
                                             for v in values))
    row = json.loads(record_json(a), parse_constant=_no_constants)
    assert [m["value"] for m in row["mentions"]] == ["1E+4995", "1E+4995", "1.5E-400", "-2.5E+300",
                                                     12345678901234567890]
    assert row["article"]["metadata"] == {"nan": "NaN", "inf": "-Infinity"}
    back = analysis_from_json(row)
    assert [m.value for m in back.mentions] == [big, big, Decimal("1.5E-400"), Decimal("-2.5E+300"),  # type: ignore[attr-defined]
                                                12345678901234567890]
