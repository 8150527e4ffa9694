"""A part of the main window's work that lives beside it: a view, an exporter, a saver."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class WindowPart(QObject):
    """The window's child, named for tests and tools, that reaches the window weakly."""

    def __init__(self, window: MainWindow, name: str) -> None:
        super().__init__(window)
        self.setObjectName(name)
        # Weakly: the window holds this object, which must not keep the window alive.
        self._window_ref = weakref.ref(window)

    @property
    def _window(self) -> MainWindow:
        window = self._window_ref()
        assert window is not None  # this object is the window's child: it goes first
        return window
