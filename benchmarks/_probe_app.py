"""The app as ``quizapp`` starts it, with start-up marks: run by ``benchmarks/startup.py``.

    python benchmarks/_probe_app.py --data-dir DIR

prints (see :mod:`_marks`)::

    mark first-paint <ns>      the main window's first frame has been painted
    info qt-namespace-before-paint yes|no   whether PySide's Qt namespace was built by then
    mark library-ready <ns>    the library page shows the banks, the sync finished
    info library-rows <n>      how many banks it shows

Between the two marks the probe does what a returning student does: it
continues with the preselected profile (or types a name on a first start) as
soon as the profiles are listed. After library-ready it closes the window.
The app itself knows nothing of this: the probe comes in through
``quizapp.__main__.main``'s ``on_window`` hook, which is called with the
window before it is shown, after everything else that waits for its first
paint (of the callbacks of ``on_first_paint`` the one installed last runs
first, so the mark is printed before that work starts).
"""

from __future__ import annotations

import sys

from _marks import print_mark, say
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from quizapp.ui.first_paint import on_first_paint
from quizapp.ui.main_window import MainWindow

# The name the probe types on a first start, when there is no profile to continue with.
PROBE_PROFILE = "Benchmark"


def _qt_namespace_built() -> bool:
    """Whether PySide has built ``QtCore.Qt`` yet: it does so, lazily, on first use (~45 ms)."""
    import PySide6.QtCore

    return "Qt" in vars(PySide6.QtCore)


def install_startup_probe(app: QApplication, window: MainWindow) -> None:
    """Print the start-up marks of ``window`` and close it once the library is listed."""
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
        say(f"info qt-namespace-before-paint {'yes' if _qt_namespace_built() else 'no'}")

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
        say(f"info library-rows {self._window.library_page.model.rowCount()}")
        self._window.close()
        self._app.quit()


def main() -> int:
    from quizapp.__main__ import main as quizapp_main

    return quizapp_main(sys.argv[1:], on_window=install_startup_probe)


if __name__ == "__main__":
    sys.exit(main())
