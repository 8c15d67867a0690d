"""Nothing a person writes is readable in any file of the data folder."""

import datetime as dt

from recovery_desktop import settings as opts
from recovery_desktop.services import backup, journal
from recovery_desktop.settings import Settings

MARKERS = ("ZEBRA-CROSSING-7781", "my brother's birthday party", "Péter Åsa café ☕")


def test_distinctive_strings_never_reach_the_disk_in_plaintext(vault, data_dir):
    for index, marker in enumerate(MARKERS):
        journal.add_entry(vault, dt.date(2026, 3, 1 + index), f"{marker} body", title=marker)
    backup.back_up_now(vault)
    settings = Settings.in_folder(data_dir)
    settings.set(opts.WINDOW_GEOMETRY, "AdnQywADAAAAAAAA")
    # Read everything while the vault is open (WAL and shm present) and again after close.
    for moment in ("open", "closed"):
        files = [path for path in data_dir.rglob("*") if path.is_file()]
        names = {path.name for path in files}
        assert {"vault.db", "vault.key", "settings.json"} <= names
        assert any(path.parent.name == "backups" for path in files)
        if moment == "open":
            assert "vault.db-wal" in names
        for path in files:
            content = path.read_bytes()
            for marker in (*MARKERS, "Jordan"):
                for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                    assert encoded not in content, f"{marker!r} readable in {path.name} ({moment})"
        vault.close()
