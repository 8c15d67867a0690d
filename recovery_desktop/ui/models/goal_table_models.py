"""Table models for the Goals tab: goals with what is due at a glance, and their updates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from recovery_desktop.domain.goals import Due, Goal, GoalUpdate, UpdateKind, due_state, progress
from recovery_desktop.domain.language import table_date
from recovery_desktop.domain.profile import Owner
from recovery_desktop.ui.i18n import enum_label
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel

COL_TITLE, COL_DUE_STATE, COL_DUE, COL_HORIZON, COL_STATUS, COL_STEPS, COL_BY = range(7)


def _steps(goal: Goal) -> str:
    done, total = progress(goal)
    return (
        QCoreApplication.translate("goal_table_models", "{done} of {total}").format(
            done=done, total=total
        )
        if total
        else ""
    )


class GoalTableModel(RecordTableModel[Goal]):
    """Goals; overdue and due-this-week read out in their own column, in bold."""

    def __init__(self, parent: Any = None) -> None:
        self.today = dt.date.today()
        super().__init__(
            [
                Column(self.tr("Goal"), lambda g: g.title),
                Column(
                    self.tr("At a glance"),
                    lambda g: enum_label(due_state(g, self.today)),
                    lambda g: int(due_state(g, self.today)),
                ),
                Column(
                    self.tr("Due"),
                    lambda g: table_date(g.due) if g.due else "",
                    lambda g: g.due.toordinal() if g.due else None,
                ),
                Column(self.tr("Horizon"), lambda g: enum_label(g.horizon)),
                Column(
                    self.tr("Status"),
                    lambda g: enum_label(g.status),
                    lambda g: list(type(g.status)).index(g.status),
                ),
                Column(self.tr("Steps"), _steps, lambda g: progress(g)),
                Column(
                    self.tr("Proposed by"),
                    lambda g: (
                        self.tr("My mentor") if g.proposed_by is Owner.MENTOR else self.tr("Me")
                    ),
                ),
            ],
            parent,
        )

    def set_data(self, goals: list[Goal], today: dt.date) -> None:
        """Replace the rows; ``today`` decides what is overdue."""
        self.today = today
        self.set_records(goals)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """As the base model, with overdue and due-soon goals in bold."""
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            goal = self.record_at(index.row())
            if index.column() == COL_DUE_STATE and due_state(goal, self.today) in (
                Due.OVERDUE,
                Due.THIS_WEEK,
            ):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


def _update_text(update: GoalUpdate) -> str:
    if update.kind is UpdateKind.ADJUSTMENT:
        changed = update.changed.replace("\n", "; ")
        return (
            QCoreApplication.translate("goal_table_models", "{changed}. Why: {why}").format(
                changed=changed, why=update.why
            )
            if update.why
            else changed
        )
    return update.note.replace("\n", " ")


class GoalUpdateTableModel(RecordTableModel[GoalUpdate]):
    """A goal's progress updates and adjustments, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Date"),
                    lambda u: table_date(u.day),
                    lambda u: u.day.toordinal(),
                ),
                Column(self.tr("Kind"), lambda u: enum_label(u.kind)),
                Column(self.tr("Note"), _update_text),
            ],
            parent,
        )
