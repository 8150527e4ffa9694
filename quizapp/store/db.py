"""The database engine: URL, SQLite pragmas, migrations to head, sessions.

One engine for the application; a new ``Session`` per unit of work::

    engine = open_database(sqlite_url(data_dir / "quizapp.db"))
    with session_scope(engine) as session:   # commits, or rolls back on error
        ...

Query functions elsewhere in the store take ``*, session`` and leave the
transaction to their caller. All SQLite-specific SQL lives in this module;
everything else is portable SQLAlchemy (a shared PostgreSQL is planned).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    URL,
    Connection,
    Dialect,
    Engine,
    Float,
    Table,
    cast,
    column,
    create_engine,
    event,
    func,
    insert,
    inspect,
    make_url,
    select,
    table,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool
from sqlalchemy.sql.dml import Insert
from sqlmodel import Session

from quizapp.storage import (
    StorageError,
    StorageProblem,
    create_private_file,
    make_private_dir,
)

MIGRATIONS_FOLDER = Path(__file__).resolve().with_name("migrations")
# The newest migration's revision; a test keeps it equal to Alembic's head.
SCHEMA_REVISION = "0010"
_ALEMBIC_VERSION = table("alembic_version", column("version_num"))

# The settings of every connection. WAL lets readers work while one writer writes;
# busy_timeout makes a second writer wait instead of failing at once.
SQLITE_PRAGMAS = (
    "busy_timeout=5000",
    "journal_mode=WAL",
    "foreign_keys=ON",
    "synchronous=NORMAL",
)
# journal_mode=WAL is written into the file, so it is set once the file is known to be
# QuizApp's (or new); the others are set on each new connection and write nothing.
_WAL = "journal_mode=WAL"
_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_HEADER_SIZE = 100


BeforeMigration = Callable[[str], object]


class MigrationError(RuntimeError):
    """The database could not be brought to the schema this version of the app uses."""


class NewerSchemaError(StorageError, MigrationError):
    """The database was made by a newer QuizApp (a MigrationError, as it was before)."""


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite database file at ``path`` (made absolute)."""
    return URL.create("sqlite", database=str(path.absolute())).render_as_string()


def open_database(url: str, before_migration: BeforeMigration | None = None) -> Engine:
    """An engine for ``url`` whose database has been migrated to the newest schema.

    For SQLite the file and its folder are created when missing, private to
    the user, and an in-memory database is kept on one shared connection so
    every session sees it.

    StorageError, with a message for the user, when the database cannot be used:
    a bad URL, a folder, a file that is not a QuizApp database or is damaged, a
    newer schema, no right to write. Nothing is written to a database that is
    neither new nor recognised as QuizApp's. Any later read or write that finds
    the file damaged or unwritable raises StorageError too.

    ``before_migration(revision)`` is called before a database at an older
    revision is migrated (to back it up).
    """
    engine = _create_engine(_parse_url(url))
    try:
        upgrade_to_head(engine, before_migration)
    except DBAPIError as error:  # no bad file: a server that is down, a lock held too long
        engine.dispose()
        detail = _first_line(error.orig or error)
        raise StorageError(StorageProblem.UNAVAILABLE, where(engine.url), detail) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed at the end, or rolled back on an exception."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the write lock from its start, so what it reads stays true.

    Check, then write, inside it: no other writer can change the rows
    checked in between. On SQLite it begins with ``BEGIN IMMEDIATE``; a second
    writer waits for it (``busy_timeout``) and then reads what it committed.
    """
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        yield connection


def seconds_between(start: Any, end: Any, dialect_name: str) -> Any:
    """SQL for the seconds from ``start`` to ``end``, two stored instants (None if either is)."""
    if dialect_name == "sqlite":
        # julianday() is a float of days: good to some microseconds, so rounded to the ms.
        return func.round((func.julianday(end) - func.julianday(start)) * 86400.0, 3)
    # extract() gives numeric, which the driver makes into a Decimal per row: slow for a
    # million rows, and no more exact than the float the statistics compute with.
    return cast(func.extract("epoch", end - start), Float)


def insert_ignoring_duplicates(dialect_name: str, table: Table, key: Sequence[str]) -> Insert:
    """``INSERT ... ON CONFLICT (key) DO NOTHING`` for this database.

    Rows whose ``key`` already exists are skipped without an error; the result's
    ``rowcount`` says how many rows were really added.
    """
    if dialect_name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(key))
    if dialect_name == "postgresql":
        # Imported here: the PostgreSQL dialect costs ~90 ms at every SQLite start.
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(key))
    raise NotImplementedError(f"no insert-or-ignore for the {dialect_name!r} database")


# --- engine ---------------------------------------------------------------------------------


def _parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise StorageError(StorageProblem.BAD_URL, _hide_password(url), "not a URL") from None


def _hide_password(url: str) -> str:
    """``url`` with any password replaced by ``***``, even when SQLAlchemy cannot parse it."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def where(url: URL) -> str:
    """The database as a message names it: a SQLite file's path, else the URL without password."""
    file = _sqlite_file(url)
    return str(file) if file is not None else url.render_as_string(hide_password=True)


