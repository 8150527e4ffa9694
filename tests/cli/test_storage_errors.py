"""A damaged store or a bad path: one clear line naming the file, exit 2, nothing written.

Every case runs ``list``, ``history --json`` and ``import``. The read-only cases
mean nothing to root, so there the command runs as ``nobody`` (through
``setpriv``) in a process of its own; they are skipped, saying why, where that
cannot be done.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.store.db import open_database, sqlite_url

COMMANDS = (("list",), ("history", "--json"), ("import", "BANK"))
BANK = """\
format: quizapp/1
id: planets
title: Planets
questions:
  - id: largest
    type: single_choice
    prompt: Which planet is the largest?
    choices: [Venus, Earth, Jupiter]
    answer: Jupiter
"""


@dataclass(frozen=True)
class Case:
    """A bad store: how to make it, the options that point at it, and what the message says."""

    name: str
    make: Callable[[Path], list[str]]  # builds it under a folder; the global options
    says: str  # a piece of the one-line message
    names: str  # what the message must name, relative to the folder ("" for nothing)


@pytest.fixture(scope="module")
def quizapp_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "quizapp.db"
    open_database(sqlite_url(path)).dispose()
    return path


_GOOD: list[Path] = []  # set by the autouse fixture below, for the makers


@pytest.fixture(autouse=True)
def _good_database(quizapp_db: Path) -> Iterator[None]:
    _GOOD.append(quizapp_db)
    yield
    _GOOD.clear()


def _data(folder: Path, content: bytes | None = None) -> list[str]:
    data = folder / "data"
    data.mkdir()
    if content is not None:
        (data / "quizapp.db").write_bytes(content)
    return ["--data-dir", str(data)]


def _copy_of_good(folder: Path) -> Path:
    data = folder / "data"
    data.mkdir()
    return Path(shutil.copyfile(_GOOD[0], data / "quizapp.db"))


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _newer(folder: Path) -> list[str]:
    _sql(_copy_of_good(folder), "UPDATE alembic_version SET version_num = '9999'")
    return ["--data-dir", str(folder / "data")]


def _no_version(folder: Path) -> list[str]:
    _sql(_copy_of_good(folder), "DROP TABLE alembic_version")
    return ["--data-dir", str(folder / "data")]


def _foreign(folder: Path) -> list[str]:
    options = _data(folder)
    _sql(folder / "data" / "quizapp.db", "CREATE TABLE recipes (name TEXT)")
    return options


def _truncated(folder: Path) -> list[str]:
    good = _GOOD[0].read_bytes()
    return _data(folder, good[: len(good) // 2])


def _header_only(folder: Path) -> list[str]:
    return _data(folder, _GOOD[0].read_bytes()[:60])


def _garbage_after_header(folder: Path) -> list[str]:
    good = _GOOD[0].read_bytes()
    return _data(folder, good[:100] + bytes(range(256)) * (len(good) // 256))


def _url(folder: Path, url: str) -> list[str]:
    return ["--data-dir", str(folder / "data"), "--database", url]


def _folder_as_database(folder: Path) -> list[str]:
    (folder / "a folder.db").mkdir()
    return _url(folder, sqlite_url(folder / "a folder.db"))


def _data_dir_is_file(folder: Path) -> list[str]:
    (folder / "data").write_text("not a folder")
    return ["--data-dir", str(folder / "data")]


def _data_dir_under_file(folder: Path) -> list[str]:
    (folder / "plain").write_text("not a folder")
    return ["--data-dir", str(folder / "plain" / "data")]


def _fifo(folder: Path) -> list[str]:
    options = _data(folder)
    os.mkfifo(folder / "data" / "quizapp.db")
    return options


def _database_under_file(folder: Path) -> list[str]:
    (folder / "plain").write_text("not a folder")
    return _url(folder, sqlite_url(folder / "plain" / "quizapp.db"))


CASES = [
    Case("not a URL", lambda f: _url(f, "::not a url::"), "URL ::not a url::", ""),
    Case("unknown database kind", lambda f: _url(f, "nosuchdb://x/y"), "nosuchdb://x/y", ""),
    Case(
        "driver not installed",
        lambda f: _url(f, "mssql+nosuchdriver://u:s3cret@host/db"),
        "mssql+nosuchdriver://u:***@host/db cannot be used",
        "",
    ),
    Case(
        "unparsable URL with a password",
        lambda f: _url(f, "postgresql://u:s3cret@host:port/db"),
        "postgresql://u:***@host:port/db cannot be used",
        "",
    ),
    Case("folder as database", _folder_as_database, "is a folder", "a folder.db"),
    Case("data folder is a file", _data_dir_is_file, "is a file", "data"),
    Case("data folder inside a file", _data_dir_under_file, "is a file", "plain/data"),
    Case("database inside a file", _database_under_file, "cannot be", "plain/quizapp.db"),
    Case(
        "random bytes",
        lambda f: _data(f, bytes(range(256)) * 64),
        "not a QuizApp database",
        "data/quizapp.db",
    ),
    Case(
        "a text file",
        lambda f: _data(f, b"hello\n"),
        "not a QuizApp database",
        "data/quizapp.db",
    ),
    Case("a FIFO", _fifo, "not a regular file", "data/quizapp.db"),
    Case("truncated", _truncated, "damaged", "data/quizapp.db"),
    Case("only part of the header", _header_only, "damaged", "data/quizapp.db"),
    Case("garbage after the header", _garbage_after_header, "damaged", "data/quizapp.db"),
    Case("newer schema", _newer, "newer QuizApp", "data/quizapp.db"),
    Case("version table dropped", _no_version, "no record of their schema", "data/quizapp.db"),
    Case("another program's SQLite", _foreign, "not a QuizApp database", "data/quizapp.db"),
]


def _private(data: Path) -> None:
    if data.is_dir():
        data.chmod(0o700)
        for path in data.iterdir():
            path.chmod(0o600)


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        if path.is_file()
        else "not a regular file"
        for path in sorted(folder.rglob("*"))
        if not path.is_dir()
    }


def _argv(options: list[str], command: tuple[str, ...], bank: Path) -> list[str]:
    return [*options, *(str(bank) if part == "BANK" else part for part in command)]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_a_bad_store_is_one_clear_line_and_exit_2_with_nothing_written(
    case: Case,
    command: tuple[str, ...],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bank = tmp_path / "banks" / "planets.yaml"
    bank.parent.mkdir()
    bank.write_text(BANK, encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    options = case.make(store)
    _private(store / "data")  # as this version makes it, so the one line is the error
    before = _snapshot(store)

    assert main(_argv(options, command, bank)) == 2

    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("quizapp: error: ")
    assert case.says in line
    if case.names:
        assert str(store / case.names) in line
    assert "SELECT" not in line
    assert "s3cret" not in line
    assert _snapshot(store) == before  # nothing written, nothing made


def test_a_damaged_store_prints_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "quizapp.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data), "list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"the database {data / 'quizapp.db'} is damaged" in result.stderr


# --- read-only, as a user who is not root ---------------------------------------------------


def _unprivileged_prefix() -> list[str]:
    """How to run a command as a user that file modes apply to; skips when there is none."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing: read-only files cannot be tested")
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import quizapp"], check=False)
    if probe.returncode != 0:
        pytest.skip("nobody cannot run this Python (or setpriv is not allowed here)")
    return prefix


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder ``nobody`` can enter (pytest's own tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="quizapp-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):  # give back the write rights the test took away
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder)


