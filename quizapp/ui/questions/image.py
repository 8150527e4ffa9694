"""A question's image: read from the bank's folder only, off the GUI thread, shown scaled to fit.

A picture is read on a worker thread of its own (never the store's worker)
and must arrive within a time budget; one that cannot be read, breaks the
format's rules, or is late is replaced by its description, so no file can
hang or slow the GUI thread.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.bank.attachments import MAX_IMAGE_BYTES, image_kind
from quizapp.bank.regular import Refused, read_regular
from quizapp.bank.svgcheck import svg_fault

# Larger pictures are read scaled down: a bank's image is shown, never studied pixel by pixel.
_MAX_IMAGE_SIDE = 2048
_IMAGE_MAX_HEIGHT = 320
_SNIFF_BYTES = 1024 * 1024
LOAD_BUDGET_MS = 3000  # a picture not decoded by then is shown as its description
_QT_FORMATS = {"PNG": b"png", "JPEG": b"jpeg", "SVG": b"svg", "WebP": b"webp"}


def load_bank_image(bank_dir: Path | None, relative: str | None) -> QImage | None:
    """The question's image from the bank's folder, or None (no image, outside, unreadable,
    not a regular file, too large, or an SVG that refers outside itself).

    Safe on any thread, and blocking only for a bounded read: the loader
    already checked the file, but it may have changed since, so the rules are
    applied again here, where it is read; Qt decodes the bytes from memory and
    never opens a path itself.
    """
    if bank_dir is None or not relative:
        return None
    folder = bank_dir.resolve()
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder):
        return None
    data = read_regular(path, MAX_IMAGE_BYTES)
    if isinstance(data, Refused):
        return None
    return decode_image(data)


def decode_image(data: bytes) -> QImage | None:
    """A picture's bytes (as read from a bank, or kept in the store) decoded, or None.

    The format's rules again: a PNG, JPEG, SVG or WebP by content, an SVG that
    refers to nothing outside itself, within the size limit.
    """
    if len(data) > MAX_IMAGE_BYTES:
        return None
    kind = image_kind(data[:_SNIFF_BYTES])
    if kind is None or (kind == "SVG" and svg_fault(data) is not None):
        return None
    return _decode(data, _QT_FORMATS[kind])


def _decode(data: bytes, format_name: bytes) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(format_name))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > _MAX_IMAGE_SIDE:
        reader.setScaledSize(
            size.scaled(_MAX_IMAGE_SIDE, _MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    return None if image.isNull() else image


def unavailable_text(alt: str | None) -> str:
    """What stands in for a picture that cannot be shown: the bank's ``image_alt``, or a note."""
    if alt and alt.strip():
        return QCoreApplication.translate("ImageView", "Picture: {alt}").format(alt=alt.strip())
    return QCoreApplication.translate("ImageView", "(The picture is not available.)")


class ImageLoader(QObject):
    """Loads bank pictures off the GUI thread; each answer comes back on the GUI thread.

    ``load(..., key)`` emits ``finished(key, image)`` once: with the image, or
    with None when it cannot be shown or is not ready within the budget (a
    late image is then dropped). ``cancel`` drops every answer still to come
    (the page shows another question). Connect ``finished`` to a bound method.
    """

    finished = Signal(int, object)  # the caller's key, QImage | None

    def __init__(self, parent: QObject | None = None, *, budget_ms: int | None = None) -> None:
        super().__init__(parent)
        self._budget_ms = LOAD_BUDGET_MS if budget_ms is None else budget_ms
        self._pending: dict[int, int] = {}  # token -> the caller's key

    def load(
        self, bank_dir: Path | None, relative: str, key: int, *, stored: bytes | None = None
    ) -> None:
        """Load the picture: its ``stored`` bytes when given, else the file in ``bank_dir``."""
        pool, dispatcher = _image_pool()
        token = next(_tokens)
        self._pending[token] = key
        dispatcher.waiting[token] = self
        pool.start(_ImageJob(bank_dir, relative, stored, token, dispatcher))
        QTimer.singleShot(self._budget_ms, self, lambda: self._answer(token, None))

    def cancel(self) -> None:
        self._pending.clear()

    def _answer(self, token: int, image: QImage | None) -> None:
        key = self._pending.pop(token, None)
        if key is not None:
            self.finished.emit(key, image)


class _Dispatcher(QObject):
    """Long-lived, on the GUI thread: carries each decoded image back to its loader."""

    loaded = Signal(int, object)  # token, QImage | None

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.waiting: dict[int, ImageLoader] = {}
        self.loaded.connect(self._deliver)

    @Slot(int, object)
    def _deliver(self, token: int, image: object) -> None:
        loader = self.waiting.pop(token, None)
        if loader is not None and shiboken6.isValid(loader):
            loader._answer(token, image if isinstance(image, QImage) else None)


class _ImageJob(QRunnable):
    def __init__(
        self,
        bank_dir: Path | None,
        relative: str,
        stored: bytes | None,
        token: int,
        dispatcher: _Dispatcher,
    ) -> None:
        super().__init__()
        self._where = (bank_dir, relative)
        self._stored = stored
        self._token = token
        self._dispatcher = dispatcher

    def run(self) -> None:
        try:
            if self._stored is not None:
                image = decode_image(self._stored)
            else:
                image = load_bank_image(*self._where)
        except Exception:  # a picture that breaks the decoder is a picture not shown
            image = None
        self._dispatcher.loaded.emit(self._token, image)


_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
_tokens = itertools.count(1)


def _image_pool() -> tuple[QThreadPool, _Dispatcher]:
    global _pool, _dispatcher
    if _pool is None or not shiboken6.isValid(_pool):
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setObjectName("quizappImageReaders")
        _pool.setMaxThreadCount(2)
        _dispatcher = _Dispatcher(app)
    assert _dispatcher is not None
    return _pool, _dispatcher


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
