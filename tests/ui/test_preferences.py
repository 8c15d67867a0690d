"""Preferences: every change is saved at once, and applied at once where it can be."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop import settings as opts
from recovery_desktop.domain.profile import Role
from recovery_desktop.services import backup, charts
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from recovery_desktop.ui.dialogs.reminder_dialog import ReminderDialog
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.session import SessionController
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.theme import ThemeChoice, apply_theme, is_dark
from tests.conftest import FAST_KDF


@pytest.fixture(autouse=True)
def system_colours_after() -> Iterator[None]:
    """The QApplication lives for the whole run: leave it following the system again."""
    yield
    apply_theme(ThemeChoice.SYSTEM)


@pytest.fixture
def controller(
    qtbot: QtBot, data_dir: Path, vault_folder: VaultFolder, vault: OpenVault
) -> Iterator[SessionController]:
    controller = SessionController(
        vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), kdf=FAST_KDF
    )
    controller.start(vault)
    assert controller.window is not None
    yield controller
    controller.quit()


def open_preferences(window: MainWindow) -> PreferencesDialog:
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def saved(data_dir: Path) -> Settings:
    """The settings as a fresh start of the app would read them."""
    return Settings.in_folder(data_dir)


def window_lightness(widget: QWidget) -> int:
    QApplication.processEvents()  # palette changes reach widgets through events
    return widget.palette().color(QPalette.ColorRole.Window).lightness()


def test_preferences_is_a_standard_edit_menu_action(controller: SessionController) -> None:
    window = controller.window
    assert window is not None
    action = window.preferences_action
    assert action.menuRole() is QAction.MenuRole.PreferencesRole
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence("Ctrl+,")
    ]
    assert action.shortcuts() == expected
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()


def test_changing_idle_minutes_updates_the_idle_timer_and_persists(
    controller: SessionController, data_dir: Path
) -> None:
    assert controller.window is not None
    assert controller.idle.interval == 10 * 60_000  # the default
    dialog = open_preferences(controller.window)
    assert dialog.idle_minutes.value() == 10
    dialog.idle_minutes.setValue(3)
    assert controller.idle.interval == 3 * 60_000
    assert controller.idle.active, "still counting, from now"
    assert saved(data_dir).get(opts.IDLE_LOCK_MINUTES) == 3


def test_idle_minutes_stay_within_reason(controller: SessionController) -> None:
    assert controller.window is not None
    dialog = open_preferences(controller.window)
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.value() == 1
    assert controller.idle.interval == 60_000


def test_theme_switch_changes_the_palette_at_once_and_persists(
    controller: SessionController, data_dir: Path
) -> None:
    window = controller.window
    assert window is not None
    dialog = open_preferences(window)
    assert dialog.theme.currentData() == "system"
    dialog.theme.setCurrentIndex(dialog.theme.findData(ThemeChoice.DARK.value))
    assert window_lightness(window) < 128
    assert is_dark(QApplication.palette())
    assert saved(data_dir).get(opts.THEME) == "dark"
    dialog.theme.setCurrentIndex(dialog.theme.findData(ThemeChoice.LIGHT.value))
    assert window_lightness(window) >= 128
    assert saved(data_dir).get(opts.THEME) == "light"


def test_charts_follow_the_chosen_colours(controller: SessionController) -> None:
    window = controller.window
    assert window is not None and controller.workspace is not None
    progress = controller.workspace.progress_tab
    apply_theme(ThemeChoice.DARK)
    window_lightness(window)
    assert progress.theme().ink == charts.DARK.ink
    apply_theme(ThemeChoice.LIGHT)
    window_lightness(window)
    assert progress.theme() == charts.LIGHT


def test_following_the_system_again_restores_its_palette(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    system = window_lightness(widget)
    apply_theme(ThemeChoice.DARK)
    assert window_lightness(widget) < 128
    apply_theme(ThemeChoice.SYSTEM)
    assert window_lightness(widget) == system


def test_an_unknown_stored_theme_follows_the_system() -> None:
    assert ThemeChoice.parse("purple") is ThemeChoice.SYSTEM
    assert ThemeChoice.parse("dark") is ThemeChoice.DARK


def test_language_choice_persists_for_the_next_start(
    controller: SessionController, data_dir: Path
) -> None:
    assert controller.window is not None
    dialog = open_preferences(controller.window)
    assert dialog.language.currentData() == "system"
    assert [dialog.language.itemText(i) for i in range(1, dialog.language.count())] == [
        "English",
        "Español",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert saved(data_dir).get(opts.LANGUAGE) == "es"
    assert dialog.language_note.isVisible()
    assert "next open the app" in dialog.language_note.text()


def test_backups_kept_persists_and_rules_the_next_backup(
    controller: SessionController, data_dir: Path
) -> None:
    window, vault = controller.window, controller.vault
    assert window is not None and vault is not None
    dialog = open_preferences(window)
    assert dialog.backups_kept.value() == backup.KEEP
    dialog.backups_kept.setValue(2)
    assert saved(data_dir).get(opts.BACKUPS_KEPT) == 2
    for _ in range(3):
        window.back_up_action.trigger()
    assert len([snap for snap in backup.backups(vault) if not snap.label]) == 2


def test_open_backups_folder_shows_the_folder(
    controller: SessionController, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, vault = controller.window, controller.vault
    assert window is not None and vault is not None
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_preferences(window)
    assert dialog.backups_path.text() == str(vault.paths.backups)
    assert dialog.open_folder_button.isEnabled()  # today's backup made the folder
    dialog.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(vault.paths.backups)]


def test_reminder_is_changed_through_the_reminder_dialog(
    controller: SessionController, data_dir: Path
) -> None:
    assert controller.window is not None
    dialog = open_preferences(controller.window)
    assert dialog.reminder_group.isVisible()
    assert dialog.reminder_summary.text() == "No daily reminder."
    dialog.reminder_button.click()
    reminder = dialog.findChild(ReminderDialog)
    assert reminder is not None and reminder.isVisible()
    reminder.enabled.setChecked(True)
    buttons = reminder.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved(data_dir).get(opts.CHECK_IN_REMINDER) is True
    assert dialog.reminder_summary.text().startswith("Every day at 20:00")


def test_a_mentor_has_no_check_in_reminder(qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow("Sam", remember=False, role=Role.MENTOR)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(
        Settings.in_folder(data_dir), data_dir / "backups", show_reminder=False, parent=window
    )
    dialog.show()
    assert not dialog.reminder_group.isVisible()
    assert not dialog.open_folder_button.isEnabled(), "no backups folder yet"
