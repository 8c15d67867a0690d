"""A process that changes a vault's passphrase, to be killed at any moment (crash tests).

Usage: ``python passphrase_changer.py FOLDER [--stretch]`` with the old passphrase on the
first line of standard input and the new one on the second (never in argv). It prints
``unlocked`` once the old passphrase has opened the vault, ``changed`` once
``change_passphrase`` has returned (the change is acknowledged), then lingers a moment so
a kill can land after the change too.

With ``--stretch``, every ``fsync`` and ``os.replace`` made while writing ``vault.key`` is
announced on stdout (``at <step>``) and followed by a short pause, so a test can kill the
process at a chosen step of the atomic write: temp file written but not synced, synced but
not renamed, renamed but the folder not synced, and after that.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from recovery_desktop.storage import atomic
from recovery_desktop.storage.folder import VaultFolder

PAUSE_S = 0.05
LINGER_S = 0.15


def announce(step: str) -> None:
    print(f"at {step}", flush=True)
    time.sleep(PAUSE_S)


class SlowOs:
    """``os`` for the atomic-write module, with each durable step announced and slowed."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    @staticmethod
    def fsync(fd: int) -> None:
        announce("before-fsync")
        os.fsync(fd)
        announce("after-fsync")

    @staticmethod
    def replace(src: Any, dst: Any) -> None:
        announce("before-replace")
        os.replace(src, dst)
        announce("after-replace")


def main() -> int:
    folder = Path(sys.argv[1])
    if "--stretch" in sys.argv[2:]:
        atomic.os = SlowOs()  # type: ignore[assignment]
    old = sys.stdin.readline().rstrip("\n")
    new = sys.stdin.readline().rstrip("\n")
    vault_folder = VaultFolder.acquire(folder)
    vault = vault_folder.unlock(old)
    print("unlocked", flush=True)
    vault.change_passphrase(new)
    print("changed", flush=True)
    time.sleep(LINGER_S)
    vault.close()
    vault_folder.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
