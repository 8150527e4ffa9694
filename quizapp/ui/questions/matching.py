"""matching: one drop-down of right-hand options beside each left-hand item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QWidget

from quizapp.bank.grading import Response
from quizapp.bank.textnorm import fold_whitespace
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget

# Wide enough for most options; longer ones show in full in the open list.
_COMBO_MIN_CHARACTERS = 16


class MatchingWidget(QuestionWidget):
    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        self._lefts = presented.left_order
        self._options = presented.right_options
        self._combos: list[QComboBox] = []
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, left in enumerate(self._lefts):
            label = QLabel(left, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setObjectName(f"matchingLeft_{index + 1}")
            combo = self._make_combo(index, left)
            label.setBuddy(combo)
            layout.addRow(label, combo)
            self._combos.append(combo)

    def response(self) -> Response:
        chosen = {
            left: combo.currentData()
            for left, combo in zip(self._lefts, self._combos, strict=True)
            if combo.currentIndex() > 0
        }
        return chosen or None

    def focus_answer(self) -> None:
        if self._combos:
            self._combos[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def unfilled(self) -> str | None:
        empty = [
            left
            for left, combo in zip(self._lefts, self._combos, strict=True)
            if combo.currentIndex() <= 0
        ]
        if not empty or len(empty) == len(self._combos):
            return None
        return self.tr("No match chosen yet for: {items}.").format(items=", ".join(empty))

    def key_hint(self) -> str | None:
        return self.tr(
            "Choose a match for each item: Tab moves between the lists,"
            " the arrow keys or the first letters pick an option."
        )

    def _make_combo(self, index: int, left: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"matchingCombo_{index + 1}")
        combo.setAccessibleName(self.tr("Match for: {item}").format(item=left))
        combo.addItem(self.tr("— choose —"), None)
        for option in self._options:
            combo.addItem(option, option)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(_COMBO_MIN_CHARACTERS)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        combo.currentIndexChanged.connect(self._emit_changed)
        return combo

    def _show_response(self, response: Response) -> None:
        chosen = (
            {
                fold_whitespace(left): fold_whitespace(right)
                for left, right in response.items()
                if isinstance(left, str) and isinstance(right, str)
            }
            if isinstance(response, dict)
            else {}
        )
        for left, combo in zip(self._lefts, self._combos, strict=True):
            wanted = chosen.get(fold_whitespace(left))
            combo.setCurrentIndex(self._option_row(wanted))

    def _option_row(self, wanted: str | None) -> int:
        if wanted is None:
            return 0
        for row, option in enumerate(self._options, start=1):
            if fold_whitespace(option) == wanted:
                return row
        return 0

    def _apply_read_only(self, read_only: bool) -> None:
        for combo in self._combos:
            combo.setEnabled(not read_only)
