"""The editor's form machinery: a form edits the keys of one mapping in place.

A form writes a key only when the teacher changes its field, so a question
opened and left alone keeps every value exactly as the file had it (a number
as written, a key the form does not show). Values are converted here: a
number field gives a plain number when the text is one, and otherwise the
text, which the validator then names as wrong, with the CLI's message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from quizapp.bank.scalars import NUMBER, WHOLE
from quizapp.bank.yaml_writer import Verbatim


def text_of(value: Any) -> str:
    """How a value reads in a text field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(text_of(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{text_of(k)}: {text_of(v)}" for k, v in value.items())
    return str(value)


def lines_of(value: Any) -> str:
    """A list as one item per line."""
    if isinstance(value, list):
        return "\n".join(text_of(v) for v in value)
    return text_of(value)


def number_value(text: str) -> Any:
    """A number field's value: a plain number when it is one, else the text (None: empty)."""
    text = text.strip()
    if not text:
        return None
    return Verbatim(text) if NUMBER.fullmatch(text) else text


def duration_value(text: str) -> Any:
    """Whole seconds as a plain number, anything else as text (``10m``, ``1h 30m``)."""
    text = text.strip()
    if not text:
        return None
    return Verbatim(text) if WHOLE.fullmatch(text) else text


def list_value(text: str) -> list[str] | None:
    """One item per non-blank line."""
    items = [line for line in text.splitlines() if line.strip()]
    return items or None


def comma_list_value(text: str) -> list[str] | None:
    items = [part.strip() for part in text.split(",") if part.strip()]
    return items or None


def is_true(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


class MappingForm(QWidget):
    """Fields over one mapping (the bank, its settings, a question), edited in place."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mapping: dict[str, Any] = {}
        self._loading = False
        self._labels: dict[str, QLabel] = {}
        self._default_choices: list[QComboBox] = []  # their first item: the format's default
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setContentsMargins(0, 0, 0, 0)

    @property
    def mapping(self) -> dict[str, Any]:
        return self._mapping

    def set_mapping(self, mapping: dict[str, Any]) -> None:
        """Show ``mapping``; later edits change it in place."""
        self._mapping = mapping
        self._loading = True
        try:
            self._show(mapping)
        finally:
            self._loading = False

    def store(self, key: str, value: Any) -> None:
        """Set ``key`` (or remove it when ``value`` is None) because the teacher edited it."""
        if self._loading:
            return
        if value is None:
            self._mapping.pop(key, None)
        else:
            self._mapping[key] = value
        self.edited.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            for combo in self._default_choices:
                combo.setItemText(0, _default_text())
                label_values(combo)
        super().changeEvent(event)

    # --- for subclasses ----------------------------------------------------------------

    def _show(self, mapping: dict[str, Any]) -> None:
        raise NotImplementedError

    def _retranslate(self) -> None:
        raise NotImplementedError

    def _set_labels(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self._labels[key].setText(text)
            buddy = self._labels[key].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.rstrip(":"))

    def _add(self, key: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        self._labels[key] = label
        self.form.addRow(label, widget)

    def line(self, key: str, name: str, convert: Callable[[str], Any] = str) -> QLineEdit:
        """A one-line field for ``key``; empty text removes the key."""
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.textEdited.connect(lambda text: self.store(key, convert(text) if text else None))
        self._add(key, edit)
        return edit

    def text(self, key: str, name: str) -> QPlainTextEdit:
        """A multi-line Markdown field for ``key``; empty text removes the key."""
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(110)
        edit.textChanged.connect(lambda: self.store(key, edit.toPlainText() or None))
        self._add(key, edit)
        return edit

    def lines(self, key: str, name: str) -> QPlainTextEdit:
        """A list for ``key``, one item per line."""
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(150)
        edit.textChanged.connect(lambda: self.store(key, list_value(edit.toPlainText())))
        self._add(key, edit)
        return edit

    def check(self, key: str, name: str) -> QCheckBox:
        box = QCheckBox(self)
        box.setObjectName(name)
        box.toggled.connect(lambda on: self.store(key, on))
        self._add(key, box)
        return box

    def choice(self, key: str, name: str, values: tuple[str, ...]) -> QComboBox:
        """One of ``values`` (the first item, empty, removes the key: the format's default)."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItems([_default_text(), *values])
        self._default_choices.append(combo)
        combo.activated.connect(lambda index: self.store(key, combo.itemData(index)))
        for index, value in enumerate(values, 1):
            combo.setItemData(index, value)
        label_values(combo)
        self._add(key, combo)
        return combo


def _value_labels() -> dict[str, str]:
    """How the format's values read in the editor's lists."""
    translate = QCoreApplication.translate
    return {
        "single_choice": translate("FormatValue", "Single choice"),
        "multiple_choice": translate("FormatValue", "Multiple choice"),
        "true_false": translate("FormatValue", "True or false"),
        "short_answer": translate("FormatValue", "Short answer"),
        "numeric": translate("FormatValue", "Number"),
        "ordering": translate("FormatValue", "Ordering"),
        "matching": translate("FormatValue", "Matching"),
        "cloze": translate("FormatValue", "Fill in the blanks"),
        "all_or_nothing": translate("FormatValue", "All or nothing"),
        "partial": translate("FormatValue", "Partial credit"),
        "immediate": translate("FormatValue", "After each answer"),
        "at_end": translate("FormatValue", "At the end"),
        "never": translate("FormatValue", "Never"),
        "full": translate("FormatValue", "Everything"),
        "after_last_attempt": translate("FormatValue", "Everything after the last attempt"),
        "points": translate("FormatValue", "Points only"),
        "easy": translate("FormatValue", "Easy"),
        "medium": translate("FormatValue", "Medium"),
        "hard": translate("FormatValue", "Hard"),
        "true": translate("FormatValue", "Yes"),
        "false": translate("FormatValue", "No"),
    }


def value_text(value: str) -> str:
    """A format value as a list shows it: ``Partial credit (partial)``."""
    label = _value_labels().get(value)
    return value if label is None else f"{label} ({value})"


def label_values(combo: QComboBox) -> None:
    """Say each value of ``combo`` (its item data) in the interface's language."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if isinstance(data, str):
            combo.setItemText(index, value_text(data))
        elif isinstance(data, bool):
            combo.setItemText(index, value_text("true" if data else "false"))


def _default_text() -> str:
    return QCoreApplication.translate("MappingForm", "(default)")


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def set_line_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def set_choice(combo: QComboBox, value: Any) -> None:
    """Select ``value``; a value the list lacks is added, so it is shown as the file has it."""
    text = text_of(value)
    index = combo.findData(text) if text else 0
    if index < 0:
        combo.addItem(text, text)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
