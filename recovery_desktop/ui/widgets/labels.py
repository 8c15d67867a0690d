"""Small building blocks: labels that never read text as markup, buttons with names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def plain_label(text: str, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label: Qt would otherwise guess rich text from a "<" in the text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def named_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A push button with the name a screen reader announces (its text has mnemonics)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    return button
