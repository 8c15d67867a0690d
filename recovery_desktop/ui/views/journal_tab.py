"""The Journal tab: entries on the left, the one being written on the right.

Every entry is private until the person ticks "Share this entry with my mentor" for it.
Search matches every typed word in titles and text. An entry is saved with Ctrl+S or the
Save button, and before another entry is opened, so nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.checkins import MOOD_LABELS
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.services import journal
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.i18n import core
from recovery_desktop.ui.models.journal_table_model import COL_DATE, JournalTableModel
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import plain_label, two_panes
from recovery_desktop.ui.widgets.checkin_form import from_qdate, to_qdate
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.JOURNAL,)
PRIVATE_NOTE = QT_TRANSLATE_NOOP("JournalTab", "Private: only you can read this entry.")
SHARED_NOTE = QT_TRANSLATE_NOOP(
    "JournalTab", "Shared: your mentor will see this entry in your next share file."
)


class JournalTab(QWidget):
    """A searchable list of entries beside an editor for one entry."""

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
        self.setAccessibleName(self.tr("Journal"))
        self._entry = JournalEntry(entry_date=today())

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the journal (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.model = JournalTableModel(self)
        self.proxy = RecordFilterProxy(lambda e: f"{e.title}\n{e.body}", self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable(self.tr("Journal entries"), self, stretch_column=1)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.found = plain_label("", self)
        self.found.setAccessibleName(self.tr("Search results"))
        self.new_button = QPushButton(self.tr("&New entry"), self)
        self.new_button.setAccessibleName(self.tr("New journal entry"))
        self.new_button.setToolTip("Ctrl+N")
        self.delete_button = QPushButton(self.tr("&Delete entry"), self)
        self.delete_button.setAccessibleName(self.tr("Delete journal entry"))

        self.heading = plain_label("", self)
        emphasise(self.heading, 1.15)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd dd MMM yyyy")
        self.date.setAccessibleName(self.tr("Entry date"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Entry title"))
        self.title.setPlaceholderText(self.tr("A title, if you like"))
        self.mood = QComboBox(self)
        self.mood.setAccessibleName(self.tr("Mood (optional)"))
        self.mood.addItem(self.tr("Not noted"), None)
        for value, label in MOOD_LABELS.items():
            self.mood.addItem(f"{value} · {core('Mood', label)}", value)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setPlaceholderText(
            self.tr("Write freely. This stays private unless you share it.")
        )
        self.body.setTabChangesFocus(True)
        self.share = QCheckBox(self.tr("Share this entry with &my mentor"), self)
        self.share.setAccessibleName(self.tr("Share this entry with my mentor"))
        self.privacy = plain_label(self.tr(PRIVATE_NOTE), self)
        self.privacy.setAccessibleName(self.tr("Who can read this entry"))
        self.save_button = QPushButton(self.tr("Save entr&y"), self)
        self.save_button.setAccessibleName(self.tr("Save journal entry"))
        self.save_button.setToolTip("Ctrl+S")
        self.problem = plain_label("", self)
        self.problem.setAccessibleName(self.tr("Problem with this entry"))
        self.problem.setStyleSheet("color: palette(link); font-weight: 600;")
        self.problem.hide()

        self._layout()
        self._connect()
        self.deferred_refresh(Changes.all())
        self.open_entry(JournalEntry(entry_date=today()))

    def _layout(self) -> None:
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.found)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)

        form = QFormLayout()
        for text, widget in (
            (self.tr("D&ate:"), self.date),
            (self.tr("Tit&le:"), self.title),
            (self.tr("M&ood:"), self.mood),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        save_row = QHBoxLayout()
        save_row.addWidget(self.share)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(form)
        right_layout.addWidget(self.body, 1)
        right_layout.addWidget(self.problem)
        right_layout.addLayout(save_row)
        right_layout.addWidget(self.privacy)

        splitter = two_panes(self, left, right, (2, 3))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_row_changed())
        self.table.delete_requested.connect(self.delete)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.save_button.clicked.connect(self.save)
        self.share.toggled.connect(self._on_share_toggled)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+N", self.new_entry)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        self.table.blockSignals(True)
        self.model.set_records(journal.entries(self.editor.vault))
        self.table.blockSignals(False)
        if not self._entry.is_new:
            self.table.select_record(self._entry.id)
        self._update_found()
        self.delete_button.setEnabled(not self._entry.is_new)

    def _update_found(self) -> None:
        words = self.search.text().strip()
        if words:
            count = self.proxy.rowCount()
            if count == 1:
                found = self.tr("1 entry with “{words}”.").format(words=words)
            elif count:
                found = self.tr("{count} entries with “{words}”.").format(count=count, words=words)
            else:
                found = self.tr("No entries with “{words}”.").format(words=words)
            self.found.setText(found)
        self.found.setVisible(bool(words))

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_found()

    # --- the entry being written -------------------------------------------------------

    def edited(self) -> JournalEntry:
        """The entry with what is in the editor."""
        return dataclasses.replace(
            self._entry,
            entry_date=from_qdate(self.date.date()),
            title=self.title.text().strip(),
            mood=self.mood.currentData(),
            body=self.body.toPlainText().rstrip(),
            shared=self.share.isChecked(),
        )

    def is_dirty(self) -> bool:
        """Whether the editor holds changes not saved yet."""
        edited = self.edited()
        if self._entry.is_new:
            return bool(edited.title or edited.body.strip())
        return edited != self._entry

    def open_entry(self, entry: JournalEntry) -> None:
        """Show ``entry`` in the editor (a new one is private and dated today)."""
        self._entry = entry
        self.heading.setText(self.tr("A new entry") if entry.is_new else self.tr("Entry"))
        self.date.setDate(to_qdate(entry.entry_date))
        self.title.setText(entry.title)
        self.mood.setCurrentIndex(max(0, self.mood.findData(entry.mood)) if entry.mood else 0)
        self.body.setPlainText(entry.body)
        self.share.setChecked(entry.shared)
        self._on_share_toggled(entry.shared)
        self.problem.hide()
        self.delete_button.setEnabled(not entry.is_new)

    def new_entry(self) -> None:
        """Save what is in the editor, then start a new private entry for today."""
        if self.flush():
            self.table.clearSelection()
            self.open_entry(JournalEntry(entry_date=self.today()))
            self.body.setFocus()

    def save(self) -> bool:
        """Save the entry in the editor (one undo step); False if it needs a fix first."""
        edited = self.edited()
        before = None if self._entry.is_new else self._entry
        if before is not None and edited == before:
            return True
        if before is None and not (edited.title or edited.body.strip()):
            self.problem.setText(self.tr("Please write something first."))
            self.problem.show()
            self.body.setFocus()
            return False
        saved = self.editor.save(self, before, edited, self.tr("journal entry"))
        if saved is None:
            return False
        self._entry = saved
        self.heading.setText(self.tr("Entry"))
        self.problem.hide()
        self.table.select_record(saved.id)
        self.delete_button.setEnabled(True)
        return True

    def flush(self) -> bool:
        """Save unsaved changes (before another entry opens, a lock, or quitting)."""
        if not self.editor.vault.is_open or not self.is_dirty():
            return True
        return self.save()

    def delete(self, entry: JournalEntry) -> None:
        """Delete an entry (undo brings it back)."""
        self.editor.delete(self, entry, self.tr("journal entry"))
        if entry.id == self._entry.id:
            self.open_entry(JournalEntry(entry_date=self.today()))

    def _on_delete_clicked(self) -> None:
        if not self._entry.is_new:
            self.delete(self._entry)

    def _on_row_changed(self) -> None:
        record = self.table.selected_record()
        if not isinstance(record, JournalEntry) or record.id == self._entry.id:
            return
        if not self.flush():
            return
        self.open_entry(record)

    def _on_share_toggled(self, shared: bool) -> None:
        self.privacy.setText(self.tr(SHARED_NOTE if shared else PRIVATE_NOTE))

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
