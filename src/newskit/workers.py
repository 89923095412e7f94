"""Supervised worker processes for :meth:`Pipeline.run_many` with ``workers > 1``.

Why not ``concurrent.futures``: a ``ProcessPoolExecutor`` loses every pending result
when one worker dies (``BrokenProcessPool``), cannot stop a task that hangs, and its
workers outlive a parent killed by SIGTERM. Here each worker has its own pipe and runs
one article at a time, so the parent always knows which article a worker holds:

- a worker that dies (OOM kill, segfault, ``os._exit``) is replaced; its article is
  retried once in a fresh worker, and if that worker dies too the article gets a
  ``WorkerDied`` error record. The batch goes on.
- each article has a time limit: the worker stops it itself (``SIGALRM``, see
  :mod:`newskit.guard`); if the worker is still stuck a grace period later (a hang in C
  code, a plugin that swallows the timeout), the parent kills and replaces it and the
  article gets an ``ArticleTimeout`` error record.
- workers die with the parent: on Linux the kernel kills them when the parent dies
  (``PR_SET_PDEATHSIG``), elsewhere they exit when the parent's pipe closes; they ignore
  SIGINT (the parent handles Ctrl-C) and take SIGTERM/SIGHUP's default action, and the
  parent kills them whenever the iteration ends, normally or not.

Results come back in input order, with at most ``window`` articles read ahead.

The same processes run other work too (a :class:`Job`: ``newskit stories`` builds each
closed story in the pool while the pool goes on extracting, so the parent only groups);
jobs go before articles, have no time limit, and are retried once if their worker dies.
"""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection as mpc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Union

from attrs import frozen

from newskit.guard import raise_if_terminating
from newskit.model import Analysis, Article, ErrorRecord
from newskit.patterns import save as save_patterns

if TYPE_CHECKING:
    from newskit.pipeline import Pipeline

__all__ = ["Job", "JobFailed", "WorkerPool", "run_supervised"]

#: Retries of an article whose worker died (then it gets an error record).
RETRIES = 1

#: The longest the parent blocks on its workers before it looks again whether a
#: termination signal's exit was lost (:func:`newskit.guard.raise_if_terminating`).
_POLL = 1.0


@frozen
class Job:
    """Work for a pool worker other than extracting an article: ``fn(pipeline, *args)``
    with the worker's pipeline. ``fn`` must be a module-level function (it is pickled by
    name) and its result picklable."""

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()


@frozen
class JobFailed:
    """The result of a job that raised, or whose worker died twice: what went wrong. The
    caller decides what to do (``newskit stories`` runs the job itself, so the outcome
    is the one it would have had without a pool)."""

    error: str
    message: str


_Task = tuple[int, Union[Article, Job], int]  # (index, work, attempt)


def _grace(timeout: float) -> float:
    """How long past its own time limit a worker may take to report before it is killed."""
    return min(max(1.0, timeout / 2), 30.0)


def _context() -> Any:
    """``fork`` on Linux: the worker inherits the built pipeline (no rebuild, and plugins
    registered on a custom manager work); the platform default elsewhere."""
    if sys.platform.startswith("linux"):
        return mp.get_context("fork")
    return mp.get_context()


def _die_with_parent(parent: int, from_main_thread: bool) -> None:
    # PR_SET_PDEATHSIG fires when the *thread* that forked us ends, so only then
    if from_main_thread and sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)


