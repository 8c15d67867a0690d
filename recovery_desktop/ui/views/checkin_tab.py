"""The Check-in tab: today's check-in, the sobriety record, past days and milestones.

Saving goes through the check-in service (one check-in per day; past days audited) and
onto the undo stack. A check-in that notes a slip is met with the plan's own first
steps, in calm words, right under the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.services import checkins
from recovery_desktop.services import milestones as milestone_service
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.checkin_commands import RemoveDayCommand, SaveDayCommand
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.models.checkin_table_models import (
    COL_DAY,
    COL_NOTE,
    AttemptTableModel,
    AuditTableModel,
    CheckInTableModel,
    MilestoneTableModel,
)
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
from recovery_desktop.ui.recovery_words import after_slip, record_text
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.views.triggers_tab import lapse_message
from recovery_desktop.ui.widgets.basics import plain_label, scrolling, two_panes
from recovery_desktop.ui.widgets.checkin_form import CheckInForm
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.CHECK_INS, Area.CHECK_IN_AUDIT, Area.MILESTONES)


def _page(parent: QWidget, *widgets: QWidget | QHBoxLayout) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    for item in widgets:
        if isinstance(item, QHBoxLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return page


class CheckInTab(QWidget):
    """Today's check-in beside the record and the history of days."""

    #: The person asked for the reminder settings.
    reminder_settings_requested = Signal()

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
        self.setAccessibleName(self.tr("Check-in"))

        self.notice = plain_label("", self)
        self.notice.setAccessibleName(self.tr("Reminder"))
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.notice.hide()
        self.form = CheckInForm(self, read_only=editor.read_only)

        self.headline = plain_label("", self)
        self.headline.setAccessibleName(self.tr("My record"))
        emphasise(self.headline, 1.3)
        self.record_lines = plain_label("", self)
        self.record_lines.setAccessibleName(self.tr("My record in detail"))

        self.day_model = CheckInTableModel(self)
        self.day_proxy = RecordFilterProxy(lambda c: f"{c.note} {c.slip_note}", self)
        self.day_proxy.setSourceModel(self.day_model)
        self.days = RecordTable(self.tr("Check-ins, one per day"), self, stretch_column=COL_NOTE)
        self.days.setModel(self.day_proxy)
        self.days.sortByColumn(COL_DAY, Qt.SortOrder.DescendingOrder)
        self.edit_day_button = QPushButton(self.tr("Edit this da&y"), self)
        self.edit_day_button.setAccessibleName(self.tr("Edit the chosen day's check-in"))
        self.remove_day_button = QPushButton(self.tr("Rem&ove this day"), self)
        self.remove_day_button.setAccessibleName(self.tr("Remove the chosen day's check-in"))

        self.audit_model = AuditTableModel(self)
        self.audit = RecordTable(self.tr("Changes to past days"), self, stretch_column=3)
        self.audit.setModel(self.audit_model)
        self.audit.setSortingEnabled(False)  # the latest change first
        self.attempt_model = AttemptTableModel(self)
        self.attempts = QTableView(self)
        self.attempts.setAccessibleName(self.tr("Recovery attempts"))
        self.attempts.setModel(self.attempt_model)
        self.attempts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attempts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attempts.setTabKeyNavigation(False)
        self.attempts.verticalHeader().hide()
        self.attempts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.attempts.horizontalHeader().setStretchLastSection(True)
        self.milestone_model = MilestoneTableModel(self)
        self.milestones = RecordTable(self.tr("Milestones reached"), self, stretch_column=1)
        self.milestones.setModel(self.milestone_model)
        self.milestones.setSortingEnabled(False)

        self.reminder_button = QPushButton(self.tr("Daily reminder…"), self)
        self.reminder_button.setAccessibleName(self.tr("Daily check-in reminder settings"))
        self.history = QTabWidget(self)
        self.history.setAccessibleName(self.tr("Check-in history"))
        self.history.tabBar().setAccessibleName(self.tr("Check-in history"))
        self._layout()
        self._connect()
        self.deferred_refresh(Changes.all())
        self.load_day(self.today())

    def _layout(self) -> None:
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(self.edit_day_button)
        day_buttons.addWidget(self.remove_day_button)
        day_buttons.addStretch(1)
        self.history.addTab(_page(self, self.days, day_buttons), self.tr("Days"))
        audit_note = plain_label(
            self.tr("Days filled in later, corrected or removed, with what changed and when."), self
        )
        audit_note.setEnabled(False)
        self.history.addTab(_page(self, audit_note, self.audit), self.tr("Changes to past days"))
        attempts_note = plain_label(
            self.tr(
                "A lapse is one use; a relapse is a return to the old pattern. Each recovery "
                "attempt carries on through lapses."
            ),
            self,
        )
        attempts_note.setEnabled(False)
        self.history.addTab(_page(self, attempts_note, self.attempts), self.tr("Attempts"))
        self.history.addTab(_page(self, self.milestones), self.tr("Milestones"))

        form_scroll = scrolling(self.form, self.tr("Check-in form"), self)
        form_width = (
            self.form.minimumSizeHint().width() + form_scroll.verticalScrollBar().sizeHint().width()
        )
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.headline, 1)
        heading_row.addWidget(self.reminder_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(self.record_lines)
        right_layout.addWidget(self.history, 1)
        splitter = two_panes(self, form_scroll, right, (1, 2))
        self._splitter = splitter
        self._form_width = form_width
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: the form gets the width it needs, the record the rest.

        The record gives up width down to its own minimum (large text makes the form
        wider); in a small window the form scrolls instead.
        """
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = self._splitter.width()
            record = self._splitter.widget(1).minimumSizeHint().width()
            form = min(self._form_width, max(total // 2, total - record))
            self._splitter.setSizes([form, total - form])

    def _connect(self) -> None:
        self.form.save_requested.connect(self.save)
        self.form.uneventful_requested.connect(self.check_in_uneventful)
        self.form.day_changed.connect(self.load_day)
        self.days.edit_requested.connect(lambda c: self.load_day(c.day))
        self.days.delete_requested.connect(self.remove)
        self.edit_day_button.clicked.connect(self._on_edit_day_clicked)
        self.remove_day_button.clicked.connect(self._on_remove_day_clicked)
        self.reminder_button.clicked.connect(self.reminder_settings_requested)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        vault = self.editor.vault
        today = self.today()
        if changes.touches(Area.CHECK_INS, Area.CHECK_IN_AUDIT):
            selected = self.days.selected_record()
            seen = checkins.overview(vault, today)
            self.day_model.set_data(seen.days, seen.audited)
            if selected is not None:
                self.days.select_record(selected.id)
            self.audit_model.set_records(checkins.audit_trail(vault))
            record = seen.record
            words = record_text(record)
            self.headline.setText(words.headline)
            self.record_lines.setText("\n".join(words.lines))
            self.attempt_model.set_attempts(list(record.attempts))
            has_days = self.day_model.rowCount() > 0
            self.edit_day_button.setEnabled(has_days)
            self.remove_day_button.setEnabled(has_days)
            if seen.today is not None:
                self.notice.hide()
            focus = QApplication.focusWidget()
            if focus is None or not self.form.isAncestorOf(focus):
                # After an undo, say: show the day as stored (never while someone types).
                self.load_day(self.form.edited().day)
        if changes.touches(Area.MILESTONES):
            self.milestone_model.set_records(milestone_service.milestones(vault))

    def load_day(self, day: dt.date) -> None:
        """Show ``day``'s check-in in the form (a blank one if it has none)."""
        today = self.today()
        stored = checkins.for_day(self.editor.vault, day) if self.editor.vault.is_open else None
        self.form.load(stored or CheckIn(day=day), today, saved=stored is not None)

    def show_reminder(self, text: str) -> None:
        """Show the check-in reminder at the top of the tab (until today is checked in)."""
        self.notice.setText(text)
        self.notice.show()

    # --- saving ------------------------------------------------------------------------

    def _push(self, command: SaveDayCommand | RemoveDayCommand, changes: Changes) -> None:
        self.editor.undo_stack.push(command)
        self.editor.bus.changed.emit(changes)

    def _notify(self, changes: Changes) -> None:
        self.editor.bus.changed.emit(changes)

    def save(self, edited: CheckIn) -> None:
        """Save the form's check-in (one step on the undo stack)."""
        vault = self.editor.vault
        today = self.today()
        before = checkins.for_day(vault, edited.day)
        try:
            saved, changes = checkins.save_day(vault, edited, today)
        except Exception as error:  # noqa: BLE001 - shown; the form keeps what was typed
            show_error(self, error)
            return
        self._push(
            SaveDayCommand(
                before, saved, vault, self.today, self._notify, lambda e: show_error(self, e)
            ),
            changes,
        )
        newly_slipped = saved.use.is_slip and (before is None or before.use != saved.use)
        if newly_slipped:
            steps = plan_service.current_plan(vault).lapse_plan.strip()
            record = checkins.record(vault, today)
            self.form.show_after_slip(after_slip(saved.use, record, lapse_message(steps)))
        elif not saved.use.is_slip:
            self.form.show_after_slip("")
        self.form.load(saved, today, saved=True)

    def check_in_uneventful(self) -> None:
        """The one-click check-in for today."""
        vault = self.editor.vault
        today = self.today()
        try:
            saved, changes = checkins.check_in_uneventful(vault, today)
        except Exception as error:  # noqa: BLE001 - shown to the person
            show_error(self, error)
            return
        if changes.areas:
            self._push(
                SaveDayCommand(
                    None, saved, vault, self.today, self._notify, lambda e: show_error(self, e)
                ),
                changes,
            )
        self.form.show_after_slip("")
        self.form.load(saved, today, saved=True)

    def remove(self, checkin: CheckIn) -> None:
        """Remove a day's check-in (undo brings it back)."""
        vault = self.editor.vault
        try:
            changes = checkins.remove_day(vault, checkin, self.today())
        except Exception as error:  # noqa: BLE001 - shown to the person
            show_error(self, error)
            return
        self._push(
            RemoveDayCommand(
                checkin, vault, self.today, self._notify, lambda e: show_error(self, e)
            ),
            changes,
        )
        if self.form.edited().day == checkin.day:
            self.load_day(checkin.day)

    def _on_edit_day_clicked(self) -> None:
        record = self.days.selected_record()
        if isinstance(record, CheckIn):
            self.load_day(record.day)
            self.form.mood.setFocus()

    def _on_remove_day_clicked(self) -> None:
        record = self.days.selected_record()
        if isinstance(record, CheckIn):
            self.remove(record)

    def focus_search(self) -> None:
        """Ctrl+F: jump to the list of days."""
        self.history.setCurrentIndex(0)
        self.days.setFocus(Qt.FocusReason.ShortcutFocusReason)
