"""Largest text: every window reflows, so no text is cut off and every control is reachable.

Each window is also saved as a picture in /tmp/shots (``large-*``) for a person to look over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStyle, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop import settings as opts
from recovery_desktop.domain.goals import Goal
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.profile import Role
from recovery_desktop.services import backup, demo
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.about_dialog import AboutDialog
from recovery_desktop.ui.dialogs.adjust_goal_dialog import AdjustGoalDialog
from recovery_desktop.ui.dialogs.celebration_dialog import CelebrationDialog
from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from recovery_desktop.ui.dialogs.help_dialog import HelpDialog
from recovery_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from recovery_desktop.ui.dialogs.reminder_dialog import ReminderDialog
from recovery_desktop.ui.dialogs.restore_dialog import RestoreDialog
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.icon_scale import ScaledIcons, style_name
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.session import SessionController
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.text_size import FONT_SCALE, TextSize, apply_text_size
from recovery_desktop.ui.theme import apply_theme
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.support import (
    activate,
    assert_all_named,
    clipped_labels,
    shoot,
    unreachable_by_tab,
)


def point_size() -> float:
    return QApplication.font().pointSizeF()


@pytest.fixture
def normal_size() -> Iterator[float]:
    """The platform's size; the text is back to it after the test, for the tests after."""
    apply_text_size(TextSize.NORMAL)
    yield point_size()
    apply_text_size(TextSize.NORMAL)


@pytest.fixture
def largest(normal_size: float) -> Iterator[None]:
    apply_text_size(TextSize.LARGEST)
    assert point_size() == pytest.approx(normal_size * 1.5)
    yield


def problems(window: QWidget, shot: str) -> list[str]:
    """Text cut off, or controls Tab never reaches, in ``window``; then a picture."""
    activate(window)
    assert_all_named(window)
    found = [f"{shot}: text cut off: {item}" for item in clipped_labels(window)]
    found += [f"{shot}: Tab never reaches: {item}" for item in unreachable_by_tab(window)]
    shoot(window, shot)
    return found


def check(window: QWidget, shot: str) -> None:
    found = problems(window, shot)
    assert found == [], "\n".join(found)


@pytest.fixture
def controller(
    qtbot: QtBot, data_dir: Path, vault_folder: VaultFolder, vault: OpenVault
) -> Iterator[SessionController]:
    """The mentee's workspace with a few weeks of data, as the session builds it."""
    demo.fill(vault, years=0.1, seed=3)
    controller = SessionController(
        vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), kdf=FAST_KDF
    )
    controller.start(vault)
    assert controller.window is not None
    yield controller
    controller.quit()


def test_sizes_scale_the_platform_font(normal_size: float) -> None:
    for size, factor in ((TextSize.LARGE, 1.25), (TextSize.LARGEST, 1.5), (TextSize.NORMAL, 1)):
        apply_text_size(size)
        assert point_size() == pytest.approx(normal_size * factor)
    assert TextSize.parse("huge") is TextSize.NORMAL


def test_icons_grow_with_the_text_and_keep_the_theme(normal_size: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    small = QStyle.PixelMetric.PM_SmallIconSize
    base = app.style().pixelMetric(small)
    name = style_name(app)
    assert not isinstance(app.style(), ScaledIcons)  # normal text: the style as it is
    apply_text_size(TextSize.LARGEST)
    assert app.style().pixelMetric(small) == round(base * 1.5)  # menu icons
    assert style_name(app) == name
    apply_theme("dark")  # the theme may switch to Fusion: the icons stay large
    assert app.style().pixelMetric(small) == round(base * 1.5)
    apply_theme("system")
    apply_text_size(TextSize.NORMAL)
    assert app.style().pixelMetric(small) == base and style_name(app) == name
    assert not isinstance(app.style(), ScaledIcons)


def test_text_size_applies_live_and_persists(
    controller: SessionController, data_dir: Path, normal_size: float
) -> None:
    window = controller.window
    assert window is not None
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.text_size.currentData() == "normal"
    headings = [label for label in window.findChildren(QLabel) if label.property(FONT_SCALE)]
    assert headings, "the tabs have headings with their own sizes"
    before = {id(label): label.font().pointSizeF() for label in headings}
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(TextSize.LARGEST.value))
    assert Settings.in_folder(data_dir).get(opts.TEXT_SIZE) == "largest"
    assert point_size() == pytest.approx(normal_size * 1.5)
    QApplication.processEvents()
    assert dialog.font().pointSizeF() == pytest.approx(normal_size * 1.5)
    for label in headings:  # their own sizes grow with the rest
        assert label.font().pointSizeF() == pytest.approx(before[id(label)] * 1.5)


