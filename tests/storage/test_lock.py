import subprocess
import sys

import pytest

from recovery_desktop.domain.errors import VaultInUseError
from recovery_desktop.storage.lock import FolderLock

HOLD = """
import sys, time
from pathlib import Path
from recovery_desktop.storage.lock import FolderLock
FolderLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_second_process_is_refused_while_the_first_holds(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(VaultInUseError):
            FolderLock(tmp_path).acquire()
    finally:
        holder.kill()
        holder.communicate()
    # The OS drops the lock of a killed process: no stale lock.
    lock = FolderLock(tmp_path).acquire()
    assert lock.held
    lock.release()


def test_second_lock_in_the_same_process_is_refused_too(tmp_path):
    first = FolderLock(tmp_path).acquire()
    try:
        with pytest.raises(VaultInUseError):
            FolderLock(tmp_path).acquire()
    finally:
        first.release()
    FolderLock(tmp_path).acquire().release()


def test_lock_file_is_private(tmp_path):
    lock = FolderLock(tmp_path).acquire()
    assert (tmp_path / "vault.lock").stat().st_mode & 0o777 == 0o600
    lock.release()
