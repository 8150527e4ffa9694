"""A question's image: read from the bank's folder only, shown scaled to fit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
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
    """An image scaled to fit the width it is given (and a maximum height), never enlarged.

    With an alt text (:meth:`set_alt_text`), a picture that cannot be shown shows its
    alt text instead.
    """

    def __init__(
        self, parent: QWidget | None = None, *, max_height: int = _IMAGE_MAX_HEIGHT
    ) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._alt = ""
        self._max_height = max_height
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_image(self, image: QImage | None) -> None:
        self._image = image if image is not None else QImage()
        self.setVisible(not self._image.isNull() or bool(self._alt))
        self.updateGeometry()
        self.update()

    def set_alt_text(self, alt: str | None) -> None:
        """What the picture shows, in words: shown in its place when it cannot be shown."""
        self._alt = alt or ""
        self.setVisible(not self._image.isNull() or bool(self._alt))
        self.updateGeometry()
        self.update()

    @property
    def alt_text_shown(self) -> bool:
        """Whether the alt text stands in for a picture that could not be shown."""
        return self._image.isNull() and bool(self._alt)

    def _alt_height(self, width: int) -> int:
        flags = Qt.TextFlag.TextWordWrap.value
        bounds = QRect(0, 0, max(width, 1), 1 << 16)
        return self.fontMetrics().boundingRect(bounds, flags, self._alt_line()).height() + 8

    def _alt_line(self) -> str:
        return self.tr("[Picture: {alt}]").format(alt=self._alt)

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
        if self.alt_text_shown:
            return self._alt_height(width)
        return self._fitted(width, self._max_height).height()

    def sizeHint(self) -> QSize:
        if self.alt_text_shown:
            width = self.fontMetrics().horizontalAdvance(self._alt_line()) + 8
            return QSize(width, self._alt_height(width))
        # Natural size, capped by the height limit: the layout then reserves no empty band.
        return self._fitted(1 << 16, self._max_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(16, min(16, self.sizeHint().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.alt_text_shown:
            painter = QPainter(self)
            painter.drawText(
                self.rect().adjusted(4, 4, -4, -4),
                Qt.TextFlag.TextWordWrap.value,
                self._alt_line(),
            )
            return
        if self._image.isNull():
            return
        size = self._fitted(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, size.width(), size.height()), self._image)
