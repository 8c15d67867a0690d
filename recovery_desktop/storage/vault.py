"""The vault: a data folder holding the encrypted database and its key envelope.

``VaultFolder`` holds the folder's lock for the life of the process (a second process gets
``VaultInUseError`` before anyone types a passphrase) and creates or unlocks the vault.
``OpenVault`` is an unlocked vault: the data key in memory and an engine on the database.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from recovery_desktop.domain import recovery_code
from recovery_desktop.domain.errors import (
    DamagedFileError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
)
from recovery_desktop.domain.profile import Role
from recovery_desktop.storage import keys
from recovery_desktop.storage.atomic import ensure_private_dir
from recovery_desktop.storage.engine import checkpoint_and_dispose, open_engine
from recovery_desktop.storage.lock import FolderLock
from recovery_desktop.storage.schema import migrate, needs_migration
from recovery_desktop.storage.tables import Profile

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


class OpenVault:
    """An unlocked vault. ``close`` forgets the key and closes the database."""

    def __init__(
        self, paths: VaultPaths, envelope: keys.Envelope, data_key: bytes, engine: Engine
    ) -> None:
        self.paths = paths
        self._envelope = envelope
        self._data_key: bytes | None = data_key
        self._engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: Set after unlocking with the recovery code: a new passphrase must be chosen.
        self.must_change_passphrase = False

    @property
    def vault_id(self) -> str:
        """The vault's id (also the keychain entry's name)."""
        return self._envelope.vault_id

    @property
    def engine(self) -> Engine:
        """The database engine (VaultLockedError once closed)."""
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

    @property
    def data_key(self) -> bytes:
        """The data key, for the keychain and for backups."""
        if self._data_key is None:
            raise VaultLockedError()
        return self._data_key

    @property
    def is_open(self) -> bool:
        """Whether the vault is still unlocked."""
        return self._engine is not None

    def session(self) -> Session:
        """A new ORM session (use as a context manager)."""
        if self._engine is None:
            raise VaultLockedError()
        return self._sessions()

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; the data itself is untouched.

        One atomic write of ``vault.key``: a crash leaves the old or the new passphrase
        working, never neither.
        """
        old_slot = self._envelope.slots[keys.PASSPHRASE_SLOT]
        slot = keys.wrap(
            self.data_key,
            keys.passphrase_secret(new_passphrase),
            self.vault_id,
            keys.PASSPHRASE_SLOT,
            kdf or old_slot.kdf,
        )
        envelope = self._envelope.with_slot(keys.PASSPHRASE_SLOT, slot)
        keys.write(self.paths.key, envelope)
        self._envelope = envelope
        self.must_change_passphrase = False

    def close(self) -> None:
        """Checkpoint, close every connection and drop the key from this object."""
        if self._engine is not None:
            checkpoint_and_dispose(self._engine)
        self._engine = None
        self._data_key = None


@dataclass(frozen=True)
class NewVault:
    """A vault just created, and its recovery code (shown to the user once)."""

    vault: OpenVault
    recovery_code: str


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
        return vault_folder

    def release(self) -> None:
        """Give up the lock."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def exists(self) -> bool:
        """Whether a vault has been set up here."""
        return self.paths.key.exists() or self.paths.db.exists()

    def envelope(self) -> keys.Envelope:
        """Read the key envelope (VaultNotFoundError if there is no vault)."""
        if not self.exists():
            raise VaultNotFoundError(self.paths.folder)
        return keys.read(self.paths.key)

    def create(
        self,
        passphrase: str,
        role: Role,
        display_name: str,
        kdf: keys.KdfParams = keys.DEFAULT_KDF,
    ) -> NewVault:
        """Set up a new vault with a passphrase slot and a recovery-code slot."""
        if self.exists():
            raise VaultExistsError(self.paths.folder)
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
        engine = open_engine(self.paths.db, data_key)
        try:
            migrate(engine)
            with Session(engine) as session, session.begin():
                session.add(Profile(id=1, role=role.value, display_name=display_name))
            # The key file is written last: until it exists, nothing counts as a vault.
            keys.write(self.paths.key, envelope)
        except BaseException:
            checkpoint_and_dispose(engine)
            for leftover in _db_files(self.paths.db):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return NewVault(OpenVault(self.paths, envelope, data_key, engine), code)

    def unlock(self, passphrase: str) -> OpenVault:
        """Unlock with the passphrase.

        Raises:
            WrongPassphraseError, DamagedFileError, SchemaTooNewError.

        """
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
        secret = recovery_code.canonical(code).encode("ascii")
        envelope = self.envelope()
        data_key = keys.unwrap(envelope, keys.RECOVERY_SLOT, secret, self.paths.key)
        vault = self._open(envelope, data_key)
        vault.must_change_passphrase = True
        return vault

    def unlock_with_key(self, data_key: bytes) -> OpenVault | None:
        """Unlock with a remembered data key; None if it is not this vault's key."""
        envelope = self.envelope()
        if not keys.key_matches(envelope, data_key):
            return None
        return self._open(envelope, data_key)

    def _open(self, envelope: keys.Envelope, data_key: bytes) -> OpenVault:
        if not self.paths.db.exists():
            raise DamagedFileError(self.paths.db, "missing")
        engine = open_engine(self.paths.db, data_key)
        try:
            if needs_migration(engine):
                # Keep a copy of the vault as it was before changing its shape.
                from recovery_desktop.storage.snapshots import take_snapshot

                take_snapshot(engine, self.paths.backups, label="before-upgrade")
                migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return OpenVault(self.paths, envelope, data_key, engine)


def _db_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
