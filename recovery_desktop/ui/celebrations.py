"""Noticing milestones as the data changes, and celebrating each one once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from recovery_desktop.services import milestones
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.celebration_dialog import CelebrationDialog
from recovery_desktop.ui.editing import ChangeBus
from recovery_desktop.ui.errors import show_error

#: What can bring a milestone: check-ins and goals (and everything, after an unlock).
WATCHED = (Area.CHECK_INS, Area.GOALS)


class MilestoneWatcher(QObject):
    """After check-ins or goals change, stores new milestones and celebrates them once."""

    def __init__(
        self,
        vault: OpenVault,
        bus: ChangeBus,
        window: QWidget,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self._vault = vault
        self._bus = bus
        self._window = window
        self._today = today
        #: The celebration shown last (tests look at it).
        self.dialog: CelebrationDialog | None = None
        bus.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.check()

    def check(self) -> None:
        """Bring milestones up to date and show any not yet celebrated."""
        vault = self._vault
        if not vault.is_open:
            return
        try:
            _new, changes = milestones.update(vault, self._today())
            if changes.areas:
                self._bus.changed.emit(changes)
            waiting = milestones.to_celebrate(vault)
            if not waiting:
                return
            # Marked first: however the note is closed, it is never shown twice.
            self._bus.changed.emit(milestones.mark_celebrated(vault, waiting))
        except Exception as error:  # noqa: BLE001 - shown; milestones are never worth a crash
            show_error(self._window, error)
            return
        self.dialog = CelebrationDialog(waiting, self._window)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
