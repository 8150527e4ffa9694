"""Attempts get a mode: exam, practice, review or mistakes (existing attempts are exams).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "attempts",
        sa.Column("mode", sa.String(length=16), nullable=False, server_default=sa.text("'exam'")),
    )
    op.create_index(
        "ix_attempts_profile_id_mode_bank_id", "attempts", ["profile_id", "mode", "bank_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_attempts_profile_id_mode_bank_id", table_name="attempts")
    # A plain DROP COLUMN (SQLite 3.35+), as 0004 does: a batch copy of ``attempts``
    # would trip the foreign key of ``answers``.
    op.drop_column("attempts", "mode")
