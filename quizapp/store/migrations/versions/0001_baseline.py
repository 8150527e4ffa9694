"""Baseline: banks, question versions, questions, profiles, attempts, answers.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "banks",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("authors", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("reading", sa.Text(), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("imported_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_banks")),
    )
    op.create_index(op.f("ix_banks_path"), "banks", ["path"], unique=False)

    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=240), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profiles")),
        sa.UniqueConstraint("name_key", name=op.f("uq_profiles_name_key")),
    )

    op.create_table(
        "question_versions",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_question_versions")),
    )

    op.create_table(
        "attempts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.String(length=64), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("question_order", sa.JSON(), nullable=False),
        sa.Column("question_hashes", sa.JSON(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("total_points", sa.Float(), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("deadline", _utc(), nullable=True),
        sa.Column("finished_at", _utc(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("end_reason", sa.String(length=32), nullable=True),
        sa.Column("current_question_id", sa.String(length=64), nullable=True),
        sa.Column("current_shown_at", _utc(), nullable=True),
        sa.ForeignKeyConstraint(["bank_id"], ["banks.id"], name=op.f("fk_attempts_bank_id_banks")),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_attempts_profile_id_profiles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
    )
    op.create_index(
        "ix_attempts_profile_id_bank_id", "attempts", ["profile_id", "bank_id"], unique=False
    )
    op.create_index(op.f("ix_attempts_started_at"), "attempts", ["started_at"], unique=False)

    op.create_table(
        "questions",
        sa.Column("bank_id", sa.String(length=64), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["bank_id"], ["banks.id"], name=op.f("fk_questions_bank_id_banks")),
        sa.ForeignKeyConstraint(
            ["content_hash"],
            ["question_versions.content_hash"],
            name=op.f("fk_questions_content_hash_question_versions"),
        ),
        sa.PrimaryKeyConstraint("bank_id", "question_id", name=op.f("pk_questions")),
    )

    op.create_table(
        "answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("attempt_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("possible", sa.Float(), nullable=False),
        sa.Column("shown_at", _utc(), nullable=False),
        sa.Column("answered_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_answers_attempt_id_attempts")
        ),
        sa.ForeignKeyConstraint(
            ["content_hash"],
            ["question_versions.content_hash"],
            name=op.f("fk_answers_content_hash_question_versions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
        sa.UniqueConstraint("attempt_id", "seq", name=op.f("uq_answers_attempt_id_seq")),
    )


def downgrade() -> None:
    op.drop_table("answers")
    op.drop_table("questions")
    op.drop_index(op.f("ix_attempts_started_at"), table_name="attempts")
    op.drop_index("ix_attempts_profile_id_bank_id", table_name="attempts")
    op.drop_table("attempts")
    op.drop_table("question_versions")
    op.drop_table("profiles")
    op.drop_index(op.f("ix_banks_path"), table_name="banks")
    op.drop_table("banks")
