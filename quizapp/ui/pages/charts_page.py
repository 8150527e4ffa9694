"""The progress charts: how one profile has done at one bank, over its finished attempts.

Three QtCharts charts from a :class:`~quizapp.service.types.BankProgress`:
the score of each attempt over time with the pass mark drawn across it, the
mastery of each tag (the share of its points earned, weakest at the top) and
the median time per answered question of each attempt. A bank chooser above
(``bank_chosen(bank_id)``: the main window reads the progress on the worker
and hands it to :meth:`set_progress`); with no finished attempt the page says
so instead of drawing empty axes.

The charts take their colours from the palette, again on every PaletteChange
(light or dark), and their texts, dates and numbers from the interface's
language and locale, again on every LanguageChange. QtCharts draws its labels
as HTML, so tags (written in a bank) are escaped before they become labels.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from quizapp.service.types import BankProgress
from quizapp.stats.scoring import percent_text, points_text, round_percent
from quizapp.ui.richtext import accents_for, is_dark, scale_font, tooltip_text

MAX_TAGS = 20  # the weakest so many at most; more bars would not be readable
_DAY_MS = 86_400_000
_MAX_DATE_TICKS = 5
_TAG_CHART_CHROME = 110  # pixels of the tag chart that are not bars: title, axis, margins
_AXIS_CHROME = 90  # pixels of a line chart's width left of and right of its plot


class ReturnTo:
    """Where Back goes: the page the charts were opened from."""

    LIBRARY = "library"
    HISTORY = "history"
    BANK = "bank"


def _local_number(value: float) -> str:
    return QLocale().toString(value, "f", 1).rstrip("0").rstrip(QLocale().decimalPoint())


def _percent(value: float | None) -> str:
    return percent_text(value, _local_number)


def _moment_ms(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def _when(moment: datetime) -> str:
    """A moment in the computer's time zone, as the interface's locale writes it."""
    local = QDateTime.fromMSecsSinceEpoch(int(_moment_ms(moment))).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def chart_colours(palette: QPalette) -> dict[str, QColor]:
    """The series' colours, readable on the palette's base (light or dark)."""
    dark = is_dark(palette)
    return {
        "score": QColor("#64b5f6" if dark else "#1565c0"),
        "time": QColor("#ce93d8" if dark else "#6a1b9a"),
        "tags": QColor("#64b5f6" if dark else "#1565c0"),
        "pass": accents_for(palette).right,
    }


class ChartsPage(QWidget):
    bank_chosen = Signal(str)  # bank id
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPage")
        self._progress: BankProgress | None = None
        self._has_banks: bool | None = None  # None until the banks are known
        self._loading = False
        self._failed = False
        self._return_to = ReturnTo.LIBRARY
        self._requested: str | None = None  # the bank whose progress is awaited or shown
        self._build_controls()
        self._build_score_chart()
        self._build_time_chart()
        self._build_tag_chart()
        self._build_layout()
        self._apply_palette()
        self._retranslate()

    # --- building ------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self._title = QLabel(self)
        self._title.setObjectName("chartsTitleLabel")
        scale_font(self._title, 1.4)
        self.bank_combo = QComboBox(self)
        self.bank_combo.setObjectName("chartsBankCombo")
        self.bank_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.bank_combo.currentIndexChanged.connect(self._on_bank_changed)
        self._bank_label = QLabel(self)
        self._bank_label.setBuddy(self.bank_combo)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("chartsSummaryLabel")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("chartsEmptyLabel")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("chartsBackButton")
        self.back_button.clicked.connect(self.back_requested)

    def _chart_view(self, name: str, chart: QChart) -> QChartView:
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocalizeNumbers(True)
        view = QChartView(chart, self)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFrameShape(QFrame.Shape.StyledPanel)
        # Reached by Tab, so a screen reader can read the chart's description.
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return view

    def _build_score_chart(self) -> None:
        self.score_chart = QChart()
        self.score_series = QLineSeries()
        self.score_series.setPointsVisible(True)
        self.pass_series = QLineSeries()
        self.score_x = QDateTimeAxis()
        self.score_y = QValueAxis()
        self.score_y.setRange(0, 100)
        self.score_y.setTickCount(6)
        self.score_y.setLabelFormat("%.0f%")
        self._attach(
            self.score_chart, [self.score_series, self.pass_series], self.score_x, self.score_y
        )
        self.score_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.score_view = self._chart_view("scoreChartView", self.score_chart)
        self.score_series.hovered.connect(self._on_score_hovered)

    def _build_time_chart(self) -> None:
        self.time_chart = QChart()
        self.time_series = QLineSeries()
        self.time_series.setPointsVisible(True)
        self.time_x = QDateTimeAxis()
        self.time_y = QValueAxis()
        self.time_y.setLabelFormat("%.0f")
        self._attach(self.time_chart, [self.time_series], self.time_x, self.time_y)
        self.time_chart.legend().hide()
        self.time_view = self._chart_view("timeChartView", self.time_chart)
        self.time_series.hovered.connect(self._on_time_hovered)

    def _build_tag_chart(self) -> None:
        self.tag_chart = QChart()
        self.tag_set = QBarSet("")
        self.tag_series = QHorizontalBarSeries()
        self.tag_series.append(self.tag_set)
        self.tag_series.setBarWidth(0.7)
        # Each tag's percent is in its label: QtCharts shows no label on a bar of 0.
        self.tag_axis = QBarCategoryAxis()
        self.tag_value_axis = QValueAxis()
        self.tag_value_axis.setRange(0, 100)
        self.tag_value_axis.setTickCount(6)
        self.tag_value_axis.setLabelFormat("%.0f%")
        self._attach(self.tag_chart, [self.tag_series], self.tag_value_axis, self.tag_axis)
        self.tag_chart.legend().hide()
        self.tag_view = self._chart_view("tagChartView", self.tag_chart)
        self.tag_set.hovered.connect(self._on_tag_hovered)
        self.no_tags_label = QLabel(self)
        self.no_tags_label.setObjectName("chartsNoTagsLabel")
        self.no_tags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_tags_label.setWordWrap(True)
        self.no_tags_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._tag_stack = QStackedWidget(self)
        self._tag_stack.addWidget(self.tag_view)
        self._tag_stack.addWidget(self.no_tags_label)

    @staticmethod
    def _attach(
        chart: QChart, series: Sequence[QAbstractSeries], bottom: QAbstractAxis, left: QAbstractAxis
    ) -> None:
        for one in series:
            chart.addSeries(one)
        chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        for one in series:
            one.attachAxis(bottom)
            one.attachAxis(left)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self._bank_label)
        top.addWidget(self.bank_combo)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.score_view, 0, 0)
        grid.addWidget(self.time_view, 1, 0)
        grid.addWidget(self._tag_stack, 0, 1, 2, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)
        self._body = QStackedWidget(self)
        self._body.addWidget(charts)
        self._body.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self._body, 1)
        layout.addLayout(buttons)
        chain = (self.bank_combo, self.score_view, self.time_view, self.tag_view, self.back_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- language and palette -------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Your progress"))
        self._bank_label.setText(self.tr("&Bank:"))
        self.bank_combo.setAccessibleName(self.tr("The bank whose progress is shown"))
        self.score_chart.setTitle(self.tr("Score over time"))
        self.score_series.setName(self.tr("Score"))
        self.score_y.setTitleText(self.tr("Score"))
        self.time_chart.setTitle(self.tr("Time per question"))
        self.time_series.setName(self.tr("Median seconds per answered question"))
        self.time_y.setTitleText(self.tr("Seconds"))
        self.tag_value_axis.setTitleText(self.tr("Points earned"))
        self.tag_set.setLabel(self.tr("Points earned"))
        self.no_tags_label.setText(
            self.tr("The questions of this bank have no tags, so there is no mastery per tag.")
        )
        self.score_view.setAccessibleName(self.tr("Score over time"))
        self.time_view.setAccessibleName(self.tr("Time per question"))
        self.tag_view.setAccessibleName(self.tr("Mastery per tag"))
        self._show_back_text()
        for chart in (self.score_chart, self.time_chart, self.tag_chart):
            chart.setLocale(QLocale())
        self._show()

    def _show_back_text(self) -> None:
        text = {
            ReturnTo.HISTORY: self.tr("Back to your history"),
            ReturnTo.BANK: self.tr("Back to the bank"),
        }.get(self._return_to, self.tr("Back to the library"))
        self.back_button.setText(text)
        self.back_button.setAccessibleName(text)

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(base)
        grid_mix = 0.18
        grid.setRgbF(
            base.redF() + (text.redF() - base.redF()) * grid_mix,
            base.greenF() + (text.greenF() - base.greenF()) * grid_mix,
            base.blueF() + (text.blueF() - base.blueF()) * grid_mix,
        )
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for view in (self.score_view, self.time_view, self.tag_view):
            # A chart shows no focus of its own: its frame does, for the keyboard.
            name = view.objectName()
            view.setStyleSheet(
                f"#{name} {{ border: 1px solid {grid.name()}; }}"
                f" #{name}:focus {{ border: 2px solid {highlight.name()}; }}"
            )
            view.setBackgroundBrush(base)
            chart = view.chart()
            chart.setBackgroundBrush(base)
            chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
            chart.setTitleBrush(text)
            chart.legend().setLabelColor(text)
            for axis in chart.axes():
                axis.setLabelsColor(text)
                axis.setTitleBrush(text)
                axis.setGridLineColor(grid)
                axis.setLinePenColor(grid)
        colours = chart_colours(palette)
        self.score_series.setPen(QPen(colours["score"], 2.5))
        self.score_series.setColor(colours["score"])
        pass_pen = QPen(colours["pass"], 2)
        pass_pen.setStyle(Qt.PenStyle.DashLine)
        self.pass_series.setPen(pass_pen)
        self.time_series.setPen(QPen(colours["time"], 2.5))
        self.time_series.setColor(colours["time"])
        self.tag_set.setColor(colours["tags"])
        self.tag_set.setBorderColor(colours["tags"])
        self.tag_set.setLabelColor(text)

    # --- content -------------------------------------------------------------------------

    def set_return_to(self, where: str) -> None:
        """Where Back leads (a :class:`ReturnTo`); its text says so."""
        self._return_to = where
        self._show_back_text()

    @property
    def return_to(self) -> str:
        return self._return_to

    @property
    def bank_id(self) -> str | None:
        data = self.bank_combo.currentData()
        return None if data is None else str(data)

    @property
    def progress(self) -> BankProgress | None:
        return self._progress

    def set_banks(self, banks: Sequence[tuple[str, str]], preferred: str | None = None) -> None:
        """The banks with finished attempts, (id, title); shows ``preferred`` (or the first).

        A preferred bank not among them (none of its attempts finished) is shown
        all the same: its progress names it, and the page says there is nothing yet.
        """
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        for bank_id, title in banks:
            self.bank_combo.addItem(title, bank_id)
        self.bank_combo.blockSignals(False)
        self._has_banks = bool(banks)
        wanted = preferred if preferred else (banks[0][0] if banks else None)
        index = self.bank_combo.findData(wanted) if wanted is not None else -1
        if index >= 0:
            self.bank_combo.blockSignals(True)
            self.bank_combo.setCurrentIndex(index)
            self.bank_combo.blockSignals(False)
        self.bank_combo.setEnabled(self.bank_combo.count() > 0)
        if wanted is not None:
            self._request(wanted)
        else:
            self._show()

    def set_progress(self, progress: BankProgress) -> None:
        """Draw ``progress`` (of the bank chosen; a late answer for another bank is dropped)."""
        if self.bank_combo.findData(progress.bank_id) < 0:
            self.bank_combo.blockSignals(True)
            self.bank_combo.addItem(progress.title, progress.bank_id)
            self.bank_combo.blockSignals(False)
            self.bank_combo.setEnabled(True)
        if progress.bank_id != self._requested:
            return
        index = self.bank_combo.findData(progress.bank_id)
        self.bank_combo.blockSignals(True)
        self.bank_combo.setCurrentIndex(index)
        self.bank_combo.blockSignals(False)
        self._progress = progress
        self._loading = False
        self._failed = False
        self._show()

    def set_failed(self) -> None:
        """The progress could not be read: the page says so."""
        self._loading = False
        self._failed = True
        self._show()

    def focus_primary(self) -> None:
        target = self.bank_combo if self.bank_combo.isEnabled() else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def message(self) -> str:
        """What the page says instead of charts (empty while it shows them)."""
        return self.empty_label.text() if self._body.currentWidget() is self.empty_label else ""

    def _request(self, bank_id: str) -> None:
        self._requested = bank_id
        self._loading = True
        self._failed = False
        self._show()
        self.bank_chosen.emit(bank_id)

    @Slot(int)
    def _on_bank_changed(self, _index: int) -> None:
        bank_id = self.bank_id
        if bank_id is not None:
            self._request(bank_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- drawing -------------------------------------------------------------------------

    def _show(self) -> None:
        progress = self._progress
        message = self._message()
        if message is None:
            self._body.setCurrentIndex(0)
        else:
            self.empty_label.setText(message)
            self._body.setCurrentWidget(self.empty_label)
        if self._loading:
            self.summary_label.setText(self.tr("Reading your attempts…"))
        elif message is None and progress is not None:
            self.summary_label.setText(self._summary(progress))
        else:
            self.summary_label.clear()
        if progress is not None and not progress.empty:
            self._draw_scores(progress)
            self._draw_times(progress)
            self._draw_tags(progress)

    def _message(self) -> str | None:
        """What the page says in place of the charts; None when it shows them."""
        progress = self._progress
        if self._failed:
            return self.tr("Your progress could not be read. Try again later.")
        if self._loading:
            # The charts shown stay until the next bank's come; else nothing yet.
            return None if progress is not None and not progress.empty else ""
        if progress is None:
            if self._has_banks is False:
                return self.tr(
                    "You have no finished attempts yet. Finish a quiz, and your progress "
                    "at its bank shows here."
                )
            return ""
        if progress.empty:
            return self.tr(
                "You have no finished attempts at this bank yet. Finish a quiz of it, "
                "and your progress shows here."
            )
        return None

    def _summary(self, progress: BankProgress) -> str:
        scores = progress.scores
        best = max(point.percent for point in scores)
        parts = [
            self.tr("Finished attempts: {count}").format(count=QLocale().toString(len(scores))),
            self.tr("Latest: {percent}").format(percent=_percent(scores[-1].percent)),
            self.tr("Best: {percent}").format(percent=_percent(best)),
        ]
        if progress.pass_mark is not None:
            parts.append(
                self.tr("Pass mark: {percent}").format(percent=_percent(progress.pass_mark))
            )
        if not progress.bank_available:
            parts.append(self.tr("This bank is no longer in the library."))
        return " · ".join(parts)

    def _set_date_range(self, axis: QDateTimeAxis, first: float, last: float) -> None:
        span = last - first
        pad = max(span * 0.05, _DAY_MS / 2)
        axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first - pad)),
            QDateTime.fromMSecsSinceEpoch(int(last + pad)),
        )
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        # Within a few days the ticks fall on the same date: show the time too.
        wide = span + 2 * pad > 3 * _DAY_MS
        axis.setFormat(locale.dateFormat(short) if wide else locale.dateTimeFormat(short))
        axis.setTickCount(self._date_ticks(axis))

    def _date_ticks(self, axis: QDateTimeAxis) -> int:
        """As many dates as fit under the plot without QtCharts cutting them short."""
        sample = QLocale().toString(axis.max(), axis.format())
        label = self.fontMetrics().horizontalAdvance(sample) + 24
        plot = max(0, self.score_view.width() - _AXIS_CHROME)
        return max(2, min(_MAX_DATE_TICKS, plot // max(1, label)))

    def _tags_that_fit(self) -> int:
        """How many bars the tag chart has room for, each as tall as its label needs."""
        row = self.fontMetrics().height() + 12  # QtCharts elides a label taller than its row
        room = max(0, self.tag_view.height() - _TAG_CHART_CHROME)
        return max(3, min(MAX_TAGS, room // row))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        progress = self._progress
        if progress is None or progress.empty:
            return
        self.score_x.setTickCount(self._date_ticks(self.score_x))
        self.time_x.setTickCount(self._date_ticks(self.time_x))
        if self.tag_set.count() != min(len(progress.tags), self._tags_that_fit()):
            self._draw_tags(progress)

    def _draw_scores(self, progress: BankProgress) -> None:
        points = [
            QPointF(_moment_ms(p.finished_at), round_percent(p.percent)) for p in progress.scores
        ]
        self.score_series.replace(points)
        first, last = points[0].x(), points[-1].x()
        self._set_date_range(self.score_x, first, last)
        low = self.score_x.min().toMSecsSinceEpoch()
        high = self.score_x.max().toMSecsSinceEpoch()
        mark = progress.pass_mark
        if mark is None:
            self.pass_series.clear()
        else:
            self.pass_series.replace([QPointF(low, mark), QPointF(high, mark)])
            self.pass_series.setName(
                self.tr("Pass mark ({percent})").format(percent=_percent(mark))
            )
        self.score_view.setAccessibleDescription(self._summary(progress))

    def _draw_times(self, progress: BankProgress) -> None:
        times = progress.times
        points = [QPointF(_moment_ms(t.finished_at), round(t.median_seconds, 1)) for t in times]
        self.time_series.replace(points)
        if not points:
            self.time_view.setAccessibleDescription("")
            return
        self._set_date_range(self.time_x, points[0].x(), points[-1].x())
        top = max(point.y() for point in points)
        self.time_y.setRange(0, max(10.0, top * 1.2))
        self.time_y.applyNiceNumbers()
        self.time_view.setAccessibleDescription(
            self.tr(
                "Median seconds per answered question: {first} at first, {last} lately."
            ).format(
                first=_local_number(times[0].median_seconds),
                last=_local_number(times[-1].median_seconds),
            )
        )

    def _draw_tags(self, progress: BankProgress) -> None:
        shown = progress.tags[: self._tags_that_fit()]
        self._tag_stack.setCurrentWidget(self.tag_view if shown else self.no_tags_label)
        if len(progress.tags) > len(shown):
            title = self.tr("Mastery per tag (the {shown} weakest of {total})").format(
                shown=len(shown), total=len(progress.tags)
            )
        else:
            title = self.tr("Mastery per tag")
        self.tag_chart.setTitle(html.escape(title))
        # The weakest at the top: a horizontal bar chart draws its first category lowest.
        ordered = list(reversed(shown))
        self.tag_set.remove(0, self.tag_set.count())
        self.tag_axis.clear()
        # QtCharts reads labels as HTML: a tag is the bank's text, shown as written.
        self.tag_axis.append(
            [html.escape(f"{item.tag} · {_percent(item.percent)}") for item in ordered]
        )
        self.tag_set.append([round_percent(item.percent) for item in ordered])
        if shown:
            self.tag_view.setAccessibleDescription(
                self.tr("Weakest: {weakest} ({weak}). Strongest: {strongest} ({strong}).").format(
                    weakest=shown[0].tag,
                    weak=_percent(shown[0].percent),
                    strongest=progress.tags[-1].tag,
                    strong=_percent(progress.tags[-1].percent),
                )
            )

    # --- exact values, on hovering a point or a bar ----------------------------------------

    def score_tip(self, index: int) -> str:
        """What a score point says when the mouse is on it: when, the percent, passed or not."""
        assert self._progress is not None
        point = self._progress.scores[index]
        score = point.score
        values = {
            "when": _when(point.finished_at),
            "points": points_text(score.points, _local_number),
            "possible": points_text(score.possible, _local_number),
            "percent": _percent(score.percent),
        }
        if score.passed:
            return self.tr("{when}: {points} of {possible} points, {percent}, passed").format(
                **values
            )
        return self.tr("{when}: {points} of {possible} points, {percent}, not passed").format(
            **values
        )

    def time_tip(self, index: int) -> str:
        assert self._progress is not None
        point = self._progress.times[index]
        return self.tr(
            "{when}: {seconds} seconds per question (the median of {count} answered)"
        ).format(
            when=_when(point.finished_at),
            seconds=_local_number(point.median_seconds),
            count=QLocale().toString(point.answered),
        )

    def tag_tip(self, index: int) -> str:
        """The bar ``index`` (counted from the lowest, as QtCharts counts them)."""
        assert self._progress is not None
        shown = self._progress.tags[: self.tag_set.count()]
        item = shown[len(shown) - 1 - index]
        return self.tr("{tag}: {points} of {possible} points earned, {percent}").format(
            tag=item.tag,
            points=points_text(item.score.points, _local_number),
            possible=points_text(item.score.possible, _local_number),
            percent=_percent(item.percent),
        )

    def _nearest(self, series: QLineSeries, point: QPointF) -> int:
        xs = [series.at(i).x() for i in range(series.count())]
        return min(range(len(xs)), key=lambda i: abs(xs[i] - point.x()))

    @Slot(QPointF, bool)
    def _on_score_hovered(self, point: QPointF, state: bool) -> None:
        if state and self.score_series.count():
            tip = self.score_tip(self._nearest(self.score_series, point))
            self._show_tip(tip, self.score_view)
        else:
            QToolTip.hideText()

    @Slot(QPointF, bool)
    def _on_time_hovered(self, point: QPointF, state: bool) -> None:
        if state and self.time_series.count():
            self._show_tip(self.time_tip(self._nearest(self.time_series, point)), self.time_view)
        else:
            QToolTip.hideText()

    @Slot(bool, int)
    def _on_tag_hovered(self, state: bool, index: int) -> None:
        if state and 0 <= index < self.tag_set.count():
            self._show_tip(self.tag_tip(index), self.tag_view)
        else:
            QToolTip.hideText()

    @staticmethod
    def _show_tip(text: str, view: QWidget) -> None:
        # A tag is the bank's text: shown literally, never as rich text.
        QToolTip.showText(QCursor.pos(), tooltip_text(text), view)
