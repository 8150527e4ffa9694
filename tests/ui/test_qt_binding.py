"""The Qt binding must survive a long session.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt
call that returns nothing; after some thousands of label updates the process
aborts ("none_dealloc"). pyproject excludes that release; this test fails
loudly if such a binding is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(500):
        label.setText(str(n))
    # Other code may take or drop a few references meanwhile; a leak loses 500.
    assert sys.getrefcount(None) > before - 50
