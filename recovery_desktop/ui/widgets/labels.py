"""Labels that never read a person's words (or ours) as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label: Qt would otherwise guess rich text from a "<" in the text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label
