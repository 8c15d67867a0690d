"""Picking starter suggestions to adapt: a checklist, nothing chosen by default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui.widgets.basics import plain_label


class StarterDialog(QDialog):
    """Tick the suggestions that fit; they are added to be edited in your own words."""

    #: The ticked suggestions' indexes (list[int]).
    chosen = Signal(list)

    def __init__(self, title: str, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = plain_label(
            self.tr(
                "Tick the ones that fit you. They are a starting point: "
                "you can rename them and add your own plan afterwards."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Suggestions"))
        for label in labels:
            item = QListWidgetItem(label, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        add = buttons.addButton(self.tr("&Add ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setAccessibleName(self.tr("Add ticked suggestions"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_add_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def ticked(self) -> list[int]:
        """Indexes of ticked rows."""
        return [
            row
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _on_add_clicked(self) -> None:
        ticked = self.ticked()
        self.accept()
        if ticked:
            self.chosen.emit(ticked)
