"""The first-run wizard, driven with the keyboard as a person would."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QWizard
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.profile import Role
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.support import activate, clipped_labels, shoot

CODE_SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}")
Button = QWizard.WizardButton


@pytest.fixture
def wizard(qtbot: QtBot, vault_folder: VaultFolder) -> Iterator[SetupWizard]:
    """The wizard, shown and active; any vault it created is closed afterwards."""
    wizard = SetupWizard(vault_folder, InlineTaskRunner(), kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    activate(wizard)
    yield wizard
    if wizard.created is not None:
        wizard.created.vault.close()


def press(widget: object, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)  # type: ignore[arg-type]


def to_passphrase_page(wizard: SetupWizard, role: Role, name: str) -> None:
    """Role and name pages, keyboard only: arrows pick the role, Return goes on."""
    assert wizard.currentPage() is wizard.role_page
    assert wizard.role_page.mentee.isChecked()  # the default
    assert wizard.focusWidget() is wizard.role_page.mentee
    if role is Role.MENTOR:
        press(wizard.role_page.mentee, Qt.Key.Key_Down)
        assert wizard.role_page.mentor.isChecked()
    press(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.name_page

    field = wizard.name_page.name
    assert not wizard.button(Button.NextButton).isEnabled()  # a name is needed
    press(field, Qt.Key.Key_Space)
    assert not wizard.button(Button.NextButton).isEnabled()  # blanks are not a name
    field.clear()
    QTest.keyClicks(field, name)
    assert wizard.button(Button.NextButton).isEnabled()
    press(field, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.passphrase_page


def type_passphrases(wizard: SetupWizard, first: str, second: str) -> None:
    page = wizard.passphrase_page
    page.first.clear()
    page.second.clear()
    QTest.keyClicks(page.first.edit, first)
    QTest.keyClicks(page.second.edit, second)


def commit(wizard: SetupWizard) -> str:
    """Create the vault from the passphrase page; returns the recovery code shown."""
    press(wizard.passphrase_page.second.edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.code_page
    assert wizard.created is not None
    return wizard.code_page.code.text()


def test_create_a_vault_with_the_keyboard(
    qtbot: QtBot, wizard: SetupWizard, vault_folder: VaultFolder
) -> None:
    to_passphrase_page(wizard, Role.MENTOR, "Morgan")
    page = wizard.passphrase_page
    create = wizard.button(Button.CommitButton)
    assert create.text() == "Create my vault"
    assert not create.isEnabled()
    first_hint = page.first.hint.text()
    assert first_hint == "Use at least 10 characters."

    type_passphrases(wizard, "short", "short")
    assert not create.isEnabled(), "a too-short passphrase must not create a vault"
    assert page.first.hint.text() == first_hint
    assert page.mismatch.text() == ""

    type_passphrases(wizard, PASSPHRASE, PASSPHRASE[:-1])
    assert not create.isEnabled(), "two different passphrases must not create a vault"
    assert page.first.hint.text() != first_hint  # long enough now: the hint moves on
    assert page.mismatch.text() == "The two passphrases are not the same yet."

    QTest.keyClicks(page.second.edit, PASSPHRASE[-1])
    assert create.isEnabled()
    assert page.mismatch.text() == ""
    assert not vault_folder.exists(), "nothing is written before the person commits"

    code = commit(wizard)
    assert vault_folder.exists()
    assert CODE_SHAPE.fullmatch(code), code
    assert wizard.code_page.status.text() == "Your vault is ready."
    # The vault exists now: there is no way back and nothing to cancel.
    assert not wizard.button(Button.BackButton).isEnabled()
    assert not wizard.button(Button.CancelButton).isVisible()

    next_button = wizard.button(Button.NextButton)
    assert not next_button.isEnabled(), "the code must be confirmed as kept first"
    assert wizard.code_page.isAncestorOf(wizard.focusWidget())
    press(wizard.code_page.kept, Qt.Key.Key_Space)
    assert wizard.code_page.kept.isChecked()
    assert next_button.isEnabled()
    press(wizard.code_page.kept, Qt.Key.Key_Space)
    assert not next_button.isEnabled(), "unticking takes the confirmation back"
    press(wizard.code_page.kept, Qt.Key.Key_Space)
    press(wizard.code_page.kept, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.remember_page
    assert not wizard.remember_page.remember.isChecked(), "the keychain is opt-in"
    finish = wizard.button(Button.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    with qtbot.waitSignal(wizard.vault_created, timeout=1000) as created:
        QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
    vault, remember = created.args
    assert isinstance(vault, OpenVault)
    assert vault.is_open
    assert remember is False
    assert not wizard.isVisible()
    info = profile(vault)
    assert info.display_name == "Morgan"
    assert info.role is Role.MENTOR

    # The code shown is the real one: it opens the vault on its own.
    vault.close()
    reopened = vault_folder.unlock_with_recovery_code(code)
    try:
        assert reopened.must_change_passphrase
        assert profile(reopened).display_name == "Morgan"
    finally:
        reopened.close()
    by_passphrase = vault_folder.unlock(PASSPHRASE)
    by_passphrase.close()


def test_mentee_by_default_and_remember_opt_in(qtbot: QtBot, wizard: SetupWizard) -> None:
    to_passphrase_page(wizard, Role.MENTEE, "  Jordan  ")
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    commit(wizard)
    QTest.mouseClick(wizard.code_page.kept, Qt.MouseButton.LeftButton)
    wizard.next()
    press(wizard.remember_page.remember, Qt.Key.Key_Space)
    assert wizard.remember_page.remember.isChecked()
    with qtbot.waitSignal(wizard.vault_created, timeout=1000) as created:
        press(wizard.remember_page.remember, Qt.Key.Key_Return)
    vault, remember = created.args
    assert remember is True
    info = profile(vault)
    assert info.display_name == "Jordan"  # surrounding blanks are not part of a name
    assert info.role is Role.MENTEE


def test_save_writes_a_private_file(
    wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_passphrase_page(wizard, Role.MENTEE, "Jordan")
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    code = commit(wizard)
    target = tmp_path / "kept" / "my-code.txt"
    target.parent.mkdir()
    asked: list[str] = []

    def fake_save(_parent: object, caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "Text files (*.txt)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    QTest.mouseClick(wizard.code_page.save_button, Qt.MouseButton.LeftButton)

    assert asked == ["recovery-desktop-recovery-code.txt"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert code in text
    assert "Use recovery code" in text or "recovery code" in text.lower()
    assert wizard.code_page.status.text().startswith(f"Saved to {target}.")
    assert sorted(p.name for p in target.parent.iterdir()) == ["my-code.txt"]  # no temp left


def test_cancelled_save_writes_nothing(
    wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_passphrase_page(wizard, Role.MENTEE, "Jordan")
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    commit(wizard)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    before = wizard.code_page.status.text()
    QTest.mouseClick(wizard.code_page.save_button, Qt.MouseButton.LeftButton)
    assert wizard.code_page.status.text() == before


def test_cancel_before_committing_creates_nothing(
    qtbot: QtBot, wizard: SetupWizard, vault_folder: VaultFolder
) -> None:
    to_passphrase_page(wizard, Role.MENTEE, "Jordan")
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(wizard.rejected, timeout=1000):
        QTest.mouseClick(wizard.button(Button.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.created is None
    assert not vault_folder.exists()


def test_a_failure_to_create_is_explained_calmly(
    wizard: SetupWizard, vault_folder: VaultFolder
) -> None:
    existing = vault_folder.create(PASSPHRASE, Role.MENTEE, "Someone", kdf=FAST_KDF)
    existing.vault.close()
    to_passphrase_page(wizard, Role.MENTEE, "Jordan")
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    press(wizard.passphrase_page.second.edit, Qt.Key.Key_Return)
    page = wizard.code_page
    assert wizard.created is None
    assert page.status.text() == f"A vault already exists in {vault_folder.paths.folder}. " + (
        "Nothing was changed."
    )
    assert page.code.text() == ""
    assert not page.kept.isEnabled()
    assert not wizard.button(Button.NextButton).isEnabled()
    assert wizard.button(Button.CancelButton).isVisible(), "the way out comes back"


def test_pages_show_all_their_text(wizard: SetupWizard) -> None:
    """No page's subtitle or text is cut off (QWizard's header shows two lines at most)."""
    for page, shot in (
        (wizard.role_page, "wizard-1-role"),
        (wizard.name_page, "wizard-2-name"),
        (wizard.passphrase_page, "wizard-3-passphrase"),
    ):
        assert wizard.currentPage() is page
        if page is wizard.name_page:
            QTest.keyClicks(page.name, "Jordan")
        if page is wizard.passphrase_page:
            type_passphrases(wizard, "almost long", "alm")
        header = [label for label in wizard.findChildren(QLabel) if label.text() == page.subTitle()]
        assert header, "the subtitle is shown"
        assert not clipped_labels(wizard), clipped_labels(wizard)
        shoot(wizard, shot)
        if page is not wizard.passphrase_page:
            wizard.next()
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    commit(wizard)
    assert not clipped_labels(wizard), clipped_labels(wizard)
    shoot(wizard, "wizard-4-recovery-code")
    wizard.code_page.kept.setChecked(True)
    wizard.next()
    assert not clipped_labels(wizard), clipped_labels(wizard)
    shoot(wizard, "wizard-5-remember")