def _give_to_nobody(path: Path) -> None:
    if os.geteuid() == 0:
        import pwd

        entry = pwd.getpwnam("nobody")
        os.chown(path, entry.pw_uid, entry.pw_gid)


def _ro_file(folder: Path) -> Path:
    data = folder / "data"
    data.mkdir(mode=0o700)
    _give_to_nobody(data)
    database = Path(shutil.copyfile(_GOOD[0], data / "quizapp.db"))
    _sql(database, "PRAGMA journal_mode=DELETE")  # no -wal/-shm needed to read it
    database.chmod(0o444)
    return data


def _ro_folder_with_database(folder: Path) -> Path:
    data = folder / "data"
    data.mkdir()
    database = Path(shutil.copyfile(_GOOD[0], data / "quizapp.db"))
    _give_to_nobody(database)
    database.chmod(0o600)
    data.chmod(0o555)
    return data


def _ro_folder_empty(folder: Path) -> Path:
    data = folder / "data"
    data.mkdir()
    data.chmod(0o555)
    return data


def _ro_parent(folder: Path) -> Path:
    parent = folder / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    return parent / "data"


READ_ONLY = [
    ("read-only database file", _ro_file, "cannot be written"),
    ("read-only folder holding the database", _ro_folder_with_database, "cannot be"),
    ("read-only folder, no database yet", _ro_folder_empty, "cannot be written"),
    ("data folder cannot be made", _ro_parent, "cannot be made or used"),
]


# One process per run costs a second: the fast suite runs `list`, CI every command.
RO_COMMANDS = [COMMANDS[0], *(pytest.param(c, marks=pytest.mark.slow) for c in COMMANDS[1:])]


@pytest.mark.parametrize("command", RO_COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize(("name", "make", "says"), READ_ONLY, ids=[c[0] for c in READ_ONLY])
def test_a_read_only_store_is_one_clear_line_and_exit_2(
    name: str,
    make: Callable[[Path], Path],
    says: str,
    command: tuple[str, ...],
    shared_tmp: Path,
) -> None:
    prefix = _unprivileged_prefix()
    bank = shared_tmp / "planets.yaml"
    bank.write_text(BANK, encoding="utf-8")
    bank.chmod(0o644)
    data = make(shared_tmp)
    before = _snapshot(data) if data.exists() else {}

    argv = _argv(["--data-dir", str(data)], command, bank)
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "quizapp", *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=shared_tmp,
    )

    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("quizapp: error: ")
    assert says in line
    assert str(data) in line
    assert (_snapshot(data) if data.exists() else {}) == before
