"""The learning and community log: workshops, reading, meetings, groups and events."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.records import Record


class LearningKind(enum.StrEnum):
    """What kind of learning or community time it was."""

    WORKSHOP = "workshop"
    READING = "reading"
    MEETING = "meeting"
    SUPPORT_GROUP = "support_group"
    EVENT = "event"

    @property
    def label(self) -> str:
        """How the kind reads in the app."""
        return {
            LearningKind.WORKSHOP: QT_TRANSLATE_NOOP("LearningKind", "Workshop"),
            LearningKind.READING: QT_TRANSLATE_NOOP("LearningKind", "Reading"),
            LearningKind.MEETING: QT_TRANSLATE_NOOP("LearningKind", "Meeting"),
            LearningKind.SUPPORT_GROUP: QT_TRANSLATE_NOOP("LearningKind", "Support group"),
            LearningKind.EVENT: QT_TRANSLATE_NOOP("LearningKind", "Event"),
        }[self]


class Repeat(enum.StrEnum):
    """An optional schedule for something that recurs (a weekly meeting, say)."""

    NONE = "none"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        """How the schedule reads in the app."""
        return {
            Repeat.NONE: QT_TRANSLATE_NOOP("Repeat", "Once"),
            Repeat.WEEKLY: QT_TRANSLATE_NOOP("Repeat", "Every week"),
            Repeat.FORTNIGHTLY: QT_TRANSLATE_NOOP("Repeat", "Every two weeks"),
            Repeat.MONTHLY: QT_TRANSLATE_NOOP("Repeat", "Every month"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class LearningEntry(Record):
    """One entry; ``goal_id`` links it to a goal; ``repeats`` recurs from ``day``."""

    kind: LearningKind = LearningKind.MEETING
    day: dt.date
    title: str
    notes: str = ""
    goal_id: str | None = None
    repeats: Repeat = Repeat.NONE
    shared: bool = True


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError(day)  # every month has a 28th


def next_occurrence(entry: LearningEntry, today: dt.date) -> dt.date | None:
    """The next date on or after ``today`` the entry happens again (None if it does not)."""
    if entry.repeats is Repeat.NONE or entry.is_deleted:
        return None
    if entry.day >= today:
        return entry.day
    if entry.repeats is Repeat.MONTHLY:
        months = (today.year - entry.day.year) * 12 + today.month - entry.day.month
        candidate = _add_months(entry.day, months)
        return candidate if candidate >= today else _add_months(entry.day, months + 1)
    step = 7 if entry.repeats is Repeat.WEEKLY else 14
    behind = (today - entry.day).days
    return entry.day + dt.timedelta(days=-(-behind // step) * step)
