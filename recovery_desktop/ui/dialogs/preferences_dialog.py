"""Preferences: locking, the daily reminder, colours, text size, language and backups.

Every change is saved and, where it can be, applied at once (the idle lock time, the
colours, the text size); there is nothing to confirm, so the dialog has only a Close button. A new
language applies the next time the app opens, since texts are set as widgets are built.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop import settings as opts
from recovery_desktop.domain.reminders import parse_time
from recovery_desktop.settings import Settings
from recovery_desktop.ui import i18n
from recovery_desktop.ui.dialogs.reminder_dialog import ReminderDialog
from recovery_desktop.ui.text_size import TextSize, apply_text_size
from recovery_desktop.ui.theme import ThemeChoice, apply_theme
from recovery_desktop.ui.widgets.basics import named_button, plain_label
from recovery_desktop.ui.widgets.fit import grow_to_fit

log = logging.getLogger(__name__)

#: The idle lock time a person may choose, in minutes.
IDLE_MINUTES = (1, 120)
#: How many daily backups a person may keep.
BACKUPS_KEPT = (1, 90)


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


class PreferencesDialog(QDialog):
    """The app's settings, saved as they change."""

    #: The idle lock time changed (int: minutes); the session restarts its count with it.
    idle_minutes_changed = Signal(int)

    def __init__(
        self,
        settings: Settings,
        backups_folder: Path,
        show_reminder: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._backups_folder = backups_folder
        layout = QVBoxLayout(self)
        layout.addWidget(self._locking_group())
        self.reminder_group = self._reminder_group()
        self.reminder_group.setVisible(show_reminder)  # a mentor keeps no check-ins
        layout.addWidget(self.reminder_group)
        layout.addWidget(self._appearance_group())
        layout.addWidget(self._backups_group())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self._connect()

    def event(self, event: QEvent) -> bool:
        """Grow when wrapped hints need more lines (larger text, a longer problem)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_fit(self)
        return handled

    # --- sections ----------------------------------------------------------------------

    def _locking_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Locking"), self)
        self.idle_minutes = QSpinBox(group)
        self.idle_minutes.setRange(*IDLE_MINUTES)
        self.idle_minutes.setValue(
            min(max(self._settings.get(opts.IDLE_LOCK_MINUTES), IDLE_MINUTES[0]), IDLE_MINUTES[1])
        )
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes without use before the app locks"))
        hint = plain_label(
            self.tr(
                "After this long without use, the app locks itself and asks for your "
                "passphrase again, even with a dialog open."
            ),
            group,
        )
        form = _form(group)
        form.addRow(_buddy(self.tr("&Lock after:"), self.idle_minutes, group), self.idle_minutes)
        form.addRow(hint)
        return group

    def _reminder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Daily check-in reminder"), self)
        self.reminder_summary = plain_label("", group)
        self.reminder_summary.setAccessibleName(self.tr("Daily reminder"))
        self.reminder_button = named_button(
            self.tr("Change &reminder…"), self.tr("Change the daily reminder"), group
        )
        row = QHBoxLayout(group)
        row.addWidget(self.reminder_summary, 1)
        row.addWidget(self.reminder_button)
        self._show_reminder_summary()
        return group

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"), self)
        self.theme = QComboBox(group)
        self.theme.setAccessibleName(self.tr("Colours"))
        for text, choice in (
            (self.tr("Follow the system"), ThemeChoice.SYSTEM),
            (self.tr("Light"), ThemeChoice.LIGHT),
            (self.tr("Dark"), ThemeChoice.DARK),
        ):
            self.theme.addItem(text, choice.value)
        self._select(self.theme, ThemeChoice.parse(self._settings.get(opts.THEME)).value)
        self.text_size = QComboBox(group)
        self.text_size.setAccessibleName(self.tr("Text size"))
        for text, size in (
            (self.tr("Normal"), TextSize.NORMAL),
            (self.tr("Large"), TextSize.LARGE),
            (self.tr("Largest"), TextSize.LARGEST),
        ):
            self.text_size.addItem(text, size.value)
        self._select(self.text_size, TextSize.parse(self._settings.get(opts.TEXT_SIZE)).value)
        self.language = QComboBox(group)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self._select(self.language, self._settings.get(opts.LANGUAGE))
        self.language_note = plain_label(
            self.tr("A new language takes effect when you next open the app."), group
        )
        form = _form(group)
        form.addRow(_buddy(self.tr("&Colours:"), self.theme, group), self.theme)
        form.addRow(_buddy(self.tr("&Text size:"), self.text_size, group), self.text_size)
        form.addRow(_buddy(self.tr("Lan&guage:"), self.language, group), self.language)
        form.addRow(self.language_note)
        return group

    def _backups_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Backups"), self)
        self.backups_kept = QSpinBox(group)
        self.backups_kept.setRange(*BACKUPS_KEPT)
        self.backups_kept.setValue(
            min(max(self._settings.get(opts.BACKUPS_KEPT), BACKUPS_KEPT[0]), BACKUPS_KEPT[1])
        )
        self.backups_kept.setAccessibleName(self.tr("Daily backups to keep"))
        hint = plain_label(
            self.tr(
                "The app saves an encrypted copy of your workspace once a day. Beyond this "
                "number, the oldest are removed at the next daily backup."
            ),
            group,
        )
        # Read-only but focusable: a long path scrolls, and can be read out or copied.
        self.backups_path = QLineEdit(str(self._backups_folder), group)
        self.backups_path.setReadOnly(True)
        self.backups_path.setAccessibleName(self.tr("Backups folder"))
        self.backups_path.setCursorPosition(0)
        self.backups_path.setToolTip(str(self._backups_folder))
        self.backups_path.setMinimumWidth(320)
        self.open_folder_button = named_button(
            self.tr("&Open backups folder"), self.tr("Open the backups folder"), group
        )
        exists = self._backups_folder.is_dir()
        self.open_folder_button.setEnabled(exists)
        if not exists:
            self.open_folder_button.setToolTip(self.tr("There are no backups yet."))
        form = _form(group)
        form.addRow(
            _buddy(self.tr("&Daily backups to keep:"), self.backups_kept, group),
            self.backups_kept,
        )
        form.addRow(hint)
        form.addRow(_buddy(self.tr("&Folder:"), self.backups_path, group), self.backups_path)
        form.addRow("", self.open_folder_button)
        return group

    # --- changes -----------------------------------------------------------------------

    def _connect(self) -> None:
        self.idle_minutes.valueChanged.connect(self._on_idle_minutes_value_changed)
        self.reminder_button.clicked.connect(self._on_reminder_button_clicked)
        self.theme.currentIndexChanged.connect(self._on_theme_index_changed)
        self.text_size.currentIndexChanged.connect(self._on_text_size_index_changed)
        self.language.currentIndexChanged.connect(self._on_language_index_changed)
        self.backups_kept.valueChanged.connect(self._on_backups_kept_value_changed)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _on_idle_minutes_value_changed(self, minutes: int) -> None:
        self._settings.set(opts.IDLE_LOCK_MINUTES, minutes)
        self.idle_minutes_changed.emit(minutes)

    def _on_theme_index_changed(self, _index: int) -> None:
        choice = ThemeChoice.parse(str(self.theme.currentData()))
        self._settings.set(opts.THEME, choice.value)
        apply_theme(choice)

    def _on_text_size_index_changed(self, _index: int) -> None:
        size = TextSize.parse(str(self.text_size.currentData()))
        self._settings.set(opts.TEXT_SIZE, size.value)
        apply_text_size(size)

    def _on_language_index_changed(self, _index: int) -> None:
        self._settings.set(opts.LANGUAGE, str(self.language.currentData()))

    def _on_backups_kept_value_changed(self, count: int) -> None:
        self._settings.set(opts.BACKUPS_KEPT, count)

    def _on_open_folder_clicked(self) -> None:
        url = QUrl.fromLocalFile(str(self._backups_folder))
        if not QDesktopServices.openUrl(url):
            log.warning("no file manager opened the backups folder")

    def _on_reminder_button_clicked(self) -> None:
        dialog = ReminderDialog(self._settings, self)
        dialog.finished.connect(self._show_reminder_summary)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _show_reminder_summary(self) -> None:
        settings = self._settings
        if not settings.get(opts.CHECK_IN_REMINDER):
            self.reminder_summary.setText(self.tr("No daily reminder."))
            return
        at, start, end = (
            parse_time(settings.get(setting), default).strftime("%H:%M")
            for setting, default in (
                (opts.CHECK_IN_REMINDER_AT, dt.time(20, 0)),
                (opts.QUIET_HOURS_START, dt.time(22, 0)),
                (opts.QUIET_HOURS_END, dt.time(8, 0)),
            )
        )
        self.reminder_summary.setText(
            self.tr(
                "Every day at {at}, if you haven't checked in; quiet from {start} to {end}."
            ).format(at=at, start=start, end=end)
        )
