"""Choosing a new passphrase: after using the recovery code, or from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from recovery_desktop.domain.errors import WrongPassphraseError
from recovery_desktop.domain.passphrase import assess
from recovery_desktop.ui.errors import message_for
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.widgets.passphrase_field import PassphraseField

if TYPE_CHECKING:
    from recovery_desktop.storage.vault import OpenVault


class ChangePassphraseDialog(QDialog):
    """New passphrase, typed twice; only the key envelope is rewritten."""

    #: The new passphrase is in place.
    passphrase_changed = Signal()

    def __init__(
        self, vault: OpenVault, runner: Runner, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        intro = (
            self.tr(
                "You opened your vault with the recovery code. Please choose a new passphrase "
                "now; your recovery code keeps working."
            )
            if forced
            else self.tr(
                "Choose a new passphrase. Your data stays as it is; only the lock changes."
            )
        )
        self.intro = QLabel(intro, self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        # Someone passing an unlocked, unattended laptop must not be able to change it.
        self.current = (
            None if forced else PassphraseField(self.tr("Current passphrase"), parent=self)
        )
        self.first = PassphraseField(self.tr("New passphrase"), with_hint=True, parent=self)
        self.second = PassphraseField(self.tr("New passphrase again"), parent=self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        cancel = self.buttons.addButton(
            self.tr("&Lock instead") if forced else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.first.text_changed.connect(self._on_changed)
        self.second.text_changed.connect(self._on_changed)
        form = QFormLayout()
        if self.current is not None:
            self.current.text_changed.connect(self._on_changed)
            form.addRow(self.tr("C&urrent passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._on_changed("")
        self.setMinimumWidth(460)

    def _on_changed(self, _text: str) -> None:
        self._update_button()
        first, second = self.first.text(), self.second.text()
        mismatch = bool(first and second and first != second)
        self.message.setText(
            self.tr("The two passphrases are not the same yet.") if mismatch else ""
        )

    def _update_button(self) -> None:
        first, second = self.first.text(), self.second.text()
        current_given = self.current is None or bool(self.current.text())
        self.ok_button.setEnabled(assess(first).acceptable and first == second and current_given)

    def _on_ok_clicked(self) -> None:
        passphrase = self.first.text()
        vault = self._vault
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Changing your passphrase…"))
        current = None if self.current is None else self.current.text()

        def job() -> None:
            if current is not None:
                vault.check_passphrase(current)
            vault.change_passphrase(passphrase)

        self._runner.run(job, self._on_done, self._on_failed)

    def _on_done(self, _result: object) -> None:
        self.accept()
        self.passphrase_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphraseError) and self.current is not None:
            self.message.setText(
                self.tr("That is not your current passphrase. Nothing was changed.")
            )
            self.current.edit.selectAll()
            self.current.setFocus()
        else:
            self.message.setText(message_for(error))
        self._update_button()
