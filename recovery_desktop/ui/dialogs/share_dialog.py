"""File > Share with my mentor: choose what goes, see it as the mentor will, write the file.

The preview is the mentor's own view (``MenteeView``) over exactly the records the file
will hold. Building the preview and writing the file run in the background (the
passphrase mode's scrypt takes a second or two); the worker never touches a widget.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.file_types import SHARE_SUFFIX
from recovery_desktop.domain.share_passphrase import MIN_LENGTH, suggest
from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
from recovery_desktop.services import exchange, share
from recovery_desktop.services.changes import Changes
from recovery_desktop.services.exchange import Receipt
from recovery_desktop.services.exchange_file import Mode
from recovery_desktop.services.profile import profile
from recovery_desktop.settings import Settings
from recovery_desktop.storage.memory import SnapshotVault
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.errors import message_for
from recovery_desktop.ui.exchange_files import default_file_name, default_folder, with_suffix
from recovery_desktop.ui.exchange_words import fingerprint, items
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import named_button, plain_label
from recovery_desktop.ui.widgets.fit import grow_to_fit

PREVIEW_BANNER = QT_TRANSLATE_NOOP(
    "SharePreviewDialog", "Preview: this is exactly what your mentor will see"
)

#: The sections, in the order shown: field of ShareChoice, check box text, what goes.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "plan",
        QT_TRANSLATE_NOOP("ShareDialog", "&Plan"),
        QT_TRANSLATE_NOOP(
            "ShareDialog", "Reasons, routine, lapse plan, crisis steps, coping, supporters"
        ),
    ),
    (
        "triggers",
        QT_TRANSLATE_NOOP("ShareDialog", "&Triggers and urge log"),
        QT_TRANSLATE_NOOP("ShareDialog", "Your triggers with their plans, and urges logged"),
    ),
    (
        "warning_signs",
        QT_TRANSLATE_NOOP("ShareDialog", "&Warning signs"),
        QT_TRANSLATE_NOOP("ShareDialog", "Each warning sign and what you will do about it"),
    ),
    (
        "goals",
        QT_TRANSLATE_NOOP("ShareDialog", "&Goals"),
        QT_TRANSLATE_NOOP("ShareDialog", "Goals with their steps and progress notes"),
    ),
    (
        "assessments",
        QT_TRANSLATE_NOOP("ShareDialog", "&Self-assessments"),
        QT_TRANSLATE_NOOP("ShareDialog", "Your answers, and any questions you added"),
    ),
    (
        "journal",
        QT_TRANSLATE_NOOP("ShareDialog", "&Journal entries marked shared"),
        QT_TRANSLATE_NOOP("ShareDialog", "Only the entries you switched to share"),
    ),
    (
        "milestones",
        QT_TRANSLATE_NOOP("ShareDialog", "&Milestones"),
        QT_TRANSLATE_NOOP("ShareDialog", "Milestones you have reached"),
    ),
    (
        "learning",
        QT_TRANSLATE_NOOP("ShareDialog", "&Learning log"),
        QT_TRANSLATE_NOOP("ShareDialog", "Workshops, reading, meetings and events"),
    ),
)
#: The check-in choices: value, combo box text, what goes.
CHECK_IN_CHOICES: tuple[tuple[CheckInDetail, str, str], ...] = (
    (
        CheckInDetail.NONE,
        QT_TRANSLATE_NOOP("ShareDialog", "None"),
        QT_TRANSLATE_NOOP("ShareDialog", "No check-ins at all"),
    ),
    (
        CheckInDetail.SUMMARY,
        QT_TRANSLATE_NOOP("ShareDialog", "A summary"),
        QT_TRANSLATE_NOOP("ShareDialog", "Mood, craving, HALT, sleep and use; never your words"),
    ),
    (
        CheckInDetail.FULL,
        QT_TRANSLATE_NOOP("ShareDialog", "In full"),
        QT_TRANSLATE_NOOP("ShareDialog", "Your words too, on days you chose to share in full"),
    ),
)


class SharePreviewDialog(QDialog):
    """The mentor's view of a share, before it is written; the snapshot closes with it."""

    def __init__(
        self,
        snapshot: SnapshotVault,
        settings: Settings,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        from recovery_desktop.ui.mentee_view import MenteeView

        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview of your share"))
        self.snapshot = snapshot
        self.view = MenteeView(snapshot, self.tr(PREVIEW_BANNER), settings, today, self)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the preview"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        self.snapshot.close()
        self.deleteLater()


class ShareDialog(QDialog):
    """Choose the sections and the protection, preview, then write the share file."""

    #: A share file was written: (Receipt, Changes).
    share_written = Signal(object, object)

    def __init__(
        self,
        vault: OpenVault,
        settings: Settings,
        runner: Runner,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._settings = settings
        self._runner = runner
        self._today = today
        self._busy = False
        self._name = profile(vault).display_name
        #: The preview opened last (tests look at it).
        self.preview: SharePreviewDialog | None = None
        #: The receipt of the file written, once it is.
        self.receipt: Receipt | None = None
        self.setWindowTitle(self.tr("Share with my mentor"))
        self.pages = QStackedWidget(self)
        self.choose_page = QWidget(self.pages)
        self.done_page = QWidget(self.pages)
        self.pages.addWidget(self.choose_page)
        self.pages.addWidget(self.done_page)
        self._build_choices(self.choose_page)
        self._build_done(self.done_page)
        self.buttons = QDialogButtonBox(self)
        self.preview_button = named_button(
            self.tr("Pre&view…"), self.tr("Preview what your mentor will see"), self
        )
        self.write_button = self.buttons.addButton(
            self.tr("W&rite share file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setAccessibleName(self.tr("Write share file"))
        self.write_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.hide()
        self.preview_button.clicked.connect(self.open_preview)
        self.write_button.clicked.connect(self._on_write_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.message = plain_label("", self)
        self.message.setAccessibleName(self.tr("Share status"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.buttons, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self._update()
        self.setMinimumWidth(720)

    def event(self, event: QEvent) -> bool:
        """Grow when a message or the result needs more lines."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_fit(self)
        return handled

    # --- building ----------------------------------------------------------------------

    def _build_choices(self, page: QWidget) -> None:
        intro = plain_label(
            self.tr(
                "Choose what goes into this share. Your mentor reads it in their own app and "
                "cannot change anything you wrote."
            ),
            page,
        )
        what = QGroupBox(self.tr("What your mentor will see"), page)
        grid = QGridLayout(what)
        grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        defaults = ShareChoice()
        for row, (field, label, explained) in enumerate(SECTIONS):
            text, description = self.tr(label), self.tr(explained)
            box = QCheckBox(text, what)
            box.setAccessibleName(text.replace("&", ""))
            box.setAccessibleDescription(description)
            box.setChecked(bool(getattr(defaults, field)))
            line = plain_label(description, what, wrap=False)
            grid.addWidget(box, row, 0)
            grid.addWidget(line, row, 1)
            self.boxes[field] = box
        check_in_label = QLabel(self.tr("&Check-ins:"), what)
        self.check_ins = QComboBox(what)
        self.check_ins.setAccessibleName(self.tr("Check-ins"))
        for detail, text, _what in CHECK_IN_CHOICES:
            self.check_ins.addItem(self.tr(text), detail.value)
        self.check_ins.setCurrentIndex(self.check_ins.findData(defaults.check_ins.value))
        check_in_label.setBuddy(self.check_ins)
        self.check_in_line = plain_label("", what, wrap=False)
        check_in_row = QHBoxLayout()
        check_in_row.addWidget(self.check_ins)
        check_in_row.addWidget(self.check_in_line, 1)
        row = len(SECTIONS)
        grid.addWidget(check_in_label, row, 0)
        grid.addLayout(check_in_row, row, 1)
        note = plain_label(
            self.tr(
                "Items you switched off with “Share with my mentor” stay out whatever you tick "
                "here, and private journal entries never go. Your answers to your mentor's "
                "suggestions always go."
            ),
            page,
        )

        protection = QGroupBox(self.tr("How the file is protected"), page)
        self.passphrase_radio = QRadioButton(self.tr("Passphrase we &agree on"), protection)
        self.paired_radio = QRadioButton(self.tr("Our paired &keys (no passphrase)"), protection)
        self.protection = QButtonGroup(self)
        self.protection.addButton(self.passphrase_radio)
        self.protection.addButton(self.paired_radio)
        self.passphrase = QLineEdit(suggest(), protection)
        self.passphrase.setAccessibleName(self.tr("Passphrase we agree on"))
        # Shown, not masked: it is read aloud to the mentor, in person or on the phone.
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)
        emphasise(self.passphrase, 1.2, bold=False)
        self.new_suggestion = named_button(
            self.tr("New s&uggestion"), self.tr("Suggest another passphrase"), protection
        )
        self.passphrase_hint = plain_label(
            self.tr(
                "Read it to your mentor in person or on the phone, never in the same message as "
                "the file. At least {MIN_LENGTH} characters; the suggested words are easy to say."
            ).format(MIN_LENGTH=MIN_LENGTH),
            protection,
        )
        self.paired = exchange.is_paired(self._vault)
        self.paired_radio.setEnabled(self.paired)
        self.paired_hint = plain_label(
            self.tr(
                "Encrypted to your mentor's key and signed with yours: only their app opens "
                "it, and no passphrase is needed."
            )
            if self.paired
            else self.tr(
                "Possible once you have imported a feedback file from your mentor; the "
                "first exchange uses a passphrase."
            ),
            protection,
        )
        (self.paired_radio if self.paired else self.passphrase_radio).setChecked(True)
        passphrase_block = QVBoxLayout()
        passphrase_block.addWidget(self.passphrase_radio)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.new_suggestion)
        passphrase_block.addLayout(passphrase_row)
        passphrase_block.addWidget(self.passphrase_hint)
        paired_block = QVBoxLayout()
        paired_block.addWidget(self.paired_radio)
        paired_block.addWidget(self.paired_hint)
        column = QVBoxLayout(protection)
        # The usable choice first: paired once it can be, the passphrase before that.
        blocks = (
            (paired_block, passphrase_block) if self.paired else (passphrase_block, paired_block)
        )
        for block in blocks:
            column.addLayout(block)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(what)
        layout.addWidget(note)
        layout.addWidget(protection)
        self.check_ins.currentIndexChanged.connect(self._on_check_ins_changed)
        self._on_check_ins_changed()
        self.new_suggestion.clicked.connect(lambda: self.passphrase.setText(suggest()))
        self.passphrase.textChanged.connect(lambda _text: self._update())
        self.protection.buttonToggled.connect(lambda *_: self._update())

    def _on_check_ins_changed(self) -> None:
        self.check_in_line.setText(self.tr(CHECK_IN_CHOICES[self.check_ins.currentIndex()][2]))

    def _build_done(self, page: QWidget) -> None:
        heading = plain_label(self.tr("Your share file is written."), page)
        emphasise(heading, 1.2)
        self.result_text = plain_label("", page)
        self.result_text.setAccessibleName(self.tr("What was written"))
        self.result_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.reminder = plain_label("", page)
        self.reminder.setAccessibleName(self.tr("What to do next"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.result_text)
        layout.addWidget(self.reminder)
        layout.addStretch(1)

    # --- state -------------------------------------------------------------------------

    def choice(self) -> ShareChoice:
        """The sections as ticked now."""
        flags = {field: box.isChecked() for field, box in self.boxes.items()}
        detail = CheckInDetail(str(self.check_ins.currentData()))
        return ShareChoice(check_ins=detail, **flags)

    def chosen_passphrase(self) -> str | None:
        """The passphrase to use, or None for paired mode."""
        if self.paired_radio.isChecked():
            return None
        return self.passphrase.text().strip()

    def _passphrase_ok(self) -> bool:
        return self.paired_radio.isChecked() or len(self.passphrase.text().strip()) >= MIN_LENGTH

    def _update(self) -> None:
        using_passphrase = self.passphrase_radio.isChecked()
        self.passphrase.setEnabled(using_passphrase)
        self.new_suggestion.setEnabled(using_passphrase)
        ok = self._passphrase_ok()
        self.write_button.setEnabled(ok and not self._busy)
        self.preview_button.setEnabled(not self._busy)
        if using_passphrase and not ok:
            self.message.setText(
                self.tr("The passphrase needs at least {MIN_LENGTH} characters.").format(
                    MIN_LENGTH=MIN_LENGTH
                )
            )
        elif not self._busy:
            self.message.setText("")

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.choose_page.setEnabled(not busy)
        self._update()
        if text:
            self.message.setText(text)

    def reject(self) -> None:
        """Cancel, except while a file is being written."""
        if not self._busy:
            super().reject()

    # --- preview -----------------------------------------------------------------------

    def open_preview(self) -> None:
        """Build the share as it will be written and show it as the mentor will see it."""
        vault, choice, name = self._vault, self.choice(), self._name

        def job() -> SnapshotVault:
            return SnapshotVault(share.build(vault, choice).records, name)

        self._set_busy(True, self.tr("Preparing the preview…"))
        self._runner.run(job, self._on_preview_ready, self._on_failed)

    def _on_preview_ready(self, snapshot: SnapshotVault) -> None:
        self._set_busy(False)
        self.preview = SharePreviewDialog(snapshot, self._settings, self._today, self)
        self.preview.open()

    # --- writing -----------------------------------------------------------------------

    def _on_write_clicked(self) -> None:
        if not self._passphrase_ok():
            return
        suggested = default_folder() / default_file_name(
            self._name, "share", self._today(), SHARE_SUFFIX
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Write share file"),
            str(suggested),
            self.tr("Share files (*{SHARE_SUFFIX})").format(SHARE_SUFFIX=SHARE_SUFFIX),
        )
        if name:
            self.write_to(with_suffix(name, SHARE_SUFFIX))

    def write_to(self, path: Path) -> None:
        """Write the share file to ``path`` in the background."""
        vault, choice, passphrase = self._vault, self.choice(), self.chosen_passphrase()

        def job() -> tuple[Receipt, Changes]:
            return share.write(vault, choice, path, passphrase)

        self._set_busy(True, self.tr("Writing the share file…"))
        self._runner.run(job, self._on_written, self._on_failed)

    def _on_written(self, result: tuple[Receipt, Changes]) -> None:
        receipt, changes = result
        self.receipt = receipt
        self._set_busy(False)
        self.message.setText("")
        count = sum(receipt.counts.values())
        self.result_text.setText(
            self.tr(
                "File: {name}\nFolder: {parent}\nIt holds {items}.\nFingerprint: {fingerprint}"
            ).format(
                name=receipt.path.name,
                parent=receipt.path.parent,
                items=items(count),
                fingerprint=fingerprint(receipt.sha256),
            )
        )
        if receipt.mode is Mode.PASSPHRASE:
            self.reminder.setText(
                self.tr(
                    "Give the file to your mentor as you like (a USB stick, email, a shared "
                    "folder). Tell them the passphrase in person or on the phone, not in the same "
                    "message as the file:\n\n{chosen_passphrase}\n\nYour mentor's app lists the "
                    "same fingerprint once they import the file."
                ).format(chosen_passphrase=self.chosen_passphrase())
            )
        else:
            self.reminder.setText(
                self.tr(
                    "Give the file to your mentor as you like (a USB stick, email, a shared "
                    "folder). It is encrypted to their key, so no passphrase is needed and "
                    "nobody else can open it. Your mentor's app lists the same fingerprint once "
                    "they import the file."
                )
            )
        self.pages.setCurrentWidget(self.done_page)
        self.close_button.show()  # before the others go, so the row never empties
        for button in (self.preview_button, self.write_button, self.cancel_button):
            button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.share_written.emit(receipt, changes)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(message_for(error))
