"""Looking at a data folder from the outside."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


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


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable, even for root (whom plain modes do not stop)."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a folder read-only")
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {made.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
