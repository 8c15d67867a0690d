"""A table view of records: whole-row selection, sorting, Enter to edit, Delete to delete."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from recovery_desktop.domain.records import Record
from recovery_desktop.ui.models.record_table_model import RECORD_ROLE


class RecordTable(QTableView):
    """Rows are records; emits requests rather than acting itself."""

    #: Enter or double-click on a row (Record).
    edit_requested = Signal(object)
    #: The Delete key on a row (Record).
    delete_requested = Signal(object)

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, stretch_column: int = 0
    ) -> None:
        super().__init__(parent)
        self._stretch_column = stretch_column
        self._fit_pending = False
        self._fitting = False
        #: Columns the person dragged to a width of their own: fitting leaves them be.
        self._dragged: set[int] = set()
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Sizing samples rows through Python data() calls: a few dozen are plenty, and
        # sampling hundreds in every table made unlocking a ten-year vault take seconds.
        header.setResizeContentsPrecision(30)
        header.sectionResized.connect(self._on_section_resized)
        self.activated.connect(self._on_activated)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``; the stretch column takes the spare width.

        Columns fit their contents when the rows change, not on every layout pass (Qt's
        ResizeToContents mode asks every sampled cell again each time the window lays
        out, which was a tenth of a second of every unlock), and when the text size
        changes. A column the person drags keeps their width.
        """
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if model.columnCount() > self._stretch_column:
            header.setSectionResizeMode(self._stretch_column, QHeaderView.ResizeMode.Stretch)
        self._dragged.clear()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,  # a filter narrowing shows rows never sampled before
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._fit_columns_soon)
        self._fit_columns_soon()

    def changeEvent(self, event: QEvent) -> None:
        """Refit the columns when the text size (the font) or the style changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns_soon()

    def _fit_columns_soon(self) -> None:
        # Once per turn of the event loop, however many signals one change sends.
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        self._fit_pending = False
        self._fitting = True
        try:
            for column in range(self.horizontalHeader().count()):
                if column != self._stretch_column and column not in self._dragged:
                    self.resizeColumnToContents(column)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        # Only a drag on the header is the person's choice: Qt and our fitting resize
        # sections too (on a reset, or the stretch column following the window).
        dragging = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if dragging and not self._fitting and column != self._stretch_column:
            self._dragged.add(column)

    def selected_record(self) -> Record | None:
        """The record on the current row."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, Record) else None

    def select_record(self, record_id: str) -> None:
        """Make the row showing ``record_id`` current, if it is shown."""
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            record = model.index(row, 0).data(RECORD_ROLE)
            if isinstance(record, Record) and record.id == record_id:
                self.selectRow(row)
                self.scrollTo(model.index(row, 0))
                return

    def fit_rows(self, max_rows: int, min_rows: int = 2) -> None:
        """Size the view to its rows (within limits), for tables inside a scrolling page."""
        model = self.model()
        rows = max(min_rows, min(max_rows, model.rowCount() if model else 0))
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += rows * self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def _on_activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, Record):
            self.edit_requested.emit(record)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete asks to delete the current row."""
        if event.key() == Qt.Key.Key_Delete:
            record = self.selected_record()
            if record is not None:
                self.delete_requested.emit(record)
                return
        super().keyPressEvent(event)
