"""The window's language: Mentor Desk's and Qt's own translations, the QLocale that words
dates and times, and the layout direction (right to left for Arabic).

The language is the one chosen in Settings, else the first of the system's UI languages that
Mentor Desk speaks, else English. It is applied once, before any window is built: a change in
Settings takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.languages import LANGUAGES, RIGHT_TO_LEFT
from desktop.resources import resource_path

# The locale of a language when the system's own is not of that language. Arabic reads its
# dates with the digits 0-9, as the numbers in the rest of the window (counts, ids, minutes).
DEFAULT_LOCALES = {"en": "en_GB", "de": "de_DE", "ar": "ar_AE"}
# The language applied last (English until one is).
_current = "en"


def current_language() -> str:
    return _current


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language to use for a choice ('system', 'en', 'de', 'ar')."""
    if choice in LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system's locale when it is of `language` and writes 0-9 (a German in Austria keeps
    Austrian month names), else the language's default locale."""
    system = system or QLocale.system()
    wanted = QLocale(DEFAULT_LOCALES[language])
    if system.language() == wanted.language() and system.zeroDigit() == "0":
        return system
    return wanted


def translation_file(language: str) -> str:
    return str(resource_path("i18n", f"mentordesk_{language}.qm"))


def apply_language(app: QApplication, choice: str | None) -> str:
    """Install the translators of the chosen language on `app`, set the default QLocale and the
    layout direction; returns the language used. Translators installed by an earlier call are
    removed first."""
    global _current
    language = _current = resolve(choice)
    for old in app.findChildren(QTranslator, "mentordesk-translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    # Ours (English holds only its plural forms), then Qt's for its standard buttons and
    # dialogs (OK, Cancel, Save, file dialogs).
    sources = [(translation_file(language), None)]
    if language != "en":
        from PySide6.QtCore import QLibraryInfo

        sources.append((f"qtbase_{language}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName("mentordesk-translator")
        loaded = translator.load(name, folder) if folder else translator.load(name)
        if loaded:
            QCoreApplication.installTranslator(translator)
        else:
            translator.deleteLater()
    # Told by the language rather than by the locale's textDirection(), whose answer is one of
    # Qt's namespace enums: the window's frame paints before that namespace is loaded
    # (desktop/views/by_name.py). A left-to-right application is Qt's default.
    if (language in RIGHT_TO_LEFT) != app.isRightToLeft():
        from PySide6.QtCore import Qt

        direction = Qt.LayoutDirection
        app.setLayoutDirection(direction.RightToLeft if language in RIGHT_TO_LEFT
                               else direction.LeftToRight)
    return language
