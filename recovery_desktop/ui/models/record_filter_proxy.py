"""Sorting and filtering any record table: free-text search plus an optional predicate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from recovery_desktop.domain.records import Record
from recovery_desktop.ui.models.record_table_model import RECORD_ROLE


class RecordFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose searchable text contains every typed word and that pass ``predicate``."""

    def __init__(self, searchable: Callable[[Any], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._searchable = searchable
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        """Filter by words (case-insensitive, any order)."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Filter by a condition on the record (None: no condition)."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def record(self, proxy_row: int) -> Record:
        """The record shown on a row of this proxy."""
        record = self.index(proxy_row, 0).data(RECORD_ROLE)
        assert isinstance(record, Record)
        return record

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether a source row matches the search and the predicate."""
        if not self._words and self._predicate is None:
            return True  # nothing to filter by: no Python work per row (5 000 urges a reset)
        record = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        if record is None:
            return False
        if self._predicate is not None and not self._predicate(record):
            return False
        haystack = self._searchable(record).casefold()
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (once per row, in Python); this proxy only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
