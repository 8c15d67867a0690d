"""The life of a session: set up or unlock, work, lock after idle, unlock again, quit.

The controller owns the open vault and the main window. Locking closes every dialog,
destroys the window (so no view keeps a person's data), disposes the engine and forgets
the key, then shows the unlock dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from recovery_desktop import settings as opts
from recovery_desktop.domain.errors import RecoveryError
from recovery_desktop.messages import describe
from recovery_desktop.services import backup
from recovery_desktop.services.profile import profile
from recovery_desktop.settings import Settings
from recovery_desktop.storage import secrets
from recovery_desktop.storage.keys import DEFAULT_KDF, KdfParams
from recovery_desktop.storage.vault import OpenVault, VaultFolder
from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from recovery_desktop.ui.dialogs.restore_dialog import RestoreDialog
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.idle import IdleWatcher
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.tasks import Runner

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Moves between the wizard, the unlock dialog and the main window."""

    #: The workspace is open and its window shown.
    unlocked = Signal()
    #: The workspace was locked (by the person or after idle).
    locked = Signal()
    #: The app should end.
    finished = Signal()

    def __init__(
        self,
        folder: VaultFolder,
        settings: Settings,
        runner: Runner,
        kdf: KdfParams = DEFAULT_KDF,
        keyring_timeout: float = secrets.TIMEOUT_S,
        status_note: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self.runner = runner
        self._kdf = kdf
        self._keyring_timeout = keyring_timeout
        self._status_note = status_note
        self.vault: OpenVault | None = None
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        minutes = settings.get(opts.IDLE_LOCK_MINUTES)
        self.idle = IdleWatcher(max(minutes, 1) * 60_000, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    # --- entry -------------------------------------------------------------------------

    def start(self, vault: OpenVault | None = None) -> None:
        """Show the workspace for ``vault``, or the wizard, or the unlock dialog."""
        if vault is not None:
            self._open_workspace(vault)
        elif self.folder.exists():
            self._show_unlock()
        else:
            self._show_wizard()

    def _show_wizard(self) -> None:
        self.wizard = SetupWizard(self.folder, self.runner, self._kdf)
        self.wizard.vault_created.connect(self._on_vault_created)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()

    def _on_vault_created(self, vault: OpenVault, remember: bool) -> None:
        self.wizard = None
        self._open_workspace(vault)
        if remember and self.window is not None:
            self.window.remember_action.setChecked(True)  # stores the key, or explains

    def _show_unlock(self, notice: str = "") -> None:
        dialog = UnlockDialog(self.folder, self.runner, notice)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.rejected.connect(self.quit)
        self.unlock_dialog = dialog
        dialog.show()
        if self.settings.get(opts.REMEMBER_KEY):
            self._try_keyring(dialog)

    def _try_keyring(self, dialog: UnlockDialog) -> None:
        folder, timeout = self.folder, self._keyring_timeout
        try:
            vault_id = folder.envelope().vault_id
        except RecoveryError as error:
            dialog.message.setText(describe(error))
            return

        def job() -> OpenVault | None:
            key = secrets.load_key(vault_id, timeout)
            return None if key is None else folder.unlock_with_key(key)

        def done(vault: OpenVault | None) -> None:
            if vault is None:
                dialog.message.setText("Please type your passphrase.")
            elif dialog.isVisible():
                dialog.accept()
                self._on_unlocked(vault)
            else:
                vault.close()  # the person unlocked by hand meanwhile

        def failed(error: BaseException) -> None:
            if dialog.isVisible():
                dialog.message.setText(describe(error) if isinstance(error, RecoveryError) else "")
            if not isinstance(error, RecoveryError):
                log.error("keyring unlock failed", exc_info=error)

        dialog.message.setText("Checking your computer's keychain…")
        self.runner.run(job, done, failed)

    def _on_unlocked(self, vault: OpenVault) -> None:
        self.unlock_dialog = None
        if not vault.must_change_passphrase:
            self._open_workspace(vault)
            return
        dialog = ChangePassphraseDialog(vault, self.runner, forced=True)
        dialog.passphrase_changed.connect(lambda: self._open_workspace(vault))
        dialog.rejected.connect(lambda: self._relock(vault))
        dialog.show()

    def _relock(self, vault: OpenVault) -> None:
        vault.close()
        self._show_unlock()

    # --- the workspace -----------------------------------------------------------------

    def _open_workspace(self, vault: OpenVault) -> None:
        self.vault = vault
        info = profile(vault)
        window = MainWindow(info.display_name, self.settings.get(opts.REMEMBER_KEY))
        window.restore_geometry_state(
            self.settings.get(opts.WINDOW_GEOMETRY), self.settings.get(opts.WINDOW_STATE)
        )
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.change_passphrase_requested.connect(self._on_change_passphrase_requested)
        window.back_up_requested.connect(self._on_back_up_requested)
        window.restore_requested.connect(self._on_restore_requested)
        window.remember_toggled.connect(self._on_remember_toggled)
        if self._status_note:
            note = QLabel(self._status_note, window)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note.setAccessibleName("Demo note")
            window.statusBar().addPermanentWidget(note)
        self.window = window
        window.show()
        self.idle.start()
        self.runner.run(lambda: backup.back_up_if_due(vault), self._on_auto_backup, self._on_error)
        self.unlocked.emit()

    def _on_auto_backup(self, snapshot: object) -> None:
        if snapshot is not None and self.window is not None:
            self.window.statusBar().showMessage("Today's backup is saved.", 5000)

    def _on_error(self, error: BaseException) -> None:
        show_error(self.window, error)

    def _on_change_passphrase_requested(self) -> None:
        if self.vault is None or self.window is None:
            return
        dialog = ChangePassphraseDialog(self.vault, self.runner, parent=self.window)
        window = self.window
        dialog.passphrase_changed.connect(
            lambda: window.statusBar().showMessage("Your passphrase is changed.", 5000)
        )
        dialog.open()

    def _on_back_up_requested(self) -> None:
        vault, window = self.vault, self.window
        if vault is None or window is None:
            return

        def done(_snapshot: object) -> None:
            window.statusBar().showMessage("Backup saved.", 5000)

        self.runner.run(lambda: backup.back_up_now(vault), done, self._on_error)

    def _on_restore_requested(self) -> None:
        vault, window = self.vault, self.window
        if vault is None or window is None:
            return
        name = RestoreDialog.ask(window, backup.backups(vault))
        if name is None or self.vault is not vault:  # cancelled, or locked meanwhile
            return
        folder = self.folder

        def done(reopened: OpenVault) -> None:
            self._close_window()
            self._open_workspace(reopened)
            if self.window is not None:
                self.window.statusBar().showMessage("Backup restored.", 8000)

        self.runner.run(lambda: backup.restore(vault, folder, name), done, self._on_error)

    def _on_remember_toggled(self, on: bool) -> None:
        vault, window = self.vault, self.window
        if vault is None or window is None:
            return
        vault_id, key, timeout = vault.vault_id, vault.data_key, self._keyring_timeout

        def job() -> None:
            if on:
                secrets.store_key(vault_id, key, timeout)
            else:
                secrets.forget_key(vault_id, timeout)

        def done(_result: object) -> None:
            self.settings.set(opts.REMEMBER_KEY, on)
            message = "This computer will remember your key." if on else "Key forgotten."
            window.statusBar().showMessage(message, 5000)

        def failed(error: BaseException) -> None:
            if on:
                window.remember_action.blockSignals(True)
                window.remember_action.setChecked(False)
                window.remember_action.blockSignals(False)
            else:
                self.settings.set(opts.REMEMBER_KEY, False)
            show_error(window, error)

        self.runner.run(job, done, failed)

    # --- locking and quitting ----------------------------------------------------------

    def _close_window(self) -> None:
        window = self.window
        if window is None:
            return
        geometry, state = window.geometry_state()
        self.settings.set(opts.WINDOW_GEOMETRY, geometry)
        self.settings.set(opts.WINDOW_STATE, state)
        window.quit_requested.disconnect(self.quit)
        window.close()
        window.deleteLater()
        self.window = None

    @staticmethod
    def _close_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def lock(self) -> None:
        """Lock now: close dialogs and the window, forget the key, ask to unlock."""
        if self.vault is None:
            return
        self.idle.stop()
        self._close_dialogs()
        self._close_window()
        self.runner.wait()
        self.vault.close()
        self.vault = None
        self.locked.emit()
        self._show_unlock()

    def quit(self) -> None:
        """Save, lock, release the folder and end the app."""
        self.idle.stop()
        self._close_window()
        self.runner.wait()
        if self.wizard is not None and self.wizard.created is not None:
            self.wizard.created.vault.close()  # set up, then the wizard was closed
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.folder.release()
        self.finished.emit()

    @property
    def top_window(self) -> QWidget | None:
        """Whichever window the person sees now."""
        return self.window or self.unlock_dialog or self.wizard
