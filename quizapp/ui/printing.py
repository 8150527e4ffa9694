"""Printable PDFs of one attempt and of a bank's statistics, with Qt's own text engine.

Every text goes into the document as plain text (``QTextCursor.insertText``,
never HTML), tables through ``insertTable`` and pictures as images decoded
here and handed to the document itself, so a ``<img src=...>`` or ``<b>`` in a
bank's text is printed as written. The document's ``loadResource`` is closed
too: nothing in it can make Qt open a file or a URL. The PDF is made in memory
and written through ``write_atomically``, so a file is whole or not there.

What an attempt's PDF reveals follows the bank's ``review`` setting, by the
rule the results page uses (:func:`~quizapp.ui.attempt_review.reveals_right_answers`).
Its pictures are the attempt's own, from the store, else the bank's file.
These functions may run on a worker thread (they decode pictures).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCell,
    QTextTableFormat,
)

from quizapp.bank.grading import correct_response
from quizapp.bank.markdown import plain_text
from quizapp.quiz.countdown import format_remaining
from quizapp.quiz.ending import EndReason
from quizapp.service.exports import write_atomically
from quizapp.service.types import BankStatistics, PastAttempt, ReviewedQuestion
from quizapp.stats.scoring import points_text, round_percent
from quizapp.ui.attempt_review import question_text, reveals_right_answers
from quizapp.ui.models.statistics_model import Column, StatisticsTableModel
from quizapp.ui.pages.statistics_page import summary_lines
from quizapp.ui.questions.image import decode_image, load_bank_image
from quizapp.ui.questions.texts import answer_text, not_given_text, number_text

_RESOLUTION = 300  # dots per inch of the PDF's pictures and layout
_BODY_POINTS = 10
_PICTURE_WIDTH = 260  # at most, in the document's units (about 9 cm on the page)
_PICTURE_SCHEME = "quizapp-picture"


class ClosedDocument(QTextDocument):
    """A text document that loads nothing: every resource it shows was given to it."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None


def attempt_document(
    past: PastAttempt, printed_at: datetime, document: QTextDocument | None = None
) -> QTextDocument:
    """The attempt as printed: its score, its answers in a table, then each question in full."""
    writer = _Writer(document or ClosedDocument())
    bank = past.bank
    reveal = reveals_right_answers(bank.settings, past.attempts_left)
    writer.heading(
        QCoreApplication.translate("ResultsPage", "Results: {title}").format(title=bank.title)
    )
    if past.profile:
        writer.line(
            QCoreApplication.translate("PrintedAttempt", "Profile: {name}").format(
                name=past.profile
            )
        )
    date, time = _local(past.started_at)
    writer.line(
        QCoreApplication.translate("ResultsPage", "Attempt started {date} at {time}").format(
            date=date, time=time
        )
    )
    score = past.score
    writer.line(
        QCoreApplication.translate(
            "ResultsPage", "{points} / {possible} points · {percent}%"
        ).format(
            points=points_text(score.points, number_text),
            possible=points_text(score.possible, number_text),
            percent=number_text(round_percent(score.percent or 0.0)),
        ),
        bold=True,
    )
    mark = number_text(bank.settings.pass_mark)
    if past.status != "finished":
        writer.line(QCoreApplication.translate("PrintedAttempt", "The attempt is not finished."))
    elif score.passed:
        writer.line(
            QCoreApplication.translate("ResultsPage", "Passed: the pass mark is {mark}%.").format(
                mark=mark
            )
        )
    else:
        writer.line(
            QCoreApplication.translate(
                "ResultsPage", "Not passed: the pass mark is {mark}%."
            ).format(mark=mark)
        )
    if past.time_used is not None:
        used = format_remaining(round(past.time_used))
        writer.line(
            QCoreApplication.translate("ResultsPage", "Time used: {time}").format(time=used)
        )
    if ending := _end_reason_text(past.end_reason):
        writer.line(ending)
    if not reveal:
        writer.line(
            QCoreApplication.translate(
                "PrintedAttempt", "The right answers are not shown for this attempt."
            )
        )
    headers = _answer_headers(reveal)
    rows = [_answer_row(past, n, q, reveal) for n, q in _numbered(past)]
    writer.table(headers, rows, numeric=(0, len(headers) - 2, len(headers) - 1))
    for number, question in _numbered(past):
        _question_in_full(writer, past, number, question, reveal)
    writer.footer(printed_at)
    return writer.document


