"""The results of one attempt: the score, pass or fail, the time used and a review.

What the review shows follows the bank's ``feedback`` setting: with
``immediate`` and ``at_end`` every question with the student's answer, the
right answer, the explanation and the source; with ``never`` only each
question's points, and never a right answer.

The page works from a finished :class:`~quizapp.quiz.session.QuizSession`
or from an :class:`AttemptResults` built from stored answers (a later review).
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
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
from quizapp.bank.model import Bank, Feedback, Question
from quizapp.quiz.countdown import format_remaining
from quizapp.quiz.session import EndReason, QuizSession
from quizapp.stats.scoring import Score, points_text, round_percent
from quizapp.ui.questions.image import ImageLoader, unavailable_text
from quizapp.ui.questions.registry import question_ui
from quizapp.ui.questions.texts import answer_text, not_given_text, number_text
from quizapp.ui.richtext import accents_for, scale_font, set_text_colour

_THUMBNAIL_SIDE = 48


@dataclass(frozen=True)
class ReviewedAnswer:
    """One question asked, as it was graded, with the answer that counted."""

    question: Question
    response: Response
    grade: Grade


@dataclass(frozen=True)
class AttemptResults:
    """What the results page shows: one answer per question asked, in the order asked."""

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
                answers.append(ReviewedAnswer(latest.question, latest.response, latest.grade))
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
    ) -> AttemptResults:
        """From stored question snapshots and the responses that counted (None: no answer)."""
        answers = tuple(
            ReviewedAnswer(question, response, grade(question, response))
            for question, response in zip(questions, responses, strict=True)
        )
        return cls(answers, time_used, end_reason)

    def score(self, pass_mark: float) -> Score:
        """The points of the answers that counted out of every question's, with the pass mark."""
        points = sum(answer.grade.points for answer in self.answers)
        possible = sum(answer.grade.possible for answer in self.answers)
        return Score.of(points, possible, pass_mark)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text (a tree view does not measure wrapped text itself)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        # The style wraps only within a valid rectangle: the column's width, and room to grow.
        item_option.rect = QRect(0, 0, self._width_of(index), 1 << 20)
        return self._view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, item_option, QSize(), self._view
        )

    def _width_of(self, index: QModelIndex | QPersistentModelIndex) -> int:
        view = self._view
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            return max(1, view.viewport().width() - depth * view.indentation())
        return max(1, view.columnWidth(index.column()))


class ReviewColumn:
    NUMBER = 0
    QUESTION = 1
    YOUR_ANSWER = 2
    RIGHT_ANSWER = 3
    POINTS = 4


