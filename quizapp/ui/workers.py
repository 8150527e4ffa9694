"""Run work off the GUI thread and hear back on the GUI thread.

:func:`run_in_background` is the one way the UI does slow work (the database,
the library sync): the operation runs on a worker of a single-thread pool, so
database work is serialised by construction, and ``success`` or ``failure``
is then called on the GUI thread. An operation without its own ``failure``
goes to the one shared error display (:func:`quizapp.ui.messages.show_exception`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


class _Callbacks(NamedTuple):
    success: Callable[[Any], object]
    failure: Callable[[Exception], object] | None
    owner: QObject | None

    def owner_gone(self) -> bool:
        return self.owner is not None and not shiboken6.isValid(self.owner)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run and carries every outcome back to it.

    One long-lived sender, never deleted while a worker may be emitting, and
    the callbacks stay here on the GUI thread: the worker only sees a token.
    """

    outcome = Signal(int, object, bool)  # token, result or exception, succeeded

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName("quizappWorkerDispatcher")
        self.pending: dict[int, _Callbacks] = {}
        self.outcome.connect(self._deliver)

    @Slot(int, object, bool)
    def _deliver(self, token: int, value: object, succeeded: bool) -> None:
        callbacks = self.pending.pop(token, None)
        if callbacks is None:
            return
        if succeeded:
            if not callbacks.owner_gone():
                callbacks.success(value)
            return
        assert isinstance(value, Exception)
        if callbacks.failure is not None:
            if not callbacks.owner_gone():
                callbacks.failure(value)
            return
        from quizapp.ui.messages import show_exception

        owner = None if callbacks.owner_gone() else callbacks.owner
        show_exception(value, parent=owner if isinstance(owner, QWidget) else None)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], object], token: int, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._op = op
        self._token = token
        self._dispatcher = dispatcher

    def run(self) -> None:
        op, self._op = self._op, _done
        try:
            result = op()
        except Exception as error:
            self._dispatcher.outcome.emit(self._token, error, False)
        else:
            self._dispatcher.outcome.emit(self._token, result, True)


def _done() -> None:
    """What a job holds once its operation has run."""


_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
_tokens = itertools.count(1)


def _worker_pool() -> tuple[QThreadPool, _Dispatcher]:
    global _pool, _dispatcher
    if _pool is None or not shiboken6.isValid(_pool):
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setObjectName("quizappWorkers")
        _pool.setMaxThreadCount(1)
        _dispatcher = _Dispatcher(app)
    assert _dispatcher is not None
    return _pool, _dispatcher


def run_in_background(
    op: Callable[[], T],
    *,
    success: Callable[[T], object],
    failure: Callable[[Exception], object] | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``op()`` on the worker; then call ``success(result)`` or ``failure(error)`` here.

    Call it on the GUI thread. ``owner`` is the widget the work is for: when it
    has been deleted by the time the result arrives, the callbacks are skipped.
    """
    pool, dispatcher = _worker_pool()
    token = next(_tokens)
    dispatcher.pending[token] = _Callbacks(success, failure, owner)
    pool.start(_Job(op, token, dispatcher))


def is_busy() -> bool:
    """Whether any background work has not yet called back."""
    return _dispatcher is not None and bool(_dispatcher.pending)


def wait_for_workers(msecs: int = 30_000) -> bool:
    """Block until the worker is idle (for shutdown, so no write is cut short)."""
    if _pool is None or not shiboken6.isValid(_pool):
        return True
    return _pool.waitForDone(msecs)


class ProgressRelay(QObject):
    """Carries progress reports from a worker to the GUI thread.

    Make it on the GUI thread, connect ``progressed``, and hand ``report`` to
    the work: ``report(done, total)`` may be called from any thread. Delete it
    only after the work has called back.
    """

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
