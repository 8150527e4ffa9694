"""The first page: who is taking the quiz. Choose a profile or type a new name.

The last profile is preselected, but the student always presses Continue:
nobody takes a quiz under someone else's name by accident. No password.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSize, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.icon import app_icon

PROFILE_NAME_MAX_LENGTH = 80  # the store's limit on a profile name
# Centred by style sheet rather than setAlignment(Qt.AlignmentFlag...): this page is
# the first frame, and PySide builds its whole Qt namespace (~45 ms of enums) on
# first use, which would delay that frame. See docs/development.md, "Start-up".
_CARD_STYLE = "QLabel { qproperty-alignment: AlignCenter; }"


def normalised_name(text: str) -> str:
    """A profile name as it is stored: trimmed, inner runs of space folded."""
    return " ".join(text.split())


class ProfilePage(QWidget):
    """Pick or create a profile; ``continue_requested(name)`` when the student continues."""

    continue_requested = Signal(str)
    profiles_listed = Signal()  # the profiles are known: the page can be used

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        self._ready = False
        self._busy = False
        self._error: str | None = None

        self._combo = QComboBox(self)
        self._combo.setObjectName("profileCombo")
        self._combo.setEditable(True)
        self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._combo.setMinimumContentsLength(24)
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        line_edit = self._combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        self._line_edit = line_edit
        line_edit.setMaxLength(PROFILE_NAME_MAX_LENGTH)
        line_edit.returnPressed.connect(self._on_continue)
        self._combo.editTextChanged.connect(self._on_text_edited)

        self._continue = QPushButton(self)
        self._continue.setObjectName("profileContinueButton")
        self._continue.setDefault(True)
        self._continue.clicked.connect(self._on_continue)

        self._status = QLabel(self)
        self._status.setObjectName("profileStatusLabel")
        self._status.setWordWrap(True)

        self._build_layout()
        self._retranslate()
        self.set_loading()

    def _build_layout(self) -> None:
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(QSize(96, 96)))

        self._heading = heading = QLabel(self)
        heading.setObjectName("profileHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)

        self._prompt = prompt = QLabel(self)
        prompt.setWordWrap(True)
        prompt.setBuddy(self._combo)

        self._hint = hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the palette's quieter, disabled text colour

        row = QHBoxLayout()
        row.addWidget(self._combo, 1)
        row.addWidget(self._continue)

        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet(_CARD_STYLE)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(12)
        inner.addWidget(icon)
        inner.addWidget(heading)
        inner.addWidget(prompt)
        inner.addLayout(row)
        inner.addWidget(self._status)
        inner.addWidget(hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Welcome to QuizApp"))
        self._prompt.setText(self.tr("Who is taking the quiz? Choose your name or type a new one."))
        self._hint.setText(self.tr("No password is needed. Your scores are kept under this name."))
        self._line_edit.setPlaceholderText(self.tr("Your name"))
        self._continue.setText(self.tr("Continue"))
        self._show_status()
        self._combo.setAccessibleName(self.tr("Profile name"))
        self._combo.setAccessibleDescription(
            self.tr("Choose your profile from the list or type a new name")
        )
        self._continue.setAccessibleName(self.tr("Continue with this profile"))

    # --- state ---------------------------------------------------------------------------

    def set_loading(self) -> None:
        """Profiles are not known yet (the database is opening)."""
        self._ready = False
        self._error = None
        self._show_status()
        self._update_button()

    def set_profiles(self, names: Sequence[str], last: str) -> None:
        """Offer ``names``; preselect ``last`` when it is one of them (never assumed)."""
        self._combo.clear()
        self._combo.addItems(list(names))
        index = self._combo.findText(last, QtCore.Qt.MatchFlag.MatchFixedString) if last else -1
        self._combo.setCurrentIndex(index)
        if index < 0:
            self._combo.setEditText("")
        self._ready = True
        self._error = None
        self._show_status()
        self._update_button()
        self._combo.setFocus()
        self._line_edit.selectAll()
        self.profiles_listed.emit()

    def set_busy(self, busy: bool) -> None:
        """While the chosen profile is being opened, Continue is disabled."""
        self._busy = busy
        if busy:
            self._error = None
        self._show_status()
        self._update_button()

    def show_error(self, text: str) -> None:
        """Say what went wrong, until the student tries again."""
        self._error = text
        self._show_status()

    def _show_status(self) -> None:
        if self._error is not None:
            text = self._error
        elif self._busy:
            text = self.tr("Opening your profile…")
        elif not self._ready:
            text = self.tr("Opening your data…")
        elif self.profile_name():
            text = self.tr("Press Continue to go on.")
        elif self._combo.count():
            text = self.tr("Choose your name from the list, or type a new one.")
        else:
            text = self.tr("Type your name to begin.")
        self._status.setText(text)

    @property
    def ready(self) -> bool:
        """Whether the profiles have been listed (the database is open)."""
        return self._ready

    def profile_name(self) -> str:
        return normalised_name(self._combo.currentText())

    def profile_names(self) -> list[str]:
        return [self._combo.itemText(i) for i in range(self._combo.count())]

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        if self._error is None:  # an error stays until the student tries again
            self._show_status()
        self._update_button()

    @Slot()
    def _update_button(self) -> None:
        self._continue.setEnabled(self._ready and not self._busy and bool(self.profile_name()))

    @Slot()
    def _on_continue(self) -> None:
        if self._continue.isEnabled():
            self.continue_requested.emit(self.profile_name())

    def sizeHint(self) -> QSize:
        return QSize(640, 420)
