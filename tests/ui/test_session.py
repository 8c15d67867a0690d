"""The session end to end: set up or unlock, work, lock, auto-lock, keychain, backups."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from recovery_desktop import settings as opts
from recovery_desktop.domain.profile import Role
from recovery_desktop.services import backup, journal
from recovery_desktop.services.profile import profile
from recovery_desktop.settings import Settings
from recovery_desktop.storage import secrets
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.snapshots import Snapshot
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from recovery_desktop.ui.dialogs.restore_dialog import RestoreDialog
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.session import SessionController
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE, MemoryKeyring
from tests.ui.support import activate, only_window, visible_windows

NEW_PASSPHRASE = "seven quiet lanterns by the harbour"

MakeController = Callable[..., SessionController]


@pytest.fixture
def make_controller(data_dir: Path) -> Iterator[MakeController]:
    """Start controllers on ``data_dir`` (one at a time, like app starts); quit them after."""
    made: list[SessionController] = []

    def make(keyring_timeout: float = secrets.TIMEOUT_S) -> SessionController:
        for earlier in made:
            earlier.quit()  # one process per vault: the earlier start has ended
        controller = SessionController(
            VaultFolder.acquire(data_dir),
            Settings.in_folder(data_dir),
            InlineTaskRunner(),
            kdf=FAST_KDF,
            keyring_timeout=keyring_timeout,
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.quit()


@pytest.fixture
def recovery_code(data_dir: Path) -> str:
    """A vault already set up in ``data_dir`` (closed and released); its recovery code."""
    folder = VaultFolder.acquire(data_dir)
    try:
        created = folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
        created.vault.close()
    finally:
        folder.release()
    return created.recovery_code


def unlock_by_typing(controller: SessionController, secret: str) -> None:
    """Type into the unlock dialog's field, as it shows now, and press Return."""
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    field = dialog.code if dialog.using_code else dialog.passphrase.edit
    QTest.keyClicks(field, secret)
    QTest.keyClick(field, Qt.Key.Key_Return)


def open_workspace(qtbot: QtBot, controller: SessionController) -> MainWindow:
    """Start on an existing vault and unlock it with the passphrase."""
    controller.start()
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, PASSPHRASE)
    window = controller.window
    assert window is not None
    activate(window)
    return window


def deleted_soon(qtbot: QtBot, widget: object) -> None:
    """Wait until ``widget`` (deleted with deleteLater) is gone."""

    def gone() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return not shiboken6.isValid(widget)

    qtbot.waitUntil(gone, timeout=2000)


# --- entry ---------------------------------------------------------------------------------


def test_first_run_shows_the_wizard_then_the_workspace(
    qtbot: QtBot, make_controller: MakeController
) -> None:
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    assert controller.unlock_dialog is None
    assert controller.top_window is wizard

    wizard.next()
    QTest.keyClicks(wizard.name_page.name, "Sam")
    wizard.next()
    QTest.keyClicks(wizard.passphrase_page.first.edit, PASSPHRASE)
    QTest.keyClicks(wizard.passphrase_page.second.edit, PASSPHRASE)
    wizard.next()
    wizard.code_page.kept.setChecked(True)
    wizard.next()
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        wizard.accept()

    assert controller.wizard is None
    window = controller.window
    assert window is not None and window.isVisible()
    assert "Sam" in window.windowTitle()
    assert controller.vault is not None and profile(controller.vault).display_name == "Sam"
    assert controller.idle.active


def test_cancelling_the_wizard_ends_the_app(qtbot: QtBot, make_controller: MakeController) -> None:
    controller = make_controller()
    controller.start()
    assert controller.wizard is not None
    with qtbot.waitSignal(controller.finished, timeout=1000):
        controller.wizard.reject()
    assert not controller.folder.exists()


def test_an_existing_vault_asks_to_unlock(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    controller.start()
    assert controller.wizard is None
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert controller.window is None and controller.vault is None

    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, PASSPHRASE)
    window = controller.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert controller.vault is not None and controller.vault.is_open
    assert controller.unlock_dialog is None
    assert not dialog.isVisible()
    assert controller.top_window is window


