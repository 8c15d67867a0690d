"""The Goals tab: goals filtered by status and horizon, with steps and progress beside them.

Overdue goals and goals due this week say so in their own column (in bold) and in a
line above the list. Ticking a step, noting progress, adjusting a goal and marking it
done are each one step on the undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.goals import (
    Due,
    Goal,
    GoalStatus,
    GoalUpdate,
    Horizon,
    adjustment,
    due_state,
)
from recovery_desktop.services import goals as goal_service
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.dialogs.adjust_goal_dialog import AdjustGoalDialog
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.growth_forms import goal_fields, progress_fields
from recovery_desktop.ui.i18n import enum_label, local_date
from recovery_desktop.ui.models.goal_table_models import (
    COL_DUE_STATE,
    GoalTableModel,
    GoalUpdateTableModel,
)
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import named_button, plain_label, two_panes
from recovery_desktop.ui.widgets.mentor_comments import MentorCommentsPanel
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.GOALS, Area.GOAL_UPDATES)
_OPEN = "open"
_PRESSING = "pressing"


def _goal_text(goal: Goal) -> str:
    return " ".join((goal.title, goal.why, goal.measure, goal.target, goal.steps))


class GoalsTab(QWidget):
    """Goals on the left; the chosen goal's steps and progress on the right."""

    def __init__(
        self,
        editor: Editor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self.today = today
        self.setAccessibleName(self.tr("Goals"))
        self.adjust_dialog: AdjustGoalDialog | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search goals (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search goals"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("Open goals (proposed, active, paused)"), _OPEN)
        self.status_filter.addItem(self.tr("Overdue or due this week"), _PRESSING)
        self.status_filter.addItem(self.tr("All goals"), None)
        for status in GoalStatus:
            self.status_filter.addItem(enum_label(status), status)
        self.horizon_filter = QComboBox(self)
        self.horizon_filter.setAccessibleName(self.tr("Show horizon"))
        self.horizon_filter.addItem(self.tr("Any horizon"), None)
        for horizon in Horizon:
            self.horizon_filter.addItem(enum_label(horizon), horizon)
        self.at_a_glance = plain_label("", self)
        self.at_a_glance.setAccessibleName(self.tr("Goals at a glance"))
        font = self.at_a_glance.font()
        font.setBold(True)
        self.at_a_glance.setFont(font)

        self.model = GoalTableModel(self)
        self.proxy = RecordFilterProxy(_goal_text, self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable(self.tr("Goals list"), self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_DUE_STATE, Qt.SortOrder.AscendingOrder)
        self.empty_note = plain_label(
            self.tr(
                "Goals can be small and daily, or milestones months away. Add one, with why it "
                "matters to you and how you'll know it's working."
            ),
            self,
        )

        self.add_button = named_button(self.tr("&Add goal…"), self.tr("Add goal"), self)
        self.edit_button = named_button(self.tr("Edit…"), self.tr("Edit goal"), self)
        self.adjust_button = named_button(
            self.tr("Adj&ust…"), self.tr("Adjust goal, saying what changed and why"), self
        )
        self.done_button = named_button(self.tr("Mark d&one"), self.tr("Mark goal done"), self)
        self.delete_button = named_button(self.tr("&Delete"), self.tr("Delete goal"), self)

        self.detail_title = plain_label("", self)
        self.detail_title.setAccessibleName(self.tr("Chosen goal"))
        emphasise(self.detail_title, 1.2)
        self.detail = plain_label("", self)
        self.detail.setAccessibleName(self.tr("About the chosen goal"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps_label = plain_label(self.tr("Steps (Space ticks the highlighted one)"), self)
        steps_label.setStyleSheet("font-weight: 600;")
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setMaximumHeight(150)
        steps_label.setBuddy(self.steps)
        updates_label = plain_label(self.tr("Progress and changes"), self)
        updates_label.setStyleSheet("font-weight: 600;")
        self.update_model = GoalUpdateTableModel(self)
        self.updates = RecordTable(self.tr("Progress and changes"), self, stretch_column=2)
        self.updates.setModel(self.update_model)
        self.updates.setSortingEnabled(False)  # newest first
        updates_label.setBuddy(self.updates)
        self.progress_button = named_button(
            self.tr("&Note progress…"), self.tr("Note progress"), self
        )
        self._steps_label = steps_label
        self._updates_label = updates_label
        self.mentor_comments = MentorCommentsPanel(editor, self)

        self._layout()
        self._connect()
        self.deferred_refresh(Changes.all())

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 2)
        filters.addWidget(self.horizon_filter, 1)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.adjust_button,
            self.done_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.at_a_glance)
        left_layout.addWidget(self.empty_note)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.mentor_comments)
        right_layout.addWidget(self._steps_label)
        right_layout.addWidget(self.steps)
        right_layout.addWidget(self._updates_label)
        right_layout.addWidget(self.updates, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_button)
        progress_row.addStretch(1)
        right_layout.addLayout(progress_row)

        splitter = two_panes(self, left, right, (2, 1))
        splitter.setSizes([660, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.horizon_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.edit_requested.connect(self.edit_goal)
        self.table.delete_requested.connect(lambda g: self.editor.delete(self, g, self.tr("goal")))
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_goal))
        self.adjust_button.clicked.connect(lambda: self._with_selected(self.adjust_goal))
        self.done_button.clicked.connect(lambda: self._with_selected(self.mark_done))
        self.delete_button.clicked.connect(
            lambda: self._with_selected(lambda g: self.editor.delete(self, g, self.tr("goal")))
        )
        self.progress_button.clicked.connect(lambda: self._with_selected(self.note_progress))
        self.steps.itemChanged.connect(self._on_step_changed)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)
        self._on_filter_changed()

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        today = self.today()
        selected = self.table.selected_record()
        goals = goal_service.goals(self.editor.vault, today)
        self.model.set_data(goals, today)
        if selected is not None:
            self.table.select_record(selected.id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        overdue, soon = goal_service.due_counts(goals, today)
        parts = []
        if overdue:
            parts.append(self.tr("{count} overdue").format(count=overdue))
        if soon:
            parts.append(self.tr("{count} due this week").format(count=soon))
        open_goals = sum(1 for g in goals if g.status.is_open)
        self.at_a_glance.setText(
            self.tr("{parts} (of {count} open goals)").format(
                parts=" · ".join(parts), count=open_goals
            )
            if parts
            else self.tr("{count} open goals, none overdue.").format(count=open_goals)
        )
        self.at_a_glance.setVisible(bool(goals))
        self.empty_note.setVisible(not goals)
        self._show_detail()

    def _selected(self) -> Goal | None:
        record = self.table.selected_record()
        return record if isinstance(record, Goal) else None

    def _show_detail(self) -> None:
        goal = self._selected()
        self.mentor_comments.show_for(goal)
        for widget in (self.edit_button, self.adjust_button, self.delete_button):
            widget.setEnabled(goal is not None)
        self.done_button.setEnabled(goal is not None and goal.status is not GoalStatus.DONE)
        self.progress_button.setEnabled(goal is not None)
        self.steps.blockSignals(True)
        self.steps.clear()
        if goal is None:
            self.detail_title.setText(self.tr("Choose a goal to see its steps and progress."))
            self.detail.setText("")
            self.update_model.set_records([])
            self.steps.blockSignals(False)
            return
        self.detail_title.setText(goal.title)
        lines = []
        state = due_state(goal, self.today())
        when = (
            self.tr("Due {day:%A %d %B %Y}").format(day=local_date(goal.due))
            if goal.due
            else self.tr("No due date")
        )
        status, horizon, kind = (
            enum_label(goal.status),
            enum_label(goal.horizon),
            enum_label(goal.goal_type),
        )
        lines.append(f"{status} · {horizon} · {kind}")
        due = enum_label(state)
        lines.append(f"{when} ({due.lower()})" if due else when)
        if goal.status is GoalStatus.DONE and goal.done_on:
            lines.append(self.tr("Done on {day:%d %B %Y}").format(day=local_date(goal.done_on)))
        for label, text in (
            (self.tr("Why it matters"), goal.why),
            (self.tr("How I'll measure it"), goal.measure),
            (self.tr("Target"), goal.target),
        ):
            if text:
                lines.append(f"{label}: {text}")
        self.detail.setText("\n".join(lines))
        for step in goal.step_list:
            item = QListWidgetItem(step.text, self.steps)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        if not goal.step_list:
            QListWidgetItem(self.tr("No steps yet: add them with Edit…"), self.steps).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.steps.blockSignals(False)
        self.update_model.set_records(goal_service.updates(self.editor.vault, goal.id))

    def _on_filter_changed(self) -> None:
        wanted = self.status_filter.currentData()
        horizon = self.horizon_filter.currentData()
        today = self.today

        def keep(goal: Goal) -> bool:
            # Combo boxes hand back a str enum's plain value, so compare by value.
            if horizon is not None and goal.horizon != horizon:
                return False
            if wanted == _OPEN:
                return goal.status.is_open
            if wanted == _PRESSING:
                return due_state(goal, today()) in (Due.OVERDUE, Due.THIS_WEEK)
            return wanted is None or goal.status == wanted

        self.proxy.set_predicate(keep)
        self._show_detail()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- editing -----------------------------------------------------------------------

    def _with_selected(self, action: Callable[[Goal], None]) -> None:
        goal = self._selected()
        if goal is not None:
            action(goal)

    def add_goal(self) -> None:
        """Open the form for a new goal."""
        goal = Goal(title="", due=self.today() + dt.timedelta(days=7))
        self.editor.open_form(
            self, self.tr("Add a goal"), goal, goal_fields(), self.tr("goal"), on_saved=self._select
        )

    def edit_goal(self, goal: Goal) -> None:
        """Open a goal's form (plain edits: typos, wording)."""
        self.editor.open_form(self, self.tr("Edit goal"), goal, goal_fields(), self.tr("goal"))

    def adjust_goal(self, goal: Goal) -> None:
        """Change a goal and say why; the change is kept as a dated update."""
        dialog = AdjustGoalDialog(goal, self)

        def keep(after: Goal, why: str) -> None:
            today = self.today()
            saved_after = after.with_status(after.status, today)
            update = adjustment(goal, saved_after, why, today)
            stack = self.editor.undo_stack
            stack.beginMacro(self.tr("Adjust goal"))
            saved = self.editor.save(self, goal, saved_after, self.tr("goal"))
            if saved is not None:
                self.editor.save(self, None, update, self.tr("goal update"))
            stack.endMacro()

        dialog.adjusted.connect(keep)
        dialog.finished.connect(dialog.deleteLater)
        self.adjust_dialog = dialog
        dialog.open()

    def mark_done(self, goal: Goal) -> None:
        """Mark a goal done today."""
        self.editor.save(
            self, goal, goal.with_status(GoalStatus.DONE, self.today()), self.tr("goal")
        )

    def note_progress(self, goal: Goal) -> None:
        """Open the progress form for a goal."""
        update = GoalUpdate(goal_id=goal.id, day=self.today(), shared=goal.shared)
        self.editor.open_form(
            self,
            self.tr("Progress on “{title}”").format(title=goal.title),
            update,
            progress_fields(),
            self.tr("progress note"),
        )

    def _on_step_changed(self, item: QListWidgetItem) -> None:
        goal = self._selected()
        if goal is None:
            return
        index = self.steps.row(item)
        done = item.checkState() == Qt.CheckState.Checked
        if index < len(goal.step_list) and goal.step_list[index].done != done:
            self.editor.save(self, goal, goal.with_step_done(index, done), self.tr("step"))

    def _select(self, goal: Goal) -> None:
        self.table.select_record(goal.id)
