"""Unlocking the vault with the passphrase or the recovery code. No lock-out, calm errors."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.errors import RecoveryCodeTypoError, WrongPassphraseError
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.errors import message_for
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.widgets.fit import grow_to_fit
from recovery_desktop.ui.widgets.passphrase_field import PassphraseField

if TYPE_CHECKING:
    from recovery_desktop.storage.vault import OpenVault


class UnlockDialog(QDialog):
    """Asks for the passphrase (or recovery code) and emits ``unlocked`` with the vault."""

    #: The vault is open: (OpenVault).
    unlocked = Signal(object)

    def __init__(
        self,
        folder: VaultFolder,
        runner: Runner,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._runner = runner
        self.setWindowTitle(self.tr("Unlock Recovery Desktop"))
        self.setModal(True)

        self.intro = QLabel(
            self.tr("Your workspace is locked. Type your passphrase to open it."), self
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.passphrase = PassphraseField(self.tr("Passphrase"), parent=self)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.passphrase)
        self.pages.addWidget(self.code)
        self.pages.setSizePolicy(self.passphrase.sizePolicy())

        self.switch = QPushButton(self.tr("Use my recovery code instead"), self)
        self.switch.setAccessibleName(self.tr("Switch between passphrase and recovery code"))
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self._on_switch_clicked)

        self.message = QLabel(notice, self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock status"))

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setAccessibleName(self.tr("Quit"))
        self.buttons.accepted.connect(self._on_unlock_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages)
        layout.addWidget(self.switch)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.passphrase.setFocus()

    def event(self, event: QEvent) -> bool:
        """Grow when a longer message or intro needs more lines."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_fit(self)
        return handled

    @property
    def using_code(self) -> bool:
        """Whether the recovery-code field is showing."""
        return self.pages.currentWidget() is self.code

    def _on_switch_clicked(self) -> None:
        to_code = not self.using_code
        self.pages.setCurrentWidget(self.code if to_code else self.passphrase)
        self.switch.setText(
            self.tr("Use my passphrase instead")
            if to_code
            else self.tr("Use my recovery code instead")
        )
        self.intro.setText(
            self.tr(
                "Type the recovery code you printed or saved when you set up Recovery Desktop. "
                "You will then choose a new passphrase."
            )
            if to_code
            else self.tr("Your workspace is locked. Type your passphrase to open it.")
        )
        self.message.clear()
        (self.code if to_code else self.passphrase).setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.pages, self.switch, self.unlock_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking…"))

    def _on_unlock_clicked(self) -> None:
        if self.using_code:
            secret = self.code.text().strip()
            unlock = self._folder.unlock_with_recovery_code
        else:
            secret = self.passphrase.text()
            unlock = self._folder.unlock
        if not secret:
            return
        job = functools.partial(unlock, secret)
        self._set_busy(True)
        self._runner.run(job, self._on_unlocked, self._on_failed)

    def _on_unlocked(self, vault: OpenVault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.code.clear()
        self.message.clear()
        self.accept()
        self.unlocked.emit(vault)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self.using_code and isinstance(error, WrongPassphraseError):
            # A well-formed code, but another vault's: say "code", not "passphrase".
            self.message.setText(
                self.tr(
                    "That recovery code does not open this vault. Please check that it is "
                    "the code you kept when you set up this vault."
                )
            )
        else:
            self.message.setText(message_for(error))
        if isinstance(error, WrongPassphraseError | RecoveryCodeTypoError):
            field = self.code if self.using_code else self.passphrase.edit
            field.selectAll()
            field.setFocus()
