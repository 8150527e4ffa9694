"""Every table of the store, in one module (SQLModel's advice against import cycles).

The schema itself is made by the Alembic migrations in ``migrations/``; a test
checks that the baseline and these classes describe the same tables.

Identity follows the format spec: a bank is its slug id, a question is
(bank id, question id). Questions are never deleted: one removed from its file
becomes inactive. ``question_versions`` holds the canonical JSON of every
version of every question ever stored or graded, keyed by its content hash and
never changed, so an answer's snapshot stays true whatever happens to the bank.
Answers are an append-only log; the latest row per (attempt, question) counts.
Datetimes are aware UTC in Python and stored as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    Index,
    LargeBinary,
    MetaData,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import registry
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

# Named constraints let future migrations alter tables on SQLite (batch mode).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SLUG_LENGTH = 64
HASH_LENGTH = 64  # SHA-256, hexadecimal
UUID_LENGTH = 36
PROFILE_NAME_LENGTH = 80


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as UTC; naive datetimes are refused.

    SQLite keeps no time zone, so values come back naive and are marked UTC
    here; PostgreSQL gets ``timestamp with time zone``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: store aware UTC instants only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class AttemptStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"


class StoreTable(
    SQLModel, registry=registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))
):
    """Base of the store's tables: their own metadata, apart from any other SQLModel."""


class StoredBank(StoreTable, table=True):
    __tablename__ = "banks"

    id: str = Field(primary_key=True, max_length=SLUG_LENGTH)  # the bank's slug
    title: str
    language: str = Field(max_length=35)
    path: str = Field(index=True)  # absolute path of the file it was last read from
    file_size: int = Field(sa_type=BigInteger)
    mtime_ns: int = Field(sa_type=BigInteger)
    file_hash: str = Field(max_length=HASH_LENGTH)  # SHA-256 of the file's bytes
    settings: dict[str, Any] = Field(sa_type=JSON)
    description: str | None = Field(default=None, sa_type=Text)
    authors: list[str] = Field(sa_type=JSON)
    tags: list[str] = Field(sa_type=JSON)
    reading: str | None = Field(default=None, sa_type=Text)
    hidden: bool = False
    # Imported by name (``quizapp import``): stays visible while its file
    # exists, even outside the library folders.
    pinned: bool = False
    imported_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class QuestionVersion(StoreTable, table=True):
    """One version of a question: canonical JSON, written once and never changed."""

    __tablename__ = "question_versions"

    content_hash: str = Field(primary_key=True, max_length=HASH_LENGTH)
    type: str = Field(max_length=32)
    data: str = Field(sa_type=Text)  # canonical JSON, exactly what the hash was computed over


class StoredPicture(StoreTable, table=True):
    """A question's picture, by the SHA-256 of its bytes: stored once, whoever uses it."""

    __tablename__ = "pictures"

    picture_hash: str = Field(primary_key=True, max_length=HASH_LENGTH)
    kind: str = Field(max_length=8)  # PNG, JPEG, SVG or WebP, by its content
    size: int
    data: bytes = Field(sa_type=LargeBinary)


class VersionPicture(StoreTable, table=True):
    """The picture a question version showed, captured from the bank's folder.

    A version's text holds only the picture's path, so its file may change while
    the version stays the same: each different picture seen at that path gets a
    row, with when it was first seen, and a review takes the one its attempt saw.
    Rows are only ever added.
    """

    __tablename__ = "version_pictures"

    content_hash: str = Field(
        primary_key=True, foreign_key="question_versions.content_hash", max_length=HASH_LENGTH
    )
    path: str = Field(primary_key=True)  # as written in the question
    picture_hash: str = Field(
        primary_key=True, foreign_key="pictures.picture_hash", max_length=HASH_LENGTH
    )
    captured_at: datetime = Field(sa_type=UTCDateTime)


