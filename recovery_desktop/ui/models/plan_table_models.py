"""Table models for the plan's lists: warning signs, coping, the support ladder, triggers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.plan import CopingStrategy, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.ui.i18n import enum_label
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel


def _shared(record: Any) -> str:
    return (
        QCoreApplication.translate("plan_table_models", "Shared")
        if record.shared
        else QCoreApplication.translate("plan_table_models", "Private")
    )


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class WarningSignTableModel(RecordTableModel[WarningSign]):
    """Warning signs in plan order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Warning sign"), lambda w: w.title),
                Column(self.tr("Stage"), lambda w: enum_label(w.stage)),
                Column(self.tr("What I will do"), lambda w: _first_line(w.action)),
                Column(self.tr("Shared"), _shared),
            ],
            parent,
        )


class CopingTableModel(RecordTableModel[CopingStrategy]):
    """Coping strategies in plan order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Coping strategy"), lambda c: c.title),
                Column(self.tr("Kind"), lambda c: enum_label(c.kind)),
                Column(self.tr("First step"), lambda c: _first_line(c.steps)),
                Column(self.tr("Shared"), _shared),
            ],
            parent,
        )


class ContactTableModel(RecordTableModel[SupportContact]):
    """The support ladder, first rung first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Step"),
                    lambda c: str(self.row_of(c.id) + 1 if self.row_of(c.id) is not None else ""),
                ),
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Role"), lambda c: enum_label(c.role)),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("When"), lambda c: c.hours),
                Column(self.tr("What they will do"), lambda c: _first_line(c.will_do)),
            ],
            parent,
        )


class TriggerPlanTableModel(RecordTableModel[Trigger]):
    """Triggers with their if-then plans, as the plan shows them."""

    def __init__(self, parent: Any = None) -> None:
        self.contact_names: dict[str, str] = {}
        super().__init__(
            [
                Column(self.tr("Trigger"), lambda t: t.name),
                Column(self.tr("Risk"), lambda t: enum_label(t.risk), lambda t: int(t.risk)),
                Column(self.tr("If it comes up"), self._plan_text),
                Column(
                    self.tr("Who I contact"),
                    lambda t: ", ".join(
                        self.contact_names[i] for i in t.contact_ids if i in self.contact_names
                    ),
                ),
            ],
            parent,
        )

    @staticmethod
    def _plan_text(trigger: Trigger) -> str:
        parts = [
            f"{label}: {_first_line(text)}"
            for label, text in (
                (QCoreApplication.translate("TriggerPlanTableModel", "Avoid"), trigger.avoid),
                (QCoreApplication.translate("TriggerPlanTableModel", "Get away"), trigger.escape),
                (QCoreApplication.translate("TriggerPlanTableModel", "Cope"), trigger.cope),
            )
            if text.strip()
        ]
        return "; ".join(parts)
