"""Table models for the Check-in tab: the days, changes to past days, attempts, milestones."""

from __future__ import annotations

import datetime as dt
from typing import Any

from recovery_desktop.domain.checkins import MOOD_LABELS, CheckIn, CheckInAudit
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import number, table_date, table_day, translate
from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.domain.sobriety import Attempt
from recovery_desktop.ui.i18n import core, enum_label
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel, TextTableModel

COL_DAY, COL_USE, COL_MOOD, COL_CRAVING, COL_HALT, COL_SLEEP, COL_CHANGED, COL_NOTE = range(8)


def _sleep(hours: float | None) -> str:
    """Hours slept, "7.5 h" ("7,5 h" in Spanish): as many decimals as were given."""
    if hours is None:
        return ""
    places = next((n for n in range(3) if float(hours * 10**n).is_integer()), 2)
    return translate("CheckInTableModel", "{hours} h").format(hours=number(hours, places))


class CheckInTableModel(RecordTableModel[CheckIn]):
    """One row per day; ``audited`` days say they were added or changed later."""

    def __init__(self, parent: Any = None) -> None:
        self.audited: set[dt.date] = set()
        super().__init__(
            [
                Column(self.tr("Day"), lambda c: table_day(c.day), lambda c: c.day.toordinal()),
                Column(self.tr("Use"), lambda c: enum_label(c.use).split(" (")[0]),
                Column(
                    self.tr("Mood"),
                    lambda c: f"{c.mood} {core('Mood', MOOD_LABELS.get(c.mood, ''))}".strip(),
                    lambda c: c.mood,
                ),
                Column(
                    self.tr("Craving"),
                    lambda c: str(c.craving),
                    lambda c: c.craving,
                    align_right=True,
                ),
                Column(self.tr("HALT"), lambda c: ", ".join(core("HALT", word) for word in c.halt)),
                Column(self.tr("Slept"), lambda c: _sleep(c.sleep_hours), lambda c: c.sleep_hours),
                Column(
                    self.tr("Edited later"),
                    lambda c: self.tr("Yes") if c.day in self.audited else "",
                ),
                Column(self.tr("Note"), lambda c: (c.slip_note or c.note).replace("\n", " ")),
            ],
            parent,
        )

    def set_data(self, checkins: list[CheckIn], audited: set[dt.date]) -> None:
        """Replace the rows and which days have audit entries."""
        self.audited = audited
        self.set_records(checkins)


class AuditTableModel(RecordTableModel[CheckInAudit]):
    """Changes to past days, the latest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Day"), lambda a: table_day(a.day), lambda a: a.day.toordinal()),
                Column(self.tr("Changed on"), lambda a: table_day(a.made_on), lambda a: a.made_on),
                Column(self.tr("What happened"), lambda a: enum_label(a.action)),
                Column(self.tr("What changed"), lambda a: a.changes.replace("\n", "; ")),
            ],
            parent,
        )


class MilestoneTableModel(RecordTableModel[Milestone]):
    """Milestones reached, with their dates."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Reached on"),
                    lambda m: table_day(m.reached_on),
                    lambda m: m.reached_on,
                ),
                Column(self.tr("Milestone"), lambda m: m.title),
            ],
            parent,
        )


class AttemptTableModel(TextTableModel[Attempt]):
    """Recovery attempts, the latest first (they are values, not stored records)."""

    TITLES = (
        QT_TRANSLATE_NOOP("AttemptTableModel", "Began"),
        QT_TRANSLATE_NOOP("AttemptTableModel", "Until"),
        QT_TRANSLATE_NOOP("AttemptTableModel", "Substance-free days"),
        QT_TRANSLATE_NOOP("AttemptTableModel", "Lapses"),
        QT_TRANSLATE_NOOP("AttemptTableModel", "How it ended"),
    )

    def set_attempts(self, attempts: list[Attempt]) -> None:
        """Replace every row (give them oldest first; the latest is shown first)."""
        self.set_rows(list(reversed(attempts)))

    def text(self, row: Attempt, column: int) -> str:
        """What a cell reads."""
        match column:
            case 0:
                return table_day(row.start)
            case 1:
                return self.tr("Now") if row.end is None else table_day(row.end)
            case 2:
                return str(row.free_days)
            case 3:
                days = ", ".join(table_date(slip.day) for slip in row.lapses)
                return f"{len(row.lapses)}: {days}" if row.lapses else self.tr("None")
            case _:
                slip = row.ended_by
                if slip is None:
                    return self.tr("Going on")
                return (
                    self.tr("A relapse: {note}").format(note=slip.note)
                    if slip.note
                    else self.tr("A relapse")
                )
