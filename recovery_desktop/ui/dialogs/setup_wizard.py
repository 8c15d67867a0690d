"""First run: role, name, passphrase, the recovery code (shown once), and the keychain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from recovery_desktop.domain.passphrase import assess
from recovery_desktop.domain.profile import Role
from recovery_desktop.storage.atomic import atomic_write
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.errors import message_for
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import plain_label
from recovery_desktop.ui.widgets.passphrase_field import PassphraseField

if TYPE_CHECKING:
    from recovery_desktop.storage.keys import KdfParams
    from recovery_desktop.storage.vault import NewVault


class RolePage(QWizardPage):
    """Who will use this vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Recovery Desktop"))
        # QWizard's header shows at most two lines: subtitles stay short, details go below.
        self.setSubTitle(self.tr("Everything you write stays on this computer, encrypted."))
        self.mentee = QRadioButton(self.tr("I am working on my own recovery"), self)
        self.mentee.setAccessibleName(self.tr("Role: working on my own recovery"))
        self.mentor = QRadioButton(self.tr("I am a mentor, supporting someone in recovery"), self)
        self.mentor.setAccessibleName(self.tr("Role: mentor"))
        self.mentee.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.mentee)
        group.addButton(self.mentor)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("There is no account, no server and no tracking."), self)
        )
        layout.addSpacing(8)
        layout.addWidget(plain_label(self.tr("How will you use Recovery Desktop?"), self))
        layout.addWidget(self.mentee)
        layout.addWidget(self.mentor)
        layout.addStretch(1)

    def role(self) -> Role:
        """The chosen role."""
        return Role.MENTOR if self.mentor.isChecked() else Role.MENTEE


class NamePage(QWizardPage):
    """The name shown on printouts and in files shared with the other person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What should we call you?"))
        self.setSubTitle(
            self.tr("Your first name or a nickname is enough. It appears on your printouts.")
        )
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(80)
        self.name.textChanged.connect(self.completeChanged)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)

    def isComplete(self) -> bool:
        """A name is needed."""
        return bool(self.name.text().strip())


class PassphrasePage(QWizardPage):
    """The passphrase, typed twice; creating the vault is the point of no return."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("It encrypts everything you keep in Recovery Desktop."))
        self.first = PassphraseField(self.tr("Passphrase"), with_hint=True, parent=self)
        self.second = PassphraseField(self.tr("Passphrase again"), parent=self)
        self.mismatch = plain_label("", self)
        self.first.text_changed.connect(self._on_changed)
        self.second.text_changed.connect(self._on_changed)
        form = QFormLayout(self)
        form.addRow(
            plain_label(
                self.tr(
                    "Nobody, including us, can recover it for you; the recovery code on the next "
                    "page is your way back in."
                ),
                self,
            )
        )
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow("", self.mismatch)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my vault"))

    def _on_changed(self, _text: str) -> None:
        both = self.first.text() and self.second.text()
        differs = both and self.first.text() != self.second.text()
        self.mismatch.setText(
            self.tr("The two passphrases are not the same yet.") if differs else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Acceptable and typed the same twice."""
        text = self.first.text()
        return assess(text).acceptable and text == self.second.text()

    def passphrase(self) -> str:
        """The chosen passphrase."""
        return self.first.text()


class RecoveryCodePage(QWizardPage):
    """Creates the vault, then shows its recovery code once."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("If you forget your passphrase, this code opens your vault."))
        self.status = plain_label(self.tr("Setting up your encrypted vault…"), self)
        self.code = QLabel(self)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setWeight(QFont.Weight.DemiBold)
        self.code.setFont(font)
        emphasise(self.code, 1.4, bold=None)  # sized from the application font
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.save_button = QPushButton(self.tr("&Save to a file…"), self)
        self.save_button.setAccessibleName(self.tr("Save the recovery code to a file"))
        self.kept = QCheckBox(
            self.tr("I have printed, saved or written down my recovery code"), self
        )
        self.kept.setAccessibleName(self.tr("I have kept my recovery code"))
        self.kept.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.code)
        layout.addWidget(
            plain_label(
                self.tr(
                    "It is shown only now: print it, save it or write it down, "
                    "and keep it somewhere safe."
                ),
                self,
            )
        )
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.code, self.print_button, self.save_button, self.kept):
            widget.setEnabled(ready)

    def initializePage(self) -> None:
        """Create the vault in the background; the code appears when it is done."""
        self._wizard.create_vault(self._on_created, self._on_failed)

    def _on_created(self, created: NewVault) -> None:
        self.status.setText(self.tr("Your vault is ready."))
        self.code.setText(created.recovery_code)
        self._set_ready(True)
        self.kept.setFocus()
        self.completeChanged.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(message_for(error))

    def isComplete(self) -> bool:
        """The vault exists and the person confirms the code is kept."""
        return self._wizard.created is not None and self.kept.isChecked()

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(recovery_sheet_text(self.code.text()))
        document.print_(printer)

    def _on_save_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery code"),
            "recovery-desktop-recovery-code.txt",
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        try:
            atomic_write(Path(name), recovery_sheet_text(self.code.text()).encode("utf-8"))
        except OSError as exc:
            self.status.setText(message_for(exc))
        else:
            self.status.setText(
                self.tr("Saved to {name}. Keep that file somewhere only you can reach.").format(
                    name=name
                )
            )


