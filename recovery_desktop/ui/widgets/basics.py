"""Small building blocks: plain-text labels, named buttons, scrolling pages, two panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSplitter, QWidget


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


def scrolling(page: QWidget, accessible_name: str, parent: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that sizes it to its width (large text scrolls)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    scroll.setAccessibleName(accessible_name)
    return scroll


def two_panes(
    parent: QWidget, left: QWidget, right: QWidget, stretch: tuple[int, int]
) -> QSplitter:
    """A horizontal splitter of two panes that share spare width by ``stretch``.

    Neither pane can be collapsed to nothing, which would hide it from keyboard users.
    """
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    return splitter
