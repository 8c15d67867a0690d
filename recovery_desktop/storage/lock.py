"""One process per vault: an OS file lock, released by the OS even after a crash."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from recovery_desktop.domain.errors import VaultInUseError
from recovery_desktop.storage.atomic import PRIVATE_FILE

LOCK_NAME = "vault.lock"


class FolderLock:
    """Holds the data folder for this process until ``release``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = FileLock(folder / LOCK_NAME, mode=PRIVATE_FILE, thread_local=False)

    def acquire(self) -> FolderLock:
        """Take the lock at once or raise VaultInUseError; never waits."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise VaultInUseError(self.folder) from None
        return self

    def release(self) -> None:
        """Let another process open the folder."""
        self._lock.release(force=True)

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._lock.is_locked