def recovery_sheet_text(code: str) -> str:
    """What is printed or saved: the code and how to use it."""
    return QCoreApplication.translate(
        "setup_wizard",
        "Recovery Desktop: recovery code\n\n"
        "    {code}\n\n"
        'If you forget your passphrase, choose "Use recovery code" on the unlock screen\n'
        "and type this code. You will then choose a new passphrase.\n"
        "Anyone with this code can open your vault: keep it private and safe.\n",
    ).format(code=code)


class RememberPage(QWizardPage):
    """Opt in to the OS keychain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open without typing your passphrase?"))
        self.setSubTitle(self.tr("Your computer's keychain can remember the key for you."))
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Recovery Desktop then opens without your passphrase while you are logged in, "
                    "so anyone using your computer account could open it too. Your passphrase and "
                    "recovery code keep working either way."
                ),
                self,
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.remember)
        layout.addStretch(1)


class SetupWizard(QWizard):
    """The first-run wizard. Emits ``vault_created`` when finished."""

    #: The vault is created and the wizard finished: (OpenVault, remember: bool).
    vault_created = Signal(object, bool)

    def __init__(
        self,
        folder: VaultFolder,
        runner: Runner,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up Recovery Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self._folder = folder
        self._runner = runner
        self._kdf = kdf
        self.created: NewVault | None = None
        self.role_page = RolePage(self)
        self.name_page = NamePage(self)
        self.passphrase_page = PassphrasePage(self)
        self.code_page = RecoveryCodePage(self)
        self.remember_page = RememberPage(self)
        for page in (
            self.role_page,
            self.name_page,
            self.passphrase_page,
            self.code_page,
            self.remember_page,
        ):
            self.addPage(page)
        self.resize(620, 460)

    def create_vault(
        self, on_done: Callable[[NewVault], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """Create the vault off the UI thread (key derivation takes about a second)."""
        if self.created is not None:
            return
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        passphrase = self.passphrase_page.passphrase()
        role = self.role_page.role()
        name = self.name_page.name.text().strip()
        kdf = self._kdf
        folder = self._folder

        def done(created: NewVault) -> None:
            self.created = created
            on_done(created)

        def failed(error: BaseException) -> None:
            self.setOption(QWizard.WizardOption.NoCancelButton, False)
            on_error(error)

        self._runner.run(lambda: folder.create(passphrase, role, name, kdf), done, failed)

    def accept(self) -> None:
        """Finish: hand the open vault to the app."""
        super().accept()
        if self.created is not None:
            self.vault_created.emit(self.created.vault, self.remember_page.remember.isChecked())
