"""What the use cases return: plain, immutable values.

Nothing here imports the store or Qt, so the desktop app can name these
types before the database code is loaded (it loads after the first paint).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.bank.model import Feedback, Review
from quizapp.learn.modes import Mode
from quizapp.stats.items import QuestionStatistics, TestStatistics
from quizapp.stats.progress import ScorePoint, TagMastery, TimePoint
from quizapp.stats.scoring import Score, json_number

if TYPE_CHECKING:
    from quizapp.bank.loader import LibraryLoad
    from quizapp.bank.model import Bank, Question
    from quizapp.bank.problems import Problem
    from quizapp.quiz.session import QuizSession


@dataclass(frozen=True)
class ProfileRef:
    id: int
    name: str


@dataclass(frozen=True)
class ProfileDeletion:
    """What deleting a profile takes with it, for the question asked first."""

    profile_id: int
    name: str
    attempts: int
    answers: int


@dataclass(frozen=True)
class AttemptDeletion:
    """What deleting an attempt takes with it, for the question asked first."""

    attempt_id: str
    profile: str
    bank_title: str
    started_at: datetime
    answers: int


@dataclass(frozen=True)
class UnfinishedAttempt:
    """An attempt left in progress, as the student is offered to resume it."""

    attempt_id: str
    bank_title: str
    started_at: datetime
    answered: int
    question_count: int
    deadline: datetime | None  # when its time runs out (UTC); None without a limit
    # The latest instant stored for it: time is never counted from before it,
    # so a clock set back while QuizApp was closed shows no extra time.
    not_before: datetime | None = None


@dataclass(frozen=True)
class EnteredProfile:
    profile: ProfileRef
    unfinished: list[UnfinishedAttempt]


@dataclass(frozen=True)
class SyncOutcome:
    """What a library sync found."""

    problems: list[tuple[str, Problem]]  # (file, problem), in file order then line order
    unreadable: list[str]  # folders or files that could not be read (Phrases: translatable)
    bank_count: int  # files read without errors
    # Banks whose file now has errors: the last valid version stays usable meanwhile.
    out_of_date: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every bank file of the library
    folders: list[str] = field(default_factory=list)  # its folders and their subfolders


@dataclass(frozen=True)
class ImportOutcome:
    """What ``quizapp import`` did: the load with its problems, and per file what was stored."""

    load: LibraryLoad
    imported: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]


@dataclass(frozen=True)
class BankEntry:
    """A bank in the library, with what the profile asked about has done with it."""

    bank_id: str
    title: str
    language: str
    description: str | None
    tags: tuple[str, ...]
    path: str
    question_count: int  # active questions
    time_limit: int | None
    question_time_limit: int | None
    pass_mark: float
    max_attempts: int | None
    draw: int | None
    feedback: Feedback = Feedback.AT_END
    review: Review = Review.FULL  # the effective mode: what the results reveal
    reading_during_quiz: bool = False
    has_reading: bool = False
    attempts_used: int = 0  # finished and in progress
    best: Score | None = None  # the best finished attempt
    last: Score | None = None  # the latest finished attempt
    last_attempt_at: datetime | None = None  # the latest attempt started

    @property
    def attempts_left(self) -> int | None:
        """How many attempts remain; None when the bank sets no limit."""
        if self.max_attempts is None:
            return None
        return max(0, self.max_attempts - self.attempts_used)

    @property
    def can_start(self) -> bool:
        return self.attempts_left != 0

    @property
    def questions_asked(self) -> int:
        return min(self.draw, self.question_count) if self.draw else self.question_count


@dataclass(frozen=True)
class BankOverview:
    """What the start page shows of one bank for one profile."""

    entry: BankEntry
    reading: str | None  # the bank's reading (Markdown), if it has one
    unfinished: UnfinishedAttempt | None  # the profile's attempt of it still in progress


@dataclass(frozen=True)
class PreparedAttempt:
    """An attempt ready to be shown: its session and the folder its pictures are read from.

    ``attempts_left`` is what the profile has left at the bank once this attempt is
    counted (None: the bank sets no limit); the results page needs it for
    ``review: after_last_attempt``.
    """

    session: QuizSession
    bank_dir: Path | None
    attempts_left: int | None = None

    @property
    def bank(self) -> Bank:
        return self.session.bank

    @property
    def attempt_id(self) -> str:
        return self.session.attempt_id


@dataclass(frozen=True)
class RecordedAnswer:
    """One row of an attempt's answer log, as history shows it."""

    id: str
    question: str
    response: Any
    points: float
    possible: float
    shown_at: datetime | None
    answered_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "response": self.response,
            "points": json_number(self.points),
            "possible": json_number(self.possible),
            "shown_at": iso_utc(self.shown_at),
            "answered_at": iso_utc(self.answered_at),
        }


