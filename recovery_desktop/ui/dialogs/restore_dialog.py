"""Choosing a backup to restore."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.storage.snapshots import Snapshot
from recovery_desktop.ui.i18n import local_date, long_date
from recovery_desktop.ui.widgets.basics import plain_label

_LABELS = {
    "": QT_TRANSLATE_NOOP("restore_dialog", "backup"),
    "before-restore": QT_TRANSLATE_NOOP("restore_dialog", "saved just before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("restore_dialog", "saved just before an app update"),
}


def describe_snapshot(snapshot: Snapshot) -> str:
    """One line: local date and time, and why it was taken."""
    local = snapshot.taken_at.astimezone()
    why = QCoreApplication.translate("restore_dialog", _LABELS.get(snapshot.label, snapshot.label))
    return f"{local_date(local):%A} {long_date(local)}, {local:%H:%M} ({why})"


class RestoreDialog(QDialog):
    """Lists backups, newest first; returns the chosen one's name."""

    def __init__(self, snapshots: list[Snapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = plain_label(
            self.tr(
                "Restoring replaces everything in your workspace with the backup you choose. "
                "Your current state is backed up first, so you can come back to it."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for snapshot in snapshots:
            item = QListWidgetItem(describe_snapshot(snapshot), self.list)
            item.setData(Qt.ItemDataRole.UserRole, snapshot.name)
        self.list.setCurrentRow(0)
        if not snapshots:
            intro.setText(
                self.tr(
                    "There are no backups yet. Recovery Desktop makes one on each day you open it, "
                    "and File > Back up now makes one at any time."
                )
            )
            self.list.hide()
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(bool(snapshots))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        if snapshots:
            self.resize(520, 360)
        else:
            self.setMinimumWidth(520)

    def chosen(self) -> str | None:
        """The selected backup's name."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, parent: QWidget | None, snapshots: list[Snapshot]) -> str | None:
        """Show the dialog; the chosen backup's name, or None."""
        dialog = cls(snapshots, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
