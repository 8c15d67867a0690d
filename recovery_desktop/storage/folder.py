"""The data folder: held by one process, where a vault is created and unlocked.

``VaultFolder`` holds the folder's lock for the life of the process (a second process gets
``VaultInUseError`` before anyone types a passphrase). It imports the database layer only
when a vault is actually created or opened, so the unlock window appears without waiting
for SQLAlchemy.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desktop.domain import recovery_code
from recovery_desktop.domain.errors import DamagedFileError, VaultExistsError, VaultNotFoundError
from recovery_desktop.domain.profile import Role
from recovery_desktop.storage.atomic import ensure_private_dir, fsync_dir, remove_leftovers
from recovery_desktop.storage.lock import FolderLock

if TYPE_CHECKING:
    from recovery_desktop.storage import keys
    from recovery_desktop.storage.vault import NewVault, OpenVault

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class VaultPaths:
    """Where each file of a vault lives."""

    folder: Path

    @property
    def db(self) -> Path:
        """The SQLCipher database."""
        return self.folder / DB_NAME

    @property
    def key(self) -> Path:
        """The key envelope."""
        return self.folder / KEY_NAME

    @property
    def backups(self) -> Path:
        """The folder of encrypted snapshots."""
        return self.folder / BACKUP_DIR

    @property
    def staged_db(self) -> Path:
        """Where a new vault's database is built before it counts as a vault."""
        return self.folder / f".{DB_NAME}.new"


