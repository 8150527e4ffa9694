"""The teacher PIN's dialogs: asking for it, and setting, changing or removing it.

Every field hides what is typed; nothing here logs or keeps a PIN longer than
the dialog lives. What it protects is said in ``docs/teacher-pin.md``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

PIN_MIN_LENGTH = 4  # as quizapp.service.pin, which checks it again
PIN_MAX_LENGTH = 64


def _pin_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_LENGTH)
    return edit


class TeacherPinDialog(QDialog):
    """Ask for the teacher PIN before the teacher's view; read it with :meth:`pin`."""

    def __init__(self, *, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacherPinDialog")
        self.setWindowTitle(self.tr("Teacher PIN"))
        self.setAccessibleName(self.tr("Teacher PIN"))
        self.message = QLabel(
            self.tr("That PIN is wrong. Try again.")
            if wrong
            else self.tr("The teacher's view needs the teacher PIN."),
            self,
        )
        self.message.setObjectName("teacherPinMessage")
        self.message.setWordWrap(True)
        self.pin_edit = _pin_edit(self, "teacherPinEdit", self.tr("Teacher PIN"))
        self.message.setBuddy(self.pin_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.pin_edit.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_ok()
        self.pin_edit.setFocus()

    def pin(self) -> str:
        return self.pin_edit.text()

    @Slot()
    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self.pin_edit.text()))


class PinChange(Enum):
    SET = "set"
    CHANGE = "change"
    REMOVE = "remove"


class PinEditDialog(QDialog):
    """Set a new PIN, change it (the current one first) or remove it (the current one)."""

    def __init__(self, change: PinChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.setObjectName("pinEditDialog")
        title = {
            PinChange.SET: self.tr("Set a teacher PIN"),
            PinChange.CHANGE: self.tr("Change the teacher PIN"),
            PinChange.REMOVE: self.tr("Remove the teacher PIN"),
        }[change]
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.old_edit = _pin_edit(self, "currentPinEdit", self.tr("Current PIN"))
        self.new_edit = _pin_edit(self, "newPinEdit", self.tr("New PIN"))
        self.repeat_edit = _pin_edit(self, "repeatPinEdit", self.tr("New PIN again"))
        self.hint = QLabel(self)
        self.hint.setObjectName("pinHint")
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        if change is not PinChange.SET:
            form.addRow(self.tr("&Current PIN:"), self.old_edit)
        if change is not PinChange.REMOVE:
            form.addRow(self.tr("&New PIN:"), self.new_edit)
            form.addRow(self.tr("New PIN &again:"), self.repeat_edit)
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(self._update_ok)
            edit.setVisible(form.indexOf(edit) >= 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._update_ok()

    def old_pin(self) -> str | None:
        return None if self.change is PinChange.SET else self.old_edit.text()

    def new_pin(self) -> str | None:
        return None if self.change is PinChange.REMOVE else self.new_edit.text()

    @Slot()
    def _update_ok(self) -> None:
        problem = ""
        if self.change is not PinChange.SET and not self.old_edit.text():
            problem = self.tr("Type the current PIN.")
        elif self.change is not PinChange.REMOVE:
            new = self.new_edit.text()
            if len(new) < PIN_MIN_LENGTH:
                problem = self.tr("A PIN needs at least {count} characters.").format(
                    count=PIN_MIN_LENGTH
                )
            elif new != self.repeat_edit.text():
                problem = self.tr("Type the same new PIN twice.")
        self.hint.setText(
            problem
            or self.tr(
                "The PIN keeps classmates out of the teacher's view on a shared computer "
                "account; it does not protect the data folder."
            )
        )
        self._ok.setEnabled(not problem)
