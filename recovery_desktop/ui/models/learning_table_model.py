"""The learning and community log table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from recovery_desktop.domain.language import table_day
from recovery_desktop.domain.learning import LearningEntry, Repeat, next_occurrence
from recovery_desktop.ui.i18n import enum_label, local_date
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_DATE, COL_KIND, COL_TITLE, COL_GOAL, COL_REPEATS = range(5)


class LearningTableModel(RecordTableModel[LearningEntry]):
    """Entries with their linked goal (by title) and, for recurring ones, the next date."""

    def __init__(self, parent: Any = None) -> None:
        self.goal_titles: dict[str, str] = {}
        self.today = dt.date.today()
        super().__init__(
            [
                Column(
                    self.tr("Date"),
                    lambda e: table_day(e.day),
                    lambda e: e.day.toordinal(),
                ),
                Column(self.tr("Kind"), lambda e: enum_label(e.kind)),
                Column(self.tr("What"), lambda e: e.title),
                Column(self.tr("Goal"), lambda e: self.goal_titles.get(e.goal_id or "", "")),
                Column(self.tr("Repeats"), self._repeats),
            ],
            parent,
        )

    def _repeats(self, entry: LearningEntry) -> str:
        if entry.repeats is Repeat.NONE:
            return ""
        upcoming = next_occurrence(entry, self.today)
        return (
            self.tr("{label}, next {upcoming:%a %d %b}").format(
                label=enum_label(entry.repeats), upcoming=local_date(upcoming)
            )
            if upcoming
            else enum_label(entry.repeats)
        )

    def set_data(
        self, entries: list[LearningEntry], goal_titles: dict[str, str], today: dt.date
    ) -> None:
        """Replace the rows, the goal titles they link to, and today's date."""
        self.goal_titles = goal_titles
        self.today = today
        self.set_records(entries)
