"""Adjusting a goal: change what needs changing, and say why (kept as a dated update)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.codec import from_plain, to_plain
from recovery_desktop.domain.goals import Goal, describe_changes
from recovery_desktop.ui.growth_forms import goal_fields
from recovery_desktop.ui.widgets.record_form import RecordDialog


class AdjustGoalDialog(RecordDialog[Goal]):
    """The goal's form plus a "why" box; emits ``adjusted(goal, why)`` once both are fine."""

    #: The adjusted goal and the reason (Goal, str).
    adjusted = Signal(object, str)

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust goal"), goal, goal_fields(adjusting=True), parent)
        self._before = goal
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Why the change"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        self.reason_problem = QLabel(self)
        self.reason_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_problem.setWordWrap(True)
        self.reason_problem.setAccessibleName(self.tr("Problem with why the change"))
        self.reason_problem.setStyleSheet("color: palette(link); font-weight: 600;")
        self.reason_problem.hide()
        label = QLabel(self.tr("W&hy the change"), self)
        label.setBuddy(self.reason)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reason)
        hint = QLabel(
            self.tr("Kept with today's date under the goal's progress and changes."), holder
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        column.addWidget(hint)
        column.addWidget(self.reason_problem)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        form = layout.itemAt(0).layout()
        assert isinstance(form, QFormLayout)
        form.addRow(label, holder)
        # Tab goes through the goal's fields, then the reason, then Save and Cancel.
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None
        last_field = self.editors[goal_fields(adjusting=True)[-1].name]
        QWidget.setTabOrder(last_field, self.reason)
        QWidget.setTabOrder(self.reason, buttons)
        self.record_accepted.connect(self._on_record_accepted)

    def _on_save_clicked(self) -> None:
        edited = self.edited()
        if not describe_changes(self._before, edited):
            self.show_problem(
                "title", self.tr("Nothing is changed yet: change the goal, then say why.")
            )
            return
        if not self.reason.toPlainText().strip():
            self.reason_problem.setText(
                self.tr("Please say why, in a few words: it helps you and your mentor look back.")
            )
            self.reason_problem.show()
            self.reason.setFocus()
            return
        super()._on_save_clicked()

    def _on_record_accepted(self, goal: Goal) -> None:
        # Combo boxes hand back a str enum's plain value: make the enums whole again.
        whole = from_plain(Goal, to_plain(goal))
        self.adjusted.emit(whole, self.reason.toPlainText().strip())
