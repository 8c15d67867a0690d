"""Keeping wrapped text whole when a window's text changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its word-wrapped text at its current width.

    Qt bases a window's minimum size on its layout's minimum, which ignores how many
    lines wrapped labels need, so a longer message would be squeezed and cut off.
    Call it on ``QEvent.LayoutRequest``, after the layout has handled the event.
    """
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