class StoredQuestion(StoreTable, table=True):
    __tablename__ = "questions"

    bank_id: str = Field(primary_key=True, foreign_key="banks.id", max_length=SLUG_LENGTH)
    question_id: str = Field(primary_key=True, max_length=SLUG_LENGTH)
    position: int  # 0-based order in the file
    type: str = Field(max_length=32)
    points: float
    content_hash: str = Field(foreign_key="question_versions.content_hash", max_length=HASH_LENGTH)
    active: bool = True  # False once the question is gone from its file


class Profile(StoreTable, table=True):
    __tablename__ = "profiles"
    __table_args__ = (Index("ix_profiles_uuid", "uuid", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=PROFILE_NAME_LENGTH)
    # The trimmed, case-folded name: unique, so "Ana" and " ana " are one profile.
    name_key: str = Field(unique=True, max_length=PROFILE_NAME_LENGTH * 3)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # The chance of recall, 0-1, that study schedules aim at (FSRS's desired retention).
    desired_retention: float = Field(default=0.9, sa_column_kwargs={"server_default": text("0.9")})
    # Who the profile is outside this computer (a class database); the integer id stays local.
    uuid: str = Field(
        default_factory=lambda: str(uuid4()),
        max_length=UUID_LENGTH,
        sa_column_kwargs={"server_default": text("''")},
    )


class Attempt(StoreTable, table=True):
    __tablename__ = "attempts"
    __table_args__ = (
        Index("ix_attempts_profile_id_bank_id", "profile_id", "bank_id"),
        Index("ix_attempts_profile_id_mode_bank_id", "profile_id", "mode", "bank_id"),
    )

    id: str = Field(primary_key=True, max_length=UUID_LENGTH)
    profile_id: int = Field(foreign_key="profiles.id")
    bank_id: str = Field(foreign_key="banks.id", max_length=SLUG_LENGTH)
    seed: int = Field(sa_type=BigInteger)
    question_order: list[str] = Field(sa_type=JSON)  # ids of the drawn questions, as asked
    # Content hashes of those questions when the attempt started, in the same
    # order: the attempt can be resumed as it began even if the bank changed.
    question_hashes: list[str] = Field(sa_type=JSON)
    settings: dict[str, Any] = Field(sa_type=JSON)  # the bank's settings when it started
    total_points: float  # sum of the drawn questions' points when it started
    started_at: datetime = Field(sa_type=UTCDateTime, index=True)
    deadline: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status: str = Field(default=AttemptStatus.IN_PROGRESS.value, max_length=16)
    end_reason: str | None = Field(default=None, max_length=32)
    current_question_id: str | None = Field(default=None, max_length=SLUG_LENGTH)
    current_shown_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Ids of the questions flagged for review, in the order drawn (kept across a restart).
    flagged: list[str] = Field(
        default_factory=list, sa_type=JSON, sa_column_kwargs={"server_default": text("'[]'")}
    )
    # When the attempt was last opened or resumed, on its own timeline: a resume
    # never counts time from before it, however the wall clock was set.
    last_opened_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # How many resumes found the wall clock set back behind the attempt's latest instant.
    clock_setbacks: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    # quizapp.learn.modes.Mode: only "exam" attempts count for max_attempts, scores and statistics.
    mode: str = Field(
        default="exam", max_length=16, sa_column_kwargs={"server_default": text("'exam'")}
    )


class Answer(StoreTable, table=True):
    """One submitted answer. Rows are only ever added; the latest per question counts."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "seq"),)

    id: str = Field(primary_key=True, max_length=UUID_LENGTH)
    attempt_id: str = Field(foreign_key="attempts.id", max_length=UUID_LENGTH)
    seq: int  # 1, 2, ... within the attempt, in the order the answers were given
    question_id: str = Field(max_length=SLUG_LENGTH)
    content_hash: str = Field(foreign_key="question_versions.content_hash", max_length=HASH_LENGTH)
    response: Any = Field(default=None, sa_type=JSON, nullable=False)  # JSON null for none
    points: float
    possible: float
    shown_at: datetime = Field(sa_type=UTCDateTime)
    answered_at: datetime = Field(sa_type=UTCDateTime)


class StudyCard(StoreTable, table=True):
    """A question as one profile studies it: its FSRS state after every answer given so far.

    Worked out from ``reviews`` (``quizapp.store.cards.replay_card`` does it
    again from scratch); kept so due counts need no replay.
    """

    __tablename__ = "cards"
    __table_args__ = (Index("ix_cards_profile_id_due", "profile_id", "due"),)

    profile_id: int = Field(primary_key=True, foreign_key="profiles.id")
    bank_id: str = Field(primary_key=True, foreign_key="banks.id", max_length=SLUG_LENGTH)
    question_id: str = Field(primary_key=True, max_length=SLUG_LENGTH)
    # The version last answered: a card whose question has changed since is due at once.
    content_hash: str = Field(max_length=HASH_LENGTH)
    state: int  # FSRS: 1 learning, 2 review, 3 relearning
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime = Field(sa_type=UTCDateTime)
    last_review: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reviews: int = 0


class StudyReview(StoreTable, table=True):
    """One answer as a review of its card: the card's log, in the order answered."""

    __tablename__ = "reviews"
    __table_args__ = (
        Index(
            "ix_reviews_profile_id_bank_id_question_id",
            "profile_id",
            "bank_id",
            "question_id",
            "reviewed_at",
        ),
        # The study streak: was there a review in this local day? (an index seek per day)
        Index("ix_reviews_profile_id_reviewed_at", "profile_id", "reviewed_at"),
    )

    answer_id: str = Field(primary_key=True, foreign_key="answers.id", max_length=UUID_LENGTH)
    profile_id: int = Field(foreign_key="profiles.id")
    bank_id: str = Field(foreign_key="banks.id", max_length=SLUG_LENGTH)
    question_id: str = Field(max_length=SLUG_LENGTH)
    rating: int  # FSRS: 1 again, 2 hard, 3 good, 4 easy
    reviewed_at: datetime = Field(sa_type=UTCDateTime)


class TeacherPin(StoreTable, table=True):
    """The teacher PIN, when one is set: one row, a salted scrypt hash and its parameters.

    The PIN itself is never stored; ``quizapp.service.pin`` makes and checks the hash.
    """

    __tablename__ = "teacher_pin"

    id: int = Field(default=1, primary_key=True)  # always 1: there is one PIN or none
    salt: str = Field(max_length=64)  # hexadecimal
    pin_hash: str = Field(max_length=128)  # hexadecimal scrypt output
    scrypt_n: int
    scrypt_r: int
    scrypt_p: int
    set_at: datetime = Field(sa_type=UTCDateTime)


class OutboxEvent(StoreTable, table=True):
    """A change that matters to a class database, waiting to be sent or sent already.

    Written in the same transaction as the change itself (an answer, an attempt
    started, flagged or finished, a profile named), never changed afterwards
    except for ``sent_at``; ``seq`` keeps the order they happened in. Each has its
    own UUID, so sending it twice adds it once (see ``quizapp.store.class_server``).
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_sent_at_seq", "sent_at", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=UUID_LENGTH)
    profile_id: int = Field(foreign_key="profiles.id", index=True)
    kind: str = Field(max_length=32)
    payload: dict[str, Any] = Field(sa_type=JSON)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ClassLink(StoreTable, table=True):
    """This computer's place in a class: the server, the student's role, the linked profile.

    One row or none. The role's password is never here: it is in the system
    keyring, or in a file of its own readable only by the user.
    """

    __tablename__ = "class_link"

    id: int = Field(default=1, primary_key=True)
    class_name: str = Field(max_length=SLUG_LENGTH)
    host: str = Field(max_length=255)
    port: int
    database: str = Field(max_length=SLUG_LENGTH)
    role: str = Field(max_length=SLUG_LENGTH)
    # None on the teacher's desktop: the teacher sends nothing and reads the whole class.
    profile_id: int | None = Field(default=None, foreign_key="profiles.id")
    teacher: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    joined_at: datetime = Field(sa_type=UTCDateTime)
    # The last sync that reached the server, and why the last one that did not failed.
    last_sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_failure_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_failure: str | None = Field(default=None, sa_type=Text)


metadata = StoreTable.metadata
