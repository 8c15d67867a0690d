"""Checking that a vault is intact."""

from __future__ import annotations

from recovery_desktop.storage.snapshots import integrity_problems
from recovery_desktop.storage.vault import OpenVault


def check(vault: OpenVault) -> list[str]:
    """Problems SQLCipher and SQLite find in the vault; an empty list when it is sound."""
    return integrity_problems(vault.engine)
