"""Writing files so that a crash leaves the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
from pathlib import Path

from recovery_desktop.domain.errors import DiskFullError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_TEMP_SUFFIX = ".tmp"


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and parents) if needed and make it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # some file systems (FAT, network shares) ignore modes
        folder.chmod(PRIVATE_DIR)
    return folder


def fsync_dir(folder: Path) -> None:
    """Flush a directory entry so a rename survives power loss (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_leftovers(path: Path) -> list[Path]:
    """Delete temp files that an ``atomic_write`` of ``path`` killed midway left behind.

    Call only while no other write of ``path`` can be running (with the folder's lock held).
    """
    removed = []
    for leftover in path.parent.glob(f"{glob.escape(_temp_prefix(path))}*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


#: Why a folder cannot take a file: full, over quota, read-only, or not ours to write.
_UNWRITABLE = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600.

    Temp file in the same folder, fsync, ``os.replace``, fsync of the folder.

    Raises:
        DiskFullError: the disk is full or the folder is not writable; ``path`` is unchanged.

    """
    import tempfile  # a few milliseconds of start-up the unlock window need not pay

    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=path.parent, prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX
        )
    except OSError as exc:  # a read-only or full folder fails here, before any write
        if exc.errno in _UNWRITABLE:
            raise DiskFullError(path) from exc
        raise
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, PRIVATE_FILE)  # mkstemp already uses 0600; be explicit for the reader
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in _UNWRITABLE:
            raise DiskFullError(path) from exc
        raise
    fsync_dir(path.parent)
