"""Looking at a data folder from the outside."""

from __future__ import annotations

import hashlib
from pathlib import Path


def hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below ``folder``, by relative path (lock file excluded)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "vault.lock"
    }


def flip_byte(path: Path, offset: int) -> None:
    """Invert one byte of a file in place."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def overwritten(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Files of ``before`` that are changed or gone in ``after``.

    SQLite may leave an empty write-ahead log and its index beside a database it
    opened; those new files overwrite nothing and are not counted.
    """
    return [name for name, digest in before.items() if after.get(name) != digest]