def _sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL; None for another database, in memory, or a ``file:`` URI."""
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    return None if database.startswith("file:") else Path(database)


def _create_engine(url: URL) -> Engine:
    try:
        engine = _new_engine(url)
    except (ArgumentError, ImportError) as error:
        raise StorageError(StorageProblem.BAD_URL, where(url), _first_line(error)) from None
    event.listen(engine, "handle_error", _storage_error_instead)
    return engine


def _new_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    file = _sqlite_file(url)
    if file is None:
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        _check_sqlite_file(file)
        engine = create_engine(url)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            if pragma != _WAL:
                cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


# --- what cannot be used --------------------------------------------------------------------


def _check_sqlite_file(path: Path) -> None:
    """Make a missing file (and folder) private and empty; refuse one that is not SQLite."""
    if path.is_dir():
        raise StorageError(StorageProblem.IS_FOLDER, path)
    try:
        make_private_dir(path.parent)
        create_private_file(path)
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would hang or never end
            raise StorageError(StorageProblem.NOT_QUIZAPP, path, "it is not a regular file")
        with path.open("rb") as file:
            header = file.read(_SQLITE_HEADER_SIZE)
    except OSError as error:
        raise StorageError(_os_error_kind(error), path, error.strerror or str(error)) from None
    if header and not header.startswith(_SQLITE_HEADER):
        raise StorageError(StorageProblem.NOT_QUIZAPP, path, "it is not an SQLite database")
    if header and len(header) < _SQLITE_HEADER_SIZE:
        raise StorageError(StorageProblem.DAMAGED, path, "it is cut short")


def _os_error_kind(error: OSError) -> StorageProblem:
    if isinstance(error, PermissionError):
        return StorageProblem.READ_ONLY
    return StorageProblem.UNAVAILABLE


def _storage_error_instead(context: ExceptionContext) -> None:
    """Raise a StorageError in place of a driver error that means the file cannot be used."""
    error = _classify(context.original_exception, context.engine)
    if error is not None:
        raise error from context.original_exception


def _classify(error: BaseException, engine: Engine | None) -> StorageError | None:
    if engine is None:
        return None
    detail = _first_line(error)
    text = detail.lower()
    place = where(engine.url)
    if "file is not a database" in text or "malformed" in text:
        return StorageError(StorageProblem.DAMAGED, place, detail)
    if "readonly database" in text or "read-only" in text:
        return StorageError(StorageProblem.READ_ONLY, place, detail)
    if "unable to open database file" in text or "disk i/o error" in text:
        file = _sqlite_file(engine.url)
        kind = StorageProblem.UNAVAILABLE
        if file is not None and not _writable(file):
            kind = StorageProblem.READ_ONLY
        return StorageError(kind, place, detail)
    return None


def _writable(file: Path) -> bool:
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


# --- migrations -----------------------------------------------------------------------------


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Any:
    """An Alembic ``Config`` for the store's migrations (for the app and for developers)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration's revision id, as Alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError("the store has no migrations")
    return head


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    """Every revision this app's migrations know (a database at another is from a newer app)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None for a database never migrated.

    Read with plain SQLAlchemy: importing Alembic costs more than the check.
    """
    if not inspect(connection).has_table(_ALEMBIC_VERSION.name):
        return None
    revisions = connection.execute(select(_ALEMBIC_VERSION.c.version_num)).scalars().all()
    return revisions[0] if len(revisions) == 1 else None


