"""A form for each question type, registered once per type, and the forms every bank has.

``QUESTION_FORMS`` maps each type of :mod:`quizapp.bank.question_types` to the
form of its own keys; ``tests/ui/test_question_type_registrations.py`` fails
when a type has none. :class:`QuestionForm` shows the keys every question has
and the type's form under them; :class:`BankForm` the bank's own keys and
settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.model import (
    Cloze,
    Difficulty,
    Feedback,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Review,
    Scoring,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.question_types import TYPE_NAMES
from quizapp.ui.editor.fields import (
    MappingForm,
    comma_list_value,
    duration_value,
    is_true,
    label_values,
    lines_of,
    number_value,
    set_choice,
    set_line_text,
    set_plain_text,
    text_of,
)

_SCORINGS = tuple(s.value for s in Scoring)


class TypeForm(MappingForm):
    """The keys of one question type."""

    TYPE = ""


class SingleChoiceForm(TypeForm):
    TYPE = SingleChoice.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = self.lines("choices", "choicesEdit")
        self.answer = self.line("answer", "answerEdit")
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        set_plain_text(self.choices, lines_of(mapping.get("choices")))
        set_line_text(self.answer, text_of(mapping.get("answer")))

    def _retranslate(self) -> None:
        self._set_labels(
            {
                "choices": self.tr("Choices (one per line):"),
                "answer": self.tr("Right answer (the text of one choice):"),
            }
        )


class MultipleChoiceForm(TypeForm):
    TYPE = MultipleChoice.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = self.lines("choices", "choicesEdit")
        self.answers = QListWidget(self)
        self.answers.setObjectName("answersList")
        self.answers.setMaximumHeight(120)
        self.answers.itemChanged.connect(self._on_answer_checked)
        self._add("answers", self.answers)
        self.scoring = self.choice("scoring", "scoringCombo", _SCORINGS)
        self.choices.textChanged.connect(self._fill_answers)
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        set_plain_text(self.choices, lines_of(mapping.get("choices")))
        self._fill_answers()
        set_choice(self.scoring, mapping.get("scoring"))

    def _fill_answers(self) -> None:
        """One checkable line per choice, ticked when it is a right answer."""
        answers = self.mapping.get("answers")
        right = {text_of(a) for a in answers} if isinstance(answers, list) else set()
        was_loading, self._loading = self._loading, True
        self.answers.clear()
        choices = [line for line in self.choices.toPlainText().splitlines() if line.strip()]
        for text in dict.fromkeys(choices + sorted(right - set(choices))):
            item = QListWidgetItem(text, self.answers)
            item.setCheckState(_checked(text in right))
        self._loading = was_loading

    def _on_answer_checked(self, _item: QListWidgetItem) -> None:
        ticked = [
            self.answers.item(row).text()
            for row in range(self.answers.count())
            if self.answers.item(row).checkState() == _checked(True)
        ]
        # Right answers keep the order the file gives them; newly ticked ones follow.
        before = self.mapping.get("answers")
        before = before if isinstance(before, list) else []
        kept = [text_of(a) for a in before if text_of(a) in ticked]
        self.store("answers", kept + [t for t in ticked if t not in kept] or None)

    def _retranslate(self) -> None:
        self._set_labels(
            {
                "choices": self.tr("Choices (one per line):"),
                "answers": self.tr("Right answers (tick them):"),
                "scoring": self.tr("Scoring:"),
            }
        )


class TrueFalseForm(TypeForm):
    TYPE = TrueFalse.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = QComboBox(self)
        self.answer.setObjectName("trueFalseAnswerCombo")
        self.answer.addItems(["", ""])
        self.answer.activated.connect(self._on_answer)
        self._add("answer", self.answer)
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        self.answer.setCurrentIndex(0 if is_true(mapping.get("answer")) else 1)

    def _on_answer(self, index: int) -> None:
        self.store("answer", index == 0)

    def _retranslate(self) -> None:
        self.answer.setItemText(0, self.tr("True"))
        self.answer.setItemText(1, self.tr("False"))
        self._set_labels({"answer": self.tr("The statement is:")})


class ShortAnswerForm(TypeForm):
    TYPE = ShortAnswer.TYPE

    def store(self, key: str, value: Any) -> None:
        if key == "answers" and not self._loading:
            self.mapping.pop("answer", None)
        super().store(key, value)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answers = self.lines("answers", "answersEdit")
        self.case_sensitive = self.check("case_sensitive", "caseSensitiveCheck")
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        # One accepted answer may be written as ``answer``; an edit writes ``answers``.
        shown = mapping.get("answers", mapping.get("answer"))
        set_plain_text(self.answers, lines_of(shown if isinstance(shown, list) else [shown]))
        self.case_sensitive.setChecked(is_true(mapping.get("case_sensitive")))

    def _retranslate(self) -> None:
        self._set_labels(
            {
                "answers": self.tr("Accepted answers (one per line):"),
                "case_sensitive": self.tr("Letter case matters:"),
            }
        )


class NumericForm(TypeForm):
    TYPE = Numeric.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = self.line("answer", "numericAnswerEdit", number_value)
        self.tolerance = self.line("tolerance", "toleranceEdit", number_value)
        self.unit = self.line("unit", "unitEdit")
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        set_line_text(self.answer, text_of(mapping.get("answer")))
        set_line_text(self.tolerance, text_of(mapping.get("tolerance")))
        set_line_text(self.unit, text_of(mapping.get("unit")))

    def _retranslate(self) -> None:
        self.answer.setPlaceholderText(self.tr("a plain number: 86400, 3.14"))
        self._set_labels(
            {
                "answer": self.tr("Right answer:"),
                "tolerance": self.tr("Tolerance (±):"),
                "unit": self.tr("Unit:"),
            }
        )


class OrderingForm(TypeForm):
    TYPE = Ordering.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = self.lines("items", "itemsEdit")
        self.scoring = self.choice("scoring", "scoringCombo", _SCORINGS)
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        set_plain_text(self.items, lines_of(mapping.get("items")))
        set_choice(self.scoring, mapping.get("scoring"))

    def _retranslate(self) -> None:
        self._set_labels(
            {
                "items": self.tr("Items in the right order (one per line):"),
                "scoring": self.tr("Scoring:"),
            }
        )


class MatchingForm(TypeForm):
    """Pairs in a two-column table; the last, empty row adds a pair."""

    TYPE = Matching.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs = QTableWidget(0, 2, self)
        self.pairs.setObjectName("pairsTable")
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pairs.verticalHeader().hide()
        self.pairs.setMinimumHeight(190)
        self.pairs.setTabKeyNavigation(False)
        self.pairs.itemChanged.connect(self._on_pair_edited)
        self._add("pairs", self.pairs)
        self.distractors = self.lines("distractors", "distractorsEdit")
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        pairs = mapping.get("pairs")
        rows: list[tuple[str, str]] = []
        if isinstance(pairs, dict):
            rows = [(text_of(k), text_of(v)) for k, v in pairs.items()]
        elif isinstance(pairs, list):
            rows = [
                (text_of(p[0]), text_of(p[1])) for p in pairs if isinstance(p, list) and len(p) == 2
            ]
        self.pairs.setRowCount(len(rows) + 1)
        for row, (left, right) in enumerate([*rows, ("", "")]):
            self.pairs.setItem(row, 0, QTableWidgetItem(left))
            self.pairs.setItem(row, 1, QTableWidgetItem(right))
        set_plain_text(self.distractors, lines_of(mapping.get("distractors")))

    def _on_pair_edited(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        rows = []
        for row in range(self.pairs.rowCount()):
            left, right = (self.pairs.item(row, c) for c in (0, 1))
            texts = (left.text() if left else "", right.text() if right else "")
            if any(t.strip() for t in texts):
                rows.append(list(texts))
        if self.pairs.rowCount() == len(rows):  # the empty row was filled in: another one
            self._loading = True
            self.pairs.insertRow(len(rows))
            self.pairs.setItem(len(rows), 0, QTableWidgetItem(""))
            self.pairs.setItem(len(rows), 1, QTableWidgetItem(""))
            self._loading = False
        lefts = [left for left, _ in rows]
        as_mapping = isinstance(self.mapping.get("pairs"), dict) and len(set(lefts)) == len(lefts)
        self.store("pairs", ({l: r for l, r in rows} if as_mapping else rows) or None)  # noqa: E741

    def _retranslate(self) -> None:
        self.pairs.setHorizontalHeaderLabels([self.tr("Left"), self.tr("Right")])
        self._set_labels(
            {
                "pairs": self.tr("Pairs:"),
                "distractors": self.tr("Extra right-hand options (one per line):"),
            }
        )


class ClozeForm(TypeForm):
    TYPE = Cloze.TYPE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_edit = self.text("text", "clozeTextEdit")
        self.case_sensitive = self.check("case_sensitive", "caseSensitiveCheck")
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        set_plain_text(self.text_edit, text_of(mapping.get("text")))
        self.case_sensitive.setChecked(is_true(mapping.get("case_sensitive")))

    def _retranslate(self) -> None:
        self.text_edit.setPlaceholderText(self.tr("Water boils at {{100|one hundred}} °C."))
        self._set_labels(
            {
                "text": self.tr("Text with {{blanks}}:"),
                "case_sensitive": self.tr("Letter case matters:"),
            }
        )


QUESTION_FORMS: Mapping[str, type[TypeForm]] = MappingProxyType(
    {
        form.TYPE: form
        for form in (
            SingleChoiceForm,
            MultipleChoiceForm,
            TrueFalseForm,
            ShortAnswerForm,
            NumericForm,
            OrderingForm,
            MatchingForm,
            ClozeForm,
        )
    }
)


class QuestionForm(QWidget):
    """The keys every question has, with its type's form below them."""

    edited = Signal()
    type_changed = Signal(str)  # the teacher picked another type for the question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionForm")
        self.common = _CommonFields(self)
        self.common.edited.connect(self.edited)
        self.details = _DetailFields(self)
        self.details.edited.connect(self.edited)
        self.common.type_combo.activated.connect(self._on_type_picked)
        self._type_form: TypeForm | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.common)
        self._layout.addWidget(self.details)
        self._layout.addStretch(1)

    @property
    def type_form(self) -> TypeForm | None:
        return self._type_form

    def set_question(self, question: dict[str, Any]) -> None:
        self.common.set_mapping(question)
        self.details.set_mapping(question)
        type_name = question.get("type")
        form_class = QUESTION_FORMS.get(type_name) if isinstance(type_name, str) else None
        if self._type_form is None or type(self._type_form) is not form_class:
            if self._type_form is not None:
                self._type_form.deleteLater()
                self._type_form = None
            if form_class is not None:
                self._type_form = form_class(self)
                self._type_form.setObjectName(f"{form_class.TYPE}Form")
                self._type_form.edited.connect(self.edited)
                self._layout.insertWidget(1, self._type_form)
        if self._type_form is not None:
            self._type_form.set_mapping(question)

    def _on_type_picked(self, index: int) -> None:
        name = self.common.type_combo.itemData(index)
        if isinstance(name, str) and name != self.common.mapping.get("type"):
            self.type_changed.emit(name)


