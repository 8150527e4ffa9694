"""How bank text is shown: safe rich text, and accent colours readable on any palette.

Bank text is Markdown from a teacher's file. :class:`RichTextView` shows it
as :func:`quizapp.bank.markdown.render_markdown` makes it (every piece of
source text escaped, no links, no images), and on top of that refuses to
follow a link or load any resource, so nothing a bank holds can reach the
disk or the network through the view. It grows to the height of its text, so
a page scrolls as a whole rather than each text in its own little box.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from quizapp.bank.markdown import render_markdown

# Question text (prompts, cloze text) reads a little larger than the controls around it.
PROMPT_FONT_SCALE = 1.15


def scale_font(widget: QWidget, factor: float) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


class RichTextView(QTextBrowser):
    """Read-only rich text that loads nothing, follows no link and sizes to its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Text to read, not a stop on the Tab path; screen readers reach it through its name.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(0)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._heights: dict[int, int] = {}  # width -> height, for the text shown now

    def set_markdown(self, text: str) -> None:
        """Show bank Markdown (the safe subset; raw HTML shows as written)."""
        self.setHtml(render_markdown(text))
        self._text_changed()

    def set_plain(self, text: str) -> None:
        self.setPlainText(text)
        self._text_changed()

    def _text_changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing from a bank is ever fetched, neither from disk nor the network."""
        return None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            margins = self.contentsMargins()
            # Laid out on a copy, so the shown document keeps its own width. Without a
            # parent the copy belongs to Python and goes when this returns.
            document = self.document().clone()
            document.setTextWidth(max(1, width - margins.left() - margins.right()))
            height = math.ceil(document.size().height()) + margins.top() + margins.bottom()
            self._heights[width] = height
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._heights.clear()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(50, self.heightForWidth(max(self.width(), 200)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def tooltip_text(text: str) -> str:
    """Bank text as a tooltip shows it literally. Qt guesses a tooltip's format, so plain text
    with a tag in it would be rendered as HTML (and its images loaded); this is escaped HTML."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


@dataclass(frozen=True)
class Accents:
    """The only colours the app sets itself, chosen to be readable on the palette's window."""

    warning: QColor
    right: QColor
    wrong: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accents_for(palette: QPalette) -> Accents:
    # Each pair has a contrast of at least 4.5:1 against typical light and dark windows.
    if is_dark(palette):
        return Accents(warning=QColor("#ff8a80"), right=QColor("#81c784"), wrong=QColor("#ff8a80"))
    return Accents(warning=QColor("#b71c1c"), right=QColor("#1b5e20"), wrong=QColor("#b71c1c"))


def set_text_colour(widget: QWidget, colour: QColor | None) -> None:
    """Give ``widget`` an accent text colour, or (``None``) the palette's own again."""
    # A fresh palette resolves no role, so every role not set here follows the parent's.
    palette = QPalette()
    if colour is not None:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
