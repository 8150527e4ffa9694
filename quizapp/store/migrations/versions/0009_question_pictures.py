"""Question pictures: their bytes by SHA-256, and which picture each question version showed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pictures",
        sa.Column("picture_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("picture_hash", name=op.f("pk_pictures")),
    )
    op.create_table(
        "version_pictures",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("picture_hash", sa.String(length=64), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["content_hash"],
            ["question_versions.content_hash"],
            name=op.f("fk_version_pictures_content_hash_question_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["picture_hash"],
            ["pictures.picture_hash"],
            name=op.f("fk_version_pictures_picture_hash_pictures"),
        ),
        sa.PrimaryKeyConstraint(
            "content_hash", "path", "picture_hash", name=op.f("pk_version_pictures")
        ),
    )


def downgrade() -> None:
    op.drop_table("version_pictures")
    op.drop_table("pictures")
