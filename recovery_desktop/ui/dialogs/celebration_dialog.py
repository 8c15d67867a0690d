"""A quiet, warm note the first time a milestone is reached: words, no badges or scores."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.ui.recovery_words import celebration
from recovery_desktop.ui.text_size import emphasise


class CelebrationDialog(QDialog):
    """Shows one or more milestones just reached."""

    def __init__(self, milestones: Sequence[Milestone], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, body = celebration(milestones)
        self.setWindowTitle(title)
        self.text = QLabel(body, self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(title)
        self.text.setMinimumWidth(420)
        emphasise(self.text, 1.1, bold=False)
        buttons = QDialogButtonBox(self)
        thanks = buttons.addButton(self.tr("Thank you"), QDialogButtonBox.ButtonRole.AcceptRole)
        thanks.setAccessibleName(self.tr("Thank you"))
        thanks.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(18)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        thanks.setFocus()
