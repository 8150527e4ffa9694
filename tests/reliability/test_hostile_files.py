"""FIFOs, devices and oversized files in a library: a problem line at 1:1, never a hang.

Whatever could block for ever on the old code (opening a FIFO, hashing
``/dev/zero``) runs in a child process with a timeout, so a regression
fails the test instead of hanging the suite; a FIFO that were opened would
block the child, so a child that ends in time proves it was never opened.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.bank.loader import load_library
from quizapp.bank.regular import Refused, hash_regular, read_head, read_regular
from quizapp.bank.yamlsafe import MAX_BYTES
from quizapp.store.db import open_database, sqlite_url
from quizapp.store.library import sync_library

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # seconds; a child that takes longer is hanging
NOT_REGULAR = "error: not a regular file (a FIFO, socket or device); it was not opened"
TOO_LARGE = (
    "1:1: error: the file is 16,777,217 bytes, more than the limit of 16 MiB "
    "(16,777,216 bytes); it was not read"
)

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")


def bank(bank_id: str) -> str:
    return textwrap.dedent(
        f"""\
        format: quizapp/1
        id: {bank_id}
        title: Bank {bank_id}
        questions:
          - id: q1
            type: true_false
            prompt: Is the Sun a star?
            answer: true
        """
    )


def hostile_library(folder: Path, kind: str) -> Path:
    """``folder`` with a valid bank and a hostile ``p.yaml``; the hostile path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ok.yaml").write_text(bank("ok"), encoding="utf-8")
    hostile = folder / "p.yaml"
    if kind == "fifo":
        os.mkfifo(hostile)
    elif kind == "dev-zero":
        hostile.symlink_to("/dev/zero")
    elif kind == "dev-urandom":
        hostile.symlink_to("/dev/urandom")
    elif kind == "too-large":
        with hostile.open("wb") as file:
            file.truncate(MAX_BYTES + 1)  # sparse: no 16 MiB written
    return hostile


def run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *argv],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        check=False,
    )


HOSTILE_KINDS = ["fifo", "dev-zero", "dev-urandom"]


@pytest.mark.parametrize("kind", HOSTILE_KINDS)
def test_validate_reports_a_fifo_or_device_in_a_folder_at_1_1_and_checks_the_rest(
    tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "library"
    hostile_library(folder, kind)

    done = run_cli("validate", str(folder))

    assert done.stdout.splitlines() == [f"{folder / 'p.yaml'}:1:1: {NOT_REGULAR}"]
    assert done.stderr.splitlines() == ["2 files checked, 1 with problems"]
    assert done.returncode == 1


def test_validate_reports_a_fifo_named_on_the_command_line_at_1_1(tmp_path: Path) -> None:
    fifo = tmp_path / "named.yaml"
    os.mkfifo(fifo)

    done = run_cli("validate", str(fifo))

    assert done.stdout.splitlines() == [f"{fifo}:1:1: {NOT_REGULAR}"]
    assert done.returncode == 1


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_import_reports_a_fifo_or_device_and_imports_the_rest(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "library"
    hostile_library(folder, kind)

    done = run_cli("--data-dir", str(tmp_path / "data"), "import", str(folder))

    assert done.stdout.splitlines() == [f"{folder / 'p.yaml'}:1:1: {NOT_REGULAR}"]
    assert "1 imported" in done.stderr
    assert done.returncode == 1


SYNC = """\
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from quizapp.store.db import open_database, sqlite_url
from quizapp.store.library import sync_library

engine = open_database(sqlite_url(Path(sys.argv[1])))
report = sync_library(engine, [Path(sys.argv[2])], now=datetime.now(UTC))
print(json.dumps({
    "failed": [[f.display_path, [p.format("") for p in f.problems]] for f in report.files
               if f.bank_id is None],
    "imported": list(report.imported),
}))
"""


@pytest.mark.parametrize("kind", HOSTILE_KINDS)
def test_the_apps_sync_reports_a_hostile_file_and_syncs_the_rest(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "library"
    hostile = hostile_library(folder, kind)
    database = tmp_path / "quizapp.db"

    done = subprocess.run(
        [sys.executable, "-c", SYNC, str(database), str(folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        check=True,
    )

    report = json.loads(done.stdout)
    [[path, problems]] = report["failed"]
    assert path == str(hostile.absolute())  # the file in the library, not /dev/zero
    assert problems == [f":1:1: {NOT_REGULAR}"]
    assert report["imported"] == [str((folder / "ok.yaml").resolve())]


def test_the_apps_sync_reports_a_file_over_16_mib_and_syncs_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    hostile = hostile_library(folder, "too-large")
    engine = open_database(sqlite_url(tmp_path / "quizapp.db"))

    try:
        report = sync_library(engine, [folder], now=datetime.now(UTC))
    finally:
        engine.dispose()

    [failed] = [f for f in report.files if f.bank_id is None]
    assert failed.display_path == str(hostile.resolve())
    assert [p.format("") for p in failed.problems] == [f":{TOO_LARGE}"]
    assert report.imported == (str((folder / "ok.yaml").resolve()),)


@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_file_over_16_mib_is_a_problem_at_1_1_and_the_other_banks_are_processed(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "library"
    hostile_library(folder, "too-large")
    (folder / "z.yaml").write_text(bank("zed"), encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")] if command == "import" else []

    code = main([*data, command, str(folder)])

    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{folder / 'p.yaml'}:{TOO_LARGE}"]
    assert err.splitlines()[0].startswith("3 files checked, 1 with problems")
    if command == "import":
        assert "2 imported" in err
    assert code == 1


def test_the_library_load_gives_the_oversized_file_its_problem_not_a_key_error(
    tmp_path: Path,
) -> None:
    hostile = hostile_library(tmp_path, "too-large")

    load = load_library([str(hostile)])

    assert load.unreadable == ()
    [file] = load.files
    assert [p.format("p.yaml") for p in file.result.problems] == [f"p.yaml:{TOO_LARGE}"]


# --- the reader itself ----------------------------------------------------------------------


def test_a_regular_file_is_read_and_hashed_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"abc")

    assert read_regular(path, 3) == b"abc"
    assert read_head(path, 2) == b"ab"
    assert hash_regular(path, 3) == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_a_file_over_the_cap_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"abcd")

    assert read_regular(path, 3) == Refused("too-large", size=4)
    assert hash_regular(path, 3) == Refused("too-large", size=4)
    assert read_head(path, 2) == b"ab"  # a head is read whatever the size


@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "/dev/null"])
def test_a_fifo_or_a_device_behind_a_symbolic_link_is_never_opened(
    tmp_path: Path, target: str
) -> None:
    link = tmp_path / "link.yaml"
    if target == "fifo":
        os.mkfifo(link)  # opened for reading, it would block this test for ever
    else:
        link.symlink_to(target)

    for refused in (read_regular(link, 10), hash_regular(link, 10), read_head(link, 10)):
        assert refused == Refused("not-regular")


def test_a_missing_file_says_why(tmp_path: Path) -> None:
    refused = read_regular(tmp_path / "missing.yaml", 10)

    assert isinstance(refused, Refused)
    assert (refused.code, refused.reason) == ("unreadable", "No such file or directory")
