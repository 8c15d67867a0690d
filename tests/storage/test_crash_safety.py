"""Acknowledged writes survive ``kill -9``: a writer process is killed over and over.

The writer (tests/helpers/crash_writer.py) prints a journal entry's id only after the commit
has returned. After every SIGKILL the vault is reopened here: every id the writer printed
must be present, and SQLCipher's and SQLite's integrity checks must pass.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desktop.domain.profile import Role
from recovery_desktop.services import health
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.tables import JournalEntryRow
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.slow

KILLS = 50
REPO = Path(__file__).resolve().parents[2]
WRITER = REPO / "tests" / "helpers" / "crash_writer.py"
UUID_LINE = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n")
#: How long a writer may take to start up and open the vault before the test gives up.
STARTUP_LIMIT_S = 30.0


class Writer:
    """One writer process and a thread collecting what it prints."""

    def __init__(self, folder: Path, data_key: bytes) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(data_key.hex().encode() + b"\n")  # the key never goes in argv
        self.proc.stdin.close()
        self.lines: list[bytes] = []
        self.ready = threading.Event()
        self.writing = threading.Event()  # at least one write acknowledged
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line == b"ready\n":
                self.ready.set()
            else:
                self.lines.append(line)
                self.writing.set()

    def kill(self) -> tuple[list[str], bytes]:
        """SIGKILL the writer; return the acknowledged ids and its stderr."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        # A line cut short by the kill (no newline yet) was not acknowledged.
        return [line[:-1].decode() for line in self.lines if UUID_LINE.fullmatch(line)], stderr


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    folder_path = tmp_path / "data"
    folder = VaultFolder.acquire(folder_path)
    created = folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
    data_key = created.vault.data_key
    created.vault.close()
    folder.release()  # the writer must be able to take the lock
    key_file = (folder_path / "vault.key").read_bytes()

    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    kills_while_writing = 0
    for kill in range(KILLS):
        context = f"kill {kill} (seed {seed})"
        writer = Writer(folder_path, data_key)
        if rng.random() < 0.2:
            # Anywhere in the process's life, including while it imports and opens the vault.
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            # In the middle of a stream of writes: after the first acknowledgement, so the
            # kill lands between, or inside, later commits.
            assert writer.writing.wait(STARTUP_LIMIT_S) or writer.proc.poll() is not None
            time.sleep(rng.uniform(0.0, 0.12))
        exited_early = writer.proc.poll()
        ids, stderr = writer.kill()
        assert exited_early is None, f"{context}: the writer exited by itself: {stderr!r}"
        assert writer.proc.returncode == -signal.SIGKILL, context
        assert not writer.lines or writer.ready.is_set(), context
        if ids:
            kills_while_writing += 1
        acknowledged.update(ids)

        folder = VaultFolder.acquire(folder_path)  # the kill released the writer's lock
        try:
            vault = folder.unlock_with_key(data_key)
            assert vault is not None, context
            try:
                with vault.session() as session:
                    stored = dict(
                        session.execute(select(JournalEntryRow.id, JournalEntryRow.body)).all()
                    )
                missing = acknowledged - stored.keys()
                assert not missing, f"{context}: {len(missing)} acknowledged entries lost"
                assert all(stored[entry_id].startswith("entry ") for entry_id in ids), context
                assert health.check(vault) == [], context
            finally:
                vault.close()
        finally:
            folder.release()
        assert (folder_path / "vault.key").read_bytes() == key_file, context

    # The kills must have landed while entries were being written, not only around them.
    assert kills_while_writing >= KILLS // 2, f"seed {seed}"
    assert len(acknowledged) >= 200, f"seed {seed}"
    # And the passphrase still opens what the writers left.
    folder = VaultFolder.acquire(folder_path)
    try:
        vault = folder.unlock(PASSPHRASE)
        with vault.session() as session:
            count = len(session.scalars(select(JournalEntryRow.id)).all())
        vault.close()
    finally:
        folder.release()
    assert count >= len(acknowledged)
