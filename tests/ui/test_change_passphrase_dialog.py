"""Changing the passphrase from the menu asks for the current one first."""

from PySide6.QtTest import QTest

from recovery_desktop.domain.errors import WrongPassphraseError
from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import PASSPHRASE

NEW = "a new and longer passphrase"


def _dialog(qtbot, vault, current):
    dialog = ChangePassphraseDialog(vault, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    if current:
        QTest.keyClicks(dialog.current.edit, current)
    QTest.keyClicks(dialog.first.edit, NEW)
    QTest.keyClicks(dialog.second.edit, NEW)
    return dialog


def test_needs_the_current_passphrase(qtbot, vault):
    dialog = _dialog(qtbot, vault, current="")
    assert not dialog.ok_button.isEnabled()


def test_wrong_current_passphrase_changes_nothing(qtbot, vault, vault_folder):
    dialog = _dialog(qtbot, vault, current="not my passphrase")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "not your current passphrase" in dialog.message.text()
    vault.close()
    vault_folder.unlock(PASSPHRASE).close()


def test_right_current_passphrase_changes_it(qtbot, vault, vault_folder):
    dialog = _dialog(qtbot, vault, current=PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=5000):
        dialog.ok_button.click()
    vault.close()
    vault_folder.unlock(NEW).close()
    try:
        vault_folder.unlock(PASSPHRASE)
    except WrongPassphraseError:
        pass
    else:
        raise AssertionError("the old passphrase must stop working")


def test_after_the_recovery_code_no_current_passphrase_is_asked(qtbot, vault):
    dialog = ChangePassphraseDialog(vault, InlineTaskRunner(), forced=True)
    qtbot.addWidget(dialog)
    assert dialog.current is None
