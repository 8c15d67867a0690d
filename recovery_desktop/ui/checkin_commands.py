"""Undoable check-in edits, through the check-in service.

Undoing a change to a past day is itself kept in the audit trail, like any other change
to a past day. As with ``commands``, the first ``redo`` has already happened when a
command is pushed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.services import checkins
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.commands import Failed, Notify, ServiceCommand
from recovery_desktop.ui.i18n import local_date, translate

Today = Callable[[], dt.date]


class _CheckInCommand(ServiceCommand):
    def __init__(
        self, text: str, vault: OpenVault, today: Today, notify: Notify, on_error: Failed
    ) -> None:
        super().__init__(text, vault, notify, on_error)
        self._today = today


class SaveDayCommand(_CheckInCommand):
    """A day's check-in saved; undo puts back the earlier answers (or removes a new one)."""

    def __init__(
        self,
        before: CheckIn | None,
        after: CheckIn,
        vault: OpenVault,
        today: Today,
        notify: Notify,
        on_error: Failed,
    ) -> None:
        text = (
            translate("CheckInCommand", "Check in for {day:%d %b}")
            if before is None
            else translate("CheckInCommand", "Change check-in for {day:%d %b}")
        )
        super().__init__(text.format(day=local_date(after.day)), vault, today, notify, on_error)
        self._before = before
        self._after = after

    def redo(self) -> None:
        """Save the new answers (skipped on push: they are already saved)."""
        if not self._done_once:
            self._done_once = True
            return
        self._run(lambda: checkins.save_day(self._vault, self._after, self._today())[1])

    def undo(self) -> None:
        """Put back the earlier answers, or remove a check-in that was new."""
        before = self._before
        if before is None:
            self._run(lambda: checkins.remove_day(self._vault, self._after, self._today()))
        else:
            self._run(lambda: checkins.save_day(self._vault, before, self._today())[1])


class RemoveDayCommand(_CheckInCommand):
    """A day's check-in removed; undo brings it back."""

    def __init__(
        self, checkin: CheckIn, vault: OpenVault, today: Today, notify: Notify, on_error: Failed
    ) -> None:
        text = translate("RemoveDayCommand", "Remove check-in for {day:%d %b}")
        super().__init__(text.format(day=local_date(checkin.day)), vault, today, notify, on_error)
        self._checkin = checkin

    def redo(self) -> None:
        """Remove (skipped on push: it is already removed)."""
        if not self._done_once:
            self._done_once = True
            return
        self._run(lambda: checkins.remove_day(self._vault, self._checkin, self._today()))

    def undo(self) -> None:
        """Bring the day's check-in back."""
        self._run(lambda: checkins.restore_day(self._vault, self._checkin, self._today())[1])
