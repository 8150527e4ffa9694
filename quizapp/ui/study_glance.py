"""Study at a glance: the library's header (due today, the streak), its refresh, and the
desired retention in Settings.

:class:`StudyGlanceView` (one per main window) loads the profile's due counts
per bank and its streak on the worker, through the same service call as
``quizapp due`` (``QuizService.due``) and ``QuizService.study_streak``, and
hands them to the library page. It loads again whenever the library is
refreshed (so after every quiz or study session) and when the local day turns
over (:class:`DayWatch`, driven by the window's clock). In Settings it serves
the desired retention (:class:`RetentionBox`), stored per profile through the
service.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quizapp.quiz.clock import Clock
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.app import QuizService
    from quizapp.service.types import DueBank
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.settings_dialog import SettingsDialog

# The day is looked at again at least this often: a timer does not run while the
# computer sleeps, so one set for midnight could wake up hours late.
_LONGEST_WAIT_MS = 10 * 60 * 1000
# A little after midnight, so the clock reads the new day when the timer fires.
_AFTER_MIDNIGHT_MS = 500

LOWEST_RETENTION_PERCENT = 70
HIGHEST_RETENTION_PERCENT = 97


# --- the local day --------------------------------------------------------------------------


def local_date(instant: datetime, zone: tzinfo | None) -> date:
    """``instant``'s date in ``zone`` (None: this computer's zone, summer time included)."""
    return instant.astimezone(zone).date() if zone is not None else instant.astimezone().date()


def next_midnight(instant: datetime, zone: tzinfo | None) -> datetime:
    """The local midnight that ends ``instant``'s day."""
    tomorrow = local_date(instant, zone) + timedelta(days=1)
    if zone is not None:
        return datetime.combine(tomorrow, time(0), tzinfo=zone)
    return datetime.combine(tomorrow, time(0)).astimezone()  # naive: read as local time


