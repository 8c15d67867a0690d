"""RecordTable: columns fit their contents when rows change, not on every layout pass."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.records import Record
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
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


def test_columns_fit_new_rows(qtbot: QtBot) -> None:
    table, model = _table(qtbot)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) is QHeaderView.ResizeMode.Interactive
    model.set_records([Row(name="a", kind="x")])
    qtbot.waitUntil(lambda: _fits(table, 1))
    narrow = table.columnWidth(1)
    model.set_records([Row(name="a", kind="a much longer kind of thing than before")])
    qtbot.waitUntil(lambda: table.columnWidth(1) > narrow and _fits(table, 1))


def test_a_search_that_shows_rows_never_sampled_refits(qtbot: QtBot) -> None:
    """Sizing samples 30 rows: a filter can bring a wider row into them."""
    model: RecordTableModel[Row] = RecordTableModel(
        [Column("Name", lambda r: r.name), Column("Kind", lambda r: r.kind)]
    )
    proxy = RecordFilterProxy(lambda r: r.name)
    proxy.setSourceModel(model)
    table = RecordTable("Rows", stretch_column=0)
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.show()
    rows = [Row(name=f"row {n}", kind="x") for n in range(200)]
    model.set_records([*rows, Row(name="wide", kind="a kind far wider than all the others")])
    qtbot.wait(20)
    narrow = table.columnWidth(1)
    proxy.set_search("wide")
    qtbot.waitUntil(lambda: table.columnWidth(1) > narrow and _fits(table, 1))


def test_a_larger_text_size_refits(qtbot: QtBot) -> None:
    table, model = _table(qtbot)
    model.set_records([Row(name="a", kind="some words in a column")])
    qtbot.waitUntil(lambda: _fits(table, 1))
    before = table.columnWidth(1)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    qtbot.waitUntil(lambda: table.columnWidth(1) > before and _fits(table, 1))


def test_a_column_the_person_drags_keeps_its_width(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, model = _table(qtbot)
    model.set_records([Row(name="a", kind="x")])
    qtbot.waitUntil(lambda: _fits(table, 1))
    # A drag on the header's handle: the section resizes while the left button is down.
    monkeypatch.setattr(QApplication, "mouseButtons", lambda: Qt.MouseButton.LeftButton)
    table.horizontalHeader().resizeSection(1, 300)
    monkeypatch.undo()
    model.set_records([Row(name="b", kind="y")])  # new rows, and a sort, keep their width
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.wait(20)
    assert table.columnWidth(1) == 300
    table.resize(700, 300)
    qtbot.wait(10)
    assert table.columnWidth(1) == 300