def test_closing_the_window_quits_and_closes_the_vault(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    with qtbot.waitSignal(controller.finished, timeout=1000):
        window.close()
    assert not vault.is_open
    # The folder is free again: the next start may take it.
    VaultFolder.acquire(controller.folder.paths.folder).release()


# --- locking ---------------------------------------------------------------------------------


def assert_locked(
    qtbot: QtBot, controller: SessionController, window: MainWindow, vault: OpenVault | None
) -> None:
    """The window is gone, the key forgotten, and the unlock dialog asks again."""
    assert vault is not None and not vault.is_open
    assert controller.vault is None
    assert controller.window is None
    assert not window.isVisible()
    deleted_soon(qtbot, window)
    assert visible_windows(MainWindow) == []
    dialog = only_window(UnlockDialog)
    assert dialog is controller.unlock_dialog
    assert not controller.idle.active, "no idle count while locked"


def test_ctrl_l_locks(qtbot: QtBot, make_controller: MakeController, recovery_code: str) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    assert QKeySequence("Ctrl+L") in window.lock_action.shortcuts()
    activate(window)

    with qtbot.waitSignal(controller.locked, timeout=1000):
        QTest.keyClick(window.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(qtbot, controller, window, vault)

    # And back in with the passphrase.
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, PASSPHRASE)
    assert controller.vault is not None and controller.vault.is_open
    assert controller.vault is not vault


def test_idle_locks_even_with_a_dialog_open(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    window.change_passphrase_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    results: list[int] = []
    dialog.finished.connect(results.append)
    QTest.keyClicks(dialog.first.edit, "half typed")  # even mid-way through typing

    controller.idle.set_interval(50)
    with qtbot.waitSignal(controller.locked, timeout=2000):
        pass
    assert results == [QDialog.DialogCode.Rejected]
    assert not dialog.isVisible()
    assert_locked(qtbot, controller, window, vault)


def test_idle_locks_over_an_open_message_box(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    box = QMessageBox(QMessageBox.Icon.Information, "Note", "Something to read.", parent=window)
    box.open()
    controller.idle.set_interval(50)
    with qtbot.waitSignal(controller.locked, timeout=2000):
        pass
    assert not box.isVisible()
    assert_locked(qtbot, controller, window, vault)


def test_input_keeps_the_session_open(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    # Long enough that a busy machine's pause (the chart modules load in the background a
    # second after unlocking) is not mistaken for the person walking away.
    interval_ms = 1500
    controller.idle.set_interval(interval_ms)
    locks: list[object] = []
    controller.locked.connect(lambda: locks.append(True))

    # Keep working for three idle times: a key press every 200 ms, mouse moves in between.
    started = time.monotonic()
    step = 0
    while time.monotonic() - started < 3 * interval_ms / 1000:
        if step % 2:
            QTest.keyClick(window.tabs, Qt.Key.Key_Right)
        else:
            QTest.mouseMove(window.tabs, QPoint(10 + step, 10))
        step += 1
        qtbot.wait(100)
    assert locks == [], "activity must restart the idle count"
    assert controller.vault is not None

    # Then stop: the lock follows.
    with qtbot.waitSignal(controller.locked, timeout=3 * interval_ms):
        pass


# --- the recovery code -----------------------------------------------------------------------


def test_recovery_code_unlock_asks_for_a_new_passphrase_first(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    QTest.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    unlock_by_typing(controller, recovery_code)

    # No workspace yet: a new passphrase comes first.
    assert controller.window is None
    assert visible_windows(MainWindow) == []
    change = only_window(ChangePassphraseDialog)
    assert "recovery code" in change.intro.text()
    QTest.keyClicks(change.first.edit, NEW_PASSPHRASE)
    QTest.keyClicks(change.second.edit, NEW_PASSPHRASE)
    assert change.ok_button.isEnabled()
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        QTest.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert controller.window is not None and controller.window.isVisible()
    assert controller.vault is not None and not controller.vault.must_change_passphrase

    # The new passphrase is the one that works now.
    with qtbot.waitSignal(controller.locked, timeout=1000):
        controller.window.lock_action.trigger()
    unlock_by_typing(controller, PASSPHRASE)
    assert controller.window is None
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    assert "does not open" in controller.unlock_dialog.message.text()
    controller.unlock_dialog.passphrase.clear()
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, NEW_PASSPHRASE)


def test_declining_the_new_passphrase_locks_again(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    QTest.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    unlock_by_typing(controller, recovery_code)
    change = only_window(ChangePassphraseDialog)
    change.reject()
    assert controller.window is None
    assert only_window(UnlockDialog) is controller.unlock_dialog
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, PASSPHRASE)  # the old one still works


# --- remember on this computer -------------------------------------------------------------


def test_remembering_the_key_unlocks_the_next_start(
    qtbot: QtBot,
    data_dir: Path,
    make_controller: MakeController,
    memory_keyring: MemoryKeyring,
    recovery_code: str,
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    assert controller.vault is not None
    vault_id, key = controller.vault.vault_id, controller.vault.data_key
    assert not window.remember_action.isChecked()
    assert memory_keyring.store == {}

    window.remember_action.trigger()
    assert window.remember_action.isChecked()
    assert memory_keyring.store == {(secrets.SERVICE, vault_id): key.hex()}
    assert Settings.in_folder(data_dir).get(opts.REMEMBER_KEY) is True
    assert window.statusBar().currentMessage() == "This computer will remember your key."

    # The next start opens without typing.
    later = make_controller()
    with qtbot.waitSignal(later.unlocked, timeout=2000):
        later.start()
    assert later.window is not None and later.window.isVisible()
    assert later.window.remember_action.isChecked()
    assert later.vault is not None and later.vault.is_open
    assert visible_windows(UnlockDialog) == []

    # Forgetting removes the key; the start after that asks for the passphrase.
    later.window.remember_action.trigger()
    assert memory_keyring.store == {}
    assert Settings.in_folder(data_dir).get(opts.REMEMBER_KEY) is False
    third = make_controller()
    third.start()
    assert third.window is None
    assert only_window(UnlockDialog) is third.unlock_dialog


def test_remember_from_the_wizard(
    qtbot: QtBot, make_controller: MakeController, memory_keyring: MemoryKeyring
) -> None:
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    wizard.next()
    QTest.keyClicks(wizard.name_page.name, "Sam")
    wizard.next()
    QTest.keyClicks(wizard.passphrase_page.first.edit, PASSPHRASE)
    QTest.keyClicks(wizard.passphrase_page.second.edit, PASSPHRASE)
    wizard.next()
    wizard.code_page.kept.setChecked(True)
    wizard.next()
    wizard.remember_page.remember.setChecked(True)
    wizard.accept()
    assert controller.vault is not None and controller.window is not None
    assert memory_keyring.store == {
        (secrets.SERVICE, controller.vault.vault_id): controller.vault.data_key.hex()
    }
    assert controller.window.remember_action.isChecked()


class HangingKeyring(MemoryKeyring):
    """A keychain that never answers (a locked wallet waiting on an unseen prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(10)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(10)


@pytest.fixture(params=["no backend", "hanging"])
def broken_keyring(request: pytest.FixtureRequest) -> Iterator[str]:
    """The keychain fails: no backend at all, or one that never answers."""
    if request.param == "no backend":
        keyring.set_keyring(fail.Keyring())
        yield request.param
        return
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    yield request.param
    backend.release.set()  # let the abandoned keychain thread end


def test_a_failing_keychain_falls_back_to_the_passphrase(
    qtbot: QtBot,
    data_dir: Path,
    make_controller: MakeController,
    recovery_code: str,
    broken_keyring: str,
) -> None:
    Settings.in_folder(data_dir).set(opts.REMEMBER_KEY, True)
    controller = make_controller(keyring_timeout=0.2)
    started = time.monotonic()
    controller.start()
    assert time.monotonic() - started < 2, "a silent keychain must not hold up the app"
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.window is None
    assert dialog.message.text() == (
        "The system keychain is not available right now, so please use your passphrase this time."
    )
    assert dialog.passphrase.edit.isEnabled()
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, PASSPHRASE)
    assert controller.window is not None


def test_remembering_with_a_failing_keychain_explains_and_unticks(
    qtbot: QtBot,
    data_dir: Path,
    make_controller: MakeController,
    recovery_code: str,
    broken_keyring: str,
) -> None:
    controller = make_controller(keyring_timeout=0.2)
    window = open_workspace(qtbot, controller)
    window.remember_action.trigger()
    assert not window.remember_action.isChecked()
    assert Settings.in_folder(data_dir).get(opts.REMEMBER_KEY) is False
    box = only_window(QMessageBox)
    assert box.text() == (
        "The system keychain is not available right now, so please use your passphrase this time."
    )
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.accept()


# --- backups --------------------------------------------------------------------------------


def test_opening_takes_the_daily_backup(
    qtbot: QtBot, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    open_workspace(qtbot, controller)
    assert controller.vault is not None
    assert len(backup.backups(controller.vault)) == 1


def test_back_up_now(qtbot: QtBot, make_controller: MakeController, recovery_code: str) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    before = {snap.name for snap in backup.backups(vault)}
    window.back_up_action.trigger()
    after = backup.backups(vault)
    new = [snap for snap in after if snap.name not in before]
    assert len(new) == 1
    assert new[0].path.is_file()
    assert window.statusBar().currentMessage() == "Backup saved."


def test_restore_brings_back_an_earlier_state(
    qtbot: QtBot,
    make_controller: MakeController,
    recovery_code: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    today = dt.date(2025, 3, 1)
    journal.add_entry(vault, today, "Went for a long walk instead.")
    window.back_up_action.trigger()
    kept = backup.backups(vault)[0]
    journal.add_entry(vault, today, "Written after the backup.")
    assert len(journal.entries(vault)) == 2

    offered: list[list[Snapshot]] = []

    def choose(_parent: object, snapshots: list[Snapshot]) -> str:
        offered.append(snapshots)
        return kept.name

    monkeypatch.setattr(RestoreDialog, "ask", choose)
    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        window.restore_action.trigger()

    assert offered[0][0].name == kept.name, "newest first"
    assert not vault.is_open
    reopened = controller.vault
    assert reopened is not None and reopened is not vault and reopened.is_open
    assert [entry.body for entry in journal.entries(reopened)] == ["Went for a long walk instead."]
    assert controller.window is not None and controller.window is not window
    assert controller.window.statusBar().currentMessage() == "Backup restored."
    # The state just before the restore was kept, so the restore can be undone.
    assert any(snap.label == "before-restore" for snap in backup.backups(reopened))


def test_cancelled_restore_changes_nothing(
    qtbot: QtBot,
    make_controller: MakeController,
    recovery_code: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    vault = controller.vault
    monkeypatch.setattr(RestoreDialog, "ask", lambda _parent, _snapshots: None)
    window.restore_action.trigger()
    assert controller.vault is vault and vault is not None and vault.is_open
    assert controller.window is window


# --- window geometry ------------------------------------------------------------------------


def test_window_geometry_is_kept_across_locks_and_starts(
    qtbot: QtBot, data_dir: Path, make_controller: MakeController, recovery_code: str
) -> None:
    controller = make_controller()
    window = open_workspace(qtbot, controller)
    window.resize(640, 452)
    qtbot.waitUntil(lambda: window.size().width() == 640)
    with qtbot.waitSignal(controller.locked, timeout=1000):
        window.lock_action.trigger()
    assert Settings.in_folder(data_dir).get(opts.WINDOW_GEOMETRY) != ""

    with qtbot.waitSignal(controller.unlocked, timeout=2000):
        unlock_by_typing(controller, PASSPHRASE)
    assert controller.window is not None
    assert (controller.window.width(), controller.window.height()) == (640, 452)

    # And after quitting and starting again.
    controller.window.resize(600, 420)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.width() == 600)
    later = make_controller()
    window = open_workspace(qtbot, later)
    assert (window.width(), window.height()) == (600, 420)


def test_a_file_the_desktop_opens_waits_for_the_unlock_then_opens(
    qtbot: QtBot,
    make_controller: MakeController,
    recovery_code: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """macOS hands a double-clicked file to the running app as a FileOpen event."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from recovery_desktop.app import FileOpenForwarder
    from recovery_desktop.ui.workspace import Workspace

    opened: list[Path] = []
    monkeypatch.setattr(Workspace, "open_exchange_file", lambda _self, path: opened.append(path))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = make_controller()
    forwarder = FileOpenForwarder(app, controller)
    app.installEventFilter(forwarder)
    try:
        controller.start()
        first, second = tmp_path / "first.rdshare", tmp_path / "second.rdfeedback"
        QApplication.sendEvent(app, QFileOpenEvent(str(first)))
        assert opened == []  # locked: nothing opens over the unlock dialog
        with qtbot.waitSignal(controller.unlocked, timeout=2000):
            unlock_by_typing(controller, PASSPHRASE)
        assert opened == [first]
        QApplication.sendEvent(app, QFileOpenEvent(str(second)))
        assert opened == [first, second]
    finally:
        app.removeEventFilter(forwarder)
        forwarder.deleteLater()
