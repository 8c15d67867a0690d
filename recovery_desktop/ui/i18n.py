"""The app's languages: loading translations, and translating words that come from the core.

English is the source language. Spanish comes from ``resources/translations``
(``recovery_desktop_es.qm``, compiled from the ``.ts`` there by ``make translations``) plus
Qt's own ``qtbase_es.qm`` for standard buttons and dialogs. Translators are installed once,
before any widget is built; a language chosen in Preferences applies on the next start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recovery_desktop.domain.errors import ValidationError

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
# The language installed now ("en" until install_translators says otherwise).
_language = "en"


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
    global _previous_locale, _language
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
    _language = code
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Back to English (used by tests, and before installing another language)."""
    global _previous_locale, _language
    _language = "en"
    while _installed:
        translator, _data = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if _previous_locale is not None:
        QLocale.setDefault(_previous_locale)
        _previous_locale = None


def enum_label(value: enum.Enum) -> str:
    """An enum's ``label``, translated (the core marks them in a context named after the enum)."""
    text: str = value.label  # type: ignore[attr-defined]  # every labelled enum has one
    return QCoreApplication.translate(type(value).__name__, text) if text else text


def core(context: str, text: str) -> str:
    """A string the core marked with ``QT_TRANSLATE_NOOP(context, text)``, translated."""
    return QCoreApplication.translate(context, text) if text else text


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


class LocalDate:
    """A date or time that formats with month and day names in the app's language.

    ``f"{LocalDate(day):%a %d %b %Y}"`` reads "Thu 26 Nov 2026" in English and
    "jue 26 nov 2026" in Spanish: ``%a %A %b %B`` come from Qt's locale data, every other
    code from ``strftime``. A translation can move the codes around ("%d de %B de %Y").
    """

    def __init__(self, value: dt.date) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        locale = QLocale(_language) if _language != "en" else QLocale.c()
        short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        names = {
            "a": lambda: locale.dayName(self.value.isoweekday(), short),
            "A": lambda: locale.dayName(self.value.isoweekday(), long),
            "b": lambda: locale.monthName(self.value.month, short),
            "B": lambda: locale.monthName(self.value.month, long),
        }

        def name(match: re.Match[str]) -> str:
            code = match.group(1)
            return names[code]().replace("%", "%%") if code in names else match.group(0)

        return self.value.strftime(re.sub(r"%(.)", name, spec)) if spec else str(self.value)


def local_date(value: dt.date) -> LocalDate:
    """``value``, to format with names in the app's language (see ``LocalDate``)."""
    return LocalDate(value)


def long_date(value: dt.date) -> str:
    """A date written out: "03 March 2026" (a translation adds its own words)."""
    return format(LocalDate(value), translate("dates", "%d %B %Y"))


def spoken_date(value: dt.date) -> str:
    """A date as people say it: "3 March 2026"."""
    text = translate("dates", "{day} {date:%B %Y}")
    return text.format(day=value.day, date=LocalDate(value))
