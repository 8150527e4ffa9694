"""An index on reviews by profile and time: the study streak asks it once per day.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_reviews_profile_id_reviewed_at", "reviews", ["profile_id", "reviewed_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_reviews_profile_id_reviewed_at", table_name="reviews")
