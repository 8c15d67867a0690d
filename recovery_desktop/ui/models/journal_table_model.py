"""The journal list: date, heading, mood and whether the mentor sees it."""

from __future__ import annotations

from typing import Any

from recovery_desktop.domain.checkins import MOOD_LABELS
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.language import table_day
from recovery_desktop.ui.i18n import core
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_DATE, COL_HEADING, COL_MOOD, COL_SHARED = range(4)


class JournalTableModel(RecordTableModel[JournalEntry]):
    """Journal entries; private ones say so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Date"),
                    lambda e: table_day(e.entry_date),
                    lambda e: (
                        e.entry_date.toordinal(),
                        e.created_at.timestamp() if e.created_at else 0,
                    ),
                ),
                Column(self.tr("Entry"), lambda e: e.heading),
                Column(
                    self.tr("Mood"),
                    lambda e: core("Mood", MOOD_LABELS.get(e.mood, "")) if e.mood else "",
                    lambda e: e.mood,
                ),
                Column(
                    self.tr("Mentor sees it"),
                    lambda e: self.tr("Shared") if e.shared else self.tr("Private"),
                ),
            ],
            parent,
        )
