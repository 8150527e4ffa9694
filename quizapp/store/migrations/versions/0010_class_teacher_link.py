"""The class link can be the teacher's: no local profile, read-only over the class.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A batch copy (SQLite cannot drop NOT NULL in place); no table refers to class_link.
    with op.batch_alter_table("class_link") as batch:
        batch.alter_column("profile_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(
            sa.Column("teacher", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    op.execute("DELETE FROM class_link WHERE profile_id IS NULL")
    with op.batch_alter_table("class_link") as batch:
        batch.drop_column("teacher")
        batch.alter_column("profile_id", existing_type=sa.Integer(), nullable=False)