@dataclass(frozen=True)
class AttemptRecord:
    """One attempt in history, with its whole answer log.

    ``score`` counts the latest answer per question; while the attempt is in
    progress its ``possible`` is the answered questions' points, once it is
    finished all the drawn questions'.
    """

    id: str
    profile: str
    bank: str
    status: str
    end_reason: str | None
    started_at: datetime | None
    finished_at: datetime | None
    deadline: datetime | None
    score: Score
    answers: tuple[RecordedAnswer, ...]
    mode: Mode = Mode.EXAM

    def to_json(self) -> dict[str, Any]:
        """The attempt as ``quizapp history --json`` prints it."""
        return {
            "id": self.id,
            "profile": self.profile,
            "bank": self.bank,
            "mode": self.mode.value,
            "status": self.status,
            "end_reason": self.end_reason,
            "started_at": iso_utc(self.started_at),
            "finished_at": iso_utc(self.finished_at),
            "deadline": iso_utc(self.deadline),
            "score": json_number(self.score.points),
            "possible": json_number(self.score.possible),
            "answers": [answer.to_json() for answer in self.answers],
        }


@dataclass(frozen=True)
class DueBank:
    """A bank's study cards for one profile: how many, due today, mastery in percent."""

    bank_id: str
    title: str
    due: int
    cards: int
    mastery: float | None

    def to_json(self) -> dict[str, Any]:
        """As ``quizapp due --json`` prints it."""
        return {
            "bank": self.bank_id,
            "due": self.due,
            "cards": self.cards,
            "mastery": json_number(self.mastery),
        }


@dataclass(frozen=True)
class DueCard:
    """A card to review next: its bank and question, when it is scheduled (UTC), and how
    many cards are due now, it included."""

    bank_id: str
    question_id: str
    due: datetime  # a card whose question changed is due now, whatever this says
    changed: bool  # its question changed since it was last answered
    due_count: int
    # Other changed cards scheduled after the review's window; None when not counted.
    changed_later: int | None


def iso_utc(instant: datetime | None) -> str | None:
    """An instant as ISO 8601 in UTC with milliseconds and a ``Z``, or None."""
    if instant is None:
        return None
    text = instant.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z"


# The folder of the data folder that holds the backups.
BACKUP_FOLDER = "backups"


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the data folder's ``backups/``: when it was made, and why."""

    path: Path
    made_at: datetime  # UTC
    reason: str  # "daily", "manual", "migration", "restore" (what a restore replaced)


@dataclass(frozen=True)
class DatabaseHealth:
    """What SQLite's ``quick_check`` said of the database file at start.

    ``newest_good`` is the newest backup that passes the same check, offered
    when the database does not (None when there is none).
    """

    ok: bool
    file: Path | None
    problems: tuple[str, ...] = ()
    newest_good: BackupInfo | None = None


@dataclass(frozen=True)
class BankStatistics:
    """A bank's item statistics over the counted attempts (see ``docs/statistics.md``).

    ``all_attempts`` says which attempts count: each profile's first finished
    attempt (False) or every finished attempt (True).
    """

    bank: str
    title: str
    all_attempts: bool
    test: TestStatistics
    questions: tuple[QuestionStatistics, ...]

    def to_json(self) -> dict[str, Any]:
        """The statistics as ``quizapp stats --json`` prints them: percentages 0–100."""
        test = self.test
        return {
            "bank": self.bank,
            "attempts": test.attempts,
            "mean": json_number(test.mean),
            "median": json_number(test.median),
            "standard_deviation": json_number(test.standard_deviation),
            "skewness": json_number(test.skewness),
            "kurtosis": json_number(test.kurtosis),
            "cronbach_alpha": json_number(test.cronbach_alpha),
            "error_ratio": json_number(test.error_ratio),
            "standard_error": json_number(test.standard_error),
            "questions": [_question_json(question) for question in self.questions],
        }


