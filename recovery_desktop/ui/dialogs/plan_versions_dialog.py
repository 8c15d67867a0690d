"""Earlier versions of the plan: read one, and see what changed since."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.linked_plan import LinkedPlan, as_text
from recovery_desktop.domain.plan import PlanVersion
from recovery_desktop.ui.i18n import local_date


class PlanVersionsDialog(QDialog):
    """Lists versions, newest first; shows the chosen one read-only beside its changes."""

    def __init__(
        self,
        versions: list[PlanVersion],
        compare: Callable[[PlanVersion], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions of my plan"))
        self._compare = compare
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Versions"))
        for version in versions:
            label = self.tr("Version {number}, reviewed {reviewed_on:%d %b %Y}").format(
                number=version.number, reviewed_on=local_date(version.reviewed_on)
            )
            if version.note:
                label += f": {version.note}"
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, version)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The plan as it was"))
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("What changed since"))
        self.changes.setMaximumHeight(140)
        changes_title = QLabel(self.tr("What changed since then"), self)
        changes_title.setBuddy(self.changes)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.text, 1)
        right_layout.addWidget(changes_title)
        right_layout.addWidget(self.changes)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._on_current_changed)
        if versions:
            self.list.setCurrentRow(0)
        self.resize(900, 600)

    def _on_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        version = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(version, PlanVersion)
        self.text.setPlainText(as_text(LinkedPlan.from_json(version.snapshot)))
        changes = self._compare(version)
        self.changes.setPlainText(
            "\n".join(changes) if changes else self.tr("Nothing has changed since.")
        )
