"""The language of the interface: QuizApp's catalogue, Qt's, and the locale.

:func:`use_language` switches the running app at once; every window and page
then gets a LanguageChange event and says its texts again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from quizapp import APP_NAME

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def ui_locale(language: str) -> QLocale:
    """The locale for the language preference ("" follows the system).

    A system without a language of its own (the C or POSIX locale, as in a
    bare container) gets US English, whose dates read "11/29/26" rather than
    the C locale's "29 11 2026".
    """
    if language:
        return QLocale(language)
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale("en_US")
    return system


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


# The catalogues use_language installed, replaced by its next call.
_in_use: list[QTranslator] = []


def use_language(language: str) -> None:
    """Make ``language`` the language of the UI now ("" follows the system).

    The catalogues installed by the last call are replaced; Qt then sends every
    widget a LanguageChange event, on which the window and its pages say
    everything again in the new language.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    stop_using_language()
    _in_use.extend(install_translators(app, language))


def stop_using_language() -> None:
    """Remove the catalogues :func:`use_language` installed."""
    app = QCoreApplication.instance()
    while _in_use:
        translator = _in_use.pop()
        if app is not None:
            app.removeTranslator(translator)
