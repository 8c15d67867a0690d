"""An unlocked vault: the data key in memory and an engine on the encrypted database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from recovery_desktop.domain.errors import VaultLockedError, WrongPassphraseError
from recovery_desktop.storage import keys
from recovery_desktop.storage.engine import checkpoint_and_dispose

if TYPE_CHECKING:
    from recovery_desktop.storage.folder import VaultPaths


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

    def check_passphrase(self, passphrase: str) -> None:
        """Confirm ``passphrase`` is the current one (WrongPassphraseError if not)."""
        data_key = keys.unwrap(
            self._envelope, keys.PASSPHRASE_SLOT, keys.passphrase_secret(passphrase), self.paths.key
        )
        if data_key != self.data_key:
            raise WrongPassphraseError()

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