def _worker_main(conn: mpc.Connection, pipeline: Any, options: dict[str, Any] | None,
                 timeout: float | None, parent: int, from_main_thread: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _die_with_parent(parent, from_main_thread)
    if pipeline is None:
        from newskit.pipeline import Pipeline

        pipeline = Pipeline.build(**(options or {}))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        if msg is None:
            save_patterns()  # the patterns this worker compiled, for the next start-up
            return
        index, work = msg
        result = _do(pipeline, work, timeout)
        try:
            conn.send((index, result))
        except (EOFError, OSError):
            os._exit(0)
        except BaseException as exc:  # e.g. a value that does not pickle
            why = f"the result could not be sent back: {type(exc).__name__}: {exc}"
            conn.send((index, JobFailed("ResultError", why) if isinstance(work, Job)
                       else failed(work, "worker", "ResultError", why)))


def _do(pipeline: Any, work: Article | Job, timeout: float | None) -> Any:
    """One task in a worker; a worker never dies of an article or a job."""
    if isinstance(work, Job):
        try:
            return work.fn(pipeline, *work.args)
        except BaseException as exc:
            return JobFailed(type(exc).__name__, str(exc))
    try:
        return pipeline.run(work, timeout=timeout)
    except BaseException as exc:
        return failed(work, "worker", type(exc).__name__, str(exc))


def failed(article: Article, stage: str, error: str, message: str) -> Analysis:
    """The record of an article that produced nothing: the article and one error."""
    return Analysis(article=article, errors=(ErrorRecord(
        stage=stage, error=error, message=message or error, input=article.id),))


class _Worker:
    """One process, its pipe, and the article it holds (if any)."""

    def __init__(self, ctx: Any, pipeline: Pipeline, timeout: float | None) -> None:
        parent_conn, child_conn = ctx.Pipe()
        fork = ctx.get_start_method() == "fork"
        args = (child_conn, pipeline if fork else None, None if fork else pipeline.build_options,
                timeout, os.getpid(), threading.current_thread() is threading.main_thread())
        self.process = ctx.Process(target=_worker_main, args=args, daemon=True)
        self.process.start()
        child_conn.close()
        self.conn: mpc.Connection = parent_conn
        self.task: _Task | None = None
        self.deadline = 0.0

    def assign(self, task: _Task, limit: float | None) -> bool:
        self.task = task
        self.deadline = time.monotonic() + limit if limit else float("inf")
        try:
            self.conn.send((task[0], task[1]))
        except (OSError, ValueError):
            return False
        return True

    def stop(self, *, kill: bool) -> None:
        try:
            if kill or self.task is not None:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError, AttributeError):
            pass
        self.process.join(1.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1.0)
        self.conn.close()

    def death(self) -> str:
        self.process.join(1.0)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exited with code {code}"


