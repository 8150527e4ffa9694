"""Study cards and their review log; a desired retention per profile.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "profiles",
        sa.Column(
            "desired_retention", sa.Float(), nullable=False, server_default=sa.text("0.9")
        ),
    )
    op.create_table(
        "cards",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.String(length=64), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_review", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bank_id"], ["banks.id"], name=op.f("fk_cards_bank_id_banks")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_cards_profile_id_profiles")
        ),
        sa.PrimaryKeyConstraint("profile_id", "bank_id", "question_id", name=op.f("pk_cards")),
    )
    op.create_index("ix_cards_profile_id_due", "cards", ["profile_id", "due"])
    op.create_table(
        "reviews",
        sa.Column("answer_id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.String(length=64), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answers.id"], name=op.f("fk_reviews_answer_id_answers")
        ),
        sa.ForeignKeyConstraint(
            ["bank_id"], ["banks.id"], name=op.f("fk_reviews_bank_id_banks")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_reviews_profile_id_profiles")
        ),
        sa.PrimaryKeyConstraint("answer_id", name=op.f("pk_reviews")),
    )
    op.create_index(
        "ix_reviews_profile_id_bank_id_question_id",
        "reviews",
        ["profile_id", "bank_id", "question_id", "reviewed_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_reviews_profile_id_bank_id_question_id", table_name="reviews")
    op.drop_table("reviews")
    op.drop_index("ix_cards_profile_id_due", table_name="cards")
    op.drop_table("cards")
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of ``profiles`` would trip
    # the foreign keys of the tables that refer to it.
    op.drop_column("profiles", "desired_retention")
