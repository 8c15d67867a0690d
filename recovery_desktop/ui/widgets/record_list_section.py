"""A titled, ordered list of records with Add, Edit, Delete and Move buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_desktop.domain.records import Record
from recovery_desktop.ui.models.record_table_model import RecordTableModel
from recovery_desktop.ui.widgets.record_table import RecordTable


class RecordListSection(QWidget):
    """Shows ``model``'s records in their order; buttons emit requests."""

    #: Add was pressed.
    add_requested = Signal()
    #: Edit was pressed or a row activated (Record).
    edit_requested = Signal(object)
    #: Delete was pressed (Record).
    delete_requested = Signal(object)
    #: Move up (-1) or down (+1) was pressed: (Record, int).
    move_requested = Signal(object, int)
    #: The starter-suggestions button was pressed.
    starters_requested = Signal()

    def __init__(
        self,
        title: str,
        noun: str,
        model: RecordTableModel[Record],
        ordered: bool,
        starters: bool = False,
        stretch_column: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: 600;")
        self.table = RecordTable(title, self, stretch_column)
        self.table.setModel(model)
        self.table.setSortingEnabled(False)  # the order is the person's own
        heading.setBuddy(self.table)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        specs: list[tuple[str, str, Callable[[], None]]] = [
            ("add", self.tr("Add {noun}…").format(noun=noun), self.add_requested.emit),
            ("edit", self.tr("Edit…"), lambda: self._with_selected(self.edit_requested.emit)),
            ("delete", self.tr("Delete"), lambda: self._with_selected(self.delete_requested.emit)),
        ]
        if ordered:
            specs += [
                (
                    "up",
                    self.tr("Move up"),
                    lambda: self._with_selected(lambda r: self.move_requested.emit(r, -1)),
                ),
                (
                    "down",
                    self.tr("Move down"),
                    lambda: self._with_selected(lambda r: self.move_requested.emit(r, 1)),
                ),
            ]
        for key, text, slot in specs:
            button = QPushButton(text, self)
            button.setAccessibleName(
                self.tr("{action} ({noun})").format(action=text.rstrip("…"), noun=noun)
                if key != "add"
                else text.rstrip("…")
            )
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        if starters:
            suggest = QPushButton(self.tr("Suggestions…"), self)
            suggest.setAccessibleName(
                self.tr("Suggestions for {title}").format(title=title.lower())
            )
            suggest.clicked.connect(self.starters_requested.emit)
            buttons.addWidget(suggest)
            self.buttons["starters"] = suggest
        self.table.edit_requested.connect(self.edit_requested.emit)
        self.table.delete_requested.connect(self.delete_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _with_selected(self, action: Callable[[Record], None]) -> None:
        record = self.table.selected_record()
        if record is not None:
            action(record)

    def set_records(self, records: list[Record]) -> None:
        """Show ``records`` (already in order), keeping the selection."""
        selected = self.table.selected_record()
        self.model.set_records(records)
        if selected is not None:
            self.table.select_record(selected.id)
        has_rows = bool(records)
        for key in ("edit", "delete", "up", "down"):
            if key in self.buttons:
                self.buttons[key].setEnabled(has_rows)
        if "starters" in self.buttons:
            self.buttons["starters"].setVisible(not has_rows)
