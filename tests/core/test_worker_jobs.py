"""Jobs in the worker pool (`newskit.workers.WorkerPool`): work beside the articles, in the
same supervised processes (`newskit stories` builds closed stories there)."""

from __future__ import annotations

import os
from typing import Any

import pytest

from newskit import Article, Pipeline
from newskit.workers import Job, JobFailed, WorkerPool

from .helpers import Capitals, ExtractorPlugin
from .probes import Probe

pytestmark = [pytest.mark.timeout(60),
              pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")]


def build() -> Pipeline:
    from newskit import get_plugin_manager

    return Pipeline.build(get_plugin_manager(entry_points=False, plugins=[ExtractorPlugin(Probe(), Capitals())]))


def where(pipeline: Pipeline, text: str) -> tuple[int, int]:
    """The process a job ran in, and how many mentions the worker's pipeline finds in ``text``."""
    return os.getpid(), len(pipeline.run(Article(id="j", text=text)).mentions)


def boom(pipeline: Pipeline, message: str) -> None:
    raise ValueError(message)


def die(pipeline: Pipeline, marker: str) -> Any:
    """Kills its worker the first time (``marker`` a file it creates), succeeds when retried."""
    if not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(3)
    return "retried"


def test_a_job_runs_in_a_worker_with_the_workers_pipeline() -> None:
    with WorkerPool(build(), 2, None) as pool:
        key = pool.submit(Job(where, ("Kim met Putin in Moscow.",)))
        pid, found = pool.result(key)
    assert pid != os.getpid() and found == 3


def test_without_processes_a_job_runs_at_once_in_the_caller() -> None:
    pool = WorkerPool(build(), 0, None)
    key = pool.submit(Job(where, ("Kim met Putin.",)))
    assert pool.ready(key) and pool.result(key) == (os.getpid(), 2)


def test_a_job_that_raises_comes_back_as_what_went_wrong() -> None:
    with WorkerPool(build(), 2, None) as pool:
        got = pool.result(pool.submit(Job(boom, ("no story here",))))
    assert got == JobFailed("ValueError", "no story here")


def test_a_job_whose_worker_dies_is_retried_in_a_fresh_worker(tmp_path: Any) -> None:
    with WorkerPool(build(), 2, None) as pool:
        assert pool.result(pool.submit(Job(die, (str(tmp_path / "died"),)))) == "retried"


def test_jobs_submitted_while_articles_run_keep_the_articles_in_order() -> None:
    p = build()
    arts = [Article(id=str(i), text=f"Kim met Putin {i} times.") for i in range(12)]
    keys: list[int] = []
    got = []
    with WorkerPool(p, 2, None) as pool:
        for a in pool.map(arts, window=4, close=False):
            got.append(a)
            keys.append(pool.submit(Job(where, (a.article.text,))))
        jobs = [pool.result(k)[1] for k in keys]
    assert got == [p.run(a) for a in arts]
    assert jobs == [len(a.mentions) for a in got]