class VaultFolder:
    """A data folder, held by this process for as long as it runs."""

    def __init__(self, folder: Path) -> None:
        self.paths = VaultPaths(folder)
        self._lock: FolderLock | None = None

    @classmethod
    def acquire(cls, folder: Path) -> VaultFolder:
        """Create the folder if needed (0700) and take its lock.

        Raises:
            VaultInUseError: another process holds it.

        """
        ensure_private_dir(folder)
        vault_folder = cls(folder)
        vault_folder._lock = FolderLock(folder).acquire()
        # A process killed while rewriting the key file leaves its temp file behind.
        remove_leftovers(vault_folder.paths.key)
        vault_folder._finish_interrupted_create()
        return vault_folder

    def _finish_interrupted_create(self) -> None:
        """Complete or discard a ``create`` that a crash interrupted.

        ``create`` builds the database under a staging name, writes ``vault.key``, then
        renames the database into place. A staged database with a key file was complete:
        roll it forward. Without a key file nothing can ever decrypt it: remove it.
        """
        staged = self.paths.staged_db
        if not staged.exists():
            return
        if self.paths.key.exists() and not self.paths.db.exists():
            staged.replace(self.paths.db)
            fsync_dir(self.paths.folder)
        elif not self.paths.key.exists():
            for leftover in _db_files(staged):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def release(self) -> None:
        """Give up the lock."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def exists(self) -> bool:
        """Whether a vault has been set up here (either file counts: never overwrite data)."""
        return self.paths.key.exists() or self.paths.db.exists()

    def envelope(self) -> keys.Envelope:
        """Read the key envelope (VaultNotFoundError if there is no vault)."""
        from recovery_desktop.storage import keys

        if not self.exists():
            raise VaultNotFoundError(self.paths.folder)
        return keys.read(self.paths.key)

    def create(
        self,
        passphrase: str,
        role: Role,
        display_name: str,
        kdf: keys.KdfParams | None = None,
    ) -> NewVault:
        """Set up a new vault with a passphrase slot and a recovery-code slot."""
        from sqlalchemy.orm import Session

        from recovery_desktop.storage import keys
        from recovery_desktop.storage.engine import checkpoint_and_dispose, open_engine
        from recovery_desktop.storage.schema import migrate
        from recovery_desktop.storage.tables import Profile
        from recovery_desktop.storage.vault import NewVault

        kdf = kdf or keys.DEFAULT_KDF
        if self.exists():
            raise VaultExistsError(self.paths.folder)
        self._finish_interrupted_create()
        data_key = keys.new_data_key()
        code = recovery_code.generate()
        envelope = keys.new_envelope(data_key)
        for slot_name, secret in (
            (keys.PASSPHRASE_SLOT, keys.passphrase_secret(passphrase)),
            (keys.RECOVERY_SLOT, recovery_code.canonical(code).encode("ascii")),
        ):
            envelope = envelope.with_slot(
                slot_name, keys.wrap(data_key, secret, envelope.vault_id, slot_name, kdf)
            )
        staged = self.paths.staged_db
        engine = open_engine(staged, data_key)
        try:
            migrate(engine)
            with Session(engine) as session, session.begin():
                session.add(Profile(id=1, role=role.value, display_name=display_name))
        finally:
            checkpoint_and_dispose(engine)  # the database is whole in one file
        try:
            # Only with vault.key written does the folder hold a vault; only then does the
            # database take its name. A crash in between is finished on the next start.
            keys.write(self.paths.key, envelope)
            staged.replace(self.paths.db)
            fsync_dir(self.paths.folder)
            for sidecar in _db_files(staged)[1:]:  # empty after the checkpoint
                with contextlib.suppress(OSError):
                    sidecar.unlink()
        except BaseException:
            for leftover in _db_files(staged):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return NewVault(self._open(envelope, data_key), code)

    def unlock(self, passphrase: str) -> OpenVault:
        """Unlock with the passphrase.

        Raises:
            WrongPassphraseError, DamagedFileError, SchemaTooNewError.

        """
        from recovery_desktop.storage import keys

        envelope = self.envelope()
        data_key = keys.unwrap(
            envelope, keys.PASSPHRASE_SLOT, keys.passphrase_secret(passphrase), self.paths.key
        )
        return self._open(envelope, data_key)

    def unlock_with_recovery_code(self, code: str) -> OpenVault:
        """Unlock with the recovery code; the caller must then ask for a new passphrase.

        Raises:
            RecoveryCodeTypoError: the code is mistyped (its checksum fails).
            WrongPassphraseError: a well-formed code that is not this vault's.

        """
        from recovery_desktop.storage import keys

        secret = recovery_code.canonical(code).encode("ascii")
        envelope = self.envelope()
        data_key = keys.unwrap(envelope, keys.RECOVERY_SLOT, secret, self.paths.key)
        vault = self._open(envelope, data_key)
        vault.must_change_passphrase = True
        return vault

    def unlock_with_key(self, data_key: bytes) -> OpenVault | None:
        """Unlock with a remembered data key; None if it is not this vault's key."""
        from recovery_desktop.storage import keys

        envelope = self.envelope()
        if not keys.key_matches(envelope, data_key):
            return None
        return self._open(envelope, data_key)

    def _open(self, envelope: keys.Envelope, data_key: bytes) -> OpenVault:
        from sqlalchemy.exc import DBAPIError

        from recovery_desktop.storage.engine import open_engine
        from recovery_desktop.storage.errors import classify
        from recovery_desktop.storage.schema import current_revision, migrate, needs_migration
        from recovery_desktop.storage.snapshots import take_snapshot
        from recovery_desktop.storage.vault import OpenVault

        if not self.paths.db.exists():
            raise DamagedFileError(self.paths.db, "missing")
        if self.paths.db.stat().st_size == 0:
            # SQLite would take an empty file for a new database: never an empty "vault".
            raise DamagedFileError(self.paths.db, "empty")
        engine = open_engine(self.paths.db, data_key)
        try:
            # create() migrates before writing vault.key, so a vault always has a schema.
            if current_revision(engine) is None:
                raise DamagedFileError(self.paths.db, "no vault tables")
            if needs_migration(engine):
                # Keep a copy of the vault as it was before changing its shape.
                take_snapshot(engine, self.paths.backups, label="before-upgrade")
                migrate(engine)
        except DBAPIError as exc:
            # Damage beyond the first page shows up here, when the schema is first read.
            engine.dispose()
            expected = classify(exc, self.paths.db)
            if expected is not None:
                raise expected from None
            raise
        except BaseException:
            engine.dispose()
            raise
        return OpenVault(self.paths, envelope, data_key, engine)


def _db_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
