"""The quiz's own writer: a thread and a database connection that store answers as given.

A running quiz hands every record (an answer, the question on screen, the
flags, the end) to :class:`RecordWriter`, which stores them one by one, in
order, on a thread of its own, ahead of library syncs and any other
background work (those share :mod:`quizapp.ui.workers`' single worker).
So a slow or locked database never freezes the window: the quiz page waits
for :attr:`RecordWriter.saved` without blocking, says "Saving…" when that
takes a moment, and keeps the answer on screen when storing it failed.

A record that fails stays at the head of the queue with everything after
it; :meth:`RecordWriter.retry` tries again. Records are idempotent (an
answer by its id), so one that was stored before a failure was reported is
not stored twice. A database locked by another writer is waited for.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

if TYPE_CHECKING:
    from quizapp.quiz.recorder import AttemptRecorder
    from quizapp.quiz.session import AnswerEvent

Record = Callable[[], None]
# How often a record is tried while another program holds the database's write lock;
# each try itself waits for SQLite's busy timeout (5 s).
LOCKED_TRIES = 12


class RecordWriter(QObject):
    """Stores records in order on its own thread; ``saved`` when all handed in are stored."""

    saved = Signal()  # everything handed in so far is stored
    failed = Signal(object)  # the exception; the queue waits for retry()
    _stored = Signal()  # from the writer thread: the head of the queue is stored
    _refused = Signal(object)  # from the writer thread: the head of the queue failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizRecordWriter")
        self._queue: deque[Record] = deque()
        self._unsaved = 0  # read and changed on the GUI thread only
        self._failed = False
        self._condition = threading.Condition()
        self._paused = False
        self._closing = False
        self._stored.connect(self._on_stored)
        self._refused.connect(self._on_refused)
        self._thread = threading.Thread(target=self._work, name="quizapp-record-writer")
        self._thread.daemon = True  # close() drains it; a crashed app must not hang on it
        self._thread.start()

    # --- the GUI thread's side -------------------------------------------------------

    @property
    def unsaved(self) -> int:
        """How many records handed in are not yet stored."""
        return self._unsaved

    @property
    def has_failed(self) -> bool:
        """Whether the queue is held by a failure (until :meth:`retry`)."""
        return self._failed

    def write(self, record: Record) -> None:
        """Store ``record`` (a call that stores one thing) after those handed in before it."""
        self._unsaved += 1
        with self._condition:
            self._queue.append(record)
            self._condition.notify()

    def retry(self) -> None:
        """Try the failed record, and those after it, again."""
        if not self._failed:
            return
        self._failed = False
        with self._condition:
            self._paused = False
            self._condition.notify()

    def recorder(self, store: AttemptRecorder) -> AttemptRecorder:
        """An :class:`AttemptRecorder` that hands each call to ``store`` to this writer."""
        return _QueuedRecorder(self, store)

    def close(self, timeout_s: float = 30.0) -> bool:
        """Store what is queued (unless a failure holds it), then end the thread.

        True when nothing was left unstored.
        """
        with self._condition:
            self._closing = True
            self._condition.notify()
        self._thread.join(timeout_s)
        return not self._thread.is_alive() and not self._queue

    @Slot()
    def _on_stored(self) -> None:
        self._unsaved -= 1
        if self._unsaved == 0:
            self.saved.emit()

    @Slot(object)
    def _on_refused(self, error: Exception) -> None:
        self._failed = True
        self.failed.emit(error)

    # --- the writer thread -----------------------------------------------------------

    def _work(self) -> None:
        while True:
            with self._condition:
                while not self._queue or self._paused:
                    if self._closing:
                        return
                    self._condition.wait()
                record = self._queue[0]
            error = _store(record)
            with self._condition:
                if error is None:
                    self._queue.popleft()
                else:
                    self._paused = True
            told = self._tell(self._stored) if error is None else self._tell(self._refused, error)
            if not told:
                return

    def _tell(self, signal: SignalInstance, *args: object) -> bool:
        """Emit to the GUI thread; False once this writer's Qt object is gone (stop then)."""
        if not shiboken6.isValid(self):
            return False
        try:
            signal.emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            return False
        return True


def _store(record: Record) -> Exception | None:
    """Run ``record``; the exception it ended with, or None. A locked database is waited for."""
    tries = 1
    while True:
        try:
            record()
        except Exception as error:
            if tries >= LOCKED_TRIES or not _is_locked(error):
                return error
            tries += 1
        else:
            return None


def _is_locked(error: Exception) -> bool:
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text


class _QueuedRecorder:
    """Hands each record of a running quiz to the writer, which calls ``store`` on its thread."""

    def __init__(self, writer: RecordWriter, store: AttemptRecorder) -> None:
        self._writer = writer
        self._store = store

    def record_answer(self, event: AnswerEvent) -> None:
        store = self._store
        self._writer.write(lambda: store.record_answer(event))

    def set_current(self, question_id: str, shown_at: datetime) -> None:
        store = self._store
        self._writer.write(lambda: store.set_current(question_id, shown_at))

    def set_flagged(self, question_ids: Sequence[str]) -> None:
        store, ids = self._store, tuple(question_ids)
        self._writer.write(lambda: store.set_flagged(ids))

    def note_open(self, at: datetime) -> None:
        store = self._store
        self._writer.write(lambda: store.note_open(at))

    def finish(self, end_reason: str, finished_at: datetime) -> None:
        store = self._store
        self._writer.write(lambda: store.finish(end_reason, finished_at))
