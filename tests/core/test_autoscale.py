"""``--workers auto``: the decision, and that it never reorders or drops articles."""

from __future__ import annotations

from newskit import Article
from newskit.autoscale import auto_workers, cpu_count
from newskit.cli import _parser


def _articles(n: int, size: int) -> list[Article]:
    return [Article(id=str(i), text="x" * size) for i in range(n)]


def test_small_input_runs_in_one_process() -> None:
    arts = _articles(3, 10)
    workers, it = auto_workers(arts, min_chars=1000, cores=4)
    assert workers == 1
    assert list(it) == arts


def test_large_input_takes_every_core_and_keeps_order() -> None:
    arts = _articles(50, 100)
    workers, it = auto_workers(iter(arts), min_chars=1000, cores=4)
    assert workers == 4
    assert list(it) == arts  # the read-ahead buffer first, then the rest, in order


def test_cpu_count_is_positive() -> None:
    assert cpu_count() >= 1


def test_cli_workers_default_is_auto() -> None:
    args = _parser().parse_args(["extract", "x.txt"])
    assert args.workers == 0
    assert _parser().parse_args(["extract", "--workers", "auto", "x.txt"]).workers == 0
    assert _parser().parse_args(["extract", "--workers", "3", "x.txt"]).workers == 3
