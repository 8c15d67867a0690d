"""Turning a built tab into a view: nothing can be typed, ticked, added or removed.

The mentor sees a mentee's share, and the mentee previews one, in the very tabs the
mentee edits; this switches off every editing control and keeps the ones that only
look (search, filters, "earlier versions"). The vault underneath refuses writes too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)


class _StayHidden(QObject):
    """Keeps a hidden button hidden when its tab would show it again (say, when empty)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.hide()
        return False


def make_read_only(root: QWidget, keep: Iterable[QWidget] = ()) -> None:
    """Switch off every editing control under ``root`` except those in ``keep``."""
    kept = set(keep)
    stay_hidden = _StayHidden(root)
    for widget in root.findChildren(QWidget):
        if widget in kept:
            continue
        if isinstance(widget, (QCheckBox, QRadioButton, QComboBox)):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractButton):
            widget.hide()
            widget.installEventFilter(stay_hidden)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            widget.setReadOnly(True)
