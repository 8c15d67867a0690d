"""Refreshing a view only while it is on screen, and catching up when it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from recovery_desktop.services.changes import Changes


class DeferredRefresh(QObject):
    """Calls ``refresh(changes)`` at once if ``view`` is visible, else when it is next shown.

    Unlocking then loads only the tab in front (ten years of data made every tab's
    first load add up to seconds), and an edit in one tab reloads no hidden ones.
    """

    def __init__(self, view: QWidget, refresh: Callable[[Changes], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self._pending = Changes()
        view.installEventFilter(self)

    def __call__(self, changes: Changes) -> None:
        """Refresh now, or remember what changed for later."""
        self.on_changed(changes)

    def on_changed(self, changes: Changes) -> None:
        """Refresh now, or remember what changed for later (the slot to connect).

        A bound method of this QObject, so Qt drops the connection when the view is
        destroyed; connected as a callable object, it would be called on a deleted view
        (a mentor's closed session, say).
        """
        if self._view.isVisible():
            self._refresh(changes)
        else:
            self._pending = self._pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch up on what changed while the view was hidden."""
        if watched is self._view and event.type() == QEvent.Type.Show:
            pending, self._pending = self._pending, Changes()
            if pending.everything or pending.areas:
                self._refresh(pending)
        return False
