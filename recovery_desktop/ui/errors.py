"""Showing errors: expected ones in calm words, bugs as a short apology and a log entry."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from recovery_desktop.domain.errors import RecoveryError
from recovery_desktop.messages import describe

log = logging.getLogger(__name__)


def describe_error(error: RecoveryError) -> str:
    """The words for an expected error, in the person's language."""
    return describe(error)


def message_for(error: BaseException) -> str:
    """The words for any error; bugs are logged, with their traceback, here."""
    if "sqlalchemy" in sys.modules:  # otherwise it cannot be a driver error
        from sqlalchemy.exc import DBAPIError

        from recovery_desktop.storage.errors import classify

        if isinstance(error, DBAPIError):
            # A driver error met mid-session (a damaged page, a full disk) is still expected.
            error = classify(error, Path("vault.db")) or error
    if isinstance(error, RecoveryError):
        return describe_error(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "errors",
        "Something unexpected went wrong, and nothing was changed. "
        "Details were written to the log file.",
    )


def show_error(
    parent: QWidget | None, error: BaseException, title: str = "", text: str = ""
) -> None:
    """Show ``error`` (or ``text`` about it) in a window-modal box: plain text, never markup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "Recovery Desktop")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text or message_for(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
