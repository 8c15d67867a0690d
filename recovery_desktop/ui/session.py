"""The life of a session: set up or unlock, work, lock after idle, unlock again, quit.

The controller moves between the setup wizard, the unlock dialog and the workspace.
Locking closes every dialog, destroys the workspace window (so no view keeps a person's
data), disposes the engine and forgets the key, then shows the unlock dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from recovery_desktop import settings as opts
from recovery_desktop.domain.errors import RecoveryError
from recovery_desktop.settings import Settings
from recovery_desktop.storage import secrets
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.errors import describe_error
from recovery_desktop.ui.idle import IdleWatcher
from recovery_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from recovery_desktop.storage.keys import KdfParams
    from recovery_desktop.storage.vault import OpenVault
    from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
    from recovery_desktop.ui.main_window import MainWindow
    from recovery_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

#: Imported in the background while the unlock dialog waits, so unlocking is quick.
WORKSPACE_MODULE = "recovery_desktop.ui.workspace"
#: Imported in the background a moment after the workspace opens, so the Progress tab's
#: first chart is quick; never at start-up (matplotlib costs a second to import).
CHARTS_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_qtagg")
CHARTS_WARM_MS = 1000


def warm_charts() -> None:
    """Import the chart modules on a background thread, once per process."""
    if all(name in sys.modules for name in CHARTS_MODULES):
        return
    from recovery_desktop.services import charts

    # Through charts.load: a chart drawn meanwhile waits for this import, never races it.
    threading.Thread(
        target=charts.load, args=CHARTS_MODULES, name="warm-charts", daemon=True
    ).start()


class SessionController(QObject):
    """Moves between the wizard, the unlock dialog and the workspace."""

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
        kdf: KdfParams | None = None,
        keyring_timeout: float = secrets.TIMEOUT_S,
        status_note: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: A share or feedback file to open once the workspace is ready.
        self.open_file: Path | None = None
        self.folder = folder
        self.settings = settings
        self.runner = runner
        self._kdf = kdf
        self._keyring_timeout = keyring_timeout
        self._status_note = status_note
        self.workspace: Workspace | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        #: The new-passphrase dialog after a recovery-code unlock (kept, or Python deletes it).
        self.change_dialog: QDialog | None = None
        #: Open, waiting for a new passphrase after a recovery-code unlock.
        self._pending_vault: OpenVault | None = None
        minutes = settings.get(opts.IDLE_LOCK_MINUTES)
        self.idle = IdleWatcher(max(minutes, 1) * 60_000, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    @property
    def vault(self) -> OpenVault | None:
        """The open vault, or None while locked."""
        return None if self.workspace is None else self.workspace.vault

    @property
    def window(self) -> MainWindow | None:
        """The workspace window, or None while locked."""
        return None if self.workspace is None else self.workspace.window

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
        from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.folder, self.runner, self._kdf)
        self.wizard.vault_created.connect(self._on_vault_created)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()

    def _on_vault_created(self, vault: OpenVault, remember: bool) -> None:
        self.wizard = None
        self._open_workspace(vault)
        if remember and self.workspace is not None:
            self.workspace.set_remember(True)  # stores the key, or explains why not

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
            dialog.message.setText(describe_error(error))
            return

        def job() -> OpenVault | None:
            key = secrets.load_key(vault_id, timeout)
            return None if key is None else folder.unlock_with_key(key)

        def done(vault: OpenVault | None) -> None:
            if vault is None:
                dialog.message.setText(self.tr("Please type your passphrase."))
            elif dialog.isVisible():
                dialog.accept()
                self._on_unlocked(vault)
            else:
                vault.close()  # the person unlocked by hand meanwhile

        def failed(error: BaseException) -> None:
            if not isinstance(error, RecoveryError):
                log.error("keyring unlock failed", exc_info=error)
            if dialog.isVisible():
                text = describe_error(error) if isinstance(error, RecoveryError) else ""
                dialog.message.setText(text or self.tr("Please type your passphrase."))

        dialog.message.setText(self.tr("Checking your computer's keychain…"))
        self.runner.run(job, done, failed)

    def _on_unlocked(self, vault: OpenVault) -> None:
        self.unlock_dialog = None
        if not vault.must_change_passphrase:
            self._open_workspace(vault)
            return
        from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(vault, self.runner, forced=True)
        dialog.passphrase_changed.connect(lambda: self._open_workspace(vault))
        dialog.rejected.connect(lambda: self._relock(vault))
        self.change_dialog = dialog
        self._pending_vault = vault
        dialog.show()
        self.idle.start()  # the vault is open: walking away must still lock it

    def _relock(self, vault: OpenVault) -> None:
        self._pending_vault = None
        self.idle.stop()
        vault.close()
        self._show_unlock()

    # --- the workspace -----------------------------------------------------------------

    def _open_workspace(self, vault: OpenVault) -> None:
        from recovery_desktop.ui.workspace import Workspace

        self._pending_vault = None
        workspace = Workspace(
            vault,
            self.folder,
            self.settings,
            self.runner,
            self._keyring_timeout,
            self._status_note,
            self,
        )
        workspace.lock_requested.connect(self.lock)
        workspace.quit_requested.connect(self.quit)
        workspace.vault_replaced.connect(self._on_vault_replaced)
        workspace.idle_minutes_changed.connect(self._on_idle_minutes_changed)
        self.workspace = workspace
        workspace.show()
        self.idle.start()
        self.unlocked.emit()
        QTimer.singleShot(CHARTS_WARM_MS, self, warm_charts)
        if self.open_file is not None:  # a share or feedback file the app was opened with
            path, self.open_file = self.open_file, None
            workspace.open_exchange_file(path)

    def open_exchange_file(self, path: Path) -> None:
        """Open a share or feedback file now, or once the vault is unlocked."""
        if self.workspace is not None:
            self.workspace.open_exchange_file(path)
        else:
            self.open_file = path

    def _on_idle_minutes_changed(self, minutes: int) -> None:
        self.idle.set_interval(max(minutes, 1) * 60_000)  # counts afresh from now

    def _on_vault_replaced(self, vault: OpenVault) -> None:
        self._close_workspace()
        self._open_workspace(vault)
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Backup restored."), 8000)

    def _close_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace.deleteLater()
            self.workspace = None

    # --- locking and quitting ----------------------------------------------------------

    @staticmethod
    def _close_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def lock(self) -> None:
        """Lock now: close dialogs and the window, forget the key, ask to unlock."""
        vault = self.vault
        if vault is None:
            if self._pending_vault is not None:
                self._close_dialogs()  # rejecting the new-passphrase dialog relocks
            return
        self.idle.stop()
        self._close_dialogs()
        self._close_workspace()
        self.runner.wait()
        vault.close()
        self.locked.emit()
        self._show_unlock()

    def quit(self) -> None:
        """Save, lock, release the folder and end the app."""
        self.idle.stop()
        vault = self.vault
        self._close_workspace()
        self.runner.wait()
        if self.wizard is not None and self.wizard.created is not None:
            self.wizard.created.vault.close()  # set up, then the wizard was closed
        for open_vault in (vault, self._pending_vault):
            if open_vault is not None:
                open_vault.close()
        self._pending_vault = None
        self.folder.release()
        self.finished.emit()

    @property
    def top_window(self) -> QWidget | None:
        """Whichever window the person sees now."""
        return self.window or self.unlock_dialog or self.wizard
