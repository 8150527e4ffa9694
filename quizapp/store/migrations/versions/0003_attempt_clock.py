"""Attempts remember when they were last opened, and count clocks found set back.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Attempts made before this revision were never opened again on record,
    # and no set-back clock was ever counted for them.
    op.add_column("attempts", sa.Column("last_opened_at", sa.DateTime(timezone=True)))
    op.add_column(
        "attempts",
        sa.Column("clock_setbacks", sa.Integer(), nullable=False, server_default=sa.text("0")),
    )


def downgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.drop_column("clock_setbacks")
        batch.drop_column("last_opened_at")
