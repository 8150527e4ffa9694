"""Live reload: the library folders are watched, and a burst of saves becomes one sync.

A :class:`QFileSystemWatcher` watches every folder of the library and every bank
file in it. Editors save in two ways: writing the file in place (the file's own
signal) or writing a new file and renaming it over the old one (the folder's
signal; the watcher then forgets the replaced file, so it is watched again).
A folder's signal is compared with what the folder held before (listed on the
worker, like all file work), so the in-app editor's drafts (``NAME.draft.yaml``)
and editors' scratch files (``.#NAME``, ``NAME~``, ``.NAME.swp``, temporary
files) never cause a sync.
Signals restart a short timer; :attr:`LibraryWatcher.changed` is emitted once
it runs out, and the window syncs the library (on its worker: the sync reads
only files whose size or time changed).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from quizapp.bank.bank_files import is_draft, is_library_bank, is_scratch
from quizapp.ui.workers import run_in_background

DEBOUNCE_MS = 300

# What a folder holds that matters to the library: each bank file (name, inode, size,
# time) and each subfolder's name.
Listing = frozenset[tuple[str, int, int, int]]


def folder_listing(folder: str) -> Listing | None:
    """The bank files and subfolders of ``folder`` (None when it cannot be read)."""
    entries: set[tuple[str, int, int, int]] = set()
    try:
        with os.scandir(folder) as scan:
            for entry in scan:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    entries.add((entry.name, -1, -1, -1))
                elif is_library_bank(entry.name):
                    stat = entry.stat()
                    entries.add((entry.name, stat.st_ino, stat.st_size, stat.st_mtime_ns))
    except OSError:
        return None
    return frozenset(entries)


def is_ignored_file(path: str) -> bool:
    """A file whose changes never reload the library: a draft or an editor's scratch file."""
    name = os.path.basename(path)
    return is_draft(name) or is_scratch(name)


class LibraryWatcher(QObject):
    """Watches the library's folders and bank files; :attr:`changed` after a quiet moment."""

    changed = Signal()
    folder_checked = Signal(str)  # a folder's signal was looked into (changed or not)

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("libraryWatcher")
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._timer = QTimer(self)
        self._timer.setObjectName("libraryReloadTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.changed)
        self._files: set[str] = set()
        self._listings: dict[str, Listing | None] = {}

    @property
    def timer(self) -> QTimer:
        """The debounce timer (tests run it out with :meth:`flush`)."""
        return self._timer

    def watched(self) -> set[str]:
        return set(self._watcher.files()) | set(self._watcher.directories())

    def watch(self, folders: Iterable[str], files: Iterable[str]) -> None:
        """Watch exactly these folders and bank files (after each sync, what it found)."""
        self._files = {f for f in files if not is_ignored_file(f)}
        folders = set(folders) | {os.path.dirname(f) for f in self._files}
        current_files, current_folders = (
            set(self._watcher.files()),
            set(self._watcher.directories()),
        )
        gone = (current_files - self._files) | (current_folders - folders)
        if gone:
            self._watcher.removePaths(sorted(gone))
        for folder in set(self._listings) - folders:
            del self._listings[folder]
        added = sorted(folders - current_folders)
        if added:
            run_in_background(
                lambda: {folder: folder_listing(folder) for folder in added},
                success=self._on_first_listings,
                owner=self,
            )
        new = sorted((folders - current_folders) | (self._files - current_files))
        if new:
            self._watcher.addPaths([p for p in new if os.path.exists(p)])

    def flush(self) -> None:
        """Emit :attr:`changed` now if a change is waiting for the timer."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _schedule(self) -> None:
        self._timer.start()  # restarts: the sync waits for the last save of a burst

    @Slot(str)
    def _on_file_changed(self, path: str) -> None:
        self._watch_again(path)
        self._schedule()

    @Slot(str)
    def _on_folder_changed(self, folder: str) -> None:
        run_in_background(
            lambda: folder_listing(folder),
            success=lambda listing: self._on_folder_listed(folder, listing),
            owner=self,
        )

    def _on_folder_listed(self, folder: str, listing: Listing | None) -> None:
        if folder not in self._listings or listing != self._listings[folder]:
            self._listings[folder] = listing
            for path in self._files:
                if os.path.dirname(path) == folder:
                    self._watch_again(path)
            self._schedule()
        # else only drafts or scratch files came and went
        self.folder_checked.emit(folder)

    def _on_first_listings(self, listings: dict[str, Listing | None]) -> None:
        """A folder just watched may have changed between the sync and its first listing
        (a bank saved into a folder made a moment ago): a bank file the sync did not see
        means a sync is due, as no later change of the folder would tell."""
        self._listings.update(listings)
        for folder, listing in listings.items():
            for name, inode, _size, _mtime in listing or ():
                if inode != -1 and os.path.join(folder, name) not in self._files:
                    self._schedule()
                    return

    def _watch_again(self, path: str) -> None:
        """A file renamed over the bank is a new file: the watcher forgot the old one."""
        if path in self._files and path not in self._watcher.files() and os.path.exists(path):
            self._watcher.addPath(path)