class WorkerPool:
    """Supervised worker processes (see the module doc): articles in input order
    (:meth:`map`) and, beside them, jobs (:meth:`submit`, :meth:`result`).

    Single-threaded: the parent's work happens only while it waits on the pool (pulling
    from :meth:`map`, or :meth:`result`), and every wait collects whatever finished, of
    either kind. Processes start on demand; :meth:`close` (or the end of :meth:`map`'s
    iteration, or ``with``) stops them. With ``workers <= 0`` the pool has no process and
    a job runs at once in the calling process, so callers need one code path.
    """

    def __init__(self, pipeline: Pipeline, workers: int, timeout: float | None) -> None:
        self.pipeline = pipeline
        self.n = workers
        self.timeout = timeout if timeout and timeout > 0 else None
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.queue: deque[_Task] = deque()
        self.jobs: deque[_Task] = deque()
        self.results: dict[int, Analysis] = {}
        self.done: dict[int, Any] = {}
        self._made = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ jobs

    def submit(self, job: Job) -> int:
        """Queue ``job`` (before any article not yet started); its key for :meth:`result`."""
        self._made += 1
        if self.n <= 0:
            self.done[self._made] = _do(self.pipeline, job, None)
        else:
            self.jobs.append((self._made, job, 0))
            self._dispatch()
        return self._made

    def ready(self, key: int) -> bool:
        """Whether job ``key``'s result is in (without waiting)."""
        return key in self.done

    def result(self, key: int) -> Any:
        """Job ``key``'s result (a :class:`JobFailed` if it raised or its worker died
        twice), waiting for it; articles finished meanwhile are kept for :meth:`map`."""
        while key not in self.done:
            self._dispatch()
            self._wait()
        return self.done.pop(key)

    # ------------------------------------------------------------ bookkeeping

    def _hard_limit(self, work: Article | Job) -> float | None:
        if isinstance(work, Job):
            return None  # a job has no time limit (building a story of 200 articles is long)
        return self.timeout + _grace(self.timeout) if self.timeout else None

    def _store(self, task: _Task, result: Any) -> None:
        (self.done if isinstance(task[1], Job) else self.results)[task[0]] = result

    def _next(self) -> _Task | None:
        return self.jobs.popleft() if self.jobs else self.queue.popleft() if self.queue else None

    def _dispatch(self) -> None:
        """Give queued jobs, then articles, to idle workers, starting workers as needed."""
        while self.jobs or self.queue:
            idle = next((w for w in self.workers if w.task is None), None)
            if idle is None:
                if len(self.workers) >= self.n:
                    return
                try:
                    idle = _Worker(self.ctx, self.pipeline, self.timeout)
                except OSError:  # no process to be had (limits, memory)
                    if self.workers:
                        return  # the running ones will take the queue
                    task = self._next()  # none at all: run it here
                    assert task is not None
                    self._store(task, _do(self.pipeline, task[1], self.timeout))
                    continue
                self.workers.append(idle)
            task = self._next()
            assert task is not None
            if not idle.assign(task, self._hard_limit(task[1])):
                self._lost(idle, idle.death())

    def _replace(self, w: _Worker, *, kill: bool) -> None:
        w.task = None
        w.stop(kill=kill)
        self.workers.remove(w)

    def _lost(self, w: _Worker, why: str) -> None:
        """The worker died holding a task: retry it once, then record it."""
        assert w.task is not None
        index, work, attempt = w.task
        self._replace(w, kill=True)
        if attempt < RETRIES:
            (self.jobs if isinstance(work, Job) else self.queue).appendleft((index, work, attempt + 1))
        elif isinstance(work, Job):
            self.done[index] = JobFailed("WorkerDied", f"the worker process died on this job ({why}), "
                                         "also when retried")
        else:
            self.results[index] = failed(
                work, "article", "WorkerDied",
                f"the worker process died on this article ({why}), also when retried")

    def _collect(self, w: _Worker) -> None:
        task = w.task
        assert task is not None
        try:
            if not w.conn.poll():
                self._lost(w, w.death())
                return
            _, result = w.conn.recv()
        except (EOFError, OSError):
            self._lost(w, w.death())
            return
        except Exception as exc:  # a result that does not unpickle: the worker is fine
            why = f"{type(exc).__name__}: {exc}"
            result = (JobFailed("ResultError", why) if isinstance(task[1], Job)
                      else failed(task[1], "worker", "ResultError", why))
        w.task = None
        self._store(task, result)

    def _expire(self, now: float) -> None:
        from newskit.pipeline import timed_out

        for w in [w for w in self.workers if w.task is not None and now >= w.deadline]:
            index, article, _ = w.task  # type: ignore[misc]
            self._replace(w, kill=True)
            self.results[index] = timed_out(article, self.timeout, None)  # type: ignore[arg-type]

    def _wait(self) -> None:
        raise_if_terminating()
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        wait = min(_POLL, max(0.0, min(w.deadline for w in busy) - time.monotonic()))
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(mpc.wait(handles, timeout=wait))
        for w in busy:
            if w.conn in ready or w.process.sentinel in ready:
                self._collect(w)
        self._expire(time.monotonic())

    # ------------------------------------------------------------ the loop

    def map(self, articles: Iterable[Article], window: int, *, close: bool = True) -> Iterator[Analysis]:
        """Every article's analysis, in input order, at most ``window`` read ahead. With
        ``close``, the pool closes when the iteration ends (normally or not); without, its
        owner closes it (jobs may come after the last article)."""
        it = iter(articles)
        read = emitted = 0
        exhausted = False
        try:
            while True:
                while not exhausted and read - emitted < window:
                    try:
                        article = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    self.queue.append((read, article, 0))
                    read += 1
                self._dispatch()
                while emitted in self.results:
                    yield self.results.pop(emitted)
                    emitted += 1
                if exhausted and emitted == read:
                    return
                self._wait()
        finally:
            if close:
                self.close()

    def close(self) -> None:
        for w in self.workers:
            w.stop(kill=False)
        self.workers.clear()


def run_supervised(pipeline: Pipeline, articles: Iterable[Article], *, workers: int,
                   window: int, timeout: float | None) -> Iterator[Analysis]:
    """Run ``articles`` on ``workers`` supervised processes; results in input order."""
    return WorkerPool(pipeline, workers, timeout).map(articles, window)
