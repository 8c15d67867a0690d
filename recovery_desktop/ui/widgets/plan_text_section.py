"""One free-text section of the plan, saved as the person types (after a short pause)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

AUTOSAVE_MS = 700


class _AutosaveEdit(QPlainTextEdit):
    def __init__(self, on_leave: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._on_leave = on_leave

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_leave()
        super().focusOutEvent(event)


class PlanTextSection(QWidget):
    """A titled text box; ``save(text)`` is called after typing pauses or focus leaves.

    ``save`` returns whether it worked; a failed save is tried again at the next pause,
    and the typed text stays in the box either way.
    """

    def __init__(
        self, title: str, save: Callable[[str], bool], hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._saved_text = ""
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600;")
        self.edit = _AutosaveEdit(self.flush, self)
        self.edit.setAccessibleName(title)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(hint)
        self.edit.document().contentsChanged.connect(self._fit_height)
        self.title.setBuddy(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        self._fit_height()

    def _fit_height(self) -> None:
        # Grow with the text, between three and twelve lines, so short sections stay short
        # and the page scrolls as one instead of every box scrolling on its own.
        line = self.edit.fontMetrics().lineSpacing()
        lines = max(3, min(12, self.edit.document().lineCount() + 1))
        margins = self.edit.contentsMargins()
        frame = 2 * self.edit.frameWidth() + margins.top() + margins.bottom()
        self.edit.setFixedHeight(lines * line + frame + 8)

    def set_text(self, text: str) -> None:
        """Show the stored text, unless the person is typing here right now."""
        if self.edit.hasFocus() and self.dirty:
            return
        self._saved_text = text
        if self.edit.toPlainText() != text:
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)

    @property
    def dirty(self) -> bool:
        """Whether there is typed text not saved yet."""
        return self.edit.toPlainText() != self._saved_text

    def flush(self) -> None:
        """Save now if anything changed."""
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != self._saved_text and self._save(text):
            self._saved_text = text
