"""The optional daily check-in reminder, while the app runs; quiet hours respected.

Where the desktop offers notifications (a system tray that shows messages) the reminder
is a desktop notification; the Check-in tab shows it in the window either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from recovery_desktop import settings as opts
from recovery_desktop.domain.reminders import parse_time, should_remind
from recovery_desktop.settings import Settings
from recovery_desktop.ui.i18n import translate
from recovery_desktop.ui.recovery_words import REMINDER

CHECK_EVERY_MS = 60_000


class CheckInReminder(QObject):
    """Checks once a minute whether to remind; emits ``reminded(text)`` at most once a day."""

    #: Time to remind (str: the words to show).
    reminded = Signal(str)

    def __init__(
        self,
        settings: Settings,
        checked_in_today: Callable[[], bool],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._checked_in_today = checked_in_today
        self._now = now
        self._reminded_on: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Remind now if it is time; returns whether it did."""
        settings = self._settings
        if not settings.get(opts.CHECK_IN_REMINDER):
            return False
        now = self._now()  # local wall-clock time
        remind = should_remind(
            now,
            parse_time(settings.get(opts.CHECK_IN_REMINDER_AT), dt.time(20, 0)),
            parse_time(settings.get(opts.QUIET_HOURS_START), dt.time(22, 0)),
            parse_time(settings.get(opts.QUIET_HOURS_END), dt.time(8, 0)),
            self._checked_in_today(),
            self._reminded_on,
        )
        if remind:
            self._reminded_on = now.date()
            self.reminded.emit(translate("recovery_words", REMINDER))
        return remind
