"""The desktop app's preferences: one QSettings, one list of allowed keys.

``DEFAULTS`` is both the list of keys the app may store and, through each
default's type, how a stored value is read back (an INI file keeps only
text). Reading or writing any other key is a programming error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from quizapp.paths import LIBRARY_FOLDERS_KEY, open_settings, user_library_dirs

LANGUAGE_KEY = "language"
LAST_PROFILE_KEY = "profile/last"
GEOMETRY_KEY = "window/geometry"

# Language preference values: "" follows the system; otherwise a language code.
SYSTEM_LANGUAGE = ""
LANGUAGES = ("en", "id")

DEFAULTS: dict[str, Any] = {
    LANGUAGE_KEY: SYSTEM_LANGUAGE,
    LAST_PROFILE_KEY: "",
    LIBRARY_FOLDERS_KEY: [],
    GEOMETRY_KEY: QByteArray(),
}


def _as_list(raw: Any) -> list[str]:
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):
        return [raw]
    return [str(item) for item in raw]


def _coerce(key: str, raw: Any) -> Any:
    default = DEFAULTS[key]
    if raw is None:
        return default
    if isinstance(default, list):
        return _as_list(raw)
    if isinstance(default, QByteArray):
        return raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() == "true"
    if isinstance(default, int):
        return int(raw)
    return str(raw)


class Preferences:
    """Typed access to the keys in :data:`DEFAULTS`, over one QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> Preferences:
        return cls(open_settings(data_dir))

    @property
    def qsettings(self) -> QSettings:
        return self._settings

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        return _coerce(key, self._settings.value(key, None))

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()

    # --- the keys, typed -----------------------------------------------------------------

    def language(self) -> str:
        language = str(self.get(LANGUAGE_KEY))
        return language if language in LANGUAGES else SYSTEM_LANGUAGE

    def set_language(self, language: str) -> None:
        self.set(LANGUAGE_KEY, language)

    def last_profile(self) -> str:
        return str(self.get(LAST_PROFILE_KEY))

    def set_last_profile(self, name: str) -> None:
        self.set(LAST_PROFILE_KEY, name)

    def library_folders(self) -> list[Path]:
        return user_library_dirs(self._settings)

    def set_library_folders(self, folders: list[Path]) -> None:
        self.set(LIBRARY_FOLDERS_KEY, [str(folder) for folder in folders])

    def geometry(self) -> QByteArray:
        value = self.get(GEOMETRY_KEY)
        assert isinstance(value, QByteArray)
        return value

    def set_geometry(self, geometry: QByteArray) -> None:
        self.set(GEOMETRY_KEY, geometry)
