"""Unlocking with the passphrase or the recovery code: calm errors, no lock-out."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from recovery_desktop.domain import recovery_code
from recovery_desktop.domain.profile import Role
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.support import activate, clipped_labels, shoot

#: Words that alarm or blame; the unlock dialog speaks calmly.
ALARMING = re.compile(r"!|\b(error|fail\w*|invalid|denied|incorrect|wrong|attempts?)\b", re.I)


@pytest.fixture
def code(vault_folder: VaultFolder) -> str:
    """A locked vault in the folder; its recovery code."""
    created = vault_folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
    created.vault.close()
    return created.recovery_code


@pytest.fixture
def dialog(qtbot: QtBot, vault_folder: VaultFolder, code: str) -> Iterator[UnlockDialog]:
    dialog = UnlockDialog(vault_folder, InlineTaskRunner())
    qtbot.addWidget(dialog)
    opened: list[OpenVault] = []
    dialog.unlocked.connect(opened.append)
    dialog.show()
    activate(dialog)
    yield dialog
    for vault in opened:
        vault.close()


def submit(dialog: UnlockDialog, text: str) -> None:
    """Type into whichever field shows and press Return."""
    field = dialog.code if dialog.using_code else dialog.passphrase.edit
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_the_passphrase_field_has_the_focus(dialog: UnlockDialog) -> None:
    assert dialog.focusWidget() is dialog.passphrase.edit
    assert dialog.passphrase.edit.echoMode() is dialog.passphrase.edit.EchoMode.Password


def test_a_wrong_passphrase_is_met_calmly(dialog: UnlockDialog) -> None:
    submit(dialog, "a calm river at dusk")

    assert dialog.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    message = dialog.message.text()
    assert message == "That passphrase does not open this vault. Please check it and try again."
    assert not ALARMING.search(message), message
    edit = dialog.passphrase.edit
    assert edit.selectedText() == "a calm river at dusk", "retyping replaces the attempt"
    assert edit.hasFocus()
    assert edit.isEnabled() and dialog.unlock_button.isEnabled()
    assert not clipped_labels(dialog), clipped_labels(dialog)
    shoot(dialog, "unlock-wrong-passphrase")


def test_no_lock_out_after_many_tries(qtbot: QtBot, dialog: UnlockDialog) -> None:
    first_message = ""
    for attempt in range(12):
        submit(dialog, f"not it {attempt:02d} at all")
        first_message = first_message or dialog.message.text()
        assert dialog.message.text() == first_message, "the same calm words every time"
        assert dialog.passphrase.edit.isEnabled()
        assert dialog.isVisible()
    with qtbot.waitSignal(dialog.unlocked, timeout=1000) as unlocked:
        submit(dialog, PASSPHRASE)
    assert isinstance(unlocked.args[0], OpenVault)


def test_the_right_passphrase_unlocks(qtbot: QtBot, dialog: UnlockDialog) -> None:
    with qtbot.waitSignal(dialog.unlocked, timeout=1000) as unlocked:
        submit(dialog, PASSPHRASE)
    vault = unlocked.args[0]
    assert vault.is_open
    assert not vault.must_change_passphrase
    assert profile(vault).display_name == "Jordan"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.passphrase.text() == "", "the passphrase does not linger in the widget"


def test_an_empty_passphrase_does_nothing(qtbot: QtBot, dialog: UnlockDialog) -> None:
    with qtbot.assertNotEmitted(dialog.unlocked):
        QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == ""


def switch_to_code(dialog: UnlockDialog) -> None:
    QTest.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert dialog.using_code
    assert dialog.code.isVisible()
    assert not dialog.passphrase.isVisible()
    assert dialog.code.hasFocus()
    assert dialog.switch.text() == "Use my passphrase instead"


def test_a_mistyped_recovery_code_is_called_a_typo(dialog: UnlockDialog, code: str) -> None:
    switch_to_code(dialog)
    # One character off: the checksum notices.
    wrong_char = "0" if code[0] != "0" else "1"
    submit(dialog, wrong_char + code[1:])

    assert dialog.isVisible()
    assert dialog.message.text() == (
        "That recovery code has a typing mistake somewhere. "
        "Please compare it with your printed copy."
    )
    assert dialog.code.selectedText() == wrong_char + code[1:]
    assert dialog.code.hasFocus()
    assert not clipped_labels(dialog), clipped_labels(dialog)
    shoot(dialog, "unlock-recovery-code-typo")


def test_another_vaults_recovery_code_is_not_called_a_passphrase(dialog: UnlockDialog) -> None:
    switch_to_code(dialog)
    submit(dialog, recovery_code.generate())  # well formed, but not this vault's

    message = dialog.message.text()
    assert "recovery code" in message
    assert "passphrase" not in message, message
    assert not ALARMING.search(message), message
    assert dialog.code.hasFocus()
    assert not clipped_labels(dialog), clipped_labels(dialog)


def test_the_recovery_code_unlocks_and_asks_for_a_new_passphrase(
    qtbot: QtBot, dialog: UnlockDialog, code: str
) -> None:
    switch_to_code(dialog)
    # Read from paper: lower case, spaces instead of dashes.
    with qtbot.waitSignal(dialog.unlocked, timeout=1000) as unlocked:
        submit(dialog, code.lower().replace("-", " "))
    vault = unlocked.args[0]
    assert vault.is_open
    assert vault.must_change_passphrase is True
    assert dialog.code.text() == ""


def test_switching_back_to_the_passphrase(dialog: UnlockDialog) -> None:
    switch_to_code(dialog)
    submit(dialog, "AAAA")
    assert dialog.message.text()
    QTest.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert not dialog.using_code
    assert dialog.passphrase.edit.hasFocus()
    assert dialog.message.text() == "", "an old message does not stay behind"
    assert dialog.switch.text() == "Use my recovery code instead"


def test_quit_rejects(qtbot: QtBot, dialog: UnlockDialog) -> None:
    quit_button = next(b for b in dialog.buttons.buttons() if b is not dialog.unlock_button)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        QTest.mouseClick(quit_button, Qt.MouseButton.LeftButton)


def test_a_notice_is_shown(qtbot: QtBot, vault_folder: VaultFolder, code: str) -> None:
    dialog = UnlockDialog(vault_folder, InlineTaskRunner(), "Locked after 10 quiet minutes.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.text() == "Locked after 10 quiet minutes."
