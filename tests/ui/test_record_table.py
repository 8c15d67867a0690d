"""RecordTable: columns fit their contents when rows change, not on every layout pass."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.records import Record
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel
from recovery_desktop.ui.widgets.record_table import RecordTable


@dataclass(frozen=True, kw_only=True)
class Row(Record):
    name: str = ""
    kind: str = ""


def _table(qtbot: QtBot) -> tuple[RecordTable, RecordTableModel[Row]]:
    model: RecordTableModel[Row] = RecordTableModel(
        [Column("Name", lambda r: r.name), Column("Kind", lambda r: r.kind)]
    )
    table = RecordTable("Rows", stretch_column=0)
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 300)
    table.show()
    return table, model


def _fits(table: RecordTable, column: int) -> bool:
    return table.columnWidth(column) >= table.sizeHintForColumn(column)


def test_columns_fit_new_rows_and_stay_draggable(qtbot: QtBot) -> None:
    table, model = _table(qtbot)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) is QHeaderView.ResizeMode.Interactive

    model.set_records([Row(name="a", kind="x")])
    qtbot.waitUntil(lambda: _fits(table, 1))
    narrow = table.columnWidth(1)
    model.set_records([Row(name="a", kind="a much longer kind of thing than before")])
    qtbot.waitUntil(lambda: table.columnWidth(1) > narrow and _fits(table, 1))

    table.setColumnWidth(1, table.columnWidth(1) + 40)  # the person widens it
    wider = table.columnWidth(1)
    table.resize(700, 300)  # a layout pass keeps their width
    qtbot.wait(10)
    assert table.columnWidth(1) == wider