def upgrade_to_head(engine: Engine, before_migration: BeforeMigration | None = None) -> None:
    """Run the migrations the database lacks; cheap when it is already at head.

    A database that is neither empty nor QuizApp's, or is from a newer QuizApp,
    raises StorageError before anything is written to it. ``before_migration``
    is called with the revision of a database about to be migrated.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
        if current != SCHEMA_REVISION:
            _refuse_unknown_revision(connection, current)
        connection.rollback()  # end the read, so what follows has transactions of its own
        _use_wal(connection)
        if current != SCHEMA_REVISION:
            if current is not None and before_migration is not None:
                before_migration(current)
            _upgrade(connection)


def _use_wal(connection: Connection) -> None:
    if _sqlite_file(connection.engine.url) is not None:
        connection.exec_driver_sql(f"PRAGMA {_WAL}")
        connection.rollback()


def _refuse_unknown_revision(connection: Connection, revision: str | None) -> None:
    """A database from a newer QuizApp, or not QuizApp's, is left alone, with a message."""
    if revision is None:
        _refuse_unrecognised(connection)
        return
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        raise NewerSchemaError(
            StorageProblem.NEWER,
            where(connection.engine.url),
            f"schema revision {revision!r} (this QuizApp knows up to {SCHEMA_REVISION!r})",
        ) from None


def _refuse_unrecognised(connection: Connection) -> None:
    """Only an empty database is given QuizApp's tables; Alembic's own table may be there."""
    from quizapp.store.tables import metadata

    tables = set(inspect(connection).get_table_names()) - {_ALEMBIC_VERSION.name}
    if not tables:
        return
    place = where(connection.engine.url)
    if tables & set(metadata.tables):
        raise StorageError(StorageProblem.NO_VERSION, place)
    names = ", ".join(sorted(tables)[:5])
    raise StorageError(StorageProblem.NOT_QUIZAPP, place, f"it holds other tables: {names}")


def _upgrade(connection: Connection) -> None:
    from alembic import command

    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # SQLite alters a table by copying it, which foreign keys would break;
        # the pragma is ignored inside a transaction, so it is switched first.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        with connection.begin():
            if is_sqlite:
                # Take the write lock now, so a second app starting at the same
                # moment waits and then finds the schema already at head.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            command.upgrade(alembic_config(connection=connection), "head")
            if is_sqlite:
                _check_foreign_keys(connection)
    finally:
        if is_sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise MigrationError(f"migration left {len(broken)} broken foreign key(s): {broken[:5]}")


def bulk_insert(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    skip_duplicates_of: Sequence[str] = (),
) -> None:
    """Insert many rows in one ``executemany``, with no per-row work by SQLAlchemy.

    For columns of plain types only (text, numbers, booleans): the values go to
    the driver as they are, without type processing. The statement is still
    compiled by SQLAlchemy for this database. ``skip_duplicates_of`` names a
    unique key whose existing rows are left alone.
    """
    if not rows:
        return
    sql, order = _bulk_insert_sql(
        connection.dialect, table, tuple(rows[0]), tuple(skip_duplicates_of)
    )
    params: Any = rows
    if order:  # positional parameters: one tuple per row
        values_of = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
        params = [values_of(row) for row in rows]
    connection.exec_driver_sql(sql, params)


@lru_cache(maxsize=64)
def _bulk_insert_sql(
    dialect: Dialect, table: Table, columns: tuple[str, ...], skip_duplicates_of: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """The INSERT's SQL text for this database, and its parameter order if positional."""
    statement = (
        insert_ignoring_duplicates(dialect.name, table, skip_duplicates_of)
        if skip_duplicates_of
        else insert(table)
    )
    compiled = statement.compile(dialect=dialect, column_keys=list(columns))
    order = tuple(compiled.positiontup or ()) if compiled.positional else ()
    return compiled.string, order