class _CommonFields(MappingForm):
    """What a question is: its id, its type and its prompt (above the type's own keys)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commonQuestionFields")
        self.id_edit = self.line("id", "questionIdEdit")
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("questionTypeCombo")
        for name in TYPE_NAMES:
            self.type_combo.addItem(name, name)
        self._add("type", self.type_combo)
        self.prompt = self.text("prompt", "promptEdit")
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        set_line_text(self.id_edit, text_of(mapping.get("id")))
        set_choice(self.type_combo, mapping.get("type"))
        set_plain_text(self.prompt, text_of(mapping.get("prompt")))

    def _retranslate(self) -> None:
        label_values(self.type_combo)
        self._set_labels(
            {
                "id": self.tr("Question id:"),
                "type": self.tr("Type:"),
                "prompt": self.tr("Prompt (Markdown):"),
            }
        )


class _DetailFields(MappingForm):
    """The other keys every question may have (below the type's own keys)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionDetailFields")
        self.points = self.line("points", "pointsEdit", number_value)
        self.time_limit = self.line("time_limit", "questionTimeLimitEdit", duration_value)
        self.difficulty = self.choice(
            "difficulty", "difficultyCombo", tuple(d.value for d in Difficulty)
        )
        self.explanation = self.text("explanation", "explanationEdit")
        self.source = self.text("source", "sourceEdit")
        self.image = self.line("image", "imageEdit")
        self.image_alt = self.line("image_alt", "imageAltEdit")
        self.tags = self.line("tags", "questionTagsEdit", comma_list_value)
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        for key in ("points", "time_limit", "image", "image_alt", "tags"):
            set_line_text(getattr(self, key), text_of(mapping.get(key)))
        set_choice(self.difficulty, mapping.get("difficulty"))
        set_plain_text(self.explanation, text_of(mapping.get("explanation")))
        set_plain_text(self.source, text_of(mapping.get("source")))

    def _retranslate(self) -> None:
        self.points.setPlaceholderText("1")
        self.time_limit.setPlaceholderText(self.tr("e.g. 90s, 2m"))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self._set_labels(
            {
                "image": self.tr("Picture (path beside the bank):"),
                "image_alt": self.tr("Picture description:"),
                "points": self.tr("Points:"),
                "time_limit": self.tr("Time limit:"),
                "difficulty": self.tr("Difficulty:"),
                "explanation": self.tr("Explanation:"),
                "source": self.tr("Source (a quote from the reading):"),
                "tags": self.tr("Tags:"),
            }
        )


class BankForm(MappingForm):
    """The bank's own keys: id, title, language, description, authors, tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankForm")
        self.id_edit = self.line("id", "bankIdEdit")
        self.title = self.line("title", "bankTitleEdit")
        self.language = self.line("language", "bankLanguageEdit")
        self.description = self.text("description", "bankDescriptionEdit")
        self.authors = self.line("authors", "bankAuthorsEdit", comma_list_value)
        self.tags = self.line("tags", "bankTagsEdit", comma_list_value)
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        for key, edit in (
            ("id", self.id_edit),
            ("title", self.title),
            ("language", self.language),
            ("authors", self.authors),
            ("tags", self.tags),
        ):
            set_line_text(edit, text_of(mapping.get(key)))
        set_plain_text(self.description, text_of(mapping.get("description")))

    def _retranslate(self) -> None:
        self.language.setPlaceholderText(self.tr("en, id, zh-Hans…"))
        self.authors.setPlaceholderText(self.tr("separated by commas"))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self._set_labels(
            {
                "id": self.tr("Bank id:"),
                "title": self.tr("Title:"),
                "language": self.tr("Language of the questions:"),
                "description": self.tr("Description:"),
                "authors": self.tr("Authors:"),
                "tags": self.tr("Tags:"),
            }
        )


class SettingsForm(MappingForm):
    """The bank's ``settings``; an empty field is the format's default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsForm")
        self.time_limit = self.line("time_limit", "timeLimitEdit", duration_value)
        self.question_time_limit = self.line(
            "question_time_limit", "defaultQuestionTimeLimitEdit", duration_value
        )
        self.shuffle_questions = self.choice(
            "shuffle_questions", "shuffleQuestionsCombo", ("true", "false")
        )
        self.shuffle_choices = self.choice(
            "shuffle_choices", "shuffleChoicesCombo", ("true", "false")
        )
        self.draw = self.line("draw", "drawEdit", number_value)
        self.pass_mark = self.line("pass_mark", "passMarkEdit", number_value)
        self.feedback = self.choice("feedback", "feedbackCombo", tuple(f.value for f in Feedback))
        self.review = self.choice("review", "reviewCombo", tuple(r.value for r in Review))
        self.reading_during_quiz = self.choice(
            "reading_during_quiz", "readingDuringQuizCombo", ("true", "false")
        )
        self.max_attempts = self.line("max_attempts", "maxAttemptsEdit", number_value)
        for combo in (self.shuffle_questions, self.shuffle_choices, self.reading_during_quiz):
            for index, value in ((1, True), (2, False)):
                combo.setItemData(index, value)
        self._retranslate()

    def _show(self, mapping: dict[str, Any]) -> None:
        for key in ("time_limit", "question_time_limit", "draw", "pass_mark", "max_attempts"):
            set_line_text(getattr(self, key), text_of(mapping.get(key)))
        for key in ("feedback", "review"):
            set_choice(getattr(self, key), mapping.get(key))
        for key in ("shuffle_questions", "shuffle_choices", "reading_during_quiz"):
            combo: QComboBox = getattr(self, key)
            value = mapping.get(key)
            combo.setCurrentIndex(0 if value is None else 1 if is_true(value) else 2)

    def _retranslate(self) -> None:
        for key in ("time_limit", "question_time_limit", "draw", "max_attempts"):
            getattr(self, key).setPlaceholderText(self.tr("none"))
        self.pass_mark.setPlaceholderText("60")
        self._set_labels(
            {
                "time_limit": self.tr("Time limit of the quiz:"),
                "question_time_limit": self.tr("Time limit per question:"),
                "shuffle_questions": self.tr("Shuffle the questions:"),
                "shuffle_choices": self.tr("Shuffle the choices:"),
                "draw": self.tr("Questions asked per attempt:"),
                "pass_mark": self.tr("Pass mark (%):"),
                "feedback": self.tr("Feedback during the quiz:"),
                "review": self.tr("Review after an attempt:"),
                "reading_during_quiz": self.tr("Reading open during the quiz:"),
                "max_attempts": self.tr("Attempts per student:"),
            }
        )


def _checked(on: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
