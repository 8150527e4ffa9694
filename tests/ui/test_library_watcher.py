"""The watcher alone: what it watches, what it ignores, and its timer."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.ui.library_watcher import LibraryWatcher, is_ignored_file
from quizapp.ui.workers import is_busy


def watching(qtbot: QtBot, folder: Path) -> tuple[LibraryWatcher, Path]:
    bank = folder / "a.yaml"
    bank.write_text("one\n", encoding="utf-8")
    watcher = LibraryWatcher(debounce_ms=60_000)  # runs out only through flush() here
    watcher.watch([str(folder)], [str(bank)])
    qtbot.waitUntil(lambda: not is_busy())  # the folder's first listing, on the worker
    return watcher, bank


def check_folder(qtbot: QtBot, watcher: LibraryWatcher, folder: Path) -> None:
    """Hand the watcher a folder's signal and wait until it has looked (on the worker)."""
    with qtbot.waitSignal(watcher.folder_checked):
        watcher._on_folder_changed(str(folder))


def test_it_watches_the_folders_and_the_bank_files(qtbot: QtBot, tmp_path: Path) -> None:
    watcher, bank = watching(qtbot, tmp_path)
    assert watcher.watched() == {str(tmp_path), str(bank)}
    (tmp_path / "sub").mkdir()
    watcher.watch([str(tmp_path), str(tmp_path / "sub")], [])
    assert watcher.watched() == {str(tmp_path), str(tmp_path / "sub")}


def test_changes_wait_for_the_timer_and_come_out_as_one(qtbot: QtBot, tmp_path: Path) -> None:
    watcher, bank = watching(qtbot, tmp_path)
    emitted: list[None] = []
    watcher.changed.connect(lambda: emitted.append(None))
    for number in range(5):
        bank.write_text(f"save {number}\n", encoding="utf-8")
    qtbot.waitUntil(lambda: watcher.pending)
    assert emitted == []
    watcher.flush()
    assert emitted == [None]
    watcher.flush()  # nothing waiting: nothing more
    assert emitted == [None]


def test_a_folder_change_of_drafts_or_scratch_files_is_ignored(
    qtbot: QtBot, tmp_path: Path
) -> None:
    watcher, _bank = watching(qtbot, tmp_path)
    for name in ("a.draft.yaml", ".#a.yaml", "a.yaml~", ".a.yaml.swp", "4913", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    check_folder(qtbot, watcher, tmp_path)
    assert not watcher.pending
    (tmp_path / "b.yaml").write_text("new bank\n", encoding="utf-8")
    # Not check_folder: the system's own signal for a scratch file may be looked into
    # first; the new bank is seen by the look that follows it.
    watcher._on_folder_changed(str(tmp_path))
    qtbot.waitUntil(lambda: watcher.pending)


def test_a_file_renamed_over_the_bank_is_watched_again(qtbot: QtBot, tmp_path: Path) -> None:
    watcher, bank = watching(qtbot, tmp_path)
    temporary = tmp_path / ".a.yaml.tmp"
    temporary.write_text("two\n", encoding="utf-8")
    os.replace(temporary, bank)
    qtbot.waitUntil(lambda: watcher.pending)
    qtbot.waitUntil(lambda: str(bank) in watcher.watched())


def test_which_files_never_reload() -> None:
    assert is_ignored_file("/lib/a.draft.yaml")
    assert is_ignored_file("/lib/A.DRAFT.YAML")
    assert is_ignored_file("/lib/.#a.yaml")
    assert is_ignored_file("/lib/a.yaml~")
    assert is_ignored_file("/lib/.a.yaml.swp")
    assert not is_ignored_file("/lib/a.yaml")
    assert not is_ignored_file("/lib/drafts.yaml")
