"""One process per vault: an OS file lock, released by the OS even after a crash.

``flock`` on POSIX and ``msvcrt.locking`` on Windows lock an open file; the kernel drops
the lock when the process ends, however it ends, so a crash never leaves a stale lock.
(filelock does the same but imports asyncio, a tenth of our start-up time.)
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from recovery_desktop.domain.errors import VaultInUseError
from recovery_desktop.storage.atomic import PRIVATE_FILE

LOCK_NAME = "vault.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class FolderLock:
    """Holds the data folder for this process until ``release``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    def acquire(self) -> FolderLock:
        """Take the lock at once or raise VaultInUseError; never waits."""
        if self._fd is not None:
            return self
        fd = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUseError(self.folder)
        self._fd = fd
        return self

    def release(self) -> None:
        """Let another process open the folder (closing the file drops the lock)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._fd is not None
