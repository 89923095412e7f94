"""Guards around plugin code: a per-article time limit and telling real signals from fakes.

Why this exists: a plugin is arbitrary code. It may loop forever, call ``sys.exit()``, or
raise ``KeyboardInterrupt`` itself; none of that may end a batch. But a *real* Ctrl-C,
SIGTERM or SIGHUP must still stop the run at once. The difference cannot be read from the
exception, so the handlers installed here record the signal before raising, and
:func:`must_propagate` asks that record.

- :func:`plugin_guard` (used by :meth:`Pipeline.run`): arms ``SIGALRM`` for the article's
  time limit (raising :class:`~newskit.errors.ArticleTimeout`, a ``BaseException`` so a
  plugin's ``except Exception`` cannot swallow it) and wraps the SIGINT handler so a real
  interrupt is recorded. Signals exist only in the main thread: in any other thread (a
  Dask worker runs its tasks in one) a timer thread raises the same ``ArticleTimeout`` in
  the article's thread (CPython's asynchronous exceptions), so the limit holds on every
  engine; there any ``KeyboardInterrupt`` is a plugin's own.
- :func:`exit_on_termination` (used by the CLI): SIGTERM and SIGHUP become
  ``SystemExit(128 + signal)``, so ``finally`` blocks run, the worker pool is torn down
  and the exit code is the conventional one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from newskit.errors import ArticleTimeout

__all__ = ["plugin_guard", "exit_on_termination", "must_propagate", "raise_if_terminating", "signal_received"]

_state = {"signal": 0, "depth": 0, "terminate": 0}
_local = threading.local()  # the depth of the guard in threads other than the main one


def signal_received() -> int:
    """The number of the real signal (SIGINT, SIGTERM, SIGHUP) being handled, or 0."""
    return _state["signal"]


def must_propagate(exc: BaseException) -> bool:
    """True for what must end the article or the run, not become an error record:
    the article's time limit, and anything raised while a real signal is being handled."""
    if isinstance(exc, ArticleTimeout):
        return True
    return bool(_state["signal"]) and not isinstance(exc, Exception)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise ArticleTimeout("article time limit reached")


def _sigint_wrapper(previous: Any) -> Any:
    def handler(signum: int, frame: FrameType | None) -> None:
        _state["signal"] = signum
        if callable(previous):
            previous(signum, frame)
        else:  # SIG_DFL (or an unknown C handler): what Python does by default
            raise KeyboardInterrupt

    return handler


@contextmanager
def plugin_guard(timeout: float | None) -> Iterator[None]:
    """Run one article under the time limit ``timeout`` (seconds; None or <= 0: none).

    Re-entrant (an inner guard is a no-op) and restores every handler it replaced, so a
    host application's own SIGINT/SIGALRM handling is back once the article is done.
    """
    if not _in_main_thread():
        with _thread_guard(timeout):
            yield
        return
    if _state["depth"]:
        yield
        return
    _state["depth"] = 1
    _state["signal"] = 0
    prev_int = signal.getsignal(signal.SIGINT)
    wrap_int = prev_int not in (signal.SIG_IGN, None)
    alarm = bool(timeout and timeout > 0 and hasattr(signal, "setitimer"))
    prev_alarm: Any = None
    try:
        if wrap_int:
            signal.signal(signal.SIGINT, _sigint_wrapper(prev_int))
        if alarm:
            prev_alarm = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
        yield
    finally:
        _restore(alarm, prev_alarm, wrap_int, prev_int)


def _restore(alarm: bool, prev_alarm: Any, wrap_int: bool, prev_int: Any) -> None:
    """Put the handlers back. The alarm is one-shot, so if it fires during the clean-up
    itself the clean-up simply runs again, then the timeout is raised."""
    late: ArticleTimeout | None = None
    for _ in range(2):
        try:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, prev_alarm)
            if wrap_int:
                signal.signal(signal.SIGINT, prev_int)
            break
        except ArticleTimeout as exc:
            late = exc
    _state["depth"] = 0
    if late is not None:
        raise late


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in thread ``thread_id`` when it next runs Python code (None: cancel
    one not raised yet)."""
    import ctypes  # here, not at import: only threads off the main one need it (start-up)

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               None if exc is None else ctypes.py_object(exc))


def _can_raise_in_threads() -> bool:
    """Whether this interpreter offers ``PyThreadState_SetAsyncExc`` (CPython does)."""
    import ctypes

    return hasattr(ctypes, "pythonapi")


@contextmanager
def _thread_guard(timeout: float | None) -> Iterator[None]:
    """The time limit off the main thread: a timer raises ``ArticleTimeout`` in this
    thread. Like the alarm, it interrupts only code that returns to the interpreter. A
    lock orders the timer against the end of the article, and a timeout armed but not yet
    raised when the article ends is cancelled, so none escapes the guard later."""
    armed = bool(timeout and timeout > 0 and _can_raise_in_threads())
    if getattr(_local, "depth", 0) or not armed:
        yield
        return
    thread_id, lock, state = threading.get_ident(), threading.Lock(), {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _async_raise(thread_id, ArticleTimeout)

    timer = threading.Timer(float(timeout or 0), fire)
    timer.daemon = True
    _local.depth = 1
    timer.start()
    try:
        yield
    finally:
        late = _disarm(thread_id, lock, state)
        timer.cancel()
        _local.depth = 0
        if late is not None:
            raise late


def _disarm(thread_id: int, lock: threading.Lock, state: dict[str, bool]) -> ArticleTimeout | None:
    """Stop the timer from firing and cancel a timeout it raised that has not arrived; one
    that arrives during this clean-up is returned (the clean-up then runs again)."""
    late: ArticleTimeout | None = None
    for _ in range(2):
        try:
            with lock:
                state["done"] = True
                if state["fired"]:
                    _async_raise(thread_id, None)
            break
        except ArticleTimeout as exc:
            late = exc
    return late


def _terminate(signum: int, frame: FrameType | None) -> None:
    _state["signal"] = signum
    _state["terminate"] = signum
    raise SystemExit(128 + signum)


def raise_if_terminating() -> None:
    """Raise again the exit a SIGTERM or SIGHUP asked for, if its exception was lost.

    Python runs a signal handler wherever the main thread is; when that is a finalizer
    (``__del__``, a weakref callback), the handler's exception is printed as "Exception
    ignored" and the program goes on, so a supervisor about to block on its workers would
    never exit. Loops that block call this between waits."""
    if _state["terminate"]:
        raise SystemExit(128 + _state["terminate"])


@contextmanager
def exit_on_termination() -> Iterator[None]:
    """While active, SIGTERM and SIGHUP end the process like an exception (clean-up runs,
    the exit code is ``128 + signal``); the previous handlers are restored afterwards.
    Only from the main thread; a no-op elsewhere."""
    if not _in_main_thread():
        yield
        return
    sigs = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    previous = {sig: signal.signal(sig, _terminate) for sig in sigs}
    try:
        yield
    finally:
        _state["terminate"] = 0
        for sig, handler in previous.items():
            signal.signal(sig, handler)
