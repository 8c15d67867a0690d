"""Expected errors: conditions a user can meet and the app must explain.

Everything else is a bug. These carry structured fields, never user-facing wording: the
UI and the CLI own the words (``recovery_desktop.messages``).
"""

from __future__ import annotations

from pathlib import Path


class RecoveryError(Exception):
    """Base of every expected error."""


class VaultError(RecoveryError):
    """A problem with the encrypted vault."""


class VaultNotFoundError(VaultError):
    """No vault exists in the data folder yet."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


class VaultExistsError(VaultError):
    """A vault already exists where a new one was to be created."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


class WrongPassphraseError(VaultError):
    """The passphrase (or recovery code) does not open this vault."""


class RecoveryCodeTypoError(VaultError):
    """A recovery code's checksum does not match: most likely a typing mistake."""


class DamagedFileError(VaultError):
    """A vault file is damaged: unreadable, truncated or altered."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


class VaultInUseError(VaultError):
    """Another process has this vault open."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


class VaultLockedError(VaultError):
    """The vault is locked: an operation needs it unlocked."""


class SchemaTooNewError(VaultError):
    """The vault was written by a newer version of the app."""

    def __init__(self, found: str) -> None:
        super().__init__(found)
        self.found = found


class KeyringUnavailableError(RecoveryError):
    """The OS keychain could not be used (no backend, locked, failing or not answering)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DiskFullError(RecoveryError):
    """A write failed because the disk is full or not writable."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class ValidationError(RecoveryError):
    """A value a user entered is not acceptable; ``field`` names the input.

    ``problem`` may hold ``{name}`` placeholders filled from ``values``: the UI translates
    the unfilled ``template`` and fills it in the person's language.
    """

    def __init__(self, field: str, problem: str, **values: object) -> None:
        text = problem.format(**values) if values else problem
        super().__init__(f"{field}: {text}")
        self.field = field
        self.template = problem
        self.values = values
        self.problem = text


class BackupNotFoundError(RecoveryError):
    """The named backup does not exist."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class ExchangeError(RecoveryError):
    """A share or feedback file cannot be used."""


class ExchangeAuthError(ExchangeError):
    """The file does not open: wrong passphrase or key, or it was altered."""


class InvalidExchangeFileError(ExchangeError):
    """The file opens but its contents are not a valid exchange payload.

    ``where`` is the JSON path of the first problem (for example ``records/trigger/3/rev``).
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ExchangeVersionError(ExchangeError):
    """The file was written by a newer version of the app."""

    def __init__(self, version: int) -> None:
        super().__init__(str(version))
        self.version = version


class ForeignPairError(ExchangeError):
    """The file opens but belongs to a different mentee–mentor pair."""


class StaleExchangeFileError(ExchangeError):
    """The file is older than one already imported from the same sender (a replay)."""


class ExchangeKindError(ExchangeError):
    """A share file given to a mentee's app, or a feedback file to a mentor's."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class NotPairedError(ExchangeError):
    """Paired mode was asked for, but no file has come from the other side yet."""
