"""The Learning tab: the learning and community log, with what is on next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.goals import Goal
from recovery_desktop.domain.learning import LearningEntry, LearningKind
from recovery_desktop.services import learning, records
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.growth_forms import learning_fields
from recovery_desktop.ui.i18n import enum_label, local_date
from recovery_desktop.ui.models.learning_table_model import COL_DATE, LearningTableModel
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
from recovery_desktop.ui.widgets.basics import plain_label
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.LEARNING, Area.GOALS)


class LearningTab(QWidget):
    """Workshops, reading, meetings, support groups and events."""

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
        self.setAccessibleName(self.tr("Learning"))

        intro = plain_label(
            self.tr(
                "What you learn and where you connect: workshops, reading, meetings, support "
                "groups and events. Link one to a goal it helps with; regular meetings can repeat."
            ),
            self,
        )
        intro.setEnabled(False)
        self.coming_up = plain_label("", self)
        self.coming_up.setAccessibleName(self.tr("Coming up"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the log (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the learning log"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Show kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in LearningKind:
            self.kind.addItem(enum_label(kind), kind)
        self.model = LearningTableModel(self)
        self.proxy = RecordFilterProxy(lambda e: f"{e.title} {e.notes} {enum_label(e.kind)}", self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable(self.tr("Learning and community log"), self, stretch_column=2)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.add_button = QPushButton(self.tr("&Add to the log…"), self)
        self.add_button.setAccessibleName(self.tr("Add to the learning log"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit learning log entry"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete learning log entry"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.coming_up)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.proxy.set_search)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.table.edit_requested.connect(self.edit_entry)
        self.table.delete_requested.connect(
            lambda e: self.editor.delete(self, e, self.tr("learning log entry"))
        )
        self.add_button.clicked.connect(
            lambda: self.edit_entry(
                LearningEntry(title="", day=self.today(), kind=LearningKind.MEETING)
            )
        )
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)
        self.deferred_refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        vault = self.editor.vault
        today = self.today()
        titles = {g.id: g.title for g in records.all_of(vault, Goal)}
        entries = learning.entries(vault)
        self.model.set_data(entries, titles, today)
        upcoming = learning.upcoming(vault, today, entries)[:3]
        self.coming_up.setText(
            self.tr("Coming up: {items}").format(
                items="; ".join(f"{e.title}, {local_date(when):%a %d %b}" for when, e in upcoming)
            )
            if upcoming
            else self.tr(
                "Nothing regular planned: a meeting or group can repeat every week or month."
            )
        )
        has_rows = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        # Combo boxes hand back a str enum's plain value, so compare by value.
        self.proxy.set_predicate(None if kind is None else (lambda e: e.kind == kind))

    def edit_entry(self, entry: LearningEntry) -> None:
        """Open the form for an entry (a new one when unsaved)."""
        goals = sorted(
            (
                g
                for g in records.all_of(self.editor.vault, Goal)
                if g.status.is_open or g.id == entry.goal_id
            ),
            key=lambda g: g.title.casefold(),
        )
        title = (
            self.tr("Add to the learning log")
            if entry.is_new
            else self.tr("Edit learning log entry")
        )
        self.editor.open_form(
            self, title, entry, learning_fields(goals), self.tr("learning log entry")
        )

    def _edit_selected(self) -> None:
        record = self.table.selected_record()
        if isinstance(record, LearningEntry):
            self.edit_entry(record)

    def _delete_selected(self) -> None:
        record = self.table.selected_record()
        if record is not None:
            self.editor.delete(self, record, self.tr("learning log entry"))

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