class DayWatch(QObject):
    """Says ``day_changed`` when the clock's local day turns over.

    A single-shot timer is set for just after the next local midnight, or
    for ten minutes when that is further; each time it fires the clock is read
    again, so a clock set by hand or a night asleep is caught up with.
    """

    day_changed = Signal()

    def __init__(self, clock: Clock, zone: tzinfo | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._day = local_date(clock.now(), zone)
        self.timer = QTimer(self)
        self.timer.setObjectName("dayWatchTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._arm()

    @property
    def day(self) -> date:
        return self._day

    @Slot()
    def check(self) -> None:
        """Read the clock: a new local day says ``day_changed``; the timer is set again."""
        today = local_date(self._clock.now(), self._zone)
        if today != self._day:
            self._day = today
            self.day_changed.emit()
        self._arm()

    def _arm(self) -> None:
        now = self._clock.now()
        wait = (next_midnight(now, self._zone) - now).total_seconds() * 1000
        self.timer.start(int(min(wait + _AFTER_MIDNIGHT_MS, _LONGEST_WAIT_MS)))


# --- the library's header --------------------------------------------------------------------


class StudyGlanceBar(QWidget):
    """Above the library: how many questions are due today across banks, and the streak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyGlanceBar")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueTodayLabel")
        font = self.due_label.font()
        font.setBold(True)
        self.due_label.setFont(font)
        self.streak_label = QLabel(self)
        self.streak_label.setObjectName("streakLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.due_label)
        layout.addStretch(1)
        layout.addWidget(self.streak_label)
        self._due: int | None = None
        self._streak: int | None = None
        self._retranslate()

    def set_glance(self, due_today: int | None, streak: int | None) -> None:
        """Today's total and the streak; None while they are being read."""
        self._due, self._streak = due_today, streak
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        due, streak = self._due, self._streak
        if due is None or streak is None:
            self.due_label.setText(self.tr("Looking for questions due today…"))
            self.streak_label.clear()
        else:
            self.due_label.setText(
                self.tr("%Ln question(s) due today", "", due)
                if due
                else self.tr("Nothing is due today")
            )
            self.streak_label.setText(
                self.tr("Study streak: %Ln day(s)", "", streak)
                if streak
                else self.tr("No study streak: answer a question today to start one")
            )
        self.due_label.setAccessibleName(self.due_label.text())
        self.streak_label.setAccessibleName(self.streak_label.text())


# --- the desired retention in Settings -------------------------------------------------------


class RetentionBox(QGroupBox):
    """The profile's desired retention, 70 % to 97 %; disabled until it is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyGroup")
        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName("desiredRetentionSpin")
        self.spin.setDecimals(0)
        self.spin.setRange(LOWEST_RETENTION_PERCENT, HIGHEST_RETENTION_PERCENT)
        self.spin.setSingleStep(1)
        self.spin.setValue(90)
        self.hint = QLabel(self)
        self.hint.setObjectName("desiredRetentionHint")
        self.hint.setWordWrap(True)
        self.label = QLabel(self)
        self.label.setBuddy(self.spin)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.label, self.spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self._loaded: float | None = None
        self._profile_chosen = True
        self._retranslate()
        self.set_retention(None)

    def set_retention(self, retention: float | None, *, profile_chosen: bool = True) -> None:
        """The stored value (0-1); None while it is being read, or with no profile chosen."""
        self._loaded = retention
        self._profile_chosen = profile_chosen
        if retention is not None:
            self.spin.setValue(round(retention * 100))
        self.spin.setEnabled(retention is not None)
        self._retranslate()

    def retention(self) -> float | None:
        """The value chosen (0-1), or None when it cannot be set (not read, no profile)."""
        return None if self._loaded is None else round(self.spin.value()) / 100

    def changed(self) -> bool:
        chosen = self.retention()
        return chosen is not None and self._loaded is not None and chosen != self._loaded

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Study"))
        self.spin.setSuffix(self.tr("%", "percent sign after the desired retention"))
        self.spin.setAccessibleName(self.tr("Desired retention, in percent"))
        self.label.setText(self.tr("&Desired retention:"))
        if not self._profile_chosen:
            self.hint.setText(self.tr("Choose a profile first: each profile has its own."))
            return
        self.hint.setText(
            self.tr(
                "How sure you want to be of remembering a question when it comes back. "
                "Higher brings questions back sooner and more often; 90% suits most students."
            )
        )


# --- the window's part -----------------------------------------------------------------------


class StudyGlanceView(WindowPart):
    """Loads the library's study columns and header for ``window`` (its child; one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "studyGlanceView")
        self.day_watch = DayWatch(window.clock, parent=self)
        self.day_watch.day_changed.connect(self.refresh)
        self.settings_box: RetentionBox | None = None
        self._shown_profile: int | None = None  # whose figures the library shows

    @Slot()
    def refresh(self) -> None:
        """Load the chosen profile's due counts and streak on the worker, then show them."""
        window = self._window
        service, profile = window.service, window.profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        if profile_id != self._shown_profile:  # never another profile's figures meanwhile
            window.library_page.clear_study()
            self._shown_profile = profile_id
        window._run(
            lambda: _load(service, profile_id),
            success=lambda loaded: self._on_loaded(profile_id, loaded),
        )

    def _on_loaded(self, profile_id: int, loaded: tuple[list[DueBank], int]) -> None:
        window = self._window
        if window.profile is None or window.profile.id != profile_id:
            return  # another profile was chosen meanwhile
        banks, streak = loaded
        window.library_page.set_study(banks, streak)

    # --- Settings ------------------------------------------------------------------------

    def attach_settings(self, dialog: SettingsDialog) -> None:
        """Show the profile's desired retention in the dialog once it is read."""
        box = dialog.study_box
        self.settings_box = box
        dialog.finished.connect(self._on_settings_finished)
        window = self._window
        service, profile = window.service, window.profile
        if service is None or profile is None:
            box.set_retention(None, profile_chosen=False)
            return
        profile_id = profile.id
        window._run(
            lambda: service.desired_retention(profile_id),
            success=self._on_retention_read,
        )

    @Slot()
    def _on_settings_finished(self) -> None:
        self.settings_box = None

    def _on_retention_read(self, retention: float) -> None:
        box = self.settings_box
        if box is not None:
            box.set_retention(retention)

    def apply_settings(self, dialog: SettingsDialog) -> None:
        """Store a changed desired retention; the library then shows what it changes."""
        box = dialog.study_box
        window = self._window
        service, profile, retention = window.service, window.profile, box.retention()
        if service is None or profile is None or retention is None or not box.changed():
            return
        profile_id = profile.id
        window._run(
            lambda: service.set_desired_retention(profile_id, retention),
            success=self._on_retention_saved,
        )

    def _on_retention_saved(self, _result: object) -> None:
        self.refresh()


def _load(service: QuizService, profile_id: int) -> tuple[list[DueBank], int]:
    """On the worker: the due counts per bank (as ``quizapp due``) and the streak."""
    return service.due(profile_id), service.study_streak(profile_id)


def due_total(banks: Sequence[DueBank]) -> int:
    return sum(bank.due for bank in banks)
