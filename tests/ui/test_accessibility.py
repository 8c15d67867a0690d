"""Every window, for screen-reader and keyboard users: names, Tab order, menus, whole text.

Each window is also saved as a picture in /tmp/shots for a person to look over.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.profile import Role
from recovery_desktop.services import backup
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.about_dialog import AboutDialog
from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from recovery_desktop.ui.dialogs.help_dialog import HelpDialog
from recovery_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from recovery_desktop.ui.dialogs.restore_dialog import RestoreDialog
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.session import SessionController
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.support import (
    activate,
    clipped_labels,
    controls,
    nameless_controls,
    shoot,
    unreachable_by_tab,
)


def problems(window: QWidget, shot: str) -> list[str]:
    """What a screen-reader or keyboard user would trip over in ``window``; then a picture."""
    activate(window)
    assert controls(window), "nothing to operate?"
    found = [f"{shot}: no name: {item}" for item in nameless_controls(window)]
    found += [f"{shot}: Tab never reaches: {item}" for item in unreachable_by_tab(window)]
    found += [f"{shot}: text cut off: {item}" for item in clipped_labels(window)]
    found += [f"{shot}: reads markup: {item}" for item in markup_labels(window)]
    shoot(window, shot)
    return found


def check_window(window: QWidget, shot: str) -> None:
    """Named controls, all reachable with Tab, no text cut off, no markup."""
    found = problems(window, shot)
    assert found == [], "\n".join(found)


def markup_labels(window: QWidget) -> list[str]:
    """Labels that would interpret markup (form labels, made from "&Name:" strings, aside)."""
    return [
        repr(label.text()[:40])
        for label in window.findChildren(QLabel)
        if label.text()
        and label.isVisibleTo(window)
        and label.textFormat() != Qt.TextFormat.PlainText
        and label.buddy() is None
    ]


@pytest.fixture
def vault_with_backup(vault: OpenVault) -> OpenVault:
    backup.back_up_now(vault)
    return vault


def test_setup_wizard_every_page(qtbot: QtBot, vault_folder: VaultFolder) -> None:
    wizard = SetupWizard(vault_folder, InlineTaskRunner(), kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    check_window(wizard, "a11y-wizard-1-role")
    wizard.next()
    QTest.keyClicks(wizard.name_page.name, "Jordan")
    check_window(wizard, "a11y-wizard-2-name")
    wizard.next()
    QTest.keyClicks(wizard.passphrase_page.first.edit, PASSPHRASE)
    QTest.keyClicks(wizard.passphrase_page.second.edit, PASSPHRASE[:5])
    check_window(wizard, "a11y-wizard-3-passphrase")
    QTest.keyClicks(wizard.passphrase_page.second.edit, PASSPHRASE[5:])
    wizard.next()
    assert wizard.created is not None
    try:
        check_window(wizard, "a11y-wizard-4-recovery-code")
        wizard.code_page.kept.setChecked(True)
        wizard.next()
        check_window(wizard, "a11y-wizard-5-remember")
    finally:
        wizard.created.vault.close()


@pytest.fixture
def locked_folder(vault_folder: VaultFolder) -> VaultFolder:
    vault_folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF).vault.close()
    return vault_folder


def test_unlock_dialog_both_modes(qtbot: QtBot, locked_folder: VaultFolder) -> None:
    dialog = UnlockDialog(locked_folder, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    check_window(dialog, "a11y-unlock-passphrase")
    dialog.switch.click()
    assert dialog.using_code
    check_window(dialog, "a11y-unlock-recovery-code")
    QTest.keyClicks(dialog.code, "ABCD-EFGH")
    dialog.unlock_button.click()
    check_window(dialog, "a11y-unlock-recovery-code-typo")


@pytest.mark.parametrize("forced", [False, True], ids=["from-menu", "after-recovery-code"])
def test_change_passphrase_dialog(qtbot: QtBot, vault: OpenVault, forced: bool) -> None:
    dialog = ChangePassphraseDialog(vault, InlineTaskRunner(), forced=forced)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.first.edit, "short")
    QTest.keyClicks(dialog.second.edit, "sho")
    check_window(dialog, f"a11y-change-passphrase-{'forced' if forced else 'menu'}")


def test_restore_dialog(qtbot: QtBot, vault_with_backup: OpenVault) -> None:
    dialog = RestoreDialog(backup.backups(vault_with_backup))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    check_window(dialog, "a11y-restore")


def test_restore_dialog_without_backups(qtbot: QtBot) -> None:
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    assert dialog.chosen() is None
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("There are no backups yet.") for text in texts), texts
    assert not dialog.list.isVisible(), "no empty box to puzzle over"
    check_window(dialog, "a11y-restore-empty")


@pytest.fixture
def main_window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow("Jordan", remember=False)
    qtbot.addWidget(window)
    window.show()
    yield window


def test_main_window_bare(main_window: MainWindow) -> None:
    check_window(main_window, "a11y-main-window-bare")


@pytest.fixture
def workspace_window(
    qtbot: QtBot, data_dir: Path, vault_folder: VaultFolder, vault: OpenVault
) -> Iterator[MainWindow]:
    """The main window as the session builds it, with every tab in place."""
    controller = SessionController(
        vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), kdf=FAST_KDF
    )
    controller.start(vault)
    assert controller.window is not None
    yield controller.window
    controller.quit()


def test_main_window_every_tab(workspace_window: MainWindow) -> None:
    tabs = workspace_window.tabs
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        activate(workspace_window)
        tabs.tabBar().setFocus()
        name = tabs.widget(index).accessibleName() or f"tab-{index}"
        found += problems(workspace_window, f"a11y-main-window-{name.lower()}")
    assert found == [], "\n".join(found)


def menus(window: MainWindow) -> list[QMenu]:
    found = [action.menu() for action in window.menuBar().actions()]
    assert all(isinstance(menu, QMenu) for menu in found)
    return found  # type: ignore[return-value]


def test_every_menu_action_has_text(main_window: MainWindow) -> None:
    assert [menu.title() for menu in menus(main_window)] == ["&File", "&Edit", "&View", "&Help"]
    nameless = [
        f"{menu.title()}: action {index}"
        for menu in menus(main_window)
        for index, action in enumerate(menu.actions())
        if not action.isSeparator() and not action.text().replace("&", "").strip()
    ]
    assert nameless == []


@pytest.mark.parametrize("role", list(Role))
def test_menu_shortcuts_do_not_clash(role: Role) -> None:
    # Each role sees its own File menu: a mentor's Ctrl+E writes feedback, a mentee's shares.
    window = MainWindow("Jordan", remember=False, role=role)
    seen: dict[str, str] = {}
    for menu in menus(window):
        for action in menu.actions():
            if not action.isVisible():
                assert not action.isEnabled(), f"{action.text()!r} is hidden yet enabled"
                continue
            for shortcut in action.shortcuts():
                key = shortcut.toString()
                assert key not in seen, f"{key} is both {seen[key]!r} and {action.text()!r}"
                seen[key] = action.text()


def test_about_dialog(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.about_action.trigger()
    dialog = main_window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    check_window(dialog, "a11y-about")


def test_user_guide(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.help_action.trigger()
    guide = main_window.findChild(HelpDialog)
    assert guide is not None and guide.isVisible()
    # Tab walks the guide's links before leaving it, so the focus stays in the browser for
    # several presses: start the walk from the Close button instead.
    activate(guide)
    guide.findChild(QPushButton).setFocus()
    check_window(guide, "a11y-user-guide")


def test_preferences_dialog(workspace_window: MainWindow) -> None:
    workspace_window.preferences_action.trigger()
    dialog = workspace_window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    check_window(dialog, "a11y-preferences")


@pytest.fixture
def lived_in_window(
    qtbot: QtBot, data_dir: Path, vault_folder: VaultFolder, vault: OpenVault
) -> Iterator[MainWindow]:
    """The workspace after a year of demo data: full tables, forms filled in."""
    from recovery_desktop.services import demo

    demo.fill(vault, years=1, seed=2)
    controller = SessionController(
        vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), kdf=FAST_KDF
    )
    controller.start(vault)
    assert controller.window is not None
    yield controller.window
    controller.quit()


DAY_TO_DAY = ("Check-in", "Goals", "Journal", "Learning", "Self-assessment")


def test_day_to_day_tabs_with_a_year_of_data(lived_in_window: MainWindow) -> None:
    found = []
    for name in DAY_TO_DAY:
        lived_in_window.tabs.setCurrentWidget(lived_in_window.page(name))
        activate(lived_in_window)
        lived_in_window.tabs.tabBar().setFocus()
        found += problems(lived_in_window, f"a11y-lived-in-{name.lower()}")
    assert found == [], "\n".join(found)


def test_day_to_day_dialogs(qtbot: QtBot, data_dir: Path, main_window: MainWindow) -> None:
    import datetime as dt

    from recovery_desktop.domain.goals import Goal
    from recovery_desktop.domain.milestones import Milestone, MilestoneKind
    from recovery_desktop.ui.dialogs.adjust_goal_dialog import AdjustGoalDialog
    from recovery_desktop.ui.dialogs.celebration_dialog import CelebrationDialog
    from recovery_desktop.ui.dialogs.reminder_dialog import ReminderDialog

    goal = Goal(title="Walk <b>daily</b>", steps="[x] Shoes\n[ ] Route", due=dt.date(2026, 12, 1))
    reached = [
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=30, reached_on=dt.date(2026, 3, 3)),
        Milestone(kind=MilestoneKind.GOALS_DONE, threshold=1, reached_on=dt.date(2026, 3, 3)),
    ]
    for dialog, shot in (
        (AdjustGoalDialog(goal, main_window), "a11y-adjust-goal"),
        (CelebrationDialog(reached, main_window), "a11y-celebration"),
        (ReminderDialog(Settings.in_folder(data_dir), main_window), "a11y-reminder"),
    ):
        dialog.show()
        check_window(dialog, shot)
        dialog.close()
