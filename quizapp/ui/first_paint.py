"""Call back once a widget's first frame has been painted.

The main window starts its background work this way, so that importing the
store and opening the database never delay the first frame; the start-up
benchmark marks "first paint" with the same code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


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


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once the first paint pass over ``widget`` (or its children) is over."""
    _FirstPaint(widget, callback)
