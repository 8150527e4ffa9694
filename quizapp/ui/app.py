"""Starting the desktop app: the QApplication, translations, one instance, the window.

Only Qt is imported at module level. The database, the store, SQLModel, YAML
and Babel are imported by the main window's background work, which starts
after the window's first paint, so the window appears as fast as a bare Qt one.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from quizapp import APP_NAME
from quizapp.paths import (
    assets_dir,
    log_path,
    resolve_data_dir,
    resolve_database_url,
    set_application_names,
)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """The app's icon: the SVG, plus PNGs for the sizes where the SVG is not drawn."""
    folder = assets_dir()
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"{APP_NAME}-{size}.png"
        if png.exists():
            # With its size given, Qt reads the file only when that size is drawn.
            icon.addFile(str(png), QSize(size, size))
    svg = folder / f"{APP_NAME}.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


def configure_application(app: QApplication) -> None:
    """Names, icon and style. Colours follow the system's scheme; none is set here."""
    set_application_names()
    QGuiApplication.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    # Qt's bare "Windows" style is what Linux gets without a desktop theme; Fusion
    # follows the system's light or dark scheme there. Native styles are kept.
    if sys.platform != "win32" and app.style().name().lower() == "windows":
        app.setStyle("Fusion")


def ui_locale(language: str) -> QLocale:
    """The locale for the language preference ("" follows the system)."""
    return QLocale(language) if language else QLocale.system()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install QuizApp's own catalogue and Qt's ``qtbase`` one for ``language``.

    Returns the translators that loaded. English is the source language; its
    catalogue holds only plural forms ("1 point", "2 points") and also serves
    languages QuizApp has no catalogue for. Also makes the locale the default
    for numbers and dates.
    """
    locale = ui_locale(language)
    QLocale.setDefault(locale)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name, folder in ((APP_NAME, str(I18N_DIR)), ("qtbase", qt_translations)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) or (
            # No catalogue for this language: English, the source, with its plural forms.
            name == APP_NAME and translator.load(f"{APP_NAME}_en", folder)
        ):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded


def run_app(
    argv: Sequence[str],
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    *,
    database: str | None = None,
) -> int:
    """Run the desktop app until its window closes; the exit code.

    ``data_dir`` and ``database_url`` are the command-line options (None when
    not given; the environment and the defaults are applied here). When an
    instance is already running on the same data folder, it is asked to bring
    its window forward and this returns 0 at once. ``database`` is another
    name for ``database_url``.
    """
    set_application_names()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    folder = resolve_data_dir(str(data_dir) if data_dir is not None else None)
    url = resolve_database_url(database_url or database, folder)

    from quizapp.ui.single_instance import (
        InstanceServer,
        ask_running_instance_to_raise,
        server_name,
    )

    name = server_name(folder)
    if ask_running_instance_to_raise(name):
        return 0
    server = InstanceServer(name, app)
    server.listen()

    from quizapp.ui.main_window import build_main_window
    from quizapp.ui.messages import configure_logging, install_excepthook
    from quizapp.ui.probe import install_startup_probe
    from quizapp.ui.settings import Preferences

    configure_application(app)
    preferences = Preferences.for_data_dir(folder)
    install_translators(app, preferences.language())
    configure_logging(log_path(folder))
    install_excepthook()

    window = build_main_window(data_dir=folder, database_url=url, preferences=preferences)
    server.raise_requested.connect(window.bring_forward)
    install_startup_probe(app, window)
    window.show()
    window.start_background_work_after_first_paint()
    try:
        return app.exec()
    finally:
        server.close()