def statistics_document(
    statistics: BankStatistics, printed_at: datetime, document: QTextDocument | None = None
) -> QTextDocument:
    """A bank's statistics as printed: its figures, then one row per question."""
    writer = _Writer(document or ClosedDocument())
    writer.heading(
        QCoreApplication.translate("PrintedStatistics", "Statistics: {title} ({id})").format(
            title=statistics.title, id=statistics.bank
        )
    )
    counted = (
        QCoreApplication.translate("StatisticsPage", "All attempts")
        if statistics.all_attempts
        else QCoreApplication.translate("StatisticsPage", "Each student's first attempt")
    )
    writer.line(
        QCoreApplication.translate("PrintedStatistics", "Counted: {which}").format(which=counted)
    )
    for line in summary_lines(statistics):
        writer.line(line)
    model = StatisticsTableModel()
    model.set_rows(statistics.questions)
    columns = range(len(Column))
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    rows = [
        [str(model.index(row, c).data() or "") for c in columns] for row in range(model.rowCount())
    ]
    if rows:
        numeric = set(columns) - {Column.QUESTION, Column.FLAGS, Column.WRONG_ANSWERS}
        writer.table(headers, rows, numeric)
        writer.line(
            QCoreApplication.translate(
                "StatisticsPage",
                "Every profile on this computer counts. ⚠ marks a question that may need a "
                "look; the column “Needs a look” says why.",
            )
        )
    writer.footer(printed_at)
    return writer.document