def _question_json(question: QuestionStatistics) -> dict[str, Any]:
    return {
        "id": question.id,
        "attempts": question.attempts,
        "facility_index": json_number(question.facility_index),
        "standard_deviation": json_number(question.standard_deviation),
        "discrimination_index": json_number(question.discrimination_index),
        "discriminative_efficiency": json_number(question.discriminative_efficiency),
        "mean_time_s": json_number(question.mean_time_s),
        "common_wrong_answers": [
            {"response": wrong.response, "count": wrong.count}
            for wrong in question.common_wrong_answers
        ],
    }


# --- the history page --------------------------------------------------------------------------


class HistoryResult(StrEnum):
    """What the history page's result filter keeps."""

    PASSED = "passed"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"


class HistorySortKey(StrEnum):
    """The columns the history page sorts by."""

    BANK = "bank"
    STARTED_AT = "started_at"
    POINTS = "points"
    PERCENT = "percent"
    PASSED = "passed"
    TIME_USED = "time_used"
    END = "end"


@dataclass(frozen=True)
class HistoryFilters:
    """Which attempts the history page lists: of a bank, started within local days, a result.

    ``since`` and ``until`` are days of this computer's time zone, both included.
    """

    bank_id: str | None = None
    since: date | None = None
    until: date | None = None
    result: HistoryResult | None = None
    # Exams only unless asked: study sessions are not attempts at the quiz. None: every mode.
    mode: Mode | None = Mode.EXAM


@dataclass(frozen=True)
class HistorySort:
    key: HistorySortKey = HistorySortKey.STARTED_AT
    descending: bool = True


@dataclass(frozen=True)
class HistoryEntry:
    """One attempt as a row of the history page."""

    attempt_id: str
    bank_id: str
    bank_title: str
    bank_available: bool  # False once the bank has left the library (the attempt stays)
    status: str  # in_progress or finished
    end_reason: str | None  # an EndReason value once finished
    started_at: datetime
    finished_at: datetime | None
    score: Score  # with the pass mark as the attempt began
    time_used: float | None  # seconds; None while in progress
    mode: Mode = Mode.EXAM

    @property
    def finished(self) -> bool:
        return self.status == "finished"


@dataclass(frozen=True)
class ReviewedQuestion:
    """A question of a past attempt: its snapshot, the answer that counted and its time."""

    question: Question  # as it was when answered (or, unanswered, as drawn)
    response: Any  # None: not answered
    points: float
    possible: float
    time_taken: float | None  # seconds from showing to the answer that counted
    # The question's picture as the attempt showed it, from the store; None when none was
    # stored (no picture, or a version kept before pictures were): then read from the bank.
    picture: bytes | None = None


@dataclass(frozen=True)
class PastAttempt:
    """A past attempt as its review shows it.

    ``bank`` is the bank as the attempt began (its settings then, the questions as
    drawn); ``attempts_left`` is what the profile has left at it now (None: no
    limit), for ``review: after_last_attempt``.
    """

    attempt_id: str
    bank: Bank
    bank_dir: Path | None
    attempts_left: int | None
    status: str
    end_reason: str | None
    started_at: datetime
    finished_at: datetime | None
    time_used: float | None
    score: Score
    questions: tuple[ReviewedQuestion, ...]
    profile: str = ""  # the name of the profile that made it


# --- the progress charts -----------------------------------------------------------------------


@dataclass(frozen=True)
class BankProgress:
    """A profile's progress at a bank over its finished attempts (``quizapp.stats.progress``).

    ``scores`` and ``times`` are oldest first, ``tags`` weakest first; all are
    empty when the profile has no finished attempt at the bank.
    """

    bank_id: str
    title: str
    bank_available: bool  # False once the bank has left the library
    scores: tuple[ScorePoint, ...]
    pass_mark: float | None  # the latest attempt's
    tags: tuple[TagMastery, ...]
    times: tuple[TimePoint, ...]

    @property
    def empty(self) -> bool:
        return not self.scores


@dataclass(frozen=True)
class DataSource:
    """What the teacher's views read: this computer's store, or a class's database."""

    class_name: str | None  # None: this computer's own store
    server: str | None = None  # host:port of the class's server

    @property
    def is_class(self) -> bool:
        return self.class_name is not None
