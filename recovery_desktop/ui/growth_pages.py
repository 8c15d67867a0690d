"""The day-to-day tabs, built and wired together for the workspace.

Check-in, goals, journal, learning and self-assessment, with milestone celebrations and
the daily check-in reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from recovery_desktop.services import checkins
from recovery_desktop.settings import Settings
from recovery_desktop.ui.celebrations import MilestoneWatcher
from recovery_desktop.ui.dialogs.reminder_dialog import ReminderDialog
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.reminder import CheckInReminder
from recovery_desktop.ui.views.assessment_tab import AssessmentTab
from recovery_desktop.ui.views.checkin_tab import CheckInTab
from recovery_desktop.ui.views.goals_tab import GoalsTab
from recovery_desktop.ui.views.journal_tab import JournalTab
from recovery_desktop.ui.views.learning_tab import LearningTab


class GrowthPages(QObject):
    """Owns the day-to-day tabs of one unlocked workspace."""

    def __init__(
        self,
        editor: Editor,
        settings: Settings,
        window: MainWindow,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self._editor = editor
        self._settings = settings
        self._window = window
        self.today = today
        self.checkin_tab = CheckInTab(editor, today)
        self.goals_tab = GoalsTab(editor, today)
        self.journal_tab = JournalTab(editor, today)
        self.learning_tab = LearningTab(editor, today)
        self.assessment_tab = AssessmentTab(editor, settings, today)
        window.add_page(self.tr("Check-&in"), "Check-in", self.checkin_tab, before="Triggers")
        window.set_page("Goals", self.goals_tab)
        window.add_page(self.tr("&Journal"), "Journal", self.journal_tab, before="Progress")
        window.add_page(self.tr("Learn&ing"), "Learning", self.learning_tab, before="Progress")
        window.add_page(
            self.tr("&Self-assessment"), "Self-assessment", self.assessment_tab, before="Progress"
        )
        window.tabs.setCurrentWidget(self.checkin_tab)
        self.watcher = MilestoneWatcher(editor.vault, editor.bus, window, today)
        self.reminder = CheckInReminder(settings, self._checked_in_today, parent=self)
        self.reminder.reminded.connect(self._on_reminded)
        self.checkin_tab.reminder_settings_requested.connect(self._on_reminder_settings)
        self._tray: QSystemTrayIcon | None = None

    def start(self) -> None:
        """Once the window shows: celebrate anything reached since last time, then remind."""
        self.watcher.check()
        self.reminder.check()

    def flush(self) -> None:
        """Keep anything typed and not yet saved (before a lock or quitting)."""
        self.journal_tab.flush()
        self.reminder.timer.stop()

    def _checked_in_today(self) -> bool:
        vault = self._editor.vault
        return vault.is_open and checkins.for_day(vault, self.today()) is not None

    def _on_reminded(self, text: str) -> None:
        self.checkin_tab.show_reminder(text)
        self._window.statusBar().showMessage(text, 60_000)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self._window.windowIcon(), self)
                self._tray.messageClicked.connect(self._show_checkin)
            self._tray.show()
            self._tray.showMessage(self.tr("Daily check-in"), text)

    def _show_checkin(self) -> None:
        self._window.tabs.setCurrentWidget(self.checkin_tab)
        self._window.raise_()
        self._window.activateWindow()

    def _on_reminder_settings(self) -> None:
        dialog = ReminderDialog(self._settings, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