class ResultsPage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self._results: AttemptResults | None = None
        self._shown: tuple[Bank, Path | None] | None = None  # what the results are of
        self._title = self._label("resultsTitleLabel")
        scale_font(self._title, 1.4)
        self._score = self._label("scoreLabel")
        scale_font(self._score, 1.2)
        self._pass = self._label("passLabel")
        self._time_used = self._label("timeUsedLabel")
        self._end_reason = self._label("endReasonLabel")
        self._note = self._label("reviewNoteLabel")
        self._image_loader = ImageLoader(self)
        self._image_loader.finished.connect(self._show_thumbnail)
        self._thumbnail_rows: list[tuple[QTreeWidgetItem, str | None]] = []  # item, image_alt
        self._review = QTreeWidget(self)
        self._review.setObjectName("reviewList")
        self._review.setWordWrap(True)
        self._review.setIconSize(QSize(_THUMBNAIL_SIDE, _THUMBNAIL_SIDE))
        self._review.setUniformRowHeights(False)
        self._review.setRootIsDecorated(False)
        self._review.setAlternatingRowColors(True)
        self._review.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._review.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._review.setItemDelegate(_WrappingDelegate(self._review))
        self._review.header().setStretchLastSection(False)
        self._review.header().sectionResized.connect(self._relayout_review)
        self._back = QPushButton(self)
        self._back.setObjectName("backToLibraryButton")
        self._back.setAutoDefault(True)
        self._back.clicked.connect(self.back_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._score)
        layout.addWidget(self._pass)
        layout.addWidget(self._time_used)
        layout.addWidget(self._end_reason)
        layout.addWidget(self._note)
        layout.addWidget(self._review, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._back)
        layout.addLayout(buttons)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._review.setAccessibleName(self.tr("Review of your answers"))
        self._back.setText(self.tr("Back to the library"))
        self._back.setAccessibleName(self.tr("Back to the library"))
        if self._results is not None and self._shown is not None:
            bank, bank_dir = self._shown
            self._render(self._results, bank, bank_dir)

    @property
    def results(self) -> AttemptResults | None:
        return self._results

    @property
    def bank_title(self) -> str | None:
        """The title of the bank whose results are shown."""
        return self._shown[0].title if self._shown is not None else None

    def show_results(
        self,
        source: QuizSession | AttemptResults,
        *,
        bank: Bank,
        bank_dir: Path | None = None,
    ) -> None:
        """Show a finished session, or results built from stored answers.

        ``bank`` gives the title, the pass mark and the feedback setting (and
        the language the answers are written in); with ``bank_dir`` the review
        shows each question's image as a thumbnail.
        """
        results = AttemptResults.from_session(source) if isinstance(source, QuizSession) else source
        self._results = results
        self._shown = (bank, bank_dir)
        self._render(results, bank, bank_dir)
        self._back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render(self, results: AttemptResults, bank: Bank, bank_dir: Path | None) -> None:
        settings = bank.settings
        self._title.setText(self.tr("Results: {title}").format(title=bank.title))
        score = results.score(settings.pass_mark)
        self._score.setText(
            self.tr("{points} / {possible} points · {percent}%").format(
                points=points_text(score.points, number_text),
                possible=points_text(score.possible, number_text),
                percent=number_text(round_percent(score.percent or 0.0)),
            )
        )
        self._show_pass(bool(score.passed), settings.pass_mark)
        self._show_time(results)
        reveal = settings.feedback != Feedback.NEVER
        self._note.setText(
            ""
            if reveal
            else self.tr("The right answers are not shown for this quiz, only your score.")
        )
        self._note.setVisible(not reveal)
        self._fill_review(results, bank=bank, bank_dir=bank_dir, reveal=reveal)

    # --- inside ----------------------------------------------------------------------

    @Slot()
    def _relayout_review(self) -> None:
        # Rows wrap to their column's width, so a resized column changes their heights.
        self._review.doItemsLayout()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show_pass(self, passed: bool, pass_mark: float) -> None:
        mark = number_text(pass_mark)
        if passed:
            text = self.tr("Passed: the pass mark is {mark}%.").format(mark=mark)
        else:
            text = self.tr("Not passed: the pass mark is {mark}%.").format(mark=mark)
        self._pass.setText(text)
        self._pass.setProperty("passed", passed)
        accents = accents_for(self.palette())
        set_text_colour(self._pass, accents.right if passed else accents.wrong)
        font = self._pass.font()
        font.setBold(True)
        self._pass.setFont(font)

    def _show_time(self, results: AttemptResults) -> None:
        if results.time_used is None:
            self._time_used.hide()
        else:
            self._time_used.setText(
                self.tr("Time used: {time}").format(time=format_remaining(round(results.time_used)))
            )
            self._time_used.show()
        reasons = {
            EndReason.TIME_UP.value: self.tr("The time ran out."),
            EndReason.ENDED_AFTER_INTERRUPTION.value: self.tr(
                "The quiz ended where it stood when the app stopped."
            ),
        }
        text = reasons.get(results.end_reason or "", "")
        self._end_reason.setText(text)
        self._end_reason.setVisible(bool(text))

    def _fill_review(
        self, results: AttemptResults, *, bank: Bank, bank_dir: Path | None, reveal: bool
    ) -> None:
        review = self._review
        review.clear()
        headers = [
            self.tr("#"),
            self.tr("Question"),
            self.tr("Your answer"),
            self.tr("Right answer"),
            self.tr("Points"),
        ]
        review.setColumnCount(len(headers))
        review.setHeaderLabels(headers)
        # With feedback "never" the review shows the points of each question, nothing more.
        review.setColumnHidden(ReviewColumn.YOUR_ANSWER, not reveal)
        review.setColumnHidden(ReviewColumn.RIGHT_ANSWER, not reveal)
        self._image_loader.cancel()  # the items thumbnails were still coming for are gone
        self._thumbnail_rows = []
        for number, answer in enumerate(results.answers, start=1):
            item = self._review_item(number, answer, language=bank.language, reveal=reveal)
            if answer.question.image:
                self._image_loader.load(bank_dir, answer.question.image, number - 1)
            self._thumbnail_rows.append((item, answer.question.image_alt))
            review.addTopLevelItem(item)
            if reveal:
                self._add_notes(item, answer.question)
        review.expandAll()
        header = review.header()
        header.setSectionResizeMode(ReviewColumn.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReviewColumn.YOUR_ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReviewColumn.RIGHT_ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReviewColumn.POINTS, QHeaderView.ResizeMode.ResizeToContents)

    @Slot(int, object)
    def _show_thumbnail(self, row: int, image: object) -> None:
        item, alt = self._thumbnail_rows[row]
        if not isinstance(image, QImage):
            question = item.text(ReviewColumn.QUESTION)
            item.setText(ReviewColumn.QUESTION, f"{question}\n{unavailable_text(alt)}".strip())
            return
        thumbnail = QPixmap.fromImage(image).scaled(
            _THUMBNAIL_SIDE,
            _THUMBNAIL_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        item.setIcon(ReviewColumn.QUESTION, QIcon(thumbnail))

    def _review_item(
        self, number: int, answer: ReviewedAnswer, *, language: str, reveal: bool
    ) -> QTreeWidgetItem:
        question = answer.question
        item = QTreeWidgetItem()
        item.setText(ReviewColumn.NUMBER, str(number))
        item.setText(ReviewColumn.QUESTION, question_text(question))
        if reveal:
            given = answer_text(question, answer.response, language=language)
            item.setText(ReviewColumn.YOUR_ANSWER, given or not_given_text())
            right = answer_text(question, correct_response(question), language=language)
            item.setText(ReviewColumn.RIGHT_ANSWER, right)
        item.setText(
            ReviewColumn.POINTS,
            self.tr("{points} / {possible}").format(
                points=number_text(answer.grade.points), possible=number_text(answer.grade.possible)
            ),
        )
        for column in range(ReviewColumn.POINTS + 1):
            numeric = column in (ReviewColumn.NUMBER, ReviewColumn.POINTS)
            side = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            item.setTextAlignment(column, side | Qt.AlignmentFlag.AlignTop)
        accents = accents_for(self.palette())
        item.setForeground(
            ReviewColumn.POINTS, accents.right if answer.grade.correct else accents.wrong
        )
        item.setData(ReviewColumn.NUMBER, Qt.ItemDataRole.UserRole, question.id)
        return item

    def _add_notes(self, item: QTreeWidgetItem, question: Question) -> None:
        notes = []
        if question.explanation:
            notes.append(
                self.tr("Explanation: {text}").format(text=plain_text(question.explanation))
            )
        if question.source:
            notes.append(self.tr("Source: “{quote}”").format(quote=question.source))
        for note in notes:
            child = QTreeWidgetItem(item)
            child.setText(0, note)
            child.setFirstColumnSpanned(True)


def question_text(question: Question) -> str:
    """The question as plain text for the review (a cloze shows its text, blanks numbered)."""
    return question_ui(question).review_text(question)
