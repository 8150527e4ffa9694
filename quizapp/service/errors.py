"""What a use case refuses, as exceptions the CLI and the UI each put into words.

Nothing here imports the store, so the UI can test for these before the
database code is loaded.
"""

from __future__ import annotations

from pathlib import Path


class ServiceError(Exception):
    """A use case that cannot be carried out as asked; the message says why, in English."""


class AttemptsUsedUpError(ServiceError):
    """The profile has used every attempt the bank allows."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(f"no attempts left at bank {bank_id!r}")
        self.bank_id = bank_id


class BankNotAvailableError(ServiceError):
    """The bank is not in the library (never stored, or its file left the library)."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(f"bank {bank_id!r} is not in the library")
        self.bank_id = bank_id


class BackupUnavailableError(ServiceError):
    """Backups are of a SQLite database file; this database is another kind."""

    def __init__(self, database_url: str) -> None:
        super().__init__("backups are made of the SQLite database file only, not of this database")
        self.database_url = database_url


class NotQuizAppDatabaseError(ServiceError):
    """The file to restore is not a QuizApp database."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not a QuizApp database")
        self.path = path


class NewerDatabaseError(ServiceError):
    """The file to restore was made by a newer QuizApp (a schema revision this one lacks)."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} was made by a newer QuizApp (schema revision {revision!r}); "
            "restore it with that version"
        )
        self.path = path
        self.revision = revision


class DamagedBackupError(ServiceError):
    """The file to restore fails SQLite's integrity check."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is damaged (it fails SQLite's quick_check)")
        self.path = path


class AppRunningError(ServiceError):
    """QuizApp is running on this data folder: its database may not be replaced now."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"QuizApp is running on the data folder {data_dir}; close it first")
        self.data_dir = data_dir


class NoDatabaseYetError(ServiceError):
    """There is no database file to back up yet."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"there is no database at {path} yet: nothing to back up")
        self.path = path


class UnknownBankError(ServiceError):
    """No bank of this id was ever stored."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(f"no bank {bank_id!r} is stored")
        self.bank_id = bank_id


class UnknownProfileError(ServiceError):
    """No profile has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no profile is named {name!r}")
        self.name = name


class ProfileNameTakenError(ServiceError):
    """Another profile already has the name asked for."""

    def __init__(self, name: str) -> None:
        super().__init__(f"another profile is already called {name!r}")
        self.name = name


class WrongPinError(ServiceError):
    """The teacher PIN given is not the one set (or none was given while one is set)."""

    def __init__(self) -> None:
        super().__init__("the teacher PIN is wrong")


class NoPinError(ServiceError):
    """A use case needs the teacher PIN, and none is set."""

    def __init__(self) -> None:
        super().__init__("no teacher PIN is set")


class UnknownAttemptError(ServiceError):
    """No attempt of this id is stored."""

    def __init__(self, attempt_id: str) -> None:
        super().__init__(f"no attempt {attempt_id!r} is stored")
        self.attempt_id = attempt_id
