"""The triggers table: name, kind, risk, and how often each came up lately."""

from __future__ import annotations

import datetime as dt
from typing import Any

from recovery_desktop.domain.language import table_date
from recovery_desktop.domain.trigger_stats import TriggerStats
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.ui.i18n import enum_label
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_NAME, COL_KIND, COL_RISK, COL_RECENT, COL_LAST, COL_SHARED = range(6)


def _day(moment: dt.datetime | None) -> str:
    """A timestamp as a short local date, or an empty string."""
    return "" if moment is None else table_date(moment.astimezone())


def _order(moment: dt.datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


class TriggerTableModel(RecordTableModel[Trigger]):
    """Triggers with their last-30-days count and last encounter."""

    def __init__(self, parent: Any = None) -> None:
        self.stats: dict[str, TriggerStats] = {}
        stat = self._stat
        super().__init__(
            [
                Column(self.tr("Trigger"), lambda t: t.name),
                Column(
                    self.tr("Kind"),
                    lambda t: enum_label(t.category),
                    lambda t: enum_label(t.category),
                ),
                Column(self.tr("Risk"), lambda t: enum_label(t.risk), lambda t: int(t.risk)),
                Column(
                    self.tr("Last 30 days"),
                    lambda t: str(stat(t).recent),
                    lambda t: stat(t).recent,
                    align_right=True,
                ),
                Column(
                    self.tr("Last came up"),
                    lambda t: _day(stat(t).last),
                    lambda t: _order(stat(t).last),
                ),
                Column(
                    self.tr("Shared"),
                    lambda t: self.tr("Shared") if t.shared else self.tr("Private"),
                ),
            ],
            parent,
        )

    def _stat(self, trigger: Trigger) -> TriggerStats:
        return self.stats.get(trigger.id, TriggerStats())

    def set_data(self, triggers: list[Trigger], stats: dict[str, TriggerStats]) -> None:
        """Replace the rows and their statistics."""
        self.stats = stats
        self.set_records(triggers)
