"""Settings for the daily check-in reminder: on or off, its time, and quiet hours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop import settings as opts
from recovery_desktop.domain.reminders import parse_time
from recovery_desktop.settings import Settings


def _time_edit(value: dt.time, name: str, parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


class ReminderDialog(QDialog):
    """Edits the reminder settings; they are saved on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily check-in reminder"))
        self._settings = settings
        intro = QLabel(
            self.tr(
                "A gentle nudge while the app is open, once a day, if you haven't checked in "
                "yet. Nothing is sent anywhere."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Remind me to check in"), self)
        self.enabled.setChecked(settings.get(opts.CHECK_IN_REMINDER))
        self.at = _time_edit(
            parse_time(settings.get(opts.CHECK_IN_REMINDER_AT), dt.time(20, 0)),
            self.tr("Remind me at"),
            self,
        )
        self.quiet_start = _time_edit(
            parse_time(settings.get(opts.QUIET_HOURS_START), dt.time(22, 0)),
            self.tr("Quiet hours from"),
            self,
        )
        self.quiet_end = _time_edit(
            parse_time(settings.get(opts.QUIET_HOURS_END), dt.time(8, 0)),
            self.tr("Quiet hours until"),
            self,
        )
        form = QFormLayout()
        form.addRow("", self.enabled)
        for text, widget in (
            (self.tr("&At:"), self.at),
            (self.tr("&Quiet from:"), self.quiet_start),
            (self.tr("&Until:"), self.quiet_end),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self._on_enabled_toggled(self.enabled.isChecked())

    def _on_enabled_toggled(self, on: bool) -> None:
        for widget in (self.at, self.quiet_start, self.quiet_end):
            widget.setEnabled(on)

    def _on_save_clicked(self) -> None:
        settings = self._settings
        settings.set(opts.CHECK_IN_REMINDER, self.enabled.isChecked())
        for setting, edit in (
            (opts.CHECK_IN_REMINDER_AT, self.at),
            (opts.QUIET_HOURS_START, self.quiet_start),
            (opts.QUIET_HOURS_END, self.quiet_end),
        ):
            settings.set(setting, edit.time().toString("HH:mm"))
        self.accept()
