"""A process that writes journal entries until it is killed (for the crash-safety tests).

Usage: ``python crash_writer.py FOLDER`` with the vault's data key as hex on the first line
of standard input (never in argv, where other users could read it). The process takes the
folder's lock, opens the vault with the key, prints ``ready``, then adds journal entries in a
loop and prints each entry's id only after ``add_entry`` has returned, that is after the
commit: every printed id is an acknowledged write that must survive a kill.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from recovery_desktop.services import journal
from recovery_desktop.storage.folder import VaultFolder

#: Stop on our own after this many entries, so a test that fails to kill us cannot hang.
MAX_ENTRIES = 20_000


def main() -> int:
    folder = Path(sys.argv[1])
    key = bytes.fromhex(sys.stdin.readline().strip())
    vault_folder = VaultFolder.acquire(folder)
    vault = vault_folder.unlock_with_key(key)
    if vault is None:
        print("wrong key", file=sys.stderr, flush=True)
        return 2
    print("ready", flush=True)
    rng = random.Random()  # varied sizes, not secrets
    start = dt.date(2020, 1, 1)
    for n in range(MAX_ENTRIES):
        # Sizes from a line to several pages, so commits touch overflow pages and splits.
        body = f"entry {n} " + "x" * rng.choice((10, 300, 2_000, 9_000))
        entry, _changes = journal.add_entry(
            vault, start + dt.timedelta(days=n % 3_000), body, mood=rng.randint(1, 5)
        )
        print(entry.id, flush=True)
    vault.close()
    vault_folder.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
