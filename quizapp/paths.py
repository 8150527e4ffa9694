"""Where QuizApp keeps things: the data folder, the database, the library folders.

Every folder is resolved here, once, by functions the command line and the
desktop app share. Qt is imported lazily and only ``QtCore`` (for
``QStandardPaths`` and ``QSettings``), so the command line stays free of the UI.

Order of precedence for the data folder and the database: the command-line
option, then the environment variable, then the default.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

from quizapp import APP_NAME
from quizapp.storage import (
    StorageError,
    StorageProblem,
    create_private_file,
    make_private_dir,
    tighten,
)

DATA_DIR_ENV = "QUIZAPP_DATA_DIR"
DATABASE_URL_ENV = "QUIZAPP_DATABASE_URL"
DATABASE_FILE = "quizapp.db"
SETTINGS_FILE = "settings.ini"
LOG_FILE = "quizapp.log"
# What QuizApp keeps in a data folder: made private when found readable by others.
DATA_FILE_PATTERNS = (f"{DATABASE_FILE}*", f"{SETTINGS_FILE}*", f"{LOG_FILE}*")
# The preference holding the folders a user added to the library (a list of paths).
LIBRARY_FOLDERS_KEY = "library/folders"


class SettingsReader(Protocol):
    """What :func:`default_library_dirs` needs of a settings store (QSettings has it)."""

    def value(self, key: str, /, defaultValue: Any = ...) -> Any: ...


def set_application_names() -> None:
    """Name the application for Qt, so standard locations use ``quizapp``.

    No organisation name is set on purpose: Qt would put it in the path
    (``~/.local/share/ORG/quizapp``), and the data folder is ``~/.local/share/quizapp``.
    """
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)


def standard_data_dir() -> Path:
    """The per-user application data folder (``QStandardPaths.AppDataLocation``)."""
    from PySide6.QtCore import QStandardPaths

    set_application_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:  # no home folder at all: fall back to a dot folder beside the user
        return Path.home() / f".{APP_NAME}"
    return Path(location)


def resolve_data_dir(option: str | None) -> Path:
    """The data folder: ``--data-dir``, else ``QUIZAPP_DATA_DIR``, else the standard one.

    The folder is created when missing, readable by its owner only; the result
    is absolute. StorageError when it is a file or cannot be made.
    """
    chosen = option or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen).expanduser() if chosen else standard_data_dir()
    try:
        make_private_dir(path)
    except (FileExistsError, NotADirectoryError):
        raise StorageError(StorageProblem.DATA_DIR_NOT_FOLDER, path) from None
    except OSError as error:
        raise StorageError(StorageProblem.DATA_DIR_DENIED, path, error.strerror or "") from None
    return path.resolve()


def prepare_data_dir(option: str | None) -> tuple[Path, list[Path]]:
    """:func:`resolve_data_dir`, and make a folder QuizApp made earlier private if it is not.

    Earlier versions made the folder and its files readable by everyone. A
    folder is QuizApp's when it holds QuizApp's files; the second value lists
    what was changed now, for the caller to say so (empty when nothing was).
    """
    path = resolve_data_dir(option)
    if not any(any(path.glob(pattern)) for pattern in DATA_FILE_PATTERNS):
        return path, []
    return path, tighten(path, DATA_FILE_PATTERNS)


def tightened_message(folder: Path, changed: list[Path]) -> str:
    """What :func:`prepare_data_dir` did, in one line of English."""
    return (
        f"the data folder {folder} and its files were readable by other users; they are now "
        f"private to you ({len(changed)} changed)"
    )


def resolve_database_url(option: str | None, data_dir: Path) -> str:
    """The database URL: ``--database``, else ``QUIZAPP_DATABASE_URL``, else SQLite.

    The SQLite default is the file ``quizapp.db`` in ``data_dir``, its path
    percent-encoded as SQLAlchemy reads it back (a folder may hold ``?``, ``#``
    or ``%``). Built here rather than by :func:`quizapp.store.db.sqlite_url`,
    which would import SQLAlchemy before the first window.
    """
    chosen = option or os.environ.get(DATABASE_URL_ENV)
    if chosen:
        return chosen
    return "sqlite:///" + quote((data_dir / DATABASE_FILE).as_posix(), safe="/")


def settings_path(data_dir: Path) -> Path:
    """The INI file that holds the preferences for this data folder."""
    return data_dir / SETTINGS_FILE


def log_path(data_dir: Path) -> Path:
    """The log file unexpected errors are written to."""
    return data_dir / LOG_FILE


def open_settings(data_dir: Path) -> QSettings:
    """The preferences of this data folder, as a QSettings over its INI file.

    The file is made first, private: Qt keeps an existing file's mode when it saves.
    """
    from PySide6.QtCore import QSettings

    path = settings_path(data_dir)
    with suppress(OSError):  # a folder that cannot be written: QSettings then only reads
        create_private_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def package_root() -> Path:
    """The folder that holds the ``quizapp`` package (the repository root in a checkout)."""
    return Path(__file__).resolve().parent.parent


def shipped_dir(name: str) -> Path:
    """A folder shipped with the app (``questions``, ``assets``).

    Installed from a wheel it lies inside the package, as ``quizapp/shipped/<name>``
    (``pyproject.toml`` maps it there); in a source checkout, or an editable
    install, it is the repository's own folder next to the package.
    """
    installed = Path(__file__).resolve().parent / "shipped" / name
    return installed if installed.is_dir() else package_root() / name


def shipped_questions_dir() -> Path:
    """The ``questions/`` folder shipped with the app: the banks every student starts with."""
    return shipped_dir("questions")


def assets_dir() -> Path:
    """The ``assets/`` folder shipped with the app (icons)."""
    return shipped_dir("assets")


def class_library_dir(data_dir: Path) -> Path:
    """Where a class's published banks are written (``quizapp class``); part of the library."""
    return data_dir / "class"


def user_library_dirs(settings: SettingsReader) -> list[Path]:
    """The folders the user added to the library, as stored in the preferences."""
    raw = settings.value(LIBRARY_FOLDERS_KEY, [])
    # An INI file gives back a single string for a one-element list, and None or "" for none.
    if raw is None or raw == "":
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [Path(str(item)) for item in items if str(item)]


def default_library_dirs(settings: SettingsReader) -> list[Path]:
    """The shipped ``questions/`` folder followed by the user's own folders, without repeats."""
    folders: list[Path] = []
    for folder in [shipped_questions_dir(), *user_library_dirs(settings)]:
        if folder not in folders:
            folders.append(folder)
    return folders
