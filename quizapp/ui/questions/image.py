"""A question's image: read from the bank's folder only, shown scaled to fit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Larger pictures are read scaled down: a bank's image is shown, never studied pixel by pixel.
_MAX_IMAGE_SIDE = 2048
_IMAGE_MAX_HEIGHT = 320


def load_bank_image(bank_dir: Path | None, relative: str | None) -> QImage | None:
    """The question's image from the bank's folder, or None (no image, outside, unreadable).

    The loader already confined the path; it is checked again here because
    this is where the file is opened.
    """
    if bank_dir is None or not relative:
        return None
    folder = bank_dir.resolve()
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > _MAX_IMAGE_SIDE:
        reader.setScaledSize(
            size.scaled(_MAX_IMAGE_SIDE, _MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    return None if image.isNull() else image


class ImageView(QWidget):
    """An image scaled to fit the width it is given (and a maximum height), never enlarged."""

    def __init__(
        self, parent: QWidget | None = None, *, max_height: int = _IMAGE_MAX_HEIGHT
    ) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._max_height = max_height
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_image(self, image: QImage | None) -> None:
        self._image = image if image is not None else QImage()
        self.setVisible(not self._image.isNull())
        self.updateGeometry()
        self.update()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def _fitted(self, width: int, height: int) -> QSize:
        if self._image.isNull():
            return QSize(0, 0)
        size = self._image.deviceIndependentSize().toSize()
        if size.width() > width or size.height() > height:
            size = size.scaled(max(width, 1), max(height, 1), Qt.AspectRatioMode.KeepAspectRatio)
        return size

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._fitted(width, self._max_height).height()

    def sizeHint(self) -> QSize:
        # Natural size, capped by the height limit: the layout then reserves no empty band.
        return self._fitted(1 << 16, self._max_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(16, min(16, self.sizeHint().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image.isNull():
            return
        size = self._fitted(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, size.width(), size.height()), self._image)
