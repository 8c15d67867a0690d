"""Self-assessment totals over time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.language import number, table_date
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_DATE, COL_TOTAL, COL_AVERAGE, COL_CHANGE, COL_NOTE = range(5)


def _change(value: float | None) -> str:
    if value is None:
        return ""
    return (
        QCoreApplication.translate("assessment_table_model", "no change")
        if value == 0
        else ("+" if value > 0 else "") + number(value, 1)
    )


class AssessmentTableModel(RecordTableModel[SelfAssessment]):
    """One row per assessment; the change compares averages with the one before."""

    def __init__(self, parent: Any = None) -> None:
        self.changes: dict[str, float | None] = {}
        super().__init__(
            [
                Column(
                    self.tr("Date"),
                    lambda a: table_date(a.day),
                    lambda a: a.day.toordinal(),
                ),
                Column(
                    self.tr("Total"),
                    lambda a: self.tr("{total} of {highest_total}").format(
                        total=a.total, highest_total=a.highest_total
                    ),
                    lambda a: a.total,
                    align_right=True,
                ),
                Column(
                    self.tr("Average (1–6)"),
                    lambda a: number(a.average, 1),
                    lambda a: a.average,
                    align_right=True,
                ),
                Column(
                    self.tr("Change"),
                    lambda a: _change(self.changes.get(a.id)),
                    lambda a: self.changes.get(a.id),
                    align_right=True,
                ),
                Column(self.tr("Note"), lambda a: a.note.replace("\n", " ")),
            ],
            parent,
        )

    def set_data(self, assessments: list[SelfAssessment]) -> None:
        """Replace the rows (any order); the change is worked out oldest first."""
        previous: float | None = None
        changes: dict[str, float | None] = {}
        for item in sorted(assessments, key=lambda a: a.day):
            changes[item.id] = None if previous is None else round(item.average - previous, 1)
            previous = item.average
        self.changes = changes
        self.set_records(assessments)
