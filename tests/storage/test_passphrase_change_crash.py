"""A passphrase change killed at any moment leaves the old or the new passphrase working.

A process (tests/helpers/passphrase_changer.py) changes the passphrase and is SIGKILLed:
at random moments of its life, and at each step of the atomic write of ``vault.key``
(temp file written, synced, renamed, folder synced). After each kill exactly one of the
two passphrases opens the vault (the new one if the change was acknowledged), the
recovery code's slot is untouched, and no temp file is left that could pass for the key.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from recovery_desktop.domain.errors import WrongPassphraseError
from recovery_desktop.domain.profile import Role
from recovery_desktop.services import health
from recovery_desktop.storage import keys
from recovery_desktop.storage.folder import VaultFolder
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.slow

KILLS = 26
REPO = Path(__file__).resolve().parents[2]
CHANGER = REPO / "tests" / "helpers" / "passphrase_changer.py"
#: What a data folder holds; anything else after a kill is a leftover.
VAULT_FILES = {"vault.key", "vault.db", "vault.db-wal", "vault.db-shm", "vault.lock"}
#: The durable steps of the key file's atomic write, in order, as the changer announces them.
STEPS = (
    "before-fsync",  # temp file written, not yet synced
    "after-fsync",
    "before-replace",  # temp file complete, vault.key still the old one
    "after-replace",  # vault.key is the new one, the folder entry not yet synced
    "before-fsync",
    "after-fsync",
)


class Changer:
    """One changer process and a thread collecting what it prints."""

    def __init__(self, folder: Path, old: str, new: str, stretch: bool) -> None:
        command = [sys.executable, str(CHANGER), str(folder)]
        if stretch:
            command.append("--stretch")
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{old}\n{new}\n".encode())  # secrets never go in argv
        self.proc.stdin.close()
        self.lines: list[str] = []
        self._seen = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            with self._seen:
                if raw.endswith(b"\n"):
                    self.lines.append(raw.decode().strip())
                self._seen.notify_all()
        with self._seen:
            self.lines.append("<eof>")
            self._seen.notify_all()

    def wait_for(self, count: int, prefix: str, timeout: float = 30.0) -> bool:
        """Wait until ``count`` lines starting with ``prefix`` were printed (False at EOF)."""

        def seen() -> int:
            return sum(line.startswith(prefix) for line in self.lines)

        with self._seen:
            self._seen.wait_for(lambda: seen() >= count or "<eof>" in self.lines, timeout)
            return seen() >= count

    def kill(self) -> tuple[int, bytes]:
        """SIGKILL the process (if still running); return its exit status and stderr."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        returncode = self.proc.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return returncode, stderr


def opens(folder_path: Path, passphrase: str) -> bytes | None:
    """The data key if ``passphrase`` opens the vault, None if it is the wrong one."""
    folder = VaultFolder.acquire(folder_path)
    try:
        try:
            vault = folder.unlock(passphrase)
        except WrongPassphraseError:
            return None
        try:
            assert health.check(vault) == []
            return vault.data_key
        finally:
            vault.close()
    finally:
        folder.release()


def leftovers(folder_path: Path) -> list[str]:
    return sorted(
        path.name
        for path in folder_path.iterdir()
        if path.is_file() and path.name not in VAULT_FILES
    )


def test_killed_passphrase_change_leaves_one_passphrase_working(tmp_path: Path) -> None:
    folder_path = tmp_path / "data"
    folder = VaultFolder.acquire(folder_path)
    created = folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
    data_key = created.vault.data_key
    created.vault.close()
    folder.release()
    recovery_slot = keys.read(folder_path / "vault.key").slots[keys.RECOVERY_SLOT]

    # One undisturbed run, to know how long a changer lives.
    started = time.monotonic()
    changer = Changer(folder_path, PASSPHRASE, "passphrase 0", stretch=False)
    assert changer.wait_for(1, "<eof>")
    returncode, stderr = changer.kill()
    lifetime = time.monotonic() - started
    assert returncode == 0, stderr
    assert "changed" in changer.lines
    assert opens(folder_path, "passphrase 0") == data_key

    seed = random.randrange(2**32)
    rng = random.Random(seed)
    current = "passphrase 0"
    outcomes = {"old": 0, "new": 0}
    leftover_seen = 0
    for kill in range(1, KILLS + 1):
        new = f"passphrase {kill}"
        context = f"kill {kill} (seed {seed})"
        stretch = kill % 2 == 0
        changer = Changer(folder_path, current, new, stretch=stretch)
        if stretch:
            # At a chosen step of the key file's write (or just before it: the new slot's KDF).
            step = (kill // 2) % (len(STEPS) + 1) - 1  # each step in turn
            if step < 0:
                assert changer.wait_for(1, "unlocked"), context
            else:
                assert changer.wait_for(STEPS[:step].count(STEPS[step]) + 1, f"at {STEPS[step]}")
            time.sleep(rng.uniform(0.0, 0.01))  # inside the pause the changer takes there
        else:
            # Anywhere in the process's life, from startup to after the change.
            time.sleep(rng.uniform(0.0, lifetime))
        returncode, stderr = changer.kill()
        assert returncode in (0, -signal.SIGKILL), f"{context}: {stderr!r}"
        acknowledged = "changed" in changer.lines

        # What the kill left must not pass for the key file: only the real vault.key is read,
        # and an interrupted write's temp file is hidden and named as a temp file.
        for name in leftovers(folder_path):
            assert name.startswith(".vault.key.") and name.endswith(".tmp"), f"{context}: {name}"
            leftover_seen += 1
        envelope = keys.read(folder_path / "vault.key")  # complete and verified, not torn
        assert envelope.slots[keys.RECOVERY_SLOT] == recovery_slot, context

        with_new = opens(folder_path, new)
        with_old = opens(folder_path, current)
        assert (with_new is None) != (with_old is None), f"{context}: old or new, never neither"
        assert (with_new or with_old) == data_key, context
        if acknowledged:
            assert with_new == data_key, f"{context}: an acknowledged change was lost"
        outcomes["new" if with_new else "old"] += 1
        current = new if with_new else current
        # Opening the folder cleared any leftover of the interrupted write.
        assert leftovers(folder_path) == [], context

    # Both outcomes happened, so kills landed before and after the key file's replacement.
    assert outcomes["old"] >= 2 and outcomes["new"] >= 2, f"{outcomes} (seed {seed})"
    assert leftover_seen >= 1, f"no kill landed mid-write (seed {seed})"
    folder = VaultFolder.acquire(folder_path)
    try:
        vault = folder.unlock_with_recovery_code(created.recovery_code)
        assert vault.data_key == data_key
        vault.close()
    finally:
        folder.release()
