"""The review of one attempt: a list of the questions asked and, below it, one in full.

:class:`AttemptReview` is fed an :class:`AttemptResults` (from a finished
session or from stored answers) and whether it may reveal the right answers;
the results page shows it, and a review of past attempts can show it the
same way. :func:`reveals_right_answers` is the rule the bank's ``review``
setting makes.

The list shows each question with the student's answer and the points (and
the right answer when it may be shown). Enter, Space, a click or a double
click on a row opens the details below the list: the whole question, the
answer given, the right answer, the whole explanation and source (each as
allowed) and the question's picture, large enough to read. While they are
open they follow the selected row; Enter, Space or Escape (or the Close
button) close them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.grading import Grade, Response, correct_response, grade
from quizapp.bank.markdown import plain_text
from quizapp.bank.model import Question
from quizapp.learn.reveal import reveals_right_answers as reveals_right_answers
from quizapp.quiz.countdown import format_remaining
from quizapp.quiz.session import QuizSession
from quizapp.stats.scoring import Score
from quizapp.ui.questions.image import ImageLoader, ImageView
from quizapp.ui.questions.registry import question_ui
from quizapp.ui.questions.texts import answer_text, not_given_text, number_text
from quizapp.ui.richtext import accents_for, scale_font, set_text_colour

# The picture in the details: readable, and never wider than this (its proportions kept).
DETAIL_IMAGE_SIDE = 400


@dataclass(frozen=True)
class ReviewedAnswer:
    """One question asked, as it was graded, with the answer that counted."""

    question: Question
    response: Response
    grade: Grade
    time_taken: float | None = None  # seconds from showing to the answer that counted
    picture: bytes | None = None  # as the attempt showed it, from the store (None: the file)


@dataclass(frozen=True)
class AttemptResults:
    """What a review shows: one answer per question asked, in the order asked."""

    answers: tuple[ReviewedAnswer, ...]
    time_used: float | None = None  # seconds
    end_reason: str | None = None  # an EndReason value

    @classmethod
    def from_session(cls, session: QuizSession) -> AttemptResults:
        answers = []
        for index, presented in enumerate(session.questions):
            latest = session.latest_answer(index)
            if latest is None:
                question = presented.question
                answers.append(ReviewedAnswer(question, None, grade(question, None)))
            else:
                taken = max(0.0, (latest.answered_at - latest.shown_at).total_seconds())
                answers.append(
                    ReviewedAnswer(latest.question, latest.response, latest.grade, taken)
                )
        reason = session.end_reason.value if session.end_reason is not None else None
        return cls(tuple(answers), session.time_used(), reason)

    @classmethod
    def from_answers(
        cls,
        questions: Sequence[Question],
        responses: Sequence[Response],
        *,
        time_used: float | None = None,
        end_reason: str | None = None,
        times: Sequence[float | None] | None = None,
        pictures: Sequence[bytes | None] | None = None,
    ) -> AttemptResults:
        """From stored question snapshots and the responses that counted (None: no answer).

        ``times`` are the seconds each answer took (None: not known); ``pictures`` the
        stored bytes of each question's picture (None: read it from the bank's folder).
        """
        taken = times if times is not None else [None] * len(questions)
        shown = pictures if pictures is not None else [None] * len(questions)
        answers = tuple(
            ReviewedAnswer(question, response, grade(question, response), seconds, picture)
            for question, response, seconds, picture in zip(
                questions, responses, taken, shown, strict=True
            )
        )
        return cls(answers, time_used, end_reason)

    def score(self, pass_mark: float) -> Score:
        """The points of the answers that counted out of every question's, with the pass mark."""
        points = sum(answer.grade.points for answer in self.answers)
        possible = sum(answer.grade.possible for answer in self.answers)
        return Score.of(points, possible, pass_mark)


def question_text(question: Question) -> str:
    """The question as plain text for the review (a cloze shows its text, blanks numbered)."""
    return question_ui(question).review_text(question)


class ReviewColumn:
    NUMBER = 0
    QUESTION = 1
    YOUR_ANSWER = 2
    RIGHT_ANSWER = 3
    POINTS = 4
    TIME = 5


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text (a tree view does not measure wrapped text itself)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            # A selected row's text in the selection's own colour: a red or green
            # point count would be hard to read on the highlight.
            highlighted = self._view.palette().brush(QPalette.ColorRole.HighlightedText)
            option.palette.setBrush(QPalette.ColorRole.Text, highlighted)
            option.palette.setBrush(QPalette.ColorRole.HighlightedText, highlighted)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        # The style wraps only within a valid rectangle: the column's width, and room to grow.
        item_option.rect = QRect(0, 0, max(1, self._view.columnWidth(index.column())), 1 << 20)
        return self._view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, item_option, QSize(), self._view
        )


