"""The unlocked workspace: the main window and the answers to what its menus ask for.

Built when the vault opens and torn down when it locks, so nothing a person wrote
outlives the unlocked session in a widget. Importing this module brings in the database
layer; the session controller imports it only once the vault is open (or warms it in the
background while the unlock dialog waits).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from recovery_desktop import settings as opts
from recovery_desktop.domain.profile import Role
from recovery_desktop.services import backup
from recovery_desktop.services.profile import profile
from recovery_desktop.settings import Settings
from recovery_desktop.storage import secrets
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.snapshots import Snapshot
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from recovery_desktop.ui.dialogs.restore_dialog import RestoreDialog
from recovery_desktop.ui.editing import ChangeBus, Editor
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.growth_pages import GrowthPages
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.mentee_exchange import MenteeExchange
from recovery_desktop.ui.print_actions import PrintActions
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.views.plan_tab import PlanTab
from recovery_desktop.ui.views.progress_tab import ProgressTab
from recovery_desktop.ui.views.triggers_tab import TriggersTab


class Workspace(QObject):
    """One unlocked session's window and its actions."""

    #: The person asked to lock.
    lock_requested = Signal()
    #: The person closed the window.
    quit_requested = Signal()
    #: A backup was restored: the session continues on this reopened vault (OpenVault).
    vault_replaced = Signal(object)
    #: Preferences changed the idle lock time (int: minutes).
    idle_minutes_changed = Signal(int)

    def __init__(
        self,
        vault: OpenVault,
        folder: VaultFolder,
        settings: Settings,
        runner: Runner,
        keyring_timeout: float,
        status_note: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._folder = folder
        self._settings = settings
        self._runner = runner
        self._keyring_timeout = keyring_timeout
        self._closed = False
        me = profile(vault)
        self.role = me.role
        window = MainWindow(me.display_name, settings.get(opts.REMEMBER_KEY), role=me.role)
        window.restore_geometry_state(
            settings.get(opts.WINDOW_GEOMETRY), settings.get(opts.WINDOW_STATE)
        )
        window.lock_requested.connect(self.lock_requested)
        window.quit_requested.connect(self.quit_requested)
        window.change_passphrase_requested.connect(self._on_change_passphrase_requested)
        window.back_up_requested.connect(self._on_back_up_requested)
        window.restore_requested.connect(self._on_restore_requested)
        window.remember_toggled.connect(self._on_remember_toggled)
        window.preferences_requested.connect(self._on_preferences_requested)
        if status_note:
            note = QLabel(status_note, window)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note.setAccessibleName(self.tr("Demo note"))
            window.statusBar().addPermanentWidget(note)
        self.window = window
        self.bus = ChangeBus(self)
        self.editor = Editor(vault, window.undo_stack, self.bus)
        if me.role is Role.MENTOR:
            from recovery_desktop.ui.mentor_pages import MentorPages

            self.mentor = MentorPages(self.editor, settings, window, runner)
            return
        self.triggers_tab = TriggersTab(self.editor)
        self.plan_tab = PlanTab(self.editor, self.triggers_tab.edit_trigger)
        window.set_page("Triggers", self.triggers_tab)
        window.set_page("Plan", self.plan_tab)
        self.progress_tab = ProgressTab(self.editor, settings, runner)
        window.set_page("Progress", self.progress_tab)
        self.growth = GrowthPages(self.editor, settings, window)
        self.mentee_exchange = MenteeExchange(self.editor, settings, window, runner)
        window.log_urge_requested.connect(self._on_log_urge_requested)
        self.print_actions = PrintActions(vault, window, self.plan_tab.flush)
        window.print_action.triggered.connect(self.print_actions.print_plan)
        window.preview_action.triggered.connect(self.print_actions.preview_plan)
        window.export_pdf_action.triggered.connect(self.print_actions.export_plan_pdf)
        window.print_card_action.triggered.connect(self.print_actions.print_card)
        window.print_blank_action.triggered.connect(self.print_actions.print_blank)

    def show(self) -> None:
        """Show the window and take the daily backup in the background."""
        self.window.show()
        if self.role is Role.MENTEE:
            self.growth.start()
        vault = self.vault
        keep = self._settings.get(opts.BACKUPS_KEPT)
        self._runner.run(
            lambda: backup.back_up_if_due(vault, keep=keep), self._on_auto_backup, self._on_error
        )

    def close(self) -> None:
        """Save typed text, remember the window's place and destroy it (once)."""
        if self._closed:
            return
        self._closed = True
        if self.role is Role.MENTEE:
            self.plan_tab.flush()
            self.growth.flush()
        geometry, state = self.window.geometry_state()
        self._settings.set(opts.WINDOW_GEOMETRY, geometry)
        self._settings.set(opts.WINDOW_STATE, state)
        self.window.quit_requested.disconnect(self.quit_requested)
        self.window.close()
        self.window.deleteLater()

    def open_exchange_file(self, path: Path) -> None:
        """Open a file the app was started with: a share (mentor) or feedback (mentee)."""
        if self.role is Role.MENTOR:
            self.mentor.import_share_file(path)
        else:
            self.mentee_exchange.import_feedback_file(path)

    def set_remember(self, on: bool) -> None:
        """Switch "remember on this computer" as if from the menu."""
        self.window.remember_action.setChecked(on)

    def _on_log_urge_requested(self) -> None:
        self.window.tabs.setCurrentWidget(self.triggers_tab)
        self.triggers_tab.log_urge()

    def _status(self, message: str, msecs: int = 5000) -> None:
        self.window.statusBar().showMessage(message, msecs)

    def _on_auto_backup(self, snapshot: Snapshot | None) -> None:
        if snapshot is not None:
            self._status(self.tr("Today's backup is saved."))

    def _on_error(self, error: BaseException) -> None:
        show_error(self.window, error)

    def _on_change_passphrase_requested(self) -> None:
        dialog = ChangePassphraseDialog(self.vault, self._runner, parent=self.window)
        dialog.passphrase_changed.connect(
            lambda: self._status(self.tr("Your passphrase is changed."))
        )
        dialog.open()

    def _on_back_up_requested(self) -> None:
        vault, keep = self.vault, self._settings.get(opts.BACKUPS_KEPT)
        self._runner.run(
            lambda: backup.back_up_now(vault, keep=keep),
            lambda _s: self._status(self.tr("Backup saved.")),
            self._on_error,
        )

    def _on_restore_requested(self) -> None:
        vault = self.vault
        name = RestoreDialog.ask(self.window, backup.backups(vault))
        if name is None or not vault.is_open:  # cancelled, or locked meanwhile
            return
        folder = self._folder
        self._runner.run(
            lambda: backup.restore(vault, folder, name), self.vault_replaced.emit, self._on_error
        )

    def _on_preferences_requested(self) -> None:
        from recovery_desktop.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self._settings,
            self.vault.paths.backups,
            show_reminder=self.role is Role.MENTEE,
            parent=self.window,
        )
        dialog.idle_minutes_changed.connect(self.idle_minutes_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_remember_toggled(self, on: bool) -> None:
        vault_id, key, timeout = self.vault.vault_id, self.vault.data_key, self._keyring_timeout
        action = self.window.remember_action

        def job() -> None:
            if on:
                secrets.store_key(vault_id, key, timeout)
            else:
                secrets.forget_key(vault_id, timeout)

        def done(_result: object) -> None:
            self._settings.set(opts.REMEMBER_KEY, on)
            self._status(
                self.tr("This computer will remember your key.")
                if on
                else self.tr("Key forgotten.")
            )

        def failed(error: BaseException) -> None:
            if on:
                action.blockSignals(True)
                action.setChecked(False)
                action.blockSignals(False)
            else:
                self._settings.set(opts.REMEMBER_KEY, False)
            show_error(self.window, error)

        self._runner.run(job, done, failed)
