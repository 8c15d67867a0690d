"""Editing records from any tab: the form dialog, the save, the undo step, the refresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from recovery_desktop.domain.records import Record
from recovery_desktop.services import records
from recovery_desktop.services.changes import Changes
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.commands import DeleteRecordCommand, SaveRecordCommand
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.i18n import translate
from recovery_desktop.ui.widgets.record_form import FieldSpec, RecordDialog

R = TypeVar("R", bound=Record)


class ChangeBus(QObject):
    """The one app-wide signal that carries what changed; each view refreshes what it shows."""

    #: Something changed (Changes).
    changed = Signal(object)


class Editor:
    """Saves and deletes records with undo, and opens their form dialogs."""

    def __init__(
        self, vault: OpenVault, undo_stack: QUndoStack, bus: ChangeBus, read_only: bool = False
    ) -> None:
        self.vault = vault
        self.undo_stack = undo_stack
        self.bus = bus
        #: Viewing someone else's share: forms open to read, nothing is saved or deleted.
        self.read_only = read_only
        #: The dialog opened last (tests drive it; at most one is open at a time).
        self.dialog: RecordDialog[Record] | None = None

    def _notify(self, changes: Changes) -> None:
        self.bus.changed.emit(changes)

    def open_form(
        self,
        parent: QWidget,
        title: str,
        record: R,
        fields: Sequence[FieldSpec],
        noun: str,
        on_saved: Callable[[R], None] | None = None,
    ) -> RecordDialog[R]:
        """Open a window-modal form for ``record``; saving it is one undo step."""
        dialog: RecordDialog[R] = RecordDialog(title, record, fields, parent)
        if self.read_only:
            dialog.set_read_only()
        before = None if record.is_new else record

        def save(edited: R) -> None:
            saved = self.save(parent, before, edited, noun)
            if saved is not None and on_saved is not None:
                on_saved(saved)

        dialog.record_accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog  # type: ignore[assignment]
        dialog.open()
        return dialog

    def save(self, parent: QWidget, before: R | None, after: R, noun: str) -> R | None:
        """Save now and push the undo step; None (and a message) if it failed."""
        if self.read_only:
            return None
        try:
            saved, changes = records.save(self.vault, after)
        except Exception as error:  # noqa: BLE001 - every failure is shown, nothing is lost
            show_error(parent, error)
            return None
        self.undo_stack.push(
            SaveRecordCommand(
                before,
                saved,
                self.vault,
                self._notify,
                lambda error: show_error(parent, error),
                (
                    translate("Editor", "Add {noun}")
                    if before is None
                    else translate("Editor", "Edit {noun}")
                ).format(noun=noun),
            )
        )
        self._notify(changes)
        return saved

    def delete(self, parent: QWidget, record: Record, noun: str) -> None:
        """Delete with undo (Edit > Undo brings it back)."""
        if self.read_only:
            return
        try:
            _deleted, changes = records.delete(self.vault, type(record), record.id)
        except Exception as error:  # noqa: BLE001 - every failure is shown
            show_error(parent, error)
            return
        self.undo_stack.push(
            DeleteRecordCommand(
                record,
                self.vault,
                self._notify,
                lambda error: show_error(parent, error),
                translate("Editor", "Delete {noun}").format(noun=noun),
            )
        )
        self._notify(changes)