class _ReviewList(QTreeWidget):
    """The list of questions: Enter and Space open or close the details of the current row,
    Escape closes them (and is left to the window when they are closed)."""

    toggle_requested = Signal()
    close_requested = Signal()
    details_open = False  # kept up to date by the review

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if plain and key in keys and self.currentItem() is not None:
            self.toggle_requested.emit()
            event.accept()
            return
        if plain and key == Qt.Key.Key_Escape and self.details_open:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReviewDetail(QFrame):
    """One reviewed question in full: text, picture, answers, points, explanation, source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDetail")
        self._heading = self._label("reviewDetailHeading")
        scale_font(self._heading, 1.1)
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._question = self._label("reviewDetailQuestion")
        self._choices = self._label("reviewDetailChoices")
        # Pictures are read off the GUI thread, within a time budget (a bank's file
        # can be anything); the answer comes back to a bound method.
        self._loader = ImageLoader(self)
        self._loader.finished.connect(self._on_picture)
        self._alt = ""
        self._image = ImageView(self, max_height=DETAIL_IMAGE_SIDE)
        self._image.setObjectName("reviewDetailImage")
        self._image.setMaximumWidth(DETAIL_IMAGE_SIDE)
        self._no_image = self._label("reviewDetailNoImage")
        self._given = self._label("reviewDetailYourAnswer")
        self._right = self._label("reviewDetailRightAnswer")
        self._points = self._label("reviewDetailPoints")
        self._time = self._label("reviewDetailTime")
        self._explanation = self._label("reviewDetailExplanation")
        self._source = self._label("reviewDetailSource")
        # The texts on the left, the picture beside them (at most 400 pixels wide).
        texts = QVBoxLayout()
        for widget in (
            self._question,
            self._choices,
            self._no_image,
            self._given,
            self._right,
            self._points,
            self._time,
            self._explanation,
            self._source,
        ):
            texts.addWidget(widget)
        texts.addStretch(1)
        picture = QVBoxLayout()
        picture.addWidget(self._image)
        picture.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(texts, 1)
        row.addLayout(picture)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(row, 1)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def minimumSizeHint(self) -> QSize:
        # The scroll area around takes the larger of this height and the height for its
        # width; wrapped at the narrowest, the texts would ask for more and always scroll.
        return QSize(super().minimumSizeHint().width(), 0)

    def show_answer(
        self,
        number: int,
        total: int,
        answer: ReviewedAnswer,
        *,
        language: str,
        bank_dir: Path | None,
        reveal: bool,
    ) -> None:
        """Show ``answer``, question ``number`` of ``total``; right answers only with ``reveal``."""
        question = answer.question
        self._heading.setText(
            self.tr("Question {number} of {total}").format(number=number, total=total)
        )
        self._question.setText(question_text(question))
        choices: Sequence[str] = getattr(question, "choices", ())
        self._set(self._choices, self.tr("Choices: {choices}"), choices=" · ".join(choices))
        self._show_picture(number, answer, bank_dir)
        given = answer_text(question, answer.response, language=language) or not_given_text()
        self._set(self._given, self.tr("Your answer: {answer}"), answer=given)
        self._points.setText(
            self.tr("Points: {points} / {possible}").format(
                points=number_text(answer.grade.points), possible=number_text(answer.grade.possible)
            )
        )
        accents = accents_for(self.palette())
        set_text_colour(self._points, accents.right if answer.grade.correct else accents.wrong)
        taken = "" if answer.time_taken is None else format_remaining(round(answer.time_taken))
        self._set(self._time, self.tr("Time taken: {time}"), time=taken)
        # Nothing that gives the right answer away is even set when it may not be shown.
        right = answer_text(question, correct_response(question), language=language)
        explanation = plain_text(question.explanation) if question.explanation else ""
        self._set(self._right, self.tr("Right answer: {answer}"), reveal, answer=right)
        self._set(self._explanation, self.tr("Explanation: {text}"), reveal, text=explanation)
        self._set(self._source, self.tr("Source: “{quote}”"), reveal, quote=question.source or "")
        self.setAccessibleName(self.tr("Details of question {number}").format(number=number))

    def _set(self, label: QLabel, template: str, shown: bool = True, **values: str) -> None:
        """``label`` says ``template`` filled with ``values`` when shown and they are not empty."""
        shown = shown and all(values.values())
        label.setText(template.format(**values) if shown else "")
        label.setAccessibleName(label.text())
        label.setVisible(shown)

    def _show_picture(self, number: int, answer: ReviewedAnswer, bank_dir: Path | None) -> None:
        question = answer.question
        self._loader.cancel()  # a picture still coming is for the question shown before
        self._image.set_image(None)
        self._no_image.setText("")
        self._no_image.hide()
        self._alt = question.image_alt or ""
        self._image.setAccessibleName(
            self._alt or self.tr("Picture of question {number}").format(number=number)
        )
        if question.image:
            self._loader.load(bank_dir, question.image, number, stored=answer.picture)

    @Slot(int, object)
    def _on_picture(self, _number: int, image: QImage | None) -> None:
        self._image.set_image(image)
        if image is not None:
            return
        alt = self._alt
        text = (
            self.tr("The picture cannot be shown: {description}").format(description=alt)
            if alt
            else self.tr("The picture cannot be shown.")
        )
        self._no_image.setText(text)
        self._no_image.show()


class AttemptReview(QWidget):
    """The questions of an attempt in a list, and the selected one in full below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attemptReview")
        self._results: AttemptResults | None = None
        self._language = "en"
        self._bank_dir: Path | None = None
        self._reveal = False
        self._hint = QLabel(self)
        self._hint.setObjectName("reviewHintLabel")
        self._hint.setWordWrap(True)
        self._list = _ReviewList(self)
        self._list.setObjectName("reviewList")
        self._list.setWordWrap(True)
        self._list.setUniformRowHeights(False)
        self._list.setRootIsDecorated(False)
        self._list.setItemsExpandable(False)
        self._list.setAlternatingRowColors(True)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list.setItemDelegate(_WrappingDelegate(self._list))
        self._list.header().setStretchLastSection(False)
        self._list.header().sectionResized.connect(self._relayout_list)
        self._list.currentItemChanged.connect(self._on_current_changed)
        self._list.itemClicked.connect(self._on_item_clicked)
        self._list.toggle_requested.connect(self.toggle_details)
        self._list.close_requested.connect(self.hide_details)

        self._detail = ReviewDetail()
        self._detail_area = QScrollArea(self)
        self._detail_area.setObjectName("reviewDetailArea")
        self._detail_area.setWidgetResizable(True)
        self._detail_area.setWidget(self._detail)
        self._close = QPushButton(self)
        self._close.setObjectName("closeReviewDetailsButton")
        self._close.clicked.connect(self.hide_details)
        self._details = QWidget(self)
        self._details.setObjectName("reviewDetailPane")
        pane = QVBoxLayout(self._details)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self._detail_area, 1)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(self._close)
        pane.addLayout(closing)
        self._details.hide()

        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter.setObjectName("reviewSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._list)
        self._splitter.addWidget(self._details)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint)
        layout.addWidget(self._splitter, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._hint.setText(
            self.tr("Click a question, or select it and press Enter, to see it in full.")
        )
        self._list.setAccessibleName(self.tr("Review of your answers"))
        self._detail_area.setAccessibleName(self.tr("The chosen question in full"))
        self._close.setText(self.tr("Close the details"))
        self._close.setAccessibleName(self.tr("Close the details"))
        if self._results is not None:
            self._fill()

    # --- what is shown -------------------------------------------------------------------

    def set_results(
        self,
        results: AttemptResults,
        *,
        language: str,
        bank_dir: Path | None = None,
        reveal: bool,
    ) -> None:
        """Review ``results`` (answers in the bank's ``language``, pictures from ``bank_dir``).

        Without ``reveal`` no right answer, explanation or source is put anywhere.
        """
        if results is not self._results:
            self.hide_details()
        self._results = results
        self._language = language
        self._bank_dir = bank_dir
        self._reveal = reveal
        self._fill()

    @property
    def list_view(self) -> QTreeWidget:
        return self._list

    @property
    def details_shown(self) -> bool:
        return not self._details.isHidden()

    @property
    def detail(self) -> ReviewDetail:
        return self._detail

    def show_details(self, row: int | None = None) -> None:
        """Open the details of ``row`` (by default the current row, else the first)."""
        count = self._list.topLevelItemCount()
        if count == 0:
            return
        if row is None:
            current = self._list.currentItem()
            row = self._list.indexOfTopLevelItem(current) if current is not None else 0
        item = self._list.topLevelItem(max(0, min(row, count - 1)))
        if item is not None:
            # Selected too: the list makes its first row current on focus without selecting it.
            self._list.setCurrentItem(item)
            item.setSelected(True)
        self._details.show()
        self._list.details_open = True
        self._show_current()

    @Slot()
    def hide_details(self) -> None:
        self._details.hide()
        self._list.details_open = False

    @Slot()
    def toggle_details(self) -> None:
        if self.details_shown:
            self.hide_details()
        else:
            self.show_details()

    # --- inside ----------------------------------------------------------------------------

    def _fill(self) -> None:
        results = self._results
        assert results is not None
        review = self._list
        current_item = review.currentItem()
        current = review.indexOfTopLevelItem(current_item) if current_item is not None else -1
        review.clear()
        headers = [
            self.tr("#"),
            self.tr("Question"),
            self.tr("Your answer"),
            self.tr("Right answer"),
            self.tr("Points"),
            self.tr("Time"),
        ]
        review.setColumnCount(len(headers))
        review.setHeaderLabels(headers)
        review.setColumnHidden(ReviewColumn.RIGHT_ANSWER, not self._reveal)
        timed = any(answer.time_taken is not None for answer in results.answers)
        review.setColumnHidden(ReviewColumn.TIME, not timed)
        for number, answer in enumerate(results.answers, start=1):
            review.addTopLevelItem(self._item(number, answer))
        header = review.header()
        header.setSectionResizeMode(ReviewColumn.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReviewColumn.YOUR_ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReviewColumn.RIGHT_ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReviewColumn.POINTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewColumn.TIME, QHeaderView.ResizeMode.ResizeToContents)
        if current >= 0 and (item := review.topLevelItem(current)) is not None:
            review.setCurrentItem(item)
        if self.details_shown:
            self._show_current()

    def _item(self, number: int, answer: ReviewedAnswer) -> QTreeWidgetItem:
        question = answer.question
        item = QTreeWidgetItem()
        item.setText(ReviewColumn.NUMBER, str(number))
        item.setText(ReviewColumn.QUESTION, question_text(question))
        given = answer_text(question, answer.response, language=self._language)
        item.setText(ReviewColumn.YOUR_ANSWER, given or not_given_text())
        if self._reveal:
            right = answer_text(question, correct_response(question), language=self._language)
            item.setText(ReviewColumn.RIGHT_ANSWER, right)
        item.setText(
            ReviewColumn.POINTS,
            self.tr("{points} / {possible}").format(
                points=number_text(answer.grade.points), possible=number_text(answer.grade.possible)
            ),
        )
        if answer.time_taken is not None:
            item.setText(ReviewColumn.TIME, format_remaining(round(answer.time_taken)))
        for column in range(ReviewColumn.TIME + 1):
            numeric = column in (ReviewColumn.NUMBER, ReviewColumn.POINTS, ReviewColumn.TIME)
            side = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            item.setTextAlignment(column, side | Qt.AlignmentFlag.AlignTop)
        accents = accents_for(self.palette())
        item.setForeground(
            ReviewColumn.POINTS, accents.right if answer.grade.correct else accents.wrong
        )
        item.setData(ReviewColumn.NUMBER, Qt.ItemDataRole.UserRole, question.id)
        return item

    def _show_current(self) -> None:
        results, item = self._results, self._list.currentItem()
        if results is None or item is None:
            return
        row = self._list.indexOfTopLevelItem(item)
        self._detail.show_answer(
            row + 1,
            len(results.answers),
            results.answers[row],
            language=self._language,
            bank_dir=self._bank_dir,
            reveal=self._reveal,
        )
        self._detail_area.verticalScrollBar().setValue(0)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None and self.details_shown:
            self._show_current()

    @Slot(QTreeWidgetItem, int)
    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        self.show_details(self._list.indexOfTopLevelItem(item))

    @Slot()
    def _relayout_list(self) -> None:
        # Rows wrap to their column's width, so a resized column changes their heights.
        self._list.doItemsLayout()
