"""A bank's reading: one widget that shows it and finds a passage in it.

:class:`ReadingView` (``readingPage``) shows the reading with the format's
safe Markdown subset, as :class:`quizapp.ui.richtext.RichTextView` does
(every piece of bank text escaped, no links, nothing loaded), but in a box of
its own that scrolls. :meth:`ReadingView.highlight` finds a ``source`` quote
the way the format compares it with the reading (white space folded, letter
case kept) and scrolls to it, highlighted. The study modes show the same
widget beside their questions; the main window shows it in
:class:`ReadingDialog`, a window of its own that can stay open beside a quiz.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.markdown import plain_text, render_markdown
from quizapp.ui.richtext import is_dark


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` with runs of white space folded to one space, and for each of its
    characters the position it came from in ``text`` (a folded run: its first)."""
    folded: list[str] = []
    positions: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace() or char == "\u2029" or char == "\u2028":
            if not in_space and folded:
                folded.append(" ")
                positions.append(index)
            in_space = True
            continue
        in_space = False
        folded.append(char)
        positions.append(index)
    if folded and folded[-1] == " ":
        folded.pop()
        positions.pop()
    return "".join(folded), positions


def find_passage(shown: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``shown`` (the reading as displayed), as (start, end)
    positions, or None. The quote is compared as the format compares it with the
    reading, white space folded and letter case kept; a quote written with
    Markdown (``**bold**``) is also looked for as it shows, without the marks."""
    folded, positions = folded_with_positions(shown)
    for candidate in (quote, plain_text(quote)):
        wanted = " ".join(candidate.split())
        if not wanted:
            continue
        start = folded.find(wanted)
        if start >= 0:
            end = start + len(wanted) - 1
            return positions[start], positions[end] + 1
    return None


class _ReadingBrowser(QTextBrowser):
    """Read-only bank text that scrolls, follows no link and loads nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        # Reached by Tab and scrolled with the arrow keys and Page Up/Down.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing from a bank is ever fetched, neither from disk nor the network."""
        return None


class ReadingView(QWidget):
    """The reading of one bank, with one passage highlighted at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPage")
        self._title = ""
        self._quote = ""
        self._found: tuple[int, int] | None = None

        self.title_label = QLabel(self)
        self.title_label.setObjectName("readingTitleLabel")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)

        self.text_view = _ReadingBrowser(self)
        self.text_view.setObjectName("readingTextView")

        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._scroll_to_passage)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("readingStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.text_view, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._found is not None:
            self._mark(*self._found)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.text_view.setAccessibleName(self.tr("Reading: {title}").format(title=self._title))
        self._show_status()

    # --- content -------------------------------------------------------------------------

    def set_reading(self, title: str, markdown: str) -> None:
        """Show ``markdown`` (the bank's reading), from the top, nothing highlighted."""
        self._title = title
        self.title_label.setText(title)
        self.text_view.setHtml(render_markdown(markdown))
        self._quote = ""
        self._found = None
        self.text_view.setExtraSelections([])
        self.text_view.moveCursor(QTextCursor.MoveOperation.Start)
        self._retranslate()

    def highlight(self, quote: str) -> bool:
        """Highlight ``quote`` and scroll to it; False when it is not in the reading.

        An empty quote takes the highlight away and shows the reading from the top.
        """
        self._quote = quote
        self._found = find_passage(self.text_view.toPlainText(), quote) if quote else None
        if self._found is None:
            self.text_view.setExtraSelections([])
            self.text_view.moveCursor(QTextCursor.MoveOperation.Start)
        else:
            self._mark(*self._found)
        self._show_status()
        return self._found is not None

    def highlighted_text(self) -> str:
        """The text highlighted now ("" when nothing is)."""
        if self._found is None:
            return ""
        start, end = self._found
        return self.text_view.toPlainText()[start:end]

    def _mark(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        char_format = QTextCharFormat()
        dark = is_dark(self.palette())
        # Marker yellow under the palette's own text colour: readable on light and dark.
        char_format.setBackground(QColor("#6b5900") if dark else QColor("#fff176"))
        selection.format = char_format
        self.text_view.setExtraSelections([selection])
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(start)
        self.text_view.setTextCursor(cursor)
        self._scroll_to_passage()
        # Once the window is laid out (it may have just been shown), once more.
        self._scroll_timer.start()

    @Slot()
    def _scroll_to_passage(self) -> None:
        """The passage's first line a quarter of the way down the view (or as far as it goes)."""
        if self._found is None:
            return
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._found[0])
        bar = self.text_view.verticalScrollBar()
        top = self.text_view.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - self.text_view.viewport().height() // 4))

    def _show_status(self) -> None:
        if not self._quote:
            text = ""
        elif self._found is None:
            text = self.tr("The passage could not be found in the reading.")
        else:
            text = self.tr("The passage the question comes from is highlighted.")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))


class ReadingDialog(QDialog):
    """The reading in a window of its own, not modal: it can stay open beside a quiz."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingDialog")
        self.setModal(False)
        self._shown: tuple[str, str] | None = None
        self.view = ReadingView(self)
        buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeReadingButton")
        self.close_button.setAutoDefault(False)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)  # Escape closes it too
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = self.view.title_label.text()
        self.setWindowTitle(self.tr("Reading — {title}").format(title=title))
        self.setAccessibleName(self.tr("The bank's reading"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the reading"))

    def show_reading(self, title: str, markdown: str, quote: str = "") -> bool:
        """Show the reading (a passage highlighted when ``quote`` is given) and bring the
        window forward; False when the quote is not in it."""
        if (title, markdown) != self._shown:
            self._shown = (title, markdown)
            self.view.set_reading(title, markdown)
        found = self.view.highlight(quote)
        self._retranslate()
        self.show()
        self.raise_()
        self.activateWindow()
        self.view.text_view.setFocus()
        return found
