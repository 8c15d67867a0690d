"""The person's language, for the words the core writes: summaries, the brief, printed pages.

The core cannot import Qt, so the window (and the command line, when it prints) installs a
``Language`` backed by Qt's translators with ``use``; until then everything is English.
Core code writes ``translate("context", "text")`` exactly as the UI does, so ``lupdate``
finds the strings in the same catalogue; values go in as ``{named}`` placeholders, so a
translation can move them. Counted words come in pairs through ``plural``: English and
Spanish both have one form for 1 and another for everything else.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Protocol

_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Language(Protocol):
    """Where words, calendar names and numbers come from."""

    code: str

    def translate(self, context: str, text: str) -> str:
        """``text`` in this language (unchanged when no translation is known)."""
        ...

    def month_name(self, month: int, short: bool) -> str:
        """January is 1."""
        ...

    def day_name(self, weekday: int, short: bool) -> str:
        """Monday is 1 (ISO)."""
        ...

    def number(self, value: float, places: int) -> str:
        """A decimal with the language's decimal mark."""
        ...


class English:
    """The source language: every text as written, fixed English calendar names.

    Fixed names rather than ``strftime``'s, which follow the process's C locale.
    """

    code = "en"

    def translate(self, context: str, text: str) -> str:
        """``text`` as written."""
        return text

    def month_name(self, month: int, short: bool) -> str:
        """The month's name: March, or Mar."""
        name = _MONTHS[month - 1]
        return name[:3] if short else name

    def day_name(self, weekday: int, short: bool) -> str:
        """The day's name: Monday, or Mon."""
        name = _DAYS[weekday - 1]
        return name[:3] if short else name

    def number(self, value: float, places: int) -> str:
        """``4.5``."""
        return f"{value:.{places}f}"


_current: Language = English()


def use(language: Language | None) -> None:
    """Make ``language`` the one the core writes in (None: back to English)."""
    global _current
    _current = language if language is not None else English()


def current() -> Language:
    """The language the core writes in now."""
    return _current


def translate(context: str, text: str) -> str:
    """``text`` (marked for ``lupdate`` in ``context``) in the current language."""
    return _current.translate(context, text) if text else text


def plural(count: int, one: str, other: str, **values: object) -> str:
    """``one`` or ``other`` (both already translated), with ``{count}`` and ``values`` filled."""
    return (one if count == 1 else other).format(count=count, **values)


def label(value: enum.Enum) -> str:
    """An enum's ``label`` (marked in a context named after the enum), translated."""
    text: str = value.label  # type: ignore[attr-defined]  # every labelled enum has one
    return translate(type(value).__name__, text)


def number(value: float, places: int = 1) -> str:
    """``4.5`` in English, ``4,5`` in Spanish."""
    return _current.number(value, places)


def month_name(month: int, short: bool = False) -> str:
    """A month's name in the current language."""
    return _current.month_name(month, short)


def day_name(weekday: int, short: bool = False) -> str:
    """A weekday's name in the current language (Monday is 1)."""
    return _current.day_name(weekday, short)


class LocalDate:
    """A date or time that formats with month and day names in the current language.

    ``f"{LocalDate(day):%a %d %b %Y}"`` reads "Thu 26 Nov 2026" in English and
    "jue 26 nov 2026" in Spanish: ``%a %A %b %B`` come from the language, every other code
    from ``strftime``. A translation can move the codes around ("%d de %B de %Y").
    """

    def __init__(self, value: dt.date) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self.value)
        names = {
            "a": lambda: day_name(self.value.isoweekday(), short=True),
            "A": lambda: day_name(self.value.isoweekday()),
            "b": lambda: month_name(self.value.month, short=True),
            "B": lambda: month_name(self.value.month),
        }

        def name(match: re.Match[str]) -> str:
            code = match.group(1)
            return names[code]().replace("%", "%%") if code in names else match.group(0)

        return self.value.strftime(re.sub(r"%(.)", name, spec))


def local_date(value: dt.date) -> LocalDate:
    """``value``, to format with names in the current language (see ``LocalDate``)."""
    return LocalDate(value)


def long_date(value: dt.date) -> str:
    """A date written out: "03 March 2026" (a translation adds its own words)."""
    return format(LocalDate(value), translate("dates", "%d %B %Y"))


def spoken_date(value: dt.date) -> str:
    """A date as people say it: "3 March 2026"."""
    return translate("dates", "{day} {date:%B %Y}").format(day=value.day, date=LocalDate(value))


def spoken_day(value: dt.date) -> str:
    """A day of this year as people say it: "3 March"."""
    return translate("dates", "{day} {date:%B}").format(day=value.day, date=LocalDate(value))


def weekday_date(value: dt.date) -> str:
    """A date with its weekday, as people say it: "Monday 3 March 2026"."""
    return translate("dates", "{date:%A} {day} {date:%B %Y}").format(
        day=value.day, date=LocalDate(value)
    )


def table_date(value: dt.date) -> str:
    """A date in a table cell: "03 Mar 2026"."""
    return format(LocalDate(value), translate("dates", "%d %b %Y"))


def table_day(value: dt.date) -> str:
    """A day in a table cell, with its weekday: "Thu 26 Nov 2026"."""
    return format(LocalDate(value), translate("dates", "%a %d %b %Y"))


def table_time(moment: dt.datetime) -> str:
    """A moment in a table cell, in this computer's time zone: "03 Mar 2026 14:05"."""
    return format(LocalDate(moment.astimezone()), translate("dates", "%d %b %Y %H:%M"))
