"""Alembic's environment for the store.

The app runs migrations through :func:`quizapp.store.db.open_database`, which
passes its open connection (already inside the migration's transaction) in
``config.attributes["connection"]``. For a developer writing a new revision:

    from alembic import command
    from quizapp.store.db import alembic_config
    command.revision(alembic_config("sqlite:////tmp/dev.db"), "what changed", autogenerate=True)

(on a database already at head), then review the file: migrations use plain
``sa`` types, never the app's own classes.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from quizapp.store.tables import metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite alters a table by copying it; batch mode writes the copy.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: set sqlalchemy.url or pass a connection")
    engine = create_engine(url)
    try:
        with engine.connect() as new_connection:
            _configure(new_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
