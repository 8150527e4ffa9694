"""Profiles get UUIDs; an outbox of events for a class database; the class link.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _give_profiles_uuids()
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_outbox_profile_id_profiles")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("id", name=op.f("uq_outbox_id")),
    )
    op.create_index("ix_outbox_profile_id", "outbox", ["profile_id"])
    op.create_index("ix_outbox_sent_at_seq", "outbox", ["sent_at", "seq"])
    op.create_table(
        "class_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_name", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("database", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failure", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_class_link_profile_id_profiles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_link")),
    )


def _give_profiles_uuids() -> None:
    # Added with an empty default (SQLite adds no NOT NULL column without one),
    # filled one profile at a time (no portable SQL makes a UUID), then indexed
    # unique. An index, not a constraint: a plain DROP COLUMN can undo it.
    op.add_column(
        "profiles",
        sa.Column("uuid", sa.String(length=36), nullable=False, server_default=sa.text("''")),
    )
    connection = op.get_bind()
    profiles = sa.table("profiles", sa.column("id", sa.Integer()), sa.column("uuid", sa.String()))
    for (profile_id,) in connection.execute(sa.select(profiles.c.id)).all():
        connection.execute(
            profiles.update().where(profiles.c.id == profile_id).values(uuid=str(uuid.uuid4()))
        )
    op.create_index("ix_profiles_uuid", "profiles", ["uuid"], unique=True)


def downgrade() -> None:
    op.drop_table("class_link")
    op.drop_index("ix_outbox_sent_at_seq", table_name="outbox")
    op.drop_index("ix_outbox_profile_id", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_profiles_uuid", table_name="profiles")
    op.drop_column("profiles", "uuid")
