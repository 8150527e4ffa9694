"""Where a desktop keeps its class role's password: the system keyring, else a private file.

Never in the database, never on a command line, never in a log. Headless
machines usually have no keyring backend; then the password goes into a file
in the data folder that only the user can read (0600), written atomically.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Protocol

KEYRING_SERVICE = "QuizApp class"
PASSWORD_FILE = "class-password"


class PasswordStore(Protocol):
    def get(self, role: str) -> str | None: ...
    def set(self, role: str, password: str) -> None: ...
    def delete(self, role: str) -> None: ...


class KeyringPasswords:
    """The system keyring through ``keyring`` (any backend object with its three calls)."""

    def __init__(self, backend: object | None = None) -> None:
        import keyring

        self._backend = backend if backend is not None else keyring.get_keyring()

    def get(self, role: str) -> str | None:
        value = self._backend.get_password(KEYRING_SERVICE, role)  # type: ignore[attr-defined]
        return value if isinstance(value, str) else None

    def set(self, role: str, password: str) -> None:
        self._backend.set_password(KEYRING_SERVICE, role, password)  # type: ignore[attr-defined]

    def delete(self, role: str) -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(KEYRING_SERVICE, role)  # type: ignore[attr-defined]


class FilePasswords:
    """One password in a file readable only by the user (the role's name on the first line)."""

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / PASSWORD_FILE

    def get(self, role: str) -> str | None:
        try:
            lines = self._path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return None
        return lines[1] if len(lines) >= 2 and lines[0] == role else None

    def set(self, role: str, password: str) -> None:
        temporary = self._path.with_name(f".{PASSWORD_FILE}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(f"{role}\n{password}\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self._path)

    def delete(self, role: str) -> None:
        if self.get(role) is not None:
            self._path.unlink(missing_ok=True)


def usable_keyring() -> object | None:
    """The system's keyring backend, or None when there is none that keeps secrets."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith(
        "keyring.backends.null"
    ):
        return None
    try:
        if float(getattr(backend, "priority", 0)) <= 0:
            return None
    except (TypeError, ValueError):
        return None
    return backend


def password_store(data_dir: Path) -> PasswordStore:
    backend = usable_keyring()
    return KeyringPasswords(backend) if backend is not None else FilePasswords(data_dir)
