"""Backups of the database: when to make them, which to keep, checking and restoring.

Backups go to ``backups/`` in the data folder (0700; each file 0600), named
``quizapp-<UTC instant>-<reason>.db``, the instant read from the injected
clock. The app makes one at start when the newest is a day old or more
(:meth:`Backups.make_if_due`), and :meth:`QuizService.open` one before every
migration; a restore first backs up what it replaces when that is sound. Of
those, the newest :data:`KEEP` are kept. ``quizapp backup FILE`` copies to a
file of the user's choosing, which is never pruned.

At start the app runs :meth:`Backups.check` (SQLite's ``quick_check``) before
anything writes; a database that fails it is left as it is and the newest
backup that passes it is offered.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.quiz.clock import Clock
from quizapp.service.errors import (
    BackupUnavailableError,
    DamagedBackupError,
    NewerDatabaseError,
    NoDatabaseYetError,
    NotQuizAppDatabaseError,
)
from quizapp.service.instance import app_stopped
from quizapp.service.types import BACKUP_FOLDER, BackupInfo, DatabaseHealth
from quizapp.store import backup as store_backup

KEEP = 7
DAILY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^quizapp-(\d{8}T\d{12}Z)-([a-z]+)(?:-\d+)?\.db$")


class Backups:
    """The backups of the database at ``database_url``, kept in ``data_dir``."""

    def __init__(self, database_url: str, data_dir: Path, clock: Clock) -> None:
        self._url = database_url
        self._data_dir = data_dir
        self._clock = clock

    @property
    def folder(self) -> Path:
        return self._data_dir / BACKUP_FOLDER

    def database_file(self) -> Path:
        """The SQLite file backed up; BackupUnavailableError for another kind of database."""
        path = store_backup.sqlite_file(self._url)
        if path is None:
            raise BackupUnavailableError(self._url)
        return path

    def list(self) -> list[BackupInfo]:
        """The backups in the folder, newest first."""
        if not self.folder.is_dir():
            return []
        found = [info for path in self.folder.iterdir() if (info := _info(path)) is not None]
        return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)

    # --- making ------------------------------------------------------------------------

    def make(self, target: Path | None = None, *, reason: str = "manual") -> Path:
        """Back the database up to ``target``, or into the folder (then keep the newest 7)."""
        path = self._make(target, reason)
        if target is None:
            self.prune()
        return path

    def make_if_due(self) -> Path | None:
        """The daily backup: made when the newest backup is a day old or more (or none)."""
        if store_backup.sqlite_file(self._url) is None or not self.database_file().exists():
            return None
        newest = next(iter(self.list()), None)
        now = self._clock.now()
        # A backup "from the future" (the clock was set back) does not count.
        if newest is not None and now - DAILY < newest.made_at <= now:
            return None
        return self.make(reason="daily")

    def before_migration(self, revision: str) -> None:
        """Called by the store before it migrates a database at an older ``revision``."""
        if store_backup.sqlite_file(self._url) is not None:
            self.make(reason="migration")

    def prune(self) -> None:
        """Remove all but the newest :data:`KEEP` backups."""
        for info in self.list()[KEEP:]:
            info.path.unlink(missing_ok=True)

    # --- checking and restoring --------------------------------------------------------

    def check(self) -> DatabaseHealth:
        """``quick_check`` on the database file; when it fails, the newest backup that passes."""
        path = store_backup.sqlite_file(self._url)
        if path is None or not path.exists():
            return DatabaseHealth(ok=True, file=path)
        result = store_backup.quick_check(path)
        if result.ok:
            return DatabaseHealth(ok=True, file=path)
        return DatabaseHealth(
            ok=False, file=path, problems=result.problems, newest_good=self.newest_good()
        )

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that is QuizApp's, of a known revision, and passes ``quick_check``."""
        for info in self.list():
            with contextlib.suppress(ValueError):
                store_backup.revision_of(info.path)
                if store_backup.quick_check(info.path).ok:
                    return info
        return None

    def restore(self, source: Path, *, app_lock_held: bool = False) -> Path | None:
        """Replace the database with the backup ``source``; the backup of what it replaced.

        Refused (a ServiceError) for a file that is not a QuizApp database, one
        from a newer QuizApp, a damaged one, and while the app runs on the data
        folder (unless the caller is that app: ``app_lock_held``). The replaced
        database is backed up first when it is sound, and set aside in the
        folder (``damaged-…``) when it is not.
        """
        database = self.database_file()
        with _refusals(source):
            store_backup.revision_of(source)
            if not store_backup.quick_check(source).ok:
                raise DamagedBackupError(source)
        lock = contextlib.nullcontext() if app_lock_held else app_stopped(self._data_dir)
        with lock, _refusals(source):
            replaced = self._keep_replaced(database)
            store_backup.replace_database(source, database)
        self.prune()
        return replaced

    # --- inside ------------------------------------------------------------------------

    def _make(self, target: Path | None, reason: str) -> Path:
        source = self.database_file()
        if not source.exists():
            raise NoDatabaseYetError(source)
        if target is None:
            _private_folder(self.folder)
            target = self._new_name(reason)
        with _refusals(source):
            store_backup.copy_database(source, target)
        return target

    def _new_name(self, reason: str) -> Path:
        stamp = self._clock.now().astimezone(UTC).strftime(_STAMP)
        path = self.folder / f"quizapp-{stamp}-{reason}.db"
        number = 1
        while path.exists():
            number += 1
            path = self.folder / f"quizapp-{stamp}-{reason}-{number}.db"
        return path

    def _keep_replaced(self, database: Path) -> Path | None:
        if not database.exists():
            return None
        if store_backup.quick_check(database).ok:
            return self._make(None, "restore")
        return self._set_aside(database)

    def _set_aside(self, database: Path) -> Path:
        """Move a damaged database (with its -wal and -shm) into ``backups/damaged-…/``."""
        stamp = self._clock.now().astimezone(UTC).strftime(_STAMP)
        aside = self.folder / f"damaged-{stamp}"
        _private_folder(self.folder)
        aside.mkdir(mode=0o700)
        for suffix in ("", "-wal", "-shm"):
            part = database.with_name(database.name + suffix)
            if part.exists():
                os.replace(part, aside / part.name)
        return aside / database.name


@contextlib.contextmanager
def _refusals(source: Path) -> Iterator[None]:
    """The store's refusals, as the service's own errors."""
    try:
        yield
    except store_backup.NewerDatabaseError as error:
        raise NewerDatabaseError(source, error.revision) from None
    except store_backup.NotQuizAppDatabaseError:
        raise NotQuizAppDatabaseError(source) from None
    except store_backup.DamagedDatabaseError:
        raise DamagedBackupError(source) from None


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    made_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
    return BackupInfo(path=path, made_at=made_at, reason=match[2])


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
