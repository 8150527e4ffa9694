"""The app's icon, read from the shipped assets once."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from quizapp import APP_NAME
from quizapp.paths import assets_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """The app's icon: the SVG, plus PNGs for the sizes where the SVG is not drawn."""
    folder = assets_dir()
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"{APP_NAME}-{size}.png"
        if png.exists():
            # With its size given, Qt reads the file only when that size is drawn.
            icon.addFile(str(png), QSize(size, size))
    svg = folder / f"{APP_NAME}.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon
