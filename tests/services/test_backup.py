import datetime as dt

import pytest

from recovery_desktop.domain.errors import BackupNotFoundError, DamagedFileError
from recovery_desktop.services import backup, journal
from recovery_desktop.storage.snapshots import verify_snapshot
from tests.helpers.files import flip_byte

T0 = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)


def _bodies(vault):
    return [entry.body for entry in journal.entries(vault)]


def test_daily_backup_at_most_once_a_day(vault):
    assert backup.back_up_if_due(vault, now=T0) is not None
    assert backup.back_up_if_due(vault, now=T0 + dt.timedelta(hours=23)) is None
    assert backup.back_up_if_due(vault, now=T0 + dt.timedelta(hours=24)) is not None
    assert len(backup.backups(vault)) == 2


def test_only_the_last_seven_daily_backups_are_kept(vault):
    for day in range(10):
        backup.back_up_if_due(vault, now=T0 + dt.timedelta(days=day))
    kept = backup.backups(vault)
    assert len(kept) == backup.KEEP == 7
    assert kept[0].taken_at == T0 + dt.timedelta(days=9)
    assert kept[-1].taken_at == T0 + dt.timedelta(days=3)


def test_the_number_kept_is_a_choice_and_never_zero(vault):
    for day in range(5):
        backup.back_up_if_due(vault, now=T0 + dt.timedelta(days=day), keep=3)
    assert len(backup.backups(vault)) == 3
    backup.back_up_now(vault, now=T0 + dt.timedelta(days=6), keep=0)  # a hand-edited setting
    assert len(backup.backups(vault)) == 1


def test_backups_are_encrypted_private_and_verifiable(vault):
    journal.add_entry(vault, dt.date(2026, 11, 1), "UNIQUE-BACKUP-MARKER")
    snapshot = backup.back_up_now(vault)
    content = snapshot.path.read_bytes()
    assert b"UNIQUE-BACKUP-MARKER" not in content
    assert snapshot.path.stat().st_mode & 0o777 == 0o600
    verify_snapshot(snapshot.path, vault.data_key)
    assert not list(snapshot.path.parent.glob("*.partial"))


def test_restore_brings_back_the_earlier_state_and_keeps_the_current_one(vault, vault_folder):
    journal.add_entry(vault, dt.date(2026, 11, 1), "before the backup")
    snapshot = backup.back_up_now(vault, now=T0)
    journal.add_entry(vault, dt.date(2026, 11, 2), "after the backup")
    restored = backup.restore(vault, vault_folder, snapshot.name)
    try:
        assert not vault.is_open
        assert _bodies(restored) == ["before the backup"]
        before_restore = [
            snap for snap in backup.backups(restored) if snap.label == "before-restore"
        ]
        assert len(before_restore) == 1
        # Undo the restore by restoring the copy taken just before it.
        again = backup.restore(restored, vault_folder, before_restore[0].name)
        assert _bodies(again) == ["after the backup", "before the backup"]
        again.close()
    finally:
        restored.close()


def test_restore_of_a_damaged_backup_changes_nothing(vault, vault_folder):
    journal.add_entry(vault, dt.date(2026, 11, 1), "still here")
    snapshot = backup.back_up_now(vault, now=T0)
    flip_byte(snapshot.path, snapshot.path.stat().st_size // 2)
    with pytest.raises(DamagedFileError):
        backup.restore(vault, vault_folder, snapshot.name)
    assert vault.is_open
    assert _bodies(vault) == ["still here"]


def test_restore_of_an_unknown_backup(vault, vault_folder):
    with pytest.raises(BackupNotFoundError):
        backup.restore(vault, vault_folder, "vault-nope.db")
