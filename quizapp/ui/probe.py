"""Start-up marks for ``benchmarks/startup.py``; inert unless ``QUIZAPP_STARTUP_PROBE=1``.

With the variable set, the app prints to standard output::

    mark first-paint <ns>      the main window's first frame has been painted
    info qt-namespace-before-paint yes|no   whether PySide's Qt namespace was built by then
    mark library-ready <ns>    the library page shows the banks, the sync finished
    info library-rows <n>      how many banks it shows

where ``<ns>`` is ``time.monotonic_ns()`` (CLOCK_MONOTONIC on Linux: one
clock for every process, so the benchmark subtracts the instant it spawned
the app). Between the two marks the probe does what a returning student
does: it continues with the preselected profile (or types a name on a first
start) as soon as the profiles are listed. After library-ready it closes the
window. The benchmark's floor scripts use :func:`on_first_paint` and
:func:`print_mark` too, so "first paint" means the same thing on both sides.

Without the variable :func:`install_startup_probe` returns at once; this
module imports only QtCore, which the app has already loaded.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from quizapp.ui.main_window import MainWindow

PROBE_ENV = "QUIZAPP_STARTUP_PROBE"
# The name the probe types on a first start, when there is no profile to continue with.
PROBE_PROFILE = "Benchmark"


def probe_enabled() -> bool:
    return os.environ.get(PROBE_ENV) == "1"


def print_mark(name: str) -> None:
    """``mark <name> <monotonic ns>``, flushed at once."""
    _say(f"mark {name} {time.monotonic_ns()}")


def _say(line: str) -> None:
    # Standard output is the probe's channel by design (the benchmark reads it).
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class _FirstPaint(QObject):
    """Calls back once, when the first paint pass over ``widget`` or a child has finished.

    Every widget of the tree is watched: a window whose central widget is
    opaque (a chart or table view) gets no paint event of its own. The
    watcher stays, idle, as a child of ``widget`` (deleting it from its own
    queued call has crashed PySide under nested event loops).
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        from PySide6.QtWidgets import QWidget

        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._watched: list[QWidget] = [widget, *widget.findChildren(QWidget)]
        for watched in self._watched:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._watched:
            for each in self._watched:
                each.removeEventFilter(self)
            self._watched = []
            # Queued, so it runs once this paint pass (and its flush) is over.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def _qt_namespace_built() -> bool:
    """Whether PySide has built ``QtCore.Qt`` yet: it does so, lazily, on first use (~45 ms)."""
    import PySide6.QtCore

    return "Qt" in vars(PySide6.QtCore)


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once the first paint pass over ``widget`` (or its children) is over."""
    _FirstPaint(widget, callback)


def install_startup_probe(app: QApplication, window: QWidget) -> None:
    """Print the start-up marks of ``window`` and close it once the library is listed.

    Does nothing unless ``QUIZAPP_STARTUP_PROBE=1``. Call it before the window
    is shown, after everything else that waits for its first paint: of the
    callbacks of :func:`on_first_paint`, the one installed last runs first, so the
    mark is printed before that work starts. ``window`` is the app's main window.
    """
    if not probe_enabled():
        return
    from quizapp.ui.main_window import MainWindow

    if not isinstance(window, MainWindow):
        raise TypeError(f"the start-up probe needs the main window, not {window!r}")
    _StartupProbe(app, window)


class _StartupProbe(QObject):
    """Marks first paint, plays a returning student, marks the listed library, closes."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._entered = False
        self._listed = False
        on_first_paint(window, self._on_first_paint)
        window.profile_page.profiles_listed.connect(self._on_profiles_listed)

    def _on_first_paint(self) -> None:
        print_mark("first-paint")
        _say(f"info qt-namespace-before-paint {'yes' if _qt_namespace_built() else 'no'}")

    def _on_profiles_listed(self) -> None:
        if self._entered:
            return
        self._entered = True
        # The window built the library page when it started its work, and starts the
        # first sync right after listing the profiles: Continue goes on the next turn.
        self._window.library_page.model.modelReset.connect(self._on_rows)
        QTimer.singleShot(0, self, self._continue_as_returning_student)

    def _continue_as_returning_student(self) -> None:
        from PySide6.QtWidgets import QComboBox, QPushButton

        page = self._window.profile_page
        button = page.findChild(QPushButton, "profileContinueButton")
        combo = page.findChild(QComboBox, "profileCombo")
        if button is None or combo is None:
            raise LookupError("the profile page has no profileContinueButton / profileCombo")
        if not button.isEnabled():  # a first start: no profile yet
            combo.setEditText(PROBE_PROFILE)
        button.click()

    def _on_rows(self) -> None:
        window = self._window
        if self._listed or window.last_sync is None or window.sync_in_progress:
            return
        if window.profile is None:
            return
        self._listed = True
        # The view and its children: asking for its viewport() makes PySide load every
        # QtWidgets class not loaded yet (~25 ms), which the app itself has not needed here.
        on_first_paint(window.library_page.view, self._on_library_painted)

    def _on_library_painted(self) -> None:
        print_mark("library-ready")
        _say(f"info library-rows {self._window.library_page.model.rowCount()}")
        self._window.close()
        self._app.quit()
