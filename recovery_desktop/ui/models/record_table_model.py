"""A read-only table of domain records, one row each, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recovery_desktop.domain.records import Record

R = TypeVar("R", bound=Record)
T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The role that returns the row's domain record.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that returns a value to sort by (numbers and dates sort as such).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title, the text shown, and what it sorts by."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records; display text is plain text, never markup."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self._records = self._sorted(records)
        self.endResetModel()

    def _sorted(self, records: Sequence[R]) -> list[R]:
        if self._sort is None:
            return list(records)
        column_index, order = self._sort
        column = self._columns[column_index]
        key = column.sort_key or (lambda record: column.text(record).casefold())
        keyed = [(key(record), record) for record in records]
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        # Rows with nothing to sort by go last, whichever way the column is sorted.
        return [record for _key, record in present] + [r for k, r in keyed if k is None]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's key, in Python once per row (not per comparison).

        A proxy sorting through ``data()`` calls back into Python for every comparison,
        which took seconds on ten years of check-ins.
        """
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [
            self._records[index.row()].id if 0 <= index.row() < len(self._records) else None
            for index in old
        ]
        self._records = self._sorted(self._records)
        rows = {record.id: row for row, record in enumerate(self._records)}
        new = [
            self.index(rows[record_id], index.column()) if record_id in rows else QModelIndex()
            for index, record_id in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def records(self) -> list[R]:
        """The rows' records, in model order."""
        return list(self._records)

    def record_at(self, row: int) -> R:
        """The record on ``row``."""
        return self._records[row]

    def row_of(self, record_id: str) -> int | None:
        """The row showing ``record_id``, if any."""
        return next((i for i, r in enumerate(self._records) if r.id == record_id), None)

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of records (no children: this is a flat table)."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, the record itself, or its sort key."""
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title}: {column.text(record)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            key = column.sort_key(record) if column.sort_key else column.text(record).casefold()
            return key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None


class TextTableModel(QAbstractTableModel, Generic[T]):
    """Rows of values (not stored records) as plain text, in the order given.

    A subclass marks its column ``TITLES`` in its own translation context and says what
    each cell reads in ``text``.
    """

    TITLES: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: T, column: int) -> str:
        """What the cell of ``row`` in ``column`` reads."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of rows (no children: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns."""
        return 0 if parent.isValid() else len(self.TITLES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Plain text for each cell, and for screen readers with its column's title."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text = self.text(self._rows[index.row()], index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.tr(self.TITLES[index.column()])}: {text}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.TITLES)
        ):
            return self.tr(self.TITLES[section])
        return None
