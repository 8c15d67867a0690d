"""The mentee's side of the exchange: sharing with the mentor and importing their feedback.

Owns the Mentor tab and answers File > Share with my mentor (Ctrl+E) and File > Import
mentor feedback (Ctrl+I). Reading, decrypting and merging a file run in the background;
the passphrase, when the file needs one, is asked for first, on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from recovery_desktop.domain.exchange_format import FEEDBACK
from recovery_desktop.domain.file_types import FEEDBACK_SUFFIX
from recovery_desktop.services import exchange, suggestions
from recovery_desktop.services.changes import Changes
from recovery_desktop.services.exchange import ImportResult, Receipt
from recovery_desktop.settings import Settings
from recovery_desktop.ui.dialogs.share_dialog import ShareDialog
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.exchange_files import (
    default_folder,
    read_exchange_file,
    show_import_error,
)
from recovery_desktop.ui.exchange_words import fingerprint
from recovery_desktop.ui.i18n import translate
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.views.mentor_tab import MentorTab

TITLE = QT_TRANSLATE_NOOP("MenteeExchange", "Import mentor feedback")


def import_summary(result: ImportResult, waiting: int) -> str:
    """The calm line in the status bar after an import."""
    if result.already_imported:
        return translate(
            "mentee_exchange", "This feedback file was imported before, so nothing changed."
        )
    who = result.sender_name or translate("mentee_exchange", "your mentor")
    if result.written == 0:
        text = translate(
            "mentee_exchange", "Feedback from {who} imported; nothing in it was new."
        ).format(who=who)
    elif result.written == 1:
        text = translate(
            "mentee_exchange", "Feedback from {who} imported: 1 new or updated item."
        ).format(who=who)
    else:
        text = translate(
            "mentee_exchange", "Feedback from {who} imported: {count} new or updated items."
        ).format(who=who, count=result.written)
    if waiting == 1:
        text += " " + translate("mentee_exchange", "1 suggestion is waiting for your answer.")
    elif waiting:
        text += " " + translate(
            "mentee_exchange", "{count} suggestions are waiting for your answer."
        ).format(count=waiting)
    return text


class MenteeExchange(QObject):
    """The Mentor tab, File > Share with my mentor and File > Import mentor feedback."""

    def __init__(
        self,
        editor: Editor,
        settings: Settings,
        window: MainWindow,
        runner: Runner,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self._editor = editor
        self._settings = settings
        self._window = window
        self._runner = runner
        self._today = today
        #: The share dialog opened last (tests drive it).
        self.dialog: ShareDialog | None = None
        self.mentor_tab = MentorTab(editor, today)
        window.add_page(self.tr("&Mentor"), "Mentor", self.mentor_tab, before="Progress")
        window.share_action.triggered.connect(self.share)
        window.import_feedback_action.triggered.connect(self.import_feedback)
        self.mentor_tab.share_requested.connect(self.share)
        self.mentor_tab.import_requested.connect(self.import_feedback)

    # --- sharing -----------------------------------------------------------------------

    def share(self) -> None:
        """Open the share dialog."""
        dialog = ShareDialog(
            self._editor.vault, self._settings, self._runner, self._today, self._window
        )
        dialog.share_written.connect(self._on_share_written)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_share_written(self, receipt: Receipt, changes: Changes) -> None:
        self._editor.bus.changed.emit(changes)
        self._status(
            self.tr("Share file written: {name} ({fingerprint}).").format(
                name=receipt.path.name, fingerprint=fingerprint(receipt.sha256)
            )
        )

    # --- importing ---------------------------------------------------------------------

    def import_feedback(self) -> None:
        """Ask for a feedback file, then import it."""
        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr(TITLE),
            str(default_folder()),
            self.tr("Feedback files (*{FEEDBACK_SUFFIX});;All files (*)").format(
                FEEDBACK_SUFFIX=FEEDBACK_SUFFIX
            ),
        )
        if name:
            self.import_feedback_file(Path(name))

    def import_feedback_file(self, path: Path) -> None:
        """Import the feedback file at ``path`` (also for a file opened with the app)."""
        self._status(self.tr("Reading {name}…").format(name=path.name), 0)
        self._runner.run(
            lambda: read_exchange_file(path),
            lambda found: self._on_read(path, *found),
            lambda error: self._on_failed(path, error),
        )

    def _on_read(self, path: Path, data: bytes, needs_passphrase: bool) -> None:
        passphrase = ""
        if needs_passphrase:
            # The file's name goes in the title bar (plain text), never in the label.
            passphrase, ok = QInputDialog.getText(
                self._window,
                f"{self.tr(TITLE)}: {path.name}",
                self.tr(
                    "This file is protected with the passphrase you agreed with your mentor. "
                    "Please type it:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                self._status(self.tr("Nothing was imported."))
                return
        vault = self._editor.vault
        if not vault.is_open:  # locked while the passphrase was asked for
            return

        def job() -> ImportResult:
            return exchange.import_file(vault, data, lambda: passphrase)

        self._status(self.tr("Importing {name}…").format(name=path.name), 0)
        self._runner.run(job, self._on_imported, lambda error: self._on_failed(path, error))

    def _on_imported(self, result: ImportResult) -> None:
        self._editor.bus.changed.emit(result.changes)
        vault = self._editor.vault
        waiting = len(suggestions.pending(vault)) if vault.is_open else 0
        self._status(import_summary(result, waiting), 15_000)
        if result.kind == FEEDBACK:
            self._window.tabs.setCurrentWidget(self.mentor_tab)

    def _on_failed(self, path: Path, error: BaseException) -> None:
        self._window.statusBar().clearMessage()
        show_import_error(self._window, path, error, self.tr(TITLE))

    def _status(self, text: str, msecs: int = 8000) -> None:
        self._window.statusBar().showMessage(text, msecs)
