"""The urge log table."""

from __future__ import annotations

from typing import Any

from recovery_desktop.domain.language import table_time
from recovery_desktop.domain.triggers import Encounter
from recovery_desktop.ui.i18n import enum_label
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_WHEN, COL_TRIGGERS, COL_INTENSITY, COL_DURATION, COL_OUTCOME, COL_COPING = range(6)


class EncounterTableModel(RecordTableModel[Encounter]):
    """Encounters; trigger and coping ids are shown by name."""

    def __init__(self, parent: Any = None) -> None:
        self.names: dict[str, str] = {}
        super().__init__(
            [
                Column(
                    self.tr("When"),
                    lambda e: table_time(e.occurred_at),
                    lambda e: e.occurred_at.timestamp(),
                ),
                Column(self.tr("Triggers"), lambda e: self._names(e.trigger_ids)),
                Column(
                    self.tr("Intensity"),
                    lambda e: str(e.intensity),
                    lambda e: e.intensity,
                    align_right=True,
                ),
                Column(
                    self.tr("Lasted"),
                    lambda e: (
                        ""
                        if e.duration_minutes is None
                        else self.tr("{duration_minutes} min").format(
                            duration_minutes=e.duration_minutes
                        )
                    ),
                    lambda e: e.duration_minutes,
                    align_right=True,
                ),
                Column(self.tr("How it ended"), lambda e: enum_label(e.outcome)),
                Column(self.tr("Coping used"), lambda e: self._names(e.coping_ids)),
            ],
            parent,
        )

    def _names(self, ids: tuple[str, ...]) -> str:
        return ", ".join(self.names[i] for i in ids if i in self.names)

    def set_data(self, encounters: list[Encounter], names: dict[str, str]) -> None:
        """Replace the rows; ``names`` maps trigger and coping ids to their names."""
        self.names = names
        self.set_records(encounters)
