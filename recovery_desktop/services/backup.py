"""Backups: a daily encrypted snapshot on unlock, the last few kept (seven unless set), restore."""

from __future__ import annotations

import datetime as dt

from recovery_desktop.domain.errors import BackupNotFoundError
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.snapshots import (
    Snapshot,
    list_snapshots,
    prune,
    replace_database,
    take_snapshot,
    verify_snapshot,
)
from recovery_desktop.storage.vault import OpenVault

#: Automatic snapshots kept unless the person chose another number in Preferences.
KEEP = 7
INTERVAL = dt.timedelta(days=1)


def backups(vault: OpenVault) -> list[Snapshot]:
    """Every snapshot, newest first."""
    return list_snapshots(vault.paths.backups)


def back_up_now(vault: OpenVault, now: dt.datetime | None = None, keep: int = KEEP) -> Snapshot:
    """Take a snapshot now and keep only the newest ``keep`` automatic ones (at least one)."""
    snapshot = take_snapshot(vault.engine, vault.paths.backups, now=now)
    prune(vault.paths.backups, max(keep, 1))  # a hand-edited 0 must not delete them all
    return snapshot


def back_up_if_due(
    vault: OpenVault, now: dt.datetime | None = None, keep: int = KEEP
) -> Snapshot | None:
    """Take the daily snapshot unless one was taken in the last day."""
    now = now or dt.datetime.now(dt.UTC)
    latest = next((snap for snap in backups(vault) if not snap.label), None)
    if latest is not None and now - latest.taken_at < INTERVAL:
        return None
    return back_up_now(vault, now, keep)


def restore(vault: OpenVault, folder: VaultFolder, name: str) -> OpenVault:
    """Replace the vault's contents with the snapshot ``name``; return the reopened vault.

    The snapshot is verified first and the current state is itself snapshotted, so a
    restore can always be undone by restoring the "before-restore" copy.

    Raises:
        BackupNotFoundError: no snapshot has that name.
        DamagedFileError: the snapshot is damaged; nothing was changed.

    """
    snapshot = next((snap for snap in backups(vault) if snap.name == name), None)
    if snapshot is None:
        raise BackupNotFoundError(name)
    data_key = vault.data_key
    verify_snapshot(snapshot.path, data_key)
    take_snapshot(vault.engine, vault.paths.backups, label="before-restore")
    vault.close()
    replace_database(vault.paths.db, snapshot.path)
    reopened = folder.unlock_with_key(data_key)
    assert reopened is not None  # the same key opened the snapshot a moment ago
    return reopened
