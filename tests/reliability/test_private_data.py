"""The data folder is private: the folder 0700, what QuizApp writes in it 0600, whatever the umask.

A folder an earlier version left readable by others is made private, and that
is said once. The log rotates and never holds a secret.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.paths import open_settings, prepare_data_dir, resolve_data_dir, resolve_database_url
from quizapp.store.db import open_database
from quizapp.ui import messages


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


@pytest.fixture
def logging_to(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "data" / "quizapp.log"
    messages.configure_logging(path)
    try:
        yield path
    finally:
        messages.stop_logging()


def test_a_new_data_folder_and_every_file_in_it_are_private(umask: int, tmp_path: Path) -> None:
    folder = resolve_data_dir(str(tmp_path / "new" / "data"))
    engine = open_database(resolve_database_url(None, folder))
    with engine.begin() as connection:  # a write, so the WAL and its index exist
        connection.exec_driver_sql("CREATE TABLE scratch (x)")
    settings = open_settings(folder)
    settings.setValue("language", "id")
    settings.sync()
    messages.configure_logging(folder / "quizapp.log")
    try:
        messages.log.warning("something to log")
        names = {path.name: mode(path) for path in folder.iterdir()}
    finally:
        messages.stop_logging()
        engine.dispose()

    assert mode(folder) == 0o700
    assert names == {
        "quizapp.db": 0o600,
        "quizapp.db-wal": 0o600,
        "quizapp.db-shm": 0o600,
        "settings.ini": 0o600,
        "quizapp.log": 0o600,
    }


def test_rotated_logs_stay_private_and_few(
    umask: int, logging_to: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "LOG_MAX_BYTES", 300)
    messages.configure_logging(logging_to)  # again, with the small cap
    for number in range(100):
        messages.log.warning("line %d of a long log", number)
    logs = sorted(logging_to.parent.glob("quizapp.log*"))
    assert [path.name for path in logs] == [
        "quizapp.log",
        *(f"quizapp.log.{n}" for n in range(1, messages.LOG_BACKUPS + 1)),
    ]
    assert all(mode(path) == 0o600 for path in logs)
    assert all(path.stat().st_size <= 300 for path in logs)


@pytest.mark.parametrize(
    ("template", "args", "secret"),
    [
        ("opening %s", ("postgresql://teacher:hunter2@db.school/quiz",), "hunter2"),
        ("profile %(name)s with pin %(pin)s", {"name": "Ana", "pin": "4711"}, "4711"),
        ("settings %s", ({"class_password": "open-sesame", "pin": 1234},), "open-sesame"),
        ("settings %s", ({"profile": {"PIN": "8080"}},), "8080"),
        ("sync failed for %s", ("pin=2468 and password: letmein",), "2468"),
        ("sync failed for %s", ("pin=2468 and password: letmein",), "letmein"),
    ],
)
def test_no_secret_reaches_the_log(
    logging_to: Path, template: str, args: object, secret: str
) -> None:
    messages.log.warning(template, args if isinstance(args, dict) else args[0])  # type: ignore[index]
    text = logging_to.read_text(encoding="utf-8")
    assert secret not in text
    assert messages.REDACTED in text


def test_no_secret_in_a_logged_traceback(logging_to: Path) -> None:
    try:
        raise ConnectionError("cannot reach postgresql://teacher:hunter2@db.school/quiz")
    except ConnectionError as error:
        messages.log.error("Unexpected error", exc_info=error)
    text = logging_to.read_text(encoding="utf-8")
    assert "Traceback" in text
    assert "hunter2" not in text
    assert "postgresql://teacher:***@db.school/quiz" in text


def test_what_is_not_a_secret_is_logged_as_it_is(logging_to: Path) -> None:
    messages.log.warning("%s spins the %s", "Spinner", {"mapping": "shipping", "pinned": 3})
    text = logging_to.read_text(encoding="utf-8")
    assert "Spinner spins the {'mapping': 'shipping', 'pinned': 3}" in text


# --- a folder an earlier version made ---------------------------------------------------------


def _old_data_folder(tmp_path: Path) -> Path:
    """A data folder as QuizApp left it before: 0755, its files 0644."""
    folder = tmp_path / "data"
    folder.mkdir(parents=True)
    open_database(resolve_database_url(None, folder)).dispose()
    for name in ("settings.ini", "quizapp.log", "quizapp.log.1"):
        (folder / name).write_text("x")
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def test_an_old_folder_is_made_private_and_the_cli_says_so_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _old_data_folder(tmp_path)

    assert main(["--data-dir", str(folder), "list"]) == 0
    _, err = capsys.readouterr()
    said = [line for line in err.splitlines() if "private" in line]
    assert said == [
        f"quizapp: the data folder {folder} and its files were readable by other users; "
        "they are now private to you (5 changed)"
    ]
    assert mode(folder) == 0o700
    files = {path.name: mode(path) for path in folder.iterdir()}
    assert {"quizapp.db", "settings.ini", "quizapp.log", "quizapp.log.1"} <= set(files)
    assert set(files.values()) == {0o600}

    assert main(["--data-dir", str(folder), "list"]) == 0
    assert "private" not in capsys.readouterr().err


def test_a_folder_without_quizapps_files_is_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "somebody's folder"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    folder.chmod(0o755)
    (folder / "notes.txt").chmod(0o644)

    assert prepare_data_dir(str(folder)) == (folder, [])
    assert mode(folder) == 0o755
    assert mode(folder / "notes.txt") == 0o644


def test_rights_are_only_taken_never_given(tmp_path: Path) -> None:
    folder = _old_data_folder(tmp_path)
    (folder / "quizapp.db").chmod(0o444)  # someone made it read-only on purpose

    prepare_data_dir(str(folder))

    assert mode(folder / "quizapp.db") == 0o400
