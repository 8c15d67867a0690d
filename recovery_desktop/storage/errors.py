"""Turning raw driver errors into expected errors, in one place."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from recovery_desktop.domain.errors import (
    DamagedFileError,
    DiskFullError,
    RecoveryError,
    VaultInUseError,
)

# SQLite reports these conditions only through its message text.
_DAMAGE = ("file is not a database", "database disk image is malformed", "hmac check failed")
_FULL = ("database or disk is full", "disk i/o error", "attempt to write a readonly database")
_BUSY = ("database is locked",)


def classify(exc: BaseException, db_path: Path) -> RecoveryError | None:
    """Return the expected error ``exc`` stands for, or None if it is a bug."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).lower()
    if any(text in message for text in _DAMAGE):
        return DamagedFileError(db_path, "the database cannot be read with its key")
    if any(text in message for text in _FULL):
        return DiskFullError(db_path)
    if any(text in message for text in _BUSY):
        return VaultInUseError(db_path.parent)
    return None
