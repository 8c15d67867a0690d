"""Undoable edits: saving and deleting records through the services.

The first ``redo`` of each command has already happened when it is pushed (the edit
is made, and its errors shown, before the command exists); later undo and redo steps
call the services again and report through ``on_error``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from recovery_desktop.domain.records import Record
from recovery_desktop.services import records
from recovery_desktop.services.changes import Changes
from recovery_desktop.storage.vault import OpenVault

Notify = Callable[[Changes], None]
Failed = Callable[[BaseException], None]


class ServiceCommand(QUndoCommand):
    """An undo step that calls a service and reports its changes or its error."""

    def __init__(self, text: str, vault: OpenVault, notify: Notify, on_error: Failed) -> None:
        super().__init__(text)
        self._vault = vault
        self._notify = notify
        self._on_error = on_error
        self._done_once = False

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            self._notify(step())
        except Exception as error:  # noqa: BLE001 - shown to the person, never raised into Qt
            self.setObsolete(True)
            self._on_error(error)


class SaveRecordCommand(ServiceCommand):
    """Save ``after``; undo puts back ``before`` (or deletes a record that was new)."""

    def __init__(
        self,
        before: Record | None,
        after: Record,
        vault: OpenVault,
        notify: Notify,
        on_error: Failed,
        text: str,
    ) -> None:
        super().__init__(text, vault, notify, on_error)
        self._before = before
        self._after = after

    def redo(self) -> None:
        """Save the new version (skipped on push: it is already saved)."""
        if not self._done_once:
            self._done_once = True
            return
        after = replace(self._after, deleted_at=None)
        self._run(lambda: records.save(self._vault, after)[1])

    def undo(self) -> None:
        """Put back the old version."""
        before = self._before
        if before is None:
            self._run(lambda: records.delete(self._vault, type(self._after), self._after.id)[1])
        else:
            self._run(lambda: records.save(self._vault, before)[1])


class DeleteRecordCommand(ServiceCommand):
    """Delete a record (a tombstone); undo brings it back."""

    def __init__(
        self, record: Record, vault: OpenVault, notify: Notify, on_error: Failed, text: str
    ) -> None:
        super().__init__(text, vault, notify, on_error)
        self._record = record

    def redo(self) -> None:
        """Delete (skipped on push: it is already deleted)."""
        if not self._done_once:
            self._done_once = True
            return
        self._run(lambda: records.delete(self._vault, type(self._record), self._record.id)[1])

    def undo(self) -> None:
        """Bring the record back."""
        self._run(lambda: records.undelete(self._vault, type(self._record), self._record.id)[1])