def pdf_bytes(document: QTextDocument, *, title: str, landscape: bool = False) -> bytes:
    """The document printed as a PDF on A4 pages, numbered."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("QuizApp")
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def write_attempt_pdf(past: PastAttempt, path: Path, printed_at: datetime) -> Path:
    title = QCoreApplication.translate("ResultsPage", "Results: {title}").format(
        title=past.bank.title
    )
    write_atomically(path, pdf_bytes(attempt_document(past, printed_at), title=title))
    return path


def write_statistics_pdf(statistics: BankStatistics, path: Path, printed_at: datetime) -> Path:
    title = QCoreApplication.translate("PrintedStatistics", "Statistics: {title} ({id})").format(
        title=statistics.title, id=statistics.bank
    )
    document = statistics_document(statistics, printed_at)
    write_atomically(path, pdf_bytes(document, title=title, landscape=True))
    return path


# --- the attempt's parts -----------------------------------------------------------------------


def _numbered(past: PastAttempt) -> list[tuple[int, ReviewedQuestion]]:
    return list(enumerate(past.questions, start=1))


def _answer_headers(reveal: bool) -> list[str]:
    headers = [
        QCoreApplication.translate("AttemptReview", "#"),
        QCoreApplication.translate("AttemptReview", "Question"),
        QCoreApplication.translate("AttemptReview", "Your answer"),
    ]
    if reveal:
        headers.append(QCoreApplication.translate("AttemptReview", "Right answer"))
    return [
        *headers,
        QCoreApplication.translate("AttemptReview", "Points"),
        QCoreApplication.translate("AttemptReview", "Time"),
    ]


def _answer_row(
    past: PastAttempt, number: int, reviewed: ReviewedQuestion, reveal: bool
) -> list[str]:
    question, language = reviewed.question, past.bank.language
    cells = [
        str(number),
        question_text(question),
        answer_text(question, reviewed.response, language=language) or not_given_text(),
    ]
    if reveal:
        cells.append(answer_text(question, correct_response(question), language=language))
    points = QCoreApplication.translate("AttemptReview", "{points} / {possible}").format(
        points=number_text(reviewed.points), possible=number_text(reviewed.possible)
    )
    taken = "" if reviewed.time_taken is None else format_remaining(round(reviewed.time_taken))
    return [*cells, points, taken]


def _question_in_full(
    writer: _Writer, past: PastAttempt, number: int, reviewed: ReviewedQuestion, reveal: bool
) -> None:
    question, language = reviewed.question, past.bank.language
    writer.subheading(
        QCoreApplication.translate("ReviewDetail", "Question {number} of {total}").format(
            number=number, total=len(past.questions)
        )
    )
    writer.line(question_text(question))
    choices: Sequence[str] = getattr(question, "choices", ())
    if choices:
        writer.line(
            QCoreApplication.translate("ReviewDetail", "Choices: {choices}").format(
                choices=" · ".join(choices)
            )
        )
    if question.image:
        _picture(writer, past, number, reviewed)
    given = answer_text(question, reviewed.response, language=language) or not_given_text()
    writer.line(
        QCoreApplication.translate("ReviewDetail", "Your answer: {answer}").format(answer=given)
    )
    writer.line(
        QCoreApplication.translate("ReviewDetail", "Points: {points} / {possible}").format(
            points=number_text(reviewed.points), possible=number_text(reviewed.possible)
        )
    )
    if reviewed.time_taken is not None:
        taken = format_remaining(round(reviewed.time_taken))
        writer.line(
            QCoreApplication.translate("ReviewDetail", "Time taken: {time}").format(time=taken)
        )
    if not reveal:
        return
    right = answer_text(question, correct_response(question), language=language)
    writer.line(
        QCoreApplication.translate("ReviewDetail", "Right answer: {answer}").format(answer=right)
    )
    if question.explanation:
        text = plain_text(question.explanation)
        writer.line(
            QCoreApplication.translate("ReviewDetail", "Explanation: {text}").format(text=text)
        )
    if question.source:
        writer.line(
            QCoreApplication.translate("ReviewDetail", "Source: “{quote}”").format(
                quote=question.source
            )
        )


def _picture(writer: _Writer, past: PastAttempt, number: int, reviewed: ReviewedQuestion) -> None:
    question = reviewed.question
    if reviewed.picture is not None:
        image = decode_image(reviewed.picture)
    else:
        image = load_bank_image(past.bank_dir, question.image)
    if image is not None:
        writer.image(image, f"{_PICTURE_SCHEME}://{number}")
        if question.image_alt:
            writer.line(question.image_alt, italic=True)
    elif question.image_alt:
        writer.line(
            QCoreApplication.translate(
                "ReviewDetail", "The picture cannot be shown: {description}"
            ).format(description=question.image_alt)
        )
    else:
        writer.line(QCoreApplication.translate("ReviewDetail", "The picture cannot be shown."))


def _end_reason_text(reason: str | None) -> str:
    return {
        EndReason.TIME_UP.value: QCoreApplication.translate("ResultsPage", "The time ran out."),
        EndReason.QUESTION_TIME_UP.value: QCoreApplication.translate(
            "ResultsPage", "The time for the last question ran out."
        ),
        EndReason.ENDED_AFTER_INTERRUPTION.value: QCoreApplication.translate(
            "ResultsPage", "The quiz ended where it stood when the app stopped."
        ),
    }.get(reason or "", "")


# --- the document ------------------------------------------------------------------------------


class _Writer:
    """Appends plain-text paragraphs, tables and pictures to a document, in order."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        font = QFont(document.defaultFont())
        font.setPointSizeF(_BODY_POINTS)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        self._cursor = QTextCursor(document)
        self._first = True

    def _block(self, space_before: float = 0) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(space_before)
        block.setBottomMargin(2)
        if self._first:
            self._cursor.setBlockFormat(block)
            self._first = False
        else:
            self._cursor.insertBlock(block)

    def _text(
        self, text: str, *, points: float = _BODY_POINTS, bold: bool = False, italic: bool = False
    ) -> None:
        char = QTextCharFormat()
        char.setFontPointSize(points)
        char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        char.setFontItalic(italic)
        self._cursor.insertText(text, char)

    def heading(self, text: str) -> None:
        self._block()
        self._text(text, points=16, bold=True)

    def subheading(self, text: str) -> None:
        self._block(space_before=10)
        self._text(text, points=12, bold=True)

    def line(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        self._block()
        self._text(text, bold=bold, italic=italic)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Collection[int] = (),
    ) -> None:
        """A table with a header row; the ``numeric`` columns aligned right."""
        self._block(space_before=6)
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(1)
        table_format.setCellPadding(3)
        table_format.setCellSpacing(0)
        table_format.setBorder(1)
        table_format.setBorderBrush(QColor("#808080"))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self._cursor.insertTable(len(rows) + 1, len(headers), table_format)
        for column, header in enumerate(headers):
            self._cell(table.cellAt(0, column), header, column in numeric, bold=True)
        for row, cells in enumerate(rows, start=1):
            for column, text in enumerate(cells):
                self._cell(table.cellAt(row, column), text, column in numeric)
        self._cursor.movePosition(QTextCursor.MoveOperation.End)

    def _cell(self, cell: QTextTableCell, text: str, right: bool, *, bold: bool = False) -> None:
        cursor = cell.firstCursorPosition()
        if right:
            block = QTextBlockFormat()
            block.setAlignment(Qt.AlignmentFlag.AlignRight)
            cursor.setBlockFormat(block)
        char = QTextCharFormat()
        char.setFontPointSize(_BODY_POINTS - 1)
        char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.insertText(text, char)

    def image(self, image: QImage, name: str) -> None:
        self._block(space_before=4)
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        picture = QTextImageFormat()
        picture.setName(name)
        width = min(float(image.width()), _PICTURE_WIDTH)
        picture.setWidth(width)
        picture.setHeight(width * image.height() / max(image.width(), 1))
        self._cursor.insertImage(picture)

    def footer(self, printed_at: datetime) -> None:
        date, time = _local(printed_at)
        self._block(space_before=12)
        self._text(
            QCoreApplication.translate(
                "PrintedDocument", "Printed by QuizApp on {date} at {time}."
            ).format(date=date, time=time),
            points=_BODY_POINTS - 2,
            italic=True,
        )


def _local(moment: datetime) -> tuple[str, str]:
    """The date (long) and time (short) of an instant, in the UI's locale and local time."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    return (
        locale.toString(local.date(), QLocale.FormatType.LongFormat),
        locale.toString(local.time(), QLocale.FormatType.ShortFormat),
    )
