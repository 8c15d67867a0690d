"""The journal list: date, heading, mood and whether the mentor sees it."""

from __future__ import annotations

from typing import Any

from recovery_desktop.domain.checkins import MOOD_LABELS
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_DATE, COL_HEADING, COL_MOOD, COL_SHARED = range(4)


class JournalTableModel(RecordTableModel[JournalEntry]):
    """Journal entries; private ones say so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    "Date",
                    lambda e: f"{e.entry_date:%a %d %b %Y}",
                    lambda e: (
                        e.entry_date.toordinal(),
                        e.created_at.timestamp() if e.created_at else 0,
                    ),
                ),
                Column("Entry", lambda e: e.heading),
                Column(
                    "Mood",
                    lambda e: MOOD_LABELS.get(e.mood, "") if e.mood else "",
                    lambda e: e.mood,
                ),
                Column("Mentor sees it", lambda e: "Shared" if e.shared else "Private"),
            ],
            parent,
        )
