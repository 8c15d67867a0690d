"""The app's languages: loading translations, and translating words that come from the core.

English is the source language. Spanish comes from ``resources/translations``
(``recovery_desktop_es.qm``, compiled from the ``.ts`` there by ``make translations``) plus
Qt's own ``qtbase_es.qm`` for standard buttons and dialogs. Translators are installed once,
before any widget is built; a language chosen in Preferences applies on the next start.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recovery_desktop.domain import language as core_language
from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.language import LocalDate, local_date, long_date, spoken_date

__all__ = ["LocalDate", "local_date", "long_date", "spoken_date"]

#: ``translate("context", "text")``: lupdate finds calls by this name, outside QObjects too.
translate = QCoreApplication.translate

#: The setting's values, and how each language names itself.
SYSTEM = "system"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
#: Base name of our compiled translations in ``recovery_desktop.resources/translations``.
CATALOG = "recovery_desktop"

# Installed translators, kept alive (Qt does not own them) and removable in tests, with the
# bytes each was loaded from: QTranslator reads them in place, so they must outlive it.
_installed: list[tuple[QTranslator, bytes]] = []
_previous_locale: QLocale | None = None


class QtLanguage:
    """The core's words through Qt's installed translators; names and numbers from QLocale."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._locale = QLocale(code)
        # "1234,5", as English() writes "1234.5": no thousands mark in either.
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def month_name(self, month: int, short: bool) -> str:
        return self._locale.monthName(month, _format(short))

    def day_name(self, weekday: int, short: bool) -> str:
        return self._locale.dayName(weekday, _format(short))

    def number(self, value: float, places: int) -> str:
        return self._locale.toString(float(value), "f", places)


class CatalogLanguage(QtLanguage):
    """Our catalogue through a translator of its own, with no QCoreApplication to install it in.

    The command line must not make one: the window and ``print-plan`` make the kind they
    need. The language keeps the translator and the bytes it reads in place alive.
    """

    def __init__(self, code: str, translator: QTranslator, data: bytes) -> None:
        super().__init__(code)
        self._translator = translator
        self._data = data

    def translate(self, context: str, text: str) -> str:
        return self._translator.translate(context, text) or text


def standalone_language(setting: str) -> CatalogLanguage | None:
    """The language a setting's value names, without an application (None: English)."""
    code = resolve(setting)
    data = catalog_bytes(code)
    translator = QTranslator()
    if data is None or not translator.load(data):
        return None
    return CatalogLanguage(code, translator, data)


def _format(short: bool) -> QLocale.FormatType:
    return QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat


def resolve(language: str, system: Sequence[str] | None = None) -> str:
    """``en`` or ``es`` for a setting's value; ``system`` follows the computer's language.

    ``system`` lists the computer's languages in order of preference (by default Qt's
    ``QLocale.system().uiLanguages()``, which reads ``LANGUAGE``, ``LC_MESSAGES`` and
    ``LANG`` on Linux): the first one we have a translation for wins, unless a language
    we don't have comes before it (then English, the language everyone can fall back on).
    """
    if language in LANGUAGES:
        return language
    for name in QLocale.system().uiLanguages() if system is None else system:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code:  # the person's first language is one we don't have: English
            break
    return "en"


def catalog_bytes(language: str) -> bytes | None:
    """Our compiled translations for ``language``, or None (English needs none)."""
    if language == "en":
        return None
    folder = resources.files("recovery_desktop.resources") / "translations"
    try:
        return (folder / f"{CATALOG}_{language}.qm").read_bytes()
    except OSError:
        return None


def _qt_folders() -> list[str]:
    """Where Qt's own translations may be: Qt's answer, then beside PySide6 (a frozen app)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install the translations for ``language`` (a setting's value); returns ``en`` or ``es``.

    Call it before building any widget: texts are set once, when widgets are made.
    """
    global _previous_locale
    remove_translators(app)
    code = resolve(language)
    data = catalog_bytes(code)
    if data is None:
        return "en"
    ours = QTranslator(app)
    if not ours.load(data):
        return "en"
    _installed.append((ours, data))
    app.installTranslator(ours)
    qt = QTranslator(app)
    if any(qt.load(QLocale(code), "qtbase", "_", folder) for folder in _qt_folders()):
        _installed.append((qt, b""))
        app.installTranslator(qt)
    # Dates, numbers and the calendar pop-ups follow the language too.
    _previous_locale = QLocale()
    QLocale.setDefault(QLocale(code))
    core_language.use(QtLanguage(code))
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Back to English (used by tests, and before installing another language)."""
    global _previous_locale
    core_language.use(None)
    while _installed:
        translator, _data = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if _previous_locale is not None:
        QLocale.setDefault(_previous_locale)
        _previous_locale = None


#: An enum's ``label``, translated (the core marks them in a context named after the enum).
enum_label = core_language.label
#: A string the core marked with ``QT_TRANSLATE_NOOP(context, text)``, translated.
core = core_language.translate


def problem(error: ValidationError) -> str:
    """A validation problem in the person's language."""
    text = core("validation", error.template)
    return text.format(**error.values) if error.values else text


R = TypeVar("R")


def starter(record: R) -> R:
    """A starter suggestion with its words in the person's language (they become theirs)."""
    words = {
        name: core("starters", getattr(record, name))
        for name in ("name", "title", "steps")
        if isinstance(getattr(record, name, None), str)
    }
    return dataclasses.replace(record, **words)  # type: ignore[type-var]  # starters are dataclasses