def test_main_window_every_tab(largest: None, controller: SessionController) -> None:
    window = controller.window
    assert window is not None
    tabs = window.tabs
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        activate(window)
        tabs.tabBar().setFocus()
        name = tabs.widget(index).accessibleName().lower() or f"tab-{index}"
        found += problems(window, f"large-main-window-{name}")
    assert found == [], "\n".join(found)


def test_mentor_window(
    largest: None, qtbot: QtBot, data_dir: Path, vault_folder: VaultFolder
) -> None:
    created = vault_folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    controller = SessionController(
        vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), kdf=FAST_KDF
    )
    controller.start(created.vault)
    try:
        assert controller.window is not None
        controller.window.tabs.tabBar().setFocus()
        check(controller.window, "large-mentor-window")
    finally:
        controller.quit()


def test_preferences_and_help(largest: None, controller: SessionController) -> None:
    window = controller.window
    assert window is not None
    window.preferences_action.trigger()
    preferences = window.findChild(PreferencesDialog)
    assert preferences is not None
    check(preferences, "large-preferences")
    preferences.close()
    window.help_action.trigger()
    guide = window.findChild(HelpDialog)
    assert guide is not None
    activate(guide)
    guide.findChild(QPushButton).setFocus()  # the guide's links keep Tab inside it
    check(guide, "large-user-guide")


def test_day_to_day_dialogs(largest: None, qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow("Jordan", remember=False)
    qtbot.addWidget(window)
    goal = Goal(title="Walk daily", steps="[x] Shoes\n[ ] Route", due=dt.date(2026, 12, 1))
    reached = [
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=30, reached_on=dt.date(2026, 3, 3))
    ]
    for dialog, shot in (
        (AboutDialog(window), "large-about"),
        (AdjustGoalDialog(goal, window), "large-adjust-goal"),
        (CelebrationDialog(reached, window), "large-celebration"),
        (ReminderDialog(Settings.in_folder(data_dir), window), "large-reminder"),
    ):
        dialog.show()
        check(dialog, shot)
        dialog.close()


def test_locking_dialogs(
    largest: None, qtbot: QtBot, vault_folder: VaultFolder, vault: OpenVault
) -> None:
    backup.back_up_now(vault)
    for dialog, shot in (
        (ChangePassphraseDialog(vault, InlineTaskRunner()), "large-change-passphrase"),
        (RestoreDialog(backup.backups(vault)), "large-restore"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog, shot)
        dialog.close()


def test_unlock_dialog(largest: None, qtbot: QtBot, vault_folder: VaultFolder) -> None:
    vault_folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF).vault.close()
    dialog = UnlockDialog(vault_folder, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    check(dialog, "large-unlock")
    dialog.switch.click()
    check(dialog, "large-unlock-recovery-code")


def test_setup_wizard_first_pages(largest: None, qtbot: QtBot, vault_folder: VaultFolder) -> None:
    wizard = SetupWizard(vault_folder, InlineTaskRunner(), kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    check(wizard, "large-wizard-1-role")
    wizard.next()
    check(wizard, "large-wizard-2-name")
    QTest.keyClicks(wizard.name_page.name, "Jordan")
    wizard.next()
    check(wizard, "large-wizard-3-passphrase")
