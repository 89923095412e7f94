"""The Dask engine: newskit on a Dask cluster, one machine or many.

Why: a day's feed (10^4-10^6 articles) outgrows one machine's process pool. Dask's
distributed scheduler places the tasks, moves them off a worker that dies and retries
them, so newskit only says what to compute: partitions of the input
(:mod:`newskit.partitions`: runs of files, byte ranges of JSON Lines files cut at line
starts), each read and analysed where it runs, results back in input order. Every
worker process builds its pipeline once and keeps it.

Needs the optional extra (``pip install 'newskit[dask]'``). Files must be readable at the
same paths on every worker (a shared file system) when the cluster spans machines.

    >>> import dask
import dask.bag as db
    >>> from newskit import dask as nd
    >>> analyses = nd.analyze(nd.read_articles(["feed.jsonl"]))     # a bag of Analysis
    >>> records = nd.to_json(analyses)                               # a bag of JSON dicts
    >>> mine = nd.analyze(db.from_sequence(my_articles))             # any bag of Article

``newskit stories --engine dask`` also builds each closed story on the cluster
(:func:`build_stories`): building costs about as much as extracting, and the stories
are independent of one another, so the driver only groups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Union

import dask
import dask.bag as db
from dask.delayed import delayed
from distributed import Client, Future, LocalCluster

from newskit.model import Analysis, Article, ErrorRecord, Story
from newskit.partitions import DEFAULT_BLOCKSIZE, Partition, partitions, read_partition
from newskit.pipeline import Pipeline
from newskit.readers import MAX_CHARS, ReadResult
from newskit.serialize import analysis_to_json, make_converter

__all__ = ["analyze", "analyze_records", "build_stories", "open_client", "read_articles", "run", "to_json"]

Published = Union[dt.date, dt.datetime, str, None]

#: Task retries on an exception (a lost worker is rescheduled by Dask without counting).
RETRIES = 2

#: Bytes of input per task of :func:`run` (64 KiB, about 30 news articles). An analysis
#: holds about 100 times its article's bytes in memory (some 200 KB for a 2 KB article),
#: and a task's analyses are held whole: while the worker makes them, while they wait to
#: be fetched, and in the driver while they are consumed. At 1 MiB (500 articles, some
#: 100 MB a task) the window of tasks in flight took a gigabyte over the process tree; at
#: 64 KiB it takes tens of megabytes, and the scheduler's cost per task (a millisecond)
#: is still small beside the task's half second of work.
RUN_BLOCKSIZE = 64 << 10

_PIPELINES: dict[str, Pipeline] = {}


def _pipeline(options: Mapping[str, Any]) -> Pipeline:
    """The pipeline for these plugin options, built once per worker process (building
    loads every plugin: far too slow to repeat per task)."""
    key = json.dumps(dict(options), sort_keys=True, default=str)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.build(**options)
    return _PIPELINES[key]


def analyze_records(records: Iterable[ReadResult | Article],
                    options: Mapping[str, Any] | None = None,
                    timeout: float | None = None) -> list[Analysis]:
    """Analyses of articles, in order; an error record becomes an empty analysis that
    carries it (the default engine's convention, so each input keeps one record).

    ``timeout`` is passed to :meth:`Pipeline.run`: the per-article limit of the default
    engine (``--article-timeout``). Dask runs tasks in worker threads, where the limit is
    raised by a timer (:mod:`newskit.guard`); like the default engine's alarm it stops
    code that returns to the interpreter. A plugin stuck in C code, or one that swallows
    the timeout, holds its worker: the default engine's pool kills such a worker, Dask
    does not (its scheduler only reschedules the tasks of a worker that dies)."""
    pipe = _pipeline(options or {})
    out: list[Analysis] = []
    for r in records:
        if isinstance(r, ErrorRecord):
            out.append(Analysis(article=Article(id=r.input or "", text=""), errors=(r,)))
        else:
            out.append(pipe.run(r, timeout=timeout))
    return out


def _json_records(analyses: Iterable[Analysis], options: Mapping[str, Any],
                  include_text: bool) -> list[dict[str, Any]]:
    conv = make_converter(_pipeline(options).mention_types())
    return [analysis_to_json(a, converter=conv, include_text=include_text) for a in analyses]


def _task(part: Partition, published: Published, options: Mapping[str, Any],
          timeout: float | None, max_chars: int = MAX_CHARS) -> list[Analysis]:
    return analyze_records(read_partition(part, published=published, max_chars=max_chars),
                           options, timeout)


def read_articles(paths: Iterable[str], *, blocksize: int = DEFAULT_BLOCKSIZE,
                  published: Published = None) -> db.Bag:
    """A bag of :class:`Article` (and :class:`ErrorRecord` for bad inputs) over files,
    folders and JSON Lines files, one partition per ``blocksize`` bytes of input.
    The driver only scans JSON Lines files for line starts; workers read the bytes."""
    parts = list(partitions(paths, blocksize=blocksize, published=published))
    reader = functools.partial(read_partition, published=published)
    return db.from_delayed([delayed(reader)(p) for p in parts])


def analyze(bag: db.Bag, **pm_options: Any) -> db.Bag:
    """A bag of :class:`Analysis`, partition for partition, from a bag of articles (or
    read results); ``pm_options`` are :func:`newskit.get_plugin_manager`'s options."""
    return bag.map_partitions(functools.partial(analyze_records, options=pm_options))


def to_json(analyses: db.Bag, *, include_text: bool = True, **pm_options: Any) -> db.Bag:
    """A bag of the JSON objects ``newskit extract`` writes, from a bag of analyses."""
    return analyses.map_partitions(functools.partial(
        _json_records, options=pm_options, include_text=include_text))


#: Dask settings of the client :func:`open_client` opens, on any cluster. Dask's
#: "low-level logs" (1,000 entries each by default) keep the last messages every batched
#: stream sent, whole: the client's stream to the scheduler keeps each task it submitted
#: (a story to build carries its members' analyses), and the scheduler's stream to each
#: worker keeps each task it handed out, analyses included (the scheduler of a local
#: cluster runs in the driver's process). A run of ``newskit stories`` submits thousands of
#: tasks, so the driver grew by some 40 MB per 1,000 articles until each log was full
#: (docs/scale.md). The logs only serve debugging a cluster by hand: off.
CLIENT_CONFIG: dict[str, Any] = {"distributed.admin.low-level-log-length": 0}

#: Dask settings of the local cluster :func:`open_client` starts (its scheduler, in this
#: process, and its workers), beside :data:`CLIENT_CONFIG`. The statistical profiler
#: samples every worker thread's stack every 10 ms and keeps the last 1,000 seconds of
#: call trees: on newskit's deep pure-Python pipeline that is CPU taken from the work and
#: tens of megabytes a worker, for a dashboard nobody looks at in a batch run.
LOCAL_CONFIG: dict[str, Any] = {**CLIENT_CONFIG, "distributed.worker.profile.enabled": False}


@contextlib.contextmanager
def open_client(scheduler: str | None = None, workers: int = 1) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers``
    single-threaded processes (the pipeline is pure Python: threads would share a GIL),
    set up by :data:`LOCAL_CONFIG` (a cluster of one's own keeps its own settings; the
    client, in this process, is set up by :data:`CLIENT_CONFIG`)."""
    if scheduler:
        with dask.config.set(CLIENT_CONFIG), Client(scheduler) as client:
            yield client
        return
    with dask.config.set(LOCAL_CONFIG), LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                      dashboard_address=":0", worker_dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client


def _slots(client: Client) -> int:
    info = client.scheduler_info()
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))


def run(inputs: Iterable[str], client: Client, *, published: Published = None,
        blocksize: int = RUN_BLOCKSIZE, window: int | None = None,
        timeout: float | None = None, max_chars: int = MAX_CHARS, follow_links: bool = False,
        **pm_options: Any) -> Iterator[Analysis]:
    """Every input's analysis, in input order, computed on ``client``'s cluster.

    At most ``window`` partitions (default: four times the cluster's threads) of about
    ``blocksize`` bytes are submitted and not yet consumed, so memory stays flat however
    long the input is (:data:`RUN_BLOCKSIZE`); each analysis is let go as soon as the
    caller has taken it. A task whose worker dies is rerun elsewhere by the scheduler, so
    no article is lost.
    """
    window = window or 4 * _slots(client)
    pending: deque[Future[list[Analysis]]] = deque()

    def drain() -> Iterator[Analysis]:
        fut = pending.popleft()
        result: list[Analysis] = fut.result()
        fut.release()
        result.reverse()
        while result:  # popped, so the caller alone holds what it took
            yield result.pop()

    for part in partitions(inputs, blocksize=blocksize, published=published,
                           max_chars=max_chars, follow_links=follow_links):
        pending.append(client.submit(_task, part, published, pm_options, timeout, max_chars,
                                     pure=False, retries=RETRIES))
        if len(pending) >= window:
            yield from drain()
    while pending:
        yield from drain()


def _build(members: list[Analysis], options: Mapping[str, Any]) -> Story:
    from newskit.story import build_story

    return build_story(members, pm=_pipeline(options).pm)


def build_stories(groups: Iterable[tuple[str, list[Analysis]]], client: Client, *,
                  window: int | None = None, **pm_options: Any) -> Iterator[tuple[str, Story]]:
    """``(story id, story)`` for each ``(story id, members)`` of ``groups`` (as
    :func:`newskit.stories.group_stories` yields them), each built on ``client``'s cluster
    exactly as :func:`newskit.story.build_story` builds it with the story hooks of the
    plugins ``pm_options`` select, in the order the groups come.

    Stories are independent, so they are built side by side while the driver goes on
    grouping; at most ``window`` (default: twice the cluster's threads) are in flight, so
    the driver holds a bounded number of closed stories. A build whose worker dies is rerun
    elsewhere, like an extraction task."""
    window = window or 2 * _slots(client)
    pending: deque[tuple[str, Future[Story]]] = deque()

    def drain() -> tuple[str, Story]:
        sid, fut = pending.popleft()
        story: Story = fut.result()
        fut.release()
        return sid, story

    for sid, members in groups:
        pending.append((sid, client.submit(_build, members, pm_options, pure=False, retries=RETRIES)))
        if len(pending) >= window:
            yield drain()
    while pending:
        yield drain()
