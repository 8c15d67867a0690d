"""Table models for the plan's lists: warning signs, coping, the support ladder, triggers."""

from __future__ import annotations

from typing import Any

from recovery_desktop.domain.plan import CopingStrategy, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel


def _shared(record: Any) -> str:
    return "Shared" if record.shared else "Private"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class WarningSignTableModel(RecordTableModel[WarningSign]):
    """Warning signs in plan order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("Warning sign", lambda w: w.title),
                Column("Stage", lambda w: w.stage.label),
                Column("What I will do", lambda w: _first_line(w.action)),
                Column("Shared", _shared),
            ],
            parent,
        )


class CopingTableModel(RecordTableModel[CopingStrategy]):
    """Coping strategies in plan order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("Coping strategy", lambda c: c.title),
                Column("Kind", lambda c: c.kind.label),
                Column("First step", lambda c: _first_line(c.steps)),
                Column("Shared", _shared),
            ],
            parent,
        )


class ContactTableModel(RecordTableModel[SupportContact]):
    """The support ladder, first rung first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    "Step",
                    lambda c: str(self.row_of(c.id) + 1 if self.row_of(c.id) is not None else ""),
                ),
                Column("Name", lambda c: c.name),
                Column("Role", lambda c: c.role.label),
                Column("Phone", lambda c: c.phone),
                Column("When", lambda c: c.hours),
                Column("What they will do", lambda c: _first_line(c.will_do)),
            ],
            parent,
        )


class TriggerPlanTableModel(RecordTableModel[Trigger]):
    """Triggers with their if-then plans, as the plan shows them."""

    def __init__(self, parent: Any = None) -> None:
        self.contact_names: dict[str, str] = {}
        super().__init__(
            [
                Column("Trigger", lambda t: t.name),
                Column("Risk", lambda t: t.risk.label, lambda t: int(t.risk)),
                Column("If it comes up", self._plan_text),
                Column(
                    "Who I contact",
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
                ("Avoid", trigger.avoid),
                ("Get away", trigger.escape),
                ("Cope", trigger.cope),
            )
            if text.strip()
        ]
        return "; ".join(parts)
